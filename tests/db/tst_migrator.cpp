#include "db/databaseerror.h"
#include "db/migrator.h"
#include "db/pgconnection.h"
#include "testdatabase.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

using stockroom::DatabaseError;
using stockroom::Migration;
using stockroom::MigrationError;
using stockroom::Migrator;
using stockroom::PgConnection;
using stockroom::test::TestDatabase;

class TestMigrator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void fromFile_acceptsNumberedNames_data();
    void fromFile_acceptsNumberedNames();
    void fromFile_refusesBadNames_data();
    void fromFile_refusesBadNames();
    void constructor_refusesDuplicateVersions();
    void bundled_isOrderedAndMatchesResources();

    void migrate_freshDatabaseAppliesAllInOrder();
    void migrate_rerunIsNoOp();
    void migrate_refusesEditedMigration();
    void migrate_refusesMigrationMissingFromBuild();
    void migrate_refusesNewerDatabase_data();
    void migrate_refusesNewerDatabase();
    void migrate_failingMigrationRollsBack_data();
    void migrate_failingMigrationRollsBack();
    void migrate_concurrentRunsApplyOnce();
    void migrate_neverSilentlySkipsAMigration_data();
    void migrate_neverSilentlySkipsAMigration();
    void migrate_freshClusterTwoDatabasesAtOnce();

private:
    // A migrated database shared by the tests that must leave it unchanged.
    std::unique_ptr<TestDatabase> m_shared;
    QList<Migration> m_bundled;
};

namespace {

// QtTest 6.4 ends the whole run when an exception leaves a test function; the functions catch
// and fail with this instead, SQLSTATE and all.
QByteArray describe(const std::exception &e)
{
    if (const auto *db = dynamic_cast<const DatabaseError *>(&e))
        return (db->sqlState() + QStringLiteral(": ") + db->fullText()).toUtf8();
    if (const auto *migration = dynamic_cast<const MigrationError *>(&e))
        return migration->message().toUtf8();
    return QByteArray("unexpected exception: ") + e.what();
}

const QString kAppName = QStringLiteral("tst_migrator");

QStringList fileNames(const QList<Migration> &migrations)
{
    QStringList names;
    for (const Migration &m : migrations)
        names << m.fileName;
    return names;
}

QString scalar(PgConnection &conn, const QString &sql)
{
    return conn.scalar(sql).value_or(QStringLiteral("<null>"));
}

// The bookkeeping rows as one comparable string: version, file, checksum, applied_at.
QString migrationRows(PgConnection &conn)
{
    return scalar(
        conn,
        QStringLiteral("SELECT string_agg(concat_ws('|', version, file_name, checksum, applied_at),"
                       " E'\\n' ORDER BY version) FROM stockroom_meta.schema_migrations"));
}

// Runs @p migrate and returns the MigrationError it threw, or nullopt when it threw nothing.
template<typename F> std::optional<MigrationError> migrationErrorOf(F &&migrate)
{
    try {
        migrate();
    } catch (const MigrationError &e) {
        return e;
    }
    return std::nullopt;
}

// Advisory locks held in the current database (the migration lock among them).
int advisoryLocksHere(PgConnection &conn)
{
    return scalar(conn, QStringLiteral("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'"
                                       " AND database = (SELECT oid FROM pg_database"
                                       "                 WHERE datname = current_database())"))
        .toInt();
}

} // namespace

void TestMigrator::initTestCase()
{
    try {
        m_bundled = Migrator::bundled();
        QVERIFY(!m_bundled.isEmpty());
        m_shared = std::make_unique<TestDatabase>(QStringLiteral("migrator_shared"), true);
    } catch (const std::exception &e) {
        QFAIL(describe(e).constData());
    }
}

void TestMigrator::cleanupTestCase()
{
    m_shared.reset();
}

void TestMigrator::fromFile_acceptsNumberedNames_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<int>("version");
    QTest::addColumn<QString>("checksum");

    QTest::newRow("first") << "0001_x.sql" << QByteArray("abc") << 1
                           << "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
    QTest::newRow("middle") << "0042_add_things.sql" << QByteArray() << 42
                            << "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    QTest::newRow("last possible")
        << "9999_a1_b2.sql" << QByteArray("abc") << 9999
        << "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
}

void TestMigrator::fromFile_acceptsNumberedNames()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, contents);
    QFETCH(int, version);
    QFETCH(QString, checksum);

    const Migration m = Migration::fromFile(fileName, contents);
    QCOMPARE(m.version, version);
    QCOMPARE(m.fileName, fileName);
    QCOMPARE(m.sql, QString::fromUtf8(contents));
    QCOMPARE(m.checksum, checksum);
}

void TestMigrator::fromFile_refusesBadNames_data()
{
    QTest::addColumn<QString>("fileName");

    QTest::newRow("too few digits") << "1_x.sql";
    QTest::newRow("too many digits") << "00001_x.sql";
    QTest::newRow("dash instead of underscore") << "0001-x.sql";
    QTest::newRow("upper case") << "0001_Catalog.sql";
    QTest::newRow("no name") << "0001_.sql";
    QTest::newRow("no number") << "abcd_x.sql";
    QTest::newRow("wrong extension") << "0001_x.txt";
    QTest::newRow("backup copy") << "0001_x.sql.bak";
    QTest::newRow("with a directory") << "schema/0001_x.sql";
    QTest::newRow("space in name") << "0001_x y.sql";
    QTest::newRow("empty") << "";
}

void TestMigrator::fromFile_refusesBadNames()
{
    QFETCH(QString, fileName);

    const auto error = migrationErrorOf([&] { (void)Migration::fromFile(fileName, "SELECT 1;"); });
    QVERIFY2(error.has_value(), "a badly named migration was accepted");
    QCOMPARE(error->message(),
             QStringLiteral("Migration file name \"%1\" is not of the form NNNN_name.sql")
                 .arg(fileName));
    QCOMPARE(QString::fromStdString(error->what()), error->message());
}

void TestMigrator::constructor_refusesDuplicateVersions()
{
    try {
        PgConnection conn(m_shared->info(), kAppName);
        const QList<Migration> list{Migration::fromFile(QStringLiteral("0002_b.sql"), "SELECT 2;"),
                                    Migration::fromFile(QStringLiteral("0001_a.sql"), "SELECT 1;"),
                                    Migration::fromFile(QStringLiteral("0002_c.sql"), "SELECT 3;")};
        const auto error = migrationErrorOf([&] { Migrator migrator(conn, list); });
        QVERIFY2(error.has_value(), "two migrations with one version were accepted");
        QVERIFY2(error->message().contains(QLatin1String("Two migrations share version 2")),
                 qPrintable(error->message()));
        QVERIFY2(error->message().contains(QLatin1String("0002_b.sql")) &&
                     error->message().contains(QLatin1String("0002_c.sql")),
                 qPrintable(error->message()));
    } catch (const std::exception &e) {
        QFAIL(describe(e).constData());
    }
}

void TestMigrator::bundled_isOrderedAndMatchesResources()
{
    for (qsizetype i = 0; i < m_bundled.size(); ++i) {
        const Migration &m = m_bundled[i];
        QCOMPARE(m.version, m.fileName.left(4).toInt());
        if (i > 0)
            QVERIFY2(m.version > m_bundled[i - 1].version, qPrintable(m.fileName));
        QFile file(QStringLiteral(":/stockroom/schema/") + m.fileName);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(m.fileName));
        const QByteArray bytes = file.readAll();
        QCOMPARE(m.sql, QString::fromUtf8(bytes));
        QCOMPARE(m.checksum,
                 QString::fromLatin1(
                     QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    }
    QCOMPARE(m_bundled.first().fileName, QStringLiteral("0001_roles_extensions.sql"));
}

void TestMigrator::migrate_freshDatabaseAppliesAllInOrder()
{
    try {
        TestDatabase db(QStringLiteral("migrator_fresh"), false);
        PgConnection conn(db.info(), kAppName);
        Migrator migrator(conn);
        QCOMPARE(migrator.currentVersion(), 0);
        QCOMPARE(migrator.latestVersion(), m_bundled.last().version);

        QStringList progressed;
        QList<int> indexes;
        QList<int> totals;
        const Migrator::Result result =
            migrator.migrate([&](const Migration &m, int index, int total) {
                progressed << m.fileName;
                indexes << index;
                totals << total;
            });

        const QStringList all = fileNames(m_bundled);
        QCOMPARE(result.fromVersion, 0);
        QCOMPARE(result.toVersion, m_bundled.last().version);
        QCOMPARE(result.applied, all);
        QCOMPARE(progressed, all);
        QList<int> expectedIndexes;
        for (int i = 0; i < all.size(); ++i)
            expectedIndexes << i;
        QCOMPARE(indexes, expectedIndexes);
        QCOMPARE(totals, QList<int>(all.size(), static_cast<int>(all.size())));
        QCOMPARE(migrator.currentVersion(), migrator.latestVersion());

        // One row per file, in order, with the file's checksum, applied by us, in version order.
        const stockroom::PgResult rows = conn.exec(QStringLiteral(
            "SELECT version, file_name, checksum, applied_by = current_user,"
            "       applied_at >= coalesce(lag(applied_at) OVER (ORDER BY version), '-infinity'),"
            "       duration_ms >= 0"
            " FROM stockroom_meta.schema_migrations ORDER BY version"));
        QCOMPARE(rows.rows(), static_cast<int>(m_bundled.size()));
        for (int row = 0; row < rows.rows(); ++row) {
            const Migration &m = m_bundled[row];
            QCOMPARE(rows.value(row, 0).toInt(), m.version);
            QCOMPARE(rows.value(row, 1), m.fileName);
            QCOMPARE(rows.value(row, 2), m.checksum);
            QCOMPARE(rows.value(row, 3), QStringLiteral("t"));
            QCOMPARE(rows.value(row, 4), QStringLiteral("t"));
            QCOMPARE(rows.value(row, 5), QStringLiteral("t"));
        }
        // The last migration's objects are there, so the files really ran.
        QCOMPARE(scalar(conn, QStringLiteral("SELECT to_regclass('public.outbox') IS NOT NULL")),
                 QStringLiteral("t"));
        QCOMPARE(advisoryLocksHere(conn), 0);
    } catch (const std::exception &e) {
        QFAIL(describe(e).constData());
    }
}

void TestMigrator::migrate_rerunIsNoOp()
{
    try {
        PgConnection conn(m_shared->info(), kAppName);
        const QString before = migrationRows(conn);
        QCOMPARE(
            scalar(conn, QStringLiteral("SELECT count(*) FROM stockroom_meta.schema_migrations")),
            QString::number(m_bundled.size()));

        bool progressCalled = false;
        Migrator migrator(conn);
        const Migrator::Result result =
            migrator.migrate([&](const Migration &, int, int) { progressCalled = true; });
        QVERIFY(result.applied.isEmpty());
        QVERIFY(!progressCalled);
        QCOMPARE(result.fromVersion, migrator.latestVersion());
        QCOMPARE(result.toVersion, migrator.latestVersion());
        QCOMPARE(migrationRows(conn), before);
        QCOMPARE(advisoryLocksHere(conn), 0);
    } catch (const std::exception &e) {
        QFAIL(describe(e).constData());
    }
}

void TestMigrator::migrate_refusesEditedMigration()
{
    try {
        PgConnection conn(m_shared->info(), kAppName);
        const QString before = migrationRows(conn);

        QList<Migration> edited = m_bundled;
        const Migration &original = m_bundled.at(1);
        edited[1] = Migration::fromFile(original.fileName,
                                        original.sql.toUtf8() + "\n-- an innocent-looking edit\n");
        QVERIFY(edited[1].checksum != original.checksum);

        const auto error = migrationErrorOf([&] { Migrator(conn, edited).migrate(); });
        QVERIFY2(error.has_value(), "an edited, already applied migration was accepted");
        const QString message = error->message();
        QVERIFY2(message.startsWith(QStringLiteral("Migration %1 was changed after it was applied")
                                        .arg(original.fileName)),
                 qPrintable(message));
        QVERIFY2(message.contains(original.checksum.left(12)), qPrintable(message));
        QVERIFY2(message.contains(edited[1].checksum.left(12)), qPrintable(message));
        QCOMPARE(migrationRows(conn), before);
        QCOMPARE(advisoryLocksHere(conn), 0);
    } catch (const std::exception &e) {
        QFAIL(describe(e).constData());
    }
}

void TestMigrator::migrate_refusesMigrationMissingFromBuild()
{
    try {
        PgConnection conn(m_shared->info(), kAppName);
        const QString before = migrationRows(conn);

        QList<Migration> shorter = m_bundled;
        const Migration removed = shorter.takeAt(2);
        const auto error = migrationErrorOf([&] { Migrator(conn, shorter).migrate(); });
        QVERIFY2(error.has_value(), "a build lacking an applied migration was accepted");
        QVERIFY2(error->message().startsWith(
                     QStringLiteral("Migration %1 (%2) was applied to this database but is missing "
                                    "from this build.")
                         .arg(removed.version)
                         .arg(removed.fileName)),
                 qPrintable(error->message()));
        QCOMPARE(migrationRows(conn), before);
    } catch (const std::exception &e) {
        QFAIL(describe(e).constData());
    }
}

void TestMigrator::migrate_refusesNewerDatabase_data()
{
    QTest::addColumn<bool>("viaExtraMigration");

    QTest::newRow("version row inserted") << false;
    QTest::newRow("migrated by a newer build") << true;
}

void TestMigrator::migrate_refusesNewerDatabase()
{
    try {
        QFETCH(bool, viaExtraMigration);

        TestDatabase db(QStringLiteral("migrator_newer"), true);
        PgConnection conn(db.info(), kAppName);
        const int latest = m_bundled.last().version;
        int future = 0;
        QString futureFile;
        if (viaExtraMigration) {
            future = 8000;
            futureFile = QStringLiteral("8000_future.sql");
            QList<Migration> newer = m_bundled;
            newer << Migration::fromFile(futureFile,
                                         "CREATE TABLE future_marker (tenant_id uuid NOT NULL);");
            QCOMPARE(Migrator(conn, newer).migrate().applied, QStringList{futureFile});
        } else {
            future = latest + 1;
            futureFile =
                QStringLiteral("%1_from_the_future.sql").arg(future, 4, 10, QLatin1Char('0'));
            conn.exec(QStringLiteral("INSERT INTO stockroom_meta.schema_migrations"
                                     " (version, file_name, checksum) VALUES ($1::int, $2, 'abc')"),
                      {QString::number(future), futureFile});
        }
        const QString before = migrationRows(conn);

        Migrator migrator(conn);
        QCOMPARE(migrator.currentVersion(), future);
        const auto error = migrationErrorOf([&] { migrator.migrate(); });
        QVERIFY2(error.has_value(), "a database newer than the build was accepted");
        const QString message = error->message();
        QVERIFY2(
            message.contains(QStringLiteral("schema is at version %1 (%2), newer than this build")
                                 .arg(future)
                                 .arg(futureFile)),
            qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("knows versions up to %1.").arg(latest)),
                 qPrintable(message));
        QCOMPARE(migrationRows(conn), before);
        QCOMPARE(advisoryLocksHere(conn), 0);
    } catch (const std::exception &e) {
        QFAIL(describe(e).constData());
    }
}

void TestMigrator::migrate_failingMigrationRollsBack_data()
{
    QTest::addColumn<QByteArray>("sql");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("statement");
    QTest::addColumn<QString>("error");

    QTest::newRow("good then bad")
        << QByteArray("-- A good statement first, then one that fails.\n"
                      "CREATE TABLE broken_marker (tenant_id uuid NOT NULL);\n"
                      "INSERT INTO broken_marker VALUES (gen_random_uuid());\n"
                      "\n"
                      "INSERT INTO no_such_table (id)\n"
                      "VALUES (1);\n"
                      "SELECT 'never reached';\n")
        << 5 << "INSERT INTO no_such_table (id)\nVALUES (1)"
        << "relation \"no_such_table\" does not exist";
    QTest::newRow("after a dollar-quoted body")
        << QByteArray("CREATE TABLE broken_marker (tenant_id uuid NOT NULL);\n"
                      "DO $$\nBEGIN\n  PERFORM 1; -- fine\nEND\n$$;\n"
                      "/* comment;\n spanning lines */ SELECT 1/0;\n")
        << 8 << "SELECT 1/0"
        << "division by zero";
    QTest::newRow("only the first three lines are quoted")
        << QByteArray("CREATE TABLE broken_marker (tenant_id uuid NOT NULL);\n"
                      "SELECT\n  1,\n  2,\n  nope_column;\n")
        << 2 << "SELECT\n  1,\n  2,"
        << "column \"nope_column\" does not exist";
    QTest::newRow("a long line is cut")
        << QByteArray("CREATE TABLE broken_marker (tenant_id uuid NOT NULL);\nSELECT ") +
               QByteArray(300, 'x') + QByteArray(";\n")
        << 2 << QStringLiteral("SELECT ") + QString(233, QLatin1Char('x')) + QStringLiteral("…")
        << QStringLiteral("column \"%1\" does not exist").arg(QString(63, QLatin1Char('x')));
    QTest::newRow("a rule violation in the migration")
        << QByteArray("SET LOCAL ROLE stockroom_owner;\n"
                      "CREATE TABLE broken_marker (tenant_id uuid NOT NULL);\n"
                      "INSERT INTO broken_marker VALUES (NULL);\n")
        << 3 << "INSERT INTO broken_marker VALUES (NULL)"
        << "null value in column \"tenant_id\" of relation \"broken_marker\" violates not-null "
           "constraint";
}

void TestMigrator::migrate_failingMigrationRollsBack()
{
    try {
        QFETCH(QByteArray, sql);
        QFETCH(int, line);
        QFETCH(QString, statement);
        QFETCH(QString, error);

        PgConnection conn(m_shared->info(), kAppName);
        const QString before = migrationRows(conn);
        QList<Migration> withBroken = m_bundled;
        withBroken << Migration::fromFile(QStringLiteral("9000_broken.sql"), sql);

        const auto failure = migrationErrorOf([&] { Migrator(conn, withBroken).migrate(); });
        QVERIFY2(failure.has_value(), "a failing migration reported success");
        const QString message = failure->message();
        QVERIFY2(
            message.startsWith(QStringLiteral("Migration 9000_broken.sql failed at line %1 and "
                                              "was rolled back")
                                   .arg(line)),
            qPrintable(message));
        QVERIFY2(
            message.contains(QStringLiteral("\nStatement: %1\nError: %2").arg(statement, error)),
            qPrintable(message));

        // Nothing of the file is left: not its good statements, not its version.
        QCOMPARE(scalar(conn, QStringLiteral("SELECT to_regclass('public.broken_marker') IS NULL")),
                 QStringLiteral("t"));
        QCOMPARE(migrationRows(conn), before);
        QCOMPARE(Migrator(conn).currentVersion(), m_bundled.last().version);
        QCOMPARE(advisoryLocksHere(conn), 0);
        // The session is usable again, as itself, outside any transaction.
        QCOMPARE(scalar(conn, QStringLiteral("SELECT current_user = session_user")),
                 QStringLiteral("t"));
        try {
            conn.exec(QStringLiteral("SAVEPOINT still_in_a_transaction"));
            QFAIL("the failed migration left its transaction open");
        } catch (const DatabaseError &e) {
            QCOMPARE(e.sqlState(), QStringLiteral("25P01")); // no_active_sql_transaction
        }
    } catch (const std::exception &e) {
        QFAIL(describe(e).constData());
    }
}

void TestMigrator::migrate_concurrentRunsApplyOnce()
{
    try {
        TestDatabase db(QStringLiteral("migrator_concurrent"), false);
        QList<Migration> list = m_bundled;
        // A slow last file keeps the first migrator busy while the second one arrives.
        list << Migration::fromFile(QStringLiteral("8500_slow.sql"),
                                    "SELECT pg_sleep(1);\n"
                                    "SET LOCAL ROLE stockroom_owner;\n"
                                    "CREATE TABLE slow_marker (tenant_id uuid NOT NULL);\n");

        struct Outcome
        {
            bool ok = false;
            QString error;
            Migrator::Result result;
        };
        Outcome outcomes[2];
        std::mutex mutex;
        std::condition_variable ready;
        int connected = 0;
        std::atomic<int> finished{0};

        auto runner = [&](Outcome &outcome) {
            std::unique_ptr<PgConnection> conn;
            try {
                conn = std::make_unique<PgConnection>(db.info(), kAppName);
            } catch (const std::exception &e) {
                outcome.error = QString::fromUtf8(describe(e));
            }
            {
                // Both connect first (or fail to), then start together.
                std::unique_lock<std::mutex> lock(mutex);
                ++connected;
                ready.notify_all();
                ready.wait(lock, [&] { return connected == 2; });
            }
            if (conn) {
                try {
                    outcome.result = Migrator(*conn, list).migrate();
                    outcome.ok = true;
                } catch (const std::exception &e) {
                    outcome.error = QString::fromUtf8(describe(e));
                }
            }
            ++finished;
        };
        struct Joiner
        {
            std::thread thread;
            ~Joiner()
            {
                if (thread.joinable())
                    thread.join();
            }
        };
        Joiner first{std::thread(runner, std::ref(outcomes[0]))};
        Joiner second{std::thread(runner, std::ref(outcomes[1]))};

        // Watch for one migrator waiting on the other's lock, so the run was really concurrent.
        bool sawWaiter = false;
        {
            PgConnection watcher(db.info(), kAppName);
            QElapsedTimer timer;
            timer.start();
            while (finished < 2 && timer.elapsed() < 120000) {
                if (scalar(watcher,
                           QStringLiteral(
                               "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'"
                               " AND NOT granted AND database = (SELECT oid FROM pg_database"
                               " WHERE datname = current_database())"))
                        .toInt() > 0) {
                    sawWaiter = true;
                }
                QTest::qSleep(10);
            }
        }
        first.thread.join();
        second.thread.join();

        QVERIFY2(outcomes[0].ok, qPrintable(outcomes[0].error));
        QVERIFY2(outcomes[1].ok, qPrintable(outcomes[1].error));
        QVERIFY2(sawWaiter, "the two migrators never overlapped");
        const bool firstWon = !outcomes[0].result.applied.isEmpty();
        const Migrator::Result &winner = outcomes[firstWon ? 0 : 1].result;
        const Migrator::Result &loser = outcomes[firstWon ? 1 : 0].result;
        QCOMPARE(winner.applied, fileNames(list));
        QCOMPARE(winner.fromVersion, 0);
        QCOMPARE(winner.toVersion, 8500);
        QVERIFY(loser.applied.isEmpty());
        QCOMPARE(loser.fromVersion, 8500);
        QCOMPARE(loser.toVersion, 8500);

        PgConnection conn(db.info(), kAppName);
        QCOMPARE(scalar(conn, QStringLiteral("SELECT count(*) || '/' || count(DISTINCT version)"
                                             " FROM stockroom_meta.schema_migrations")),
                 QStringLiteral("%1/%1").arg(list.size()));
        QCOMPARE(
            scalar(conn, QStringLiteral("SELECT to_regclass('public.slow_marker') IS NOT NULL")),
            QStringLiteral("t"));
    } catch (const std::exception &e) {
        QFAIL(describe(e).constData());
    }
}

void TestMigrator::migrate_neverSilentlySkipsAMigration_data()
{
    QTest::addColumn<QString>("skippedFile");
    QTest::addColumn<QString>("skippedTable");

    // A migration merged with a lower number than one already applied (two branches).
    QTest::newRow("older than the current version") << "9001_first_branch.sql"
                                                    << "first_branch_marker";
    // Version 0 could never be above the current version: it is refused by name.
    QTest::newRow("version zero") << "0000_zero.sql"
                                  << "zero_marker";
}

// A build's migration either runs or the migrator refuses with a message naming it; it is never
// left out while migrate() reports the database up to date.
void TestMigrator::migrate_neverSilentlySkipsAMigration()
{
    try {
        QFETCH(QString, skippedFile);
        QFETCH(QString, skippedTable);

        TestDatabase db(QStringLiteral("migrator_skip"), false);
        PgConnection conn(db.info(), kAppName);
        // Two branches' migrations on top of the bundled ones; the first branch's lands later.
        QList<Migration> full = m_bundled;
        full << Migration::fromFile(QStringLiteral("9001_first_branch.sql"),
                                    "CREATE TABLE first_branch_marker (x integer);\n")
             << Migration::fromFile(QStringLiteral("9002_second_branch.sql"),
                                    "CREATE TABLE second_branch_marker (x integer);\n");
        QList<Migration> first = full;
        if (skippedFile == QLatin1String("0000_zero.sql")) {
            // Refused when the file is read, naming it.
            try {
                (void)Migration::fromFile(skippedFile, "SELECT 1;\n");
                QFAIL("a version-0 migration was accepted");
            } catch (const MigrationError &e) {
                QVERIFY2(e.message().contains(skippedFile), qPrintable(e.message()));
            }
            return;
        } else {
            const auto it = std::find_if(first.begin(), first.end(), [&](const Migration &m) {
                return m.fileName == skippedFile;
            });
            QVERIFY(it != first.end());
            first.erase(it);
        }
        Migrator(conn, first).migrate();

        std::optional<MigrationError> error;
        try {
            Migrator(conn, full).migrate();
        } catch (const MigrationError &e) {
            error = e;
        }
        const bool applied = conn.scalar(QStringLiteral("SELECT to_regclass($1) IS NOT NULL"),
                                         {skippedTable}) == QLatin1String("t");
        const bool refusedByName = error && error->message().contains(skippedFile);
        QVERIFY2(applied || refusedByName,
                 qPrintable(skippedFile + QStringLiteral(" was neither applied nor refused")));
    } catch (const std::exception &e) {
        QFAIL(describe(e).constData());
    }
}

namespace {

// A private, empty cluster for the one test that needs the roles not to exist yet (roles are
// cluster-wide, and the run's shared cluster has them after the first migration).
class PrivateCluster
{
public:
    PrivateCluster() { m_ok = run(QStringLiteral("start")); }
    ~PrivateCluster() { run(QStringLiteral("stop")); }
    PrivateCluster(const PrivateCluster &) = delete;
    PrivateCluster &operator=(const PrivateCluster &) = delete;

    [[nodiscard]] bool ok() const { return m_ok; }
    [[nodiscard]] const QString &output() const { return m_output; }
    [[nodiscard]] stockroom::ConnectionInfo admin() const
    {
        QFile file(m_state.path() + QStringLiteral("/state/admin.conninfo"));
        if (!file.open(QIODevice::ReadOnly))
            throw std::runtime_error("the private cluster wrote no admin.conninfo");
        QString error;
        const auto info =
            stockroom::ConnectionInfo::parse(QString::fromUtf8(file.readAll()).trimmed(), &error);
        if (!info)
            throw std::runtime_error(error.toStdString());
        return *info;
    }

private:
    bool run(const QString &command)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(QStringLiteral(STOCKROOM_PGCLUSTER_SCRIPT),
                      {command, m_state.path() + QStringLiteral("/state")});
        const bool finished = process.waitForFinished(120000);
        m_output += QString::fromUtf8(process.readAll());
        return finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    }

    QTemporaryDir m_state;
    bool m_ok = false;
    QString m_output;
};

} // namespace

// Roles are cluster-wide but the migration lock is per database: on a fresh server, a second
// database migrating while the first one's 0001 has created the roles but not committed must
// still succeed (this is what ctest -j does to the test cluster in its first seconds).
void TestMigrator::migrate_freshClusterTwoDatabasesAtOnce()
{
    try {
        PrivateCluster cluster;
        QVERIFY2(cluster.ok(), qPrintable(cluster.output()));
        const stockroom::ConnectionInfo admin = cluster.admin();
        {
            PgConnection conn(admin, kAppName);
            conn.exec(QStringLiteral("CREATE DATABASE first_db"));
            conn.exec(QStringLiteral("CREATE DATABASE second_db"));
        }
        // The first database's migration, caught after creating the owner role.
        PgConnection first(admin.with(QStringLiteral("dbname"), QStringLiteral("first_db")),
                           kAppName);
        first.exec(QStringLiteral("BEGIN"));
        first.exec(QStringLiteral("CREATE ROLE stockroom_owner NOLOGIN NOSUPERUSER NOBYPASSRLS"));

        QString secondError;
        bool secondOk = false;
        std::atomic<bool> secondDone{false};
        std::thread second([&] {
            try {
                PgConnection conn(admin.with(QStringLiteral("dbname"), QStringLiteral("second_db")),
                                  QStringLiteral("second_migrator"));
                Migrator(conn).migrate();
                secondOk = true;
            } catch (const std::exception &e) {
                secondError = QString::fromUtf8(describe(e));
            }
            secondDone = true;
        });
        struct Joiner
        {
            std::thread &thread;
            ~Joiner()
            {
                if (thread.joinable())
                    thread.join();
            }
        } joiner{second};

        // Let the second migrator reach the role and wait on the first's uncommitted one.
        PgConnection watcher(admin, kAppName);
        QElapsedTimer timer;
        timer.start();
        bool waiting = false;
        while (!waiting && !secondDone && timer.elapsed() < 60000) {
            waiting = scalar(watcher, QStringLiteral("SELECT count(*) FROM pg_stat_activity"
                                                     " WHERE application_name = 'second_migrator'"
                                                     "   AND wait_event_type = 'Lock'")) !=
                      QLatin1String("0");
            QTest::qSleep(10);
        }
        first.exec(QStringLiteral("COMMIT"));
        second.join();
        QVERIFY2(waiting,
                 qPrintable(QStringLiteral("the second migrator never waited: ") + secondError));

        QVERIFY2(secondOk, qPrintable(secondError));
    } catch (const std::exception &e) {
        QFAIL(describe(e).constData());
    }
}

QTEST_GUILESS_MAIN(TestMigrator)
#include "tst_migrator.moc"
