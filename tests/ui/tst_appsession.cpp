// The signed-in session on the embedded demo, through the real AppController: the superuser only
// prepares the database, the window works as the default demo staff login; Switch user and Sign
// out replace the connection, the identity and what the screens show. The app also runs the live
// stream (stockroomd serve on a loopback port it picks) and each session follows it live.
#include "appcontroller.h"
#include "db/dbexecutor.h"
#include "passwordvault.h"
#include "stream/streamclient.h"

#include <QSettings>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace stockroom;

namespace {

// The first value of @p sql, run on the session's database thread.
QString runScalar(AppController &app, const QString &sql)
{
    QString user;
    bool done = false;
    app.executor()->run<QString>(
        &app,
        [sql](QSqlDatabase &db) {
            QSqlQuery q(db);
            if (!q.exec(sql) || !q.next())
                return QString();
            return q.value(0).toString();
        },
        [&](const DbResult<QString> &result) {
            user = result.value.value_or(result.error);
            done = true;
        });
    if (!QTest::qWaitFor([&]() { return done; }, 15000))
        return QStringLiteral("(no answer)");
    return user;
}

// Who the session's database thread is connected as, asked of the server itself.
QString currentUser(AppController &app)
{
    return runScalar(app, QStringLiteral("SELECT current_user"));
}

} // namespace

class TestAppSession : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        // No keychain here; nothing in this suite remembers a password.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/stockroom-test-bus");
        // The app runs stockroomd jobs and serve beside it: the ones of this build.
        qputenv("STOCKROOMD", STOCKROOMD_PATH);
        QVERIFY(m_dir.isValid());
        // As root the server runs as "postgres", which must be able to enter the folder.
        QFile::setPermissions(m_dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                QFileDevice::ExeOwner | QFileDevice::ExeGroup |
                                                QFileDevice::ExeOther);
    }

    void embeddedDemoSessionSwitchAndSignOut()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        PasswordVault vault(QStringLiteral("Stockroom tests"));
        AppController app(settings, vault);
        QSignalSpy identityChanges(&app, &AppController::identityChanged);
        AppController::Plan plan;
        plan.clusterRoot = m_dir.filePath(QStringLiteral("cluster"));
        plan.demoVariants = 60;
        plan.durable = false;
        app.start(plan);
        QTRY_VERIFY_WITH_TIMEOUT(app.state() == AppController::State::Ready ||
                                     app.state() == AppController::State::Failed,
                                 300000);
        QVERIFY2(app.state() == AppController::State::Ready, qPrintable(app.errorText()));

        // The default demo account, signed in over TCP with its password.
        QVERIFY(app.isSignedIn());
        QCOMPARE(app.login(), QStringLiteral("demo_manager"));
        QCOMPARE(app.displayName(), QStringLiteral("Vikram Nair"));
        QCOMPARE(app.roleKind(), QStringLiteral("store_manager"));
        QCOMPARE(app.roleTitle(), QStringLiteral("Store manager"));
        QCOMPARE(app.whereText(), QStringLiteral("BLR-IND, MUM-AND"));
        QVERIFY(!app.tenantName().isEmpty());
        QCOMPARE(app.areas(), (QStringList{QStringLiteral("catalog"), QStringLiteral("prices"),
                                           QStringLiteral("store"), QStringLiteral("stock"),
                                           QStringLiteral("reservations"),
                                           QStringLiteral("activity"), QStringLiteral("sources")}));
        QVERIFY(app.canSwitchUser());
        QCOMPARE(currentUser(app), QStringLiteral("demo_manager"));
        // Live updates from the embedded stockroomd serve, on loopback.
        QTRY_COMPARE_WITH_TIMEOUT(app.live()->state(), QStringLiteral("live"), 30000);
        QCOMPARE(app.stream()->url().host(), QStringLiteral("127.0.0.1"));
        QVERIFY(app.stream()->url().port() > 0);
        QTRY_VERIFY_WITH_TIMEOUT(app.live()->activity()->loadedOnce(), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(app.catalog()->loadedOnce(), 30000);
        QVERIFY(app.catalog()->rowCount() > 0);
        const QString tenant = app.tenantId();

        // A category renamed elsewhere (here behind the screens' back, on the session's own
        // connection): its event comes back on the stream and the category lists read it.
        QVERIFY(app.categoryTree()->canEdit());
        QTRY_VERIFY_WITH_TIMEOUT(app.categories()->loadedOnce(), 15000);
        QVERIFY(!app.categories()->allNodes().isEmpty());
        const CategoryNode renamed = app.categories()->allNodes().first();
        const QString newName = renamed.name + QStringLiteral(" & More");
        QCOMPARE(runScalar(app, QStringLiteral("SELECT api.rename_category(gen_random_uuid(), '%1',"
                                               " '%2')->>'name'")
                                    .arg(renamed.id, newName)),
                 newName);
        const auto nameNow = [&]() {
            for (const CategoryNode &n : app.categories()->allNodes())
                if (n.id == renamed.id)
                    return n.name;
            return QString();
        };
        QTRY_COMPARE_WITH_TIMEOUT(nameNow(), newName, 15000);
        QCOMPARE(app.categoryTree()->tree()->node(renamed.id)->name, newName);

        // Switch user: a new connection as the admin, a new identity, the screens afresh.
        app.catalog()->setSearch(QStringLiteral("zzzz-nothing"));
        identityChanges.clear();
        app.switchUser(QStringLiteral("demo_admin"));
        QTRY_VERIFY_WITH_TIMEOUT(app.state() == AppController::State::Ready &&
                                     app.login() == QLatin1String("demo_admin"),
                                 30000);
        QVERIFY(identityChanges.count() >= 2); // signed out, then in
        QCOMPARE(app.roleKind(), QStringLiteral("admin"));
        QCOMPARE(app.areas(),
                 (QStringList{QStringLiteral("catalog"), QStringLiteral("prices"),
                              QStringLiteral("store"), QStringLiteral("stock"),
                              QStringLiteral("reservations"), QStringLiteral("activity"),
                              QStringLiteral("sources"), QStringLiteral("staff")}));
        QCOMPARE(app.tenantId(), tenant);
        QVERIFY(app.whereText().startsWith(QLatin1String("All stores of")));
        QCOMPARE(currentUser(app), QStringLiteral("demo_admin"));
        QCOMPARE(app.catalog()->search(), QString());
        QTRY_COMPARE_WITH_TIMEOUT(app.live()->state(), QStringLiteral("live"), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(app.catalog()->loadedOnce(), 30000);
        QVERIFY(app.catalog()->rowCount() > 0);

        // Sign out: no session, nothing left on the screens, the sign-in screen on the demo.
        app.signOut();
        QCOMPARE(app.state(), AppController::State::SignIn);
        QVERIFY(!app.isSignedIn());
        QCOMPARE(app.executor(), nullptr);
        QCOMPARE(app.stream(), nullptr);
        QCOMPARE(app.live()->state(), QStringLiteral("offline"));
        QCOMPARE(app.displayName(), QString());
        QVERIFY(!app.canSwitchUser());
        QCOMPARE(app.catalog()->rowCount(), 0);
        QCOMPARE(app.signIn()->currentServer().value(QStringLiteral("builtIn")).toBool(), true);

        // And in again, by hand, as the floor supervisor.
        app.signIn()->setLogin(QStringLiteral("demo_supervisor"));
        app.signIn()->signIn(QStringLiteral("wrong"));
        QTRY_COMPARE_WITH_TIMEOUT(app.signIn()->errorKind(), QStringLiteral("wrong_password"),
                                  15000);
        QCOMPARE(app.state(), AppController::State::SignIn);
        app.signIn()->signIn(QStringLiteral("stockroom-supervisor"));
        QTRY_VERIFY_WITH_TIMEOUT(app.state() == AppController::State::Ready, 15000);
        QCOMPARE(app.roleKind(), QStringLiteral("floor_supervisor"));
        QCOMPARE(app.whereText(), QStringLiteral("BLR-KOR"));
        QCOMPARE(currentUser(app), QStringLiteral("demo_supervisor"));
        // The category tree shows, without its editing controls.
        QVERIFY(!app.categoryTree()->canEdit());
        app.shutdown();
    }
};

QTEST_MAIN(TestAppSession)
#include "tst_appsession.moc"
