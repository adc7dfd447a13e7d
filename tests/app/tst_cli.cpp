// The two executables from the outside, as a person or a script uses them: stockroomd's migrate
// and seed-demo with good and bad input, and stockroom's start-up refusals.
#include "db/databaseerror.h"
#include "db/pgconnection.h"
#include "programrun.h"
#include "testdatabase.h"

#include <QImage>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QtTest>

using namespace stockroom;

namespace {

using Run = test::ProgramRun;

// The desktop's settings (saved servers) go to a folder of this run, never the person's own.
QTemporaryDir &configHome()
{
    static QTemporaryDir dir;
    return dir;
}

Run run(const QString &program, const QStringList &args)
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome().path());
    return test::runProgram(program, args, env);
}

const QString Server = QStringLiteral(STOCKROOMD_PATH);
const QString Desktop = QStringLiteral(STOCKROOM_PATH);

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void migrateAndSeed()
    {
        test::TestDatabase db(QStringLiteral("cli"), false);
        Run r = run(Server, {QStringLiteral("seed-demo"), QStringLiteral("--db"), db.conninfo(),
                             QStringLiteral("--variants"), QStringLiteral("50")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("Run 'stockroomd migrate' first")),
                 qPrintable(r.err));

        r = run(Server, {QStringLiteral("migrate"), QStringLiteral("--db"), db.conninfo()});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String("applying 0001_roles_extensions.sql")),
                 qPrintable(r.out));
        r = run(Server, {QStringLiteral("migrate"), QStringLiteral("--db"), db.conninfo()});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String("nothing to do")), qPrintable(r.out));

        r = run(Server, {QStringLiteral("seed-demo"), QStringLiteral("--db"), db.conninfo(),
                         QStringLiteral("--variants"), QStringLiteral("60")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String("60 variants")), qPrintable(r.out));
        r = run(Server, {QStringLiteral("seed-demo"), QStringLiteral("--db"), db.conninfo(),
                         QStringLiteral("--variants"), QStringLiteral("60")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("already exists")), qPrintable(r.err));
        r = run(Server, {QStringLiteral("seed-demo"), QStringLiteral("--db"), db.conninfo(),
                         QStringLiteral("--variants"), QStringLiteral("20"),
                         QStringLiteral("--tenant"), QStringLiteral("Second Shop")});
        QCOMPARE(r.exitCode, 0);
        PgConnection conn(db.info(), QStringLiteral("test"));
        QCOMPARE(conn.scalar(QStringLiteral("SELECT count(*) FROM tenants")).value_or(QString()),
                 QStringLiteral("2"));
        QCOMPARE(conn.scalar(QStringLiteral("SELECT count(*) FROM variants")).value_or(QString()),
                 QStringLiteral("80"));
    }

    // The "done when": psql as the demo floor supervisor sees only their dark store's
    // operational rows and can write nothing directly; and staff administration end to end.
    void demoSupervisorAndStaffCommands()
    {
        test::TestDatabase db(QStringLiteral("clistaff"));
        Run r = run(Server, {QStringLiteral("seed-demo"), QStringLiteral("--db"), db.conninfo(),
                             QStringLiteral("--variants"), QStringLiteral("40")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String("demo_supervisor   password stockroom-supervisor")),
                 qPrintable(r.out));

        PgConnection supervisor(
            db.loginInfo(QStringLiteral("demo_supervisor"), QStringLiteral("stockroom-supervisor")),
            QStringLiteral("test"));
        auto value = [](PgConnection &c, const QString &sql) {
            return c.scalar(sql).value_or(QStringLiteral("<null>"));
        };
        QCOMPARE(value(supervisor, QStringLiteral("SELECT string_agg(DISTINCT d.code, ',') FROM "
                                                  "dark_store_orders o JOIN dark_stores d ON "
                                                  "d.id = o.dark_store_id")),
                 QStringLiteral("BLR-KOR"));
        QCOMPARE(value(supervisor, QStringLiteral("SELECT string_agg(code, ',') FROM locations")),
                 QStringLiteral("BLR-KOR-DS"));
        try {
            supervisor.exec(QStringLiteral("UPDATE dark_store_orders SET status = 'cancelled'"));
            QFAIL("a floor supervisor updated orders directly");
        } catch (const DatabaseError &e) {
            QCOMPARE(e.sqlState(), QStringLiteral("42501"));
        }

        const QStringList base{QStringLiteral("--db"), db.conninfo()};
        auto staff = [&](const QStringList &args) {
            return run(Server, QStringList{QStringLiteral("staff")} + args + base);
        };
        r = staff({QStringLiteral("add"), QStringLiteral("--login"), QStringLiteral("ravi.k"),
                   QStringLiteral("--password"), QStringLiteral("picker-pass-1"),
                   QStringLiteral("--role"), QStringLiteral("floor_supervisor"),
                   QStringLiteral("--tenant"), QStringLiteral("annapurna-fresh"),
                   QStringLiteral("--dark-store"), QStringLiteral("MUM-POW"),
                   QStringLiteral("--name"), QStringLiteral("Ravi Kumar")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String("Added floor supervisor \"ravi.k\"")),
                 qPrintable(r.out + r.err));
        const ConnectionInfo ravi =
            db.loginInfo(QStringLiteral("ravi.k"), QStringLiteral("picker-pass-1"));
        {
            PgConnection c(ravi, QStringLiteral("test"));
            QCOMPARE(value(c, QStringLiteral("SELECT string_agg(code, ',') FROM dark_stores")),
                     QStringLiteral("MUM-POW"));
        }
        // Refusals, each naming what is wrong.
        r = staff({QStringLiteral("add"), QStringLiteral("--login"), QStringLiteral("ravi.k"),
                   QStringLiteral("--password"), QStringLiteral("picker-pass-1"),
                   QStringLiteral("--role"), QStringLiteral("floor_supervisor"),
                   QStringLiteral("--tenant"), QStringLiteral("annapurna-fresh"),
                   QStringLiteral("--dark-store"), QStringLiteral("MUM-POW")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("login named \"ravi.k\" already exists")),
                 qPrintable(r.err));
        r = staff({QStringLiteral("add"), QStringLiteral("--login"), QStringLiteral("nobody1"),
                   QStringLiteral("--password"), QStringLiteral("picker-pass-1"),
                   QStringLiteral("--role"), QStringLiteral("cashier"), QStringLiteral("--tenant"),
                   QStringLiteral("annapurna-fresh")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("Unknown role \"cashier\"")), qPrintable(r.err));
        r = staff({QStringLiteral("add"), QStringLiteral("--login"), QStringLiteral("nobody1"),
                   QStringLiteral("--password"), QStringLiteral("picker-pass-1"),
                   QStringLiteral("--role"), QStringLiteral("admin"), QStringLiteral("--tenant"),
                   QStringLiteral("no-such-shop")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("There is no tenant \"no-such-shop\"")) &&
                     r.err.contains(QLatin1String("annapurna-fresh")),
                 qPrintable(r.err));
        r = staff({QStringLiteral("add"), QStringLiteral("--login"), QStringLiteral("nobody1"),
                   QStringLiteral("--password"), QStringLiteral("picker-pass-1"),
                   QStringLiteral("--role"), QStringLiteral("store_manager"),
                   QStringLiteral("--tenant"), QStringLiteral("annapurna-fresh"),
                   QStringLiteral("--store"), QStringLiteral("XYZ-1")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("There is no store \"XYZ-1\"")) &&
                     r.err.contains(QLatin1String("BLR-IND")),
                 qPrintable(r.err));
        // Grant, revoke, disable.
        r = staff({QStringLiteral("grant"), QStringLiteral("--login"), QStringLiteral("ravi.k"),
                   QStringLiteral("--dark-store"), QStringLiteral("BLR-KOR")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String("ravi.k: Floor supervisor, BLR-KOR, MUM-POW")),
                 qPrintable(r.out + r.err));
        r = staff({QStringLiteral("revoke"), QStringLiteral("--login"), QStringLiteral("ravi.k"),
                   QStringLiteral("--dark-store"), QStringLiteral("MUM-POW")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String("ravi.k: Floor supervisor, BLR-KOR\n")),
                 qPrintable(r.out + r.err));
        r = staff({QStringLiteral("grant"), QStringLiteral("--login"), QStringLiteral("ravi.k"),
                   QStringLiteral("--store"), QStringLiteral("BLR-IND")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("works in dark stores only")), qPrintable(r.err));
        r = staff({QStringLiteral("disable"), QStringLiteral("--login"), QStringLiteral("ravi.k")});
        QCOMPARE(r.exitCode, 0);
        try {
            PgConnection c(ravi, QStringLiteral("test"));
            QFAIL("a disabled login connected");
        } catch (const DatabaseError &e) {
            QVERIFY2(e.message().contains(QLatin1String("not permitted to log in")),
                     qPrintable(e.message()));
        }
        r = staff({QStringLiteral("list")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String("4 staff members")) &&
                     r.out.contains(QLatin1String("[disabled]")),
                 qPrintable(r.out));
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("invalid conninfo")
            << QStringList{QStringLiteral("migrate"), QStringLiteral("--db"),
                           QStringLiteral("host=a bogus=1")}
            << 2 << QStringLiteral("not a valid connection string");
        QTest::newRow("invalid uri")
            << QStringList{QStringLiteral("migrate"), QStringLiteral("--db"),
                           QStringLiteral("postgresql://u@h%zz/db")}
            << 2 << QStringLiteral("not a valid connection string");
        QTest::newRow("unreachable")
            << QStringList{QStringLiteral("migrate"), QStringLiteral("--db"),
                           QStringLiteral(
                               "host=127.0.0.1 port=1 connect_timeout=3 dbname=x user=x")}
            << 1 << QStringLiteral("Check that the server is running");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << 2
                                         << QStringLiteral("unknown command \"frobnicate\"");
        QTest::newRow("bad variants")
            << QStringList{QStringLiteral("seed-demo"), QStringLiteral("--variants"),
                           QStringLiteral("lots")}
            << 2 << QStringLiteral("--variants takes a whole number");
        QTest::newRow("stray argument")
            << QStringList{QStringLiteral("migrate"), QStringLiteral("extra")} << 2
            << QStringLiteral("unexpected argument \"extra\"");
    }

    void badInput()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const Run r = run(Server, args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void desktopRefusals_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("invalid server address")
            << QStringList{QStringLiteral("--server"), QStringLiteral("host=a bogus=1")} << 2
            << QStringLiteral("is not a server address this app can use");
        QTest::newRow("unknown saved server")
            << QStringList{QStringLiteral("--server"), QStringLiteral("Head office")} << 2
            << QStringLiteral("There is no saved server named \"Head office\"");
        QTest::newRow("server with demo")
            << QStringList{QStringLiteral("--server"), QStringLiteral("postgresql://h/stockroom"),
                           QStringLiteral("--reset-demo")}
            << 2 << QStringLiteral("cannot be combined");
        QTest::newRow("sign-in with data dir")
            << QStringList{QStringLiteral("--sign-in"), QStringLiteral("--data-dir"),
                           QStringLiteral("/tmp")}
            << 2 << QStringLiteral("cannot be combined");
        QTest::newRow("bad variants")
            << QStringList{QStringLiteral("--demo-variants"), QStringLiteral("-4")} << 2
            << QStringLiteral("positive whole number");
        QTest::newRow("unknown demo user")
            << QStringList{QStringLiteral("--demo-user"), QStringLiteral("root")} << 2
            << QStringLiteral("\"root\" is not a demo account; use one of demo_admin, "
                              "demo_manager, demo_supervisor");
    }

    void desktopRefusals()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const Run r = run(Desktop, args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void desktopServerShowsSignIn()
    {
        // Against a server the app signs no one in by itself: it shows the sign-in screen.
        test::TestDatabase db(QStringLiteral("clisignin"));
        QTemporaryFile shot(QDir::tempPath() + QStringLiteral("/shot-XXXXXX.png"));
        QVERIFY(shot.open());
        const Run r = run(Desktop, {QStringLiteral("--server"), db.conninfo(),
                                    QStringLiteral("--screenshot"), shot.fileName()});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String("showing the sign-in screen")), qPrintable(r.out));
        QVERIFY(!QImage(shot.fileName()).isNull());
    }

    void desktopUnusableDataDir()
    {
        QTemporaryFile file;
        QVERIFY(file.open());
        QTemporaryFile shot(QDir::tempPath() + QStringLiteral("/shot-XXXXXX.png"));
        QVERIFY(shot.open());
        const Run r =
            run(Desktop, {QStringLiteral("--data-dir"), file.fileName() + QStringLiteral("/x"),
                          QStringLiteral("--screenshot"), shot.fileName()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("Cannot create the folder")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
