#include "streamserver.h"

#include "db/databaseerror.h"
#include "db/pgconnection.h"
#include "db/pgworker.h"
#include "stream/streamserver_p.h"

#include <QDateTime>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>

namespace stockroom {

using namespace streamdetail;

namespace {

// An HTTP request must arrive whole, within this size and time.
constexpr int MaxRequestHeadBytes = 8192;
constexpr int RequestTimeoutMs = 10000;
const char *const RoutedProperty = "stockroomRouted";

QString peerKey(const QHostAddress &address, quint16 port)
{
    return address.toString() + QLatin1Char('/') + QString::number(port);
}

const QString TicketRefused = QStringLiteral(
    "stream ticket refused: it is malformed, unknown, expired or already used; ask the database "
    "for a new one (api.issue_stream_ticket) and connect again");

} // namespace

StreamServer::StreamServer(ConnectionInfo info, StreamServerOptions options, Log log,
                           IsSequencer isSequencer, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_log(std::move(log))
    , m_isSequencer(std::move(isSequencer))
{
    m_tcp = new QTcpServer(this);
    connect(m_tcp, &QTcpServer::newConnection, this, &StreamServer::acceptTcp);
    m_ws =
        new QWebSocketServer(QStringLiteral("stockroomd"), QWebSocketServer::NonSecureMode, this);
    connect(m_ws, &QWebSocketServer::newConnection, this, &StreamServer::acceptWebSocket);
    m_worker = std::make_unique<PgWorker>(info, QStringLiteral("stockroomd-stream"), m_log);
    m_feed = std::make_unique<EventFeed>(
        std::move(info), m_options.feed,
        [this](EventBatch batch) {
            QMetaObject::invokeMethod(
                this, [this, batch = std::move(batch)]() { dispatch(batch); },
                Qt::QueuedConnection);
        },
        m_log, m_isSequencer);
    auto *refresh = new QTimer(this);
    refresh->setInterval(m_options.scopeRefreshMs);
    connect(refresh, &QTimer::timeout, this, &StreamServer::refreshScopes);
    refresh->start();
}

StreamServer::~StreamServer()
{
    // Stop the threads first: nothing they post may arrive after this object is gone.
    m_feed->stop();
    m_worker->stop();
}

bool StreamServer::listen(QString *error)
{
    if (!m_tcp->listen(m_options.address, m_options.port)) {
        *error = m_tcp->errorString();
        return false;
    }
    m_worker->start();
    m_feed->start();
    return true;
}

quint16 StreamServer::port() const
{
    return m_tcp->serverPort();
}

void StreamServer::wakeFeed()
{
    m_feed->wake();
}

int StreamServer::connectionCount() const
{
    return int(m_clients.size());
}

void StreamServer::shutdown(int graceMs, std::function<void()> done)
{
    m_shuttingDown = true;
    m_tcp->close();
    const auto clients = m_clients.values();
    for (const ClientPtr &c : clients)
        closeClient(c, stream::CloseGoingAway, QStringLiteral("server shutting down"));
    if (m_clients.isEmpty()) {
        done();
        return;
    }
    auto *poll = new QTimer(this);
    const qint64 deadline = QDateTime::currentMSecsSinceEpoch() + graceMs;
    connect(poll, &QTimer::timeout, this, [this, poll, deadline, done = std::move(done)]() {
        if (m_clients.isEmpty() || QDateTime::currentMSecsSinceEpoch() >= deadline) {
            poll->stop();
            poll->deleteLater();
            done();
        }
    });
    poll->start(20);
}

// ── HTTP ────────────────────────────────────────────────────────────────────────────────────

void StreamServer::acceptTcp()
{
    while (QTcpSocket *socket = m_tcp->nextPendingConnection()) {
        // Small frames go out at once rather than waiting for the peer's delayed ACK (~40 ms).
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        if (m_clients.size() >= m_options.maxConnections) {
            answerHttp(
                socket, 503,
                R"({"error":"server full: too many connections; try another instance or later"})");
            continue;
        }
        connect(socket, &QTcpSocket::readyRead, this, [this, socket]() { routeRequest(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, [socket]() {
            if (!socket->property(RoutedProperty).toBool())
                socket->deleteLater();
        });
        QTimer::singleShot(RequestTimeoutMs, socket, [socket]() {
            if (!socket->property(RoutedProperty).toBool())
                socket->abort();
        });
    }
}

void StreamServer::routeRequest(QTcpSocket *socket)
{
    if (socket->property(RoutedProperty).toBool())
        return;
    const QByteArray head = socket->peek(MaxRequestHeadBytes);
    if (!head.contains("\r\n\r\n")) {
        if (head.size() >= MaxRequestHeadBytes)
            answerHttp(socket, 431, R"({"error":"request header too large"})");
        return;
    }
    const QList<QByteArray> line = head.left(head.indexOf("\r\n")).split(' ');
    const QByteArray method = line.value(0);
    const QByteArray target = line.value(1);
    const QByteArray path =
        target.left(target.indexOf('?') < 0 ? target.size() : target.indexOf('?'));
    if (path == stream::Path.toLatin1()) {
        socket->setProperty(RoutedProperty, true);
        socket->disconnect(this);
        socket->setParent(m_ws);
        if (m_upgrading.size() > 256) // handshakes that failed leave their entries behind
            m_upgrading.removeIf([](const auto &entry) { return entry.value().isNull(); });
        m_upgrading.insert(peerKey(socket->peerAddress(), socket->peerPort()), socket);
        m_ws->handleConnection(socket);
        return;
    }
    if (path == "/health") {
        if (method != "GET" && method != "HEAD")
            answerHttp(socket, 405, R"({"error":"use GET /health"})");
        else
            answerHttp(socket, m_feed->isConnected() ? 200 : 503, health());
        return;
    }
    answerHttp(socket, 404,
               R"({"error":"not found: the stream is at /ws (WebSocket), health at /health"})");
}

void StreamServer::answerHttp(QTcpSocket *socket, int status, const QByteArray &body)
{
    socket->setProperty(RoutedProperty, true);
    socket->readAll(); // closing with unread bytes would reset the connection before the answer
    const char *reason = status == 200   ? "OK"
                         : status == 404 ? "Not Found"
                         : status == 405 ? "Method Not Allowed"
                         : status == 431 ? "Request Header Fields Too Large"
                                         : "Service Unavailable";
    socket->write(QStringLiteral("HTTP/1.1 %1 %2\r\nContent-Type: application/json\r\n"
                                 "Content-Length: %3\r\nConnection: close\r\n\r\n")
                      .arg(status)
                      .arg(QLatin1String(reason))
                      .arg(body.size())
                      .toLatin1() +
                  body);
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    socket->disconnectFromHost();
}

QByteArray StreamServer::health() const
{
    int ready = 0;
    for (const ClientPtr &c : m_clients)
        ready += c->state == Client::State::Ready ? 1 : 0;
    const bool database = m_feed->isConnected();
    return QJsonDocument(
               QJsonObject{{QStringLiteral("status"),
                            database ? QStringLiteral("ok") : QStringLiteral("degraded")},
                           {QStringLiteral("database"), database},
                           {QStringLiteral("sequencer"), m_isSequencer && m_isSequencer()},
                           {QStringLiteral("connections"), int(m_clients.size())},
                           {QStringLiteral("authenticated"), ready},
                           {QStringLiteral("tenants"), int(m_tenants.size())}})
        .toJson(QJsonDocument::Compact);
}

// ── Connections ─────────────────────────────────────────────────────────────────────────────

void StreamServer::acceptWebSocket()
{
    while (QWebSocket *socket = m_ws->nextPendingConnection()) {
        if (m_shuttingDown) {
            socket->close(QWebSocketProtocol::CloseCode(stream::CloseGoingAway),
                          QStringLiteral("server shutting down"));
            socket->deleteLater();
            continue;
        }
        const QPointer<QTcpSocket> tcp =
            m_upgrading.take(peerKey(socket->peerAddress(), socket->peerPort()));
        if (!tcp) { // not a connection this server handed over: nothing to write frames to
            socket->abort();
            socket->deleteLater();
            continue;
        }
        socket->setParent(this);
        socket->setMaxAllowedIncomingFrameSize(stream::MaxIncomingMessageBytes);
        socket->setMaxAllowedIncomingMessageSize(stream::MaxIncomingMessageBytes);
        auto client = std::make_shared<Client>();
        client->socket = socket;
        client->tcp = tcp;
        m_clients.insert(socket, client);
        const std::weak_ptr<Client> weak = client;
        connect(socket, &QWebSocket::textMessageReceived, this, [this, weak](const QString &t) {
            if (auto c = weak.lock())
                received(c, t);
        });
        connect(socket, &QWebSocket::binaryMessageReceived, this, [this, weak]() {
            if (auto c = weak.lock())
                sendError(c, stream::error::BadMessage,
                          QStringLiteral("binary frames are not understood: send text frames "
                                         "of JSON"));
        });
        connect(socket, &QWebSocket::bytesWritten, this, [this, weak]() {
            if (auto c = weak.lock())
                drain(c);
        });
        connect(socket, &QWebSocket::disconnected, this,
                [this, socket]() { disconnected(socket); });
        QTimer::singleShot(stream::AuthTimeoutMs, socket, [this, weak]() {
            auto c = weak.lock();
            if (!c || c->state == Client::State::Ready)
                return;
            if (c->state == Client::State::Authenticating)
                closeClient(c, stream::CloseTryAgainLater,
                            QStringLiteral("the database did not answer in time; try again"));
            else
                closeClient(
                    c, stream::CloseTicketRefused,
                    QStringLiteral("no auth frame within %1 s").arg(stream::AuthTimeoutMs / 1000));
        });
    }
}

void StreamServer::disconnected(QWebSocket *socket)
{
    const ClientPtr client = m_clients.take(socket);
    socket->deleteLater();
    if (!client)
        return;
    client->closing = true;
    if (client->tcp)
        client->tcp->deleteLater(); // the WebSocket does not own the connection it wraps
    if (auto t = m_tenants.value(client->scope.tenant)) {
        auto &list = t->clients;
        list.erase(std::remove(list.begin(), list.end(), client), list.end());
    }
}

void StreamServer::received(const ClientPtr &client, const QString &text)
{
    if (client->closing)
        return;
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        sendError(client, stream::error::BadJson,
                  parseError.error != QJsonParseError::NoError
                      ? QStringLiteral("the frame is not JSON: %1 at character %2")
                            .arg(parseError.errorString())
                            .arg(parseError.offset)
                      : QStringLiteral("the frame is JSON but not an object; send "
                                       "{\"type\":…}"));
        return;
    }
    const QJsonObject message = doc.object();
    const QJsonValue typeValue = message.value(QLatin1String("type"));
    if (!typeValue.isString()) {
        sendError(client, stream::error::BadMessage,
                  QStringLiteral("the frame has no \"type\" string; expected auth, subscribe, "
                                 "unsubscribe or ping"));
        return;
    }
    const QString type = typeValue.toString();
    if (type == QLatin1String("ping")) {
        send(client,
             jsonFrame({{QStringLiteral("type"), QStringLiteral("pong")},
                        {QStringLiteral("timestamp"), QDateTime::currentMSecsSinceEpoch()}}));
        return;
    }
    if (client->state != Client::State::Ready) {
        if (type == QLatin1String("auth"))
            authenticate(client, message);
        else
            sendError(client, stream::error::NotAuthenticated,
                      QStringLiteral("authenticate first: send {\"type\":\"auth\",\"ticket\":…} "
                                     "with a ticket from api.issue_stream_ticket()"));
        return;
    }
    if (type == QLatin1String("subscribe"))
        subscribe(client, message);
    else if (type == QLatin1String("unsubscribe"))
        unsubscribe(client, message);
    else if (type == QLatin1String("auth"))
        sendError(client, stream::error::AlreadyAuthenticated,
                  QStringLiteral("this connection is already authenticated"));
    else
        sendError(client, stream::error::UnknownType,
                  QStringLiteral("unknown message type \"%1\"; expected subscribe, unsubscribe "
                                 "or ping")
                      .arg(type.left(40)));
}

void StreamServer::authenticate(const ClientPtr &client, const QJsonObject &message)
{
    if (client->state == Client::State::Authenticating) {
        sendError(client, stream::error::BadMessage,
                  QStringLiteral("authentication is already under way"));
        return;
    }
    const QString ticket = message.value(QLatin1String("ticket")).toString();
    if (ticket.isEmpty()) {
        closeClient(client, stream::CloseTicketRefused,
                    QStringLiteral("the auth frame has no ticket"));
        return;
    }
    client->state = Client::State::Authenticating;
    const std::weak_ptr<Client> weak = client;
    m_worker->post(
        [this, weak, ticket](PgConnection &conn) {
            const PgResult r = conn.exec(
                QStringLiteral("SELECT tenant_id, login_role FROM stream.redeem_ticket($1)"),
                {ticket});
            std::optional<Scope> scope;
            qint64 head = 0;
            if (r.rows() == 1) {
                const auto scopes = readScopes<Scope>(conn, {r.value(0, 1)});
                if (scopes.contains(r.value(0, 1)))
                    scope = scopes.value(r.value(0, 1));
                head = conn.scalar(QStringLiteral("SELECT seq FROM public.stream_heads"
                                                  " WHERE tenant_id = $1"),
                                   {r.value(0, 0)})
                           .value_or(QStringLiteral("0"))
                           .toLongLong();
            }
            QMetaObject::invokeMethod(
                this,
                [this, weak, scope, head]() {
                    auto c = weak.lock();
                    if (!c || c->closing)
                        return;
                    if (!scope)
                        closeClient(c, stream::CloseTicketRefused, TicketRefused);
                    else
                        authenticated(c, scope->tenant, head, *scope);
                },
                Qt::QueuedConnection);
        },
        [this, weak](const QString &) {
            QMetaObject::invokeMethod(
                this,
                [this, weak]() {
                    if (auto c = weak.lock())
                        closeClient(c, stream::CloseTryAgainLater,
                                    QStringLiteral("the database is unavailable; try again "
                                                   "shortly"));
                },
                Qt::QueuedConnection);
        });
}

void StreamServer::authenticated(const ClientPtr &client, const QUuid &tenant, qint64 head,
                                 const Scope &scope)
{
    client->state = Client::State::Ready;
    client->scope = scope;
    auto &t = m_tenants[tenant];
    if (!t) {
        t = std::make_shared<Tenant>();
        t->dispatched = head;
        m_feed->track(tenant, head);
    }
    t->clients.push_back(client);
    if (m_log)
        m_log(QStringLiteral("%1 connected from %2")
                  .arg(scope.login, client->socket->peerAddress().toString()));
    send(client, jsonFrame({{QStringLiteral("type"), QStringLiteral("ready")},
                            {QStringLiteral("tenant_id"), uuidText(tenant)},
                            {QStringLiteral("seq"), t->dispatched}}));
}

} // namespace stockroom
