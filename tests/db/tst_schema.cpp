#include "db/databaseerror.h"
#include "db/pgconnection.h"
#include "testdatabase.h"

#include <QMap>
#include <QStringList>
#include <QTest>
#include <memory>

using stockroom::DatabaseError;
using stockroom::PgConnection;
using stockroom::PgTransaction;
using stockroom::test::TestDatabase;

/**
 * The migrated schema read back from the catalogs (tenancy of every key, ownership, roles, exact
 * numeric types) and its declared invariants tried with one bad and one good row each.
 */
class TestSchema : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void tableExists_data();
    void tableExists();
    void everyTableHasTenantId();
    void everyKeyIncludesTenantId();
    void everyUniqueIndexIncludesTenantId();
    void everythingOwnedByOwnerRole();
    void roles_data();
    void roles();
    void numericColumns_data();
    void numericColumns();
    void noFloatingPointOrMoneyTypes();

    void gtinCheckDigit_data();
    void gtinCheckDigit();
    void invariants_data();
    void invariants();
    void negativeStockFollowsLocationFlag();

private:
    // Runs @p sql (tokens expanded) and returns the SQLSTATE and message of its failure.
    DatabaseError failureOf(const QString &sql);

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<PgConnection> m_conn;
};

namespace {

// QtTest 6.4 ends the whole run when an exception leaves a test function; the functions catch
// and fail with this instead, SQLSTATE and all.
QByteArray describe(const std::exception &e)
{
    if (const auto *db = dynamic_cast<const DatabaseError *>(&e))
        return (db->sqlState() + QStringLiteral(": ") + db->fullText()).toUtf8();
    return QByteArray("unexpected exception: ") + e.what();
}

// Fixed ids so the cases read like the fixture: tenant A owns two stores' worth of things,
// tenant B a parallel minimum.
const QMap<QString, QString> kIds{
    {"{A}", "aaaaaaaa-0000-4000-8000-000000000000"},
    {"{B}", "bbbbbbbb-0000-4000-8000-000000000000"},
    {"{SA}", "aaaaaaaa-0000-4000-8000-000000000001"},
    {"{SB}", "bbbbbbbb-0000-4000-8000-000000000001"},
    {"{L1}", "aaaaaaaa-0000-4000-8000-000000000002"}, // does not allow negative stock
    {"{L2}", "aaaaaaaa-0000-4000-8000-000000000003"}, // allows negative stock
    {"{LB}", "bbbbbbbb-0000-4000-8000-000000000002"},
    {"{CA}", "aaaaaaaa-0000-4000-8000-000000000004"},
    {"{PA}", "aaaaaaaa-0000-4000-8000-000000000005"},
    {"{PB}", "bbbbbbbb-0000-4000-8000-000000000005"},
    {"{V1}", "aaaaaaaa-0000-4000-8000-000000000006"},
    {"{V2}", "aaaaaaaa-0000-4000-8000-000000000007"},
    {"{VB}", "bbbbbbbb-0000-4000-8000-000000000006"},
    {"{SP1}", "aaaaaaaa-0000-4000-8000-000000000008"}, // V1 at L1
    {"{SP2}", "aaaaaaaa-0000-4000-8000-000000000009"}, // V1 at L2
    {"{D1}", "aaaaaaaa-0000-4000-8000-00000000000a"},
    {"{M1}", "aaaaaaaa-0000-4000-8000-00000000000b"},
};

QString expand(QString sql)
{
    for (auto it = kIds.cbegin(); it != kIds.cend(); ++it)
        sql.replace(it.key(), it.value());
    return sql;
}

const char *const kFixture = R"(
INSERT INTO tenants (tenant_id, name, slug) VALUES
    ('{A}', 'Tenant A', 'tenant-a'), ('{B}', 'Tenant B', 'tenant-b');
INSERT INTO units_of_measure (tenant_id, code, name, dimension, factor_to_base) VALUES
    ('{A}', 'pc', 'Piece', 'count', 1), ('{B}', 'pc', 'Piece', 'count', 1);
INSERT INTO stores (tenant_id, id, code, name, city, state) VALUES
    ('{A}', '{SA}', 'S1', 'Store A', 'Pune', 'Maharashtra'),
    ('{B}', '{SB}', 'S1', 'Store B', 'Pune', 'Maharashtra');
INSERT INTO locations (tenant_id, id, store_id, code, name, location_type, allow_negative_stock)
    VALUES
    ('{A}', '{L1}', '{SA}', 'SHELF', 'Shelf', 'store', false),
    ('{A}', '{L2}', '{SA}', 'BACK', 'Backroom', 'backroom', true),
    ('{B}', '{LB}', '{SB}', 'SHELF', 'Shelf', 'store', false);
INSERT INTO categories (tenant_id, id, name, path) VALUES ('{A}', '{CA}', 'Dairy', 'Dairy');
INSERT INTO products (tenant_id, id, category_id, name) VALUES
    ('{A}', '{PA}', '{CA}', 'Butter'), ('{B}', '{PB}', NULL, 'Butter');
INSERT INTO variants (tenant_id, id, product_id, sku, name) VALUES
    ('{A}', '{V1}', '{PA}', 'BUT-500', 'Butter 500 g'),
    ('{A}', '{V2}', '{PA}', 'BUT-100', 'Butter 100 g'),
    ('{B}', '{VB}', '{PB}', 'BUT-500', 'Butter 500 g');
INSERT INTO stock_positions (tenant_id, id, variant_id, location_id, allow_negative_stock) VALUES
    ('{A}', '{SP1}', '{V1}', '{L1}', false), ('{A}', '{SP2}', '{V1}', '{L2}', true);
INSERT INTO dark_stores (tenant_id, id, store_id, location_id, code, name, city) VALUES
    ('{A}', '{D1}', '{SA}', '{L1}', 'DS1', 'Dark store 1', 'Pune');
)";

// The relations this check is about: ordinary and partitioned tables of public, not partitions.
const char *const kTables = "SELECT c.oid FROM pg_class c"
                            " WHERE c.relnamespace = 'public'::regnamespace"
                            "   AND c.relkind IN ('r', 'p') AND NOT c.relispartition";

// Independent GTIN check: weights 3, 1, 3, … from the digit left of the check digit.
bool gtinValid(const QString &code)
{
    const qsizetype n = code.size();
    if (n != 8 && n != 12 && n != 13 && n != 14)
        return false;
    int sum = 0;
    for (qsizetype i = 0; i < n; ++i) {
        if (!code[i].isDigit() || code[i].unicode() > '9')
            return false;
        if (i == n - 1)
            break;
        const int digit = code[i].unicode() - '0';
        sum += digit * (((n - 1 - i) % 2 == 1) ? 3 : 1);
    }
    return (10 - sum % 10) % 10 == code[n - 1].unicode() - '0';
}

} // namespace

void TestSchema::initTestCase()
{
    try {
        m_db = std::make_unique<TestDatabase>(QStringLiteral("schema"), true);
        m_conn = std::make_unique<PgConnection>(m_db->info(), QStringLiteral("tst_schema"));
        PgTransaction tx(*m_conn);
        m_conn->exec(expand(QString::fromUtf8(kFixture)));
        tx.commit();
    } catch (const std::exception &e) {
        QFAIL(describe(e).constData());
    }
}

void TestSchema::cleanupTestCase()
{
    m_conn.reset();
    m_db.reset();
}

DatabaseError TestSchema::failureOf(const QString &sql)
{
    m_conn->exec(QStringLiteral("SAVEPOINT bad_row"));
    try {
        m_conn->exec(expand(sql));
    } catch (const DatabaseError &e) {
        m_conn->exec(QStringLiteral("ROLLBACK TO SAVEPOINT bad_row"));
        return e;
    }
    m_conn->exec(QStringLiteral("RELEASE SAVEPOINT bad_row"));
    return DatabaseError(QStringLiteral("<accepted>"), QStringLiteral("00000"));
}

void TestSchema::tableExists_data()
{
    QTest::addColumn<QString>("table");

    for (const char *table : {"source_systems",
                              "source_entities",
                              "catalog_ingestion_runs",
                              "catalog_item_versions",
                              "variant_prices",
                              "stock_positions",
                              "stock_movements",
                              "stock_reservations",
                              "orderability_projection",
                              "dark_store_catalog_projection",
                              "restaurant_menus",
                              "menu_items",
                              "stores",
                              "locations",
                              "dark_stores",
                              "dark_store_zones",
                              "dark_store_pickers",
                              "dark_store_orders",
                              "dark_store_order_items",
                              "dark_store_metrics",
                              "categories",
                              "products",
                              "variants",
                              "inventory_batches",
                              "terminals",
                              "tenants",
                              "staff",
                              "staff_scope",
                              "outbox"}) {
        QTest::newRow(table) << QString::fromLatin1(table);
    }
}

void TestSchema::tableExists()
{
    try {
        QFETCH(QString, table);

        const auto kind =
            m_conn->scalar(QStringLiteral("SELECT relkind FROM pg_class"
                                          " WHERE relnamespace = 'public'::regnamespace"
                                          "   AND relname = $1"),
                           {table});
        QVERIFY2(kind.has_value(), qPrintable(table + QStringLiteral(" does not exist")));
        QVERIFY2(*kind == QLatin1String("r") || *kind == QLatin1String("p"),
                 qPrintable(table + QStringLiteral(" is not a table but relkind ") + *kind));
    } catch (const std::exception &e) {
        QFAIL(describe(e).constData());
    }
}

void TestSchema::everyTableHasTenantId()
{
    try {
        const stockroom::PgResult r = m_conn->exec(
            QStringLiteral(
                "SELECT count(*),"
                "       string_agg(c.relname, ', ' ORDER BY c.relname) FILTER ("
                "           WHERE a.attname IS NULL OR a.atttypid <> 'uuid'::regtype"
                "              OR NOT a.attnotnull)"
                " FROM pg_class c"
                " LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'tenant_id'"
                "                         AND NOT a.attisdropped"
                " WHERE c.oid IN (%1)")
                .arg(QLatin1String(kTables)));
        QVERIFY2(r.value(0, 0).toInt() >= 29, qPrintable(r.value(0, 0)));
        QVERIFY2(r.isNull(0, 1),
                 qPrintable(QStringLiteral("without a NOT NULL uuid tenant_id: ") + r.value(0, 1)));
    } catch (const std::exception &e) {
        QFAIL(describe(e).constData());
    }
}

void TestSchema::everyKeyIncludesTenantId()
{
    try {
        // A foreign key must also pair tenant_id with the referenced table's tenant_id, or a row
        // could point into another tenant.
        const stockroom::PgResult r = m_conn->exec(
            QStringLiteral(
                "SELECT count(*),"
                "       string_agg(con.conname, ', ' ORDER BY con.conname) FILTER (WHERE NOT ok)"
                " FROM ("
                "   SELECT con.conname,"
                "          coalesce(t.attnum = ANY (con.conkey)"
                "                   AND (con.contype <> 'f'"
                "                        OR con.confkey[array_position(con.conkey, t.attnum)]"
                "                           = (SELECT attnum FROM pg_attribute"
                "                              WHERE attrelid = con.confrelid"
                "                                AND attname = 'tenant_id')), false) AS ok"
                "   FROM pg_constraint con"
                "   LEFT JOIN pg_attribute t ON t.attrelid = con.conrelid AND t.attname = "
                "'tenant_id'"
                "   WHERE con.conrelid IN (%1) AND con.contype IN ('p', 'u', 'f', 'x')"
                // A tenant's slug names it across the whole installation, so it is unique globally.
                "     AND con.conname <> 'tenants_slug_key'"
                // A login is a server-wide name and belongs to exactly one tenant.
                "     AND con.conname <> 'staff_login_role_key'"
                " ) con")
                .arg(QLatin1String(kTables)));
        QVERIFY2(r.value(0, 0).toInt() >= 100, qPrintable(r.value(0, 0)));
        QVERIFY2(r.isNull(0, 1),
                 qPrintable(QStringLiteral("keys without tenant_id: ") + r.value(0, 1)));
    } catch (const std::exception &e) {
        QFAIL(describe(e).constData());
    }
}

void TestSchema::everyUniqueIndexIncludesTenantId()
{
    try {
        const stockroom::PgResult r = m_conn->exec(
            QStringLiteral(
                "SELECT count(*),"
                "       string_agg(i.indexrelid::regclass::text, ', ' ORDER BY 1)"
                "           FILTER (WHERE NOT coalesce(t.attnum = ANY (i.indkey::int2[]), false))"
                " FROM pg_index i"
                " LEFT JOIN pg_attribute t ON t.attrelid = i.indrelid AND t.attname = 'tenant_id'"
                " WHERE i.indrelid IN (%1) AND i.indisunique"
                "   AND i.indexrelid NOT IN ('public.tenants_slug_key'::regclass,"
                "                            'public.staff_login_role_key'::regclass)")
                .arg(QLatin1String(kTables)));
        QVERIFY2(r.value(0, 0).toInt() >= 50, qPrintable(r.value(0, 0)));
        QVERIFY2(r.isNull(0, 1),
                 qPrintable(QStringLiteral("unique indexes without tenant_id: ") + r.value(0, 1)));
        // The partial ones the invariants rely on are among them.
        for (const char *index : {"stock_reservations_one_active", "variant_barcodes_one_primary",
                                  "restaurant_menus_one_active"}) {
            QCOMPARE(m_conn->scalar(QStringLiteral("SELECT indisunique FROM pg_index"
                                                   " WHERE indexrelid = to_regclass($1)"),
                                    {QString::fromLatin1(index)}),
                     std::optional<QString>(QStringLiteral("t")));
        }
    } catch (const std::exception &e) {
        QFAIL(describe(e).constData());
    }
}

void TestSchema::everythingOwnedByOwnerRole()
{
    try {
        // Tables (partitions included), sequences, views, and the functions our migrations wrote.
        const stockroom::PgResult r = m_conn->exec(QStringLiteral(
            "SELECT count(*), string_agg(what || ' (' || owner || ')', ', ' ORDER BY what)"
            "                     FILTER (WHERE owner <> 'stockroom_owner')"
            " FROM ("
            "   SELECT c.relname::text AS what, pg_get_userbyid(c.relowner)::text AS owner"
            "   FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace"
            "     AND c.relkind IN ('r', 'p', 'S', 'v', 'm', 'f')"
            "   UNION ALL"
            "   SELECT p.oid::regprocedure::text, pg_get_userbyid(p.proowner)::text"
            "   FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace"
            "     AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass"
            "                     AND d.objid = p.oid AND d.deptype = 'e')"
            "   UNION ALL"
            "   SELECT 'schema api', pg_get_userbyid(nspowner)::text FROM pg_namespace"
            "   WHERE nspname = 'api'"
            " ) o"));
        // 29 tables, 36 monthly partitions and a default, the outbox sequence, three functions.
        QVERIFY2(r.value(0, 0).toInt() >= 70, qPrintable(r.value(0, 0)));
        QVERIFY2(r.isNull(0, 1),
                 qPrintable(QStringLiteral("not owned by stockroom_owner: ") + r.value(0, 1)));
        QCOMPARE(m_conn->scalar(QStringLiteral("SELECT rolcanlogin FROM pg_roles"
                                               " WHERE rolname = 'stockroom_owner'")),
                 std::optional<QString>(QStringLiteral("f")));
    } catch (const std::exception &e) {
        QFAIL(describe(e).constData());
    }
}

void TestSchema::roles_data()
{
    QTest::addColumn<QString>("role");

    QTest::newRow("owner") << "stockroom_owner";
    QTest::newRow("admin") << "stockroom_admin";
    QTest::newRow("store manager") << "stockroom_store_manager";
    QTest::newRow("floor supervisor") << "stockroom_floor_supervisor";
}

void TestSchema::roles()
{
    try {
        QFETCH(QString, role);

        const stockroom::PgResult r = m_conn->exec(
            QStringLiteral(
                "SELECT rolcanlogin, rolsuper, rolbypassrls FROM pg_roles WHERE rolname = $1"),
            {role});
        QCOMPARE(r.rows(), 1);
        QCOMPARE(r.value(0, 0), QStringLiteral("f")); // NOLOGIN: people log in as their own roles
        QCOMPARE(r.value(0, 1), QStringLiteral("f"));
        QCOMPARE(r.value(0, 2), QStringLiteral("f"));
    } catch (const std::exception &e) {
        QFAIL(describe(e).constData());
    }
}

void TestSchema::numericColumns_data()
{
    QTest::addColumn<QString>("pattern"); // regular expression over column names
    QTest::addColumn<int>("precision");
    QTest::addColumn<int>("scale");

    for (const char *money : {"mrp", "base_price", "price", "total_amount", "unit_price",
                              "line_total", "effective_price", "gross_merchandise_value"}) {
        QTest::addRow("money %s", money)
            << QStringLiteral("^%1$").arg(QLatin1String(money)) << 12 << 2;
    }
    QTest::newRow("quantity_*") << "^quantity_" << 18 << 4;
    QTest::newRow("*_qty") << "_qty$" << 18 << 4;
    for (const char *quantity : {"quantity", "reserved_qty", "reorder_point", "max_stock",
                                 "pack_size", "picked_quantity"}) {
        QTest::addRow("quantity %s", quantity)
            << QStringLiteral("^%1$").arg(QLatin1String(quantity)) << 18 << 4;
    }
}

void TestSchema::numericColumns()
{
    try {
        QFETCH(QString, pattern);
        QFETCH(int, precision);
        QFETCH(int, scale);

        const stockroom::PgResult r = m_conn->exec(
            QStringLiteral(
                "SELECT count(*),"
                "       string_agg(col.table_name || '.' || col.column_name || ' ' || col.data_type"
                "                  || coalesce('(' || col.numeric_precision || ',' || "
                "col.numeric_scale"
                "                              || ')', ''), ', ' ORDER BY 1)"
                "           FILTER (WHERE col.data_type <> 'numeric'"
                "                      OR col.numeric_precision IS DISTINCT FROM $2::int"
                "                      OR col.numeric_scale IS DISTINCT FROM $3::int)"
                " FROM information_schema.columns col"
                " JOIN pg_class c ON c.relname = col.table_name"
                "                AND c.relnamespace = 'public'::regnamespace"
                " WHERE col.table_schema = 'public' AND c.oid IN (%1)"
                "   AND col.column_name ~ $1")
                .arg(QLatin1String(kTables)),
            {pattern, QString::number(precision), QString::number(scale)});
        QVERIFY2(r.value(0, 0).toInt() > 0,
                 qPrintable(QStringLiteral("no column matches ") + pattern));
        QVERIFY2(r.isNull(0, 1), qPrintable(QStringLiteral("not numeric(%1,%2): %3")
                                                .arg(precision)
                                                .arg(scale)
                                                .arg(r.value(0, 1))));
    } catch (const std::exception &e) {
        QFAIL(describe(e).constData());
    }
}

void TestSchema::noFloatingPointOrMoneyTypes()
{
    try {
        const auto offenders = m_conn->scalar(QStringLiteral(
            "SELECT string_agg(table_name || '.' || column_name || ' ' || data_type, ', ')"
            " FROM information_schema.columns WHERE table_schema = 'public'"
            "   AND data_type IN ('real', 'double precision', 'money')"));
        QVERIFY2(!offenders.has_value(), qPrintable(offenders.value_or(QString())));
    } catch (const std::exception &e) {
        QFAIL(describe(e).constData());
    }
}

void TestSchema::gtinCheckDigit_data()
{
    QTest::addColumn<QString>("code");

    // Published examples of each length, the same with a wrong check digit, and malformed codes.
    for (const char *code : {"4006381333931",  "5901234123457",
                             "8901030865374",  "96385074",
                             "73513537",       "036000291452",
                             "00012345600012", "10614141000415",
                             "0000000000000",  "4006381333932",
                             "5901234123450",  "96385075",
                             "036000291453",   "00012345600019",
                             "8901030865378",  "400638133393",
                             "40063813339311", "123456789",
                             "12345678901",    "123456789012345",
                             "40063813339a1",  "",
                             " 96385074"}) {
        QTest::newRow(*code ? code : "empty") << QString::fromLatin1(code);
    }
}

void TestSchema::gtinCheckDigit()
{
    try {
        QFETCH(QString, code);

        const bool expected = gtinValid(code);
        QCOMPARE(m_conn->scalar(QStringLiteral("SELECT gtin_is_valid($1)"), {code}),
                 std::optional<QString>(expected ? QStringLiteral("t") : QStringLiteral("f")));
    } catch (const std::exception &e) {
        QFAIL(describe(e).constData());
    }
}

void TestSchema::invariants_data()
{
    QTest::addColumn<QStringList>("setup");  // runs first and must succeed
    QTest::addColumn<QString>("bad");        // must be refused …
    QTest::addColumn<QString>("sqlState");   // … with this SQLSTATE …
    QTest::addColumn<QString>("constraint"); // … naming this constraint (or message text)
    QTest::addColumn<QStringList>("good");   // then, in order, must all be accepted

    const QString price = QStringLiteral(
        "INSERT INTO variant_prices (tenant_id, variant_id, location_id, channel, mrp, base_price,"
        " effective_from, effective_to) VALUES ('{A}', '%1', %2, '%3', 100, %4, %5, %6)");
    auto priceRow = [&](const QString &variant, const QString &location, const QString &channel,
                        const QString &base, const QString &from, const QString &to) {
        return price.arg(variant, location, channel, base, from, to);
    };
    const QString jan = QStringLiteral("'2026-01-01'");
    const QString feb = QStringLiteral("'2026-02-01'");
    const QString mar = QStringLiteral("'2026-03-01'");
    const QString l1 = QStringLiteral("'{L1}'");

    QTest::newRow("base price above MRP")
        << QStringList{} << priceRow("{V1}", l1, "default", "100.01", jan, feb) << "23514"
        << "variant_prices_base_le_mrp"
        << QStringList{priceRow("{V1}", l1, "default", "100.00", jan, feb),
                       "INSERT INTO variant_prices (tenant_id, variant_id, channel, base_price)"
                       " VALUES ('{A}', '{V1}', 'app', 100.01)"};
    QTest::newRow("price range ending where it starts")
        << QStringList{} << priceRow("{V1}", l1, "default", "90", jan, jan) << "23514"
        << "variant_prices_range_valid"
        << QStringList{priceRow("{V1}", l1, "default", "90", jan, "'2026-01-01 00:00:00.000001'")};
    QTest::newRow("overlapping price ranges")
        << QStringList{priceRow("{V1}", l1, "default", "90", jan, feb)}
        << priceRow("{V1}", l1, "default", "80", "'2026-01-31'", mar) << "23P01"
        << "variant_prices_no_overlap"
        << QStringList{priceRow("{V1}", l1, "default", "80", feb, mar),       // adjacent [from, to)
                       priceRow("{V1}", l1, "app", "80", jan, feb),           // other channel
                       priceRow("{V1}", "'{L2}'", "default", "80", jan, feb), // other location
                       priceRow("{V1}", "NULL", "default", "80", jan, feb),   // all locations
                       priceRow("{V2}", l1, "default", "80", jan, feb)};      // other variant
    QTest::newRow("overlapping open-ended all-location prices")
        << QStringList{priceRow("{V1}", "NULL", "default", "90", jan, "NULL")}
        << priceRow("{V1}", "NULL", "default", "80", "'2027-01-01'", "NULL") << "23P01"
        << "variant_prices_no_overlap"
        << QStringList{priceRow("{V1}", "NULL", "default", "80", "'2025-01-01'", jan)};

    QTest::newRow("available below zero where not allowed")
        << QStringList{} << "UPDATE stock_positions SET quantity_on_hand = -1 WHERE id = '{SP1}'"
        << "23514"
        << "stock_positions_available_not_negative"
        << QStringList{"UPDATE stock_positions SET quantity_on_hand = -1 WHERE id = '{SP2}'",
                       "UPDATE stock_positions SET quantity_on_hand = 5, quantity_reserved = 5"
                       " WHERE id = '{SP1}'"};
    QTest::newRow("reserved above on hand where not allowed")
        << QStringList{"UPDATE stock_positions SET quantity_on_hand = 2 WHERE id = '{SP1}'"}
        << "UPDATE stock_positions SET quantity_reserved = 3 WHERE id = '{SP1}'"
        << "23514"
        << "stock_positions_available_not_negative"
        << QStringList{"UPDATE stock_positions SET quantity_reserved = 2 WHERE id = '{SP1}'",
                       "UPDATE stock_positions SET quantity_reserved = 3 WHERE id = '{SP2}'"};
    QTest::newRow("negative reserved quantity")
        << QStringList{} << "UPDATE stock_positions SET quantity_reserved = -1 WHERE id = '{SP2}'"
        << "23514"
        << "stock_positions_quantity_reserved_check"
        << QStringList{"UPDATE stock_positions SET quantity_on_hand = 10, quantity_reserved = 3"
                       " WHERE id = '{SP2}'"};
    QTest::newRow("position not copying its location's negative-stock flag")
        << QStringList{}
        << "INSERT INTO stock_positions (tenant_id, variant_id, location_id)"
           " VALUES ('{A}', '{V2}', '{L2}')"
        << "23503"
        << "stock_positions_tenant_id_location_id_allow_negative_stock_fkey"
        << QStringList{"INSERT INTO stock_positions (tenant_id, variant_id, location_id,"
                       " allow_negative_stock) VALUES ('{A}', '{V2}', '{L2}', true)"};
    QTest::newRow("position of one tenant for another tenant's variant")
        << QStringList{}
        << "INSERT INTO stock_positions (tenant_id, variant_id, location_id)"
           " VALUES ('{B}', '{V1}', '{LB}')"
        << "23503"
        << "stock_positions_tenant_id_variant_id_fkey"
        << QStringList{"INSERT INTO stock_positions (tenant_id, variant_id, location_id)"
                       " VALUES ('{B}', '{VB}', '{LB}')"};
    QTest::newRow("position of one tenant at another tenant's location")
        << QStringList{}
        << "INSERT INTO stock_positions (tenant_id, variant_id, location_id)"
           " VALUES ('{A}', '{V2}', '{LB}')"
        << "23503"
        << "stock_positions_tenant_id_location_id_allow_negative_stock_fkey"
        << QStringList{"INSERT INTO stock_positions (tenant_id, variant_id, location_id)"
                       " VALUES ('{A}', '{V2}', '{L1}')"};

    const QString barcode = QStringLiteral(
        "INSERT INTO variant_barcodes (tenant_id, barcode, variant_id, barcode_type, is_primary)"
        " VALUES ('%1', '%2', '%3', '%4', %5)");
    QTest::newRow("invalid barcode check digit")
        << QStringList{} << barcode.arg("{A}", "4006381333932", "{V1}", "EAN13", "false") << "23514"
        << "variant_barcodes_barcode_check"
        << QStringList{barcode.arg("{A}", "4006381333931", "{V1}", "EAN13", "false"),
                       barcode.arg("{A}", "96385074", "{V1}", "EAN8", "false"),
                       barcode.arg("{A}", "036000291452", "{V1}", "UPCA", "false"),
                       barcode.arg("{A}", "00012345600012", "{V1}", "GTIN14", "false")};
    QTest::newRow("barcode type not matching its length")
        << QStringList{} << barcode.arg("{A}", "4006381333931", "{V1}", "EAN8", "false") << "23514"
        << "variant_barcodes_check"
        << QStringList{barcode.arg("{A}", "4006381333931", "{V1}", "EAN13", "false")};
    QTest::newRow("duplicate barcode within a tenant")
        << QStringList{barcode.arg("{A}", "4006381333931", "{V1}", "EAN13", "false")}
        << barcode.arg("{A}", "4006381333931", "{V2}", "EAN13", "false") << "23505"
        << "variant_barcodes_pkey"
        << QStringList{barcode.arg("{B}", "4006381333931", "{VB}", "EAN13", "false")};
    QTest::newRow("two primary barcodes for one variant")
        << QStringList{barcode.arg("{A}", "4006381333931", "{V1}", "EAN13", "true")}
        << barcode.arg("{A}", "5901234123457", "{V1}", "EAN13", "true") << "23505"
        << "variant_barcodes_one_primary"
        << QStringList{barcode.arg("{A}", "5901234123457", "{V1}", "EAN13", "false"),
                       barcode.arg("{A}", "96385074", "{V2}", "EAN8", "true")};

    const QString order = QStringLiteral(
        "INSERT INTO dark_store_orders (tenant_id, dark_store_id, order_number, status,"
        " picking_started_at, packed_at, dispatched_at, delivered_at, cancelled_at)"
        " VALUES ('{A}', '{D1}', '%1', '%2', %3)");
    const QString picked = QStringLiteral("now() + interval '1 minute'");
    const QString packed = QStringLiteral("now() + interval '2 minutes'");
    const QString dispatched = QStringLiteral("now() + interval '3 minutes'");
    const QString delivered = QStringLiteral("now() + interval '9 minutes'");
    auto times = [](const QStringList &five) {
        return five.join(QStringLiteral(", "));
    };
    QTest::newRow("bad order status")
        << QStringList{}
        << order.arg("O-1", "lost", times({"NULL", "NULL", "NULL", "NULL", "NULL"})) << "23514"
        << "dark_store_orders_status_check"
        << QStringList{
               order.arg("O-1", "created", times({"NULL", "NULL", "NULL", "NULL", "NULL"}))};
    QTest::newRow("delivered order without delivered_at")
        << QStringList{}
        << order.arg("O-1", "delivered", times({picked, packed, dispatched, "NULL", "NULL"}))
        << "23514"
        << "dark_store_orders_stage_times"
        << QStringList{order.arg("O-1", "delivered",
                                 times({picked, packed, dispatched, delivered, "NULL"}))};
    QTest::newRow("cancelled order that was dispatched")
        << QStringList{}
        << order.arg("O-1", "cancelled", times({picked, packed, dispatched, "NULL", delivered}))
        << "23514"
        << "dark_store_orders_stage_times"
        << QStringList{
               order.arg("O-1", "cancelled", times({picked, packed, "NULL", "NULL", delivered}))};
    QTest::newRow("order delivered before it was dispatched")
        << QStringList{}
        << order.arg("O-1", "delivered", times({picked, packed, delivered, dispatched, "NULL"}))
        << "23514"
        << "dark_store_orders_stage_order"
        << QStringList{order.arg("O-1", "delivered",
                                 times({picked, packed, dispatched, delivered, "NULL"}))};
    QTest::newRow("duplicate order number within a tenant")
        << QStringList{order.arg("O-1", "created", times({"NULL", "NULL", "NULL", "NULL", "NULL"}))}
        << order.arg("O-1", "created", times({"NULL", "NULL", "NULL", "NULL", "NULL"})) << "23505"
        << "dark_store_orders_tenant_id_order_number_key"
        << QStringList{
               order.arg("O-2", "created", times({"NULL", "NULL", "NULL", "NULL", "NULL"}))};

    const QString movement = QStringLiteral(
        "INSERT INTO stock_movements (tenant_id, id, variant_id, location_id, movement_type,"
        " quantity_delta, occurred_at) VALUES ('{A}', %1, '{V1}', '{L1}', '%2', %3,"
        " '2026-03-10 10:00+05:30')");
    const QString newId = QStringLiteral("gen_random_uuid()");
    struct Sign
    {
        const char *name;
        const char *type;
        const char *badDelta;
        const char *goodDelta;
    };
    for (const Sign &s : {Sign{"receipt with a negative delta", "receipt", "-1", "1"},
                          Sign{"transfer in with a negative delta", "transfer_in", "-1", "1"},
                          Sign{"sale with a positive delta", "sale_committed", "1", "-1"},
                          Sign{"damage with a positive delta", "damage", "2", "-2"},
                          Sign{"count correction of zero", "count_correction", "0", "-0.0001"},
                          Sign{"unknown movement type", "teleport", "1", "1"}}) {
        const bool known = qstrcmp(s.type, "teleport") != 0;
        QTest::newRow(s.name) << QStringList{} << movement.arg(newId, s.type, s.badDelta) << "23514"
                              << "stock_movements_sign"
                              << QStringList{movement.arg(newId, known ? s.type : "adjustment",
                                                          s.goodDelta)};
    }
    const QStringList oneMovement{movement.arg("'{M1}'", "receipt", "5")};
    const QStringList correction{movement.arg(newId, "adjustment", "-1")};
    QTest::newRow("ledger UPDATE refused")
        << oneMovement << "UPDATE stock_movements SET quantity_delta = 4 WHERE id = '{M1}'"
        << "23001"
        << "the stock ledger is append-only: UPDATE is not allowed on stock_movements"
        << correction;
    QTest::newRow("ledger DELETE refused")
        << oneMovement << "DELETE FROM stock_movements WHERE id = '{M1}'"
        << "23001"
        << "the stock ledger is append-only: DELETE is not allowed on stock_movements"
        << correction;
    QTest::newRow("ledger TRUNCATE refused")
        << oneMovement << "TRUNCATE stock_movements"
        << "23001"
        << "the stock ledger is append-only: TRUNCATE is not allowed on stock_movements"
        << correction;
    // The TRUNCATE trigger is statement-level, and those are not inherited by partitions.
    QTest::newRow("ledger TRUNCATE of a partition refused")
        << oneMovement << "TRUNCATE stock_movements_2026_03"
        << "23001"
        << "the stock ledger is append-only: TRUNCATE is not allowed on stock_movements"
        << correction;
    QTest::newRow("ledger UPDATE through its partition refused")
        << oneMovement << "UPDATE stock_movements_2026_03 SET reason = 'x' WHERE id = '{M1}'"
        << "23001"
        << "the stock ledger is append-only: UPDATE is not allowed on stock_movements"
        << correction;

    const QString reservation = QStringLiteral("INSERT INTO stock_reservations (tenant_id, "
                                               "variant_id, location_id, order_id, reserved_qty)"
                                               " VALUES ('{A}', '{V1}', '{L1}', '%1', %2)");
    QTest::newRow("reservation of zero")
        << QStringList{} << reservation.arg("ORD-1", "0") << "23514"
        << "stock_reservations_reserved_qty_check"
        << QStringList{reservation.arg("ORD-1", "0.0001")};
    QTest::newRow("reservation of a negative quantity")
        << QStringList{} << reservation.arg("ORD-1", "-1") << "23514"
        << "stock_reservations_reserved_qty_check" << QStringList{reservation.arg("ORD-1", "1")};
    QTest::newRow("second active reservation for one order")
        << QStringList{reservation.arg("ORD-1", "1")} << reservation.arg("ORD-1", "2") << "23505"
        << "stock_reservations_one_active"
        << QStringList{"UPDATE stock_reservations SET status = 'released', closed_at = now()"
                       " WHERE order_id = 'ORD-1'",
                       reservation.arg("ORD-1", "2"), reservation.arg("ORD-2", "1")};
    QTest::newRow("closed reservation without closed_at")
        << QStringList{reservation.arg("ORD-1", "1")}
        << "UPDATE stock_reservations SET status = 'released' WHERE order_id = 'ORD-1'"
        << "23514"
        << "stock_reservations_check"
        << QStringList{"UPDATE stock_reservations SET status = 'committed', closed_at = now()"
                       " WHERE order_id = 'ORD-1'"};

    const QString batch = QStringLiteral(
        "INSERT INTO inventory_batches (tenant_id, variant_id, location_id, batch_number,"
        " expiry_date, alert_date, quantity_received, quantity_on_hand)"
        " VALUES ('{A}', '{V1}', '{L1}', '%1', '2026-06-01', '%2', 10, 10)");
    QTest::newRow("batch alert after expiry")
        << QStringList{} << batch.arg("B-1", "2026-06-02") << "23514"
        << "inventory_batches_check1"
        << QStringList{batch.arg("B-1", "2026-06-01"), batch.arg("B-2", "2026-05-25")};
}

void TestSchema::invariants()
{
    try {
        QFETCH(QStringList, setup);
        QFETCH(QString, bad);
        QFETCH(QString, sqlState);
        QFETCH(QString, constraint);
        QFETCH(QStringList, good);

        // Every case leaves the shared fixture as it found it.
        PgTransaction tx(*m_conn);
        for (const QString &sql : setup)
            m_conn->exec(expand(sql));

        const DatabaseError refused = failureOf(bad);
        QVERIFY2(refused.sqlState() != QLatin1String("00000"), "the bad row was accepted");
        QVERIFY2(refused.sqlState() == sqlState,
                 qPrintable(refused.sqlState() + QStringLiteral(": ") + refused.message()));
        QVERIFY2(refused.message().contains(QStringLiteral("\"%1\"").arg(constraint)) ||
                     refused.message() == constraint,
                 qPrintable(refused.message()));

        for (const QString &sql : good) {
            try {
                m_conn->exec(expand(sql));
            } catch (const DatabaseError &e) {
                QFAIL(qPrintable(QStringLiteral("a good row was refused: %1 (%2)\n%3")
                                     .arg(e.message(), e.sqlState(), expand(sql))));
            }
        }
    } catch (const std::exception &e) {
        QFAIL(describe(e).constData());
    }
}

// stock_positions copies allow_negative_stock from its location through a composite foreign key
// with ON UPDATE CASCADE, so flipping the flag on the location re-checks every position.
void TestSchema::negativeStockFollowsLocationFlag()
{
    try {
        PgTransaction tx(*m_conn);
        const QString flag =
            QStringLiteral("SELECT allow_negative_stock FROM stock_positions WHERE id = '%1'")
                .arg(kIds.value(QStringLiteral("{SP1}")));
        const QString goNegative = QStringLiteral("UPDATE stock_positions SET quantity_on_hand = -1"
                                                  " WHERE id = '{SP1}'");
        auto allow = [](bool on) {
            return QStringLiteral(
                       "UPDATE locations SET allow_negative_stock = %1 WHERE id = '{L1}'")
                .arg(on ? QStringLiteral("true") : QStringLiteral("false"));
        };

        QCOMPARE(m_conn->scalar(flag), std::optional<QString>(QStringLiteral("f")));
        QCOMPARE(failureOf(goNegative).sqlState(), QStringLiteral("23514"));

        m_conn->exec(expand(allow(true)));
        QCOMPARE(m_conn->scalar(flag), std::optional<QString>(QStringLiteral("t")));
        QCOMPARE(failureOf(goNegative).sqlState(), QStringLiteral("00000"));

        // While the position is negative, the location cannot take the permission back …
        const DatabaseError refused = failureOf(allow(false));
        QCOMPARE(refused.sqlState(), QStringLiteral("23514"));
        QVERIFY2(
            refused.message().contains(QLatin1String("stock_positions_available_not_negative")),
            qPrintable(refused.message()));
        QCOMPARE(m_conn->scalar(flag), std::optional<QString>(QStringLiteral("t")));

        // … and once the position is back at zero it can.
        m_conn->exec(expand(QStringLiteral("UPDATE stock_positions SET quantity_on_hand = 0"
                                           " WHERE id = '{SP1}'")));
        QCOMPARE(failureOf(allow(false)).sqlState(), QStringLiteral("00000"));
        QCOMPARE(m_conn->scalar(flag), std::optional<QString>(QStringLiteral("f")));
        QCOMPARE(failureOf(goNegative).sqlState(), QStringLiteral("23514"));
    } catch (const std::exception &e) {
        QFAIL(describe(e).constData());
    }
}

QTEST_GUILESS_MAIN(TestSchema)
#include "tst_schema.moc"
