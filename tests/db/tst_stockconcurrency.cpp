// The stock commands (migration 0011) under real concurrency: many threads, each with its own
// libpq connection signed in as a store manager, against the test cluster. Nothing oversells,
// nothing is applied twice, the invariants hold afterwards, and no deadlock or other unexpected
// error ever surfaces.
#include "catalogfixture.h"
#include "concurrentsessions.h"
#include "stockfixture.h"
#include "stockstress.h"

#include <QElapsedTimer>
#include <QThread>
#include <QtTest>
#include <algorithm>
#include <mutex>
#include <thread>
#include <vector>

using namespace stockroom;
using namespace stockroom::test;

namespace {

QString resultText(PgConnection &c, const QString &command, const QList<SqlParam> &params)
{
    return c.scalar(QStringLiteral("SELECT (%1)::text").arg(command), params).value_or(QString());
}

} // namespace

class TestStockConcurrency : public QObject
{
    Q_OBJECT

    std::unique_ptr<StockWorld> m_world;
    QString m_l1;
    const QString m_b1 = StockWorld::BackRoom;

    QString scalar(const QString &sql, const QList<SqlParam> &params = {})
    {
        return m_world->scalar(sql, params);
    }

    QJsonObject adjust(const QString &variant, const QString &location, const QString &delta,
                       const QString &type)
    {
        PgConnection c(m_world->manager(), QStringLiteral("tst_stockconcurrency"));
        return call(c, QStringLiteral("api.adjust_stock($1, $2, $3, $4, $5)"),
                    {newRequestId(), variant, location, delta, type});
    }

    /** Waits (up to 10 s) until the session named @p applicationName waits for a lock. */
    bool waitsForLock(const QString &applicationName)
    {
        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < 10000) {
            if (scalar(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE "
                                      "application_name = $1 AND wait_event_type = 'Lock'"),
                       {applicationName}) == QLatin1String("1"))
                return true;
            QThread::msleep(10);
        }
        return false;
    }

    /**
     * One scene: a third session holds the position (@p variant, @p location); the opponent
     * runs and waits for it, then the batch-expiry job runs and waits too; then the third lets
     * go. Returns whatever either of them failed with.
     */
    QStringList jobMeetsOpponent(const QString &scene, const QString &variant,
                                 const QString &location, const ConnectionInfo &opponentLogin,
                                 const QString &opponentSql, const QList<SqlParam> &params)
    {
        QStringList errors;
        std::mutex mutex;
        const auto report = [&](const QString &error) {
            std::lock_guard<std::mutex> lock(mutex);
            errors << error;
        };
        const auto attempt = [&](const ConnectionInfo &who, const QString &name, const QString &sql,
                                 const QList<SqlParam> &values) {
            try {
                PgConnection c(who, name);
                c.exec(sql, values);
            } catch (const std::exception &e) {
                report(QStringLiteral("%1: %2").arg(name, QString::fromUtf8(describe(e))));
            }
        };
        // Planned with real statistics, as autovacuum keeps them on a server.
        m_world->admin().exec(QStringLiteral("ANALYZE inventory_batches"));
        PgConnection holder(m_world->db().info(), QStringLiteral("tst_stockconcurrency"));
        holder.exec(QStringLiteral("BEGIN"));
        holder.exec(QStringLiteral("SELECT 1 FROM stock_positions WHERE variant_id = $1 AND "
                                   "location_id = $2 FOR UPDATE"),
                    {variant, location});
        const QString opponentName = QStringLiteral("tst_stockconcurrency-") + scene;
        const QString jobName = opponentName + QStringLiteral("-job");
        std::thread opponent(attempt, opponentLogin, opponentName, opponentSql, params);
        if (!waitsForLock(opponentName))
            report(opponentName + QStringLiteral(" never waited for the held position"));
        std::thread job(attempt, m_world->db().info(), jobName,
                        QStringLiteral("SELECT stock.flag_expiring_batches()"), QList<SqlParam>{});
        if (!waitsForLock(jobName))
            report(jobName + QStringLiteral(" never waited for a position"));
        holder.exec(QStringLiteral("COMMIT"));
        opponent.join();
        job.join();
        return errors;
    }

private Q_SLOTS:
    void initTestCase()
    {
        guarded([&] {
            m_world = std::make_unique<StockWorld>(QStringLiteral("stockconcurrency"));
            m_l1 = m_world->frontStore();
        });
    }

    void cleanupTestCase() { m_world.reset(); }

    void cleanup()
    {
        guarded([&] {
            if (m_world)
                QCOMPARE(m_world->drift(), QStringList());
        });
    }

    void concurrentAdjustmentsAllApply()
    {
        guarded([&] {
            // The seed's check, scaled: 64 sessions each take one from the same position.
            constexpr int Sessions = 64;
            const QString v = StockWorld::variant(m_world->freshVariant());
            adjust(v, m_l1, QStringLiteral("88"), QStringLiteral("receipt")); // 100 on hand
            std::vector<QJsonObject> results(Sessions);
            const QStringList failures =
                runConcurrently(m_world->manager(), Sessions, [&](int i, PgConnection &c) {
                    results[static_cast<size_t>(i)] = call(
                        c,
                        QStringLiteral("api.adjust_stock($1, $2, $3, -1, 'sale_committed', "
                                       "$4)"),
                        {newRequestId(), v, m_l1, QStringLiteral("Concurrent test %1").arg(i)});
                });
            QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
            QCOMPARE(m_world->position(v, m_l1),
                     QStringLiteral("36 on hand, 0 reserved, 36 available, 0 in transit, "
                                    "version %1")
                         .arg(Sessions + 2));
            QCOMPARE(
                scalar(QStringLiteral("SELECT count(*) || ' ' || sum(quantity_delta)::int FROM "
                                      "stock_movements WHERE variant_id = $1 AND reason LIKE "
                                      "'Concurrent test %'"),
                       {v}),
                QStringLiteral("64 -64"));
            // They took turns: each saw a different on hand, 99 down to 36.
            QList<int> seen;
            for (const QJsonObject &r : results)
                seen << r[QLatin1String("on_hand")].toInt();
            std::sort(seen.begin(), seen.end());
            QList<int> expected;
            for (int left = 36; left < 100; ++left)
                expected << left;
            QCOMPARE(seen, expected);
        });
    }

    void concurrentReservationsNeverOversell()
    {
        guarded([&] {
            // 100 orders at once want one each; exactly 10 are available.
            constexpr int Orders = 100;
            const int n = m_world->freshVariant();
            const QString v = StockWorld::variant(n);
            adjust(v, m_l1, QStringLiteral("-2"), QStringLiteral("damage"));
            std::vector<QString> outcome(Orders);
            std::vector<QString> reservation(Orders);
            const QStringList failures =
                runConcurrently(m_world->manager(), Orders, [&](int i, PgConnection &c) {
                    const auto at = static_cast<size_t>(i);
                    try {
                        reservation[at] =
                            call(c, QStringLiteral("api.reserve_stock($1, $2, $3, $4, 1)"),
                                 {newRequestId(), v, m_l1,
                                  QStringLiteral("O-%1").arg(i)})[QLatin1String("reservation_id")]
                                .toString();
                        outcome[at] = QStringLiteral("ok");
                    } catch (const DatabaseError &e) {
                        outcome[at] = e.sqlState() + QLatin1Char(' ') + e.message();
                    }
                });
            QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
            const QString refused = QStringLiteral("SR010 Only 0 of %1 can be reserved at L1 (10 "
                                                   "on hand, 10 reserved); 1 requested.")
                                        .arg(StockWorld::sku(n));
            int reserved = 0;
            for (const QString &o : outcome) {
                if (o == QLatin1String("ok"))
                    ++reserved;
                else
                    QCOMPARE(o, refused);
            }
            QCOMPARE(reserved, 10);
            QCOMPARE(m_world->position(v, m_l1),
                     QStringLiteral("10 on hand, 10 reserved, 0 available, 0 in transit, "
                                    "version 12"));
            QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM stock_reservations WHERE "
                                           "variant_id = $1 AND status = 'active'"),
                            {v}),
                     QStringLiteral("10"));
            QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE variant_id = $1 AND "
                                           "event_type = 'inventory.stock.out'"),
                            {v}),
                     QStringLiteral("1"));

            // The ten orders are paid at once: every reserved unit sells.
            QStringList held;
            for (const QString &id : reservation) {
                if (!id.isEmpty())
                    held << id;
            }
            std::vector<QString> commits(static_cast<size_t>(held.size()));
            const QStringList commitFailures =
                runConcurrently(m_world->manager(), int(held.size()), [&](int i, PgConnection &c) {
                    const auto e = refusal(c,
                                           QStringLiteral("SELECT api.commit_reservation($1, "
                                                          "$2)"),
                                           {newRequestId(), held[i]});
                    commits[static_cast<size_t>(i)] =
                        e ? e->sqlState() + QLatin1Char(' ') + e->message() : QStringLiteral("ok");
                });
            QVERIFY2(commitFailures.isEmpty(), qPrintable(commitFailures.join(QLatin1Char('\n'))));
            QCOMPARE(QStringList(commits.begin(), commits.end()),
                     QStringList(10, QStringLiteral("ok")));
            QCOMPARE(m_world->position(v, m_l1),
                     QStringLiteral("0 on hand, 0 reserved, 0 available, 0 in transit, "
                                    "version 22"));
        });
    }

    void concurrentDuplicatesApplyOnce()
    {
        guarded([&] {
            // The same request from 8 sessions at once: the first applies, the others wait for
            // it and answer its result.
            constexpr int Sessions = 8;
            const QString v = StockWorld::variant(m_world->freshVariant());
            const QString adjustRequest = newRequestId();
            const QString reserveRequest = newRequestId();
            std::vector<QString> adjusted(Sessions);
            std::vector<QString> reserved(Sessions);
            const QStringList failures =
                runConcurrently(m_world->manager(), Sessions, [&](int i, PgConnection &c) {
                    const auto at = static_cast<size_t>(i);
                    adjusted[at] = resultText(
                        c, QStringLiteral("api.adjust_stock($1, $2, $3, -1, 'sale_committed')"),
                        {adjustRequest, v, m_l1});
                    reserved[at] =
                        resultText(c, QStringLiteral("api.reserve_stock($1, $2, $3, 'O-1', 2)"),
                                   {reserveRequest, v, m_l1});
                });
            QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
            for (int i = 1; i < Sessions; ++i) {
                QCOMPARE(adjusted[static_cast<size_t>(i)], adjusted.front());
                QCOMPARE(reserved[static_cast<size_t>(i)], reserved.front());
            }
            QVERIFY(!adjusted.front().isEmpty());
            QCOMPARE(
                m_world->position(v, m_l1),
                QStringLiteral("11 on hand, 2 reserved, 9 available, 0 in transit, version 3"));
            QCOMPARE(scalar(QStringLiteral("SELECT (SELECT count(*) FROM stock_movements WHERE "
                                           "variant_id = $1 AND movement_type <> "
                                           "'opening_balance') || ' ' || (SELECT count(*) FROM "
                                           "stock_reservations WHERE variant_id = $1) || ' ' ||"
                                           " (SELECT count(*) FROM command_log WHERE request_id "
                                           "IN ($2, $3))"),
                            {v, adjustRequest, reserveRequest}),
                     QStringLiteral("1 1 2"));
        });
    }

    void batchJobDoesNotDeadlock()
    {
        guarded([&] {
            // Positions are locked in one order: by location, then variant (transfers take
            // their two in location order; the reservation sweeper walks location by location).
            // The batch-expiry job must keep to it too. Each scene below would deadlock a job
            // that took two positions the other way round.
            const ConnectionInfo admin =
                m_world->db().addStaff(catalogfixture::TenantA, RoleKind::Admin);
            PgConnection setup(admin, QStringLiteral("tst_stockconcurrency-setup"));
            const QString first = StockWorld::BackRoom;            // …0b1
            const QString second = StockWorld::OtherStoreLocation; // …0c1
            // Stock at a place, one unit of it in a batch.
            const auto stockWithBatch = [&](const QString &v, const QString &place) {
                call(setup, QStringLiteral("api.adjust_stock($1, $2, $3, 3, 'receipt')"),
                     {newRequestId(), v, place});
                return call(setup, QStringLiteral("api.receive_batch($1, $2, $3, 'B-DL', 1, $4)"),
                            {newRequestId(), v, place,
                             m_world->localDate(5)})[QLatin1String("batch_id")]
                    .toString();
            };
            QStringList errors;
            for (int round = 0; round < 2; ++round) {
                // A transfer of one variant between the two places.
                const QString v = StockWorld::variant(m_world->freshVariant());
                m_world->expireBatch(stockWithBatch(v, first));
                m_world->expireBatch(stockWithBatch(v, second));
                errors << jobMeetsOpponent(
                    QStringLiteral("transfer-%1").arg(round), v, first, admin,
                    QStringLiteral("SELECT api.transfer_stock($1, $2, $3, $4, 1)"),
                    {newRequestId(), v, second, first});

                // The reservation sweeper, on (lower variant, second place) and (higher
                // variant, first place).
                const QString v1 = StockWorld::variant(m_world->freshVariant());
                const QString v2 = StockWorld::variant(m_world->freshVariant());
                for (const auto &[variant, place] : {std::pair(v1, second), std::pair(v2, first)}) {
                    const QString batch = stockWithBatch(variant, place);
                    const QString r =
                        call(setup,
                             QStringLiteral("api.reserve_stock($1, $2, $3, 'O-DL', "
                                            "1)"),
                             {newRequestId(), variant, place})[QLatin1String("reservation_id")]
                            .toString();
                    m_world->makeOverdue(r);
                    m_world->expireBatch(batch);
                }
                errors << jobMeetsOpponent(
                    QStringLiteral("sweeper-%1").arg(round), v2, first, m_world->db().info(),
                    QStringLiteral("SELECT stock.expire_reservations()"), {});
            }
            QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
        });
    }

    void randomizedStress()
    {
        guarded([&] {
            // Seeded (and printed) so a failing interleaving's operations can be replayed.
            bool given = false;
            const auto seed = quint32(qEnvironmentVariableIntValue("STOCKROOM_TEST_SEED", &given));
            StressSettings settings;
            settings.seed = given ? seed : 20261121u;
            qInfo("stress seed %u: %d sessions x %d operations, at most %d s", settings.seed,
                  settings.sessions, settings.operationsPerSession, settings.maxSeconds);

            // Three variants, each with 12 at the front store and 30 in the back room.
            QStringList variants;
            for (int i = 0; i < 3; ++i) {
                variants << StockWorld::variant(m_world->freshVariant());
                adjust(variants.last(), m_b1, QStringLiteral("30"), QStringLiteral("receipt"));
            }
            const StressOutcome run = runStockStress(*m_world, variants, settings);
            QStringList summary;
            for (auto it = run.outcomes.cbegin(); it != run.outcomes.cend(); ++it)
                summary << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
            qInfo("%s; %d reservations swept, %d batches expired, %lld ms",
                  qPrintable(summary.join(QStringLiteral(", "))), run.sweptReservations,
                  run.expiredBatches, run.elapsedMs);
            QVERIFY2(run.failures.isEmpty(),
                     qPrintable(run.failures.mid(0, 20).join(QLatin1Char('\n'))));
            for (const char *kind : {"adjust ok", "reserve ok", "commit ok", "release ok",
                                     "transfer ok", "receive ok", "batch ok", "repeat ok"})
                QVERIFY2(run.count(QLatin1String(kind)) > 0, kind);

            QCOMPARE(m_world->drift(), QStringList());
            const QString hot = variants.join(QLatin1Char(','));
            const auto ask = [&](const char *sql) {
                return scalar(QString::fromLatin1(sql).replace(
                                  QStringLiteral("HOT"),
                                  QStringLiteral("ANY (string_to_array($1, ',')::uuid[])")),
                              {hot});
            };
            // What the sessions saw succeed is exactly what the database holds.
            for (int k = 0; k < variants.size(); ++k) {
                QCOMPARE(scalar(QStringLiteral("SELECT trim_scale(sum(quantity_on_hand + "
                                               "quantity_in_transit)) FROM stock_positions"
                                               " WHERE variant_id = $1"),
                                {variants[k]}),
                         QString::number(42 + run.netChange[k]));
            }
            QCOMPARE(ask("SELECT count(*) FROM stock_positions WHERE variant_id = HOT"
                         " AND (quantity_on_hand < 0 OR quantity_available < 0"
                         "      OR quantity_in_transit <> (SELECT coalesce(sum(t.quantity), 0)"
                         "          FROM stock_transfers t WHERE t.variant_id = "
                         "stock_positions.variant_id"
                         "           AND t.to_location_id = stock_positions.location_id"
                         "           AND t.status = 'in_transit'))"),
                     QStringLiteral("0"));
            QCOMPARE(ask("SELECT count(DISTINCT request_id) FROM stock_movements WHERE "
                         "variant_id = HOT AND reference_type = 'ticket'"),
                     QString::number(run.count(QStringLiteral("adjust ok"))));
            QCOMPARE(ask("SELECT count(*) || ' ' || count(*) FILTER (WHERE status = 'committed')"
                         " || ' ' || count(*) FILTER (WHERE status = 'released') FROM "
                         "stock_reservations WHERE variant_id = HOT"),
                     QStringLiteral("%1 %2 %3")
                         .arg(run.count(QStringLiteral("reserve ok")))
                         .arg(run.count(QStringLiteral("commit ok")))
                         .arg(run.count(QStringLiteral("release ok"))));
            // Every committed reservation is one sale of exactly its quantity, referencing it.
            QCOMPARE(ask("SELECT count(DISTINCT request_id) || ' ' || trim_scale(coalesce("
                         "-sum(quantity_delta), 0)) FROM stock_movements WHERE variant_id = HOT"
                         " AND movement_type = 'sale_committed' AND reference_type = 'order'"),
                     QStringLiteral("%1 %2")
                         .arg(run.count(QStringLiteral("commit ok")))
                         .arg(run.committedUnits));
            QCOMPARE(ask("SELECT count(*) FROM stock_reservations r WHERE variant_id = HOT AND "
                         "status = 'committed' AND reserved_qty IS DISTINCT FROM (SELECT "
                         "-sum(m.quantity_delta) FROM stock_movements m WHERE m.tenant_id = "
                         "r.tenant_id AND m.variant_id = r.variant_id AND m.location_id = "
                         "r.location_id AND m.reference_type = 'order' AND m.reference_id = "
                         "r.order_id)"),
                     QStringLiteral("0"));
            QCOMPARE(ask("SELECT count(*) || ' ' || count(*) FILTER (WHERE status = 'received') "
                         "FROM stock_transfers WHERE variant_id = HOT"),
                     QStringLiteral("%1 %2")
                         .arg(run.count(QStringLiteral("transfer ok")))
                         .arg(run.count(QStringLiteral("receive ok"))));
        });
    }
};

QTEST_GUILESS_MAIN(TestStockConcurrency)
#include "tst_stockconcurrency.moc"
