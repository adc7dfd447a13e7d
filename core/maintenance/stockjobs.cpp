#include "maintenance/stockjobs.h"

#include "db/sqlsession.h"

#include <QStringList>

namespace stockroom {

namespace {

QString count(int n, const char *singular, const char *plural)
{
    return QStringLiteral("%1 %2").arg(n).arg(QLatin1String(n == 1 ? singular : plural));
}

bool proceed(const StockJobs::KeepGoing &keepGoing)
{
    return !keepGoing || keepGoing();
}

} // namespace

bool JobPassResult::isIdle() const
{
    return reservationsExpired == 0 && batchesExpired == 0 && expiryAlerts == 0 &&
           partitionsCreated == 0 && priceChangesAnnounced == 0;
}

QString JobPassResult::summary() const
{
    if (isIdle())
        return QStringLiteral("nothing to do: no overdue reservations, no batches past expiry or "
                              "newly in their alert window, no prices changed by the clock");
    QStringList parts;
    if (reservationsExpired > 0)
        parts << QStringLiteral("expired ") +
                     count(reservationsExpired, "reservation", "reservations");
    if (batchesExpired > 0 || expiryAlerts > 0)
        parts << count(batchesExpired, "batch", "batches") + QStringLiteral(" marked expired, ") +
                     count(expiryAlerts, "expiring-soon alert", "expiring-soon alerts");
    if (partitionsCreated > 0)
        parts << QStringLiteral("created ") +
                     count(partitionsCreated, "ledger partition", "ledger partitions");
    if (priceChangesAnnounced > 0)
        parts << QStringLiteral("announced ") +
                     count(priceChangesAnnounced, "price change", "price changes") +
                     QStringLiteral(" by the clock");
    return parts.join(QStringLiteral("; "));
}

JobPassResult StockJobs::runPass(const KeepGoing &keepGoing)
{
    JobPassResult result;
    result.partitionsCreated = preparePartitions();
    if (proceed(keepGoing))
        result.reservationsExpired = expireReservations(keepGoing);
    if (proceed(keepGoing))
        flagExpiringBatches(result, keepGoing);
    if (proceed(keepGoing))
        result.priceChangesAnnounced = announcePriceChanges(keepGoing);
    return result;
}

int StockJobs::callInChunks(const QString &function, int chunkSize, const KeepGoing &keepGoing)
{
    // Each call is its own transaction; a full chunk means there may be more.
    int total = 0;
    int chunk = 0;
    int calls = 0;
    do {
        chunk = m_db.scalar(QStringLiteral("SELECT %1(?::int)").arg(function), {chunkSize}).toInt();
        total += chunk;
    } while (chunk >= chunkSize && ++calls < MaxChunksPerPass && proceed(keepGoing));
    return total;
}

int StockJobs::expireReservations(const KeepGoing &keepGoing)
{
    return callInChunks(QStringLiteral("stock.expire_reservations"), ReservationChunk, keepGoing);
}

int StockJobs::announcePriceChanges(const KeepGoing &keepGoing)
{
    return callInChunks(QStringLiteral("pricing.announce_boundaries"), PriceChunk, keepGoing);
}

void StockJobs::flagExpiringBatches(JobPassResult &result, const KeepGoing &keepGoing)
{
    bool full = false; // at most BatchChunk of each kind per call
    int calls = 0;
    do {
        const auto rows = m_db.query(
            QStringLiteral("SELECT expired, alerts FROM stock.flag_expiring_batches(?::int)"),
            {BatchChunk});
        const int expired = rows.isEmpty() ? 0 : rows.first().at(0).toInt();
        const int alerts = rows.isEmpty() ? 0 : rows.first().at(1).toInt();
        result.batchesExpired += expired;
        result.expiryAlerts += alerts;
        full = expired >= BatchChunk || alerts >= BatchChunk;
    } while (full && ++calls < MaxChunksPerPass && proceed(keepGoing));
}

int StockJobs::preparePartitions()
{
    return m_db
        .scalar(QStringLiteral("SELECT public.stock_movements_prepare_months("
                               "date_trunc('month', now())::date, ?::int)"),
                {MonthsAhead})
        .toInt();
}

} // namespace stockroom
