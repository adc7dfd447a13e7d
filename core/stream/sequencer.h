#pragma once

#include "db/connectioninfo.h"

#include <QString>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

namespace stockroom {

/** How a Sequencer paces itself. The defaults keep commit-to-log under ~5 ms when idle. */
struct SequencerOptions
{
    /** Rows moved per pass. */
    int batch = 1000;
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
class Sequencer
{
public:
    /** Called on the sequencer's thread after each pass that moved rows, with how many. */
    using Moved = std::function<void(int)>;
    /** Called on the sequencer's thread with one line for the log. */
    using Log = std::function<void(const QString &)>;

    Sequencer(ConnectionInfo info, SequencerOptions options, Moved moved = {}, Log log = {});
    ~Sequencer();
    Sequencer(const Sequencer &) = delete;
    Sequencer &operator=(const Sequencer &) = delete;

    void start();
    /** Stops the thread and closes the connection, which gives up the lock. */
    void stop();

    [[nodiscard]] bool isSequencer() const { return m_leader.load(); }
    [[nodiscard]] qint64 movedTotal() const { return m_movedTotal.load(); }

private:
    void run();
    /** Sleeps up to @p pause; false when stop() was called. */
    bool pause(std::chrono::milliseconds pause);
    void log(const QString &line) const;

    const ConnectionInfo m_info;
    const SequencerOptions m_options;
    const Moved m_moved;
    const Log m_log;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    std::atomic<bool> m_leader{false};
    std::atomic<qint64> m_movedTotal{0};
};

} // namespace stockroom
