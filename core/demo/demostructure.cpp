#include "demo/demostructure.h"

#include "db/pgconnection.h"
#include "demo/democontext.h"
#include "demo/democopy.h"
#include "demo/demoformat.h"

namespace stockroom {

namespace {

struct StoreSite
{
    const char *code;
    const char *locality;
    const char *city;
    const char *state;
    const char *gstState;
    const char *format;
    const char *address;
    const char *phone;
    int tills;
};

constexpr StoreSite kStores[] = {
    {"BLR-IND", "Indiranagar", "Bengaluru", "Karnataka", "29", "supermarket",
     "100 Feet Road, HAL 2nd Stage, Indiranagar, Bengaluru 560038", "+91 80 4123 5678", 4},
    {"MUM-AND", "Andheri West", "Mumbai", "Maharashtra", "27", "supermarket",
     "Lokhandwala Complex, Andheri West, Mumbai 400053", "+91 22 2632 4455", 3},
    {"DEL-HKV", "Hauz Khas Village", "New Delhi", "Delhi", "07", "convenience",
     "Hauz Khas Village, New Delhi 110016", "+91 11 2651 7788", 2},
};

struct LocationSite
{
    const char *code;
    const char *name;
    const char *type;
    int store;
    int darkStore;
    const char *reservationTtl;
};

// Order matches DemoLocationIndex.
constexpr LocationSite kLocations[kDemoLocationCount] = {
    {"BLR-IND-FLOOR", "Indiranagar sales floor", "store", 0, -1, "2 hours"},
    {"BLR-IND-BACK", "Indiranagar backroom", "backroom", 0, -1, "1 day"},
    {"MUM-AND-FLOOR", "Andheri West sales floor", "store", 1, -1, "2 hours"},
    {"DEL-HKV-FLOOR", "Hauz Khas Village sales floor", "store", 2, -1, "2 hours"},
    {"BLR-KOR-DS", "Koramangala dark store", "dark_store", 0, 0, "15 minutes"},
    {"MUM-POW-DS", "Powai dark store", "dark_store", 1, 1, "15 minutes"},
};

struct DarkSite
{
    const char *code;
    const char *locality;
    const char *city;
    const char *latitude;
    const char *longitude;
    const char *radiusKm;
    int location;
    int maxOrdersPerHour;
    int zones; // the first N of kZones
};

constexpr DarkSite kDarkStores[] = {
    {"BLR-KOR", "Koramangala", "Bengaluru", "12.935192", "77.624480", "3.00", kBlrDarkStore, 120,
     5},
    {"MUM-POW", "Powai", "Mumbai", "19.118720", "72.905920", "2.50", kMumDarkStore, 100, 4},
};

struct ZoneSpec
{
    DemoZone zone;
    const char *code;
    const char *name;
    const char *type;
    const char *minC;
    const char *maxC;
    int pickSequence; // heavy goods first, cold goods last
};

constexpr ZoneSpec kZones[] = {
    {DemoZone::Ambient, "AMB", "Ambient racks", "ambient", "18.00", "30.00", 2},
    {DemoZone::Chilled, "CHL", "Chiller", "chilled", "2.00", "8.00", 4},
    {DemoZone::Frozen, "FRZ", "Freezer", "frozen", "-22.00", "-18.00", 5},
    {DemoZone::HighValue, "HVL", "High-value cage", "high_value", nullptr, nullptr, 3},
    {DemoZone::Bulk, "BLK", "Bulk bay", "bulk", nullptr, nullptr, 1},
};

SqlParam text(const char *value)
{
    return value ? SqlParam(QString::fromUtf8(value)) : std::nullopt;
}

QString truncated(const QString &value, int length)
{
    return value.left(length).trimmed();
}

} // namespace

DemoStructure::DemoStructure(DemoContext &context, PgConnection &connection)
    : m_context(context)
    , m_connection(connection)
{}

void DemoStructure::write()
{
    DemoStage stage(m_context.progress, QStringLiteral("Structure"), 6);
    writeTenant();
    stage.advance();
    writeStores();
    stage.advance();
    writeDarkStores();
    stage.advance();
    writeUnits();
    stage.advance();
    writeSources();
    stage.advance();
    writeCategories();
    stage.finish();
}

void DemoStructure::writeTenant()
{
    DemoContext &c = m_context;
    c.tenantId = c.ids.uuid(DemoEntity::Tenant);
    DemoCopy copy(m_connection, QStringLiteral("tenants"),
                  {QStringLiteral("tenant_id"), QStringLiteral("name"), QStringLiteral("slug"),
                   QStringLiteral("currency"), QStringLiteral("timezone"),
                   QStringLiteral("created_at")});
    copy.row({c.tenantId, c.options.tenantName, c.slug, QStringLiteral("INR"),
              QStringLiteral("Asia/Kolkata"),
              c.time.timestamp(-400 * DemoTime::kDay + 10 * DemoTime::kHour)});
    copy.finish();
}

void DemoStructure::writeStores()
{
    DemoContext &c = m_context;
    // One legal entity: one PAN, one GSTIN per state it trades in.
    DemoRandom random = c.ids.random(DemoEntity::Store, 99);
    QString pan;
    for (int i = 0; i < 3; ++i)
        pan += QChar(static_cast<char16_t>(u'A' + random.range(0, 25)));
    pan += u'C'; // a company
    const QString upper = c.options.tenantName.toUpper();
    const auto initial =
        std::find_if(upper.begin(), upper.end(), [](QChar ch) { return ch >= u'A' && ch <= u'Z'; });
    pan += initial != upper.end() ? *initial : QChar(u'X');
    pan += QString::number(random.range(1000, 9999));
    pan += QChar(static_cast<char16_t>(u'A' + random.range(0, 25)));

    const QString opened = c.time.timestamp(-380 * DemoTime::kDay + 9 * DemoTime::kHour);
    const QStringList storeColumns = {
        QStringLiteral("tenant_id"), QStringLiteral("id"),         QStringLiteral("code"),
        QStringLiteral("name"),      QStringLiteral("format"),     QStringLiteral("city"),
        QStringLiteral("state"),     QStringLiteral("address"),    QStringLiteral("phone"),
        QStringLiteral("gstin"),     QStringLiteral("created_at"), QStringLiteral("updated_at")};
    DemoCopy stores(m_connection, QStringLiteral("stores"), storeColumns);
    for (int s = 0; s < 3; ++s) {
        const StoreSite &site = kStores[s];
        stores.row({c.tenantId, c.ids.uuid(DemoEntity::Store, s), text(site.code),
                    truncated(c.options.tenantName + u' ' + QLatin1String(site.locality), 120),
                    text(site.format), text(site.city), text(site.state), text(site.address),
                    text(site.phone), DemoFormat::gstin(QLatin1String(site.gstState), pan), opened,
                    opened});
    }
    stores.finish();

    DemoCopy locations(m_connection, QStringLiteral("locations"),
                       {QStringLiteral("tenant_id"), QStringLiteral("id"),
                        QStringLiteral("store_id"), QStringLiteral("code"), QStringLiteral("name"),
                        QStringLiteral("location_type"), QStringLiteral("reservation_ttl"),
                        QStringLiteral("created_at"), QStringLiteral("updated_at")});
    for (int l = 0; l < kDemoLocationCount; ++l) {
        const LocationSite &site = kLocations[l];
        DemoLocation &location = c.locations[static_cast<size_t>(l)];
        location.id = c.ids.uuid(DemoEntity::Location, l);
        location.code = QLatin1String(site.code);
        location.type = QLatin1String(site.type);
        location.store = site.store;
        location.darkStore = site.darkStore;
        locations.row({c.tenantId, location.id, c.ids.uuid(DemoEntity::Store, site.store),
                       location.code, text(site.name), location.type, text(site.reservationTtl),
                       opened, opened});
    }
    locations.finish();

    DemoCopy terminals(m_connection, QStringLiteral("terminals"),
                       {QStringLiteral("tenant_id"), QStringLiteral("id"),
                        QStringLiteral("store_id"), QStringLiteral("code"), QStringLiteral("name"),
                        QStringLiteral("device_type"), QStringLiteral("last_seen_at"),
                        QStringLiteral("created_at")});
    int terminal = 0;
    for (int s = 0; s < 3; ++s) {
        const QString storeId = c.ids.uuid(DemoEntity::Store, s);
        auto add = [&](const QString &code, const QString &name, const char *type) {
            const qint64 seen = DemoTime::kNow - random.range(30, 3600);
            terminals.row({c.tenantId, c.ids.uuid(DemoEntity::Terminal, terminal++), storeId, code,
                           name, text(type), c.time.timestamp(seen), opened});
        };
        for (int t = 1; t <= kStores[s].tills; ++t)
            add(QStringLiteral("POS-%1").arg(t, 2, 10, QLatin1Char('0')),
                QStringLiteral("Till %1").arg(t), "pos");
        add(QStringLiteral("HH-01"), QStringLiteral("Stock-taking handheld"), "handheld");
        add(QStringLiteral("LBL-01"), QStringLiteral("Shelf-label printer"), "label_printer");
    }
    terminals.finish();
}

void DemoStructure::writeDarkStores()
{
    DemoContext &c = m_context;
    const QString opened = c.time.timestamp(-200 * DemoTime::kDay + 6 * DemoTime::kHour);
    DemoCopy darkStores(m_connection, QStringLiteral("dark_stores"),
                        {QStringLiteral("tenant_id"), QStringLiteral("id"),
                         QStringLiteral("store_id"), QStringLiteral("location_id"),
                         QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("city"),
                         QStringLiteral("latitude"), QStringLiteral("longitude"),
                         QStringLiteral("service_radius_km"), QStringLiteral("max_orders_per_hour"),
                         QStringLiteral("opens_at"), QStringLiteral("closes_at"),
                         QStringLiteral("created_at"), QStringLiteral("updated_at")});
    for (int d = 0; d < 2; ++d) {
        const DarkSite &site = kDarkStores[d];
        DemoDarkStore store;
        store.id = c.ids.uuid(DemoEntity::DarkStore, d);
        store.code = QLatin1String(site.code);
        store.location = site.location;
        const DemoLocation &location = c.locations[static_cast<size_t>(site.location)];
        darkStores.row({c.tenantId, store.id, c.ids.uuid(DemoEntity::Store, location.store),
                        location.id, store.code,
                        truncated(c.options.tenantName + u' ' + QLatin1String(site.locality), 120),
                        text(site.city), text(site.latitude), text(site.longitude),
                        text(site.radiusKm), QString::number(site.maxOrdersPerHour),
                        QStringLiteral("06:00"), QStringLiteral("23:59"), opened, opened});
        c.darkStores.push_back(store);
    }
    darkStores.finish();

    DemoCopy zones(m_connection, QStringLiteral("dark_store_zones"),
                   {QStringLiteral("tenant_id"), QStringLiteral("id"),
                    QStringLiteral("dark_store_id"), QStringLiteral("code"), QStringLiteral("name"),
                    QStringLiteral("zone_type"), QStringLiteral("temperature_min_c"),
                    QStringLiteral("temperature_max_c"), QStringLiteral("pick_sequence"),
                    QStringLiteral("created_at")});
    for (int d = 0; d < 2; ++d) {
        DemoDarkStore &store = c.darkStores[static_cast<size_t>(d)];
        for (int z = 0; z < kDarkStores[d].zones; ++z) {
            const ZoneSpec &spec = kZones[z];
            const QString id = c.ids.uuid(DemoEntity::Zone, d, z);
            store.zoneIds[static_cast<size_t>(spec.zone)] = id;
            zones.row({c.tenantId, id, store.id, text(spec.code), text(spec.name), text(spec.type),
                       text(spec.minC), text(spec.maxC), QString::number(spec.pickSequence),
                       opened});
        }
    }
    zones.finish();

    DemoCopy pickers(
        m_connection, QStringLiteral("dark_store_pickers"),
        {QStringLiteral("tenant_id"), QStringLiteral("id"), QStringLiteral("dark_store_id"),
         QStringLiteral("employee_code"), QStringLiteral("name"), QStringLiteral("phone"),
         QStringLiteral("home_zone_id"), QStringLiteral("status"), QStringLiteral("created_at")});
    static const char *const statuses[] = {"available", "picking", "on_break", "off_shift"};
    static const int statusWeights[] = {45, 25, 10, 20};
    for (int d = 0; d < 2; ++d) {
        DemoDarkStore &store = c.darkStores[static_cast<size_t>(d)];
        DemoRandom random = c.ids.random(DemoEntity::Picker, d);
        const int count = static_cast<int>(random.range(8, 12));
        for (int p = 0; p < count; ++p) {
            const QString id = c.ids.uuid(DemoEntity::Picker, d, p + 1);
            const int zone = static_cast<int>(random.range(0, kDarkStores[d].zones - 1));
            const qint64 joined = -random.range(20, 190) * DemoTime::kDay + 9 * DemoTime::kHour;
            pickers.row(
                {c.tenantId, id, store.id,
                 QStringLiteral("%1-P%2").arg(store.code).arg(p + 1, 2, 10, QLatin1Char('0')),
                 c.personName(random),
                 QStringLiteral("+91 9%1").arg(random.range(100000000, 999999999)),
                 store.zoneIds[static_cast<size_t>(kZones[zone].zone)],
                 text(statuses[random.weighted(statusWeights, 4)]), c.time.timestamp(joined)});
            store.pickerIds.push_back(id);
        }
    }
    pickers.finish();
}

void DemoStructure::writeUnits()
{
    struct Unit
    {
        const char *code;
        const char *name;
        const char *dimension;
        const char *factor;
    };
    // factor_to_base: how many pc, g or ml one unit is. A case is nominally twelve; each
    // variant's real case size is in variant_uoms.
    static constexpr Unit units[] = {
        {"pc", "Piece", "count", "1"},      {"g", "Gram", "mass", "1"},
        {"kg", "Kilogram", "mass", "1000"}, {"ml", "Millilitre", "volume", "1"},
        {"l", "Litre", "volume", "1000"},   {"pack", "Pack", "count", "1"},
        {"dozen", "Dozen", "count", "12"},  {"case", "Case", "count", "12"},
    };
    DemoCopy copy(m_connection, QStringLiteral("units_of_measure"),
                  {QStringLiteral("tenant_id"), QStringLiteral("code"), QStringLiteral("name"),
                   QStringLiteral("dimension"), QStringLiteral("factor_to_base")});
    for (const Unit &unit : units)
        copy.row({m_context.tenantId, text(unit.code), text(unit.name), text(unit.dimension),
                  text(unit.factor)});
    copy.finish();
}

void DemoStructure::writeSources()
{
    DemoContext &c = m_context;
    c.posSourceId = c.ids.uuid(DemoEntity::SourceSystem, 1);
    c.erpSourceId = c.ids.uuid(DemoEntity::SourceSystem, 2);
    c.feedSourceId = c.ids.uuid(DemoEntity::SourceSystem, 3);
    const QString created = c.time.timestamp(-390 * DemoTime::kDay + 11 * DemoTime::kHour);
    DemoCopy sources(m_connection, QStringLiteral("source_systems"),
                     {QStringLiteral("tenant_id"), QStringLiteral("id"),
                      QStringLiteral("source_type"), QStringLiteral("name"),
                      QStringLiteral("vendor"), QStringLiteral("created_at"),
                      QStringLiteral("updated_at")});
    sources.row({c.tenantId, c.posSourceId, QStringLiteral("pos"), QStringLiteral("Store POS"),
                 QStringLiteral("TillKart"), created, created});
    sources.row({c.tenantId, c.erpSourceId, QStringLiteral("erp"),
                 QStringLiteral("Head-office ERP"), QStringLiteral("LedgerOne"), created, created});
    sources.row({c.tenantId, c.feedSourceId, QStringLiteral("dark_store_feed"),
                 QStringLiteral("Dark-store feed"), QStringLiteral("QuickHub"), created, created});
    sources.finish();

    // The catalog import that brought the variants in, and last night's dark-store feed run.
    const QString variants = QString::number(c.options.variants);
    DemoCopy runs(m_connection, QStringLiteral("catalog_ingestion_runs"),
                  {QStringLiteral("tenant_id"), QStringLiteral("id"),
                   QStringLiteral("source_system_id"), QStringLiteral("ingestion_type"),
                   QStringLiteral("status"), QStringLiteral("received_count"),
                   QStringLiteral("success_count"), QStringLiteral("failed_count"),
                   QStringLiteral("error_summary"), QStringLiteral("started_at"),
                   QStringLiteral("completed_at")});
    runs.row({c.tenantId, c.ids.uuid(DemoEntity::IngestionRun, 1), c.erpSourceId,
              QStringLiteral("full_catalog"), QStringLiteral("completed"), variants, variants,
              QStringLiteral("0"), QStringLiteral("[]"),
              c.time.timestamp(-61 * DemoTime::kDay + 2 * DemoTime::kHour),
              c.time.timestamp(-61 * DemoTime::kDay + 3 * DemoTime::kHour)});
    runs.row(
        {c.tenantId, c.ids.uuid(DemoEntity::IngestionRun, 2), c.feedSourceId,
         QStringLiteral("availability_feed"), QStringLiteral("completed_with_errors"),
         QStringLiteral("1200"), QStringLiteral("1188"), QStringLiteral("12"),
         QStringLiteral(
             R"([{"code": "unknown_sku", "count": 9}, {"code": "negative_quantity", "count": 3}])"),
         c.time.timestamp(-1 * DemoTime::kDay + 2 * DemoTime::kHour),
         c.time.timestamp(-1 * DemoTime::kDay + 2 * DemoTime::kHour + 340)});
    runs.finish();
}

void DemoStructure::writeCategories()
{
    DemoContext &c = m_context;
    const QString created = c.time.timestamp(-390 * DemoTime::kDay + 12 * DemoTime::kHour);
    DemoCopy copy(m_connection, QStringLiteral("categories"),
                  {QStringLiteral("tenant_id"), QStringLiteral("id"), QStringLiteral("parent_id"),
                   QStringLiteral("name"), QStringLiteral("path"), QStringLiteral("sort_order"),
                   QStringLiteral("created_at"), QStringLiteral("updated_at")});
    const auto &tops = c.words.tops;
    for (size_t t = 0; t < tops.size(); ++t) {
        copy.row({c.tenantId, c.ids.uuid(DemoEntity::Category, t), std::nullopt, text(tops[t].name),
                  text(tops[t].name), QString::number((t + 1) * 10), created, created});
    }
    int sort = 0;
    for (size_t l = 0; l < c.words.leaves.size(); ++l) {
        const DemoLeafCategory &leaf = c.words.leaves[l];
        const QString id = c.ids.uuid(DemoEntity::Category, 1000 + l);
        c.leafCategoryIds.push_back(id);
        const QString top = QLatin1String(tops[static_cast<size_t>(leaf.top)].name);
        sort = (l > 0 && c.words.leaves[l - 1].top == leaf.top) ? sort + 10 : 10;
        copy.row({c.tenantId, id, c.ids.uuid(DemoEntity::Category, leaf.top), text(leaf.name),
                  top + u'/' + QLatin1String(leaf.name), QString::number(sort), created, created});
    }
    c.summary.categories = copy.finish();
}

} // namespace stockroom
