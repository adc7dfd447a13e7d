#pragma once

#include "stockwriter.h"

#include "db/connectioninfo.h"
#include "db/pgconnection.h"

#include <QString>
#include <vector>

namespace stockroom::bench {

/**
 * The owner's side of bench_stock_writes: picks the positions, sets their stock, drains the
 * benchmark's reservations and checks the stock invariants. Every change it makes moves the
 * ledger with the position, so on hand stays the sum of the movements. The chosen positions
 * live in a temporary table of its session.
 */
class StockBenchFixture
{
public:
    explicit StockBenchFixture(const ConnectionInfo &owner);

    /** Picks @p count spread positions and one hot one, all in @p staffLogin's scope. */
    void choosePositions(const QString &staffLogin, int count);
    [[nodiscard]] const std::vector<StockPosition> &spread() const { return m_spread; }
    [[nodiscard]] const StockPosition &hot() const { return m_hot; }
    /** "SKU at LOCATION-CODE" of the hot position. */
    [[nodiscard]] QString describeHot();
    [[nodiscard]] bool hasFunction(const QString &signature);

    /**
     * Brings the available stock of every spread position to @p available and of the hot one
     * to @p hotAvailable, with one 'adjustment' movement each.
     */
    void setAvailable(qint64 available, qint64 hotAvailable);
    [[nodiscard]] QString hotAvailable();
    /** Releases every active reservation the benchmark made and gives its quantity back. */
    void drainReservations();
    /** Between runs, so that one run's dead row versions do not slow the next. */
    void vacuum();

    /**
     * Checks, over every position of the database: none oversold, reserved = sum of active
     * reservations, on hand = sum of the ledger. Returns a line to print; clears @p ok on any
     * violation.
     */
    QString verify(bool *ok);
    /**
     * The schema's own stock.check_invariants(), all but orderability: the raw baselines do not
     * maintain the projection, by design. Clears @p ok on any violation.
     */
    QString checkSchemaInvariants(bool *ok);

private:
    /** The first value of @p sql, given the hot position's variant ($1) and location ($2). */
    QString hotScalar(const QString &sql);

    PgConnection m_db;
    std::vector<StockPosition> m_spread;
    StockPosition m_hot;
};

} // namespace stockroom::bench
