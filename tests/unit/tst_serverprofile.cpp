// Server profiles: read from a pasted address, checked, turned into a connection, and kept in
// the settings — never with a password.
#include "access/areas.h"
#include "db/serverprofile.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace stockroom;

class TestServerProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromUri()
    {
        QString error;
        const auto p = ServerProfile::fromConnectionString(
            QString(),
            QStringLiteral("postgresql://asha:secret@db.example.com:6432/shop?sslmode=require"),
            &error);
        QVERIFY2(p, qPrintable(error));
        QCOMPARE(p->name, QStringLiteral("db.example.com/shop"));
        QCOMPARE(p->host, QStringLiteral("db.example.com"));
        QCOMPARE(p->port, 6432);
        QCOMPARE(p->database, QStringLiteral("shop"));
        QCOMPARE(p->sslMode, QStringLiteral("require"));
        QCOMPARE(p->lastLogin, QStringLiteral("asha"));
        // The password in the address is dropped, not kept anywhere in the profile.
        QCOMPARE(p->connectionInfo(p->lastLogin, QString()).value(QStringLiteral("password")),
                 QString());
    }

    void fromUriDefaults()
    {
        QString error;
        const auto p = ServerProfile::fromConnectionString(
            QStringLiteral("Head office"), QStringLiteral("postgresql://db.example.com"), &error);
        QVERIFY2(p, qPrintable(error));
        QCOMPARE(p->name, QStringLiteral("Head office"));
        QCOMPARE(p->port, 5432);
        QCOMPARE(p->database, QStringLiteral("stockroom"));
        QCOMPARE(p->sslMode, QStringLiteral("prefer"));
        QCOMPARE(p->lastLogin, QString());
    }

    void fromConninfoString()
    {
        QString error;
        const auto p = ServerProfile::fromConnectionString(
            QString(), QStringLiteral("host=/run/postgresql port=5433 dbname=stockroom"), &error);
        QVERIFY2(p, qPrintable(error));
        QCOMPARE(p->name, QStringLiteral("/run/postgresql"));
        QCOMPARE(p->port, 5433);
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("garbage") << QStringLiteral("postgresql://u@h%zz/db")
                                 << QStringLiteral("invalid");
        QTest::newRow("no host") << QStringLiteral("postgresql:///stockroom")
                                 << QStringLiteral("host name");
        QTest::newRow("bad ssl mode")
            << QStringLiteral("host=h sslmode=sometimes") << QStringLiteral("SSL mode");
    }

    void refusals()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!ServerProfile::fromConnectionString(QString(), text, &error));
        QVERIFY2(error.contains(message, Qt::CaseInsensitive), qPrintable(error));
    }

    void problem()
    {
        ServerProfile p;
        p.name = QStringLiteral("Shop");
        p.host = QStringLiteral("db");
        QCOMPARE(p.problem(), QString());
        p.port = 70000;
        QVERIFY(p.problem().contains(QLatin1String("port")));
        p.port = 5432;
        p.sslMode = QStringLiteral("sometimes");
        QVERIFY(p.problem().contains(QLatin1String("SSL")));
        p.sslMode = QStringLiteral("verify-full");
        p.name = QStringLiteral("  ");
        QVERIFY(p.problem().contains(QLatin1String("name")));
    }

    void connectionInfo()
    {
        ServerProfile p;
        p.name = QStringLiteral("Shop");
        p.host = QStringLiteral("db.example.com");
        p.port = 6432;
        p.sslMode = QStringLiteral("require");
        const ConnectionInfo info =
            p.connectionInfo(QStringLiteral(" asha "), QStringLiteral("pw"));
        QCOMPARE(info.value(QStringLiteral("host")), QStringLiteral("db.example.com"));
        QCOMPARE(info.value(QStringLiteral("port")), QStringLiteral("6432"));
        QCOMPARE(info.value(QStringLiteral("dbname")), QStringLiteral("stockroom"));
        QCOMPARE(info.value(QStringLiteral("sslmode")), QStringLiteral("require"));
        QCOMPARE(info.value(QStringLiteral("user")), QStringLiteral("asha"));
        QCOMPARE(info.value(QStringLiteral("password")), QStringLiteral("pw"));
        QCOMPARE(p.summary(), QStringLiteral("db.example.com:6432 · stockroom · SSL require"));
    }

    void storeRoundTripWithoutPasswords()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("settings.ini"));
        ServerProfile a;
        a.name = QStringLiteral("Head office");
        a.host = QStringLiteral("db.example.com");
        a.lastLogin = QStringLiteral("asha");
        a.rememberedLogins = {QStringLiteral("asha")};
        ServerProfile b;
        b.name = QStringLiteral("Warehouse");
        b.host = QStringLiteral("10.0.0.7");
        b.port = 6432;
        b.database = QStringLiteral("wh");
        b.sslMode = QStringLiteral("verify-full");
        b.streamAddress = QStringLiteral("wss://live.example.com/ws");
        {
            QSettings settings(file, QSettings::IniFormat);
            ServerProfileStore store(settings);
            store.save({a, b});
            store.setLastProfileName(b.name);
            ServerProfile demo;
            demo.lastLogin = QStringLiteral("demo_admin");
            demo.rememberedLogins = {QStringLiteral("demo_admin")};
            store.saveLogins(QStringLiteral("embedded-demo"), demo);
        }
        QSettings settings(file, QSettings::IniFormat);
        ServerProfileStore store(settings);
        const QList<ServerProfile> loaded = store.load();
        QCOMPARE(loaded.size(), 2);
        QCOMPARE(loaded.at(0).name, a.name);
        QCOMPARE(loaded.at(0).rememberedLogins, a.rememberedLogins);
        QCOMPARE(loaded.at(1).port, 6432);
        QCOMPARE(loaded.at(1).database, QStringLiteral("wh"));
        QCOMPARE(loaded.at(1).sslMode, QStringLiteral("verify-full"));
        QCOMPARE(loaded.at(1).streamAddress, QStringLiteral("wss://live.example.com/ws"));
        QCOMPARE(loaded.at(0).streamAddress, QString());
        QCOMPARE(store.lastProfileName(), b.name);
        ServerProfile demo;
        store.loadLogins(QStringLiteral("embedded-demo"), &demo);
        QCOMPARE(demo.lastLogin, QStringLiteral("demo_admin"));
        // Saving fewer profiles drops the rest.
        store.save({b});
        QCOMPARE(store.load().size(), 1);
        QFile raw(file);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        QVERIFY(!raw.readAll().toLower().contains("password"));
    }

    void streamUrl_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("url"); // empty: not a usable address
        QTest::newRow("usual place") << "db.example.com"
                                     << ""
                                     << "ws://db.example.com:8792/ws";
        QTest::newRow("socket folder") << "/run/postgresql"
                                       << ""
                                       << "ws://localhost:8792/ws";
        QTest::newRow("host only") << "db"
                                   << "live.example.com"
                                   << "ws://live.example.com:8792/ws";
        QTest::newRow("host and port") << "db"
                                       << "live.example.com:9000"
                                       << "ws://live.example.com:9000/ws";
        QTest::newRow("v6 and port") << "db"
                                     << "[::1]:9000"
                                     << "ws://[::1]:9000/ws";
        QTest::newRow("whole url") << "db"
                                   << "wss://live.example.com/stream"
                                   << "wss://live.example.com/stream";
        QTest::newRow("spaces") << "db"
                                << "  ws://10.0.0.7:8792/ws "
                                << "ws://10.0.0.7:8792/ws";
        QTest::newRow("http is not a stream") << "db"
                                              << "http://live.example.com/ws"
                                              << "";
        QTest::newRow("bad port") << "db"
                                  << "live.example.com:99999"
                                  << "";
        QTest::newRow("no port number") << "db"
                                        << "live.example.com:"
                                        << "";
    }

    void streamUrl()
    {
        QFETCH(QString, host);
        QFETCH(QString, address);
        QFETCH(QString, url);
        ServerProfile p;
        p.name = QStringLiteral("Head office");
        p.host = host;
        p.streamAddress = address;
        QCOMPARE(p.streamUrl().toString(), url);
        // An address that is no URL is a problem the editor shows; the usual place never is.
        QCOMPARE(p.problem().isEmpty(), !url.isEmpty());
    }

    void areasByRole()
    {
        QCOMPARE(areasFor(RoleKind::Admin),
                 (QStringList{QStringLiteral("catalog"), QStringLiteral("prices"),
                              QStringLiteral("store"), QStringLiteral("stock"),
                              QStringLiteral("reservations"), QStringLiteral("activity"),
                              QStringLiteral("sources"), QStringLiteral("staff")}));
        QCOMPARE(areasFor(RoleKind::StoreManager),
                 (QStringList{QStringLiteral("catalog"), QStringLiteral("prices"),
                              QStringLiteral("store"), QStringLiteral("stock"),
                              QStringLiteral("reservations"), QStringLiteral("activity"),
                              QStringLiteral("sources")}));
        QCOMPARE(areasFor(RoleKind::FloorSupervisor),
                 (QStringList{QStringLiteral("catalog"), QStringLiteral("store"),
                              QStringLiteral("stock"), QStringLiteral("reservations"),
                              QStringLiteral("activity")}));
    }
};

QTEST_GUILESS_MAIN(TestServerProfile)
#include "tst_serverprofile.moc"
