#include "testdatabase.h"

#include "db/migrator.h"
#include "db/pgconnection.h"
#include "db/sqlsession.h"

#include <QCoreApplication>
#include <QFile>
#include <atomic>
#include <stdexcept>

namespace stockroom::test {

ConnectionInfo TestDatabase::adminInfo()
{
    const QString dir = qEnvironmentVariable("STOCKROOM_TEST_CLUSTER_DIR");
    QFile file(dir + QStringLiteral("/admin.conninfo"));
    if (dir.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        throw std::runtime_error("No test PostgreSQL cluster: run database tests through ctest, "
                                 "which starts one (fixture pgcluster)");
    }
    QString error;
    const auto info = ConnectionInfo::parse(QString::fromUtf8(file.readAll()).trimmed(), &error);
    if (!info)
        throw std::runtime_error(error.toStdString());
    return *info;
}

TestDatabase::TestDatabase(const QString &purpose, bool migrated)
{
    static std::atomic<int> counter{0};
    m_name = QStringLiteral("t_%1_%2_%3")
                 .arg(purpose.toLower().left(30))
                 .arg(QCoreApplication::applicationPid())
                 .arg(counter++);
    const ConnectionInfo admin = adminInfo();
    {
        PgConnection conn(admin, QStringLiteral("stockroom-tests"));
        conn.exec(QStringLiteral("DROP DATABASE IF EXISTS \"%1\" WITH (FORCE)").arg(m_name));
        conn.exec(QStringLiteral("CREATE DATABASE \"%1\"").arg(m_name));
    }
    m_info = admin.with(QStringLiteral("dbname"), m_name);
    if (migrated) {
        // Migration 0001 creates and alters the cluster-wide group roles, which two databases
        // migrating at the same moment can collide on ("tuple concurrently updated"); suites
        // running in parallel take turns, through a lock in the shared maintenance database.
        PgConnection turn(admin, QStringLiteral("stockroom-tests"));
        turn.exec(QStringLiteral("SELECT pg_advisory_lock(hashtext('stockroom-tests.migrate'))"));
        PgConnection conn(m_info, QStringLiteral("stockroom-tests"));
        Migrator(conn).migrate();
    }
}

ConnectionInfo TestDatabase::addStaff(const QString &tenantId, RoleKind role,
                                      const StaffScope &scope, QString *login) const
{
    static std::atomic<int> counter{0};
    NewStaff spec;
    spec.tenantId = tenantId;
    spec.login = QStringLiteral("%1_%2_%3")
                     .arg(roleKindName(role).left(5).replace(QLatin1Char('_'), QLatin1Char('m')))
                     .arg(QCoreApplication::applicationPid())
                     .arg(counter++);
    spec.displayName = QStringLiteral("Test ") + roleKindTitle(role);
    spec.role = role;
    spec.password = StaffPassword;
    spec.scope = scope;
    PgConnection conn(m_info, QStringLiteral("stockroom-tests"));
    PgSession session(conn);
    staff::add(session, spec);
    if (login)
        *login = spec.login;
    return loginInfo(spec.login);
}

ConnectionInfo TestDatabase::loginInfo(const QString &login, const QString &password) const
{
    return m_info.with(QStringLiteral("user"), login).with(QStringLiteral("password"), password);
}

TestDatabase::~TestDatabase()
{
    try {
        PgConnection conn(adminInfo(), QStringLiteral("stockroom-tests"));
        conn.exec(QStringLiteral("DROP DATABASE IF EXISTS \"%1\" WITH (FORCE)").arg(m_name));
    } catch (...) {
        // The cluster is torn down with the run anyway.
    }
}

} // namespace stockroom::test
