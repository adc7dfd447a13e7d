// stockroomd serve from the outside, against real PostgreSQL and real server processes: order,
// replay and resume, refusals, scope, slow consumers, crash and takeover.
#include "programrun.h"
#include "stockfixture.h"
#include "streamharness.h"

#include "access/staff.h"
#include "stream/streamprotocol.h"

#include <QJsonArray>
#include <QTcpSocket>
#include <QtTest>

using namespace stockroom;
using namespace stockroom::test;

namespace {

QString alphaTenant(StockWorld &w)
{
    return w.scalar(QStringLiteral("SELECT tenant_id FROM tenants WHERE slug = 'alpha'"));
}

qint64 seqOf(const QJsonObject &frame)
{
    return qint64(frame.value(QLatin1String("seq")).toDouble());
}

/** The seqs of @p events, in the order received. */
QList<qint64> seqs(const QList<QJsonObject> &events)
{
    QList<qint64> out;
    for (const QJsonObject &e : events)
        out << seqOf(e);
    return out;
}

} // namespace

class TestStreamServer : public QObject
{
    Q_OBJECT

    std::unique_ptr<StockWorld> m_world;
    std::unique_ptr<ServeProcess> m_server;
    QString m_tenant;
    ConnectionInfo m_admin; // an admin staff login of Alpha
    QString m_darkStoreMine;
    QString m_darkStoreOther;
    ConnectionInfo m_supervisor; // of m_darkStoreMine only

    void addEvents(int n, const QString &location = {})
    {
        addOutboxEvents(m_world->admin(), m_tenant, n, location);
    }
    qint64 settledHead() { return test::settledHead(m_world->admin(), m_tenant); }

private Q_SLOTS:
    void initTestCase()
    {
        m_world = std::make_unique<StockWorld>(QStringLiteral("streamserver"));
        m_tenant = alphaTenant(*m_world);
        m_admin = m_world->db().addStaff(m_tenant, RoleKind::Admin);
        // Two dark stores: one at L1 (store S1), one at S2's location.
        auto darkStore = [&](const QString &code, const QString &location) {
            return m_world->scalar(
                QStringLiteral("INSERT INTO dark_stores (tenant_id, store_id, location_id, code,"
                               " name, city) SELECT tenant_id, store_id, id, $2, $2, 'Pune'"
                               " FROM locations WHERE id = $1 RETURNING id"),
                {location, code});
        };
        m_darkStoreMine = darkStore(QStringLiteral("DS-MINE"), m_world->frontStore());
        m_darkStoreOther = darkStore(QStringLiteral("DS-OTHER"), StockWorld::OtherStoreLocation);
        m_supervisor = m_world->db().addStaff(m_tenant, RoleKind::FloorSupervisor,
                                              StaffScope{{}, {}, {m_darkStoreMine}});
        m_server = std::make_unique<ServeProcess>(m_world->db().info());
        QVERIFY2(m_server->isListening(), qPrintable(m_server->output()));
        QVERIFY(settledHead() >= 0);
    }
    void cleanupTestCase()
    {
        m_server.reset();
        m_world.reset();
    }

    void healthAndUnknownPaths()
    {
        // 503 until its database connection is up, then 200.
        QTRY_COMPARE_WITH_TIMEOUT(m_server->health().first, 200, 10000);
        const auto [status, body] = m_server->health();
        QCOMPARE(status, 200);
        QCOMPARE(body.value(QLatin1String("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(body.value(QLatin1String("database")).toBool(), true);
        QVERIFY(QTest::qWaitFor(
            [&]() { return m_server->health().second.value(QLatin1String("sequencer")).toBool(); },
            10000));

        QTcpSocket socket;
        socket.connectToHost(QStringLiteral("127.0.0.1"), m_server->port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write("GET /elsewhere HTTP/1.1\r\nHost: x\r\n\r\n");
        QByteArray reply;
        (void)QTest::qWaitFor(
            [&]() {
                socket.waitForReadyRead(20);
                reply += socket.readAll();
                return reply.contains("\r\n\r\n{");
            },
            5000);
        QVERIFY2(reply.startsWith("HTTP/1.1 404"), reply.constData());
        QVERIFY(reply.contains("/ws"));
    }

    void liveEventsArriveInSeqOrder()
    {
        StreamTestClient client;
        const QJsonObject ready = client.connectAs(m_server->url(), m_world->manager());
        QCOMPARE(ready.value(QLatin1String("tenant_id")).toString(), m_tenant);
        const qint64 start = seqOf(ready);
        const QJsonObject subscribed = client.subscribe(QStringLiteral("global"));
        QCOMPARE(subscribed.value(QLatin1String("type")).toString(), QStringLiteral("subscribed"));
        QCOMPARE(subscribed.value(QLatin1String("recovered")).toBool(), true);

        // A real command: the event carries the envelope, seq, channel and who did it.
        const int v = m_world->freshVariant();
        PgConnection manager(m_world->manager(), QStringLiteral("test"));
        manager.exec(QStringLiteral("SELECT api.adjust_stock(gen_random_uuid(), $1, $2, 3,"
                                    " 'receipt', 'delivery')"),
                     {StockWorld::variant(v), m_world->frontStore()});
        const QJsonObject e = client.waitFor([](const QJsonObject &f) {
            return f.value(QLatin1String("event_type")) ==
                   QLatin1String("inventory.stock.adjusted");
        });
        QVERIFY2(!e.isEmpty(), "no event arrived");
        QCOMPARE(e.value(QLatin1String("channel")).toString(), QStringLiteral("global"));
        QCOMPARE(e.value(QLatin1String("tenant_id")).toString(), m_tenant);
        QCOMPARE(e.value(QLatin1String("source")).toString(), QStringLiteral("stockroom"));
        QCOMPARE(e.value(QLatin1String("schema_version")).toInt(), 1);
        QCOMPARE(e.value(QLatin1String("actor")).toString(), m_world->managerLogin());
        QCOMPARE(seqOf(e), start + 1);
        QVERIFY(e.value(QLatin1String("occurred_at")).toString().endsWith(QLatin1Char('Z')));
        QCOMPARE(e.value(QLatin1String("data")).toObject().value(QLatin1String("variant_id")),
                 StockWorld::variant(v));

        // A transaction that took its outbox id first but commits last is not skipped: it is
        // numbered when it commits, after the one that committed before it.
        PgConnection early(m_world->db().info(), QStringLiteral("test-early"));
        early.exec(QStringLiteral("BEGIN"));
        early.exec(QStringLiteral("INSERT INTO outbox (tenant_id, event_type, data) VALUES"
                                  " ($1, 'inventory.stock.adjusted', '{\"who\":\"early\"}')"),
                   {m_tenant});
        m_world->admin().exec(QStringLiteral("INSERT INTO outbox (tenant_id, event_type, data)"
                                             " VALUES ($1, 'inventory.stock.adjusted',"
                                             " '{\"who\":\"late\"}')"),
                              {m_tenant});
        const QJsonObject lateEvent = client.waitFor([](const QJsonObject &f) {
            return f.value(QLatin1String("data")).toObject().value(QLatin1String("who")) ==
                   QLatin1String("late");
        });
        QVERIFY(!lateEvent.isEmpty());
        early.exec(QStringLiteral("COMMIT"));
        const QJsonObject earlyEvent = client.waitFor([](const QJsonObject &f) {
            return f.value(QLatin1String("data")).toObject().value(QLatin1String("who")) ==
                   QLatin1String("early");
        });
        QVERIFY2(!earlyEvent.isEmpty(), "the late-committing transaction's event was skipped");

        addEvents(200);
        const qint64 head = settledHead();
        QTRY_VERIFY_WITH_TIMEOUT(client.events().size() >= head - start, 10000);
        const QList<qint64> got = seqs(client.events());
        QVERIFY2(isSeqRun(got, start, head), qPrintable(describeSeqs(got)));
        QCOMPARE(seqOf(earlyEvent), seqOf(lateEvent) + 1);
    }

    void replayAfterSinceIsExactAndOnce()
    {
        addEvents(30);
        const qint64 head = settledHead();
        StreamTestClient client;
        QVERIFY(!client.connectAs(m_server->url(), m_world->manager()).isEmpty());
        const QJsonObject subscribed = client.subscribe(QStringLiteral("global"), head - 25);
        QCOMPARE(subscribed.value(QLatin1String("recovered")).toBool(), true);
        QCOMPARE(seqOf(subscribed), head);
        addEvents(5); // live events after the replay
        QTRY_COMPARE_WITH_TIMEOUT(client.events().size(), 30, 10000);
        QTest::qWait(200);
        const QList<qint64> got = seqs(client.events());
        QVERIFY2(isSeqRun(got, head - 25, head + 5), qPrintable(describeSeqs(got)));

        // A channel replays only what concerns it.
        addEvents(4, m_world->frontStore());
        addEvents(3, StockWorld::BackRoom);
        QVERIFY(settledHead() >= 0);
        const QJsonObject again =
            client.subscribe(QStringLiteral("location:") + m_world->frontStore(), head);
        QCOMPARE(again.value(QLatin1String("recovered")).toBool(), true);
        QTRY_COMPARE_WITH_TIMEOUT(
            client.events(QStringLiteral("location:") + m_world->frontStore()).size(), 4, 10000);
        QTest::qWait(300);
        QCOMPARE(client.events(QStringLiteral("location:") + m_world->frontStore()).size(), 4);
    }

    void historyThatNoLongerReachesBackIsNotRecovered()
    {
        addEvents(10);
        const qint64 head = settledHead();
        // Prune everything up to head - 5, as retention would.
        m_world->admin().exec(QStringLiteral("DELETE FROM event_log WHERE tenant_id = $1 AND"
                                             " seq <= $2"),
                              {m_tenant, QString::number(head - 5)});
        StreamTestClient client;
        QVERIFY(!client.connectAs(m_server->url(), m_world->manager()).isEmpty());
        const QJsonObject lost = client.subscribe(QStringLiteral("global"), head - 8);
        QCOMPARE(lost.value(QLatin1String("recovered")).toBool(), false);
        QCOMPARE(seqOf(lost), head);
        // Just reaching back is recovered; a "since" from another stream (past the head) is not.
        const QJsonObject edge =
            client.subscribe(QStringLiteral("product:") +
                                 m_world->scalar(QStringLiteral("SELECT id FROM products LIMIT 1")),
                             head - 5);
        QCOMPARE(edge.value(QLatin1String("recovered")).toBool(), true);
        const QJsonObject foreign =
            client.subscribe(QStringLiteral("location:") + m_world->frontStore(), head + 1000);
        QCOMPARE(foreign.value(QLatin1String("recovered")).toBool(), false);
        QTest::qWait(300);
        QCOMPARE(client.events().size(), 0); // nothing partial
        addEvents(1);
        QTRY_COMPARE_WITH_TIMEOUT(client.events(QStringLiteral("global")).size(), 1, 10000);
        QCOMPARE(seqOf(client.events().first()), head + 1);
    }

    void malformedFramesAreAnsweredAndTheConnectionStays()
    {
        StreamTestClient client;
        QVERIFY(client.open(m_server->url()));
        client.send({{QStringLiteral("type"), QStringLiteral("subscribe")},
                     {QStringLiteral("channel"), QStringLiteral("global")}});
        QCOMPARE(client.waitForType(QStringLiteral("error")).value(QLatin1String("code")),
                 stream::error::NotAuthenticated);
        client.send({{QStringLiteral("type"), QStringLiteral("auth")},
                     {QStringLiteral("ticket"), issueTicket(m_world->manager())}});
        QVERIFY(!client.waitForType(QStringLiteral("ready")).isEmpty());

        auto errorAfter = [&](const QString &text) {
            const int from = int(client.frames().size());
            client.sendText(text);
            return client.waitFor(
                [](const QJsonObject &f) { return f.value(QLatin1String("type")) == "error"; },
                10000, from);
        };
        QCOMPARE(errorAfter(QStringLiteral("{not json")).value(QLatin1String("code")),
                 stream::error::BadJson);
        QCOMPARE(errorAfter(QStringLiteral("[1,2]")).value(QLatin1String("code")),
                 stream::error::BadJson);
        QCOMPARE(errorAfter(QStringLiteral("{\"kind\":\"ping\"}")).value(QLatin1String("code")),
                 stream::error::BadMessage);
        QCOMPARE(errorAfter(QStringLiteral("{\"type\":\"shout\"}")).value(QLatin1String("code")),
                 stream::error::UnknownType);
        const QJsonObject badChannel =
            errorAfter(QStringLiteral("{\"type\":\"subscribe\",\"channel\":\"warehouse:1\"}"));
        QCOMPARE(badChannel.value(QLatin1String("code")), stream::error::UnknownChannel);
        QVERIFY(badChannel.value(QLatin1String("message")).toString().contains("dark-store:"));
        QCOMPARE(errorAfter(QStringLiteral("{\"type\":\"subscribe\",\"channel\":\"global\","
                                           "\"since\":-3}"))
                     .value(QLatin1String("code")),
                 stream::error::BadSince);
        QCOMPARE(errorAfter(QStringLiteral("{\"type\":\"subscribe\",\"channel\":\"variant:") +
                            QUuid::createUuid().toString(QUuid::WithoutBraces) +
                            QStringLiteral("\"}"))
                     .value(QLatin1String("code")),
                 stream::error::NotFound);
        QCOMPARE(errorAfter(QStringLiteral("{\"type\":\"auth\",\"ticket\":\"x\"}"))
                     .value(QLatin1String("code")),
                 stream::error::AlreadyAuthenticated);

        const int from = int(client.frames().size());
        client.send({{QStringLiteral("type"), QStringLiteral("ping")}});
        const QJsonObject pong = client.waitFor(
            [](const QJsonObject &f) { return f.value(QLatin1String("type")) == "pong"; }, 10000,
            from);
        QVERIFY(qAbs(pong.value(QLatin1String("timestamp")).toDouble() -
                     double(QDateTime::currentMSecsSinceEpoch())) < 60000);
        QVERIFY(client.isConnected());

        // Over the size limit: the connection is closed as too big.
        client.sendText(QStringLiteral("{\"type\":\"ping\",\"pad\":\"%1\"}")
                            .arg(QString(int(stream::MaxIncomingMessageBytes), QLatin1Char('x'))));
        QCOMPARE(client.waitForClose(), int(stream::CloseTooBig));
    }

    void badReplayedAndExpiredTicketsAreRefused()
    {
        StreamTestClient bad;
        QVERIFY(bad.open(m_server->url()));
        bad.send({{QStringLiteral("type"), QStringLiteral("auth")},
                  {QStringLiteral("ticket"), m_tenant + QStringLiteral(".") + QString(64, 'a')}});
        QCOMPARE(bad.waitForClose(), int(stream::CloseTicketRefused));

        const QString ticket = issueTicket(m_world->manager());
        StreamTestClient first;
        QVERIFY(first.open(m_server->url()));
        first.send(
            {{QStringLiteral("type"), QStringLiteral("auth")}, {QStringLiteral("ticket"), ticket}});
        QVERIFY(!first.waitForType(QStringLiteral("ready")).isEmpty());
        StreamTestClient replayed;
        QVERIFY(replayed.open(m_server->url()));
        replayed.send(
            {{QStringLiteral("type"), QStringLiteral("auth")}, {QStringLiteral("ticket"), ticket}});
        QCOMPARE(replayed.waitForClose(), int(stream::CloseTicketRefused));
        QVERIFY(first.isConnected());

        const QString stale = issueTicket(m_world->manager());
        m_world->admin().exec(QStringLiteral("UPDATE stream_tickets SET issued_at = issued_at -"
                                             " interval '1 minute', expires_at = now() -"
                                             " interval '1 second' WHERE redeemed_at IS NULL"));
        StreamTestClient expired;
        QVERIFY(expired.open(m_server->url()));
        expired.send(
            {{QStringLiteral("type"), QStringLiteral("auth")}, {QStringLiteral("ticket"), stale}});
        QCOMPARE(expired.waitForClose(), int(stream::CloseTicketRefused));
    }

    void scopeIsEnforcedAndFollowsChanges()
    {
        // A floor supervisor may follow their dark store, not another.
        StreamTestClient supervisor;
        QVERIFY(!supervisor.connectAs(m_server->url(), m_supervisor).isEmpty());
        QCOMPARE(supervisor.subscribe(QStringLiteral("dark-store:") + m_darkStoreMine)
                     .value(QLatin1String("type")),
                 QStringLiteral("subscribed"));
        const QJsonObject refused =
            supervisor.subscribe(QStringLiteral("dark-store:") + m_darkStoreOther);
        QCOMPARE(refused.value(QLatin1String("code")), stream::error::Forbidden);

        // The manager of S1 follows everything it may see and nothing else.
        StreamTestClient manager;
        QVERIFY(!manager.connectAs(m_server->url(), m_world->manager()).isEmpty());
        QCOMPARE(manager.subscribe(QStringLiteral("location:") + StockWorld::OtherStoreLocation)
                     .value(QLatin1String("code")),
                 stream::error::Forbidden);
        manager.subscribe(QStringLiteral("global"));
        StreamTestClient admin;
        QVERIFY(!admin.connectAs(m_server->url(), m_admin).isEmpty());
        admin.subscribe(QStringLiteral("global"));

        addEvents(2, StockWorld::OtherStoreLocation);
        addEvents(1, m_world->frontStore());
        QVERIFY(settledHead() >= 0);
        QTRY_COMPARE_WITH_TIMEOUT(admin.events().size(), 3, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(manager.events().size(), 1, 10000);
        QTest::qWait(300);
        QCOMPARE(manager.events().size(), 1);
        QCOMPARE(
            manager.events().first().value(QLatin1String("data")).toObject().value("n").toInt(), 1);

        // A grant reaches the live connection; so does its revocation.
        const QString secondStore =
            m_world->scalar(QStringLiteral("SELECT store_id FROM locations WHERE id = $1"),
                            {StockWorld::OtherStoreLocation});
        m_world->admin().exec(QStringLiteral("INSERT INTO staff_scope (tenant_id, login_role,"
                                             " scope_type, store_id) VALUES ($1, $2, 'store', $3)"),
                              {m_tenant, m_world->managerLogin(), secondStore});
        QTRY_COMPARE_WITH_TIMEOUT(
            manager.subscribe(QStringLiteral("location:") + StockWorld::OtherStoreLocation)
                .value(QLatin1String("type"))
                .toString(),
            QStringLiteral("subscribed"), 10000);
        addEvents(1, StockWorld::OtherStoreLocation);
        QTRY_COMPARE_WITH_TIMEOUT(
            manager.events(QStringLiteral("location:") + StockWorld::OtherStoreLocation).size(), 1,
            10000);
        m_world->admin().exec(QStringLiteral("DELETE FROM staff_scope WHERE login_role = $1 AND"
                                             " store_id = $2"),
                              {m_world->managerLogin(), secondStore});
        const QJsonObject revoked = manager.waitFor([](const QJsonObject &f) {
            return f.value(QLatin1String("code")) == stream::error::ScopeRevoked;
        });
        QCOMPARE(revoked.value(QLatin1String("channel")).toString(),
                 QStringLiteral("location:") + StockWorld::OtherStoreLocation);
        const int globalBefore = int(manager.events(QStringLiteral("global")).size());
        addEvents(1, StockWorld::OtherStoreLocation);
        addEvents(1);
        QTRY_COMPARE_WITH_TIMEOUT(manager.events(QStringLiteral("global")).size(), globalBefore + 1,
                                  10000);
        QTest::qWait(300);
        QCOMPARE(manager.events(QStringLiteral("global")).size(), globalBefore + 1);

        // A disabled login is cut off.
        m_world->admin().exec(QStringLiteral("UPDATE staff SET is_active = false WHERE"
                                             " login_role = $1"),
                              {m_world->managerLogin()});
        const int code = manager.waitForClose();
        m_world->admin().exec(QStringLiteral("UPDATE staff SET is_active = true WHERE"
                                             " login_role = $1"),
                              {m_world->managerLogin()});
        QCOMPARE(code, int(stream::CloseAccessWithdrawn));
        QVERIFY(admin.isConnected());
    }

    void aSlowConsumerIsClosedAndResumesWithNothingLost()
    {
        ServeProcess server(m_world->db().info(),
                            {QStringLiteral("--max-queue"), QStringLiteral("64")});
        QVERIFY2(server.isListening(), qPrintable(server.output()));
        StreamTestClient slow;
        const qint64 start = seqOf(slow.connectAs(server.url(), m_world->manager()));
        slow.subscribe(QStringLiteral("global"));
        // Stop reading: this thread's event loop does not run while the burst is written, so
        // the client's socket is not read until the server has given up on it.
        addEvents(40000);
        QVERIFY2(server.waitForOutputBlocking(QStringLiteral("slow consumer"), 60000),
                 qPrintable(server.output()));
        const qint64 head = settledHead();
        QCOMPARE(slow.waitForClose(30000), int(stream::CloseSlowConsumer));
        const QList<qint64> before = seqs(slow.events());
        QVERIFY2(before.size() < head - start, qPrintable(describeSeqs(before)));
        QVERIFY2(before.isEmpty() || isSeqRun(before, start, before.last()),
                 qPrintable(describeSeqs(before)));

        StreamTestClient resumed;
        QVERIFY(!resumed.connectAs(server.url(), m_world->manager()).isEmpty());
        const qint64 last = before.isEmpty() ? start : before.last();
        QCOMPARE(
            resumed.subscribe(QStringLiteral("global"), last).value(QLatin1String("recovered")),
            true);
        QTRY_VERIFY2_WITH_TIMEOUT(resumed.events().size() >= head - last,
                                  qPrintable(QStringLiteral("%1 of %2 events after resuming")
                                                 .arg(resumed.events().size())
                                                 .arg(head - last)),
                                  60000);
        QVERIFY2(isSeqRun(seqs(resumed.events()), last, head),
                 qPrintable(describeSeqs(seqs(resumed.events()))));
    }

    void killedDuringABurstThenResumedMissesNothing()
    {
        ServeProcess first(m_world->db().info());
        QVERIFY(first.isListening());
        StreamTestClient client;
        const qint64 start = seqOf(client.connectAs(first.url(), m_world->manager()));
        client.subscribe(QStringLiteral("global"));
        addEvents(500);
        QTRY_VERIFY_WITH_TIMEOUT(client.events().size() >= 1, 10000);
        addEvents(500);
        first.kill(); // mid-burst
        addEvents(500);
        QVERIFY(client.waitForClose() != -1);
        const QList<qint64> before = seqs(client.events());
        QVERIFY2(isSeqRun(before, start, start + before.size()), qPrintable(describeSeqs(before)));

        const quint16 port = first.port();
        ServeProcess restarted(m_world->db().info(), {}, port);
        QVERIFY2(restarted.isListening(), qPrintable(restarted.output()));
        const qint64 head = settledHead();
        QCOMPARE(head, start + 1500);
        StreamTestClient again;
        QVERIFY(!again.connectAs(restarted.url(), m_world->manager()).isEmpty());
        const qint64 last = start + before.size();
        QCOMPARE(again.subscribe(QStringLiteral("global"), last).value(QLatin1String("recovered")),
                 true);
        QTRY_VERIFY_WITH_TIMEOUT(again.events().size() >= head - last, 20000);
        QTest::qWait(200);
        QVERIFY2(isSeqRun(seqs(again.events()), last, head),
                 qPrintable(describeSeqs(seqs(again.events()))));
    }

    void anotherServerTakesOverSequencingWithNoGap()
    {
        // m_server may hold the lock; start two more and kill whichever sequences, twice.
        m_server.reset();
        auto a = std::make_unique<ServeProcess>(m_world->db().info());
        QVERIFY(a->isListening());
        QTRY_VERIFY_WITH_TIMEOUT(a->health().second.value("sequencer").toBool(), 10000);
        ServeProcess b(m_world->db().info());
        QVERIFY(b.isListening());
        QCOMPARE(b.health().second.value("sequencer").toBool(), false);

        StreamTestClient client;
        const qint64 start = seqOf(client.connectAs(b.url(), m_world->manager()));
        client.subscribe(QStringLiteral("global"));
        addEvents(100);
        QTRY_COMPARE_WITH_TIMEOUT(client.events().size(), 100, 10000);
        a->kill();
        addEvents(100); // waits in the outbox until b takes over
        QTRY_VERIFY_WITH_TIMEOUT(b.health().second.value("sequencer").toBool(), 15000);
        QVERIFY2(b.waitForOutput(QStringLiteral("sequencing events")), qPrintable(b.output()));
        QTRY_COMPARE_WITH_TIMEOUT(client.events().size(), 200, 15000);
        QVERIFY2(isSeqRun(seqs(client.events()), start, start + 200),
                 qPrintable(describeSeqs(seqs(client.events()))));

        // SIGTERM: connections are closed as going away and the process exits cleanly.
        QCOMPARE(b.terminate(), 0);
        QCOMPARE(client.waitForClose(), int(stream::CloseGoingAway));
        QVERIFY(b.output().contains(QLatin1String("stopping on SIGTERM")));
        m_server = std::make_unique<ServeProcess>(m_world->db().info());
    }

    void badCommandLinesAreRefused_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("port") << QStringList{QStringLiteral("--port"), QStringLiteral("70000")}
                              << QStringLiteral("--port takes a number from 0 to 65535");
        QTest::newRow("listen") << QStringList{QStringLiteral("--listen"), QStringLiteral("here")}
                                << QStringLiteral("--listen takes an IP address");
        QTest::newRow("retention")
            << QStringList{QStringLiteral("--retention"), QStringLiteral("7 weeks")}
            << QStringLiteral("--retention takes a positive duration such as 7d");
        QTest::newRow("zero retention")
            << QStringList{QStringLiteral("--retention"), QStringLiteral("0d")}
            << QStringLiteral("--retention takes a positive duration");
        QTest::newRow("queue") << QStringList{QStringLiteral("--max-queue"), QStringLiteral("1")}
                               << QStringLiteral("--max-queue takes KiB from 64");
        QTest::newRow("connections")
            << QStringList{QStringLiteral("--max-connections"), QStringLiteral("0")}
            << QStringLiteral("--max-connections takes a number from 1 to");
    }
    void badCommandLinesAreRefused()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const ProgramRun run = runProgram(
            QStringLiteral(STOCKROOMD_PATH),
            QStringList{QStringLiteral("serve"), QStringLiteral("--db"), m_world->db().conninfo()} +
                args,
            {}, 30000);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }

    void aBusyPortIsReported()
    {
        const ProgramRun run =
            runProgram(QStringLiteral(STOCKROOMD_PATH),
                       {QStringLiteral("serve"), QStringLiteral("--db"), m_world->db().conninfo(),
                        QStringLiteral("--listen"), QStringLiteral("127.0.0.1"),
                        QStringLiteral("--port"), QString::number(m_server->port())},
                       {}, 30000);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(
            run.err.contains(QStringLiteral("cannot listen on 127.0.0.1:%1").arg(m_server->port())),
            qPrintable(run.err));
    }

    void connectionsBeyondTheLimitAreTurnedAway()
    {
        ServeProcess server(m_world->db().info(),
                            {QStringLiteral("--max-connections"), QStringLiteral("2")});
        QVERIFY2(server.isListening(), qPrintable(server.output()));
        QVERIFY(server.output().contains(QLatin1String("up to 2 connections")));
        StreamTestClient first;
        StreamTestClient second;
        QVERIFY(!first.connectAs(server.url(), m_world->manager()).isEmpty());
        QVERIFY(!second.connectAs(server.url(), m_world->manager()).isEmpty());
        StreamTestClient third;
        QVERIFY(!third.open(server.url()));
        const auto [status, body] = server.health();
        QCOMPARE(status, 503);
        QVERIFY(body.value(QLatin1String("error")).toString().contains(QLatin1String("full")));
        first.socket().close();
        QTRY_COMPARE_WITH_TIMEOUT(server.health().first, 200, 10000);
        StreamTestClient fourth;
        QVERIFY(!fourth.connectAs(server.url(), m_world->manager()).isEmpty());
        QVERIFY(second.isConnected());
    }

    void eventsOfAnotherTenantNeverArrive()
    {
        const QString beta = m_world->scalar(QStringLiteral(
            "INSERT INTO tenants (name, slug, currency, timezone) VALUES ('Beta', 'beta-stream',"
            " 'INR', 'Asia/Kolkata') RETURNING tenant_id"));
        StreamTestClient client;
        QVERIFY(!client.connectAs(m_server->url(), m_admin).isEmpty());
        client.subscribe(QStringLiteral("global"));
        m_world->admin().exec(QStringLiteral("INSERT INTO outbox (tenant_id, event_type, data)"
                                             " SELECT $1, 'inventory.stock.adjusted', '{}'"
                                             " FROM generate_series(1, 20)"),
                              {beta});
        addEvents(1);
        QTRY_COMPARE_WITH_TIMEOUT(client.events().size(), 1, 10000);
        QTest::qWait(300);
        QCOMPARE(client.events().size(), 1);
        QCOMPARE(client.events().first().value(QLatin1String("tenant_id")).toString(), m_tenant);
    }
};

QTEST_GUILESS_MAIN(TestStreamServer)
#include "tst_streamserver.moc"
