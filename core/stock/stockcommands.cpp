#include "stock/stockcommands.h"

#include "db/sqlsession.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace stockroom {

namespace {

QVariant text(const QString &value)
{
    const QString trimmed = value.trimmed();
    return trimmed.isEmpty() ? QVariant() : QVariant(trimmed);
}

QVariant date(const QDate &value)
{
    return value.isValid() ? QVariant(value.toString(Qt::ISODate)) : QVariant();
}

QString uuid(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

// A numeric from the result's JSON. PostgreSQL writes numerics as JSON numbers ("6.0000") and
// QJsonValue holds them as doubles; printed back with four decimals, a double gives exactly the
// ledger's value (four decimals, at most 15 significant digits), which Quantity reads without
// rounding error.
Quantity quantity(const QJsonValue &value)
{
    if (value.isString())
        return Quantity::parse(value.toString()).value_or(Quantity());
    if (value.isDouble())
        return Quantity::parse(QString::number(value.toDouble(), 'f', 4)).value_or(Quantity());
    return {};
}

StockCommandResult run(SqlSession &db, const QString &sql, const QVariantList &params)
{
    const QVariant value = db.scalar(sql, params);
    return StockCommandResult::fromJson(
        QJsonDocument::fromJson(value.toString().toUtf8()).object());
}

} // namespace

StockCommandResult StockCommandResult::fromJson(const QJsonObject &json)
{
    StockCommandResult r;
    r.json = json;
    StockPositionState &p = r.position;
    p.positionId = json.value(QLatin1String("position_id")).toString();
    p.variantId = json.value(QLatin1String("variant_id")).toString();
    p.locationId = json.value(QLatin1String("location_id")).toString();
    p.onHand = quantity(json.value(QLatin1String("on_hand")));
    p.reserved = quantity(json.value(QLatin1String("reserved")));
    p.available = quantity(json.value(QLatin1String("available")));
    p.sellable = json.contains(QLatin1String("sellable"))
                     ? quantity(json.value(QLatin1String("sellable")))
                     : p.available;
    p.inTransit = quantity(json.value(QLatin1String("in_transit")));
    p.reorderPoint = quantity(json.value(QLatin1String("reorder_point")));
    p.version = json.value(QLatin1String("version")).toInt();
    for (const QJsonValue &id : json.value(QLatin1String("movement_ids")).toArray())
        r.movementIds.append(id.toString());
    r.reservationId = json.value(QLatin1String("reservation_id")).toString();
    r.transferId = json.value(QLatin1String("transfer_id")).toString();
    r.batchId = json.value(QLatin1String("batch_id")).toString();
    if (json.contains(QLatin1String("variance")))
        r.variance = quantity(json.value(QLatin1String("variance")));
    return r;
}

namespace stockcommands {

StockCommandResult adjust(SqlSession &db, const QUuid &requestId, const AdjustStock &c)
{
    return run(db,
               QStringLiteral("SELECT api.adjust_stock(?::uuid, ?::uuid, ?::uuid, ?::numeric, ?, "
                              "?, ?, ?)::text"),
               {uuid(requestId), c.variantId, c.locationId, c.delta.toSqlString(),
                movementTypeKey(c.type), text(c.reason), text(c.referenceType),
                text(c.referenceId)});
}

StockCommandResult reserve(SqlSession &db, const QUuid &requestId, const ReserveStock &c)
{
    return run(db,
               QStringLiteral("SELECT api.reserve_stock(?::uuid, ?::uuid, ?::uuid, ?, ?::numeric, "
                              "?::integer * interval '1 minute')::text"),
               {uuid(requestId), c.variantId, c.locationId, c.orderId.trimmed(),
                c.quantity.toSqlString(), c.ttlMinutes > 0 ? QVariant(c.ttlMinutes) : QVariant()});
}

StockCommandResult release(SqlSession &db, const QUuid &requestId, const QString &reservationId)
{
    return run(db, QStringLiteral("SELECT api.release_reservation(?::uuid, ?::uuid)::text"),
               {uuid(requestId), reservationId});
}

StockCommandResult commit(SqlSession &db, const QUuid &requestId, const QString &reservationId)
{
    return run(db, QStringLiteral("SELECT api.commit_reservation(?::uuid, ?::uuid)::text"),
               {uuid(requestId), reservationId});
}

StockCommandResult transfer(SqlSession &db, const QUuid &requestId, const TransferStock &c)
{
    return run(db,
               QStringLiteral("SELECT api.transfer_stock(?::uuid, ?::uuid, ?::uuid, ?::uuid, "
                              "?::numeric, ?)::text"),
               {uuid(requestId), c.variantId, c.fromLocationId, c.toLocationId,
                c.quantity.toSqlString(), text(c.reason)});
}

StockCommandResult receiveTransfer(SqlSession &db, const QUuid &requestId,
                                   const QString &transferId)
{
    return run(db, QStringLiteral("SELECT api.receive_transfer(?::uuid, ?::uuid)::text"),
               {uuid(requestId), transferId});
}

StockCommandResult receiveBatch(SqlSession &db, const QUuid &requestId, const ReceiveBatch &c)
{
    return run(db,
               QStringLiteral("SELECT api.receive_batch(?::uuid, ?::uuid, ?::uuid, ?, ?::numeric, "
                              "?::date, ?::date, ?, ?::date)::text"),
               {uuid(requestId), c.variantId, c.locationId, c.batchNumber.trimmed(),
                c.quantity.toSqlString(), date(c.expiryDate), date(c.alertDate), text(c.lotNumber),
                date(c.manufacturedOn)});
}

StockCommandResult writeOffBatch(SqlSession &db, const QUuid &requestId, const QString &batchId,
                                 std::optional<Quantity> quantity, MovementType type,
                                 const QString &reason)
{
    return run(
        db, QStringLiteral("SELECT api.write_off_batch(?::uuid, ?::uuid, ?::numeric, ?, ?)::text"),
        {uuid(requestId), batchId, quantity ? QVariant(quantity->toSqlString()) : QVariant(),
         movementTypeKey(type), text(reason)});
}

StockCommandResult recordCount(SqlSession &db, const QUuid &requestId, const RecordCount &c)
{
    return run(db,
               QStringLiteral("SELECT api.record_count(?::uuid, ?::uuid, ?::uuid, ?::numeric, "
                              "?::integer, ?)::text"),
               {uuid(requestId), c.variantId, c.locationId, c.counted.toSqlString(),
                c.expectedVersion, text(c.reason)});
}

} // namespace stockcommands

} // namespace stockroom
