// Access control as the database enforces it, seen from real staff logins over real
// connections: what each role sees, what nobody can do directly, the refusals of commands.
// (tst_accesscatalogue checks what must hold for every table, function and role.)
#include "access/apierror.h"
#include "access/identity.h"
#include "catalogfixture.h"
#include "db/databaseerror.h"
#include "db/pgconnection.h"
#include "db/sqlsession.h"
#include "testdatabase.h"

#include <QtTest>
#include <memory>

using namespace stockroom;
using namespace stockroom::test;
using catalogfixture::TenantA;
using catalogfixture::TenantB;

namespace {

// Places added to the catalog fixture (tenant Alpha has store S1 with location L1).
const QString StoreS2 = QStringLiteral("40000000-0000-4000-8000-000000000002");
const QString LocS2 = QStringLiteral("41000000-0000-4000-8000-000000000002");
const QString LocDs1 = QStringLiteral("41000000-0000-4000-8000-0000000000d1");
const QString LocDs2 = QStringLiteral("41000000-0000-4000-8000-0000000000d2");
const QString Ds1 = QStringLiteral("42000000-0000-4000-8000-0000000000d1");
const QString Ds2 = QStringLiteral("42000000-0000-4000-8000-0000000000d2");
const QString Variant0 = QStringLiteral("30000000-0000-4000-8000-000000000000");

QString scalar(PgConnection &c, const QString &sql, const QList<SqlParam> &params = {})
{
    return c.scalar(sql, params).value_or(QStringLiteral("<null>"));
}

/** Runs @p sql expecting a refusal; returns it (or fails the test). */
std::optional<DatabaseError> refusal(PgConnection &c, const QString &sql,
                                     const QList<SqlParam> &params = {})
{
    try {
        c.exec(sql, params);
    } catch (const DatabaseError &e) {
        return e;
    }
    return std::nullopt;
}

} // namespace

class TestAccess : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<PgConnection> m_admin; // the cluster superuser: the fixture's author
    ConnectionInfo m_supervisor1;          // floor supervisor of dark store DS1
    ConnectionInfo m_manager;              // store manager of S1 (which holds DS1, not DS2)
    ConnectionInfo m_tenantAdmin;          // admin of Alpha
    ConnectionInfo m_betaAdmin;            // admin of Beta
    QString m_supervisorLogin;

private Q_SLOTS:
    void initTestCase()
    {
        m_db = std::make_unique<TestDatabase>(QStringLiteral("access"));
        catalogfixture::load(m_db->info());
        m_admin = std::make_unique<PgConnection>(m_db->info(), QStringLiteral("tst_access"));
        PgConnection &c = *m_admin;
        const QString s1 = scalar(c,
                                  QStringLiteral("SELECT id FROM stores WHERE tenant_id = $1 "
                                                 "AND code = 'S1'"),
                                  {TenantA});
        c.exec(QStringLiteral("INSERT INTO stores (tenant_id, id, code, name, city, state) VALUES "
                              "($1, $2, 'S2', 'Second store', 'Pune', 'MH')"),
               {TenantA, StoreS2});
        c.exec(QStringLiteral(
                   "INSERT INTO locations (tenant_id, id, store_id, code, name, location_type) "
                   "VALUES ($1, $2, $3, 'L2', 'Second front', 'store'),"
                   " ($1, $4, $5, 'DS1-L', 'Dark store one', 'dark_store'),"
                   " ($1, $6, $3, 'DS2-L', 'Dark store two', 'dark_store')"),
               {TenantA, LocS2, StoreS2, LocDs1, s1, LocDs2});
        c.exec(QStringLiteral(
                   "INSERT INTO dark_stores (tenant_id, id, store_id, location_id, code, name, "
                   "city) VALUES ($1, $2, $3, $4, 'DS1', 'Dark one', 'Pune'),"
                   " ($1, $5, $6, $7, 'DS2', 'Dark two', 'Pune')"),
               {TenantA, Ds1, s1, LocDs1, Ds2, StoreS2, LocDs2});
        // Three orders in DS1, two in DS2, one item each; a picker and a metrics hour each;
        // stock of variant 0 at every location.
        c.exec(
            QStringLiteral("INSERT INTO dark_store_orders (tenant_id, dark_store_id, order_number)"
                           " SELECT $1, CASE WHEN g <= 3 THEN $2 ELSE $3 END::uuid, 'O-' || g"
                           " FROM generate_series(1, 5) g"),
            {TenantA, Ds1, Ds2});
        c.exec(QStringLiteral("INSERT INTO dark_store_order_items (tenant_id, order_id, "
                              "variant_id, quantity, unit_price, line_total)"
                              " SELECT tenant_id, id, $2, 1, 10, 10 FROM dark_store_orders"
                              " WHERE tenant_id = $1"),
               {TenantA, Variant0});
        c.exec(QStringLiteral("INSERT INTO dark_store_pickers (tenant_id, dark_store_id, "
                              "employee_code, name) VALUES ($1, $2, 'P1', 'Picker one'),"
                              " ($1, $3, 'P2', 'Picker two')"),
               {TenantA, Ds1, Ds2});
        c.exec(QStringLiteral("INSERT INTO dark_store_metrics (tenant_id, dark_store_id, "
                              "bucket_start) VALUES ($1, $2, '2026-11-20 10:00+00'),"
                              " ($1, $3, '2026-11-20 10:00+00')"),
               {TenantA, Ds1, Ds2});
        c.exec(QStringLiteral("INSERT INTO stock_positions (tenant_id, variant_id, location_id)"
                              " SELECT $1, $2, id FROM locations WHERE tenant_id = $1"
                              " ON CONFLICT DO NOTHING"),
               {TenantA, Variant0});

        m_supervisor1 =
            m_db->addStaff(TenantA, RoleKind::FloorSupervisor, {{}, {}, {Ds1}}, &m_supervisorLogin);
        m_manager = m_db->addStaff(TenantA, RoleKind::StoreManager, {{s1}, {}, {}});
        m_tenantAdmin = m_db->addStaff(TenantA, RoleKind::Admin);
        m_betaAdmin = m_db->addStaff(TenantB, RoleKind::Admin);
    }

    void cleanupTestCase()
    {
        m_admin.reset();
        m_db.reset();
    }

    // ── What each role sees ───────────────────────────────────────────────────────────────

    void supervisorSeesOnlyTheirDarkStore_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("expected");
        QTest::newRow("their orders") << "SELECT count(*) FROM dark_store_orders"
                                      << "3";
        QTest::newRow("another dark store's orders, asked by id")
            << "SELECT count(*) FROM dark_store_orders WHERE dark_store_id = "
               "'42000000-0000-4000-8000-0000000000d2'"
            << "0";
        QTest::newRow("order items of their orders only")
            << "SELECT count(*) FROM dark_store_order_items"
            << "3";
        QTest::newRow("their pickers") << "SELECT string_agg(employee_code, ',') FROM "
                                          "dark_store_pickers"
                                       << "P1";
        QTest::newRow("their metrics") << "SELECT count(*) FROM dark_store_metrics"
                                       << "1";
        QTest::newRow("their dark store") << "SELECT string_agg(code, ',') FROM dark_stores"
                                          << "DS1";
        QTest::newRow("stock at their dark store only")
            << "SELECT string_agg(l.code, ',') FROM stock_positions sp JOIN locations l ON l.id "
               "= sp.location_id"
            << "DS1-L";
        QTest::newRow("ledger and reservations of other locations")
            << "SELECT (SELECT count(*) FROM stock_movements WHERE location_id <> "
               "'41000000-0000-4000-8000-0000000000d1') + (SELECT count(*) FROM "
               "stock_reservations WHERE location_id <> '41000000-0000-4000-8000-0000000000d1')"
            << "0";
        QTest::newRow("the tenant's whole catalog") << "SELECT count(*) FROM variants"
                                                    << "250";
        QTest::newRow("no staff but themselves") << "SELECT count(*) FROM staff"
                                                 << "1";
    }

    void supervisorSeesOnlyTheirDarkStore()
    {
        QFETCH(QString, sql);
        QFETCH(QString, expected);
        PgConnection c(m_supervisor1, QStringLiteral("tst_access"));
        QCOMPARE(scalar(c, sql), expected);
    }

    void managerSeesTheLocationsOfTheirStores()
    {
        PgConnection c(m_manager, QStringLiteral("tst_access"));
        // S1 holds L1 and DS1's location; S2 (with L2, DS2) is not theirs.
        QCOMPARE(scalar(c, QStringLiteral("SELECT string_agg(code, ',' ORDER BY code) FROM "
                                          "locations")),
                 QStringLiteral("DS1-L,L1"));
        QCOMPARE(scalar(c, QStringLiteral("SELECT string_agg(code, ',' ORDER BY code) FROM "
                                          "stores")),
                 QStringLiteral("S1"));
        QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM dark_store_orders")),
                 QStringLiteral("3"));
    }

    void adminSeesTheWholeTenantAndNoOther()
    {
        PgConnection c(m_tenantAdmin, QStringLiteral("tst_access"));
        QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM dark_store_orders")),
                 QStringLiteral("5"));
        QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM locations")), QStringLiteral("4"));
        QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM staff")), QStringLiteral("3"));
        QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM tenants")), QStringLiteral("1"));
    }

    void nobodySeesAnotherTenantsCatalog()
    {
        // Beta has one look-alike variant; Alpha's staff never see it, and Beta's admin sees
        // nothing of Alpha's.
        for (const ConnectionInfo &info : {m_supervisor1, m_manager, m_tenantAdmin}) {
            PgConnection c(info, QStringLiteral("tst_access"));
            QCOMPARE(scalar(c,
                            QStringLiteral("SELECT count(*) FROM variants WHERE tenant_id = "
                                           "$1"),
                            {TenantB}),
                     QStringLiteral("0"));
            QCOMPARE(scalar(c,
                            QStringLiteral("SELECT count(*) FROM products WHERE tenant_id <> "
                                           "$1"),
                            {TenantA}),
                     QStringLiteral("0"));
        }
        PgConnection beta(m_betaAdmin, QStringLiteral("tst_access"));
        QCOMPARE(scalar(beta, QStringLiteral("SELECT count(*) FROM variants")),
                 QStringLiteral("1"));
        QCOMPARE(scalar(beta, QStringLiteral("SELECT count(*) FROM locations WHERE tenant_id = $1"),
                        {TenantA}),
                 QStringLiteral("0"));
    }

    void forgedSettingsChangeNothing()
    {
        PgConnection c(m_supervisor1, QStringLiteral("tst_access"));
        const QString before = scalar(c, QStringLiteral("SELECT count(*) FROM dark_store_orders"));
        // Settings a user can set themselves: none of them widens what they see.
        c.exec(QStringLiteral("SET app.tenant_id = '%1'").arg(TenantB));
        c.exec(QStringLiteral("SELECT set_config('app.dark_store_id', $1, false), "
                              "set_config('stockroom.role', 'admin', false), "
                              "set_config('request.jwt.claims', '{\"role\":\"admin\"}', false)"),
               {Ds2});
        QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM dark_store_orders")), before);
        QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM variants WHERE tenant_id = $1"),
                        {TenantB}),
                 QStringLiteral("0"));
        // Nor can they become another role.
        const auto e = refusal(c, QStringLiteral("SET ROLE stockroom_admin"));
        QVERIFY(e);
        QCOMPARE(e->sqlState(), QStringLiteral("42501"));
        const auto owner = refusal(c, QStringLiteral("SET ROLE stockroom_owner"));
        QVERIFY(owner);
        QCOMPARE(owner->sqlState(), QStringLiteral("42501"));
    }

    void disabledAccountSeesNothingAndCannotSignIn()
    {
        QString login;
        const ConnectionInfo info =
            m_db->addStaff(TenantA, RoleKind::FloorSupervisor, {{}, {}, {Ds1}}, &login);
        PgConnection open(info, QStringLiteral("tst_access")); // a session from before
        QCOMPARE(scalar(open, QStringLiteral("SELECT count(*) FROM dark_store_orders")),
                 QStringLiteral("3"));
        m_admin->exec(
            QStringLiteral("SELECT api.staff_set_active(gen_random_uuid(), $1, $2, false)"),
            {TenantA, login});
        // The open session now sees nothing and may run nothing…
        QCOMPARE(scalar(open, QStringLiteral("SELECT count(*) FROM dark_store_orders")),
                 QStringLiteral("0"));
        const auto me = refusal(open, QStringLiteral("SELECT api.me()"));
        QVERIFY(me);
        QCOMPARE(apiErrorCodeForSqlState(me->sqlState()), ApiErrorCode::AccountDisabled);
        // …and a new one is refused at sign-in.
        try {
            PgConnection again(info, QStringLiteral("tst_access"));
            QFAIL("a disabled account signed in");
        } catch (const DatabaseError &e) {
            QVERIFY2(e.message().contains(
                         QStringLiteral("role \"%1\" is not permitted to log in").arg(login)),
                     qPrintable(e.message()));
        }
    }

    // ── What nobody can do ────────────────────────────────────────────────────────────────

    void noDirectWritesOnAnyTable()
    {
        // Even an admin — the widest staff role — writes only through api functions.
        PgConnection c(m_tenantAdmin, QStringLiteral("tst_access"));
        const PgResult tables = m_admin->exec(QStringLiteral(
            "SELECT c.relname FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace"
            " AND c.relkind IN ('r', 'p') ORDER BY 1"));
        QVERIFY(tables.rows() >= 30);
        for (int i = 0; i < tables.rows(); ++i) {
            const QString t = tables.value(i, 0);
            const QStringList statements{
                QStringLiteral("INSERT INTO %1 DEFAULT VALUES").arg(t),
                QStringLiteral("UPDATE %1 SET tenant_id = tenant_id").arg(t),
                QStringLiteral("DELETE FROM %1").arg(t), QStringLiteral("TRUNCATE %1").arg(t)};
            for (const QString &sql : statements) {
                const auto e = refusal(c, sql);
                QVERIFY2(e, qPrintable(sql + QStringLiteral(" was allowed")));
                QVERIFY2(e->sqlState() == QLatin1String("42501") &&
                             e->message() ==
                                 QStringLiteral("permission denied for table %1").arg(t),
                         qPrintable(sql + QStringLiteral(": ") + e->sqlState() + QLatin1Char(' ') +
                                    e->message()));
            }
        }
    }

    void noObjectsCreatedBesideTheApp()
    {
        // A staff login cannot shadow the app's tables or functions with its own.
        PgConnection c(m_tenantAdmin, QStringLiteral("tst_access"));
        for (const QString &sql :
             {QStringLiteral("CREATE TABLE public.variants_shadow (x int)"),
              QStringLiteral("CREATE FUNCTION api.me_too() RETURNS int LANGUAGE sql AS 'SELECT 1'"),
              QStringLiteral("CREATE VIEW auth.peek AS SELECT 1 AS x")}) {
            const auto e = refusal(c, sql);
            QVERIFY2(e && e->sqlState() == QLatin1String("42501"), qPrintable(sql));
        }
    }

    void commandOutsideScopeIsRefused()
    {
        PgConnection c(m_supervisor1, QStringLiteral("tst_access"));
        // DS2's location is not theirs.
        const auto e = refusal(c,
                               QStringLiteral("SELECT api.set_stock_levels(gen_random_uuid(), $1, "
                                              "$2, 5)"),
                               {Variant0, LocDs2});
        QVERIFY(e);
        QCOMPARE(apiErrorCodeForSqlState(e->sqlState()), ApiErrorCode::NotInScope);
        QCOMPARE(e->message(), QStringLiteral("Location %1 is outside your scope (floor supervisor "
                                              "\"%2\").")
                                   .arg(LocDs2, m_supervisorLogin));
        // Another tenant's location gets the same answer: nothing leaks.
        const QString betaLoc = scalar(*m_admin,
                                       QStringLiteral("SELECT id FROM locations WHERE tenant_id = "
                                                      "$1"),
                                       {TenantB});
        const auto other = refusal(c,
                                   QStringLiteral("SELECT api.set_stock_levels(gen_random_uuid(), "
                                                  "$1, $2, 5)"),
                                   {Variant0, betaLoc});
        QVERIFY(other);
        QCOMPARE(apiErrorCodeForSqlState(other->sqlState()), ApiErrorCode::NotInScope);
        // Nothing was written.
        QCOMPARE(scalar(*m_admin,
                        QStringLiteral("SELECT count(*) FROM command_log WHERE actor = "
                                       "$1"),
                        {m_supervisorLogin}),
                 QStringLiteral("0"));
    }

    void commandInScopeIsLoggedAndIdempotent()
    {
        PgConnection c(m_supervisor1, QStringLiteral("tst_access"));
        const QString request = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString sql =
            QStringLiteral("SELECT api.set_stock_levels($1, $2, $3, $4)->>'version'");
        const QString first = scalar(c, sql, {request, Variant0, LocDs1, QStringLiteral("5")});
        // The same request again returns the first result and changes nothing, whatever it says.
        QCOMPARE(scalar(c, sql, {request, Variant0, LocDs1, QStringLiteral("9")}), first);
        QCOMPARE(
            scalar(*m_admin,
                   QStringLiteral("SELECT reorder_point::int || '/' || version FROM "
                                  "stock_positions WHERE variant_id = $1 AND location_id = $2"),
                   {Variant0, LocDs1}),
            QStringLiteral("5/") + first);
        QCOMPARE(scalar(*m_admin,
                        QStringLiteral("SELECT command || ' by ' || actor || ' ' || (result IS NOT "
                                       "NULL) FROM command_log WHERE request_id = $1"),
                        {request}),
                 QStringLiteral("set_stock_levels by %1 true").arg(m_supervisorLogin));
        QCOMPARE(scalar(*m_admin, QStringLiteral(
                                      "SELECT actor FROM outbox WHERE event_type = "
                                      "'inventory.stock.levels_changed' ORDER BY id DESC LIMIT 1")),
                 m_supervisorLogin);
        // A request id reused for another command is refused.
        const auto reused =
            refusal(c, QStringLiteral("SELECT api.staff_set_active($1, $2, 'x', false)"),
                    {request, TenantA});
        QVERIFY(reused);
    }

    void staffAdministrationIsForAdmins()
    {
        PgConnection c(m_manager, QStringLiteral("tst_access"));
        const auto e = refusal(c,
                               QStringLiteral("SELECT api.staff_set_active(gen_random_uuid(), "
                                              "$1, $2, false)"),
                               {TenantA, m_supervisorLogin});
        QVERIFY(e);
        // Store managers are not even granted the function.
        QCOMPARE(e->sqlState(), QStringLiteral("42501"));
        // An admin of another tenant is refused by scope.
        PgConnection beta(m_betaAdmin, QStringLiteral("tst_access"));
        const auto other = refusal(
            beta, QStringLiteral("SELECT api.staff_set_active(gen_random_uuid(), $1, $2, false)"),
            {TenantA, m_supervisorLogin});
        QVERIFY(other);
        QCOMPARE(apiErrorCodeForSqlState(other->sqlState()), ApiErrorCode::NotInScope);
        // An admin cannot lock themselves out.
        PgConnection admin(m_tenantAdmin, QStringLiteral("tst_access"));
        const auto self =
            refusal(admin,
                    QStringLiteral("SELECT api.staff_set_active(gen_random_uuid(), $1, "
                                   "current_user, false)"),
                    {TenantA});
        QVERIFY(self);
        QCOMPARE(apiErrorCodeForSqlState(self->sqlState()), ApiErrorCode::NotPermitted);
        // A place that is not the tenant's is named in the refusal, whatever its kind.
        const QString stranger = QStringLiteral("42000000-0000-4000-8000-0000000000ff");
        const auto unknown = refusal(
            admin,
            QStringLiteral("SELECT api.staff_change_scope(gen_random_uuid(), $1, $2, 'grant', "
                           "'{}', '{}', ARRAY[$3::uuid])"),
            {TenantA, m_supervisorLogin, stranger});
        QVERIFY(unknown);
        QCOMPARE(apiErrorCodeForSqlState(unknown->sqlState()), ApiErrorCode::NotFound);
        QCOMPARE(unknown->message(),
                 QStringLiteral("There is no dark store %1 in this tenant.").arg(stranger));
    }

    // Commands ask auth.in_scope about the one place they act on; what it answers must be
    // exactly what the scope lists of auth.caller_of (which row-level security reads) hold,
    // for every kind of grant, every place of both tenants, and ids of nothing at all.
    void inScopeAgreesWithTheScopeLists()
    {
        const ConnectionInfo locationOnly =
            m_db->addStaff(TenantA, RoleKind::StoreManager, {{}, {LocS2}, {}});
        QVERIFY(!locationOnly.value(QStringLiteral("user")).isEmpty());
        const QString places = QStringLiteral(
            "SELECT 'store' AS kind, id FROM stores UNION ALL"
            " SELECT 'location', id FROM locations UNION ALL"
            " SELECT 'dark_store', id FROM dark_stores UNION ALL"
            " SELECT k, gen_random_uuid() FROM unnest(ARRAY['store', 'location', 'dark_store']) k");
        const QString sql =
            QStringLiteral("WITH c AS (SELECT auth.caller_of(login_role) AS c FROM staff),"
                           " p AS (%1),"
                           " answers AS (SELECT (c.c).login_role AS login, p.kind, p.id,"
                           "   auth.in_scope(c.c, p.kind, p.id) AS asked,"
                           "   p.id = ANY (CASE p.kind WHEN 'store' THEN (c.c).full_store_ids"
                           "                           WHEN 'location' THEN (c.c).location_ids"
                           "                           ELSE (c.c).dark_store_ids END) AS listed"
                           "   FROM c, p)"
                           " SELECT concat_ws(' ', count(*), count(*) FILTER (WHERE listed),"
                           "   string_agg(login || ' ' || kind || ' ' || id, '; ')"
                           "     FILTER (WHERE asked IS DISTINCT FROM listed))"
                           " FROM answers")
                .arg(places);
        const QStringList counts = scalar(*m_admin, sql).split(QLatin1Char(' '));
        QVERIFY2(counts.size() == 2, qPrintable(counts.join(QLatin1Char(' '))));
        QVERIFY2(counts.at(0).toInt() >= 5 * 12, qPrintable(counts.join(QLatin1Char(' '))));
        // Some grants and some refusals, so the comparison covers both answers.
        QVERIFY2(counts.at(1).toInt() > 10, qPrintable(counts.join(QLatin1Char(' '))));
        QVERIFY(counts.at(1).toInt() < counts.at(0).toInt());
    }

    void meDescribesTheCaller()
    {
        PgConnection c(m_supervisor1, QStringLiteral("tst_access"));
        PgSession session(c);
        const Identity me = Identity::load(session);
        QCOMPARE(me.login, m_supervisorLogin);
        QCOMPARE(me.role, RoleKind::FloorSupervisor);
        QCOMPARE(me.tenantName, QStringLiteral("Alpha"));
        QCOMPARE(me.darkStores.size(), 1);
        QCOMPARE(me.darkStores.first().code, QStringLiteral("DS1"));
        QCOMPARE(me.whereText(), QStringLiteral("DS1"));
        QCOMPARE(me.schemaVersion,
                 scalar(*m_admin, QStringLiteral("SELECT max(version) FROM "
                                                 "stockroom_meta.schema_migrations"))
                     .toInt());
        // The superuser is nobody's staff.
        const auto e = refusal(*m_admin, QStringLiteral("SELECT api.me()"));
        QVERIFY(e);
        QCOMPARE(apiErrorCodeForSqlState(e->sqlState()), ApiErrorCode::NotStaff);
    }
};

QTEST_GUILESS_MAIN(TestAccess)
#include "tst_access.moc"
