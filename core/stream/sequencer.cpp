#include "sequencer.h"

#include "db/databaseerror.h"
#include "db/pgconnection.h"

#include <algorithm>

namespace stockroom {

using std::chrono::milliseconds;

Sequencer::Sequencer(ConnectionInfo info, SequencerOptions options, Moved moved, Log log)
    : DbLoop(std::move(info), QStringLiteral("stockroomd-sequencer"), options.maxReconnectPause,
             std::move(log))
    , m_options(options)
    , m_moved(std::move(moved))
    , m_batch(QString::number(options.batch))
    , m_retention(QStringLiteral("%1 seconds").arg(qint64(options.retention.count())))
    , m_nextPrune(std::chrono::steady_clock::now())
{}

Sequencer::~Sequencer()
{
    stop();
    m_leader = false;
}

milliseconds Sequencer::step(PgConnection &conn)
{
    if (!m_leader) {
        m_leader =
            conn.scalar(QStringLiteral(
                "SELECT pg_try_advisory_lock(stream.sequencer_lock_key())")) == QLatin1String("t");
        if (!m_leader)
            return m_options.electionPause;
        log(QStringLiteral("sequencing events (this instance holds the lock)"));
    }
    milliseconds wait{0};
    const int moved = conn.scalar(QStringLiteral("SELECT stream.sequence($1)"), {m_batch})
                          .value_or(QStringLiteral("0"))
                          .toInt();
    if (moved > 0) {
        m_movedTotal += moved;
        if (m_moved)
            m_moved(moved);
        m_idle = milliseconds(0);
        // A trickle waits a little so the next pass takes several rows; a flood goes on at once.
        if (moved < m_options.batch)
            wait = moved < m_options.trickleRows ? m_options.busyPause : milliseconds(1);
    } else {
        m_idle = m_idle.count() == 0 ? m_options.idlePause
                                     : std::min(m_idle * 2, m_options.maxIdlePause);
        wait = m_idle;
    }
    if (std::chrono::steady_clock::now() >= m_nextPrune) {
        const QString pruned =
            conn.scalar(QStringLiteral("SELECT stream.prune($1::interval)"), {m_retention})
                .value_or(QStringLiteral("0"));
        if (pruned != QLatin1String("0"))
            log(QStringLiteral("pruned %1 events older than the retention").arg(pruned));
        m_nextPrune = std::chrono::steady_clock::now() + m_options.pruneEvery;
    }
    return wait;
}

void Sequencer::connectionLost(const DatabaseError &error)
{
    if (m_leader)
        log(QStringLiteral("stopped sequencing: %1").arg(error.message().simplified()));
    else
        DbLoop::connectionLost(error);
    m_leader = false;
}

} // namespace stockroom
