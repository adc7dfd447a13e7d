#include "streamserver.h"

#include "db/databaseerror.h"
#include "db/pgconnection.h"
#include "db/pgworker.h"
#include "stream/streamprotocol.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>
#include <deque>
#include <map>

namespace stockroom {

using stream::Channel;

namespace {

// Frames are handed to the socket while it holds less than this; the rest wait in the
// connection's own queue, which is what the slow-consumer limit bounds.
constexpr qint64 SocketLowWater = 256 * 1024;
// Live events held for a subscription while its replay runs.
constexpr int MaxPendingEvents = 50000;
// A connection closed by the server that does not finish the closing handshake is cut.
constexpr int CloseGraceMs = 5000;
// An HTTP request must arrive whole, within this size and time.
constexpr int MaxRequestHeadBytes = 8192;
constexpr int RequestTimeoutMs = 10000;
const char *const RoutedProperty = "stockroomRouted";

QString uuidText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

QString json(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

/** A PostgreSQL array literal of @p values, each quoted. */
QString arrayLiteral(const QStringList &values)
{
    QStringList quoted;
    for (QString v : values)
        quoted << QLatin1Char('"') +
                      v.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
                          .replace(QLatin1Char('"'), QLatin1String("\\\"")) +
                      QLatin1Char('"');
    return QLatin1Char('{') + quoted.join(QLatin1Char(',')) + QLatin1Char('}');
}

QSet<QUuid> uuidSet(const QString &arrayText)
{
    QSet<QUuid> ids;
    const QString inner = arrayText.mid(1, arrayText.size() - 2);
    for (const QString &id : inner.split(QLatin1Char(','), Qt::SkipEmptyParts))
        ids.insert(QUuid::fromString(id));
    return ids;
}

/** Why a ticket was refused, or how the channel's history stands. */
const QString TicketRefused = QStringLiteral(
    "stream ticket refused: it is malformed, unknown, expired or already used; ask the database "
    "for a new one (api.issue_stream_ticket) and connect again");

} // namespace

/** What a login may see: the rule of the event log's row-level security policy. */
struct StreamServer::Scope
{
    QString login;
    QUuid tenant;
    bool admin = false;
    QSet<QUuid> locations;
    QSet<QUuid> darkStores;

    [[nodiscard]] bool sees(const stream::EventRoute &r) const
    {
        return admin || (r.location.isNull() && r.darkStore.isNull()) ||
               (!r.location.isNull() && locations.contains(r.location)) ||
               (!r.darkStore.isNull() && darkStores.contains(r.darkStore));
    }
    [[nodiscard]] bool allows(const Channel &c) const
    {
        if (admin)
            return true;
        if (c.kind == Channel::Kind::Location)
            return locations.contains(c.id);
        if (c.kind == Channel::Kind::DarkStore)
            return darkStores.contains(c.id);
        return true;
    }
};

namespace {

/** The scopes of @p logins that are active staff, by login. */
template<typename Scope>
QHash<QString, Scope> readScopes(PgConnection &conn, const QStringList &logins)
{
    const PgResult r =
        conn.exec(QStringLiteral("SELECT login_role, tenant_id, role_kind, location_ids::text,"
                                 " dark_store_ids::text FROM stream.scope_of($1::name[])"),
                  {arrayLiteral(logins)});
    QHash<QString, Scope> scopes;
    for (int i = 0; i < r.rows(); ++i) {
        Scope s;
        s.login = r.value(i, 0);
        s.tenant = QUuid::fromString(r.value(i, 1));
        s.admin = r.value(i, 2) == QLatin1String("admin");
        s.locations = uuidSet(r.value(i, 3));
        s.darkStores = uuidSet(r.value(i, 4));
        scopes.insert(s.login, s);
    }
    return scopes;
}

} // namespace

struct StreamServer::Subscription
{
    Channel channel;
    quint64 generation = 0;
    /** Events up to here are delivered (or skipped as before "since"). */
    qint64 watermark = 0;
    /** Replay covers up to here; live events after it wait in pending until replay is done. */
    qint64 upTo = 0;
    std::optional<qint64> since;
    /** "subscribed" was sent. */
    bool announced = false;
    /** Replay is done: events go out as they come. */
    bool ready = false;
    /** Live events that came during the replay. */
    QVector<LoggedEventPtr> pending;
    /** Replayed events not yet handed to the socket: they go as fast as the client reads. */
    std::deque<LoggedEventPtr> replay;
    qint64 replayedTo = 0;
    bool replayMore = false;
    bool fetching = false;
};

struct StreamServer::Client
{
    enum class State { Unauthenticated, Authenticating, Ready };
    QWebSocket *socket = nullptr;
    State state = State::Unauthenticated;
    Scope scope;
    std::map<QString, Subscription> subs;
    std::deque<QString> queue;
    qint64 queuedBytes = 0;
    bool closing = false;
};

struct StreamServer::Tenant
{
    /** The last seq handed to connections. */
    qint64 dispatched = 0;
    std::vector<ClientPtr> clients;
};

struct StreamServer::Replay
{
    QString failure; // the database failed
    bool found = true;
    bool recovered = true;
    QVector<LoggedEventPtr> events;
    bool more = false;
};

StreamServer::StreamServer(ConnectionInfo info, StreamServerOptions options, Log log,
                           IsSequencer isSequencer, QObject *parent)
    : QObject(parent)
    , m_info(std::move(info))
    , m_options(std::move(options))
    , m_log(std::move(log))
    , m_isSequencer(std::move(isSequencer))
{
    m_tcp = new QTcpServer(this);
    connect(m_tcp, &QTcpServer::newConnection, this, &StreamServer::acceptTcp);
    m_ws =
        new QWebSocketServer(QStringLiteral("stockroomd"), QWebSocketServer::NonSecureMode, this);
    connect(m_ws, &QWebSocketServer::newConnection, this, &StreamServer::acceptWebSocket);
    m_worker = std::make_unique<PgWorker>(m_info, QStringLiteral("stockroomd-stream"), m_log);
    m_feed = std::make_unique<EventFeed>(
        m_info, m_options.feed,
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
    auto finished = std::make_shared<std::function<void()>>(std::move(done));
    auto finishOnce = [finished]() {
        if (*finished) {
            auto f = std::move(*finished);
            *finished = nullptr;
            f();
        }
    };
    const auto clients = m_clients.values();
    for (const ClientPtr &c : clients)
        closeClient(c, stream::CloseGoingAway, QStringLiteral("server shutting down"));
    if (m_clients.isEmpty()) {
        finishOnce();
        return;
    }
    auto *poll = new QTimer(this);
    const qint64 deadline = QDateTime::currentMSecsSinceEpoch() + graceMs;
    connect(poll, &QTimer::timeout, this, [this, poll, deadline, finishOnce]() {
        if (m_clients.isEmpty() || QDateTime::currentMSecsSinceEpoch() >= deadline) {
            poll->stop();
            finishOnce();
        }
    });
    poll->start(20);
}

// ── HTTP ────────────────────────────────────────────────────────────────────────────────────

void StreamServer::acceptTcp()
{
    while (QTcpSocket *socket = m_tcp->nextPendingConnection()) {
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

StreamServer::ClientPtr StreamServer::clientOf(QWebSocket *socket) const
{
    return m_clients.value(socket);
}

void StreamServer::acceptWebSocket()
{
    while (QWebSocket *socket = m_ws->nextPendingConnection()) {
        if (m_shuttingDown) {
            socket->close(QWebSocketProtocol::CloseCode(stream::CloseGoingAway),
                          QStringLiteral("server shutting down"));
            socket->deleteLater();
            continue;
        }
        socket->setParent(this);
        socket->setMaxAllowedIncomingFrameSize(stream::MaxIncomingMessageBytes);
        socket->setMaxAllowedIncomingMessageSize(stream::MaxIncomingMessageBytes);
        auto client = std::make_shared<Client>();
        client->socket = socket;
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
        send(client, json({{QStringLiteral("type"), QStringLiteral("pong")},
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
    send(client, json({{QStringLiteral("type"), QStringLiteral("ready")},
                       {QStringLiteral("tenant_id"), uuidText(tenant)},
                       {QStringLiteral("seq"), t->dispatched}}));
}

void StreamServer::subscribe(const ClientPtr &client, const QJsonObject &message)
{
    const QJsonValue channelValue = message.value(QLatin1String("channel"));
    if (!channelValue.isString()) {
        sendError(client, stream::error::BadMessage,
                  QStringLiteral("subscribe needs a \"channel\" string"));
        return;
    }
    const QString name = channelValue.toString();
    const std::optional<Channel> channel = Channel::parse(name);
    if (!channel) {
        sendError(client, stream::error::UnknownChannel,
                  QStringLiteral("unknown channel \"%1\": use global, product:<id>, variant:<id>, "
                                 "location:<id> or dark-store:<id> with a lower-case UUID")
                      .arg(name.left(80)),
                  name.left(80));
        return;
    }
    std::optional<qint64> since;
    const QJsonValue sinceValue = message.value(QLatin1String("since"));
    if (!sinceValue.isUndefined() && !sinceValue.isNull()) {
        const double d = sinceValue.toDouble(-1);
        if (!sinceValue.isDouble() || d < 0 || d != double(qint64(d)) || d > 9e15) {
            sendError(client, stream::error::BadSince,
                      QStringLiteral("\"since\" must be a whole number of 0 or more (the last "
                                     "seq you applied), or left out to start from now"),
                      name);
            return;
        }
        since = qint64(d);
    }
    if (!client->scope.allows(*channel)) {
        sendError(client, stream::error::Forbidden,
                  QStringLiteral("%1 is outside your scope; ask an admin to grant it").arg(name),
                  name);
        return;
    }
    Subscription sub;
    sub.channel = *channel;
    sub.generation = m_nextGeneration++;
    sub.upTo = m_tenants.value(client->scope.tenant)->dispatched;
    sub.since = since;
    sub.watermark = since ? *since : sub.upTo;
    client->subs[name] = sub; // subscribing again restarts the subscription
    client->subs[name].fetching = true;
    requestReplay(client, name, sub.generation, since.value_or(sub.upTo), true);
}

void StreamServer::requestReplay(const ClientPtr &client, const QString &channel,
                                 quint64 generation, qint64 after, bool first)
{
    const Subscription &sub = client->subs.at(channel);
    const std::weak_ptr<Client> weak = client;
    const QUuid tenant = client->scope.tenant;
    const Channel ch = sub.channel;
    const qint64 upTo = sub.upTo;
    const bool fromSince = sub.since.has_value();
    const int chunk = m_options.replayChunk;
    auto post = [this, weak, channel, generation](Replay replay) {
        QMetaObject::invokeMethod(
            this,
            [this, weak, channel, generation, replay = std::move(replay)]() {
                if (auto c = weak.lock())
                    replayed(c, channel, generation, replay);
            },
            Qt::QueuedConnection);
    };
    m_worker->post(
        [=](PgConnection &conn) {
            Replay r;
            const QString tenantId = uuidText(tenant);
            if (first && ch.kind != Channel::Kind::Global) {
                static const QHash<Channel::Kind, QString> tables{
                    {Channel::Kind::Product, QStringLiteral("products")},
                    {Channel::Kind::Variant, QStringLiteral("variants")},
                    {Channel::Kind::Location, QStringLiteral("locations")},
                    {Channel::Kind::DarkStore, QStringLiteral("dark_stores")}};
                r.found = conn.scalar(QStringLiteral("SELECT EXISTS (SELECT 1 FROM public.%1"
                                                     " WHERE tenant_id = $1 AND id = $2)")
                                          .arg(tables.value(ch.kind)),
                                      {tenantId, uuidText(ch.id)}) == QLatin1String("t");
                if (!r.found) {
                    post(r);
                    return;
                }
            }
            if (first && fromSince) {
                const PgResult h = conn.exec(
                    QStringLiteral("SELECT coalesce((SELECT seq FROM public.stream_heads"
                                   "                  WHERE tenant_id = $1), 0),"
                                   " (SELECT min(seq) FROM public.event_log WHERE tenant_id = $1)"),
                    {tenantId});
                const qint64 head = h.value(0, 0).toLongLong();
                const qint64 oldest = h.isNull(0, 1) ? head + 1 : h.value(0, 1).toLongLong();
                // A "since" past the head belongs to another stream (a database restored or
                // rebuilt): nothing can be recovered from it either.
                r.recovered = after <= head && after + 1 >= oldest;
            }
            if (fromSince && r.recovered && after < upTo) {
                r.events = readEvents(conn, tenant, after, upTo, chunk, ch);
                r.more = r.events.size() == chunk;
            }
            post(std::move(r));
        },
        [post](const QString &message) {
            Replay r;
            r.failure = message;
            post(r);
        });
}

void StreamServer::replayed(const ClientPtr &client, const QString &channel, quint64 generation,
                            const Replay &replay)
{
    auto it = client->subs.find(channel);
    if (client->closing || it == client->subs.end() || it->second.generation != generation)
        return; // unsubscribed or subscribed again meanwhile
    Subscription &sub = it->second;
    if (!replay.failure.isEmpty()) {
        client->subs.erase(it);
        sendError(client, stream::error::Unavailable,
                  QStringLiteral("the database is unavailable; subscribe again shortly"), channel);
        return;
    }
    if (!replay.found) {
        client->subs.erase(it);
        sendError(client, stream::error::NotFound,
                  QStringLiteral("%1 does not exist in your organisation").arg(channel), channel);
        return;
    }
    if (!sub.announced) {
        sub.announced = true;
        if (!replay.recovered)
            sub.watermark = sub.upTo; // nothing partial: the client reloads and goes on from here
        send(client, json({{QStringLiteral("type"), QStringLiteral("subscribed")},
                           {QStringLiteral("channel"), channel},
                           {QStringLiteral("seq"), sub.upTo},
                           {QStringLiteral("recovered"), replay.recovered}}));
    }
    sub.fetching = false;
    sub.replay.insert(sub.replay.end(), replay.events.cbegin(), replay.events.cend());
    sub.replayMore = replay.more;
    if (!replay.events.isEmpty())
        sub.replayedTo = replay.events.back()->seq;
    pumpReplay(client, channel, sub);
}

void StreamServer::pumpReplay(const ClientPtr &client, const QString &channel, Subscription &sub)
{
    while (!sub.replay.empty() && !client->closing && client->queue.empty() &&
           client->socket->bytesToWrite() < SocketLowWater) {
        const LoggedEventPtr e = sub.replay.front();
        sub.replay.pop_front();
        if (client->scope.sees(e->route))
            deliver(client, sub, e);
    }
    if (client->closing || !sub.replay.empty() || sub.fetching)
        return;
    if (sub.replayMore) {
        sub.fetching = true;
        requestReplay(client, channel, sub.generation, sub.replayedTo, false);
        return;
    }
    sub.ready = true;
    const QVector<LoggedEventPtr> pending = std::move(sub.pending);
    sub.pending.clear();
    for (const LoggedEventPtr &e : pending)
        deliver(client, sub, e);
}

void StreamServer::unsubscribe(const ClientPtr &client, const QJsonObject &message)
{
    const QJsonValue channelValue = message.value(QLatin1String("channel"));
    if (!channelValue.isString()) {
        sendError(client, stream::error::BadMessage,
                  QStringLiteral("unsubscribe needs a \"channel\" string"));
        return;
    }
    const QString name = channelValue.toString();
    client->subs.erase(name);
    send(client, json({{QStringLiteral("type"), QStringLiteral("unsubscribed")},
                       {QStringLiteral("channel"), name.left(80)}}));
}

// ── Sending ─────────────────────────────────────────────────────────────────────────────────

void StreamServer::send(const ClientPtr &client, const QString &frame)
{
    if (client->closing)
        return;
    if (client->queue.empty() && client->socket->bytesToWrite() < SocketLowWater) {
        client->socket->sendTextMessage(frame);
        return;
    }
    client->queue.push_back(frame);
    client->queuedBytes += frame.size();
    if (client->queuedBytes > m_options.maxQueueBytes)
        closeClient(client, stream::CloseSlowConsumer,
                    QStringLiteral("slow consumer: more than %1 KiB waiting; reconnect and "
                                   "resubscribe with since")
                        .arg(m_options.maxQueueBytes / 1024));
}

void StreamServer::sendError(const ClientPtr &client, const QString &code, const QString &message,
                             const QString &channel)
{
    QJsonObject frame{{QStringLiteral("type"), QStringLiteral("error")},
                      {QStringLiteral("code"), code},
                      {QStringLiteral("message"), message}};
    if (!channel.isEmpty())
        frame.insert(QStringLiteral("channel"), channel);
    send(client, json(frame));
}

void StreamServer::deliver(const ClientPtr &client, Subscription &sub, const LoggedEventPtr &event)
{
    if (event->seq <= sub.watermark)
        return;
    sub.watermark = event->seq;
    // The envelope with the subscription's channel in front.
    const QByteArray &body = event->json;
    send(client, QStringLiteral("{\"channel\":\"%1\",").arg(sub.channel.toString()) +
                     QString::fromUtf8(body.constData() + 1, body.size() - 1));
}

void StreamServer::drain(const ClientPtr &client)
{
    while (!client->closing && !client->queue.empty() &&
           client->socket->bytesToWrite() < SocketLowWater) {
        const QString frame = std::move(client->queue.front());
        client->queue.pop_front();
        client->queuedBytes -= frame.size();
        client->socket->sendTextMessage(frame);
    }
    if (client->closing || !client->queue.empty())
        return;
    for (auto &[name, sub] : client->subs)
        if (sub.announced && !sub.ready)
            pumpReplay(client, name, sub);
}

void StreamServer::closeClient(const ClientPtr &client, quint16 code, const QString &reason)
{
    if (client->closing)
        return;
    client->closing = true;
    client->queue.clear();
    client->queuedBytes = 0;
    if (m_log && code != stream::CloseGoingAway)
        m_log(QStringLiteral("closing a connection%1 (%2): %3")
                  .arg(client->scope.login.isEmpty()
                           ? QString()
                           : QStringLiteral(" of %1").arg(client->scope.login))
                  .arg(code)
                  .arg(reason));
    QWebSocket *socket = client->socket;
    socket->close(QWebSocketProtocol::CloseCode(code), reason.left(120));
    QTimer::singleShot(CloseGraceMs, socket, [socket]() { socket->abort(); });
}

// ── The feed and scope ──────────────────────────────────────────────────────────────────────

void StreamServer::dispatch(const EventBatch &batch)
{
    m_feed->acknowledge();
    const auto t = m_tenants.value(batch.tenant);
    if (!t)
        return;
    const std::vector<ClientPtr> clients = t->clients; // closing one may change the list
    if (batch.gap)
        for (const ClientPtr &c : clients)
            closeClient(c, stream::CloseTryAgainLater,
                        QStringLiteral("events were pruned before this server sent them; "
                                       "reconnect and resubscribe with since"));
    for (const LoggedEventPtr &e : batch.events) {
        t->dispatched = e->seq;
        for (const ClientPtr &c : clients) {
            if (c->closing || !c->scope.sees(e->route))
                continue;
            for (auto &[name, sub] : c->subs) {
                if (!sub.channel.concerns(e->route))
                    continue;
                if (sub.ready) {
                    deliver(c, sub, e);
                } else if (sub.pending.size() < MaxPendingEvents) {
                    sub.pending.push_back(e);
                } else {
                    closeClient(c, stream::CloseSlowConsumer,
                                QStringLiteral("slow consumer: replay could not keep up; "
                                               "reconnect and resubscribe with since"));
                    break;
                }
            }
        }
    }
    t->dispatched = std::max(t->dispatched, batch.reached);
}

void StreamServer::refreshScopes()
{
    if (m_refreshing)
        return;
    QSet<QString> logins;
    for (const ClientPtr &c : std::as_const(m_clients))
        if (c->state == Client::State::Ready && !c->closing)
            logins.insert(c->scope.login);
    if (logins.isEmpty())
        return;
    m_refreshing = true;
    const QStringList list(logins.cbegin(), logins.cend());
    m_worker->post(
        [this, list](PgConnection &conn) {
            const auto scopes = readScopes<Scope>(conn, list);
            QMetaObject::invokeMethod(
                this, [this, scopes]() { applyScopes(scopes); }, Qt::QueuedConnection);
        },
        [this](const QString &) {
            QMetaObject::invokeMethod(
                this, [this]() { m_refreshing = false; }, Qt::QueuedConnection);
        });
}

void StreamServer::applyScopes(const QHash<QString, Scope> &scopes)
{
    m_refreshing = false;
    const auto clients = m_clients.values();
    for (const ClientPtr &c : clients) {
        if (c->state != Client::State::Ready || c->closing)
            continue;
        const auto it = scopes.constFind(c->scope.login);
        if (it == scopes.cend() || it->tenant != c->scope.tenant) {
            closeClient(c, stream::CloseAccessWithdrawn,
                        QStringLiteral("access withdrawn: the login %1 was disabled or removed")
                            .arg(c->scope.login));
            continue;
        }
        c->scope = *it;
        for (auto sub = c->subs.begin(); sub != c->subs.end();) {
            if (c->scope.allows(sub->second.channel)) {
                ++sub;
                continue;
            }
            const QString name = sub->first;
            sub = c->subs.erase(sub);
            sendError(
                c, stream::error::ScopeRevoked,
                QStringLiteral("%1 is no longer in your scope; the subscription ended").arg(name),
                name);
        }
    }
}

} // namespace stockroom
