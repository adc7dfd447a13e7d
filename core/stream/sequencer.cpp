#include "sequencer.h"

#include "db/databaseerror.h"
#include "db/pgconnection.h"

#include <algorithm>
#include <memory>

namespace stockroom {

using std::chrono::milliseconds;

Sequencer::Sequencer(ConnectionInfo info, SequencerOptions options, Moved moved, Log log)
    : m_info(std::move(info))
    , m_options(options)
    , m_moved(std::move(moved))
    , m_log(std::move(log))
{}

Sequencer::~Sequencer()
{
    stop();
}

void Sequencer::start()
{
    if (m_thread.joinable())
        return;
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = false;
    }
    m_thread = std::thread([this] { run(); });
}

void Sequencer::stop()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

bool Sequencer::pause(milliseconds pause)
{
    std::unique_lock lock(m_mutex);
    m_wake.wait_for(lock, pause, [this] { return m_stopping; });
    return !m_stopping;
}

void Sequencer::log(const QString &line) const
{
    if (m_log)
        m_log(line);
}

void Sequencer::run()
{
    std::unique_ptr<PgConnection> conn;
    milliseconds idle{0};
    milliseconds reconnect{0};
    auto nextPrune = std::chrono::steady_clock::now();
    const QString batch = QString::number(m_options.batch);
    const QString retention = QStringLiteral("%1 seconds").arg(qint64(m_options.retention.count()));
    bool running = true;
    while (running) {
        milliseconds wait{0};
        try {
            if (!conn) {
                conn =
                    std::make_unique<PgConnection>(m_info, QStringLiteral("stockroomd-sequencer"));
                reconnect = milliseconds(0);
            }
            if (!m_leader) {
                m_leader = conn->scalar(QStringLiteral(
                               "SELECT pg_try_advisory_lock(stream.sequencer_lock_key())")) ==
                           QLatin1String("t");
                if (m_leader)
                    log(QStringLiteral("sequencing events (this instance holds the lock)"));
            }
            if (!m_leader) {
                wait = m_options.electionPause;
            } else {
                const int moved =
                    conn->scalar(QStringLiteral("SELECT stream.sequence($1)"), {batch})
                        .value_or(QStringLiteral("0"))
                        .toInt();
                if (moved > 0) {
                    m_movedTotal += moved;
                    if (m_moved)
                        m_moved(moved);
                    idle = milliseconds(0);
                } else {
                    idle = idle.count() == 0 ? m_options.idlePause
                                             : std::min(idle * 2, m_options.maxIdlePause);
                    wait = idle;
                }
                if (std::chrono::steady_clock::now() >= nextPrune) {
                    const QString pruned =
                        conn->scalar(QStringLiteral("SELECT stream.prune($1::interval)"),
                                     {retention})
                            .value_or(QStringLiteral("0"));
                    if (pruned != QLatin1String("0"))
                        log(QStringLiteral("pruned %1 events older than the retention")
                                .arg(pruned));
                    nextPrune = std::chrono::steady_clock::now() + m_options.pruneEvery;
                }
            }
        } catch (const DatabaseError &e) {
            if (m_leader)
                log(QStringLiteral("stopped sequencing: %1").arg(e.message().simplified()));
            else
                log(QStringLiteral("database unavailable: %1").arg(e.message().simplified()));
            m_leader = false;
            conn.reset(); // a failed connection also gives up the lock
            reconnect = reconnect.count() == 0
                            ? milliseconds(250)
                            : std::min(reconnect * 2, m_options.maxReconnectPause);
            wait = reconnect;
        }
        running = pause(wait);
    }
    conn.reset();
    m_leader = false;
}

} // namespace stockroom
