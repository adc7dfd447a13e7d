#pragma once

// The load side of bench_stream: commits at a fixed rate on a few connections, each commit
// tagged with an id and timed on CLOCK_MONOTONIC as soon as it returns, so that another
// process (the Node.js client driver) can tell how long the event took to reach it.

#include "db/connectioninfo.h"

#include <QString>
#include <functional>
#include <memory>
#include <vector>

namespace stockroom::bench {

/** CLOCK_MONOTONIC in microseconds: the clock Node's process.hrtime reads too. */
double monotonicUs();

/** One connection's way of committing one tagged write; lives in one thread. */
class RatedPublisher
{
public:
    virtual ~RatedPublisher() = default;
    /** Commits the write tagged @p id; false (with @p error) when it failed. */
    virtual bool publish(qint64 id, QString *error) = 0;
};
using PublisherFactory = std::function<std::unique_ptr<RatedPublisher>(int connection)>;

struct Commit
{
    qint64 id = 0;
    /** When the call returned (the transaction committed). */
    double committedUs = 0;
    /** How long the call took. */
    double callUs = 0;
};

struct RatedRun
{
    std::vector<Commit> commits; // in id order; failed ones left out
    double startUs = 0;
    double endUs = 0;
    qint64 failed = 0;
    QString firstError;

    /** Commits a second, from the first one due to the last one done. */
    [[nodiscard]] double achievedRate() const;
    /** Writes "ID MICROSECONDS" a line, the file the client driver joins with. */
    void writePublished(const QString &path) const;
};

/**
 * Publishes @p count writes with ids firstId… at @p rate a second on @p connections connections
 * (their own thread each). Write i is due at start + i / rate; the next free connection takes it
 * and sleeps until it is due, so a slow write delays nothing but itself while another
 * connection is free.
 */
RatedRun runAtRate(const PublisherFactory &factory, int connections, double rate, qint64 count,
                   qint64 firstId);

/** p-th quantile (0…1) of @p values, which it sorts. */
double quantile(std::vector<double> &values, double p);

} // namespace stockroom::bench
