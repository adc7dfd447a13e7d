// The desktop's StreamClient against real stockroomd serve processes and real PostgreSQL: live
// events in typed form, one emission per event across channels, resuming after the server is
// killed (SIGKILL) and restarted with nothing missed or repeated, resuming after a slow-consumer
// close, a reload when history no longer reaches back, and going offline for good on 4403.
// Tickets come from the desktop's own provider: api.issue_stream_ticket() on a DbExecutor
// signed in as the staff member.
#include "stockfixture.h"
#include "streamharness.h"

#include "access/staff.h"
#include "db/dbexecutor.h"
#include "stream/streamclient.h"
#include "stream/streamprotocol.h"
#include "stream/streamtickets.h"

#include <QSignalSpy>
#include <QtTest>

using namespace stockroom;
using namespace stockroom::test;

namespace {

/** Every event a client emitted, in order. */
struct Received
{
    QList<StreamEvent> events;
    QStringList reloads;

    void follow(StreamClient &client)
    {
        QObject::connect(&client, &StreamClient::eventReceived, &client,
                         [this](const StreamEvent &e) { events << e; });
        QObject::connect(&client, &StreamClient::reloadRequired, &client,
                         [this](const QString &channel) { reloads << channel; });
    }
    [[nodiscard]] QList<qint64> seqs() const
    {
        QList<qint64> out;
        for (const StreamEvent &e : events)
            out << e.seq;
        return out;
    }
};

/** Whether @p list holds each of from+1 … to exactly once (in any order). */
bool isExactly(QList<qint64> list, qint64 from, qint64 to)
{
    std::sort(list.begin(), list.end());
    return isSeqRun(list, from, to);
}

StreamClientOptions quick()
{
    StreamClientOptions o;
    o.initialBackoffMs = 100;
    o.maxBackoffMs = 800;
    o.connectTimeoutMs = 8000;
    o.keepAliveMs = 3000;
    o.seed = 20261121;
    return o;
}

} // namespace

class TestStreamClient : public QObject
{
    Q_OBJECT

    std::unique_ptr<StockWorld> m_world;
    std::unique_ptr<DbExecutor> m_session; // the manager's own database session
    QString m_tenant;
    std::unique_ptr<PgConnection> m_colleague; // an admin of Alpha who acts meanwhile

    /** @p n events at the manager's front store L1, committed at once. */
    void addEvents(int n) { addOutboxEvents(m_world->admin(), m_tenant, n, m_world->frontStore()); }
    qint64 head() { return streamHead(m_world->admin(), m_tenant); }
    qint64 settledHead() { return test::settledHead(m_world->admin(), m_tenant); }
    int ticketsOf(const QString &login)
    {
        return m_world
            ->scalar(QStringLiteral("SELECT count(*) FROM stream_tickets WHERE login_role = $1"),
                     {login})
            .toInt();
    }
    int redeemedOf(const QString &login)
    {
        return m_world
            ->scalar(QStringLiteral("SELECT count(*) FROM stream_tickets WHERE login_role = $1"
                                    " AND redeemed_at IS NOT NULL"),
                     {login})
            .toInt();
    }
    std::unique_ptr<StreamClient> client(const QUrl &url, DbExecutor *session = nullptr)
    {
        auto c = std::make_unique<StreamClient>(
            streamTicketsFrom(session ? session : m_session.get(), this), quick());
        c->setUrl(url);
        return c;
    }
    static bool waitLive(StreamClient &c, int timeoutMs = 15000)
    {
        return QTest::qWaitFor([&]() { return c.state() == StreamClient::State::Live; }, timeoutMs);
    }
    static bool waitSubscribed(StreamClient &c, const QString &channel, int timeoutMs = 15000)
    {
        return QTest::qWaitFor([&]() { return c.lastSeq(channel).has_value(); }, timeoutMs);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_world = std::make_unique<StockWorld>(QStringLiteral("streamclient"));
        m_tenant = m_world->scalar(QStringLiteral("SELECT tenant_id FROM tenants"
                                                  " WHERE slug = 'alpha'"));
        m_session = std::make_unique<DbExecutor>(m_world->manager(), QStringLiteral("test-db"));
        m_colleague = std::make_unique<PgConnection>(
            m_world->db().addStaff(m_tenant, RoleKind::Admin), QStringLiteral("test-colleague"));
        // Start from a sequenced log, as a running server would have it.
        m_world->scalar(QStringLiteral("SELECT stream.sequence(100000)"));
    }
    void cleanupTestCase()
    {
        m_session.reset();
        m_colleague.reset();
        m_world.reset();
    }

    void receivesTypedEvents()
    {
        guarded([&]() {
            ServeProcess server(m_world->db().info());
            QVERIFY2(server.isListening(), qPrintable(server.output()));
            auto c = client(QUrl(server.url()));
            QCOMPARE(c->state(), StreamClient::State::Offline);
            QSignalSpy states(c.get(), &StreamClient::stateChanged);
            Received got;
            got.follow(*c);
            c->subscribe(QStringLiteral("global"));
            c->start();
            QCOMPARE(c->state(), StreamClient::State::Connecting);
            QVERIFY(waitLive(*c));
            QVERIFY(!c->statusText().isEmpty());
            QVERIFY(states.count() >= 2);
            QCOMPARE(c->tenantId().toString(QUuid::WithoutBraces), m_tenant);
            QVERIFY(waitSubscribed(*c, QStringLiteral("global")));

            // A real command by another person: its events arrive typed.
            const QString variant = StockWorld::variant(m_world->freshVariant());
            call(*m_colleague,
                 QStringLiteral("api.adjust_stock($1, $2, $3, 5, 'receipt', 'delivery')"),
                 {newRequestId(), variant, m_world->frontStore()});
            QTRY_VERIFY_WITH_TIMEOUT(!got.events.isEmpty(), 10000);
            const StreamEvent &e = got.events.first();
            QCOMPARE(e.eventType, QStringLiteral("inventory.stock.adjusted"));
            QCOMPARE(e.variantId.toString(QUuid::WithoutBraces), variant);
            QCOMPARE(e.locationId.toString(QUuid::WithoutBraces), m_world->frontStore());
            QVERIFY(!e.productId.isNull());
            QCOMPARE(e.tenantId.toString(QUuid::WithoutBraces), m_tenant);
            QVERIFY(!e.eventId.isNull());
            QVERIFY(e.occurredAt.isValid());
            QVERIFY(qAbs(e.occurredAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
            QVERIFY(!e.actor.isEmpty());
            QCOMPARE(e.channel, QStringLiteral("global"));
            QCOMPARE(e.number(QStringLiteral("quantity_on_hand")).value_or(-1), 17.0);
            QCOMPARE(e.text(QStringLiteral("movement_type")), QStringLiteral("receipt"));
            QCOMPARE(e.seq, m_world
                                ->scalar(QStringLiteral("SELECT seq FROM event_log WHERE"
                                                        " event_id = $1"),
                                         {e.eventId.toString(QUuid::WithoutBraces)})
                                .toLongLong());
            QCOMPARE(*c->lastSeq(QStringLiteral("global")), got.events.last().seq);
            QCOMPARE(c->connectionCount(), 1);
            c->stop();
            QCOMPARE(c->state(), StreamClient::State::Offline);
        });
    }

    void anEventOnSeveralChannelsIsEmittedOnce()
    {
        guarded([&]() {
            ServeProcess server(m_world->db().info());
            QVERIFY2(server.isListening(), qPrintable(server.output()));
            const QString variant = StockWorld::variant(m_world->freshVariant());
            auto c = client(QUrl(server.url()));
            Received got;
            got.follow(*c);
            const QStringList channels{QStringLiteral("global"),
                                       QStringLiteral("location:") + m_world->frontStore(),
                                       QStringLiteral("variant:") + variant};
            for (const QString &channel : channels)
                c->subscribe(channel);
            c->start();
            QVERIFY(waitLive(*c));
            for (const QString &channel : channels)
                QVERIFY(waitSubscribed(*c, channel));
            const qint64 start = head();

            // Takes all 12 on hand: an adjustment, orderability and out-of-stock events, each
            // reaching all three channels.
            call(*m_colleague,
                 QStringLiteral("api.adjust_stock($1, $2, $3, -12, 'damage', 'dropped')"),
                 {newRequestId(), variant, m_world->frontStore()});
            const qint64 end = settledHead();
            QCOMPARE(end - start, 3);
            QTRY_COMPARE_WITH_TIMEOUT(got.events.size(), 3, 10000);
            QTest::qWait(300); // the copies on the other channels have come and gone
            QVERIFY2(isExactly(got.seqs(), start, end), qPrintable(describeSeqs(got.seqs())));
            QCOMPARE(got.events.at(1).eventType, QStringLiteral("inventory.orderability.changed"));
            QCOMPARE(got.events.at(2).eventType, QStringLiteral("inventory.stock.out"));
            for (const QString &channel : channels)
                QCOMPARE(*c->lastSeq(channel), end);
        });
    }

    void resumesAfterTheServerIsKilledWithNothingMissedOrRepeated()
    {
        guarded([&]() {
            auto first = std::make_unique<ServeProcess>(m_world->db().info());
            QVERIFY2(first->isListening(), qPrintable(first->output()));
            const quint16 port = first->port();
            auto c = client(QUrl(first->url()));
            Received got;
            got.follow(*c);
            c->subscribe(QStringLiteral("global"));
            c->subscribe(QStringLiteral("location:") + m_world->frontStore());
            c->start();
            QVERIFY(waitLive(*c));
            QVERIFY(waitSubscribed(*c, QStringLiteral("global")));
            QVERIFY(waitSubscribed(*c, QStringLiteral("location:") + m_world->frontStore()));
            const qint64 start = *c->lastSeq(QStringLiteral("global"));
            const int ticketsBefore = ticketsOf(m_world->managerLogin());
            const int redeemedBefore = redeemedOf(m_world->managerLogin());

            addEvents(400);
            QTRY_VERIFY_WITH_TIMEOUT(!got.events.isEmpty(), 10000);
            addEvents(400);
            first->kill(); // SIGKILL, mid-burst or just after
            addEvents(300);
            QTRY_VERIFY_WITH_TIMEOUT(c->state() == StreamClient::State::Reconnecting, 10000);
            QVERIFY(c->statusText().contains(QLatin1String("Reconnecting")));
            const int beforeRestart = int(got.events.size());
            // The last 300 were written after the only server died.
            QVERIFY2(beforeRestart <= 800, qPrintable(describeSeqs(got.seqs())));
            // It keeps trying while nothing listens.
            QTest::qWait(1500);
            QCOMPARE(c->state(), StreamClient::State::Reconnecting);

            first.reset();
            ServeProcess restarted(m_world->db().info(), {}, port);
            QVERIFY2(restarted.isListening(), qPrintable(restarted.output()));
            const qint64 end = settledHead();
            QCOMPARE(end, start + 1100);
            QVERIFY(waitLive(*c, 20000));
            QTRY_VERIFY2_WITH_TIMEOUT(got.events.size() >= 1100,
                                      qPrintable(describeSeqs(got.seqs())), 30000);
            QTest::qWait(500);
            QVERIFY2(isExactly(got.seqs(), start, end), qPrintable(describeSeqs(got.seqs())));
            QVERIFY(got.reloads.isEmpty());
            QCOMPARE(c->connectionCount(), 2);
            QCOMPARE(*c->lastSeq(QStringLiteral("global")), end);
            QCOMPARE(*c->lastSeq(QStringLiteral("location:") + m_world->frontStore()), end);
            // A fresh single-use ticket for the second connection (and any failed attempts).
            QVERIFY(ticketsOf(m_world->managerLogin()) >= ticketsBefore + 2);
            QCOMPARE(redeemedOf(m_world->managerLogin()), redeemedBefore + 1);
        });
    }

    void resumesAfterASlowConsumerClose()
    {
        guarded([&]() {
            ServeProcess server(m_world->db().info(),
                                {QStringLiteral("--max-queue"), QStringLiteral("64")});
            QVERIFY2(server.isListening(), qPrintable(server.output()));
            auto c = client(QUrl(server.url()));
            Received got;
            got.follow(*c);
            c->subscribe(QStringLiteral("global"));
            c->start();
            QVERIFY(waitLive(*c));
            QVERIFY(waitSubscribed(*c, QStringLiteral("global")));
            const qint64 start = *c->lastSeq(QStringLiteral("global"));
            // This thread's event loop does not run while the burst is written, so the client
            // reads nothing until the server has given up on it.
            addEvents(40000);
            QVERIFY2(server.waitForOutputBlocking(QStringLiteral("slow consumer"), 60000),
                     qPrintable(server.output()));
            const qint64 end = settledHead();
            QTRY_VERIFY2_WITH_TIMEOUT(c->connectionCount() >= 2,
                                      qPrintable(QStringLiteral("%1 connections, %2: %3")
                                                     .arg(c->connectionCount())
                                                     .arg(int(c->state()))
                                                     .arg(c->statusText())),
                                      30000);
            QTRY_VERIFY2_WITH_TIMEOUT(got.events.size() >= end - start,
                                      qPrintable(describeSeqs(got.seqs())), 60000);
            QTest::qWait(300);
            QVERIFY2(isExactly(got.seqs(), start, end), qPrintable(describeSeqs(got.seqs())));
            QCOMPARE(c->state(), StreamClient::State::Live);
        });
    }

    void reloadsWhenHistoryNoLongerReachesBack()
    {
        guarded([&]() {
            ServeProcess server(m_world->db().info());
            QVERIFY2(server.isListening(), qPrintable(server.output()));
            auto c = client(QUrl(server.url()));
            Received got;
            got.follow(*c);
            QSignalSpy subscribed(c.get(), &StreamClient::subscribed);
            c->subscribe(QStringLiteral("global"));
            c->start();
            QVERIFY(waitLive(*c));
            QVERIFY(waitSubscribed(*c, QStringLiteral("global")));
            const qint64 since = *c->lastSeq(QStringLiteral("global"));

            // Offline while 10 events happen and retention prunes past where it was.
            c->stop();
            addEvents(10);
            const qint64 end = settledHead();
            m_world->admin().exec(QStringLiteral("DELETE FROM event_log WHERE tenant_id = $1"
                                                 " AND seq <= $2"),
                                  {m_tenant, QString::number(end - 3)});
            c->start();
            QTRY_COMPARE_WITH_TIMEOUT(got.reloads, QStringList{QStringLiteral("global")}, 15000);
            QCOMPARE(subscribed.last().at(1).toLongLong(), end);
            QCOMPARE(subscribed.last().at(2).toBool(), false);
            QCOMPARE(*c->lastSeq(QStringLiteral("global")), end);
            QVERIFY(end - 3 > since);
            QTest::qWait(300);
            QVERIFY2(got.events.isEmpty(), qPrintable(describeSeqs(got.seqs()))); // nothing partial

            // And it goes on live from there.
            addEvents(1);
            QTRY_COMPARE_WITH_TIMEOUT(got.events.size(), 1, 10000);
            QCOMPARE(got.events.first().seq, end + 1);
        });
    }

    void staysOfflineWhenAccessIsWithdrawn()
    {
        guarded([&]() {
            ServeProcess server(m_world->db().info());
            QVERIFY2(server.isListening(), qPrintable(server.output()));
            QString login;
            const ConnectionInfo clerk = m_world->db().addStaff(
                m_tenant, RoleKind::StoreManager,
                StaffScope{{m_world->scalar(QStringLiteral("SELECT store_id FROM locations"
                                                           " WHERE id = $1"),
                                            {m_world->frontStore()})},
                           {},
                           {}},
                &login);
            DbExecutor session(clerk, QStringLiteral("test-clerk"));
            auto c = client(QUrl(server.url()), &session);
            c->subscribe(QStringLiteral("global"));
            c->start();
            QVERIFY(waitLive(*c));

            m_world->admin().exec(
                QStringLiteral("UPDATE staff SET is_active = false WHERE login_role = $1"),
                {login});
            QTRY_COMPARE_WITH_TIMEOUT(c->state(), StreamClient::State::Offline, 15000);
            QVERIFY2(c->statusText().contains(QLatin1String("withdrew")),
                     qPrintable(c->statusText()));
            const int tickets = ticketsOf(login);
            m_world->admin().exec(
                QStringLiteral("UPDATE staff SET is_active = true WHERE login_role = $1"), {login});
            // It does not come back by itself: no new ticket, no new connection.
            QTest::qWait(2500);
            QCOMPARE(c->state(), StreamClient::State::Offline);
            QCOMPARE(ticketsOf(login), tickets);
            QCOMPARE(c->connectionCount(), 1);
            // Signed in again (here: started again), it is live once more.
            c->start();
            QVERIFY(waitLive(*c));
        });
    }

    void retriesWhileTheServerIsUnreachable()
    {
        guarded([&]() {
            // A port nothing listens on: attempts fail, waits grow but stay bounded.
            quint16 port = 0;
            {
                ServeProcess probe(m_world->db().info());
                QVERIFY(probe.isListening());
                port = probe.port();
                probe.kill();
            }
            auto c = client(QUrl(QStringLiteral("ws://127.0.0.1:%1/ws").arg(port)));
            c->subscribe(QStringLiteral("global"));
            c->start();
            QTRY_COMPARE_WITH_TIMEOUT(c->state(), StreamClient::State::Reconnecting, 10000);
            QList<int> delays; // each wait as it is scheduled
            connect(c.get(), &StreamClient::stateChanged, this, [&]() {
                if (c->statusText().contains(QLatin1String("Reconnecting in")))
                    delays << c->retryDelayMs();
            });
            QTRY_VERIFY_WITH_TIMEOUT(delays.size() >= 5, 20000);
            for (int d : delays)
                QVERIFY2(d >= 100 && d <= quick().maxBackoffMs, qPrintable(QString::number(d)));
            QVERIFY(delays.last() > delays.first());
            QVERIFY(c->statusText().contains(QLatin1String("Reconnecting in")));

            ServeProcess server(m_world->db().info(), {}, port);
            QVERIFY2(server.isListening(), qPrintable(server.output()));
            QVERIFY(waitLive(*c, 15000));
        });
    }
};

QTEST_GUILESS_MAIN(TestStreamClient)
#include "tst_streamclient.moc"
