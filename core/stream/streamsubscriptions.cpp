// StreamServer: subscriptions, replay, delivery with its bounded queue, and scope.
#include "streamserver.h"

#include "db/pgworker.h"
#include "stream/streamserver_p.h"

#include <QTimer>
#include <QWebSocket>
#include <algorithm>
#include <sys/socket.h>

namespace stockroom {

using namespace streamdetail;

namespace {
// Batches of up to this many events are written to each socket as they are sent.
constexpr qsizetype FlushAtOnceEvents = 4;
// A connection closed by the server that does not finish the closing handshake is cut.
constexpr int CloseGraceMs = 5000;
} // namespace

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
    sub.name = name;
    sub.generation = m_nextGeneration++;
    sub.upTo = m_tenants.value(client->scope.tenant)->dispatched;
    sub.since = since;
    sub.watermark = since ? *since : sub.upTo;
    sub.fetching = true;
    client->subs[name] = sub; // subscribing again restarts the subscription
    requestReplay(client, sub, since.value_or(sub.upTo), true);
}

void StreamServer::requestReplay(const ClientPtr &client, const Subscription &sub, qint64 after,
                                 bool first)
{
    const QString channel = sub.name;
    const quint64 generation = sub.generation;
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
        send(client, jsonFrame({{QStringLiteral("type"), QStringLiteral("subscribed")},
                                {QStringLiteral("channel"), channel},
                                {QStringLiteral("seq"), sub.upTo},
                                {QStringLiteral("recovered"), replay.recovered}}));
    }
    sub.fetching = false;
    sub.replay.insert(sub.replay.end(), replay.events.cbegin(), replay.events.cend());
    sub.replayMore = replay.more;
    if (!replay.events.isEmpty())
        sub.replayedTo = replay.events.back()->seq;
    pumpReplay(client, sub);
}

void StreamServer::pumpReplay(const ClientPtr &client, Subscription &sub)
{
    while (!sub.replay.empty() && !client->closing && client->queue.empty() &&
           client->tcp->bytesToWrite() < SocketLowWater) {
        const LoggedEventPtr e = sub.replay.front();
        sub.replay.pop_front();
        if (client->scope.sees(e->route))
            deliver(client, sub, e);
    }
    if (client->closing || !sub.replay.empty() || sub.fetching)
        return;
    if (sub.replayMore) {
        sub.fetching = true;
        requestReplay(client, sub, sub.replayedTo, false);
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
    send(client, jsonFrame({{QStringLiteral("type"), QStringLiteral("unsubscribed")},
                            {QStringLiteral("channel"), name.left(80)}}));
}

// ── Sending ─────────────────────────────────────────────────────────────────────────────────

void StreamServer::send(const ClientPtr &client, const QByteArray &frame)
{
    if (client->closing)
        return;
    if (client->queue.empty() && client->tcp->bytesToWrite() < SocketLowWater) {
        qint64 sent = 0;
        if (m_flushAtOnce && client->tcp->bytesToWrite() == 0) {
            // Nothing of ours waits in the socket's buffer, so the frame can go to the kernel
            // straight away, in one call and without a copy; whatever it does not take goes
            // into the buffer, which Qt sends once the connection can take more.
            sent = ::send(int(client->tcp->socketDescriptor()), frame.constData(),
                          size_t(frame.size()), MSG_DONTWAIT | MSG_NOSIGNAL);
            if (sent == frame.size())
                return;
            sent = std::max<qint64>(sent, 0); // a broken connection is noticed by Qt's reads
        }
        client->tcp->write(sent == 0 ? frame : frame.sliced(sent));
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
    send(client, jsonFrame(frame));
}

void StreamServer::deliver(const ClientPtr &client, Subscription &sub, const LoggedEventPtr &event)
{
    if (event->seq <= sub.watermark)
        return;
    sub.watermark = event->seq;
    send(client, event->frame(sub.name));
}

void StreamServer::drain(const ClientPtr &client)
{
    while (!client->closing && !client->queue.empty() &&
           client->tcp->bytesToWrite() < SocketLowWater) {
        const QByteArray frame = std::move(client->queue.front());
        client->queue.pop_front();
        client->queuedBytes -= frame.size();
        client->tcp->write(frame);
    }
    if (client->closing || !client->queue.empty())
        return;
    for (auto &entry : client->subs)
        if (entry.second.announced && !entry.second.ready)
            pumpReplay(client, entry.second);
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
    // A few events: write each to the kernel at once, so the sweep over the connections is not
    // followed by a second one in the event loop. A backlog: leave the writes to the event loop,
    // which sends a connection's frames together.
    m_flushAtOnce = batch.events.size() <= FlushAtOnceEvents;
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
    m_flushAtOnce = false;
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
