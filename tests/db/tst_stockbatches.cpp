// Batches, expiry and what follows a stock change (migration 0011): receiving batches, sales
// taking the first-expiring batch first, expired stock neither sold nor reserved but written
// off, the batch-expiry job, the orderability projection with its low and out-of-stock alerts,
// and reservations whose time is up.
#include "catalogfixture.h"
#include "stockfixture.h"

#include <QJsonArray>
#include <QtTest>

using namespace stockroom;
using namespace stockroom::test;

namespace {

const QString App = QStringLiteral("tst_stockbatches");

QStringList prefixed(const QString &prefix, const QStringList &names)
{
    QStringList out;
    for (const QString &n : names)
        out << prefix + n;
    return out;
}

} // namespace

class TestStockBatches : public QObject
{
    Q_OBJECT

    std::unique_ptr<StockWorld> m_world;
    std::unique_ptr<PgConnection> m_manager;
    QString m_l1;
    const QString m_b1 = StockWorld::BackRoom;

    QString scalar(const QString &sql, const QList<SqlParam> &params = {})
    {
        return m_world->scalar(sql, params);
    }

    QJsonObject adjust(const QString &variant, const QString &location, const QString &delta,
                       const QString &type)
    {
        return call(*m_manager, QStringLiteral("api.adjust_stock($1, $2, $3, $4, $5)"),
                    {newRequestId(), variant, location, delta, type});
    }

    QJsonObject receiveBatch(const QString &variant, const QString &location, const QString &number,
                             const QString &quantity, int expiresIn,
                             const SqlParam &alertIn = std::nullopt)
    {
        return call(*m_manager,
                    QStringLiteral("api.receive_batch($1, $2, $3, $4, $5, $6::date, "
                                   "$6::date + $7::int)"),
                    {newRequestId(), variant, location, number, quantity,
                     m_world->localDate(expiresIn), alertIn});
    }

    /** A batch as the superuser reads it: "B-1 2/4 active" (on hand of received, status). */
    QString batch(const QString &id)
    {
        return scalar(QStringLiteral("SELECT format('%s %s/%s %s', batch_number, "
                                     "trim_scale(quantity_on_hand), trim_scale(quantity_received),"
                                     " status) FROM inventory_batches WHERE id = $1"),
                      {id});
    }

    QString projection(const QString &variant, const QString &location)
    {
        return scalar(QStringLiteral("SELECT concat_ws('|', is_orderable::text, reason_code, "
                                     "trim_scale(available_qty)) FROM orderability_projection"
                                     " WHERE variant_id = $1 AND location_id = $2"),
                      {variant, location});
    }

private Q_SLOTS:
    void initTestCase()
    {
        guarded([&] {
            m_world = std::make_unique<StockWorld>(QStringLiteral("stockbatches"));
            m_manager = std::make_unique<PgConnection>(m_world->manager(), App);
            m_l1 = m_world->frontStore();
        });
    }

    void cleanupTestCase()
    {
        m_manager.reset();
        m_world.reset();
    }

    void cleanup()
    {
        guarded([&] {
            if (m_world)
                QCOMPARE(m_world->drift(), QStringList());
        });
    }

    void receiveBatch()
    {
        guarded([&] {
            const QString v = StockWorld::variant(m_world->freshVariant());
            const QJsonObject r = call(*m_manager,
                                       QStringLiteral("api.receive_batch($1, $2, $3, ' B-1 ', 4, "
                                                      "$4::date + 30, $4::date + 25, 'LOT-9', "
                                                      "$4::date - 10)"),
                                       {newRequestId(), v, m_l1, m_world->localDate()});
            const QString id = r[QLatin1String("batch_id")].toString();
            QCOMPARE(
                positionOf(r),
                QStringLiteral("16 on hand, 0 reserved, 16 available, 0 in transit, version 2"));
            QCOMPARE(m_world->movements(r), QStringList{QStringLiteral("receipt 4 B-1")});
            QCOMPARE(scalar(QStringLiteral("SELECT concat_ws('|', reason, reference_type, "
                                           "reference_id) FROM stock_movements WHERE batch_id = "
                                           "$1"),
                            {id}),
                     QStringLiteral("Batch B-1|batch|B-1"));
            QCOMPARE(scalar(QStringLiteral("SELECT concat_ws('|', lot_number, manufactured_on - "
                                           "$2::date, expiry_date - $2::date, alert_date - "
                                           "$2::date, version, alerted_at IS NULL)"
                                           " FROM inventory_batches WHERE id = $1"),
                            {id, m_world->localDate()}),
                     QStringLiteral("LOT-9|-10|30|25|1|t"));
            QCOMPARE(batch(id), QStringLiteral("B-1 4/4 active"));
            const QJsonObject data =
                m_world->lastEvent(v, QStringLiteral("inventory.stock.adjusted"));
            QCOMPARE(data[QLatin1String("batch_id")].toString(), id);
            QCOMPARE(data[QLatin1String("batch_number")].toString(), QStringLiteral("B-1"));
            QCOMPARE(data[QLatin1String("expiry_date")].toString(), m_world->localDate(30));

            // More of the same batch (same expiry) goes into the same row.
            const QJsonObject more =
                receiveBatch(v, m_l1, QStringLiteral("B-1"), QStringLiteral("2"), 30);
            QCOMPARE(more[QLatin1String("batch_id")].toString(), id);
            QCOMPARE(batch(id), QStringLiteral("B-1 6/6 active"));
            QCOMPARE(
                m_world->position(v, m_l1),
                QStringLiteral("18 on hand, 0 reserved, 18 available, 0 in transit, version 3"));
        });
    }

    void salesTakeTheEarliestExpiryFirst()
    {
        guarded([&] {
            // 12 without a batch, then a late batch and, received after it, an early one.
            const QString v = StockWorld::variant(m_world->freshVariant());
            const QString late = receiveBatch(v, m_l1, QStringLiteral("B-LATE"),
                                              QStringLiteral("4"), 30)[QLatin1String("batch_id")]
                                     .toString();
            const QString early = receiveBatch(v, m_l1, QStringLiteral("B-EARLY"),
                                               QStringLiteral("3"), 10)[QLatin1String("batch_id")]
                                      .toString();
            QJsonObject sale =
                adjust(v, m_l1, QStringLiteral("-5"), QStringLiteral("sale_committed"));
            QCOMPARE(m_world->movements(sale),
                     QStringList({QStringLiteral("sale_committed -3 B-EARLY"),
                                  QStringLiteral("sale_committed -2 B-LATE")}));
            QCOMPARE(batch(early), QStringLiteral("B-EARLY 0/3 depleted"));
            QCOMPARE(batch(late), QStringLiteral("B-LATE 2/4 active"));
            QCOMPARE(
                positionOf(sale),
                QStringLiteral("14 on hand, 0 reserved, 14 available, 0 in transit, version 4"));
            const QJsonObject data =
                m_world->lastEvent(v, QStringLiteral("inventory.stock.adjusted"));
            QCOMPARE(jsonText(data[QLatin1String("quantity_delta")]), QStringLiteral("-5"));
            QCOMPARE(data[QLatin1String("movement_ids")], sale[QLatin1String("movement_ids")]);

            // Batches first, then stock received without one.
            sale = adjust(v, m_l1, QStringLiteral("-4"), QStringLiteral("sale_committed"));
            QCOMPARE(m_world->movements(sale),
                     QStringList({QStringLiteral("sale_committed -2 B-LATE"),
                                  QStringLiteral("sale_committed -2 unbatched")}));
            QCOMPARE(batch(late), QStringLiteral("B-LATE 0/4 depleted"));
            QCOMPARE(
                m_world->position(v, m_l1),
                QStringLiteral("10 on hand, 0 reserved, 10 available, 0 in transit, version 5"));
        });
    }

    void commitTakesTheEarliestExpiryFirst()
    {
        guarded([&] {
            const QString v = StockWorld::variant(m_world->freshVariant());
            receiveBatch(v, m_l1, QStringLiteral("B-A"), QStringLiteral("2"), 20);
            receiveBatch(v, m_l1, QStringLiteral("B-B"), QStringLiteral("2"), 5);
            const QString reservation =
                call(*m_manager, QStringLiteral("api.reserve_stock($1, $2, $3, 'O-50', 3)"),
                     {newRequestId(), v, m_l1})[QLatin1String("reservation_id")]
                    .toString();
            const QJsonObject committed =
                call(*m_manager, QStringLiteral("api.commit_reservation($1, $2)"),
                     {newRequestId(), reservation});
            QCOMPARE(m_world->movements(committed),
                     QStringList({QStringLiteral("sale_committed -2 B-B"),
                                  QStringLiteral("sale_committed -1 B-A")}));
            QCOMPARE(scalar(QStringLiteral("SELECT string_agg(DISTINCT reference_type || ':' || "
                                           "reference_id, ',') FROM stock_movements WHERE "
                                           "variant_id = $1 AND movement_type = "
                                           "'sale_committed'"),
                            {v}),
                     QStringLiteral("order:O-50"));
            QCOMPARE(
                positionOf(committed),
                QStringLiteral("13 on hand, 0 reserved, 13 available, 0 in transit, version 5"));
        });
    }

    void expiredBatchIsNeitherSoldNorReserved()
    {
        guarded([&] {
            // The back room holds one batch, which has expired (no job has marked it yet).
            const int n = m_world->freshVariant();
            const QString v = StockWorld::variant(n);
            const QString sku = StockWorld::sku(n);
            const QString old = receiveBatch(v, m_b1, QStringLiteral("B-OLD"), QStringLiteral("5"),
                                             5, QStringLiteral("-2"))[QLatin1String("batch_id")]
                                    .toString();
            m_world->expireBatch(old);
            const QString footprint = m_world->footprint();
            const auto refused = [&](const QString &command, QList<SqlParam> params,
                                     const QString &message) {
                params.prepend(newRequestId());
                const auto e = refusal(*m_manager, QStringLiteral("SELECT ") + command, params);
                QVERIFY2(e, qPrintable(command));
                QCOMPARE(e->sqlState(), QStringLiteral("SR010"));
                QCOMPARE(e->message(), message.arg(sku));
            };
            refused(QStringLiteral("api.adjust_stock($1, $2, $3, -1, 'sale_committed')"), {v, m_b1},
                    QStringLiteral("Only 0 of %1 can be sold at B1 (5 on hand, 0 reserved, 5 "
                                   "expired or quarantined); the sale needs 1."));
            refused(QStringLiteral("api.reserve_stock($1, $2, $3, 'O-60', 1)"), {v, m_b1},
                    QStringLiteral("Only 0 of %1 can be reserved at B1 (5 on hand, 0 reserved, 5 "
                                   "expired or quarantined); 1 requested."));
            refused(QStringLiteral("api.transfer_stock($1, $2, $3, $4, 1)"), {v, m_b1, m_l1},
                    QStringLiteral("Only 0 of %1 can be sold at B1 (5 on hand, 0 reserved, 5 "
                                   "expired or quarantined); the transfer needs 1."));
            QCOMPARE(m_world->footprint(), footprint);

            // Stock received without a batch sells; the expired batch stays.
            adjust(v, m_b1, QStringLiteral("2"), QStringLiteral("receipt"));
            QCOMPARE(batch(old), QStringLiteral("B-OLD 5/5 expired"));
            QCOMPARE(projection(v, m_b1), QStringLiteral("true|2"));
            const QJsonObject sale =
                adjust(v, m_b1, QStringLiteral("-2"), QStringLiteral("sale_committed"));
            QCOMPARE(m_world->movements(sale),
                     QStringList{QStringLiteral("sale_committed -2 unbatched")});
            QCOMPARE(jsonText(sale[QLatin1String("sellable")]), QStringLiteral("0"));
            QCOMPARE(jsonText(sale[QLatin1String("available")]), QStringLiteral("5"));
            QCOMPARE(projection(v, m_b1), QStringLiteral("false|out_of_stock|0"));

            // A write-off takes it.
            const QJsonObject writeOff = call(
                *m_manager, QStringLiteral("api.write_off_batch($1, $2)"), {newRequestId(), old});
            QCOMPARE(m_world->movements(writeOff),
                     QStringList{QStringLiteral("expiry_writeoff -5 B-OLD")});
            QCOMPARE(batch(old), QStringLiteral("B-OLD 0/5 depleted"));
            QCOMPARE(positionOf(writeOff),
                     QStringLiteral("0 on hand, 0 reserved, 0 available, 0 in transit, version 5"));
            QCOMPARE(projection(v, m_b1), QStringLiteral("false|out_of_stock|0"));
        });
    }

    void expiryJob()
    {
        guarded([&] {
            // 12 without a batch; one batch that expired, one that reached its alert date today.
            const QString v = StockWorld::variant(m_world->freshVariant());
            const QString gone = receiveBatch(v, m_l1, QStringLiteral("B-GONE"),
                                              QStringLiteral("3"), 5)[QLatin1String("batch_id")]
                                     .toString();
            const QString soon =
                receiveBatch(v, m_l1, QStringLiteral("B-SOON"), QStringLiteral("2"), 3,
                             QStringLiteral("-3"))[QLatin1String("batch_id")]
                    .toString();
            m_world->expireBatch(gone);
            QCOMPARE(projection(v, m_l1), QStringLiteral("true|17"));
            const QString job = QStringLiteral("SELECT expired || '/' || alerts FROM "
                                               "stock.flag_expiring_batches()");
            QCOMPARE(scalar(job), QStringLiteral("1/1"));
            QCOMPARE(batch(gone), QStringLiteral("B-GONE 3/3 expired"));
            QCOMPARE(batch(soon), QStringLiteral("B-SOON 2/2 active"));
            QCOMPARE(scalar(QStringLiteral(
                                "SELECT (alerted_at IS NOT NULL)::text FROM inventory_batches "
                                "WHERE id = $1"),
                            {soon}),
                     QStringLiteral("true"));
            QCOMPARE(projection(v, m_l1), QStringLiteral("true|14"));
            QJsonObject data = m_world->lastEvent(v, QStringLiteral("inventory.batch.expired"));
            QCOMPARE(jsonText(data[QLatin1String("quantity_expired")]), QStringLiteral("3"));
            QCOMPARE(jsonText(data[QLatin1String("quantity_available")]), QStringLiteral("14"));
            data = m_world->lastEvent(v, QStringLiteral("inventory.batch.expiring_soon"));
            QCOMPARE(data[QLatin1String("batch_id")].toString(), soon);
            QCOMPARE(data[QLatin1String("batch_number")].toString(), QStringLiteral("B-SOON"));
            QCOMPARE(data[QLatin1String("expiry_date")].toString(), m_world->localDate(3));
            QCOMPARE(data[QLatin1String("alert_date")].toString(), m_world->localDate());
            QCOMPARE(jsonText(data[QLatin1String("quantity")]), QStringLiteral("2"));

            // Each alert once: the next run finds nothing new.
            QCOMPARE(scalar(job), QStringLiteral("0/0"));
            QCOMPARE(m_world->events(v), prefixed(QStringLiteral("inventory."),
                                                  {QStringLiteral("stock.adjusted@L1"),
                                                   QStringLiteral("stock.adjusted@L1"),
                                                   QStringLiteral("batch.expired@L1"),
                                                   QStringLiteral("batch.expiring_soon@L1")}));
        });
    }

    void orderabilityAndAlerts()
    {
        guarded([&] {
            const QString v = StockWorld::variant(m_world->freshVariant());
            call(*m_manager, QStringLiteral("api.set_stock_levels($1, $2, $3, 5)"),
                 {newRequestId(), v, m_l1});
            const auto sell = [&](const char *quantity) {
                return adjust(v, m_l1, QStringLiteral("-") + QLatin1String(quantity),
                              QStringLiteral("sale_committed"));
            };
            sell("6"); // 6 left: above the reorder point
            sell("1"); // 5: low
            QJsonObject data = m_world->lastEvent(v, QStringLiteral("inventory.stock.low"));
            QCOMPARE(jsonText(data[QLatin1String("quantity_available")]), QStringLiteral("5"));
            QCOMPARE(jsonText(data[QLatin1String("reorder_point")]), QStringLiteral("5"));
            sell("1"); // 4: still low, no second alert
            const QJsonObject last = sell("4");
            QCOMPARE(projection(v, m_l1), QStringLiteral("false|out_of_stock|0"));
            data = m_world->lastEvent(v, QStringLiteral("inventory.orderability.changed"));
            QCOMPARE(data[QLatin1String("is_orderable")].toBool(), false);
            QCOMPARE(data[QLatin1String("reason_code")].toString(), QStringLiteral("out_of_stock"));
            QCOMPARE(jsonText(data[QLatin1String("available_qty")]), QStringLiteral("0"));
            // The projection, the ledger and the events of the last sale: one transaction.
            QCOMPARE(
                scalar(QStringLiteral("SELECT count(DISTINCT x) FROM ("
                                      " SELECT xmin::text FROM orderability_projection"
                                      "  WHERE variant_id = $1 AND location_id = $2"
                                      " UNION ALL SELECT xmin::text FROM stock_movements"
                                      "  WHERE id = $3"
                                      " UNION ALL SELECT xmin::text FROM outbox"
                                      "  WHERE variant_id = $1 AND event_type IN "
                                      "('inventory.stock.out', "
                                      "'inventory.orderability.changed')) t(x)"),
                       {v, m_l1, last[QLatin1String("movement_ids")].toArray().first().toString()}),
                QStringLiteral("1"));

            adjust(v, m_l1, QStringLiteral("3"), QStringLiteral("receipt")); // orderable again
            QCOMPARE(projection(v, m_l1), QStringLiteral("true|3"));
            sell("1"); // 2: below the reorder point, but it did not fall through it
            // Reserving the last units makes it unorderable too; releasing them, orderable.
            const QString reservation =
                call(*m_manager, QStringLiteral("api.reserve_stock($1, $2, $3, 'O-70', 2)"),
                     {newRequestId(), v, m_l1})[QLatin1String("reservation_id")]
                    .toString();
            QCOMPARE(projection(v, m_l1), QStringLiteral("false|out_of_stock|0"));
            call(*m_manager, QStringLiteral("api.release_reservation($1, $2)"),
                 {newRequestId(), reservation});
            QCOMPARE(projection(v, m_l1), QStringLiteral("true|2"));

            QCOMPARE(
                m_world->events(v),
                prefixed(
                    QStringLiteral("inventory."),
                    {QStringLiteral("stock.levels_changed@L1"), QStringLiteral("stock.adjusted@L1"),
                     QStringLiteral("stock.adjusted@L1"), QStringLiteral("stock.low@L1"),
                     QStringLiteral("stock.adjusted@L1"), QStringLiteral("stock.adjusted@L1"),
                     QStringLiteral("orderability.changed@L1"), QStringLiteral("stock.out@L1"),
                     QStringLiteral("stock.adjusted@L1"), QStringLiteral("orderability.changed@L1"),
                     QStringLiteral("stock.adjusted@L1"), QStringLiteral("stock.reserved@L1"),
                     QStringLiteral("orderability.changed@L1"), QStringLiteral("stock.out@L1"),
                     QStringLiteral("stock.released@L1"),
                     QStringLiteral("orderability.changed@L1")}));
        });
    }

    void sweeperExpiresOverdueReservations()
    {
        guarded([&] {
            const QString v = StockWorld::variant(m_world->freshVariant());
            const auto reserve = [&](const char *order, const char *quantity) {
                return call(*m_manager, QStringLiteral("api.reserve_stock($1, $2, $3, $4, $5)"),
                            {newRequestId(), v, m_l1, QLatin1String(order),
                             QLatin1String(quantity)})[QLatin1String("reservation_id")]
                    .toString();
            };
            const QString late = reserve("O-80", "2");
            const QString current = reserve("O-81", "1");
            m_world->makeOverdue(late);
            QCOMPARE(scalar(QStringLiteral("SELECT stock.expire_reservations()")),
                     QStringLiteral("1"));
            QCOMPARE(scalar(QStringLiteral("SELECT string_agg(order_id || ' ' || status || ' ' || "
                                           "(closed_at IS NOT NULL), ', ' ORDER BY order_id) FROM "
                                           "stock_reservations WHERE id IN ($1, $2)"),
                            {late, current}),
                     QStringLiteral("O-80 expired true, O-81 active false"));
            QCOMPARE(
                m_world->position(v, m_l1),
                QStringLiteral("12 on hand, 1 reserved, 11 available, 0 in transit, version 4"));
            const QJsonObject data =
                m_world->lastEvent(v, QStringLiteral("inventory.stock.released"));
            QCOMPARE(data[QLatin1String("reason")].toString(), QStringLiteral("expired"));
            QCOMPARE(data[QLatin1String("reservation_id")].toString(), late);
            QCOMPARE(data[QLatin1String("request_id")].isNull(), true);
            QCOMPARE(jsonText(data[QLatin1String("quantity")]), QStringLiteral("2"));
            QCOMPARE(jsonText(data[QLatin1String("quantity_available")]), QStringLiteral("11"));
            QCOMPARE(scalar(QStringLiteral("SELECT stock.expire_reservations()")),
                     QStringLiteral("0"));
        });
    }

    void orderReservesAgainAfterItsTimeRanOut()
    {
        guarded([&] {
            // The refusal of a late commit tells the caller to reserve again; that must work
            // before the sweeper has passed.
            const QString v = StockWorld::variant(m_world->freshVariant());
            const QString late =
                call(*m_manager, QStringLiteral("api.reserve_stock($1, $2, $3, 'O-95', 2)"),
                     {newRequestId(), v, m_l1})[QLatin1String("reservation_id")]
                    .toString();
            m_world->makeOverdue(late);
            const auto commit =
                refusal(*m_manager, QStringLiteral("SELECT api.commit_reservation($1, $2)"),
                        {newRequestId(), late});
            QVERIFY(commit);
            QCOMPARE(commit->sqlState(), QStringLiteral("SR014"));
            QCOMPARE(commit->hint(), QStringLiteral("Its stock is given back automatically. "
                                                    "Reserve again if the order still needs it."));
            const auto again = refusal(
                *m_manager, QStringLiteral("SELECT api.reserve_stock($1, $2, $3, 'O-95', 2)"),
                {newRequestId(), v, m_l1});
            QVERIFY2(!again,
                     again ? qPrintable(again->sqlState() + QLatin1Char(' ') + again->message())
                           : "");
            QCOMPARE(scalar(QStringLiteral("SELECT string_agg(status, ',' ORDER BY created_at) "
                                           "FROM stock_reservations WHERE variant_id = $1"),
                            {v}),
                     QStringLiteral("expired,active"));
            QCOMPARE(
                m_world->position(v, m_l1),
                QStringLiteral("12 on hand, 2 reserved, 10 available, 0 in transit, version 4"));
        });
    }

    void reserveExpiresOverdueReservationsFirst()
    {
        guarded([&] {
            // All 12 are held by a reservation whose time is up; no sweeper has passed.
            const QString v = StockWorld::variant(m_world->freshVariant());
            const QString late =
                call(*m_manager, QStringLiteral("api.reserve_stock($1, $2, $3, 'O-90', 12)"),
                     {newRequestId(), v, m_l1})[QLatin1String("reservation_id")]
                    .toString();
            m_world->makeOverdue(late);
            const QJsonObject r =
                call(*m_manager, QStringLiteral("api.reserve_stock($1, $2, $3, 'O-91', 5)"),
                     {newRequestId(), v, m_l1});
            QCOMPARE(
                positionOf(r),
                QStringLiteral("12 on hand, 5 reserved, 7 available, 0 in transit, version 4"));
            QCOMPARE(scalar(QStringLiteral("SELECT status FROM stock_reservations WHERE id = $1"),
                            {late}),
                     QStringLiteral("expired"));
            QCOMPARE(m_world
                         ->lastEvent(
                             v, QStringLiteral("inventory.stock.released"))[QLatin1String("reason")]
                         .toString(),
                     QStringLiteral("expired"));
            QCOMPARE(m_world->events(v),
                     prefixed(QStringLiteral("inventory."),
                              {QStringLiteral("stock.reserved@L1"),
                               QStringLiteral("orderability.changed@L1"),
                               QStringLiteral("stock.out@L1"), QStringLiteral("stock.released@L1"),
                               QStringLiteral("orderability.changed@L1"),
                               QStringLiteral("stock.reserved@L1")}));
        });
    }
};

QTEST_GUILESS_MAIN(TestStockBatches)
#include "tst_stockbatches.moc"
