#pragma once

#include "types/quantity.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace stockroom {

/** Which stock positions a list, its totals, a count sheet or the ledger covers. */
struct StockFilter
{
    QString tenantId;
    QString locationId; // empty: every location in the person's scope
    QString categoryId; // a category and everything below it; empty for all
    QString search;     // name or SKU (prefix or contains); empty for all
    QString variantId;  // one variant only (a scanned barcode); empty for all
    // Status filters; when any is set, a position shows if it has any of the checked states.
    bool low = false;
    bool out = false;
    bool expiring = false;
};

/** One stock position (a variant at a location) as the Stock screen lists it. */
struct StockPositionRow
{
    QString positionId;
    QString variantId;
    QString locationId;
    QString sku;
    QString name;
    QString locationCode;
    QString unit; // the unit stock is counted in (pc, kg, l…)
    Quantity onHand;
    Quantity reserved;
    Quantity available;
    Quantity inTransit;
    Quantity reorderPoint;
    std::optional<Quantity> maxStock;
    QString rack, bin, zone, aisle;
    int version = 0;
    bool archived = false;
    bool allowNegative = false; // the location lets available fall below zero
    bool expiring = false;      // holds a batch whose alert (or expiry) date has been reached
    QDateTime lastModifiedAt;
    QString sortKey; // name_key: with variant id and location code, the keyset cursor

    /** "out" (available ≤ 0), "low" (available ≤ reorder point) or "ok". */
    [[nodiscard]] QString level() const
    {
        if (available <= Quantity())
            return QStringLiteral("out");
        if (available <= reorderPoint)
            return QStringLiteral("low");
        return QStringLiteral("ok");
    }
};

/** Where the next page starts: strictly after this (sortKey, variant id, location code). */
struct StockCursor
{
    QString sortKey;
    QString variantId;
    QString locationCode;
};

/** Sums over every position a filter matches. */
struct StockTotals
{
    qint64 positions = 0;
    Quantity onHand;
    Quantity reserved;
    Quantity available;
    qint64 low = 0;
    qint64 out = 0;
};

/** One line of the stock ledger. */
struct StockMovementRow
{
    QString id;
    QDateTime occurredAt;
    QString cursorTime; // occurred_at as PostgreSQL prints it: exact, for the keyset
    QString variantId;
    QString sku;
    QString name;
    QString locationCode;
    QString movementType; // key, as stored
    Quantity delta;
    QString batchNumber;
    QString reason;
    QString referenceType;
    QString referenceId;
    QString performedBy; // login
};

/** Newest first: strictly before this (occurred_at, id). */
struct LedgerCursor
{
    QString occurredAt; // as StockMovementRow::cursorTime
    QString id;
};

/** Whose ledger: one position, or the positions of a filter. */
struct LedgerScope
{
    StockFilter filter;
    QString variantId;  // with locationId: one position
    QString locationId; // overrides the filter's location when set
};

struct StockBatchRow
{
    QString id;
    QString batchNumber;
    QString lotNumber;
    QDate manufacturedOn;
    QDate expiryDate;
    QDate alertDate;
    Quantity received;
    Quantity onHand;
    QString status; // active | depleted | expired | quarantined
    QDateTime receivedAt;
};

/** A transfer still on its way to a location. */
struct InboundTransfer
{
    QString id;
    QString variantId;
    QString sku;
    QString name;
    QString fromLocationCode;
    QString toLocationId;
    QString toLocationCode;
    Quantity quantity;
    QString reason;
    QString sentBy;
    QDateTime sentAt;
};

} // namespace stockroom
