// Prices that change by the clock are announced when they do (0026_price_boundaries.sql):
// pricing.announce_boundaries writes one catalog.price.updated for each variant, location and
// channel whose price took effect or ran out since its last call — a change-over once, as the
// row that starts — and nothing for a price whose own command already said so (set or ended
// now), nothing ahead of its time, and nothing twice.
#include "stockfixture.h"

#include <QtTest>

using namespace stockroom;
using namespace stockroom::test;

class TestPriceBoundaries : public QObject
{
    Q_OBJECT

    std::unique_ptr<StockWorld> m_world;
    QString m_t0; // the test's start, as the database's clock read it

    QString scalar(const QString &sql, const QList<SqlParam> &params = {})
    {
        return m_world->scalar(sql, params);
    }
    /**
     * A price row of @p variant at every location on @p channel, written @p written ago (an
     * interval), in effect from now + @p from until now + @p to (open when empty). Returns its id.
     */
    QString price(const QString &variant, const QString &channel, const QString &written,
                  const QString &from, const QString &to = {})
    {
        return scalar(
            QStringLiteral("INSERT INTO variant_prices (tenant_id, variant_id, channel, base_price,"
                           " effective_from, effective_to, created_at, updated_at)"
                           " SELECT tenant_id, id, $2, 40, $6::timestamptz + $4::interval,"
                           " $6::timestamptz + nullif($5, '')::interval,"
                           " $6::timestamptz - $3::interval, $6::timestamptz - $3::interval"
                           " FROM variants WHERE id = $1 RETURNING id"),
            {variant, channel, written, from, to, m_t0});
    }
    /**
     * The last call was an hour ago, with no price but the fixture's (every one on the default
     * channel) and none of the clock's events.
     */
    void anHourAgo()
    {
        m_t0 = scalar(QStringLiteral("SELECT now()"));
        m_world->admin().exec(
            QStringLiteral("DELETE FROM variant_prices WHERE channel <> 'default'"));
        m_world->admin().exec(QStringLiteral(
            "UPDATE pricing.boundaries_announced SET announced_until = now() - interval '1 hour'"));
        m_world->admin().exec(QStringLiteral("DELETE FROM outbox WHERE data ? 'change'"
                                             " AND event_type = 'catalog.price.updated'"));
    }
    int announce(int limit = 1000)
    {
        return scalar(QStringLiteral("SELECT pricing.announce_boundaries($1::int)"),
                      {QString::number(limit)})
            .toInt();
    }
    /** The clock's events about a variant: "took_effect <price id>", oldest first. */
    QStringList announced(const QString &variant)
    {
        const QString all = scalar(
            QStringLiteral("SELECT string_agg((data->>'change') || ' ' || (data->>'price_id'), ','"
                           " ORDER BY id) FROM outbox WHERE event_type = 'catalog.price.updated'"
                           " AND data ? 'change' AND variant_id = $1"),
            {variant});
        return all == QLatin1String("<null>") ? QStringList() : all.split(u',');
    }
    QString fresh() { return StockWorld::variant(m_world->freshVariant()); }

private Q_SLOTS:
    void initTestCase() { m_world = std::make_unique<StockWorld>(QStringLiteral("priceclock")); }
    void cleanupTestCase() { m_world.reset(); }

    void aScheduledPriceIsAnnouncedOnceWhenItsTimeComes()
    {
        const QString v = fresh();
        anHourAgo();
        const QString started = price(v, QStringLiteral("web"), QStringLiteral("2 hours"),
                                      QStringLiteral("-10 minutes"));
        const QString ahead =
            price(v, QStringLiteral("app"), QStringLiteral("0"), QStringLiteral("1 hour"));
        QCOMPARE(announce(), 1);
        QCOMPARE(announced(v), QStringList{QStringLiteral("took_effect ") + started});
        QCOMPARE(scalar(QStringLiteral("SELECT data->>'base_price' || ' ' || (data->>'channel')"
                                       " FROM outbox WHERE data->>'price_id' = $1"),
                        {started}),
                 QStringLiteral("40.00 web"));
        // Nothing twice, and nothing ahead of its time.
        QCOMPARE(announce(), 0);
        QVERIFY(!announced(v).join(u' ').contains(ahead));
    }

    void aChangeOverIsOneEventAsTheRowThatStarts()
    {
        const QString v = fresh();
        anHourAgo();
        price(v, QStringLiteral("web"), QStringLiteral("3 hours"), QStringLiteral("-2 hours"),
              QStringLiteral("-5 minutes"));
        const QString next = price(v, QStringLiteral("web"), QStringLiteral("3 hours"),
                                   QStringLiteral("-5 minutes"));
        QCOMPARE(announce(), 1);
        QCOMPARE(announced(v), QStringList{QStringLiteral("took_effect ") + next});
    }

    void aScheduledEndWithNothingAfterItRunsOut()
    {
        const QString v = fresh();
        anHourAgo();
        const QString ended = price(v, QStringLiteral("app"), QStringLiteral("4 hours"),
                                    QStringLiteral("-3 hours"), QStringLiteral("-5 minutes"));
        QCOMPARE(announce(), 1);
        QCOMPARE(announced(v), QStringList{QStringLiteral("ran_out ") + ended});
        // The variant's app price is its default one again.
        QCOMPARE(
            scalar(
                QStringLiteral("SELECT rule FROM pricing.price_at($1, $2, NULL, 'app')"),
                {scalar(QStringLiteral("SELECT tenant_id FROM variants WHERE id = $1"), {v}), v}),
            QStringLiteral("all_default"));
    }

    void whatItsOwnCommandAnnouncedIsNotAnnouncedAgain()
    {
        const QString v = fresh();
        anHourAgo();
        // Set to start as it is written, and a scheduled one ended now (its UPDATE is the write).
        price(v, QStringLiteral("web"), QStringLiteral("0"), QStringLiteral("0"));
        const QString scheduled = price(v, QStringLiteral("app"), QStringLiteral("2 hours"),
                                        QStringLiteral("-90 minutes"), QStringLiteral("1 day"));
        m_world->admin().exec(
            QStringLiteral("UPDATE variant_prices SET effective_to = now() WHERE id = $1"),
            {scheduled});
        QCOMPARE(announce(), 0);
        QCOMPARE(announced(v), QStringList());
    }

    void theMarkNeverMovesBack()
    {
        // A second runner that waited for the first finds it went further: it leaves the mark.
        m_world->admin().exec(QStringLiteral("UPDATE pricing.boundaries_announced"
                                             " SET announced_until = now() + interval '1 hour'"));
        const QString ahead =
            scalar(QStringLiteral("SELECT announced_until FROM pricing.boundaries_announced"));
        QCOMPARE(announce(), 0);
        QCOMPARE(scalar(QStringLiteral("SELECT announced_until FROM pricing.boundaries_announced")),
                 ahead);
    }

    void aLongBacklogGoesInChunksOfWholeInstants()
    {
        anHourAgo();
        const QString a = fresh();
        const QString b = fresh();
        const QString c = fresh();
        const QString d = fresh();
        price(a, QStringLiteral("web"), QStringLiteral("2 hours"), QStringLiteral("-30 minutes"));
        price(b, QStringLiteral("web"), QStringLiteral("2 hours"), QStringLiteral("-20 minutes"));
        price(c, QStringLiteral("web"), QStringLiteral("2 hours"), QStringLiteral("-10 minutes"));
        // d changes at the same instant as c: they go together, past the limit.
        m_world->admin().exec(
            QStringLiteral("INSERT INTO variant_prices (tenant_id, variant_id, channel, base_price,"
                           " effective_from, created_at, updated_at)"
                           " SELECT v.tenant_id, v.id, 'web', 40, p.effective_from, p.created_at,"
                           " p.updated_at FROM variants v, variant_prices p"
                           " WHERE v.id = $1 AND p.variant_id = $2 AND p.channel = 'web'"),
            {d, c});
        QCOMPARE(announce(2), 2);
        QCOMPARE(announced(a).size() + announced(b).size(), 2);
        QCOMPARE(announced(c).size() + announced(d).size(), 0);
        QCOMPARE(announce(1), 2);
        QCOMPARE(announced(c).size() + announced(d).size(), 2);
        QCOMPARE(announce(1), 0);
    }
};

QTEST_GUILESS_MAIN(TestPriceBoundaries)
#include "tst_priceboundaries.moc"
