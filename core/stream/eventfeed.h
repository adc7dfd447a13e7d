#pragma once

#include "db/dbloop.h"
#include "stream/streamprotocol.h"

#include <QByteArray>
#include <QHash>
#include <QUuid>
#include <QVector>
#include <atomic>
#include <memory>
#include <mutex>
#include <utility>
#include <vector>

namespace stockroom {

class PgConnection;

/** One event of the log as the server sends it. */
struct LoggedEvent
{
    qint64 seq = 0;
    stream::EventRoute route;
    /** The envelope plus "seq" and "actor", as UTF-8 JSON text. */
    QByteArray json;

    /**
     * The WebSocket frame sent on @p channel, whole (stream::textFrame): the envelope with
     * "channel" in front. Built once per channel and written as it is to every connection that
     * gets it; only the server's thread calls it.
     */
    const QByteArray &frame(const QString &channel) const;

private:
    mutable std::vector<std::pair<QString, QByteArray>> m_frames;
};
using LoggedEventPtr = std::shared_ptr<const LoggedEvent>;

/**
 * Reads events of @p tenant with seq in (after, upTo] in order, at most @p limit, optionally only
 * those that reach @p channel. Shared by the live feed and by replay, so both send the same
 * text.
 */
QVector<LoggedEventPtr> readEvents(PgConnection &conn, const QUuid &tenant, qint64 after,
                                   qint64 upTo, int limit, const stream::Channel &channel = {});

/** Events read for one tenant, consecutive in seq. */
struct EventBatch
{
    QUuid tenant;
    QVector<LoggedEventPtr> events;
    /** The first event is not the one after the previous batch: history was pruned meanwhile. */
    bool gap = false;
    /** The last seq this batch accounts for (its last event's, or the head after a gap). */
    qint64 reached = 0;
};

struct EventFeedOptions
{
    int batch = 1000;
    std::chrono::milliseconds idlePause{1};
    std::chrono::milliseconds maxIdlePause{4};
    std::chrono::milliseconds maxReconnectPause{8000};
    /** Batches handed over and not yet acknowledged, past which the feed waits. */
    int maxInFlight = 16;
    /** While this process is the sequencer it wakes the feed after every pass that moved
     *  rows, so the feed only looks this often of its own accord. */
    std::chrono::milliseconds wokenPause{250};
};

/**
 * Follows the event log for the tenants it tracks, on its own thread and connection, and hands
 * each new run of events to deliver() in seq order. It polls stream_heads (one small query)
 * back to back while events come and every idlePause…maxIdlePause when idle. While the
 * sequencer runs in this process (isWoken), it waits for that sequencer's wake() instead, and
 * looks on its own only every wokenPause.
 */
class EventFeed final : public DbLoop
{
public:
    /** Called on the feed's thread; the receiver must call acknowledge() once per batch. */
    using Deliver = std::function<void(EventBatch)>;
    /** Whether a sequencer in this process wakes the feed (thread-safe). */
    using IsWoken = std::function<bool()>;

    EventFeed(ConnectionInfo info, EventFeedOptions options, Deliver deliver, Log log = {},
              IsWoken isWoken = {});
    ~EventFeed() override;

    /** Follows @p tenant from after @p seq (no effect if already tracked). Thread-safe. */
    void track(const QUuid &tenant, qint64 seq);
    /** A delivered batch was taken care of. Thread-safe. */
    void acknowledge();
    [[nodiscard]] bool isConnected() const { return m_connected.load(); }

private:
    std::chrono::milliseconds step(PgConnection &conn) override;
    void connectionLost(const DatabaseError &error) override;

    const EventFeedOptions m_options;
    const Deliver m_deliver;
    const IsWoken m_isWoken;
    std::mutex m_trackMutex;
    QHash<QUuid, qint64> m_tracked; // tenant → last seq delivered
    std::chrono::milliseconds m_idle{0};
    std::atomic<int> m_inFlight{0};
    std::atomic<bool> m_connected{false};
};

} // namespace stockroom
