#pragma once

#include <QString>
#include <functional>

namespace stockroom {

class SqlSession;

/** What one pass of the background jobs did. */
struct JobPassResult
{
    int reservationsExpired = 0;
    int batchesExpired = 0;
    int expiryAlerts = 0;
    int partitionsCreated = 0;
    int priceChangesAnnounced = 0;

    [[nodiscard]] bool isIdle() const;
    /** "expired 3 reservations; 2 batches marked expired, 1 expiring-soon alert", for a log. */
    [[nodiscard]] QString summary() const;
};

/**
 * The housekeeping a server runs on a timer: expire overdue reservations (releasing what they
 * held), mark batches past their expiry date and raise expiring-soon alerts, keep the ledger's
 * monthly partitions prepared ahead, and announce the prices that took effect or ran out by the
 * clock since the last pass. Each step is a database function (stock.expire_reservations,
 * stock.flag_expiring_batches, stock_movements_prepare_months, pricing.announce_boundaries) run
 * as the owner or a superuser, each call its own short transaction over a bounded chunk, so a
 * pass never holds locks for long; rows another transaction holds are left for the next pass.
 */
class StockJobs
{
public:
    /** Asked between chunks; returning false ends the pass early (a shutdown was requested). */
    using KeepGoing = std::function<bool()>;

    static constexpr int ReservationChunk = 500;
    static constexpr int BatchChunk = 1000;
    static constexpr int PriceChunk = 1000;
    /** Calls of one function per pass at most; the next pass takes up what is left. */
    static constexpr int MaxChunksPerPass = 40;
    /** Months of ledger partitions kept ready, the current one included. */
    static constexpr int MonthsAhead = 3;

    explicit StockJobs(SqlSession &db)
        : m_db(db)
    {}

    /** One pass of every job; throws DatabaseError when a step fails. */
    JobPassResult runPass(const KeepGoing &keepGoing = {});

    int expireReservations(const KeepGoing &keepGoing = {});
    /** Adds the batches marked expired and the alerts raised to @p result. */
    void flagExpiringBatches(JobPassResult &result, const KeepGoing &keepGoing = {});
    int preparePartitions();
    int announcePriceChanges(const KeepGoing &keepGoing = {});

private:
    /** Calls @p function(chunk) until a call does less than a chunk; returns the sum. */
    int callInChunks(const QString &function, int chunkSize, const KeepGoing &keepGoing);

    SqlSession &m_db;
};

} // namespace stockroom
