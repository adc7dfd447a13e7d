// The sequencer as stockroomd runs it: of several instances on one database exactly one
// sequences, another takes over when it stops, and every outbox row reaches the event log once.
#include "stockfixture.h"
#include "stream/sequencer.h"

#include <QtTest>
#include <atomic>

using namespace stockroom;
using namespace stockroom::test;
using namespace std::chrono_literals;

class TestSequencer : public QObject
{
    Q_OBJECT

    std::unique_ptr<StockWorld> m_world;

    QString scalar(const QString &sql) { return m_world->scalar(sql); }

    void addEvents(int n)
    {
        m_world->admin().exec(QStringLiteral("INSERT INTO outbox (tenant_id, event_type, data)"
                                             " SELECT tenant_id, 'catalog.product.upserted',"
                                             " jsonb_build_object('n', g)"
                                             " FROM tenants, generate_series(1, $1) g"
                                             " WHERE slug = 'alpha'"),
                              {QString::number(n)});
    }

    int logged() { return scalar(QStringLiteral("SELECT count(*) FROM event_log")).toInt(); }

    static SequencerOptions quick()
    {
        SequencerOptions o;
        o.electionPause = 100ms;
        o.batch = 7; // several passes per burst
        return o;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_world = std::make_unique<StockWorld>(QStringLiteral("sequencer"));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM tenants WHERE slug = 'alpha'")),
                 QStringLiteral("1"));
        // Start from an empty outbox, numbered by hand once so the log holds the fixture's events.
        scalar(QStringLiteral("SELECT stream.sequence(100000)"));
    }
    void cleanupTestCase() { m_world.reset(); }

    void oneSequencesAndAnotherTakesOver()
    {
        std::atomic<int> movedByFirst{0};
        std::atomic<int> movedBySecond{0};
        auto first = std::make_unique<Sequencer>(m_world->db().info(), quick(),
                                                 [&](int n) { movedByFirst += n; });
        Sequencer second(m_world->db().info(), quick(), [&](int n) { movedBySecond += n; });
        first->start();
        QTRY_VERIFY_WITH_TIMEOUT(first->isSequencer(), 5000);
        second.start();
        QTest::qWait(400); // several of second's election attempts
        QVERIFY(!second.isSequencer());

        const int before = logged();
        addEvents(50);
        QTRY_COMPARE_WITH_TIMEOUT(logged(), before + 50, 5000);
        // The callback runs after the pass commits: wait for it rather than race it.
        QTRY_COMPARE_WITH_TIMEOUT(movedByFirst.load(), 50, 5000);
        QCOMPARE(movedBySecond.load(), 0);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM outbox")), QStringLiteral("0"));

        first.reset(); // stops, closing its connection and with it the lock
        QTRY_VERIFY_WITH_TIMEOUT(second.isSequencer(), 5000);
        addEvents(30);
        QTRY_COMPARE_WITH_TIMEOUT(logged(), before + 80, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(movedBySecond.load(), 30, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(second.movedTotal(), 30, 5000);
        // Gap-free and each row once.
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) = max(seq) AND count(DISTINCT seq) ="
                                       " count(*) FROM event_log e JOIN tenants t USING"
                                       " (tenant_id) WHERE t.slug = 'alpha'")),
                 QStringLiteral("t"));
        // Every outbox row exactly once: 50 + 30 rows, 80 distinct events.
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) || '/' || count(DISTINCT event_id)"
                                       " FROM event_log WHERE event_type ="
                                       " 'catalog.product.upserted' AND data ? 'n'")),
                 QStringLiteral("80/80"));
    }

    void aStoppedSequencerGivesUpTheLock()
    {
        // In this database only: other suites' servers hold the same key in theirs.
        const QString SequencerLocks = QStringLiteral(
            "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'"
            " AND database = (SELECT oid FROM pg_database WHERE datname = current_database())"
            " AND objid = (stream.sequencer_lock_key() & 4294967295)::oid");
        {
            Sequencer only(m_world->db().info(), quick());
            only.start();
            QTRY_VERIFY_WITH_TIMEOUT(only.isSequencer(), 5000);
            QCOMPARE(scalar(SequencerLocks), QStringLiteral("1"));
        }
        QTRY_COMPARE_WITH_TIMEOUT(scalar(SequencerLocks), QStringLiteral("0"), 5000);
    }
};

QTEST_GUILESS_MAIN(TestSequencer)
#include "tst_sequencer.moc"
