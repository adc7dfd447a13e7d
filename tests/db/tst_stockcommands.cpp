// The stock command functions of migration 0011 as a store manager calls them: what each one
// returns, writes to the ledger, the reservations and transfers, and publishes to the outbox,
// and that a repeated request id changes nothing. (Refusals: tst_stockrefusals; batches, expiry
// and alerts: tst_stockbatches; concurrency: tst_stockconcurrency.)
#include "catalogfixture.h"
#include "stockfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace stockroom;
using namespace stockroom::test;
using catalogfixture::TenantA;

namespace {

const QString App = QStringLiteral("tst_stockcommands");

QString productOf(int n)
{
    return QStringLiteral("20000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
}

} // namespace

class TestStockCommands : public QObject
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

    /**
     * Runs a command, then again with the same request id (and @p repeatParams, when given):
     * the repeat answers the first result to the character and changes nothing.
     */
    void runTwice(const QString &command, const QList<SqlParam> &params, QJsonObject *result,
                  const QList<SqlParam> &repeatParams = {})
    {
        const QString sql = QStringLiteral("SELECT (%1)::text").arg(command);
        const QString first = m_manager->scalar(sql, params).value_or(QString());
        const QString footprint = m_world->footprint();
        const QString again = m_manager->scalar(sql, repeatParams.isEmpty() ? params : repeatParams)
                                  .value_or(QString());
        QCOMPARE(again, first);
        QCOMPARE(m_world->footprint(), footprint);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) || ' ' || bool_and(result::text = $2)"
                                       " FROM command_log WHERE request_id = $1"),
                        {params.first(), first}),
                 QStringLiteral("1 true"));
        *result = QJsonDocument::fromJson(first.toUtf8()).object();
    }

private Q_SLOTS:
    void initTestCase()
    {
        guarded([&] {
            m_world = std::make_unique<StockWorld>(QStringLiteral("stockcommands"));
            m_manager = std::make_unique<PgConnection>(m_world->manager(), App);
            m_l1 = m_world->frontStore();
            QCOMPARE(m_world->drift(), QStringList());
        });
    }

    void cleanupTestCase()
    {
        m_manager.reset();
        m_world.reset();
    }

    void cleanup()
    {
        // Whatever a test did, every invariant still holds.
        guarded([&] {
            if (m_world)
                QCOMPARE(m_world->drift(), QStringList());
        });
    }

    void adjustStock_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("delta");
        QTest::addColumn<QString>("onHand");
        // Each from 12 on hand: row name, movement type, delta, on hand after.
        const char *const rows[][4] = {
            {"receipt", "receipt", "5", "17"},
            {"receipt of a fraction", "receipt", "0.5", "12.5"},
            {"return", "return", "2", "14"},
            {"transfer in", "transfer_in", "3", "15"},
            {"sale", "sale_committed", "-2", "10"},
            {"damage", "damage", "-1", "11"},
            {"expiry write-off", "expiry_writeoff", "-1", "11"},
            {"transfer out", "transfer_out", "-4", "8"},
            {"count correction down", "count_correction", "-3", "9"},
            {"count correction up", "count_correction", "3", "15"},
            {"adjustment up", "adjustment", "1", "13"},
            {"adjustment down", "adjustment", "-1", "11"},
        };
        for (const auto &row : rows) {
            QTest::newRow(row[0]) << QString::fromLatin1(row[1]) << QString::fromLatin1(row[2])
                                  << QString::fromLatin1(row[3]);
        }
    }

    void adjustStock()
    {
        QFETCH(QString, type);
        QFETCH(QString, delta);
        QFETCH(QString, onHand);
        guarded([&] {
            const int n = m_world->freshVariant();
            const QString v = StockWorld::variant(n);
            const QString request = newRequestId();
            const QJsonObject r = call(*m_manager,
                                       QStringLiteral("api.adjust_stock($1, $2, $3, $4, $5, "
                                                      "' Shelf check ', 'ticket', 'T-42')"),
                                       {request, v, m_l1, delta, type});
            const QString position =
                QStringLiteral("%1 on hand, 0 reserved, %1 available, 0 in transit, version 2")
                    .arg(onHand);
            QCOMPARE(m_world->position(v, m_l1), position);
            QCOMPARE(positionOf(r), position);
            QCOMPARE(jsonText(r[QLatin1String("sellable")]), onHand);
            QCOMPARE(r[QLatin1String("variant_id")].toString(), v);
            QCOMPARE(r[QLatin1String("location_id")].toString(), m_l1);
            QCOMPARE(r[QLatin1String("position_id")].toString(),
                     scalar(QStringLiteral("SELECT id FROM stock_positions WHERE variant_id = $1 "
                                           "AND location_id = $2"),
                            {v, m_l1}));

            // One ledger row, by the manager's login, reason trimmed.
            const QJsonArray ids = r[QLatin1String("movement_ids")].toArray();
            QCOMPARE(ids.size(), 1);
            QCOMPARE(scalar(QStringLiteral("SELECT concat_ws('|', movement_type, "
                                           "trim_scale(quantity_delta), batch_id IS NULL, reason, "
                                           "reference_type, reference_id, request_id, "
                                           "performed_by) FROM stock_movements WHERE id = $1"),
                            {ids.first().toString()}),
                     QStringList({type, delta, QStringLiteral("t"), QStringLiteral("Shelf check"),
                                  QStringLiteral("ticket"), QStringLiteral("T-42"), request,
                                  m_world->managerLogin()})
                         .join(QLatin1Char('|')));
            QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM stock_movements WHERE variant_id "
                                           "= $1 AND movement_type <> 'opening_balance'"),
                            {v}),
                     QStringLiteral("1"));

            // One event, in the seed's envelope, routed to the variant, product and location.
            QCOMPARE(m_world->events(v),
                     QStringList{QStringLiteral("inventory.stock.adjusted@L1")});
            QCOMPARE(scalar(QStringLiteral("SELECT concat_ws('|', source, schema_version, "
                                           "tenant_id, event_id IS NOT NULL, occurred_at <= now(),"
                                           " actor, product_id, location_id) FROM outbox"
                                           " WHERE variant_id = $1"),
                            {v}),
                     QStringList({QStringLiteral("stockroom"), QStringLiteral("1"), TenantA,
                                  QStringLiteral("t"), QStringLiteral("t"), m_world->managerLogin(),
                                  productOf(n), m_l1})
                         .join(QLatin1Char('|')));
            const QJsonObject data =
                m_world->lastEvent(v, QStringLiteral("inventory.stock.adjusted"));
            QCOMPARE(data[QLatin1String("movement_id")].toString(), ids.first().toString());
            QCOMPARE(data[QLatin1String("movement_type")].toString(), type);
            QCOMPARE(jsonText(data[QLatin1String("quantity_delta")]), delta);
            QCOMPARE(jsonText(data[QLatin1String("quantity_on_hand")]), onHand);
            QCOMPARE(jsonText(data[QLatin1String("quantity_reserved")]), QStringLiteral("0"));
            QCOMPARE(jsonText(data[QLatin1String("quantity_available")]), onHand);
            QCOMPARE(jsonText(data[QLatin1String("quantity_in_transit")]), QStringLiteral("0"));
            QCOMPARE(jsonText(data[QLatin1String("version")]), QStringLiteral("2"));
            QCOMPARE(data[QLatin1String("sku")].toString(), StockWorld::sku(n));
            QCOMPARE(data[QLatin1String("product_id")].toString(), productOf(n));
            QCOMPARE(data[QLatin1String("location_code")].toString(), QStringLiteral("L1"));
            QCOMPARE(data[QLatin1String("reference_type")].toString(), QStringLiteral("ticket"));
            QCOMPARE(data[QLatin1String("reference_id")].toString(), QStringLiteral("T-42"));

            // The command log keeps who and what; the projection follows.
            QCOMPARE(scalar(QStringLiteral("SELECT command || ' by ' || actor || ': ' || "
                                           "(arguments->>'movement_type') FROM command_log"
                                           " WHERE request_id = $1"),
                            {request}),
                     QStringLiteral("adjust_stock by %1: %2").arg(m_world->managerLogin(), type));
            QCOMPARE(scalar(QStringLiteral("SELECT concat_ws('|', is_orderable::text, reason_code, "
                                           "trim_scale(available_qty)) FROM "
                                           "orderability_projection WHERE variant_id = $1"),
                            {v}),
                     QStringLiteral("true|") + onHand);
        });
    }

    void repeatedRequestIsAppliedOnce()
    {
        guarded([&] {
            const QString v = StockWorld::variant(m_world->freshVariant());
            QJsonObject r;
            // A repeat that says something else still answers the first result.
            const QString adjust = newRequestId();
            runTwice(QStringLiteral("api.adjust_stock($1, $2, $3, $4, 'sale_committed')"),
                     {adjust, v, m_l1, QStringLiteral("-1")}, &r,
                     {adjust, v, m_l1, QStringLiteral("-5")});
            QCOMPARE(
                m_world->position(v, m_l1),
                QStringLiteral("11 on hand, 0 reserved, 11 available, 0 in transit, version 2"));

            runTwice(QStringLiteral("api.reserve_stock($1, $2, $3, 'O-1', 2)"),
                     {newRequestId(), v, m_l1}, &r);
            runTwice(QStringLiteral("api.commit_reservation($1, $2)"),
                     {newRequestId(), r[QLatin1String("reservation_id")].toString()}, &r);
            runTwice(QStringLiteral("api.reserve_stock($1, $2, $3, 'O-2', 1)"),
                     {newRequestId(), v, m_l1}, &r);
            runTwice(QStringLiteral("api.release_reservation($1, $2)"),
                     {newRequestId(), r[QLatin1String("reservation_id")].toString()}, &r);
            runTwice(QStringLiteral("api.transfer_stock($1, $2, $3, $4, 3)"),
                     {newRequestId(), v, m_l1, m_b1}, &r);
            runTwice(QStringLiteral("api.receive_transfer($1, $2)"),
                     {newRequestId(), r[QLatin1String("transfer_id")].toString()}, &r);
            runTwice(QStringLiteral("api.receive_batch($1, $2, $3, 'B-1', 4, $4)"),
                     {newRequestId(), v, m_l1, m_world->localDate(30)}, &r);
            runTwice(QStringLiteral("api.write_off_batch($1, $2, 1, 'damage')"),
                     {newRequestId(), r[QLatin1String("batch_id")].toString()}, &r);
            runTwice(
                QStringLiteral("api.record_count($1, $2, $3, 9, $4)"),
                {newRequestId(), v, m_l1, QString::number(r[QLatin1String("version")].toInt())},
                &r);

            // Each applied once: 12 - 1 - 2 - 3 + 4 - 1 = 9, then counted as 9.
            QCOMPARE(m_world->position(v, m_l1),
                     QStringLiteral("9 on hand, 0 reserved, 9 available, 0 in transit, version 9"));
            QCOMPARE(m_world->position(v, m_b1),
                     QStringLiteral("3 on hand, 0 reserved, 3 available, 0 in transit, version 3"));
            QCOMPARE(scalar(QStringLiteral("SELECT string_agg(movement_type || ' ' || "
                                           "trim_scale(quantity_delta), ', ' ORDER BY occurred_at,"
                                           " created_at) FROM stock_movements WHERE variant_id = "
                                           "$1 AND movement_type <> 'opening_balance'"),
                            {v}),
                     QStringLiteral("sale_committed -1, sale_committed -2, transfer_out -3, "
                                    "transfer_in 3, receipt 4, damage -1"));
            QCOMPARE(jsonText(r[QLatin1String("variance")]), QStringLiteral("0"));
        });
    }

    void recordCount()
    {
        guarded([&] {
            const int n = m_world->freshVariant();
            const QString v = StockWorld::variant(n);
            const QString request = newRequestId();
            const QJsonObject r = call(*m_manager,
                                       QStringLiteral("api.record_count($1, $2, $3, 10, 1, "
                                                      "NULL)"),
                                       {request, v, m_l1});
            QCOMPARE(
                positionOf(r),
                QStringLiteral("10 on hand, 0 reserved, 10 available, 0 in transit, version 2"));
            QCOMPARE(jsonText(r[QLatin1String("variance")]), QStringLiteral("-2"));
            QCOMPARE(m_world->movements(r), QStringList{QStringLiteral("count_correction -2 "
                                                                       "unbatched")});
            QCOMPARE(scalar(QStringLiteral("SELECT concat_ws('|', reason, reference_type, "
                                           "reference_id = request_id::text, request_id) FROM "
                                           "stock_movements WHERE id = $1"),
                            {r[QLatin1String("movement_ids")].toArray().first().toString()}),
                     QStringLiteral("Stock count|count|t|") + request);
            const QJsonObject data =
                m_world->lastEvent(v, QStringLiteral("inventory.stock.adjusted"));
            QCOMPARE(jsonText(data[QLatin1String("counted_quantity")]), QStringLiteral("10"));
            QCOMPARE(jsonText(data[QLatin1String("quantity_delta")]), QStringLiteral("-2"));

            // A count that agrees moves nothing and leaves the version alone.
            const QJsonObject same =
                call(*m_manager, QStringLiteral("api.record_count($1, $2, $3, 10, 2)"),
                     {newRequestId(), v, m_l1});
            QCOMPARE(jsonText(same[QLatin1String("variance")]), QStringLiteral("0"));
            QCOMPARE(same[QLatin1String("movement_ids")].toArray().size(), 0);
            QCOMPARE(
                m_world->position(v, m_l1),
                QStringLiteral("10 on hand, 0 reserved, 10 available, 0 in transit, version 2"));
            QCOMPARE(m_world->events(v),
                     QStringList{QStringLiteral("inventory.stock.adjusted@L1")});
        });
    }

    void reserveThenCommit()
    {
        guarded([&] {
            const int n = m_world->freshVariant();
            const QString v = StockWorld::variant(n);
            const QString reserveRequest = newRequestId();
            const QJsonObject reserved =
                call(*m_manager, QStringLiteral("api.reserve_stock($1, $2, $3, ' O-100 ', 3)"),
                     {reserveRequest, v, m_l1});
            const QString id = reserved[QLatin1String("reservation_id")].toString();
            QCOMPARE(
                positionOf(reserved),
                QStringLiteral("12 on hand, 3 reserved, 9 available, 0 in transit, version 2"));
            QCOMPARE(m_world->position(v, m_l1), positionOf(reserved));
            QCOMPARE(jsonText(reserved[QLatin1String("sellable")]), QStringLiteral("9"));
            QCOMPARE(reserved[QLatin1String("order_id")].toString(), QStringLiteral("O-100"));
            QCOMPARE(jsonText(reserved[QLatin1String("quantity")]), QStringLiteral("3"));
            // Held for the location's default of 15 minutes.
            QCOMPARE(scalar(QStringLiteral("SELECT concat_ws('|', status, order_id, "
                                           "trim_scale(reserved_qty), created_by, request_id, "
                                           "closed_at IS NULL, expires_at - created_at, "
                                           "expires_at = $2::timestamptz)"
                                           " FROM stock_reservations WHERE id = $1"),
                            {id, reserved[QLatin1String("expires_at")].toString()}),
                     QStringLiteral("active|O-100|3|%1|%2|t|00:15:00|t")
                         .arg(m_world->managerLogin(), reserveRequest));
            QJsonObject data = m_world->lastEvent(v, QStringLiteral("inventory.stock.reserved"));
            QCOMPARE(data[QLatin1String("reservation_id")].toString(), id);
            QCOMPARE(data[QLatin1String("order_id")].toString(), QStringLiteral("O-100"));
            QCOMPARE(jsonText(data[QLatin1String("quantity")]), QStringLiteral("3"));
            QCOMPARE(jsonText(data[QLatin1String("quantity_on_hand")]), QStringLiteral("12"));
            QCOMPARE(jsonText(data[QLatin1String("quantity_reserved")]), QStringLiteral("3"));
            QCOMPARE(jsonText(data[QLatin1String("quantity_available")]), QStringLiteral("9"));

            const QString commitRequest = newRequestId();
            const QJsonObject committed = call(
                *m_manager, QStringLiteral("api.commit_reservation($1, $2)"), {commitRequest, id});
            // On hand and reserved both fall; available stays.
            QCOMPARE(positionOf(committed),
                     QStringLiteral("9 on hand, 0 reserved, 9 available, 0 in transit, version 3"));
            QCOMPARE(m_world->position(v, m_l1), positionOf(committed));
            QCOMPARE(committed[QLatin1String("status")].toString(), QStringLiteral("committed"));
            QCOMPARE(committed[QLatin1String("reservation_id")].toString(), id);
            QCOMPARE(m_world->movements(committed),
                     QStringList{QStringLiteral("sale_committed -3 unbatched")});
            QCOMPARE(
                scalar(QStringLiteral("SELECT concat_ws('|', reference_type, reference_id, "
                                      "request_id, performed_by) FROM stock_movements"
                                      " WHERE id = $1"),
                       {committed[QLatin1String("movement_ids")].toArray().first().toString()}),
                QStringLiteral("order|O-100|%1|%2").arg(commitRequest, m_world->managerLogin()));
            QCOMPARE(scalar(QStringLiteral("SELECT status || ' ' || (closed_at IS NOT NULL) FROM "
                                           "stock_reservations WHERE id = $1"),
                            {id}),
                     QStringLiteral("committed true"));
            data = m_world->lastEvent(v, QStringLiteral("inventory.stock.committed"));
            QCOMPARE(data[QLatin1String("reservation_id")].toString(), id);
            QCOMPARE(data[QLatin1String("order_id")].toString(), QStringLiteral("O-100"));
            QCOMPARE(data[QLatin1String("movement_type")].toString(),
                     QStringLiteral("sale_committed"));
            QCOMPARE(jsonText(data[QLatin1String("quantity_delta")]), QStringLiteral("-3"));
            QCOMPARE(jsonText(data[QLatin1String("quantity_on_hand")]), QStringLiteral("9"));
            QCOMPARE(jsonText(data[QLatin1String("quantity_reserved")]), QStringLiteral("0"));
            QCOMPARE(data[QLatin1String("reference_id")].toString(), QStringLiteral("O-100"));
            QCOMPARE(m_world->events(v),
                     QStringList({QStringLiteral("inventory.stock.reserved@L1"),
                                  QStringLiteral("inventory.stock.committed@L1")}));
        });
    }

    void commitTheLastUnits()
    {
        guarded([&] {
            // An order holds all 12; committing it sells them.
            const QString v = StockWorld::variant(m_world->freshVariant());
            const QString id =
                call(*m_manager, QStringLiteral("api.reserve_stock($1, $2, $3, 'O-150', 12)"),
                     {newRequestId(), v, m_l1})[QLatin1String("reservation_id")]
                    .toString();
            const auto e =
                refusal(*m_manager, QStringLiteral("SELECT api.commit_reservation($1, $2)"),
                        {newRequestId(), id});
            QVERIFY2(!e, e ? qPrintable(e->sqlState() + QLatin1Char(' ') + e->message()) : "");
            QCOMPARE(m_world->position(v, m_l1),
                     QStringLiteral("0 on hand, 0 reserved, 0 available, 0 in transit, version 3"));
            QCOMPARE(scalar(QStringLiteral("SELECT concat_ws('|', is_orderable::text, reason_code,"
                                           " trim_scale(available_qty)) FROM "
                                           "orderability_projection WHERE variant_id = $1"),
                            {v}),
                     QStringLiteral("false|out_of_stock|0"));
        });
    }

    void reserveThenRelease()
    {
        guarded([&] {
            const QString v = StockWorld::variant(m_world->freshVariant());
            const QString id =
                call(*m_manager, QStringLiteral("api.reserve_stock($1, $2, $3, 'O-200', 2)"),
                     {newRequestId(), v, m_l1})[QLatin1String("reservation_id")]
                    .toString();
            const QString request = newRequestId();
            const QJsonObject released =
                call(*m_manager, QStringLiteral("api.release_reservation($1, $2)"), {request, id});
            QCOMPARE(
                positionOf(released),
                QStringLiteral("12 on hand, 0 reserved, 12 available, 0 in transit, version 3"));
            QCOMPARE(m_world->position(v, m_l1), positionOf(released));
            QCOMPARE(released[QLatin1String("status")].toString(), QStringLiteral("released"));
            QCOMPARE(jsonText(released[QLatin1String("quantity")]), QStringLiteral("2"));
            QCOMPARE(scalar(QStringLiteral("SELECT status || ' ' || (closed_at IS NOT NULL) FROM "
                                           "stock_reservations WHERE id = $1"),
                            {id}),
                     QStringLiteral("released true"));
            const QJsonObject data =
                m_world->lastEvent(v, QStringLiteral("inventory.stock.released"));
            QCOMPARE(data[QLatin1String("reason")].toString(), QStringLiteral("released"));
            QCOMPARE(data[QLatin1String("request_id")].toString(), request);
            QCOMPARE(data[QLatin1String("reservation_id")].toString(), id);
            QCOMPARE(jsonText(data[QLatin1String("quantity")]), QStringLiteral("2"));
            QCOMPARE(jsonText(data[QLatin1String("quantity_available")]), QStringLiteral("12"));
            QCOMPARE(m_world->events(v),
                     QStringList({QStringLiteral("inventory.stock.reserved@L1"),
                                  QStringLiteral("inventory.stock.released@L1")}));
            // Nothing was sold.
            QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM stock_movements WHERE variant_id "
                                           "= $1 AND movement_type <> 'opening_balance'"),
                            {v}),
                     QStringLiteral("0"));
        });
    }

    void reservationTimeToLive()
    {
        guarded([&] {
            // The back room holds reservations for 30 minutes unless the caller says otherwise.
            const QString v = StockWorld::variant(m_world->freshVariant());
            call(*m_manager, QStringLiteral("api.adjust_stock($1, $2, $3, 5, 'receipt')"),
                 {newRequestId(), v, m_b1});
            const auto ttlOf = [&](const QJsonObject &r) {
                return scalar(QStringLiteral("SELECT (expires_at - created_at)::text || ' ' || "
                                             "(expires_at = $2::timestamptz) FROM "
                                             "stock_reservations WHERE id = $1"),
                              {r[QLatin1String("reservation_id")].toString(),
                               r[QLatin1String("expires_at")].toString()});
            };
            QCOMPARE(
                ttlOf(call(*m_manager, QStringLiteral("api.reserve_stock($1, $2, $3, 'O-300', 1)"),
                           {newRequestId(), v, m_b1})),
                QStringLiteral("00:30:00 true"));
            QCOMPARE(ttlOf(call(*m_manager,
                                QStringLiteral("api.reserve_stock($1, $2, $3, 'O-301', 1, "
                                               "'2 hours')"),
                                {newRequestId(), v, m_b1})),
                     QStringLiteral("02:00:00 true"));
            QCOMPARE(ttlOf(call(*m_manager,
                                QStringLiteral("api.reserve_stock($1, $2, $3, 'O-302', 1, "
                                               "'7 days')"),
                                {newRequestId(), v, m_b1})),
                     QStringLiteral("7 days true"));
        });
    }

    void transferThenReceive()
    {
        guarded([&] {
            const QString v = StockWorld::variant(m_world->freshVariant());
            const QString sendRequest = newRequestId();
            const QJsonObject sent =
                call(*m_manager,
                     QStringLiteral("api.transfer_stock($1, $2, $3, $4, 5, 'Restock back room')"),
                     {sendRequest, v, m_l1, m_b1});
            const QString transfer = sent[QLatin1String("transfer_id")].toString();
            // The source loses it now; the destination has it in transit.
            QCOMPARE(positionOf(sent),
                     QStringLiteral("7 on hand, 0 reserved, 7 available, 0 in transit, version 2"));
            QCOMPARE(m_world->position(v, m_l1), positionOf(sent));
            QCOMPARE(positionOf(sent[QLatin1String("destination")].toObject()),
                     QStringLiteral("0 on hand, 0 reserved, 0 available, 5 in transit, version 2"));
            QCOMPARE(m_world->position(v, m_b1),
                     positionOf(sent[QLatin1String("destination")].toObject()));
            QCOMPARE(scalar(QStringLiteral("SELECT concat_ws('|', status, trim_scale(quantity), "
                                           "from_location_id, to_location_id, reason, sent_by, "
                                           "received_by IS NULL, received_at IS NULL) FROM "
                                           "stock_transfers WHERE id = $1"),
                            {transfer}),
                     QStringLiteral("in_transit|5|%1|%2|Restock back room|%3|t|t")
                         .arg(m_l1, m_b1, m_world->managerLogin()));
            QCOMPARE(m_world->movements(sent),
                     QStringList{QStringLiteral("transfer_out -5 unbatched")});
            QCOMPARE(scalar(QStringLiteral("SELECT concat_ws('|', reference_type, reference_id, "
                                           "reason) FROM stock_movements WHERE id = $1"),
                            {sent[QLatin1String("movement_ids")].toArray().first().toString()}),
                     QStringLiteral("transfer|%1|Restock back room").arg(transfer));
            const QJsonObject dispatched =
                m_world->lastEvent(v, QStringLiteral("inventory.transfer.dispatched"));
            QCOMPARE(dispatched[QLatin1String("transfer_id")].toString(), transfer);
            QCOMPARE(jsonText(dispatched[QLatin1String("quantity_in_transit")]),
                     QStringLiteral("5"));

            const QJsonObject received =
                call(*m_manager, QStringLiteral("api.receive_transfer($1, $2)"),
                     {newRequestId(), transfer});
            QCOMPARE(positionOf(received),
                     QStringLiteral("5 on hand, 0 reserved, 5 available, 0 in transit, version 3"));
            QCOMPARE(m_world->position(v, m_b1), positionOf(received));
            QCOMPARE(m_world->position(v, m_l1),
                     QStringLiteral("7 on hand, 0 reserved, 7 available, 0 in transit, version 2"));
            QCOMPARE(scalar(QStringLiteral("SELECT concat_ws('|', status, received_by, "
                                           "received_at IS NOT NULL) FROM stock_transfers WHERE "
                                           "id = $1"),
                            {transfer}),
                     QStringLiteral("received|%1|t").arg(m_world->managerLogin()));
            QCOMPARE(m_world->movements(received),
                     QStringList{QStringLiteral("transfer_in 5 unbatched")});
            QCOMPARE(m_world
                         ->lastEvent(
                             v, QStringLiteral(
                                    "inventory.stock.adjusted"))[QLatin1String("from_location_id")]
                         .toString(),
                     m_l1);
            // The back room had nothing to sell before: it becomes orderable.
            QCOMPARE(m_world->events(v),
                     QStringList({QStringLiteral("inventory.stock.adjusted@L1"),
                                  QStringLiteral("inventory.transfer.dispatched@B1"),
                                  QStringLiteral("inventory.stock.adjusted@B1"),
                                  QStringLiteral("inventory.orderability.changed@B1")}));
        });
    }
};

QTEST_GUILESS_MAIN(TestStockCommands)
#include "tst_stockcommands.moc"
