#pragma once

#include <QString>
#include <QtGlobal>

#include <limits>
#include <vector>

namespace stockroom {

class DemoContext;
class PgConnection;

/**
 * Thirty days of dark-store orders ending at the demo's "now": a daily count per dark store
 * spread over an intraday curve with morning and evening peaks, baskets drawn from what the
 * dark store sells (fast movers more often) at its prices, stage timestamps along the workflow,
 * a few cancellations and the orders still open right now. Then the hourly metrics, aggregated
 * from those orders by the database. The volume does not grow with the catalog size.
 */
class DemoOrders
{
public:
    DemoOrders(DemoContext &context, PgConnection &connection);
    void write();

    /** One order's facts, kept until its items are written. */
    struct Line
    {
        quint32 variant;
        qint64 quantity;  // Quantity ten-thousandths
        qint64 unitPrice; // paise per stock unit
        qint64 lineTotal;
        qint64 picked;
    };
    /** A stage the order has not reached. */
    static constexpr qint64 kNotReached = std::numeric_limits<qint64>::min();

    struct Order
    {
        int darkStore;
        qint64 key;
        QString number;
        QString status;
        qint64 createdAt;
        qint64 pickingAt = kNotReached;
        qint64 packedAt = kNotReached;
        qint64 dispatchedAt = kNotReached;
        qint64 deliveredAt = kNotReached;
        qint64 cancelledAt = kNotReached;
        int picker = -1;
        int promisedMinutes = 10;
        int cancelReason = 0;
        std::vector<Line> lines;
    };

private:
    void planDay(int darkStore, qint64 day, std::vector<Order> &orders) const;
    [[nodiscard]] Order planOrder(int darkStore, qint64 day, int sequence, qint64 createdAt) const;
    void writeOrders(const std::vector<Order> &orders);
    void writeItems(const std::vector<Order> &orders);
    void writeMetrics();

    DemoContext &m_context;
    PgConnection &m_connection;
};

} // namespace stockroom
