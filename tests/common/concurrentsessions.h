#pragma once

#include "db/connectioninfo.h"
#include "db/pgconnection.h"
#include "stockfixture.h"

#include <QStringList>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace stockroom::test {

/** Holds every thread until all have connected, then lets them go at once. */
class StartLine
{
public:
    explicit StartLine(int runners)
        : m_runners(runners)
    {}
    void arriveAndWait()
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        if (++m_arrived == m_runners) {
            m_cv.notify_all();
            return;
        }
        m_cv.wait(lock, [&] { return m_arrived == m_runners; });
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_cv;
    const int m_runners;
    int m_arrived = 0;
};

/**
 * Runs @p work(index, connection) on @p threads threads at once, each on its own connection made
 * on that thread as @p login. Returns what went wrong (a connection refused, an exception that
 * escaped the work), one line each.
 */
template<typename Work>
QStringList runConcurrently(const ConnectionInfo &login, int threads, Work &&work)
{
    StartLine line(threads);
    std::mutex mutex;
    QStringList failures;
    std::vector<std::thread> running;
    running.reserve(static_cast<size_t>(threads));
    for (int i = 0; i < threads; ++i) {
        running.emplace_back([&, i] {
            std::unique_ptr<PgConnection> c;
            QString failure;
            try {
                c = std::make_unique<PgConnection>(
                    login, QStringLiteral("tst_stockconcurrency-%1").arg(i));
            } catch (const std::exception &e) {
                failure = QString::fromUtf8(describe(e));
            }
            line.arriveAndWait();
            try {
                if (c)
                    work(i, *c);
            } catch (const std::exception &e) {
                failure = QString::fromUtf8(describe(e));
            }
            if (!failure.isEmpty()) {
                std::lock_guard<std::mutex> lock(mutex);
                failures << QStringLiteral("thread %1: %2").arg(i).arg(failure);
            }
        });
    }
    for (std::thread &t : running)
        t.join();
    return failures;
}

} // namespace stockroom::test
