#include "demo/demoreviews.h"

#include "demo/democontext.h"
#include "demo/democopy.h"
#include "demo/demoformat.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace stockroom {

namespace {

QString rupees(qint32 paise)
{
    return QStringLiteral("%1.%2").arg(paise / 100).arg(paise % 100, 2, 10, QLatin1Char('0'));
}

QString json(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

DemoReviews::DemoReviews(DemoContext &context, PgConnection &connection)
    : m_context(context)
    , m_connection(connection)
{}

void DemoReviews::write()
{
    DemoContext &c = m_context;
    const auto n = static_cast<qint64>(c.variants.size());
    DemoRandom random = c.ids.random(DemoEntity::ReviewItem, 0);
    // Distinct variants, drawn in a fixed order.
    std::vector<quint32> picked;
    auto pick = [&]() {
        for (;;) {
            const auto v = static_cast<quint32>(random.range(0, n - 1));
            if (n <= static_cast<qint64>(picked.size()) ||
                std::find(picked.cbegin(), picked.cend(), v) == picked.cend()) {
                picked.push_back(v);
                return v;
            }
        }
    };
    const QString feedRun = c.ids.uuid(DemoEntity::IngestionRun, 2);
    const QString erpRun = c.ids.uuid(DemoEntity::IngestionRun, 1);
    const qint64 feedTime = -1 * DemoTime::kDay + 2 * DemoTime::kHour;
    const qint64 erpTime = -61 * DemoTime::kDay + 2 * DemoTime::kHour;

    DemoCopy copy(m_connection, QStringLiteral("source_review_items"),
                  {QStringLiteral("tenant_id"), QStringLiteral("id"),
                   QStringLiteral("source_system_id"), QStringLiteral("entity_type"),
                   QStringLiteral("external_id"), QStringLiteral("kind"), QStringLiteral("reason"),
                   QStringLiteral("mapped_variant_id"), QStringLiteral("proposed_variant_id"),
                   QStringLiteral("received_row"), QStringLiteral("ingestion_run_id"),
                   QStringLiteral("sightings"), QStringLiteral("created_at"),
                   QStringLiteral("updated_at"), QStringLiteral("last_seen_at")});
    quint64 item = 0;
    auto add = [&](const QString &source, const QString &entityType, const QString &externalId,
                   const QString &kind, const QString &reason, const SqlParam &mapped,
                   const SqlParam &proposed, const QJsonObject &row, const SqlParam &run,
                   int sightings, qint64 firstSeen, qint64 lastSeen) {
        copy.row({c.tenantId, c.ids.uuid(DemoEntity::ReviewItem, ++item), source, entityType,
                  externalId, kind, reason, mapped, proposed, json(row), run,
                  QString::number(sightings), c.time.timestamp(firstSeen),
                  c.time.timestamp(lastSeen), c.time.timestamp(lastSeen)});
    };
    const DemoDarkStore &blr = c.darkStores.front();
    const DemoDarkStore &mum = c.darkStores.back();
    auto feedId = [&](const DemoDarkStore &store, qint64 number) {
        return QStringLiteral("%1:%2").arg(store.code).arg(number, 7, 10, QLatin1Char('0'));
    };

    // 1. The feed's new code for an item we know by its barcode: which is it?
    {
        const quint32 v = pick();
        const DemoVariant &variant = c.variants[v];
        const QString code = QStringLiteral("QH-%1").arg(50000 + v);
        add(c.feedSourceId, QStringLiteral("sku"), feedId(blr, n + 101), QStringLiteral("unmapped"),
            QStringLiteral("New code %1, but its barcode %2 already names %3 (%4).")
                .arg(code, c.primaryBarcode(v), c.sku(v), c.variantName(v)),
            {}, c.variantId(v),
            {{QStringLiteral("external_id"), feedId(blr, n + 101)},
             {QStringLiteral("sku"), code},
             {QStringLiteral("variant_name"), c.variantName(v).toUpper()},
             {QStringLiteral("barcodes"), c.primaryBarcode(v)},
             {QStringLiteral("mrp"), rupees(variant.mrp)},
             {QStringLiteral("base_price"), rupees(c.darkStorePrice(variant))}},
            feedRun, 3, feedTime - 2 * DemoTime::kDay, feedTime);
    }
    // 2. A code nothing in the catalog resembles: perhaps an item the store never listed.
    {
        const QString barcode = DemoFormat::ean13(200000000000ULL + 4417);
        add(c.feedSourceId, QStringLiteral("sku"), feedId(mum, n + 57), QStringLiteral("unmapped"),
            QStringLiteral("No item has SKU QH-61877 or barcode %1; it may be new to the catalog.")
                .arg(barcode),
            {}, {},
            {{QStringLiteral("external_id"), feedId(mum, n + 57)},
             {QStringLiteral("sku"), QStringLiteral("QH-61877")},
             {QStringLiteral("product_name"), QStringLiteral("Roasted Makhana")},
             {QStringLiteral("variant_name"), QStringLiteral("Roasted Makhana Peri Peri 60 g")},
             {QStringLiteral("category_path"), QStringLiteral("Snacks/Namkeen")},
             {QStringLiteral("barcodes"), barcode},
             {QStringLiteral("pack_size"), QStringLiteral("60")},
             {QStringLiteral("uom"), QStringLiteral("g")},
             {QStringLiteral("mrp"), QStringLiteral("99.00")},
             {QStringLiteral("base_price"), QStringLiteral("89.00")},
             {QStringLiteral("tax_rate"), QStringLiteral("12")}},
            feedRun, 1, feedTime, feedTime);
    }
    // 3. A till code that no item has, whose description reads like one of ours.
    {
        const quint32 v = pick();
        const DemoVariant &variant = c.variants[v];
        const QString plu = DemoFormat::ean13(200000000000ULL + 9021);
        add(c.posSourceId, QStringLiteral("plu"), plu, QStringLiteral("unmapped"),
            QStringLiteral("The till sent PLU %1, which no item has; its description reads like "
                           "%2.")
                .arg(plu, c.sku(v)),
            {}, c.variantId(v),
            {{QStringLiteral("plu"), plu},
             {QStringLiteral("description"), c.variantName(v).toUpper().left(24)},
             {QStringLiteral("price"), rupees(variant.basePrice)},
             {QStringLiteral("store"), QStringLiteral("BLR-IND")}},
            {}, 1, -2 * DemoTime::kDay + 11 * DemoTime::kHour,
            -2 * DemoTime::kDay + 11 * DemoTime::kHour);
    }
    // 4–5. ERP item numbers that now arrive with another item's SKU.
    for (int k = 0; k < 2 && n >= 4; ++k) {
        const quint32 mapped = pick();
        const quint32 named = pick();
        const QString number = QStringLiteral("ITM%1").arg(mapped + 1, 8, 10, QLatin1Char('0'));
        add(c.erpSourceId, QStringLiteral("item"), number, QStringLiteral("conflict"),
            QStringLiteral("%1 is mapped to %2, but the ERP now sends it as %3 (%4).")
                .arg(number, c.sku(mapped), c.sku(named), c.variantName(named)),
            c.variantId(mapped), c.variantId(named),
            {{QStringLiteral("external_id"), number},
             {QStringLiteral("sku"), c.sku(named)},
             {QStringLiteral("variant_name"), c.variantName(named)},
             {QStringLiteral("barcodes"), c.primaryBarcode(named)},
             {QStringLiteral("mrp"), rupees(c.variants[named].mrp)},
             {QStringLiteral("base_price"), rupees(c.variants[named].basePrice)}},
            erpRun, k == 0 ? 2 : 1, erpTime, erpTime + k * DemoTime::kHour);
    }
    copy.finish();
}

} // namespace stockroom
