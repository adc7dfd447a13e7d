// Access control checked in the system catalogue: what must hold for every table, view,
// function and role the schema has now or will have later, so a new migration cannot quietly
// leave a hole (a table without forced row-level security, an unpinned SECURITY DEFINER
// function, a role that bypasses the policies).
#include "access/apierror.h"
#include "catalogfixture.h"
#include "db/pgconnection.h"
#include "testdatabase.h"

#include <QtTest>
#include <memory>

using namespace stockroom;
using namespace stockroom::test;

namespace {

QString scalar(PgConnection &c, const QString &sql, const QList<SqlParam> &params = {})
{
    return c.scalar(sql, params).value_or(QStringLiteral("<null>"));
}

} // namespace

class TestAccessCatalogue : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<PgConnection> m_admin; // the cluster superuser

private Q_SLOTS:
    void initTestCase()
    {
        m_db = std::make_unique<TestDatabase>(QStringLiteral("accesscatalogue"));
        catalogfixture::load(m_db->info());
        m_admin = std::make_unique<PgConnection>(m_db->info(), QStringLiteral("tst_access"));
        // One login of every role, so the role checks see real staff.
        const QString store = scalar(*m_admin,
                                     QStringLiteral("SELECT id FROM stores WHERE "
                                                    "tenant_id = $1 AND code = 'S1'"),
                                     {catalogfixture::TenantA});
        const QString darkStore = catalogfixture::addDarkStore(m_db->info());
        (void)m_db->addStaff(catalogfixture::TenantA, RoleKind::Admin);
        (void)m_db->addStaff(catalogfixture::TenantA, RoleKind::StoreManager, {{store}, {}, {}});
        (void)m_db->addStaff(catalogfixture::TenantA, RoleKind::FloorSupervisor,
                             {{}, {}, {darkStore}});
        (void)m_db->addStaff(catalogfixture::TenantB, RoleKind::Admin);
    }

    void cleanupTestCase()
    {
        m_admin.reset();
        m_db.reset();
    }

    void everyTenantTableHasForcedRowLevelSecurity()
    {
        const PgResult r = m_admin->exec(
            QStringLiteral("SELECT count(*), string_agg(c.oid::regclass::text, ', ' ORDER BY 1)"
                           "   FILTER (WHERE NOT (c.relrowsecurity AND c.relforcerowsecurity))"
                           " FROM pg_class c"
                           " WHERE c.relkind IN ('r', 'p')"
                           "   AND c.relnamespace NOT IN ('pg_catalog'::regnamespace, "
                           "'information_schema'::regnamespace)"
                           "   AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid"
                           "                 AND a.attname = 'tenant_id' AND NOT a.attisdropped)"));
        QVERIFY2(r.value(0, 0).toInt() >= 70, qPrintable(r.value(0, 0))); // incl. partitions
        QVERIFY2(r.isNull(0, 1),
                 qPrintable(QStringLiteral("without forced RLS: ") + r.value(0, 1)));
    }

    void everyViewIsSecurityInvoker()
    {
        // A view runs with its owner's rights unless security_invoker is set; the owner sees
        // every row, so a plain view would hand any reader the whole table.
        const PgResult r = m_admin->exec(QStringLiteral(
            "SELECT string_agg(c.oid::regclass::text, ', ') FROM pg_class c"
            " WHERE c.relkind IN ('v', 'm')"
            "   AND c.relnamespace IN ('public'::regnamespace, 'api'::regnamespace, "
            "'auth'::regnamespace)"
            "   AND NOT coalesce('security_invoker=true' = ANY (c.reloptions), false)"));
        QVERIFY2(r.isNull(0, 0),
                 qPrintable(QStringLiteral("not security_invoker: ") + r.value(0, 0)));
    }

    void everySecurityDefinerFunctionIsPinnedAndPrivate()
    {
        const PgResult r = m_admin->exec(QStringLiteral(
            "SELECT count(*),"
            "  string_agg(p.oid::regprocedure::text, ', ') FILTER (WHERE NOT EXISTS ("
            "    SELECT 1 FROM unnest(p.proconfig) s WHERE s LIKE 'search_path=%')),"
            "  string_agg(p.oid::regprocedure::text, ', ') FILTER (WHERE "
            "    has_function_privilege('public', p.oid, 'EXECUTE'))"
            " FROM pg_proc p"
            " WHERE p.prosecdef AND p.pronamespace NOT IN ('pg_catalog'::regnamespace, "
            "'information_schema'::regnamespace)"));
        QVERIFY2(r.value(0, 0).toInt() >= 8, qPrintable(r.value(0, 0)));
        QVERIFY2(r.isNull(0, 1),
                 qPrintable(QStringLiteral("search_path not pinned: ") + r.value(0, 1)));
        QVERIFY2(r.isNull(0, 2),
                 qPrintable(QStringLiteral("executable by PUBLIC: ") + r.value(0, 2)));
    }

    void noStockroomRoleBypassesRowLevelSecurity()
    {
        // The group roles, the owner, and every staff login.
        const PgResult r = m_admin->exec(QStringLiteral(
            "SELECT count(*), string_agg(rolname, ', ') FILTER (WHERE rolsuper OR rolbypassrls)"
            " FROM pg_roles WHERE rolname LIKE 'stockroom\\_%'"
            "    OR rolname IN (SELECT login_role FROM staff)"));
        QVERIFY2(r.value(0, 0).toInt() >= 4 + 4, qPrintable(r.value(0, 0)));
        QVERIFY2(r.isNull(0, 1), qPrintable(QStringLiteral("bypass: ") + r.value(0, 1)));
        // And every staff login is in exactly one group role.
        QCOMPARE(scalar(*m_admin,
                        QStringLiteral(
                            "SELECT count(*) FROM staff s WHERE (SELECT count(*) FROM "
                            "pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid"
                            " JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = s.login_role"
                            " AND g.rolname LIKE 'stockroom\\_%') <> 1")),
                 QStringLiteral("0"));
    }

    void errorCodesMatchTheDatabase()
    {
        // core/access/apierror.cpp mirrors auth.error_sqlstate; every code maps both ways.
        for (const ApiErrorCodeInfo &info : apiErrorCodes()) {
            QCOMPARE(scalar(*m_admin, QStringLiteral("SELECT auth.error_sqlstate($1)"),
                            {QString::fromLatin1(info.name)}),
                     QString::fromLatin1(info.sqlState));
            QCOMPARE(apiErrorCodeForSqlState(QString::fromLatin1(info.sqlState)), info.code);
        }
        // …and the database knows no code the app does not.
        const QString unknownInDb = scalar(
            *m_admin,
            QStringLiteral("SELECT count(*) FROM regexp_matches(pg_get_functiondef("
                           "'auth.error_sqlstate(text)'::regprocedure), '''SR[0-9]{3}''', 'g')"));
        QCOMPARE(unknownInDb.toInt(), int(apiErrorCodes().size()) + 1); // + the SR000 fallback
    }
};

QTEST_GUILESS_MAIN(TestAccessCatalogue)
#include "tst_accesscatalogue.moc"
