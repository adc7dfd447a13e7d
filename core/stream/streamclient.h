#pragma once

#include "stream/streamevent.h"

#include <QAbstractSocket>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QTimer>
#include <QUrl>
#include <deque>
#include <functional>
#include <optional>
#include <random>

class QWebSocket;

namespace stockroom {

/** A stream ticket from api.issue_stream_ticket(), or why there is none. */
struct StreamTicket
{
    QString ticket;
    QString error; // for a person: what failed
};

/** Timings of a StreamClient; the defaults suit a desktop, tests shorten them. */
struct StreamClientOptions
{
    /** First wait before reconnecting; each failed attempt doubles it up to maxBackoffMs. A
     *  random jitter of up to half the wait is added so many desktops do not return at once. */
    int initialBackoffMs = 500;
    int maxBackoffMs = 30000;
    /** From asking for a ticket to the server's "ready"; past it the attempt counts as failed. */
    int connectTimeoutMs = 15000;
    /** A ping this often while live; no frame at all for two intervals means the connection is
     *  dead even if the socket has not noticed. */
    int keepAliveMs = 20000;
    /** How many recent event seqs are remembered to emit an event that arrives on several
     *  channels only once. */
    int dedupeWindow = 8192;
    /** Seeds the jitter, so tests repeat. */
    quint32 seed = std::random_device{}();
};

/**
 * The desktop's end of the live stream (protocol in streamprotocol.h). Lives on the GUI thread;
 * all I/O is asynchronous. For each attempt it gets a fresh single-use ticket from the ticket
 * provider (the desktop asks api.issue_stream_ticket() on the user's own session), connects,
 * authenticates and subscribes to the channels asked for. It remembers the last seq applied per
 * channel and, after any loss — a close, a socket error, the server restarting or calling it a
 * slow consumer — reconnects with exponential backoff and jitter and resubscribes with "since",
 * so the server replays exactly what was missed. Events are emitted once: a seq already applied
 * on a channel is dropped, and so is an event that already arrived on another channel. When the
 * server can no longer replay (recovered:false) it emits reloadRequired() for that channel so
 * the screens read their rows from SQL again. Close 4403 (access withdrawn) stops it: Offline,
 * with a message, until started again.
 *
 * State: Offline → start() → Connecting → "ready" → Live; any loss → Reconnecting (waits its
 * backoff, then tries again) → Live; 4403 or stop() → Offline.
 */
class StreamClient final : public QObject
{
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(QString statusText READ statusText NOTIFY stateChanged)

public:
    enum class State { Offline, Connecting, Live, Reconnecting };
    Q_ENUM(State)

    /** Delivers a ticket (or an error) through the callback it is given; may answer later. */
    using TicketProvider = std::function<void(std::function<void(const StreamTicket &)>)>;

    StreamClient(TicketProvider tickets, StreamClientOptions options = {},
                 QObject *parent = nullptr);
    ~StreamClient() override;

    /** Where the server listens: ws://host:port/ws. */
    void setUrl(const QUrl &url);
    [[nodiscard]] const QUrl &url() const { return m_url; }

    /** Goes online (no-op unless Offline). */
    void start();
    /** Goes offline and stays there until start(); what was applied is remembered. */
    void stop();
    /** While waiting to reconnect: try now rather than at the end of the wait. */
    void reconnectNow();

    /** Wants events of @p channel ("global", "variant:<uuid>"…), now and after every reconnect. */
    void subscribe(const QString &channel);
    void unsubscribe(const QString &channel);
    [[nodiscard]] QStringList channels() const { return m_channels; }
    /** The last seq applied on @p channel; nullopt before its first "subscribed". */
    [[nodiscard]] std::optional<qint64> lastSeq(const QString &channel) const;

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] const QString &statusText() const { return m_statusText; }
    /** The tenant of the stream, from "ready"; null before. */
    [[nodiscard]] const QUuid &tenantId() const { return m_tenant; }
    /** Connections made since start() (1 for the first; more after reconnects). */
    [[nodiscard]] int connectionCount() const { return m_connections; }
    /** The wait before the next attempt, while Reconnecting. */
    [[nodiscard]] int retryDelayMs() const { return m_retryDelayMs; }

Q_SIGNALS:
    void stateChanged();
    /** A new event, once, in the order it arrived. */
    void eventReceived(const stockroom::StreamEvent &event);
    /**
     * The server took the subscription to @p channel: events up to @p seq are accounted for
     * (replayed, or to be read from SQL when not @p recovered), later ones follow live.
     */
    void subscribed(const QString &channel, qint64 seq, bool recovered);
    /** Events of @p channel were missed beyond replay: reload what it covers from SQL. */
    void reloadRequired(const QString &channel);
    /** The server refused or ended a subscription (forbidden, not_found, scope_revoked…). */
    void channelRefused(const QString &channel, const QString &code, const QString &message);

private:
    void attempt();
    void ticketArrived(quint64 attempt, const StreamTicket &ticket);
    void frameArrived(const QString &text);
    void handleEvent(const QJsonObject &frame);
    void handleSubscribed(const QJsonObject &frame);
    void handleError(const QJsonObject &frame);
    void sendSubscribe(const QString &channel);
    void send(const QJsonObject &frame);
    void keepAlive();
    /** The connection or attempt ended; @p closeCode 0 when no close frame came. */
    void lost(int closeCode, const QString &reason);
    void dropSocket();
    void scheduleRetry(const QString &why, bool quick);
    void setState(State state, const QString &text);
    [[nodiscard]] bool remember(qint64 seq);

    TicketProvider m_tickets;
    StreamClientOptions m_options;
    QUrl m_url;
    State m_state = State::Offline;
    QString m_statusText;
    QWebSocket *m_socket = nullptr;
    bool m_ready = false;
    quint64 m_attempt = 0; // bumped per attempt; late answers of an older one are dropped
    int m_failures = 0;    // attempts in a row that did not reach "ready"
    int m_retryDelayMs = 0;
    int m_connections = 0;
    QUuid m_tenant;
    QStringList m_channels;           // wanted, in the order asked for
    QHash<QString, qint64> m_lastSeq; // channel → last seq applied
    QHash<QString, bool> m_sentSince; // channel → its pending subscribe carried "since"
    QSet<qint64> m_recent;            // seqs emitted lately…
    std::deque<qint64> m_recentOrder; // …oldest first, to forget them in turn
    QTimer m_retry;
    QTimer m_watchdog;  // the attempt must reach "ready" in time
    QTimer m_keepAlive; // pings while live
    QTimer m_resubscribe;
    QSet<QString> m_unavailable; // subscriptions to ask for again (the server's database blinked)
    qint64 m_lastFrameMs = 0;
    std::mt19937 m_random;
};

} // namespace stockroom
