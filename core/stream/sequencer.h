#pragma once

#include "db/dbloop.h"

#include <QString>
#include <atomic>
#include <chrono>
#include <functional>

namespace stockroom {

/** How a Sequencer paces itself. The defaults keep commit-to-log under ~5 ms when idle. */
struct SequencerOptions
{
    /** Rows moved per pass. */
    int batch = 1000;
    /** Wait after a pass that moved rows but not a full batch: a trickle is taken a few rows
     *  at a time rather than one per pass (each pass costs the database a little). */
    std::chrono::milliseconds busyPause{3};
    /** A pass that moved fewer rows than this is a trickle (busyPause); more, and the next pass
     *  comes after 1 ms. */
    int trickleRows = 16;
    /** First wait after a pass that found nothing; idle waits double up to maxIdlePause. */
    std::chrono::milliseconds idlePause{1};
    std::chrono::milliseconds maxIdlePause{4};
    /** How often an instance that is not the sequencer tries to become it. */
    std::chrono::milliseconds electionPause{1000};
    /** Longest wait before reconnecting after the connection was lost (backoff doubles to it). */
    std::chrono::milliseconds maxReconnectPause{8000};
    /** Events older than this are pruned from the event log; and how often that runs. */
    std::chrono::seconds retention{std::chrono::hours(24 * 7)};
    std::chrono::seconds pruneEvery{std::chrono::minutes(10)};
};

/**
 * Moves committed outbox rows into the event log (stream.sequence) on a thread and a database
 * connection of its own. Any number of instances may run against one database: the one holding
 * the advisory lock stream.sequencer_lock_key() sequences, the others try for the lock every
 * electionPause, so one takes over within about that long after the sequencer's connection
 * ends. No LISTEN/NOTIFY: business transactions never pay for a wake-up; the sequencer polls,
 * back to back while rows keep coming and every few milliseconds when idle.
 */
class Sequencer final : public DbLoop
{
public:
    /** Called on the sequencer's thread after each pass that moved rows, with how many. */
    using Moved = std::function<void(int)>;

    Sequencer(ConnectionInfo info, SequencerOptions options, Moved moved = {}, Log log = {});
    ~Sequencer() override;

    [[nodiscard]] bool isSequencer() const { return m_leader.load(); }
    [[nodiscard]] qint64 movedTotal() const { return m_movedTotal.load(); }

private:
    std::chrono::milliseconds step(PgConnection &conn) override;
    void connectionLost(const DatabaseError &error) override;

    const SequencerOptions m_options;
    const Moved m_moved;
    const QString m_batch;
    const QString m_retention;
    std::chrono::milliseconds m_idle{0};
    std::chrono::steady_clock::time_point m_nextPrune;
    std::atomic<bool> m_leader{false};
    std::atomic<qint64> m_movedTotal{0};
};

} // namespace stockroom
