#include "demo/democatalog.h"

#include "db/pgconnection.h"
#include "demo/democontext.h"
#include "demo/democopy.h"
#include "demo/demoformat.h"
#include "types/money.h"

#include <QCryptographicHash>

#include <algorithm>
#include <unordered_map>
#include <utility>

namespace stockroom {

namespace {

const QString kActor = QStringLiteral("demo_seed");

// Indian MRPs are whole rupees; shelf prices are whole rupees too, or 50 paise when small.
qint32 roundRupees(qint64 paise)
{
    return static_cast<qint32>(qMax<qint64>(100, (paise + 50) / 100 * 100));
}

qint32 shelfPrice(qint64 paise, qint32 mrp)
{
    const qint64 step = mrp >= 2000 ? 100 : 50;
    return static_cast<qint32>(qBound(step, paise / step * step, qint64(mrp)));
}

QString createdAt(const DemoContext &c, qint32 day, quint64 salt)
{
    return c.time.timestamp(day * DemoTime::kDay + 9 * DemoTime::kHour +
                            static_cast<qint64>(salt % 28800));
}

} // namespace

DemoCatalog::DemoCatalog(DemoContext &context, PgConnection &connection)
    : m_context(context)
    , m_connection(connection)
{}

void DemoCatalog::plan()
{
    DemoContext &c = m_context;
    const auto total = static_cast<quint32>(c.options.variants);
    c.variants.reserve(total);
    c.products.reserve(total * 2 / 5 + 16);
    c.productFirstVariant.reserve(total * 2 / 5 + 17);
    static const int variantsPerProduct[] = {20, 30, 30, 20}; // 1..4, 2.5 on average
    std::unordered_map<quint64, quint16> lines; // products so far per (kind, brand, variety)
    for (quint32 p = 0; c.variants.size() < total; ++p) {
        DemoRandom random = c.ids.random(DemoEntity::Product, p);
        const int leaf = random.weighted(c.words.leafWeights.data(),
                                         static_cast<int>(c.words.leafWeights.size()));
        const auto &kinds = c.words.kindsOfLeaf[static_cast<size_t>(leaf)];
        const int kindIndex =
            kinds[static_cast<size_t>(random.range(0, static_cast<qint64>(kinds.size()) - 1))];
        const DemoKind &kind = c.words.kinds[static_cast<size_t>(kindIndex)];
        DemoProduct product;
        product.kind = static_cast<quint16>(kindIndex);
        product.brand = static_cast<quint8>(random.range(
            0, static_cast<qint64>(c.words.leaves[static_cast<size_t>(leaf)].brands.size()) - 1));
        product.variety =
            static_cast<quint8>(random.range(0, static_cast<qint64>(kind.varieties.size()) - 1));
        product.line = lines[(quint64(product.kind) << 16) | (quint64(product.brand) << 8) |
                             product.variety]++;
        product.createdDay = static_cast<qint32>(-random.range(90, 730));
        const int brandFactor = static_cast<int>(random.range(90, 125));

        // The product's packs, each once, then multipacks of the packaged ones.
        std::vector<std::pair<int, int>> options; // (pack, multiple)
        const int packs = static_cast<int>(kind.packs.size());
        const int start = static_cast<int>(random.range(0, packs - 1));
        for (int multiple = 1; multiple <= 3; ++multiple) {
            for (int i = 0; i < packs; ++i) {
                const int pack = (start + i) % packs;
                if (multiple == 1 || !kind.packs[static_cast<size_t>(pack)].loose)
                    options.emplace_back(pack, multiple);
            }
        }
        const quint32 wanted = static_cast<quint32>(random.weighted(variantsPerProduct, 4) + 1);
        const quint32 count = std::min({wanted, static_cast<quint32>(options.size()),
                                        total - static_cast<quint32>(c.variants.size())});
        c.products.push_back(product);
        c.productFirstVariant.push_back(static_cast<quint32>(c.variants.size()));
        for (quint32 i = 0; i < count; ++i) {
            DemoVariant variant{};
            variant.product = p;
            variant.kind = product.kind;
            variant.pack = static_cast<quint8>(options[i].first);
            variant.multiple = static_cast<quint8>(options[i].second);
            c.variants.push_back(variant);
            planVariant(static_cast<quint32>(c.variants.size() - 1), static_cast<int>(i),
                        brandFactor);
        }
    }
    c.productFirstVariant.push_back(total);
    c.summary.products = static_cast<qint64>(c.products.size());
    c.summary.variants = total;
}

void DemoCatalog::planVariant(quint32 index, int option, int brandFactor)
{
    DemoContext &c = m_context;
    DemoVariant &v = c.variants[index];
    DemoRandom random = c.ids.random(DemoEntity::Variant, index);
    const DemoKind &kind = c.kind(v);
    quint8 flags = 0;
    if (random.percent(2))
        flags |= DemoVariant::Archived;
    if (c.leaf(v).essential)
        flags |= DemoVariant::Essential;
    if (random.percent(10))
        flags |= DemoVariant::SecondBarcode;
    if (random.percent(15))
        flags |= DemoVariant::ExtraUnit;
    if (random.percent(20))
        flags |= DemoVariant::PriceHistory;
    if (random.percent(3))
        flags |= DemoVariant::FuturePrice;
    if (random.percent(10))
        flags |= DemoVariant::LocalPrice;

    // Popular kinds sell fast; larger packs and multipacks sell slower.
    const qint64 velocity =
        kind.popularity * 800 + random.range(0, 1999) - option * 400 - (v.multiple > 1 ? 800 : 0);
    v.velocity = static_cast<quint16>(qBound(qint64(1), velocity, qint64(9999)));
    const bool fast = v.velocity >= 5000 && !(flags & DemoVariant::Archived);
    v.flags = flags;

    // Stocked at 2..5 locations; only fast movers make it into the dark stores.
    static const int locationCounts[] = {45, 35, 13, 7};
    const int wanted = random.weighted(locationCounts, 4) + 2;
    const int dark = fast ? (random.percent(65) ? 2 : 1) : 0;
    const int shop = std::min(4, std::max(0, (fast ? wanted : std::min(wanted, 4)) - dark));
    int floors[] = {kBlrFloor, kMumFloor, kDelFloor};
    for (int i = 2; i > 0; --i)
        std::swap(floors[i], floors[random.range(0, i)]);
    quint8 mask = 0;
    for (int i = 0; i < std::min(shop, 3); ++i)
        mask |= static_cast<quint8>(1u << floors[i]);
    if (shop == 4)
        mask |= 1u << kBlrBackroom;
    if (dark == 2)
        mask |= (1u << kBlrDarkStore) | (1u << kMumDarkStore);
    else if (dark == 1)
        mask |= static_cast<quint8>(1u << (random.percent(50) ? kBlrDarkStore : kMumDarkStore));
    v.locations = mask;

    // MRP from the kind's reference price, the brand's positioning and a little noise.
    const qint64 reference =
        static_cast<qint64>(c.pack(v).mrpPaise) * v.multiple * (v.multiple > 1 ? 97 : 100) / 100;
    v.mrp = roundRupees(reference * brandFactor / 100 * random.range(95, 105) / 100);
    v.basePrice = shelfPrice(static_cast<qint64>(v.mrp) * random.range(85, 100) / 100, v.mrp);
    if (fast && random.percent(25))
        v.darkPrice =
            shelfPrice(static_cast<qint64>(v.basePrice) * random.range(92, 98) / 100, v.basePrice);
}

void DemoCatalog::write()
{
    DemoContext &c = m_context;
    const auto variants = static_cast<qint64>(c.variants.size());
    DemoStage stage(c.progress, QStringLiteral("Catalog"),
                    static_cast<qint64>(c.products.size()) + 5 * variants);
    writeProducts(stage);
    writeVariants(stage);
    writeBarcodes(stage);
    writeUnits(stage);
    writeVersions(stage);
    writeSourceEntities(stage);
    stage.finish();
}

void DemoCatalog::writeProducts(DemoStage &stage)
{
    DemoContext &c = m_context;
    DemoCopy copy(m_connection, QStringLiteral("products"),
                  {QStringLiteral("tenant_id"), QStringLiteral("id"), QStringLiteral("category_id"),
                   QStringLiteral("name"), QStringLiteral("brand"), QStringLiteral("description"),
                   QStringLiteral("hsn_code"), QStringLiteral("attributes"),
                   QStringLiteral("is_active"), QStringLiteral("created_at"),
                   QStringLiteral("updated_at")});
    for (quint32 p = 0; p < c.products.size(); ++p) {
        const DemoProduct &product = c.products[p];
        const DemoKind &kind = c.words.kinds[product.kind];
        const DemoLeafCategory &leaf = c.words.leaves[static_cast<size_t>(kind.leaf)];
        const QString brand = QLatin1String(leaf.brands[product.brand]);
        bool active = false;
        for (quint32 v = c.productFirstVariant[p]; v < c.productFirstVariant[p + 1]; ++v)
            active = active || !c.variants[v].has(DemoVariant::Archived);
        const QString variety = QLatin1String(kind.varieties[product.variety]);
        QString attributes = QStringLiteral("{\"country_of_origin\": \"India\"");
        if (leaf.diet != '-') {
            const bool veg = leaf.diet == 'v' && !variety.contains(QLatin1String("Chicken"));
            attributes +=
                veg ? QStringLiteral(", \"veg\": true") : QStringLiteral(", \"veg\": false");
        }
        attributes += u'}';
        const QString name = c.productName(p);
        const QString created = createdAt(c, product.createdDay, p);
        copy.row({c.tenantId, c.productId(p), c.leafCategoryIds[static_cast<size_t>(kind.leaf)],
                  name, brand, QStringLiteral("%1 from %2.").arg(name.mid(brand.size() + 1), brand),
                  QLatin1String(kind.hsn), attributes,
                  active ? QStringLiteral("t") : QStringLiteral("f"), created, created});
        stage.advance();
    }
    copy.finish();
}

QString DemoCatalog::attributes(quint32 v) const
{
    const DemoContext &c = m_context;
    const DemoVariant &variant = c.variants[v];
    const DemoKind &kind = c.kind(variant);
    // Keys in sorted order: this text is also part of the canonical version payload.
    QStringList fields;
    if (c.isPerishable(variant))
        fields << QStringLiteral("\"shelf_life_days\":%1").arg(kind.shelfLifeDays);
    if (c.isLoose(variant))
        fields << QStringLiteral("\"sold_by\":\"weight\"");
    const DemoZone zone = c.zone(variant);
    if (zone == DemoZone::Chilled)
        fields << QStringLiteral("\"storage\":\"Keep refrigerated at 2-8 C\"");
    else if (zone == DemoZone::Frozen)
        fields << QStringLiteral("\"storage\":\"Keep frozen at -18 C\"");
    return u'{' + fields.join(u',') + u'}';
}

void DemoCatalog::writeVariants(DemoStage &stage)
{
    DemoContext &c = m_context;
    DemoCopy copy(m_connection, QStringLiteral("variants"),
                  {QStringLiteral("tenant_id"), QStringLiteral("id"), QStringLiteral("product_id"),
                   QStringLiteral("sku"), QStringLiteral("name"), QStringLiteral("pack_size"),
                   QStringLiteral("pack_uom"), QStringLiteral("stock_uom"),
                   QStringLiteral("attributes"), QStringLiteral("status"),
                   QStringLiteral("is_essential"), QStringLiteral("created_at"),
                   QStringLiteral("updated_at")});
    for (quint32 v = 0; v < c.variants.size(); ++v) {
        const DemoVariant &variant = c.variants[v];
        const QString created =
            createdAt(c, c.products[variant.product].createdDay + static_cast<qint32>(v % 20), v);
        copy.row({c.tenantId, c.variantId(v), c.productId(variant.product), c.sku(v),
                  c.variantName(v), c.packSize(variant).toSqlString(),
                  QLatin1String(c.pack(variant).uom),
                  c.isLoose(variant) ? QStringLiteral("kg") : QStringLiteral("pc"), attributes(v),
                  variant.has(DemoVariant::Archived) ? QStringLiteral("archived")
                                                     : QStringLiteral("active"),
                  variant.has(DemoVariant::Essential) ? QStringLiteral("t") : QStringLiteral("f"),
                  created, created});
        stage.advance();
    }
    copy.finish();
}

void DemoCatalog::writeBarcodes(DemoStage &stage)
{
    DemoContext &c = m_context;
    DemoCopy copy(m_connection, QStringLiteral("variant_barcodes"),
                  {QStringLiteral("tenant_id"), QStringLiteral("barcode"),
                   QStringLiteral("variant_id"), QStringLiteral("barcode_type"),
                   QStringLiteral("is_primary"), QStringLiteral("created_at")});
    for (quint32 v = 0; v < c.variants.size(); ++v) {
        const QString id = c.variantId(v);
        const QString created = createdAt(
            c, c.products[c.variants[v].product].createdDay + static_cast<qint32>(v % 20), v);
        copy.row({c.tenantId, c.primaryBarcode(v), id, QStringLiteral("EAN13"), QStringLiteral("t"),
                  created});
        if (const QString second = c.secondBarcode(v); !second.isEmpty()) {
            copy.row({c.tenantId, second, id,
                      second.size() == 8 ? QStringLiteral("EAN8") : QStringLiteral("EAN13"),
                      QStringLiteral("f"), created});
        }
        stage.advance();
    }
    copy.finish();
}

void DemoCatalog::writeUnits(DemoStage &stage)
{
    DemoContext &c = m_context;
    DemoCopy copy(m_connection, QStringLiteral("variant_uoms"),
                  {QStringLiteral("tenant_id"), QStringLiteral("variant_id"),
                   QStringLiteral("uom_code"), QStringLiteral("conversion_factor"),
                   QStringLiteral("is_purchase_unit"), QStringLiteral("is_sales_unit")});
    static const char *const caseSizes[] = {"12", "24", "48"};
    for (quint32 v = 0; v < c.variants.size(); ++v) {
        const DemoVariant &variant = c.variants[v];
        stage.advance();
        if (!variant.has(DemoVariant::ExtraUnit))
            continue;
        if (c.isLoose(variant)) {
            // Loose goods are also sold by the gram at the counter.
            copy.row({c.tenantId, c.variantId(v), QStringLiteral("g"), QStringLiteral("0.0010"),
                      QStringLiteral("f"), QStringLiteral("t")});
        } else {
            copy.row({c.tenantId, c.variantId(v), QStringLiteral("case"),
                      QLatin1String(caseSizes[v % 3]), QStringLiteral("t"), QStringLiteral("f")});
        }
    }
    copy.finish();
}

void DemoCatalog::writeVersions(DemoStage &stage)
{
    // Version 1 of every variant is its canonical document as the database defines it
    // (catalog.record_versions), dated when the variant was last changed: the same function the
    // editing commands and the import use, so the demo's history reads like theirs.
    DemoContext &c = m_context;
    m_connection.exec(QStringLiteral("SELECT count(*) FROM catalog.record_versions($1::uuid,"
                                     " ARRAY(SELECT id FROM variants WHERE tenant_id = $1::uuid),"
                                     " $2::uuid, $3::name)"),
                      {SqlParam(c.tenantId), SqlParam(c.erpSourceId), SqlParam(kActor)});
    stage.advance(static_cast<qint64>(c.variants.size()));
}

void DemoCatalog::writeSourceEntities(DemoStage &stage)
{
    DemoContext &c = m_context;
    DemoCopy copy(m_connection, QStringLiteral("source_entities"),
                  {QStringLiteral("tenant_id"), QStringLiteral("id"),
                   QStringLiteral("source_system_id"), QStringLiteral("entity_type"),
                   QStringLiteral("external_id"), QStringLiteral("canonical_type"),
                   QStringLiteral("canonical_id"), QStringLiteral("metadata"),
                   QStringLiteral("created_at"), QStringLiteral("updated_at")});
    const QString variantType = QStringLiteral("variant");
    const QString empty = QStringLiteral("{}");
    for (quint32 v = 0; v < c.variants.size(); ++v) {
        const DemoVariant &variant = c.variants[v];
        const QString id = c.variantId(v);
        const QString created =
            createdAt(c, c.products[variant.product].createdDay + static_cast<qint32>(v % 20), v);
        DemoRandom random = c.ids.random(DemoEntity::SourceEntity, v);
        // The ERP knows every item; some also under a code from the system it replaced.
        copy.row({c.tenantId, c.ids.uuid(DemoEntity::SourceEntity, v, 0), c.erpSourceId,
                  QStringLiteral("item"),
                  QStringLiteral("ITM%1").arg(v + 1, 8, 10, QLatin1Char('0')), variantType, id,
                  empty, created, created});
        if (random.percent(5)) {
            copy.row({c.tenantId, c.ids.uuid(DemoEntity::SourceEntity, v, 1), c.erpSourceId,
                      QStringLiteral("item"),
                      QStringLiteral("LEGACY/%1").arg(v + 1, 7, 10, QLatin1Char('0')), variantType,
                      id, QStringLiteral("{\"legacy\": true}"), created, created});
        }
        // Store tills key items by barcode.
        const bool inShop =
            variant.locations & ((1u << kBlrFloor) | (1u << kMumFloor) | (1u << kDelFloor));
        if (inShop && random.percent(25)) {
            copy.row({c.tenantId, c.ids.uuid(DemoEntity::SourceEntity, v, 2), c.posSourceId,
                      QStringLiteral("plu"), c.primaryBarcode(v), variantType, id, empty, created,
                      created});
        }
        // Each dark store's feed has its own item numbers: several external ids, one variant.
        for (const DemoDarkStore &store : c.darkStores) {
            if ((variant.locations & (1u << store.location)) && random.percent(30)) {
                copy.row(
                    {c.tenantId,
                     c.ids.uuid(DemoEntity::SourceEntity, v,
                                3 + static_cast<quint64>(store.location)),
                     c.feedSourceId, QStringLiteral("sku"),
                     QStringLiteral("%1:%2").arg(store.code).arg(v + 1, 7, 10, QLatin1Char('0')),
                     variantType, id, empty, created, created});
            }
        }
        stage.advance();
    }
    copy.finish();
}

} // namespace stockroom
