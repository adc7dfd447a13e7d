#include "dbloop.h"

#include "db/databaseerror.h"
#include "db/pgconnection.h"

#include <algorithm>

namespace stockroom {

using std::chrono::milliseconds;

DbLoop::DbLoop(ConnectionInfo info, QString applicationName, milliseconds maxReconnectPause,
               Log log)
    : m_info(std::move(info))
    , m_applicationName(std::move(applicationName))
    , m_maxReconnectPause(maxReconnectPause)
    , m_log(std::move(log))
{}

DbLoop::~DbLoop() = default;

void DbLoop::start()
{
    if (m_thread.joinable())
        return;
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = false;
    }
    m_thread = std::thread([this] { run(); });
}

void DbLoop::stop()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void DbLoop::wake()
{
    {
        const std::lock_guard lock(m_mutex);
        m_woken = true;
    }
    m_wake.notify_all();
}

bool DbLoop::stopping()
{
    const std::lock_guard lock(m_mutex);
    return m_stopping;
}

void DbLoop::log(const QString &line) const
{
    if (m_log)
        m_log(line);
}

void DbLoop::connectionLost(const DatabaseError &error)
{
    log(QStringLiteral("database unavailable: %1").arg(error.message().simplified()));
}

bool DbLoop::pause(milliseconds pause)
{
    std::unique_lock lock(m_mutex);
    if (pause.count() > 0)
        m_wake.wait_for(lock, pause, [this] { return m_stopping || m_woken; });
    m_woken = false;
    return !m_stopping;
}

void DbLoop::run()
{
    std::unique_ptr<PgConnection> conn;
    milliseconds reconnect{0};
    bool running = true;
    while (running) {
        milliseconds wait{0};
        try {
            if (!conn) {
                conn = std::make_unique<PgConnection>(m_info, m_applicationName);
                reconnect = milliseconds(0);
            }
            wait = step(*conn);
        } catch (const DatabaseError &e) {
            conn.reset();
            connectionLost(e);
            reconnect = reconnect.count() == 0 ? milliseconds(250)
                                               : std::min(reconnect * 2, m_maxReconnectPause);
            wait = reconnect;
        }
        running = pause(wait);
    }
    conn.reset();
}

} // namespace stockroom
