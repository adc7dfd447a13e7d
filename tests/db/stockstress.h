#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace stockroom::test {

class StockWorld;

struct StressSettings
{
    quint32 seed = 0;
    int sessions = 16;
    int operationsPerSession = 400;
    int maxSeconds = 40;
};

/** What a stress run did, as the sessions saw it. */
struct StressOutcome
{
    /** "reserve ok", "commit SR014", … — how often each command ended which way. */
    QMap<QString, int> outcomes;
    /** Anything not expected: another error, a repeat that answered differently. */
    QStringList failures;
    /** Per hot variant: the change of on hand plus in transit the successful commands imply. */
    QList<qint64> netChange;
    qint64 committedUnits = 0;
    int sweptReservations = 0;
    int expiredBatches = 0;
    qint64 elapsedMs = 0;

    [[nodiscard]] int count(const QString &outcome) const { return outcomes.value(outcome); }
};

/**
 * Runs @p settings.sessions store-manager sessions at once, each a seeded random sequence of
 * adjustments, reservations, commits, releases, transfers, receipts of transfers and batches,
 * write-offs of expired batches and repeats of its own last request, on @p variants at the front
 * store and the back room. A clock session (the superuser) meanwhile lets reservation time run
 * out (stock.expire_reservations) and batches expire (stock.flag_expiring_batches), as the
 * server's jobs would. Expected refusals — insufficient_stock, reservation_not_active, and a
 * write-off of a batch already emptied — are counted; anything else is a failure.
 */
StressOutcome runStockStress(StockWorld &world, const QStringList &variants,
                             const StressSettings &settings);

} // namespace stockroom::test
