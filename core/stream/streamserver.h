#pragma once

#include "db/connectioninfo.h"
#include "stream/eventfeed.h"

#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <functional>
#include <memory>

class QTcpServer;
class QTcpSocket;
class QWebSocket;
class QWebSocketServer;

namespace stockroom {

class PgWorker;

struct StreamServerOptions
{
    QHostAddress address = QHostAddress::Any;
    quint16 port = 8792;
    /** Bytes of frames a connection may have waiting; past it the server closes the
     *  connection with CloseSlowConsumer. */
    qint64 maxQueueBytes = 4 * 1024 * 1024;
    /** How often the scope of connected logins is read again, so grants, revocations and
     *  disabled logins take effect on live connections. */
    int scopeRefreshMs = 1000;
    /** Connections beyond this are answered 503 (keep it under the process's file limit). */
    qsizetype maxConnections = 10000;
    /** Events per replay query. */
    int replayChunk = 2000;
    EventFeedOptions feed;
};

/**
 * The live stream's server: WebSocket connections on /ws (protocol in streamprotocol.h) and
 * GET /health on one port. Lives on the thread that creates it; reads the event log on two
 * threads of its own (the live feed, and a worker for tickets, scope and replay).
 */
class StreamServer final : public QObject
{
    Q_OBJECT
public:
    using Log = std::function<void(const QString &)>;
    /** Whether this process is the sequencer, for /health. */
    using IsSequencer = std::function<bool()>;

    StreamServer(ConnectionInfo info, StreamServerOptions options, Log log,
                 IsSequencer isSequencer = {}, QObject *parent = nullptr);
    ~StreamServer() override;

    /** Starts listening and the feed; false (with @p error set) when the port is unusable. */
    bool listen(QString *error);
    [[nodiscard]] quint16 port() const;
    /** New events are in the log: look now rather than at the next poll. Thread-safe. */
    void wakeFeed();
    /** Closes every connection with CloseGoingAway and calls @p done once they are gone (or
     *  after @p graceMs). */
    void shutdown(int graceMs, std::function<void()> done);

    [[nodiscard]] int connectionCount() const;

private:
    struct Client;
    struct Scope;
    struct Subscription;
    struct Tenant;
    using ClientPtr = std::shared_ptr<Client>;

    // HTTP: route a new TCP connection to /ws or /health.
    void acceptTcp();
    void routeRequest(QTcpSocket *socket);
    void answerHttp(QTcpSocket *socket, int status, const QByteArray &body);
    QByteArray health() const;

    // WebSocket connections.
    void acceptWebSocket();
    void received(const ClientPtr &client, const QString &text);
    void authenticate(const ClientPtr &client, const QJsonObject &message);
    void authenticated(const ClientPtr &client, const QUuid &tenant, qint64 head,
                       const Scope &scope);
    void subscribe(const ClientPtr &client, const QJsonObject &message);
    void unsubscribe(const ClientPtr &client, const QJsonObject &message);
    /** Reads the next part of @p sub's replay (events after @p after), on the worker. */
    void requestReplay(const ClientPtr &client, const Subscription &sub, qint64 after, bool first);
    struct Replay;
    void replayed(const ClientPtr &client, const QString &channel, quint64 generation,
                  const Replay &replay);
    /** Hands replayed events to the socket as it drains; then goes live. */
    void pumpReplay(const ClientPtr &client, Subscription &sub);
    void disconnected(QWebSocket *socket);

    // Sending.
    /** Writes @p frame (whole, as stream::textFrame makes it), or queues it while the socket
     *  is full; past the queue's limit the connection is closed as a slow consumer. */
    void send(const ClientPtr &client, const QByteArray &frame);
    void sendError(const ClientPtr &client, const QString &code, const QString &message,
                   const QString &channel = {});
    void deliver(const ClientPtr &client, Subscription &sub, const LoggedEventPtr &event);
    void drain(const ClientPtr &client);
    void closeClient(const ClientPtr &client, quint16 code, const QString &reason);

    // The feed and scope.
    void dispatch(const EventBatch &batch);
    void refreshScopes();
    void applyScopes(const QHash<QString, Scope> &scopes);

    const StreamServerOptions m_options;
    const Log m_log;
    const IsSequencer m_isSequencer;
    QTcpServer *m_tcp = nullptr;
    QWebSocketServer *m_ws = nullptr;
    std::unique_ptr<PgWorker> m_worker;
    std::unique_ptr<EventFeed> m_feed;
    QHash<QWebSocket *, ClientPtr> m_clients;
    /** Connections handed to the WebSocket handshake, by peer, until it hands them back. */
    QHash<QString, QPointer<QTcpSocket>> m_upgrading;
    QHash<QUuid, std::shared_ptr<Tenant>> m_tenants;
    bool m_refreshing = false;
    /** While dispatching a small batch: each frame goes to the kernel at once. */
    bool m_flushAtOnce = false;
    bool m_shuttingDown = false;
    quint64 m_nextGeneration = 1;
};

} // namespace stockroom
