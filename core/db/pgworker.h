#pragma once

#include "db/dbloop.h"

#include <atomic>
#include <deque>
#include <functional>
#include <mutex>

namespace stockroom {

/**
 * Runs queued jobs, one at a time in order, on a DbLoop's thread and connection. A job that
 * throws DatabaseError gets its failure callback (on the worker's thread) with the error's
 * message; when the connection itself failed, the worker reconnects before the next job, and
 * jobs queued meanwhile wait for it.
 */
class PgWorker final : public DbLoop
{
public:
    using Job = std::function<void(PgConnection &)>;
    using Failed = std::function<void(const QString &message)>;

    PgWorker(ConnectionInfo info, QString applicationName, Log log = {});
    ~PgWorker() override;

    /** Queues @p job; thread-safe. */
    void post(Job job, Failed failed);
    [[nodiscard]] bool isConnected() const { return m_connected.load(); }

private:
    std::chrono::milliseconds step(PgConnection &conn) override;
    void connectionLost(const DatabaseError &error) override;

    struct Queued
    {
        Job job;
        Failed failed;
    };
    std::mutex m_jobsMutex;
    std::deque<Queued> m_jobs;
    std::atomic<bool> m_connected{false};
};

} // namespace stockroom
