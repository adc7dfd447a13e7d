#pragma once

#include "stock/movementtype.h"
#include "types/quantity.h"

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <optional>

namespace stockroom {

class SqlSession;

/** A stock position as a command left it. */
struct StockPositionState
{
    QString positionId;
    QString variantId;
    QString locationId;
    Quantity onHand;
    Quantity reserved;
    Quantity available; // on hand - reserved
    Quantity sellable;  // available less expired and quarantined batches
    Quantity inTransit;
    Quantity reorderPoint;
    int version = 0;
};

/** What a stock command returns: the position it left, and the ids it created. */
struct StockCommandResult
{
    StockPositionState position;
    QStringList movementIds;
    QString reservationId;
    QString transferId;
    QString batchId;
    std::optional<Quantity> variance; // record_count only
    QJsonObject json;                 // the whole result, as the database returned it

    [[nodiscard]] static StockCommandResult fromJson(const QJsonObject &json);
};

struct AdjustStock
{
    QString variantId;
    QString locationId;
    Quantity delta;
    MovementType type = MovementType::Adjustment;
    QString reason;
    QString referenceType;
    QString referenceId;
};

struct ReserveStock
{
    QString variantId;
    QString locationId;
    QString orderId;
    Quantity quantity;
    int ttlMinutes = 0; // 0: the location's default
};

struct TransferStock
{
    QString variantId;
    QString fromLocationId;
    QString toLocationId;
    Quantity quantity;
    QString reason;
};

struct ReceiveBatch
{
    QString variantId;
    QString locationId;
    QString batchNumber;
    Quantity quantity;
    QDate expiryDate;
    QDate alertDate;      // optional
    QString lotNumber;    // optional
    QDate manufacturedOn; // optional
};

struct RecordCount
{
    QString variantId;
    QString locationId;
    Quantity counted;
    int expectedVersion = 0;
    QString reason;
};

/**
 * The api.* stock commands, one call each. Every call takes the request id of the person's
 * action (made once per action, reused on a retry, so a retried command is applied once) and
 * throws DatabaseError on refusal; ApiError::from() turns that into a code and a message.
 */
namespace stockcommands {

StockCommandResult adjust(SqlSession &db, const QUuid &requestId, const AdjustStock &command);
StockCommandResult reserve(SqlSession &db, const QUuid &requestId, const ReserveStock &command);
StockCommandResult release(SqlSession &db, const QUuid &requestId, const QString &reservationId);
StockCommandResult commit(SqlSession &db, const QUuid &requestId, const QString &reservationId);
StockCommandResult transfer(SqlSession &db, const QUuid &requestId, const TransferStock &command);
StockCommandResult receiveTransfer(SqlSession &db, const QUuid &requestId,
                                   const QString &transferId);
StockCommandResult receiveBatch(SqlSession &db, const QUuid &requestId,
                                const ReceiveBatch &command);
/** Writes off @p quantity of a batch (all of it when unset) as expiry_writeoff or damage. */
StockCommandResult writeOffBatch(SqlSession &db, const QUuid &requestId, const QString &batchId,
                                 std::optional<Quantity> quantity, MovementType type,
                                 const QString &reason);
StockCommandResult recordCount(SqlSession &db, const QUuid &requestId, const RecordCount &command);

} // namespace stockcommands

} // namespace stockroom
