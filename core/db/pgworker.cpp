#include "pgworker.h"

#include "db/databaseerror.h"

namespace stockroom {

using std::chrono::milliseconds;

namespace {
// With nothing queued the worker sleeps until post() wakes it.
constexpr milliseconds IdleSleep{60 * 60 * 1000};
constexpr milliseconds MaxReconnectPause{4000};
} // namespace

PgWorker::PgWorker(ConnectionInfo info, QString applicationName, Log log)
    : DbLoop(std::move(info), std::move(applicationName), MaxReconnectPause, std::move(log))
{}

PgWorker::~PgWorker()
{
    stop();
}

void PgWorker::post(Job job, Failed failed)
{
    {
        const std::lock_guard lock(m_jobsMutex);
        m_jobs.push_back({std::move(job), std::move(failed)});
    }
    wake();
}

milliseconds PgWorker::step(PgConnection &conn)
{
    m_connected = true;
    Queued next;
    {
        const std::lock_guard lock(m_jobsMutex);
        if (m_jobs.empty())
            return IdleSleep;
        next = std::move(m_jobs.front());
        m_jobs.pop_front();
    }
    try {
        next.job(conn);
    } catch (const DatabaseError &e) {
        if (next.failed)
            next.failed(e.message());
        if (e.isConnectionFailure())
            throw; // reconnect before the next job
    }
    return milliseconds(0);
}

void PgWorker::connectionLost(const DatabaseError &error)
{
    m_connected = false;
    DbLoop::connectionLost(error);
}

} // namespace stockroom
