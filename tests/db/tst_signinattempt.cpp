// Signing in against the real test cluster: every way it can fail, as the person would meet it,
// and the identity when it works. No part of the database is mocked.
#include "access/signin.h"
#include "catalogfixture.h"
#include "db/migrator.h"
#include "db/pgconnection.h"
#include "testdatabase.h"

#include <QTcpServer>
#include <QtTest>

using namespace stockroom;

namespace {

int latestVersion()
{
    return Migrator::bundled().last().version;
}

} // namespace

class TestSignInAttempt : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_db;
    ConnectionInfo m_manager;

    static void verifyFailure(const SignInResult &result, SignInFailure expected)
    {
        QVERIFY2(!result.ok(), "the sign-in should have failed");
        QVERIFY2(result.failure == expected,
                 qPrintable(QStringLiteral("expected %1, got %2: %3")
                                .arg(signInFailureName(expected), signInFailureName(result.failure),
                                     result.serverMessage)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = std::make_unique<test::TestDatabase>(QStringLiteral("signin"));
        test::catalogfixture::load(m_db->info());
        m_manager = test::catalogfixture::managerOfAlpha(*m_db);
    }

    void cleanupTestCase() { m_db.reset(); }

    void staffSignsIn()
    {
        const SignInResult result = attemptSignIn(m_manager);
        QVERIFY2(result.ok(), qPrintable(result.serverMessage));
        const Identity &me = *result.identity;
        QCOMPARE(me.login, m_manager.value(QStringLiteral("user")));
        QCOMPARE(me.role, RoleKind::StoreManager);
        QCOMPARE(me.tenantId, test::catalogfixture::TenantA);
        QCOMPARE(me.tenantName, QStringLiteral("Alpha"));
        QCOMPARE(me.whereText(), QStringLiteral("S1"));
        QCOMPARE(me.schemaVersion, latestVersion());
    }

    void wrongPassword()
    {
        verifyFailure(
            attemptSignIn(m_manager.with(QStringLiteral("password"), QStringLiteral("nope"))),
            SignInFailure::WrongPassword);
    }

    void unknownLoginLooksLikeWrongPassword()
    {
        verifyFailure(attemptSignIn(m_db->loginInfo(QStringLiteral("nobody_here"))),
                      SignInFailure::WrongPassword);
    }

    void disabledAccount()
    {
        const ConnectionInfo info = test::catalogfixture::managerOfAlpha(*m_db);
        const QString login = info.value(QStringLiteral("user"));
        QVERIFY(attemptSignIn(info).ok());
        {
            PgConnection admin(m_db->info(), QStringLiteral("test"));
            admin.exec(QStringLiteral("SELECT api.staff_set_active(gen_random_uuid(), $1, $2, "
                                      "false)"),
                       {test::catalogfixture::TenantA, login});
        }
        verifyFailure(attemptSignIn(info), SignInFailure::AccountDisabled);
    }

    void closedPort()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        const ConnectionInfo info =
            m_manager.with(QStringLiteral("host"), QStringLiteral("127.0.0.1"))
                .with(QStringLiteral("port"), QString::number(port));
        verifyFailure(attemptSignIn(info), SignInFailure::ServerRefused);
    }

    void silentServerTimesOut()
    {
        // Accepts the TCP connection (the kernel does) and never answers.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        const ConnectionInfo info =
            m_manager.with(QStringLiteral("host"), QStringLiteral("127.0.0.1"))
                .with(QStringLiteral("port"), QString::number(silent.serverPort()))
                .with(QStringLiteral("connect_timeout"), QStringLiteral("2"));
        QElapsedTimer timer;
        timer.start();
        verifyFailure(attemptSignIn(info), SignInFailure::TimedOut);
        QVERIFY(timer.elapsed() < 10000);
    }

    void unknownHost()
    {
        verifyFailure(attemptSignIn(m_manager.with(QStringLiteral("host"),
                                                   QStringLiteral("stockroom-db.invalid"))),
                      SignInFailure::UnknownHost);
    }

    void noSuchDatabase()
    {
        verifyFailure(attemptSignIn(m_manager.with(QStringLiteral("dbname"),
                                                   QStringLiteral("no_such_db_here"))),
                      SignInFailure::NoSuchDatabase);
    }

    void notAStockroomDatabase()
    {
        test::TestDatabase empty(QStringLiteral("signinempty"), false);
        // The superuser may connect anywhere; there is simply no api schema.
        verifyFailure(attemptSignIn(empty.info()), SignInFailure::NotStockroom);
    }

    void plainLoginIsNotStaff()
    {
        const QString login = QStringLiteral("plain_%1").arg(QCoreApplication::applicationPid());
        PgConnection admin(m_db->info(), QStringLiteral("test"));
        admin.exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(login));
        admin.exec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'plain-password'").arg(login));
        const SignInResult result =
            attemptSignIn(m_db->loginInfo(login, QStringLiteral("plain-password")));
        admin.exec(QStringLiteral("DROP ROLE %1").arg(login));
        verifyFailure(result, SignInFailure::NotStaff);
    }

    void staffOfAnotherDatabaseIsNotStaffHere()
    {
        test::TestDatabase other(QStringLiteral("signinother"));
        const ConnectionInfo elsewhere = m_manager.with(QStringLiteral("dbname"), other.name());
        verifyFailure(attemptSignIn(elsewhere), SignInFailure::NotStaff);
    }

    void superuserIsNotStaff()
    {
        verifyFailure(attemptSignIn(m_db->info()), SignInFailure::NotStaff);
    }

    void schemaVersionMismatch()
    {
        SignInResult older = attemptSignIn(m_manager, latestVersion() + 1);
        verifyFailure(older, SignInFailure::SchemaTooOld);
        QCOMPARE(older.databaseSchemaVersion, latestVersion());
        QCOMPARE(older.appSchemaVersion, latestVersion() + 1);
        verifyFailure(attemptSignIn(m_manager, latestVersion() - 1), SignInFailure::SchemaTooNew);
    }
};

QTEST_GUILESS_MAIN(TestSignInAttempt)
#include "tst_signinattempt.moc"
