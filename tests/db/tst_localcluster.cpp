// The embedded cluster: first run, reuse with data kept, crash recovery, adoption of a server left
// running, wiping, and the messages for a missing PostgreSQL or an unusable folder.
#include "db/databaseerror.h"
#include "db/pgconnection.h"
#include "local/localcluster.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QtTest>
#include <csignal>
#include <unistd.h>

using namespace stockroom;

class TestLocalCluster : public QObject
{
    Q_OBJECT

private:
    static LocalCluster::Options options(const QString &root)
    {
        LocalCluster::Options o;
        o.rootDir = root;
        o.durable = false;
        return o;
    }
    // As root the server runs as "postgres", which must be able to enter the folder.
    static QString reachableTempDir(const QTemporaryDir &dir)
    {
        QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                              QFileDevice::ExeOwner | QFileDevice::ExeGroup |
                                              QFileDevice::ExeOther);
        return dir.path();
    }
    static qint64 postmasterPid(const LocalCluster &cluster)
    {
        QFile f(cluster.dataDir() + QStringLiteral("/postmaster.pid"));
        if (!f.open(QIODevice::ReadOnly))
            return 0;
        return f.readLine().trimmed().toLongLong();
    }

private Q_SLOTS:
    void firstRunReuseAndCrashRecovery()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString root = reachableTempDir(dir) + QStringLiteral("/c");
        LocalCluster cluster(options(root));
        QVERIFY(!cluster.isInitialized());
        QStringList steps;
        cluster.start([&](const QString &s) { steps << s; });
        QVERIFY(cluster.isInitialized());
        QVERIFY(cluster.isRunning());
        QVERIFY(cluster.port() > 0);
        QVERIFY2(steps.join(QLatin1Char('|')).contains(QLatin1String("first run")),
                 qPrintable(steps.join(QLatin1Char('|'))));
        {
            PgConnection conn(cluster.superuserConnection(), QStringLiteral("test"));
            conn.exec(QStringLiteral("CREATE TABLE kept (v int); INSERT INTO kept VALUES (42)"));
        }

        // A clean stop and a second start reuse the same data.
        cluster.stop();
        QVERIFY(!cluster.isRunning());
        LocalCluster again(options(root));
        again.start();
        {
            PgConnection conn(again.superuserConnection(), QStringLiteral("test"));
            QCOMPARE(conn.scalar(QStringLiteral("SELECT v FROM kept")).value_or(QString()),
                     QStringLiteral("42"));
        }

        // A crash (the server killed) leaves a stale pid file; the next start recovers.
        const qint64 pid = postmasterPid(again);
        QVERIFY(pid > 0);
        QCOMPARE(::kill(static_cast<pid_t>(pid), SIGKILL), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(QStringLiteral("/proc/%1").arg(pid)), 10000);
        QVERIFY(QFile::exists(again.dataDir() + QStringLiteral("/postmaster.pid")));
        QVERIFY(!again.isRunning());
        LocalCluster recovered(options(root));
        recovered.start();
        {
            PgConnection conn(recovered.superuserConnection(), QStringLiteral("test"));
            QCOMPARE(conn.scalar(QStringLiteral("SELECT v FROM kept")).value_or(QString()),
                     QStringLiteral("42"));
        }

        // A stale pid file naming a live process that is not PostgreSQL is cleared too.
        recovered.stop();
        QFile pidFile(recovered.dataDir() + QStringLiteral("/postmaster.pid"));
        QVERIFY(pidFile.open(QIODevice::WriteOnly));
        pidFile.write(QByteArray::number(::getpid()) + "\n" +
                      QFile::encodeName(recovered.dataDir()) + "\n0\n5432\n");
        pidFile.close();
        LocalCluster afterStale(options(root));
        afterStale.start();
        QVERIFY(afterStale.isRunning());

        // A server left running by an earlier process is adopted, on its port.
        LocalCluster adopter(options(root));
        adopter.start();
        QCOMPARE(adopter.port(), afterStale.port());

        adopter.wipe();
        QVERIFY(!QDir(root).exists());
    }

    void passwordRequiredOverTcp()
    {
        QTemporaryDir dir;
        LocalCluster cluster(options(reachableTempDir(dir) + QStringLiteral("/c")));
        cluster.start();
        const ConnectionInfo tcp =
            cluster.superuserConnection().with(QStringLiteral("host"), QStringLiteral("127.0.0.1"));
        try {
            PgConnection conn(tcp, QStringLiteral("test"));
            QFAIL("a passwordless TCP login as the superuser must be refused");
        } catch (const DatabaseError &e) {
            QVERIFY2(e.message().contains(QLatin1String("password")), qPrintable(e.message()));
        }
        cluster.wipe();
    }

    void missingBinariesNameThePackage()
    {
        qputenv("STOCKROOM_PG_BINDIR", "/nonexistent/bin");
        try {
            (void)LocalCluster::findServerBinaries();
            QFAIL("expected an error");
        } catch (const LocalClusterError &e) {
            QVERIFY2(e.message().contains(QLatin1String("postgresql-15")), qPrintable(e.message()));
        }
        qunsetenv("STOCKROOM_PG_BINDIR");
        QVERIFY(!LocalCluster::findServerBinaries().isEmpty());
    }

    void unusableFolderIsExplained()
    {
        QTemporaryFile file; // a regular file cannot hold a folder
        QVERIFY(file.open());
        LocalCluster cluster(options(file.fileName() + QStringLiteral("/cluster")));
        try {
            cluster.start();
            QFAIL("expected an error");
        } catch (const LocalClusterError &e) {
            QVERIFY2(e.message().contains(QLatin1String("Cannot create the folder")),
                     qPrintable(e.message()));
            QVERIFY2(e.message().contains(file.fileName()), qPrintable(e.message()));
        }
    }
};

QTEST_GUILESS_MAIN(TestLocalCluster)
#include "tst_localcluster.moc"
