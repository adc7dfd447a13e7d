#pragma once

#include <QtGlobal>

namespace stockroom {

class DemoContext;

/**
 * The stock story of one position (a variant at a location), worked out from its own random
 * stream so every writing pass (positions, ledger, reservations, batches, projections) sees the
 * same numbers without keeping them in memory. Quantities are Quantity ten-thousandths.
 */
struct DemoPositionPlan
{
    enum MovementType : quint8 {
        Opening,
        Receipt,
        Sale,
        Damage,
        Return,
        ExpiryWriteoff,
        CountCorrection
    };
    enum ReservationStatus : quint8 { Active, Committed, Released, Expired };

    struct Movement
    {
        qint64 at; // seconds from the as-of day's midnight
        qint64 delta;
        MovementType type;
    };
    struct Reservation
    {
        qint64 createdAt;
        qint64 expiresAt;
        qint64 closedAt; // meaningless while Active
        qint64 quantity;
        quint32 orderNumber;
        ReservationStatus status;
    };
    struct Batch
    {
        qint64 onHand;
        qint64 received;
        qint64 receivedAt;
        qint32 expiryDay; // day offsets from the as-of day
        qint32 manufacturedDay;
        qint32 alertDay;
        quint16 lot;
    };

    qint64 onHand = 0;
    qint64 reserved = 0;
    qint64 inTransit = 0;
    qint64 reorderPoint = 0;
    qint64 maxStock = 0;
    qint64 lastMovementAt = 0;
    int movementCount = 0;
    Movement movements[4];
    int reservationCount = 0; // active ones first, then closed history
    Reservation reservations[5];
    int batchCount = 0;
    Batch batches[3];

    [[nodiscard]] qint64 available() const { return onHand - reserved; }
    /** What may be sold: available less the stock of batches already past their expiry. */
    [[nodiscard]] qint64 sellable() const
    {
        qint64 expired = 0;
        for (int i = 0; i < batchCount; ++i)
            if (batches[i].expiryDay < 0)
                expired += batches[i].onHand;
        return available() - expired;
    }
};

class DemoStockPlan
{
public:
    /** The plan of variant @p v at location @p location (a DemoLocationIndex). */
    [[nodiscard]] static DemoPositionPlan plan(const DemoContext &context, quint32 v, int location);
};

} // namespace stockroom
