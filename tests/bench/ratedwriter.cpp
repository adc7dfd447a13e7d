#include "ratedwriter.h"

#include "db/databaseerror.h"

#include <QFile>
#include <QTextStream>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <ctime>
#include <mutex>
#include <thread>

namespace stockroom::bench {

double monotonicUs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return double(ts.tv_sec) * 1e6 + double(ts.tv_nsec) / 1e3;
}

namespace {

void sleepUntilUs(double dueUs)
{
    const double now = monotonicUs();
    if (dueUs <= now)
        return;
    timespec ts{};
    const double wait = dueUs - now;
    ts.tv_sec = time_t(wait / 1e6);
    ts.tv_nsec = long(std::fmod(wait, 1e6) * 1e3);
    nanosleep(&ts, nullptr);
}

} // namespace

double RatedRun::achievedRate() const
{
    if (commits.empty() || endUs <= startUs)
        return 0;
    return double(commits.size()) / ((endUs - startUs) / 1e6);
}

void RatedRun::writePublished(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return;
    QTextStream out(&file);
    for (const Commit &c : commits)
        out << c.id << ' ' << QString::number(c.committedUs, 'f', 1) << '\n';
}

RatedRun runAtRate(const PublisherFactory &factory, int connections, double rate, qint64 count,
                   qint64 firstId)
{
    RatedRun run;
    std::vector<Commit> done(static_cast<size_t>(count));
    std::vector<char> ok(size_t(count), 0);
    std::atomic<qint64> next{0};
    std::atomic<qint64> failed{0};
    std::atomic<int> prepared{0};
    std::atomic<bool> go{false};
    std::mutex errorMutex;
    auto noteError = [&](const QString &error) {
        const std::lock_guard lock(errorMutex);
        if (run.firstError.isEmpty())
            run.firstError = error;
    };
    const double periodUs = 1e6 / rate;
    std::vector<std::thread> threads;
    for (int c = 0; c < connections; ++c) {
        threads.emplace_back([&, c] {
            // Each connection is made, and used, on its own thread.
            std::unique_ptr<RatedPublisher> publisher;
            try {
                publisher = factory(c);
            } catch (const DatabaseError &e) {
                noteError(e.message());
            }
            ++prepared;
            while (!go.load())
                std::this_thread::sleep_for(std::chrono::microseconds(200));
            for (qint64 i = publisher ? next++ : count; i < count; i = next++) {
                sleepUntilUs(run.startUs + double(i) * periodUs);
                QString error;
                const double before = monotonicUs();
                const bool good = publisher->publish(firstId + i, &error);
                const double after = monotonicUs();
                done[size_t(i)] = {firstId + i, after, after - before};
                ok[size_t(i)] = good ? 1 : 0;
                if (!good) {
                    ++failed;
                    noteError(error);
                }
            }
        });
    }
    while (prepared.load() < connections)
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    run.startUs = monotonicUs() + 1000;
    go = true;
    for (std::thread &t : threads)
        t.join();
    run.failed = failed;
    for (size_t i = 0; i < done.size(); ++i) {
        if (!ok[i])
            continue;
        run.commits.push_back(done[i]);
        run.endUs = std::max(run.endUs, done[i].committedUs);
    }
    return run;
}

double quantile(std::vector<double> &values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto rank = size_t(std::max(0.0, std::ceil(p * double(values.size())) - 1));
    return values[std::min(rank, values.size() - 1)];
}

} // namespace stockroom::bench
