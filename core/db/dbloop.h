#pragma once

#include "db/connectioninfo.h"

#include <QString>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

namespace stockroom {

class DatabaseError;
class PgConnection;

/**
 * A loop on a thread and a libpq connection of its own: step() runs again and again, pausing as
 * long as each step asks or until wake(). Any DatabaseError drops the connection (which also
 * gives up its session's advisory locks) and reconnects with backoff from 250 ms doubling to
 * maxReconnectPause. Subclasses implement step() and must call stop() in their destructor.
 */
class DbLoop
{
public:
    /** Called on the loop's thread with one line for the log. */
    using Log = std::function<void(const QString &)>;

    DbLoop(ConnectionInfo info, QString applicationName,
           std::chrono::milliseconds maxReconnectPause, Log log);
    virtual ~DbLoop();
    DbLoop(const DbLoop &) = delete;
    DbLoop &operator=(const DbLoop &) = delete;

    void start();
    /** Stops the thread after the current step and closes the connection. */
    void stop();
    /** Ends the current pause at once (or the next one, if the loop is busy). */
    void wake();

protected:
    /** One step; returns how long to pause before the next. May throw DatabaseError. */
    virtual std::chrono::milliseconds step(PgConnection &conn) = 0;
    /** The connection failed or was lost (@p error says how); it is reopened after a pause. */
    virtual void connectionLost(const DatabaseError &error);
    /** Whether stop() was called; long steps check it between their pieces of work. */
    [[nodiscard]] bool stopping();
    void log(const QString &line) const;

private:
    void run();
    /** Sleeps up to @p pause or until woken; false when stop() was called. */
    bool pause(std::chrono::milliseconds pause);

    const ConnectionInfo m_info;
    const QString m_applicationName;
    const std::chrono::milliseconds m_maxReconnectPause;
    const Log m_log;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    bool m_woken = false;
};

} // namespace stockroom
