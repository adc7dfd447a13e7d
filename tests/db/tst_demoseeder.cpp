#include "db/pgconnection.h"
#include "demo/democontext.h"
#include "demo/demoseeder.h"
#include "demo/demoverifier.h"
#include "testdatabase.h"

#include <QCoreApplication>
#include <QScopeGuard>
#include <QTest>

#include <memory>

using namespace stockroom;

namespace {

// "Now" in the demo is 19:00 IST on the as-of day; the checks below use that calendar.
const QDate kAsOf(2026, 3, 25);
constexpr int kVariants = 1500;

DemoSeedOptions options(quint64 seed = 7, const QString &tenant = QStringLiteral("Annapurna Fresh"),
                        int variants = kVariants)
{
    DemoSeedOptions o;
    o.variants = variants;
    o.tenantName = tenant;
    o.seed = seed;
    o.asOf = kAsOf;
    return o;
}

qint64 number(PgConnection &db, const QString &sql, const QList<SqlParam> &params = {})
{
    return db.scalar(sql, params).value_or(QStringLiteral("-1")).toLongLong();
}

std::unique_ptr<PgConnection> openIndian(const test::TestDatabase &database)
{
    auto db = std::make_unique<PgConnection>(database.info(), QStringLiteral("tst_demoseeder"));
    db->exec(QStringLiteral("SET TimeZone = 'Asia/Kolkata'"));
    return db;
}

/** One md5 per table over every row of the tenant, each row in full text form. */
QStringList fingerprint(PgConnection &db, const QString &tenantId)
{
    // clang-format off
    static const char *const tables[] = {
        "stores", "locations", "dark_stores", "dark_store_zones", "dark_store_pickers", "categories",
        "products", "variants", "variant_barcodes", "variant_uoms", "catalog_item_versions",
        "source_entities", "source_review_items", "variant_prices", "stock_positions", "stock_movements",
        "stock_reservations", "inventory_batches", "orderability_projection",
        "dark_store_catalog_projection", "dark_store_orders", "dark_store_order_items",
        "dark_store_metrics"};
    // clang-format on
    QStringList hashes;
    for (const char *table : tables) {
        // Versions are numbered per variant by the database (catalog.record_versions), their row
        // ids drawn at random: everything else of them must repeat.
        const QString row = qstrcmp(table, "catalog_item_versions") == 0
                                ? QStringLiteral("(to_jsonb(t) - 'id')::text")
                                : QStringLiteral("t::text");
        hashes << db.scalar(QStringLiteral("SELECT md5(string_agg(%2, '|' ORDER BY %2)) "
                                           "FROM %1 t WHERE tenant_id = $1")
                                .arg(QLatin1String(table), row),
                            {tenantId})
                      .value_or(QStringLiteral("(empty)"));
    }
    return hashes;
}

} // namespace

class TestDemoSeeder : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void counts_data();
    void counts();
    void invariants_data();
    void invariants();
    void somethingToSee_data();
    void somethingToSee();
    void progressCoversEveryStage();
    void sameOptionsGiveIdenticalRows();
    void secondTenantLeavesTheFirstUnchanged();
    void schemaOwnerSeedsWithTriggersOn();
    void verifierCatchesBrokenData_data();
    void verifierCatchesBrokenData();
    void existingTenantIsRefused();
    void variantCountOutOfRangeIsRefused();

private:
    std::unique_ptr<test::TestDatabase> m_database;
    std::unique_ptr<PgConnection> m_db;
    DemoSeedSummary m_summary;
    struct Report
    {
        QString stage;
        qint64 done;
        qint64 total;
    };
    QList<Report> m_progress;
};

void TestDemoSeeder::initTestCase()
{
    m_database = std::make_unique<test::TestDatabase>(QStringLiteral("demoseeder"));
    m_db = openIndian(*m_database);
    QVERIFY(!DemoSeeder::hasAnyTenant(*m_db));
    m_summary =
        DemoSeeder(*m_db).seed(options(), [this](const QString &stage, qint64 done, qint64 total) {
            m_progress.append({stage, done, total});
        });
    QVERIFY(DemoSeeder::hasAnyTenant(*m_db));
}

void TestDemoSeeder::counts_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<qint64>("minimum");
    QTest::addColumn<qint64>("maximum");
    const auto exactly = [](const char *name, const char *sql, qint64 n) {
        QTest::newRow(name) << QString::fromUtf8(sql) << n << n;
    };
    const auto between = [](const char *name, const char *sql, qint64 low, qint64 high) {
        QTest::newRow(name) << QString::fromUtf8(sql) << low << high;
    };
    const DemoSeedSummary &s = m_summary;
    // clang-format off
    exactly("tenant and slug", "SELECT count(*) FROM tenants WHERE tenant_id = $1 AND slug = 'annapurna-fresh'", 1);
    exactly("stores in three cities", "SELECT count(DISTINCT city) FROM stores WHERE tenant_id = $1", 3);
    exactly("dark stores", "SELECT count(*) FROM dark_stores WHERE tenant_id = $1", 2);
    exactly("dark-store locations", "SELECT count(*) FROM locations WHERE tenant_id = $1 AND location_type = 'dark_store'", 2);
    exactly("backroom", "SELECT count(*) FROM locations WHERE tenant_id = $1 AND location_type = 'backroom'", 1);
    exactly("4-5 zones per dark store", "SELECT count(*) FROM (SELECT 1 FROM dark_store_zones WHERE tenant_id = $1 GROUP BY dark_store_id HAVING count(*) BETWEEN 4 AND 5) z", 2);
    exactly("8-12 pickers per dark store", "SELECT count(*) FROM (SELECT 1 FROM dark_store_pickers WHERE tenant_id = $1 GROUP BY dark_store_id HAVING count(*) BETWEEN 8 AND 12) p", 2);
    exactly("units of measure", "SELECT count(*) FROM units_of_measure WHERE tenant_id = $1", 8);
    exactly("source systems", "SELECT count(*) FROM source_systems WHERE tenant_id = $1", 3);
    exactly("open review items", "SELECT count(*) FROM source_review_items WHERE tenant_id = $1 AND status = 'open'", 5);
    exactly("review conflicts mapped to another variant", "SELECT count(*) FROM source_review_items r JOIN source_entities se ON se.tenant_id = r.tenant_id AND se.source_system_id = r.source_system_id AND se.external_id = r.external_id WHERE r.tenant_id = $1 AND r.kind = 'conflict' AND se.canonical_id = r.mapped_variant_id AND r.proposed_variant_id <> r.mapped_variant_id", 2);
    between("categories", "SELECT count(*) FROM categories WHERE tenant_id = $1", 35, 45);
    exactly("categories as reported", "SELECT count(*) FROM categories WHERE tenant_id = $1", s.categories);
    exactly("variants", "SELECT count(*) FROM variants WHERE tenant_id = $1", kVariants);
    between("products, 2.5 variants each", "SELECT count(*) FROM products WHERE tenant_id = $1", kVariants / 3, kVariants / 2);
    exactly("products as reported", "SELECT count(*) FROM products WHERE tenant_id = $1", s.products);
    exactly("one version per variant", "SELECT count(*) FROM catalog_item_versions WHERE tenant_id = $1 AND version_no = 1", kVariants);
    exactly("one primary EAN-13 per variant", "SELECT count(*) FROM variant_barcodes WHERE tenant_id = $1 AND is_primary AND barcode_type = 'EAN13' AND barcode LIKE '890%'", kVariants);
    between("second barcodes (~10%)", "SELECT count(*) FROM variant_barcodes WHERE tenant_id = $1 AND NOT is_primary", kVariants / 20, kVariants / 6);
    between("archived variants (~2%)", "SELECT count(*) FROM variants WHERE tenant_id = $1 AND status = 'archived'", 1, kVariants / 20);
    between("variants with other units (~15%)", "SELECT count(DISTINCT variant_id) FROM variant_uoms WHERE tenant_id = $1", kVariants / 10, kVariants / 5);
    exactly("prices as reported", "SELECT count(*) FROM variant_prices WHERE tenant_id = $1", s.prices);
    exactly("positions as reported", "SELECT count(*) FROM stock_positions WHERE tenant_id = $1", s.stockPositions);
    exactly("movements as reported", "SELECT count(*) FROM stock_movements WHERE tenant_id = $1", s.movements);
    exactly("reservations as reported", "SELECT count(*) FROM stock_reservations WHERE tenant_id = $1", s.reservations);
    exactly("batches as reported", "SELECT count(*) FROM inventory_batches WHERE tenant_id = $1", s.batches);
    exactly("orders as reported", "SELECT count(*) FROM dark_store_orders WHERE tenant_id = $1", s.orders);
    between("active reservations (a few hundred per 5,000 variants)", "SELECT count(*) FROM stock_reservations WHERE tenant_id = $1 AND status = 'active'", 30, 300);
    exactly("orderability row per position", "SELECT count(*) FROM orderability_projection WHERE tenant_id = $1", s.stockPositions);
    exactly("thirty days of orders", "SELECT count(DISTINCT created_at::date) FROM dark_store_orders WHERE tenant_id = $1", 30);
    between("cancelled orders (~3%)", "SELECT count(*) FROM dark_store_orders WHERE tenant_id = $1 AND status = 'cancelled'", s.orders / 100, s.orders * 6 / 100);
    between("orders still open at 19:00", "SELECT count(*) FROM dark_store_orders WHERE tenant_id = $1 AND status IN ('created', 'picking', 'packed', 'dispatched')", 1, 60);
    exactly("metrics count every order", "SELECT sum(orders_created) FROM dark_store_metrics WHERE tenant_id = $1", s.orders);
    // clang-format on
}

void TestDemoSeeder::counts()
{
    QFETCH(QString, sql);
    QFETCH(qint64, minimum);
    QFETCH(qint64, maximum);
    const qint64 n = number(*m_db, sql, {m_summary.tenantId});
    QVERIFY2(n >= minimum && n <= maximum,
             qPrintable(QStringLiteral("%1 not in [%2, %3]").arg(n).arg(minimum).arg(maximum)));
}

void TestDemoSeeder::invariants_data()
{
    // Each query counts the rows that break a rule; every count must be zero.
    QTest::addColumn<QString>("sql");
    const auto rule = [](const char *name, const char *sql) {
        QTest::newRow(name) << QString::fromUtf8(sql);
    };
    rule("on hand is the sum of 1-4 ledger movements", R"(
        SELECT count(*) FROM stock_positions p
        LEFT JOIN (SELECT variant_id, location_id, sum(quantity_delta) AS total, count(*) AS n
                   FROM stock_movements WHERE tenant_id = $1 GROUP BY 1, 2) m USING (variant_id, location_id)
        WHERE p.tenant_id = $1 AND (m.total IS DISTINCT FROM p.quantity_on_hand OR m.n NOT BETWEEN 1 AND 4))");
    rule("reserved is the sum of active reservations", R"(
        SELECT count(*) FROM stock_positions p
        LEFT JOIN (SELECT variant_id, location_id, sum(reserved_qty) AS total FROM stock_reservations
                   WHERE tenant_id = $1 AND status = 'active' GROUP BY 1, 2) r USING (variant_id, location_id)
        WHERE p.tenant_id = $1 AND coalesce(r.total, 0) <> p.quantity_reserved)");
    rule("each version 1 is the variant's canonical document (catalog.variant_documents)", R"(
        SELECT count(*) FROM catalog.variant_documents($1, ARRAY(SELECT id FROM variants WHERE tenant_id = $1)) d
        LEFT JOIN catalog_item_versions x ON x.tenant_id = $1 AND x.variant_id = d.variant_id AND x.version_no = 1
        WHERE x.normalized_hash IS DISTINCT FROM d.normalized_hash OR x.payload <> d.document)");
    rule("available never negative",
         "SELECT count(*) FROM stock_positions WHERE tenant_id = $1 AND quantity_available < 0");
    rule("batches add up to on hand", R"(
        SELECT count(*) FROM stock_positions p
        JOIN (SELECT variant_id, location_id, sum(quantity_on_hand) AS total FROM inventory_batches
              WHERE tenant_id = $1 GROUP BY 1, 2) b USING (variant_id, location_id)
        WHERE p.tenant_id = $1 AND b.total <> p.quantity_on_hand)");
    rule("every perishable position has batches", R"(
        SELECT count(*) FROM stock_positions p
        JOIN variants v ON v.tenant_id = p.tenant_id AND v.id = p.variant_id
        JOIN products pr ON pr.tenant_id = v.tenant_id AND pr.id = v.product_id
        JOIN categories c ON c.tenant_id = pr.tenant_id AND c.id = pr.category_id
        WHERE p.tenant_id = $1 AND v.attributes ? 'shelf_life_days'
          AND split_part(c.path, '/', 1) IN ('Dairy & Eggs', 'Bakery', 'Fruits & Vegetables', 'Meat & Fish')
          AND NOT EXISTS (SELECT 1 FROM inventory_batches b WHERE b.tenant_id = p.tenant_id
                          AND b.variant_id = p.variant_id AND b.location_id = p.location_id))");
    rule("batch dates and status", R"(
        SELECT count(*) FROM inventory_batches WHERE tenant_id = $1
          AND (expiry_date NOT BETWEEN date '2026-03-23' AND date '2026-05-24' OR alert_date > expiry_date
               OR (status = 'depleted') <> (quantity_on_hand = 0)
               OR (status = 'expired') <> (quantity_on_hand > 0 AND expiry_date < date '2026-03-25')))");
    rule("ledger inside the last 30 days", R"(
        SELECT count(*) FROM stock_movements WHERE tenant_id = $1
          AND occurred_at NOT BETWEEN '2026-02-23 19:00+05:30' AND '2026-03-25 19:00+05:30')");
    rule("ledger opens with the opening balance", R"(
        SELECT count(*) FROM (SELECT movement_type, rank() OVER (PARTITION BY variant_id, location_id
                                                                  ORDER BY occurred_at) AS r
                              FROM stock_movements WHERE tenant_id = $1) m
        WHERE (r = 1) <> (movement_type = 'opening_balance'))");
    rule("whole pieces, grams at most", R"(
        SELECT count(*) FROM stock_positions p JOIN variants v ON v.tenant_id = p.tenant_id AND v.id = p.variant_id
        WHERE p.tenant_id = $1 AND (v.stock_uom = 'pc' AND p.quantity_on_hand <> trunc(p.quantity_on_hand)
                                    OR p.quantity_on_hand <> round(p.quantity_on_hand, 3)))");
    rule("stocked at 2-5 locations", R"(
        SELECT count(*) FROM (SELECT 1 FROM stock_positions WHERE tenant_id = $1 GROUP BY variant_id
                              HAVING count(*) NOT BETWEEN 2 AND 5) v)");
    rule("dark-store positions have a bin", R"(
        SELECT count(*) FROM stock_positions p JOIN locations l ON l.tenant_id = p.tenant_id AND l.id = p.location_id
        WHERE p.tenant_id = $1 AND l.location_type = 'dark_store'
          AND (p.zone IS NULL OR p.bin IS NULL OR p.rack IS NULL OR p.aisle IS NULL))");
    rule("live reservations not expired at now", R"(
        SELECT count(*) FROM stock_reservations WHERE tenant_id = $1 AND status = 'active'
          AND expires_at <= '2026-03-25 19:00+05:30')");
    rule("two-level category paths", R"(
        SELECT count(*) FROM categories c JOIN categories p ON p.tenant_id = c.tenant_id AND p.id = c.parent_id
        WHERE c.tenant_id = $1 AND (p.parent_id IS NOT NULL OR c.path <> p.path || '/' || c.name))");
    rule("every barcode a valid GTIN", "SELECT count(*) FROM variant_barcodes WHERE tenant_id = $1 "
                                       "AND NOT gtin_is_valid(barcode)");
    rule("SKUs upper case",
         "SELECT count(*) FROM variants WHERE tenant_id = $1 AND sku <> upper(sku)");
    rule("one default price in force now", R"(
        SELECT count(*) FROM variants v WHERE v.tenant_id = $1 AND (
            SELECT count(*) FROM variant_prices p WHERE p.tenant_id = v.tenant_id AND p.variant_id = v.id
              AND p.location_id IS NULL AND p.channel = 'default'
              AND p.effective_from <= '2026-03-25 19:00+05:30'
              AND (p.effective_to IS NULL OR p.effective_to > '2026-03-25 19:00+05:30')) <> 1)");
    rule("regular price 85-100% of MRP", R"(
        SELECT count(*) FROM variant_prices WHERE tenant_id = $1 AND channel = 'default'
          AND location_id IS NULL AND (base_price < mrp * 0.85 - 1 OR tax_rate NOT IN (0, 5, 12, 18)))");
    rule("history ends where the next price starts", R"(
        SELECT count(*) FROM variant_prices h WHERE h.tenant_id = $1 AND h.effective_to IS NOT NULL
          AND h.location_id IS NULL AND NOT EXISTS (
              SELECT 1 FROM variant_prices n WHERE n.tenant_id = h.tenant_id AND n.variant_id = h.variant_id
                AND n.location_id IS NULL AND n.channel = h.channel AND n.effective_from = h.effective_to))");
    rule("150-400 orders per dark store per full day", R"(
        SELECT count(*) FROM (SELECT 1 FROM dark_store_orders WHERE tenant_id = $1 AND created_at < '2026-03-25'
                              GROUP BY dark_store_id, created_at::date HAVING count(*) NOT BETWEEN 150 AND 400) d)");
    rule("no order after now", "SELECT count(*) FROM dark_store_orders WHERE tenant_id = $1 AND "
                               "created_at > '2026-03-25 19:00+05:30'");
    rule("order totals are their lines", R"(
        SELECT count(*) FROM dark_store_orders o
        LEFT JOIN (SELECT order_id, count(*) AS n, sum(line_total) AS total FROM dark_store_order_items
                   WHERE tenant_id = $1 GROUP BY 1) i ON i.order_id = o.id
        WHERE o.tenant_id = $1 AND (o.item_count IS DISTINCT FROM i.n OR o.total_amount IS DISTINCT FROM i.total
                                    OR o.item_count NOT BETWEEN 1 AND 8))");
    rule("line totals are price times quantity", R"(
        SELECT count(*) FROM dark_store_order_items WHERE tenant_id = $1
          AND line_total <> round(unit_price * quantity, 2))");
    rule("items stocked at their dark store", R"(
        SELECT count(*) FROM dark_store_order_items i
        JOIN dark_store_orders o ON o.tenant_id = i.tenant_id AND o.id = i.order_id
        JOIN dark_stores d ON d.tenant_id = o.tenant_id AND d.id = o.dark_store_id
        WHERE i.tenant_id = $1 AND NOT EXISTS (SELECT 1 FROM stock_positions p WHERE p.tenant_id = i.tenant_id
                                               AND p.variant_id = i.variant_id AND p.location_id = d.location_id))");
    // Orderability follows what can be sold (expired batches excluded), with every other stock
    // invariant: the same check "stockroomd check" runs.
    rule("every stock invariant holds", R"(
        SELECT count(*) FROM stock.check_invariants($1))");
    rule("dark-store catalog covers its stock", R"(
        SELECT count(*) FROM dark_stores d
        JOIN stock_positions p ON p.tenant_id = d.tenant_id AND p.location_id = d.location_id
        LEFT JOIN dark_store_catalog_projection c ON c.tenant_id = d.tenant_id AND c.dark_store_id = d.id
                                                 AND c.variant_id = p.variant_id
        WHERE d.tenant_id = $1 AND (c.variant_id IS NULL OR c.quantity_available <> p.quantity_available))");
    rule("velocity ranks 1..n", R"(
        SELECT count(*) FROM (SELECT 1 FROM dark_store_catalog_projection WHERE tenant_id = $1
                              GROUP BY dark_store_id
                              HAVING max(velocity_rank) <> count(*) OR count(DISTINCT velocity_rank) <> count(*)) r)");
    rule("metrics: cancellations", R"(
        SELECT abs((SELECT sum(orders_cancelled) FROM dark_store_metrics WHERE tenant_id = $1)
                   - (SELECT count(*) FROM dark_store_orders WHERE tenant_id = $1 AND status = 'cancelled')))");
}

void TestDemoSeeder::invariants()
{
    QFETCH(QString, sql);
    QCOMPARE(number(*m_db, sql, {m_summary.tenantId}), qint64(0));
}

void TestDemoSeeder::somethingToSee_data()
{
    // The screens have something to show: each query must find at least one row.
    QTest::addColumn<QString>("sql");
    const auto some = [](const char *name, const char *sql) {
        QTest::newRow(name) << QString::fromUtf8(sql);
    };
    // clang-format off
    some("sold-out positions", "SELECT count(*) FROM stock_positions WHERE tenant_id = $1 AND quantity_on_hand = 0");
    some("positions below reorder point", "SELECT count(*) FROM stock_positions WHERE tenant_id = $1 AND quantity_on_hand > 0 AND quantity_on_hand < reorder_point");
    some("loose stock in fractions", "SELECT count(*) FROM stock_positions WHERE tenant_id = $1 AND quantity_on_hand <> trunc(quantity_on_hand)");
    some("six kinds of movement", "SELECT count(*) - 5 FROM (SELECT DISTINCT movement_type FROM stock_movements WHERE tenant_id = $1) t");
    some("reservation history", "SELECT count(*) FROM stock_reservations WHERE tenant_id = $1 AND status <> 'active'");
    some("batches expiring within 3 days", "SELECT count(*) FROM inventory_batches WHERE tenant_id = $1 AND status = 'active' AND expiry_date <= date '2026-03-28'");
    some("expired batches", "SELECT count(*) FROM inventory_batches WHERE tenant_id = $1 AND status = 'expired'");
    some("in-store EAN-8 codes", "SELECT count(*) FROM variant_barcodes WHERE tenant_id = $1 AND barcode_type = 'EAN8'");
    some("dark-store channel prices", "SELECT count(*) FROM variant_prices WHERE tenant_id = $1 AND channel = 'dark_store'");
    some("store price overrides", "SELECT count(*) FROM variant_prices WHERE tenant_id = $1 AND location_id IS NOT NULL");
    some("scheduled prices", "SELECT count(*) FROM variant_prices WHERE tenant_id = $1 AND effective_from > '2026-03-25 19:00+05:30'");
    some("price history", "SELECT count(*) FROM variant_prices WHERE tenant_id = $1 AND effective_to <= '2026-01-24 00:00+05:30'");
    some("several external ids per variant", "SELECT count(*) FROM (SELECT 1 FROM source_entities WHERE tenant_id = $1 GROUP BY canonical_id HAVING count(*) > 1) m");
    some("morning peak above mid-afternoon", "SELECT count(*) FILTER (WHERE extract(hour FROM created_at) = 9) - 2 * count(*) FILTER (WHERE extract(hour FROM created_at) = 15) FROM dark_store_orders WHERE tenant_id = $1");
    some("mostly on time", "SELECT 2 * sum(orders_on_time) - sum(orders_delivered) FROM dark_store_metrics WHERE tenant_id = $1");
    // clang-format on
}

void TestDemoSeeder::somethingToSee()
{
    QFETCH(QString, sql);
    QVERIFY(number(*m_db, sql, {m_summary.tenantId}) > 0);
}

void TestDemoSeeder::progressCoversEveryStage()
{
    QStringList stages;
    for (const Report &r : std::as_const(m_progress)) {
        QVERIFY2(r.done >= 0 && r.done <= r.total, qPrintable(r.stage));
        if (!stages.contains(r.stage))
            stages.append(r.stage);
    }
    // Checking runs when the seeder loads with foreign-key triggers off (as a superuser).
    QCOMPARE(stages, QStringList({QStringLiteral("Structure"), QStringLiteral("Catalog"),
                                  QStringLiteral("Prices"), QStringLiteral("Stock"),
                                  QStringLiteral("Orders"), QStringLiteral("Statistics"),
                                  QStringLiteral("Checking")}));
    for (const QString &stage : std::as_const(stages)) {
        const auto last = std::find_if(m_progress.crbegin(), m_progress.crend(),
                                       [&](const Report &r) { return r.stage == stage; });
        QCOMPARE(last->done, last->total);
    }
}

void TestDemoSeeder::sameOptionsGiveIdenticalRows()
{
    const QStringList first = fingerprint(*m_db, m_summary.tenantId);
    {
        test::TestDatabase other(QStringLiteral("demoseeder_same"));
        const auto db = openIndian(other);
        const DemoSeedSummary summary = DemoSeeder(*db).seed(options());
        QCOMPARE(summary.tenantId, m_summary.tenantId);
        QCOMPARE(fingerprint(*db, summary.tenantId), first);
    }
    {
        test::TestDatabase other(QStringLiteral("demoseeder_other_seed"));
        const auto db = openIndian(other);
        const DemoSeedSummary summary = DemoSeeder(*db).seed(options(8));
        QVERIFY(summary.tenantId != m_summary.tenantId);
        const QStringList second = fingerprint(*db, summary.tenantId);
        for (qsizetype i = 0; i < first.size(); ++i)
            QVERIFY2(first.at(i) != second.at(i), qPrintable(QString::number(i)));
    }
}

void TestDemoSeeder::secondTenantLeavesTheFirstUnchanged()
{
    PgConnection &db = *m_db;
    const QStringList before = fingerprint(db, m_summary.tenantId);
    const DemoSeedSummary second =
        DemoSeeder(db).seed(options(7, QStringLiteral("Sabzi Mandi Express"), 300));
    QVERIFY(second.tenantId != m_summary.tenantId);
    QCOMPARE(second.variants, qint64(300));
    QCOMPARE(fingerprint(db, m_summary.tenantId), before);
    QCOMPARE(number(db, QStringLiteral("SELECT count(*) FROM tenants")), qint64(2));
    QCOMPARE(number(db, QStringLiteral("SELECT count(*) FROM variants WHERE tenant_id = $1"),
                    {second.tenantId}),
             qint64(300));
    QCOMPARE(number(db, QStringLiteral("SELECT count(*) FROM variants")), qint64(kVariants + 300));
}

void TestDemoSeeder::schemaOwnerSeedsWithTriggersOn()
{
    // Not a superuser: every row goes through the foreign-key triggers, and no Checking stage.
    const QString role = QStringLiteral("demo_owner_%1").arg(QCoreApplication::applicationPid());
    m_db->exec(
        QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'owner-pass-1' IN ROLE stockroom_owner")
            .arg(role));
    const auto dropRole =
        qScopeGuard([&] { m_db->exec(QStringLiteral("DROP ROLE %1").arg(role)); });
    QStringList stages;
    DemoSeedSummary summary;
    {
        PgConnection owner(m_database->loginInfo(role, QStringLiteral("owner-pass-1")),
                           QStringLiteral("tst_demoseeder"));
        summary = DemoSeeder(owner).seed(options(7, QStringLiteral("Owner Mart"), 300),
                                         [&](const QString &stage, qint64, qint64) {
                                             if (!stages.contains(stage))
                                                 stages.append(stage);
                                         });
    }
    QCOMPARE(summary.variants, qint64(300));
    QVERIFY(!stages.contains(QStringLiteral("Checking")));
    QCOMPARE(number(*m_db,
                    QStringLiteral("SELECT count(*) FROM stock_movements WHERE tenant_id = $1"),
                    {summary.tenantId}),
             summary.movements);
}

void TestDemoSeeder::verifierCatchesBrokenData_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("reported");
    QTest::newRow("barcode of no variant")
        << QStringLiteral(
               "INSERT INTO variant_barcodes (tenant_id, barcode, variant_id, barcode_type) "
               "VALUES ($1, '8901234567890', gen_random_uuid(), 'EAN13')")
        << QStringLiteral("variant_barcodes_tenant_id_variant_id_fkey");
    QTest::newRow("ledger off its position")
        << QStringLiteral(
               "INSERT INTO stock_movements (tenant_id, variant_id, location_id, "
               "movement_type, quantity_delta, occurred_at) SELECT tenant_id, variant_id, "
               "location_id, 'receipt', 1, '2026-03-25 10:00+05:30' FROM stock_positions "
               "WHERE tenant_id = $1 LIMIT 1")
        << QStringLiteral("on hand equals the sum of the ledger");
    QTest::newRow("reservation not counted")
        << QStringLiteral(
               "UPDATE stock_positions SET quantity_reserved = 0 WHERE id = (SELECT id "
               "FROM stock_positions WHERE tenant_id = $1 AND quantity_reserved > 0 LIMIT 1)")
        << QStringLiteral("reserved equals the sum of active reservations");
}

void TestDemoSeeder::verifierCatchesBrokenData()
{
    QFETCH(QString, damage);
    QFETCH(QString, reported);
    PgConnection &db = *m_db;
    DemoContext context(options(), {});
    context.tenantId = m_summary.tenantId;
    PgTransaction transaction(db);      // rolled back at the end
    DemoVerifier(context, db).verify(); // the seeded data passes
    // Written as the seeder writes, with the foreign-key triggers off.
    db.exec(QStringLiteral("SET LOCAL session_replication_role = replica"));
    db.exec(damage, {m_summary.tenantId});
    db.exec(QStringLiteral("SET LOCAL session_replication_role = origin"));
    try {
        DemoVerifier(context, db).verify();
        QFAIL("the verifier accepted broken data");
    } catch (const DemoSeedError &e) {
        QVERIFY2(e.message().contains(reported), qPrintable(e.message()));
    }
}

void TestDemoSeeder::existingTenantIsRefused()
{
    PgConnection &db = *m_db;
    const QString rows = QStringLiteral("SELECT (SELECT count(*) FROM tenants) + (SELECT count(*) "
                                        "FROM variants) + (SELECT count(*) FROM stock_movements)");
    const qint64 before = number(db, rows);
    for (const QString &name :
         {QStringLiteral("Annapurna Fresh"), QStringLiteral(" annapurna  FRESH ")}) {
        try {
            DemoSeeder(db).seed(options(99, name));
            QFAIL("seeding an existing tenant was not refused");
        } catch (const DemoSeedError &e) {
            QCOMPARE(e.message(),
                     QStringLiteral("A tenant named %1 already exists in this database; "
                                    "pass --tenant NAME to add another one beside it.")
                         .arg(name.simplified()));
        }
    }
    QCOMPARE(number(db, rows), before);
}

void TestDemoSeeder::variantCountOutOfRangeIsRefused()
{
    PgConnection &db = *m_db;
    const qint64 tenants = number(db, QStringLiteral("SELECT count(*) FROM tenants"));
    for (const int variants : {0, -5, DemoSeedOptions::kMaxVariants + 1}) {
        try {
            DemoSeeder(db).seed(options(7, QStringLiteral("Range Check Mart"), variants));
            QFAIL("an out-of-range variant count was not refused");
        } catch (const DemoSeedError &e) {
            QVERIFY2(e.message().contains(QLatin1String("from 1 to 2,000,000")),
                     qPrintable(e.message()));
        }
    }
    QCOMPARE(number(db, QStringLiteral("SELECT count(*) FROM tenants")), tenants);
}

QTEST_GUILESS_MAIN(TestDemoSeeder)
#include "tst_demoseeder.moc"
