// The event stream's database side: the sequencer's numbering (gap-free per tenant, nothing
// skipped when transactions commit out of id order), retention, and stream tickets (single
// use, short-lived, bound to an active staff login).
#include "db/pgconnection.h"
#include "stockfixture.h"

#include <QtTest>

using namespace stockroom;
using namespace stockroom::test;

namespace {

const QString Adjust = QStringLiteral(
    "SELECT api.adjust_stock(gen_random_uuid(), $1, $2, $3, 'receipt', 'stream test')");

} // namespace

class TestEventStream : public QObject
{
    Q_OBJECT

    std::unique_ptr<StockWorld> m_world;

    QString scalar(const QString &sql, const QList<SqlParam> &params = {})
    {
        return m_world->scalar(sql, params);
    }

    int sequence() { return scalar(QStringLiteral("SELECT stream.sequence()")).toInt(); }

    // The quantity deltas of a variant's stock adjustments in the event log, in seq order:
    // "1,2,3".
    QString deltasInSeqOrder(const QString &variantId)
    {
        return scalar(
            QStringLiteral("SELECT string_agg((data->>'quantity_delta')::numeric::int::text, ','"
                           " ORDER BY seq) FROM event_log"
                           " WHERE variant_id = $1 AND event_type = 'inventory.stock.adjusted'"),
            {variantId});
    }

    // True when every tenant's seq runs 1..head with no gap and no repeat (the retention test,
    // which deletes old events, comes after every test that asks).
    bool gapFree()
    {
        return scalar(
                   QStringLiteral("SELECT bool_and(whole) FROM ("
                                  " SELECT count(*) = max(seq) AND count(DISTINCT seq) = count(*)"
                                  "   AND max(seq) = (SELECT seq FROM stream_heads h"
                                  "                    WHERE h.tenant_id = e.tenant_id) AS whole"
                                  " FROM event_log e GROUP BY tenant_id) t")) == QLatin1String("t");
    }

private Q_SLOTS:
    void initTestCase() { m_world = std::make_unique<StockWorld>(QStringLiteral("eventstream")); }
    void cleanupTestCase() { m_world.reset(); }

    void sequencingEmptiesTheOutboxIntoANumberedLog()
    {
        sequence(); // whatever the fixture left
        PgConnection manager(m_world->manager(), QStringLiteral("tst_eventstream"));
        const QString v = StockWorld::variant(m_world->freshVariant());
        for (int delta : {1, 2, 3})
            manager.exec(Adjust, {v, m_world->frontStore(), QString::number(delta)});
        const int waiting = scalar(QStringLiteral("SELECT count(*) FROM outbox")).toInt();
        QVERIFY(waiting >= 3);
        const QString headBefore =
            scalar(QStringLiteral("SELECT coalesce(max(seq), 0) FROM event_log"));

        QCOMPARE(sequence(), waiting);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM outbox")), QStringLiteral("0"));
        QCOMPARE(deltasInSeqOrder(v), QStringLiteral("1,2,3"));
        QCOMPARE(scalar(QStringLiteral("SELECT max(seq) FROM event_log")).toInt(),
                 headBefore.toInt() + waiting);
        QVERIFY(gapFree());
        // The envelope travels whole.
        QCOMPARE(
            scalar(QStringLiteral("SELECT concat_ws(' ', source, schema_version, actor,"
                                  " data->>'sku' IS NOT NULL)"
                                  " FROM event_log WHERE variant_id = $1 ORDER BY seq LIMIT 1"),
                   {v}),
            QStringLiteral("stockroom 1 %1 t").arg(m_world->managerLogin()));
        QCOMPARE(sequence(), 0); // nothing left to do
    }

    // A transaction that took the lower outbox id but commits later is numbered when it
    // commits, after the one that committed first: never skipped, never numbered twice.
    void aLateCommitIsNumberedWhenItCommits()
    {
        sequence();
        const QString v = StockWorld::variant(m_world->freshVariant());
        PgConnection early(m_world->manager(), QStringLiteral("tst_eventstream-early"));
        PgConnection late(m_world->manager(), QStringLiteral("tst_eventstream-late"));
        early.exec(QStringLiteral("BEGIN"));
        early.exec(Adjust, {v, m_world->frontStore(), QStringLiteral("5")});
        // Another variant, so the second transaction does not wait for the first.
        const QString w = StockWorld::variant(m_world->freshVariant());
        late.exec(Adjust, {w, m_world->frontStore(), QStringLiteral("7")});
        QVERIFY(sequence() >= 1);
        QCOMPARE(deltasInSeqOrder(w), QStringLiteral("7"));
        QCOMPARE(deltasInSeqOrder(v), QStringLiteral("<null>"));
        const int seqOfLate =
            scalar(QStringLiteral("SELECT max(seq) FROM event_log WHERE variant_id = $1"), {w})
                .toInt();

        early.exec(QStringLiteral("COMMIT"));
        QVERIFY(sequence() >= 1);
        QCOMPARE(deltasInSeqOrder(v), QStringLiteral("5"));
        QVERIFY(scalar(QStringLiteral("SELECT min(seq) FROM event_log WHERE variant_id = $1"), {v})
                    .toInt() > seqOfLate);
        QVERIFY(scalar(QStringLiteral("SELECT min(id) FROM outbox")) == QLatin1String("<null>"));
        QVERIFY(gapFree());
    }

    void tenantsAreNumberedApart()
    {
        sequence();
        m_world->admin().exec(QStringLiteral("INSERT INTO outbox (tenant_id, event_type, data)"
                                             " SELECT tenant_id, 'catalog.product.upserted', '{}' "
                                             "FROM tenants, generate_series(1, 3)"));
        const int tenants = scalar(QStringLiteral("SELECT count(*) FROM tenants")).toInt();
        QVERIFY(tenants >= 2);
        QCOMPARE(sequence(), 3 * tenants);
        QVERIFY(gapFree());
        // Each tenant's head moved by exactly its own three.
        QCOMPARE(scalar(QStringLiteral("SELECT bool_and(h.seq = (SELECT max(seq) FROM event_log e"
                                       "                          WHERE e.tenant_id = h.tenant_id))"
                                       " FROM stream_heads h")),
                 QStringLiteral("t"));
    }

    void aDeletedTenantsEventsGoWithIt()
    {
        // The log keeps no foreign key (each row was checked as an outbox row); a trigger does
        // what its cascade did.
        sequence();
        const QString gone = scalar(QStringLiteral(
            "INSERT INTO tenants (name, slug) VALUES ('Closing Down', 'closing-down')"
            " RETURNING tenant_id"));
        m_world->admin().exec(QStringLiteral("INSERT INTO outbox (tenant_id, event_type, data)"
                                             " SELECT $1, 'catalog.product.upserted', '{}'"
                                             " FROM generate_series(1, 2)"),
                              {gone});
        QCOMPARE(sequence(), 2);
        const QString kept = scalar(QStringLiteral("SELECT count(*) FROM event_log"
                                                   " WHERE tenant_id <> $1"),
                                    {gone});
        QCOMPARE(
            scalar(QStringLiteral("SELECT count(*) FROM event_log WHERE tenant_id = $1"), {gone}),
            QStringLiteral("2"));
        m_world->admin().exec(QStringLiteral("DELETE FROM tenants WHERE tenant_id = $1"), {gone});
        QCOMPARE(
            scalar(QStringLiteral("SELECT count(*) FROM event_log WHERE tenant_id = $1"), {gone}),
            QStringLiteral("0"));
        QCOMPARE(
            scalar(QStringLiteral("SELECT count(*) FROM event_log WHERE tenant_id <> $1"), {gone}),
            kept);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM stream_heads WHERE tenant_id = $1"),
                        {gone}),
                 QStringLiteral("0"));
    }

    void pruneKeepsWhatIsYoungerThanTheRetention()
    {
        sequence();
        m_world->admin().exec(
            QStringLiteral("UPDATE event_log SET sequenced_at = now() - interval '8 days'"
                           " WHERE seq IN (SELECT seq FROM event_log ORDER BY seq LIMIT 2)"));
        const int before = scalar(QStringLiteral("SELECT count(*) FROM event_log")).toInt();
        QCOMPARE(scalar(QStringLiteral("SELECT stream.prune(interval '7 days')")),
                 QStringLiteral("2"));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM event_log")).toInt(), before - 2);
        QCOMPARE(scalar(QStringLiteral("SELECT stream.prune(interval '7 days')")),
                 QStringLiteral("0"));
    }

    void aTicketIsRedeemedOnceByItsOwner()
    {
        PgConnection manager(m_world->manager(), QStringLiteral("tst_eventstream"));
        const QString ticket =
            manager.scalar(QStringLiteral("SELECT api.issue_stream_ticket()->>'ticket'")).value();
        QVERIFY(ticket.contains(QLatin1Char('.')));
        // Only its hash is kept: the SHA-256 is there, the ticket itself nowhere.
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM stream_tickets"
                                       " WHERE ticket_hash = convert_to($1, 'UTF8')"),
                        {ticket}),
                 QStringLiteral("0"));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM stream_tickets"
                                       " WHERE ticket_hash = sha256(convert_to($1, 'UTF8'))"),
                        {ticket}),
                 QStringLiteral("1"));
        const QString redeem = QStringLiteral("SELECT concat_ws(' ', login_role, role_kind) FROM "
                                              "stream.redeem_ticket($1)");
        QCOMPARE(scalar(redeem, {ticket}),
                 QStringLiteral("%1 store_manager").arg(m_world->managerLogin()));
        QCOMPARE(scalar(redeem, {ticket}), QStringLiteral("<null>")); // used
        // Tampered, malformed, another tenant's prefix.
        QString tampered = ticket;
        tampered.back() = tampered.back() == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
        QCOMPARE(scalar(redeem, {tampered}), QStringLiteral("<null>"));
        QCOMPARE(scalar(redeem, {QStringLiteral("nonsense")}), QStringLiteral("<null>"));
        // Shaped like a ticket but not a tenant id: refused, not an error.
        QCOMPARE(scalar(redeem, {QString(36, QLatin1Char('-')) + ticket.mid(36)}),
                 QStringLiteral("<null>"));
        QCOMPARE(scalar(redeem, {QString()}), QStringLiteral("<null>"));
    }

    void anExpiredTicketOrADisabledLoginIsRefused()
    {
        PgConnection manager(m_world->manager(), QStringLiteral("tst_eventstream"));
        const QString redeem = QStringLiteral("SELECT login_role FROM stream.redeem_ticket($1)");
        const QString expired =
            manager.scalar(QStringLiteral("SELECT api.issue_stream_ticket()->>'ticket'")).value();
        m_world->admin().exec(
            QStringLiteral("UPDATE stream_tickets SET expires_at = now() - interval '1 second'"
                           " WHERE ticket_hash = sha256(convert_to($1, 'UTF8'))"),
            {expired});
        QCOMPARE(scalar(redeem, {expired}), QStringLiteral("<null>"));

        const QString fresh =
            manager.scalar(QStringLiteral("SELECT api.issue_stream_ticket()->>'ticket'")).value();
        m_world->admin().exec(QStringLiteral("UPDATE staff SET is_active = false"
                                             " WHERE login_role = $1"),
                              {m_world->managerLogin()});
        QCOMPARE(scalar(redeem, {fresh}), QStringLiteral("<null>"));
        m_world->admin().exec(QStringLiteral("UPDATE staff SET is_active = true"
                                             " WHERE login_role = $1"),
                              {m_world->managerLogin()});
        // The ticket was not spent by the refusal, but it is the login that decides.
        QCOMPARE(scalar(redeem, {fresh}), m_world->managerLogin());
    }

    void staffCannotSequenceOrRedeem()
    {
        PgConnection manager(m_world->manager(), QStringLiteral("tst_eventstream"));
        for (const QString &sql : {QStringLiteral("SELECT stream.sequence()"),
                                   QStringLiteral("SELECT * FROM stream.redeem_ticket('x')"),
                                   QStringLiteral("SELECT stream.prune(interval '1 day')")}) {
            bool refused = false;
            try {
                manager.exec(sql);
            } catch (const DatabaseError &e) {
                refused = e.sqlState() == QLatin1String("42501");
            }
            QVERIFY2(refused, qPrintable(sql));
        }
    }
};

QTEST_GUILESS_MAIN(TestEventStream)
#include "tst_eventstream.moc"
