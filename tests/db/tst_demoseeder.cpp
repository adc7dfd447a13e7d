#include "db/pgconnection.h"
#include "demo/demoseeder.h"
#include "testdatabase.h"

#include <QTest>

#include <memory>

using namespace stockroom;

namespace {

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

/** One hash over every row of a tenant's main tables, each row in full text form. */
QString fingerprint(PgConnection &db, const QString &tenantId)
{
    static const char *const tables[] = {"stores",
                                         "locations",
                                         "dark_stores",
                                         "dark_store_pickers",
                                         "categories",
                                         "products",
                                         "variants",
                                         "variant_barcodes",
                                         "variant_uoms",
                                         "catalog_item_versions",
                                         "source_entities",
                                         "variant_prices",
                                         "stock_positions",
                                         "stock_movements",
                                         "stock_reservations",
                                         "inventory_batches",
                                         "orderability_projection",
                                         "dark_store_catalog_projection",
                                         "dark_store_orders",
                                         "dark_store_order_items",
                                         "dark_store_metrics"};
    QString all;
    for (const char *table : tables) {
        all += db.scalar(QStringLiteral(
                             "SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) FROM %1 t "
                             "WHERE tenant_id = $1")
                             .arg(QLatin1String(table)),
                         {tenantId})
                   .value_or(QStringLiteral("(empty)"));
        all += u' ';
    }
    return all;
}

} // namespace

class TestDemoSeeder : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void countsMatchTheRequest();
    void progressCoversEveryStage();
    void onHandIsTheSumOfTheLedger();
    void reservedIsTheSumOfActiveReservations();
    void availableNeverNegative();
    void batchesAddUpToOnHand();
    void barcodesAreValidAndUnique();
    void pricesAreCurrentAndContiguous();
    void ordersFollowTheWorkflow();
    void projectionsAgreeWithStock();
    void sameOptionsGiveIdenticalRows();
    void secondTenantLeavesTheFirstUnchanged();
    void existingTenantIsRefused();
    void variantCountOutOfRangeIsRefused();

private:
    std::unique_ptr<test::TestDatabase> m_database;
    std::unique_ptr<PgConnection> m_db;
    DemoSeedSummary m_summary;
    QString m_tenant;
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
    m_db = std::make_unique<PgConnection>(m_database->info(), QStringLiteral("tst_demoseeder"));
    // Dates and hours in the checks below are Indian ones.
    m_db->exec(QStringLiteral("SET TimeZone = 'Asia/Kolkata'"));
    QVERIFY(!DemoSeeder::hasAnyTenant(*m_db));
    m_summary =
        DemoSeeder(*m_db).seed(options(), [this](const QString &stage, qint64 done, qint64 total) {
            m_progress.append({stage, done, total});
        });
    m_tenant = m_summary.tenantId;
    QVERIFY(DemoSeeder::hasAnyTenant(*m_db));
}

void TestDemoSeeder::countsMatchTheRequest()
{
    PgConnection &db = *m_db;
    const QList<SqlParam> t{m_tenant};
    QCOMPARE(
        number(
            db,
            QStringLiteral(
                "SELECT count(*) FROM tenants WHERE tenant_id = $1 AND slug = 'annapurna-fresh'"),
            t),
        1);
    QCOMPARE(number(db,
                    QStringLiteral("SELECT count(DISTINCT city) FROM stores WHERE tenant_id = $1"),
                    t),
             3);
    QCOMPARE(number(db, QStringLiteral("SELECT count(*) FROM dark_stores WHERE tenant_id = $1"), t),
             2);
    QCOMPARE(number(db,
                    QStringLiteral("SELECT count(*) FROM locations WHERE tenant_id = $1 AND "
                                   "location_type = 'dark_store'"),
                    t),
             2);
    QCOMPARE(number(db,
                    QStringLiteral("SELECT count(*) FROM locations WHERE tenant_id = $1 AND "
                                   "location_type = 'backroom'"),
                    t),
             1);
    // Every dark store: 4–5 zones, 8–12 pickers, a location of its own.
    QCOMPARE(number(db,
                    QStringLiteral("SELECT count(*) FROM (SELECT dark_store_id FROM "
                                   "dark_store_zones WHERE tenant_id = $1 "
                                   "GROUP BY 1 HAVING count(*) BETWEEN 4 AND 5) z"),
                    t),
             2);
    QCOMPARE(number(db,
                    QStringLiteral("SELECT count(*) FROM (SELECT dark_store_id FROM "
                                   "dark_store_pickers WHERE tenant_id = $1 "
                                   "GROUP BY 1 HAVING count(*) BETWEEN 8 AND 12) p"),
                    t),
             2);
    QCOMPARE(
        number(db, QStringLiteral("SELECT count(*) FROM units_of_measure WHERE tenant_id = $1"), t),
        8);
    QCOMPARE(
        number(db, QStringLiteral("SELECT count(*) FROM source_systems WHERE tenant_id = $1"), t),
        3);

    const qint64 categories =
        number(db, QStringLiteral("SELECT count(*) FROM categories WHERE tenant_id = $1"), t);
    QVERIFY2(categories >= 35 && categories <= 45, qPrintable(QString::number(categories)));
    QCOMPARE(categories, m_summary.categories);
    // Two levels: every child's path is its parent's path, a slash, and its name.
    QCOMPARE(
        number(
            db,
            QStringLiteral(
                "SELECT count(*) FROM categories c JOIN categories p ON p.tenant_id = c.tenant_id "
                "AND p.id = c.parent_id WHERE c.tenant_id = $1 AND (p.parent_id IS NOT NULL "
                "OR c.path <> p.path || '/' || c.name)"),
            t),
        0);

    QCOMPARE(number(db, QStringLiteral("SELECT count(*) FROM variants WHERE tenant_id = $1"), t),
             qint64(kVariants));
    QCOMPARE(m_summary.variants, qint64(kVariants));
    const qint64 products =
        number(db, QStringLiteral("SELECT count(*) FROM products WHERE tenant_id = $1"), t);
    QCOMPARE(products, m_summary.products);
    QVERIFY2(products >= kVariants / 3 && products <= kVariants / 2,
             qPrintable(QString::number(products)));
    QCOMPARE(number(db,
                    QStringLiteral("SELECT count(*) FROM catalog_item_versions WHERE tenant_id = "
                                   "$1 AND version_no = 1"),
                    t),
             qint64(kVariants));
    // The stored hash is the SHA-256 of the canonical payload text.
    QCOMPARE(
        number(db,
               QStringLiteral("SELECT count(*) FROM catalog_item_versions WHERE tenant_id = $1 "
                              "AND normalized_hash !~ '^[0-9a-f]{64}$'"),
               t),
        0);
    const qint64 archived =
        number(db,
               QStringLiteral(
                   "SELECT count(*) FROM variants WHERE tenant_id = $1 AND status = 'archived'"),
               t);
    QVERIFY(archived > 0 && archived < kVariants / 10);
    const qint64 withUnits = number(
        db,
        QStringLiteral("SELECT count(DISTINCT variant_id) FROM variant_uoms WHERE tenant_id = $1"),
        t);
    QVERIFY(withUnits > kVariants / 20 && withUnits < kVariants / 4);

    QCOMPARE(
        number(db, QStringLiteral("SELECT count(*) FROM stock_positions WHERE tenant_id = $1"), t),
        m_summary.stockPositions);
    QCOMPARE(
        number(db, QStringLiteral("SELECT count(*) FROM stock_movements WHERE tenant_id = $1"), t),
        m_summary.movements);
    QCOMPARE(number(db,
                    QStringLiteral("SELECT count(*) FROM stock_reservations WHERE tenant_id = $1"),
                    t),
             m_summary.reservations);
    QCOMPARE(number(db,
                    QStringLiteral("SELECT count(*) FROM inventory_batches WHERE tenant_id = $1"),
                    t),
             m_summary.batches);
    QCOMPARE(number(db,
                    QStringLiteral("SELECT count(*) FROM dark_store_orders WHERE tenant_id = $1"),
                    t),
             m_summary.orders);
    QCOMPARE(
        number(db, QStringLiteral("SELECT count(*) FROM variant_prices WHERE tenant_id = $1"), t),
        m_summary.prices);
    // Each variant stocked at two to five locations.
    QCOMPARE(
        number(
            db,
            QStringLiteral(
                "SELECT count(*) FROM (SELECT variant_id FROM stock_positions WHERE tenant_id = $1 "
                "GROUP BY 1 HAVING count(*) NOT BETWEEN 2 AND 5) v"),
            t),
        0);
    // Several external ids may name one variant.
    QVERIFY(number(db,
                   QStringLiteral("SELECT count(*) FROM (SELECT canonical_id FROM source_entities "
                                  "WHERE tenant_id = $1 "
                                  "GROUP BY 1 HAVING count(*) > 1) m"),
                   t) > 0);
}

void TestDemoSeeder::progressCoversEveryStage()
{
    QStringList stages;
    for (const Report &r : std::as_const(m_progress)) {
        QVERIFY2(r.done >= 0 && r.done <= r.total, qPrintable(r.stage));
        if (!stages.contains(r.stage))
            stages.append(r.stage);
    }
    QCOMPARE(stages, QStringList({QStringLiteral("Structure"), QStringLiteral("Catalog"),
                                  QStringLiteral("Prices"), QStringLiteral("Stock"),
                                  QStringLiteral("Orders")}));
    for (const QString &stage : std::as_const(stages)) {
        const auto last = std::find_if(m_progress.crbegin(), m_progress.crend(),
                                       [&](const Report &r) { return r.stage == stage; });
        QCOMPARE(last->done, last->total);
    }
}

void TestDemoSeeder::onHandIsTheSumOfTheLedger()
{
    PgConnection &db = *m_db;
    const QList<SqlParam> t{m_tenant};
    QCOMPARE(
        number(db,
               QStringLiteral(
                   "SELECT count(*) FROM stock_positions p LEFT JOIN ("
                   "  SELECT variant_id, location_id, sum(quantity_delta) AS total, count(*) AS n "
                   "  FROM stock_movements WHERE tenant_id = $1 GROUP BY 1, 2) m "
                   "ON m.variant_id = p.variant_id AND m.location_id = p.location_id "
                   "WHERE p.tenant_id = $1 AND (m.total IS DISTINCT FROM p.quantity_on_hand OR m.n "
                   "NOT BETWEEN 1 AND 4)"),
               t),
        0);
    // The ledger opens with a count and stays inside the last thirty days before "now" (19:00).
    QCOMPARE(
        number(db,
               QStringLiteral(
                   "SELECT count(*) FROM stock_movements WHERE tenant_id = $1 AND (occurred_at < "
                   "'2026-02-23 19:00+05:30' OR occurred_at > '2026-03-25 19:00+05:30')"),
               t),
        0);
    QCOMPARE(
        number(
            db,
            QStringLiteral(
                "SELECT count(*) FROM stock_movements m WHERE tenant_id = $1 AND movement_type <> "
                "'opening_balance' AND occurred_at <= (SELECT min(occurred_at) FROM "
                "stock_movements o "
                "WHERE o.tenant_id = m.tenant_id AND o.variant_id = m.variant_id "
                "AND o.location_id = m.location_id)"),
            t),
        0);
    QVERIFY(
        number(
            db,
            QStringLiteral(
                "SELECT count(DISTINCT movement_type) FROM stock_movements WHERE tenant_id = $1"),
            t) >= 6);
    // Piece counts are whole; only loose (kg) stock has fractions, and at most three decimals.
    QCOMPARE(
        number(db,
               QStringLiteral(
                   "SELECT count(*) FROM stock_positions p JOIN variants v ON v.tenant_id = "
                   "p.tenant_id "
                   "AND v.id = p.variant_id WHERE p.tenant_id = $1 AND (v.stock_uom = 'pc' "
                   "AND p.quantity_on_hand <> trunc(p.quantity_on_hand) OR p.quantity_on_hand <> "
                   "round(p.quantity_on_hand, 3))"),
               t),
        0);
    QVERIFY(number(db,
                   QStringLiteral("SELECT count(*) FROM stock_positions WHERE tenant_id = $1 "
                                  "AND quantity_on_hand <> trunc(quantity_on_hand)"),
                   t) > 0);
}

void TestDemoSeeder::reservedIsTheSumOfActiveReservations()
{
    PgConnection &db = *m_db;
    const QList<SqlParam> t{m_tenant};
    QCOMPARE(number(db,
                    QStringLiteral(
                        "SELECT count(*) FROM stock_positions p LEFT JOIN ("
                        "  SELECT variant_id, location_id, sum(reserved_qty) AS total FROM "
                        "stock_reservations "
                        "  WHERE tenant_id = $1 AND status = 'active' GROUP BY 1, 2) r "
                        "ON r.variant_id = p.variant_id AND r.location_id = p.location_id "
                        "WHERE p.tenant_id = $1 AND coalesce(r.total, 0) <> p.quantity_reserved"),
                    t),
             0);
    const qint64 active = number(
        db,
        QStringLiteral(
            "SELECT count(*) FROM stock_reservations WHERE tenant_id = $1 AND status = 'active'"),
        t);
    QVERIFY2(active >= 30 && active <= 300, qPrintable(QString::number(active)));
    QVERIFY(number(db,
                   QStringLiteral("SELECT count(*) FROM stock_reservations WHERE tenant_id = $1 "
                                  "AND status <> 'active'"),
                   t) > active);
    // Live holds have not expired yet at "now".
    QCOMPARE(number(db,
                    QStringLiteral("SELECT count(*) FROM stock_reservations WHERE tenant_id = $1 "
                                   "AND status = 'active' "
                                   "AND expires_at <= '2026-03-25 19:00+05:30'"),
                    t),
             0);
}

void TestDemoSeeder::availableNeverNegative()
{
    PgConnection &db = *m_db;
    const QList<SqlParam> t{m_tenant};
    QCOMPARE(number(db,
                    QStringLiteral("SELECT count(*) FROM stock_positions WHERE tenant_id = $1 AND "
                                   "quantity_available < 0"),
                    t),
             0);
    // The floor has something to react to: sold-out and low positions.
    QVERIFY(number(db,
                   QStringLiteral("SELECT count(*) FROM stock_positions WHERE tenant_id = $1 AND "
                                  "quantity_on_hand = 0"),
                   t) > 0);
    QVERIFY(number(db,
                   QStringLiteral("SELECT count(*) FROM stock_positions WHERE tenant_id = $1 AND "
                                  "quantity_on_hand > 0 "
                                  "AND quantity_on_hand < reorder_point"),
                   t) > 0);
    QCOMPARE(
        number(db,
               QStringLiteral(
                   "SELECT count(*) FROM stock_positions p JOIN locations l ON l.tenant_id = "
                   "p.tenant_id "
                   "AND l.id = p.location_id WHERE p.tenant_id = $1 AND l.location_type = "
                   "'dark_store' "
                   "AND (p.zone IS NULL OR p.bin IS NULL OR p.rack IS NULL OR p.aisle IS NULL)"),
               t),
        0);
}

void TestDemoSeeder::batchesAddUpToOnHand()
{
    PgConnection &db = *m_db;
    const QList<SqlParam> t{m_tenant};
    QCOMPARE(
        number(db,
               QStringLiteral("SELECT count(*) FROM stock_positions p JOIN ("
                              "  SELECT variant_id, location_id, sum(quantity_on_hand) AS total "
                              "FROM inventory_batches "
                              "  WHERE tenant_id = $1 GROUP BY 1, 2) b "
                              "ON b.variant_id = p.variant_id AND b.location_id = p.location_id "
                              "WHERE p.tenant_id = $1 AND b.total <> p.quantity_on_hand"),
               t),
        0);
    // Perishables (dairy, bakery, produce, meat) are batch-tracked, everywhere they are stocked.
    QCOMPARE(number(db,
                    QStringLiteral(
                        "SELECT count(*) FROM stock_positions p JOIN variants v ON v.tenant_id = "
                        "p.tenant_id AND v.id = p.variant_id "
                        "JOIN products pr ON pr.tenant_id = v.tenant_id AND pr.id = v.product_id "
                        "JOIN categories c ON c.tenant_id = pr.tenant_id AND c.id = pr.category_id "
                        "WHERE p.tenant_id = $1 AND split_part(c.path, '/', 1) IN "
                        "('Dairy & Eggs', 'Bakery', 'Fruits & Vegetables', 'Meat & Fish') "
                        "AND v.attributes ? 'shelf_life_days' AND NOT EXISTS (SELECT 1 FROM "
                        "inventory_batches b "
                        "WHERE b.tenant_id = p.tenant_id AND b.variant_id = p.variant_id AND "
                        "b.location_id = p.location_id)"),
                    t),
             0);
    QCOMPARE(
        number(db,
               QStringLiteral("SELECT count(*) FROM inventory_batches WHERE tenant_id = $1 AND "
                              "(expiry_date NOT BETWEEN date '2026-03-23' AND date '2026-05-24' OR "
                              "alert_date > expiry_date "
                              "OR (status = 'depleted') <> (quantity_on_hand = 0) "
                              "OR (status = 'expired') <> (quantity_on_hand > 0 AND expiry_date < "
                              "date '2026-03-25'))"),
               t),
        0);
    QVERIFY(
        number(
            db,
            QStringLiteral(
                "SELECT count(*) FROM inventory_batches WHERE tenant_id = $1 AND status = 'active' "
                "AND expiry_date <= date '2026-03-28'"),
            t) > 0);
    QVERIFY(number(db,
                   QStringLiteral("SELECT count(*) FROM inventory_batches WHERE tenant_id = $1 AND "
                                  "status = 'expired'"),
                   t) > 0);
}

void TestDemoSeeder::barcodesAreValidAndUnique()
{
    PgConnection &db = *m_db;
    const QList<SqlParam> t{m_tenant};
    const qint64 barcodes =
        number(db, QStringLiteral("SELECT count(*) FROM variant_barcodes WHERE tenant_id = $1"), t);
    QCOMPARE(number(db,
                    QStringLiteral("SELECT count(*) FROM variant_barcodes WHERE tenant_id = $1 AND "
                                   "gtin_is_valid(barcode)"),
                    t),
             barcodes);
    QCOMPARE(number(db,
                    QStringLiteral(
                        "SELECT count(*) FROM variant_barcodes WHERE tenant_id = $1 AND is_primary "
                        "AND barcode_type = 'EAN13' AND barcode LIKE '890%'"),
                    t),
             qint64(kVariants));
    const qint64 second = barcodes - kVariants;
    QVERIFY2(second > kVariants / 20 && second < kVariants / 6,
             qPrintable(QString::number(second)));
    QVERIFY(number(db,
                   QStringLiteral("SELECT count(*) FROM variant_barcodes WHERE tenant_id = $1 AND "
                                  "barcode_type = 'EAN8'"),
                   t) > 0);
    QCOMPARE(number(db,
                    QStringLiteral(
                        "SELECT count(*) FROM variants WHERE tenant_id = $1 AND sku <> upper(sku)"),
                    t),
             0);
}

void TestDemoSeeder::pricesAreCurrentAndContiguous()
{
    PgConnection &db = *m_db;
    const QList<SqlParam> t{m_tenant};
    // Exactly one all-locations default price in force now, for every variant.
    QCOMPARE(
        number(
            db,
            QStringLiteral(
                "SELECT count(*) FROM variants v WHERE v.tenant_id = $1 AND (SELECT count(*) FROM "
                "variant_prices p "
                "WHERE p.tenant_id = v.tenant_id AND p.variant_id = v.id AND p.location_id IS NULL "
                "AND p.channel = 'default' AND p.effective_from <= '2026-03-25 19:00+05:30' "
                "AND (p.effective_to IS NULL OR p.effective_to > '2026-03-25 19:00+05:30')) <> 1"),
            t),
        0);
    QCOMPARE(number(db,
                    QStringLiteral("SELECT count(*) FROM variant_prices WHERE tenant_id = $1 AND "
                                   "(base_price > mrp OR tax_rate NOT IN (0, 5, 12, 18))"),
                    t),
             0);
    // The regular price is 85–100% of MRP (shelf prices are rounded down to the rupee).
    QCOMPARE(
        number(
            db,
            QStringLiteral(
                "SELECT count(*) FROM variant_prices WHERE tenant_id = $1 AND channel = 'default' "
                "AND location_id IS NULL AND base_price < mrp * 0.85 - 1"),
            t),
        0);
    // History ends exactly where the next range starts.
    QCOMPARE(number(db,
                    QStringLiteral("SELECT count(*) FROM variant_prices h WHERE h.tenant_id = $1 "
                                   "AND h.effective_to IS NOT NULL "
                                   "AND h.location_id IS NULL AND NOT EXISTS (SELECT 1 FROM "
                                   "variant_prices n WHERE n.tenant_id = h.tenant_id "
                                   "AND n.variant_id = h.variant_id AND n.location_id IS NULL AND "
                                   "n.channel = h.channel "
                                   "AND n.effective_from = h.effective_to)"),
                    t),
             0);
    for (const char *kind : {"channel = 'dark_store'", "location_id IS NOT NULL",
                             "effective_from > '2026-03-25 19:00+05:30'",
                             "effective_to <= '2026-01-24 00:00+05:30'"}) {
        QVERIFY2(
            number(db,
                   QStringLiteral("SELECT count(*) FROM variant_prices WHERE tenant_id = $1 AND %1")
                       .arg(QLatin1String(kind)),
                   t) > 0,
            kind);
    }
}

void TestDemoSeeder::ordersFollowTheWorkflow()
{
    PgConnection &db = *m_db;
    const QList<SqlParam> t{m_tenant};
    // Full days: 150–400 orders per dark store; today only up to "now".
    QCOMPARE(
        number(db,
               QStringLiteral("SELECT count(*) FROM (SELECT dark_store_id, created_at::date FROM "
                              "dark_store_orders "
                              "WHERE tenant_id = $1 AND created_at < '2026-03-25' GROUP BY 1, 2 "
                              "HAVING count(*) NOT BETWEEN 150 AND 400) d"),
               t),
        0);
    QCOMPARE(number(db,
                    QStringLiteral("SELECT count(DISTINCT created_at::date) FROM dark_store_orders "
                                   "WHERE tenant_id = $1"),
                    t),
             30);
    QCOMPARE(
        number(db,
               QStringLiteral("SELECT count(*) FROM dark_store_orders WHERE tenant_id = $1 AND "
                              "created_at > '2026-03-25 19:00+05:30'"),
               t),
        0);
    const qint64 orders = m_summary.orders;
    const qint64 delivered = number(
        db,
        QStringLiteral(
            "SELECT count(*) FROM dark_store_orders WHERE tenant_id = $1 AND status = 'delivered'"),
        t);
    const qint64 cancelled = number(
        db,
        QStringLiteral(
            "SELECT count(*) FROM dark_store_orders WHERE tenant_id = $1 AND status = 'cancelled'"),
        t);
    QVERIFY(delivered > orders * 9 / 10);
    QVERIFY2(cancelled > orders / 100 && cancelled < orders * 6 / 100,
             qPrintable(QString::number(cancelled)));
    const qint64 open =
        number(db,
               QStringLiteral("SELECT count(*) FROM dark_store_orders WHERE tenant_id = $1 AND "
                              "status IN ('created', 'picking', 'packed', 'dispatched')"),
               t);
    QVERIFY2(open > 0 && open < 60, qPrintable(QString::number(open)));
    // Peaks: 08–10 and 18–21 are busier than mid-afternoon.
    QVERIFY(number(db,
                   QStringLiteral("SELECT count(*) FROM dark_store_orders WHERE tenant_id = $1 AND "
                                  "extract(hour FROM created_at) = 9"),
                   t) >
            2 * number(db,
                       QStringLiteral("SELECT count(*) FROM dark_store_orders WHERE tenant_id = $1 "
                                      "AND extract(hour FROM created_at) = 15"),
                       t));
    // Totals add up; items come from what the dark store stocks.
    QCOMPARE(
        number(
            db,
            QStringLiteral(
                "SELECT count(*) FROM dark_store_orders o LEFT JOIN (SELECT order_id, count(*) AS "
                "n, "
                "sum(line_total) AS total FROM dark_store_order_items WHERE tenant_id = $1 GROUP "
                "BY 1) i "
                "ON i.order_id = o.id WHERE o.tenant_id = $1 AND (o.item_count IS DISTINCT FROM "
                "i.n "
                "OR o.total_amount IS DISTINCT FROM i.total OR o.item_count NOT BETWEEN 1 AND 8)"),
            t),
        0);
    QCOMPARE(
        number(db,
               QStringLiteral("SELECT count(*) FROM dark_store_order_items i JOIN "
                              "dark_store_orders o ON o.tenant_id = i.tenant_id "
                              "AND o.id = i.order_id JOIN dark_stores d ON d.tenant_id = "
                              "o.tenant_id AND d.id = o.dark_store_id "
                              "WHERE i.tenant_id = $1 AND NOT EXISTS (SELECT 1 FROM "
                              "stock_positions p WHERE p.tenant_id = i.tenant_id "
                              "AND p.variant_id = i.variant_id AND p.location_id = d.location_id)"),
               t),
        0);
    QCOMPARE(number(db,
                    QStringLiteral(
                        "SELECT count(*) FROM dark_store_order_items WHERE tenant_id = $1 AND "
                        "line_total <> round(unit_price * quantity, 2)"),
                    t),
             0);
    // Hourly metrics are the orders, bucketed.
    QCOMPARE(number(db,
                    QStringLiteral(
                        "SELECT sum(orders_created) FROM dark_store_metrics WHERE tenant_id = $1"),
                    t),
             orders);
    QCOMPARE(
        number(db,
               QStringLiteral(
                   "SELECT sum(orders_cancelled) FROM dark_store_metrics WHERE tenant_id = $1"),
               t),
        cancelled);
    QVERIFY(number(db,
                   QStringLiteral(
                       "SELECT sum(orders_on_time) FROM dark_store_metrics WHERE tenant_id = $1"),
                   t) > delivered / 2);
}

void TestDemoSeeder::projectionsAgreeWithStock()
{
    PgConnection &db = *m_db;
    const QList<SqlParam> t{m_tenant};
    QCOMPARE(
        number(db,
               QStringLiteral("SELECT count(*) FROM orderability_projection WHERE tenant_id = $1"),
               t),
        m_summary.stockPositions);
    QCOMPARE(
        number(
            db,
            QStringLiteral(
                "SELECT count(*) FROM orderability_projection o JOIN stock_positions p ON "
                "p.tenant_id = o.tenant_id "
                "AND p.variant_id = o.variant_id AND p.location_id = o.location_id JOIN variants v "
                "ON v.tenant_id = "
                "o.tenant_id AND v.id = o.variant_id WHERE o.tenant_id = $1 AND (o.available_qty "
                "<> p.quantity_available "
                "OR o.is_orderable <> (p.quantity_available > 0 AND v.status = 'active') "
                "OR (v.status = 'archived') <> (o.reason_code IS NOT DISTINCT FROM 'archived'))"),
            t),
        0);
    QCOMPARE(
        number(
            db,
            QStringLiteral(
                "SELECT count(*) FROM dark_stores d JOIN stock_positions p ON p.tenant_id = "
                "d.tenant_id "
                "AND p.location_id = d.location_id LEFT JOIN dark_store_catalog_projection c ON "
                "c.tenant_id = d.tenant_id "
                "AND c.dark_store_id = d.id AND c.variant_id = p.variant_id WHERE d.tenant_id = $1 "
                "AND (c.variant_id IS NULL OR c.quantity_available <> p.quantity_available)"),
            t),
        0);
    // Velocity ranks are 1..n within each dark store.
    QCOMPARE(number(db,
                    QStringLiteral("SELECT count(*) FROM (SELECT dark_store_id FROM "
                                   "dark_store_catalog_projection WHERE tenant_id = $1 "
                                   "GROUP BY 1 HAVING max(velocity_rank) <> count(*) OR "
                                   "count(DISTINCT velocity_rank) <> count(*)) r"),
                    t),
             0);
}

void TestDemoSeeder::sameOptionsGiveIdenticalRows()
{
    const QString first = fingerprint(*m_db, m_tenant);
    {
        test::TestDatabase other(QStringLiteral("demoseeder_same"));
        PgConnection db(other.info(), QStringLiteral("tst_demoseeder"));
        db.exec(QStringLiteral("SET TimeZone = 'Asia/Kolkata'"));
        const DemoSeedSummary summary = DemoSeeder(db).seed(options());
        QCOMPARE(summary.tenantId, m_tenant);
        QCOMPARE(fingerprint(db, summary.tenantId), first);
    }
    {
        test::TestDatabase other(QStringLiteral("demoseeder_other_seed"));
        PgConnection db(other.info(), QStringLiteral("tst_demoseeder"));
        db.exec(QStringLiteral("SET TimeZone = 'Asia/Kolkata'"));
        const DemoSeedSummary summary = DemoSeeder(db).seed(options(8));
        QVERIFY(summary.tenantId != m_tenant);
        const QStringList a = first.split(u' ', Qt::SkipEmptyParts);
        const QStringList b = fingerprint(db, summary.tenantId).split(u' ', Qt::SkipEmptyParts);
        QCOMPARE(a.size(), b.size());
        for (qsizetype i = 0; i < a.size(); ++i)
            QVERIFY2(a.at(i) != b.at(i),
                     qPrintable(QStringLiteral("table %1 did not change with the seed").arg(i)));
    }
}

void TestDemoSeeder::secondTenantLeavesTheFirstUnchanged()
{
    PgConnection &db = *m_db;
    const QString before = fingerprint(db, m_tenant);
    const DemoSeedSummary second =
        DemoSeeder(db).seed(options(7, QStringLiteral("Sabzi Mandi Express"), 300));
    QVERIFY(second.tenantId != m_tenant);
    QCOMPARE(second.variants, qint64(300));
    QCOMPARE(fingerprint(db, m_tenant), before);
    QCOMPARE(number(db, QStringLiteral("SELECT count(*) FROM tenants")), 2);
    QCOMPARE(number(db, QStringLiteral("SELECT count(*) FROM variants WHERE tenant_id = $1"),
                    {second.tenantId}),
             300);
    QCOMPARE(number(db, QStringLiteral("SELECT count(*) FROM variants")), qint64(kVariants) + 300);
    QCOMPARE(number(db, QStringLiteral(
                            "SELECT count(*) FROM stock_positions p LEFT JOIN (SELECT tenant_id, "
                            "variant_id, location_id, "
                            "sum(quantity_delta) AS total FROM stock_movements GROUP BY 1, 2, 3) m "
                            "USING (tenant_id, variant_id, "
                            "location_id) WHERE m.total IS DISTINCT FROM p.quantity_on_hand")),
             0);
}

void TestDemoSeeder::existingTenantIsRefused()
{
    PgConnection &db = *m_db;
    const qint64 rows =
        number(db, QStringLiteral(
                       "SELECT (SELECT count(*) FROM tenants) + (SELECT count(*) FROM variants) "
                       "+ (SELECT count(*) FROM stock_movements)"));
    for (const QString &name :
         {QStringLiteral("Annapurna Fresh"), QStringLiteral("  annapurna   FRESH ")}) {
        try {
            DemoSeeder(db).seed(options(99, name));
            QFAIL("seeding an existing tenant was not refused");
        } catch (const DemoSeedError &e) {
            QVERIFY2(e.message().contains(
                         QLatin1String("already exists in this database; pass --tenant NAME to add "
                                       "another one beside it.")),
                     qPrintable(e.message()));
        }
    }
    QCOMPARE(
        number(db, QStringLiteral(
                       "SELECT (SELECT count(*) FROM tenants) + (SELECT count(*) FROM variants) "
                       "+ (SELECT count(*) FROM stock_movements)")),
        rows);
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
