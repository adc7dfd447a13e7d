#include "stream/streamclient.h"

#include "stream/streamprotocol.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QWebSocket>
#include <QtDebug>

namespace stockroom {

namespace {

const QString TypeKey = QStringLiteral("type");
const QString ChannelKey = QStringLiteral("channel");
const QString SeqKey = QStringLiteral("seq");

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

StreamClient::StreamClient(TicketProvider tickets, StreamClientOptions options, QObject *parent)
    : QObject(parent)
    , m_tickets(std::move(tickets))
    , m_options(options)
    , m_statusText(tr("Live updates off"))
    , m_random(options.seed)
{
    qRegisterMetaType<StreamEvent>();
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &StreamClient::attempt);
    m_watchdog.setSingleShot(true);
    connect(&m_watchdog, &QTimer::timeout, this, [this]() {
        lost(0, tr("the server did not answer within %1 s")
                    .arg((m_options.connectTimeoutMs + 999) / 1000));
    });
    m_keepAlive.setInterval(m_options.keepAliveMs);
    connect(&m_keepAlive, &QTimer::timeout, this, &StreamClient::keepAlive);
    m_resubscribe.setSingleShot(true);
    connect(&m_resubscribe, &QTimer::timeout, this, [this]() {
        const QSet<QString> channels = std::exchange(m_unavailable, {});
        for (const QString &channel : channels)
            if (m_channels.contains(channel))
                sendSubscribe(channel);
    });
}

StreamClient::~StreamClient()
{
    dropSocket();
}

void StreamClient::setUrl(const QUrl &url)
{
    m_url = url;
}

void StreamClient::start()
{
    if (m_state != State::Offline)
        return;
    m_failures = 0;
    m_connections = 0;
    setState(State::Connecting, tr("Connecting to live updates…"));
    attempt();
}

void StreamClient::stop()
{
    ++m_attempt;
    m_retry.stop();
    m_watchdog.stop();
    m_keepAlive.stop();
    m_resubscribe.stop();
    m_unavailable.clear();
    m_sentSince.clear();
    m_ready = false;
    dropSocket();
    setState(State::Offline, tr("Live updates off"));
}

void StreamClient::reconnectNow()
{
    if (m_state != State::Reconnecting || !m_retry.isActive())
        return;
    m_retry.stop();
    attempt();
}

void StreamClient::subscribe(const QString &channel)
{
    if (m_channels.contains(channel))
        return;
    m_channels.append(channel);
    if (m_ready)
        sendSubscribe(channel);
}

void StreamClient::unsubscribe(const QString &channel)
{
    if (!m_channels.removeOne(channel))
        return;
    m_lastSeq.remove(channel);
    m_sentSince.remove(channel);
    if (m_ready)
        send({{TypeKey, QStringLiteral("unsubscribe")}, {ChannelKey, channel}});
}

std::optional<qint64> StreamClient::lastSeq(const QString &channel) const
{
    const auto it = m_lastSeq.constFind(channel);
    return it == m_lastSeq.cend() ? std::nullopt : std::optional<qint64>(*it);
}

void StreamClient::attempt()
{
    const quint64 id = ++m_attempt;
    dropSocket();
    m_ready = false;
    if (m_state == State::Reconnecting)
        setState(State::Reconnecting, tr("Reconnecting to live updates…"));
    m_watchdog.start(m_options.connectTimeoutMs);
    if (!m_tickets || !m_url.isValid()) {
        lost(0, tr("no stream server is configured"));
        return;
    }
    // The provider may answer at once or much later; an answer for an attempt that has since
    // been given up is dropped.
    const QPointer<StreamClient> self(this);
    m_tickets([self, id](const StreamTicket &ticket) {
        if (self)
            self->ticketArrived(id, ticket);
    });
}

void StreamClient::ticketArrived(quint64 attempt, const StreamTicket &ticket)
{
    if (attempt != m_attempt || m_state == State::Offline || m_socket)
        return;
    if (!ticket.error.isEmpty() || ticket.ticket.isEmpty()) {
        lost(0, ticket.error.isEmpty() ? tr("no stream ticket was issued")
                                       : tr("no stream ticket: %1").arg(ticket.error));
        return;
    }
    auto *socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_socket = socket;
    const QString secret = ticket.ticket;
    connect(socket, &QWebSocket::connected, this, [this, socket, secret]() {
        if (socket == m_socket)
            send({{TypeKey, QStringLiteral("auth")}, {QStringLiteral("ticket"), secret}});
    });
    connect(socket, &QWebSocket::textMessageReceived, this, [this, socket](const QString &text) {
        if (socket == m_socket)
            frameArrived(text);
    });
    connect(socket, &QWebSocket::disconnected, this, [this, socket]() {
        if (socket == m_socket)
            lost(socket->closeCode(), socket->closeReason());
    });
    // An error is usually followed by disconnected(), which knows the close code: give it the
    // chance, and only act on the error if nothing else did.
    connect(socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            [this, socket](QAbstractSocket::SocketError) {
                const QString text = socket->errorString();
                QMetaObject::invokeMethod(
                    this,
                    [this, socket, text]() {
                        if (socket == m_socket)
                            lost(0, tr("the server did not answer (%1)").arg(text));
                    },
                    Qt::QueuedConnection);
            });
    m_lastFrameMs = nowMs();
    socket->open(m_url);
}

void StreamClient::frameArrived(const QString &text)
{
    m_lastFrameMs = nowMs();
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    if (!doc.isObject()) {
        qWarning().noquote() << "stream: a frame that is not a JSON object:" << text.left(200);
        return;
    }
    const QJsonObject frame = doc.object();
    const QString type = frame.value(TypeKey).toString();
    if (type == QLatin1String("ready")) {
        m_ready = true;
        m_watchdog.stop();
        m_failures = 0;
        ++m_connections;
        const QUuid tenant = QUuid::fromString(frame.value(QLatin1String("tenant_id")).toString());
        if (!m_tenant.isNull() && tenant != m_tenant) {
            // Another tenant's stream: positions of the old one mean nothing here.
            m_lastSeq.clear();
            m_recent.clear();
            m_recentOrder.clear();
        }
        m_tenant = tenant;
        setState(State::Live, tr("Live updates on"));
        m_keepAlive.start();
        for (const QString &channel : std::as_const(m_channels))
            sendSubscribe(channel);
    } else if (type == QLatin1String("subscribed")) {
        handleSubscribed(frame);
    } else if (type == QLatin1String("error")) {
        handleError(frame);
    } else if (type.isEmpty() && frame.contains(SeqKey)) {
        handleEvent(frame);
    }
    // pong and unsubscribed need nothing beyond proving the connection alive.
}

void StreamClient::handleSubscribed(const QJsonObject &frame)
{
    const QString channel = frame.value(ChannelKey).toString();
    if (!m_channels.contains(channel))
        return;
    const qint64 head = qint64(frame.value(SeqKey).toDouble());
    const bool recovered = frame.value(QLatin1String("recovered")).toBool(true);
    const bool hadSince = m_sentSince.take(channel);
    if (!hadSince) {
        // From now: nothing is replayed, so everything up to the head is accounted for.
        m_lastSeq.insert(channel, head);
    } else if (!recovered) {
        // History no longer reaches back (or belongs to another stream): the server goes on
        // from its head, and what was missed must come from SQL.
        m_lastSeq.insert(channel, head);
        for (auto it = m_recentOrder.begin(); it != m_recentOrder.end();) {
            if (*it > head) {
                m_recent.remove(*it);
                it = m_recentOrder.erase(it);
            } else {
                ++it;
            }
        }
        Q_EMIT reloadRequired(channel);
    }
    // Recovered after "since": the replay that follows moves lastSeq on event by event, so a
    // loss in the middle of it resumes where it stopped.
    Q_EMIT subscribed(channel, head, recovered || !hadSince);
}

void StreamClient::handleEvent(const QJsonObject &frame)
{
    const QString channel = frame.value(ChannelKey).toString();
    if (!m_channels.contains(channel))
        return; // unsubscribed meanwhile
    const qint64 seq = qint64(frame.value(SeqKey).toDouble());
    const auto last = m_lastSeq.constFind(channel);
    if (last != m_lastSeq.cend() && seq <= *last)
        return; // applied already on this channel
    m_lastSeq.insert(channel, seq);
    if (!remember(seq))
        return; // the same event came on another channel first
    const std::optional<StreamEvent> event = StreamEvent::fromJson(frame);
    if (!event) {
        qWarning().noquote() << "stream: an event without a seq or type on" << channel;
        return;
    }
    Q_EMIT eventReceived(*event);
}

void StreamClient::handleError(const QJsonObject &frame)
{
    const QString code = frame.value(QLatin1String("code")).toString();
    const QString message = frame.value(QLatin1String("message")).toString();
    const QString channel = frame.value(ChannelKey).toString();
    if (channel.isEmpty() || !m_channels.contains(channel)) {
        qWarning().noquote() << "stream: the server answered" << code << ":" << message;
        return;
    }
    m_sentSince.remove(channel);
    if (code == stream::error::Unavailable) {
        // The server's database blinked: ask again shortly, from the same position.
        m_unavailable.insert(channel);
        m_resubscribe.start(m_options.initialBackoffMs * 2);
        return;
    }
    if (code == stream::error::BadSince) {
        // Our position is unusable: start from now, and have the screens reload.
        m_lastSeq.remove(channel);
        sendSubscribe(channel);
        Q_EMIT reloadRequired(channel);
        return;
    }
    // forbidden, not_found, unknown_channel, scope_revoked: this channel is not to be had.
    m_channels.removeOne(channel);
    m_lastSeq.remove(channel);
    Q_EMIT channelRefused(channel, code, message);
}

void StreamClient::sendSubscribe(const QString &channel)
{
    QJsonObject frame{{TypeKey, QStringLiteral("subscribe")}, {ChannelKey, channel}};
    const auto last = m_lastSeq.constFind(channel);
    const bool since = last != m_lastSeq.cend();
    if (since)
        frame.insert(QStringLiteral("since"), double(*last));
    m_sentSince.insert(channel, since);
    send(frame);
}

void StreamClient::send(const QJsonObject &frame)
{
    if (m_socket)
        m_socket->sendTextMessage(
            QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact)));
}

void StreamClient::keepAlive()
{
    if (!m_socket || !m_ready)
        return;
    if (nowMs() - m_lastFrameMs > 2 * qint64(m_options.keepAliveMs)) {
        lost(0, tr("the server stopped answering"));
        return;
    }
    send({{TypeKey, QStringLiteral("ping")}});
}

void StreamClient::lost(int closeCode, const QString &reason)
{
    if (m_state == State::Offline)
        return;
    const bool wasReady = m_ready;
    ++m_attempt; // a ticket still on its way belongs to the attempt that just ended
    m_ready = false;
    m_watchdog.stop();
    m_keepAlive.stop();
    m_resubscribe.stop();
    m_unavailable.clear();
    m_sentSince.clear();
    dropSocket();
    switch (closeCode) {
    case stream::CloseAccessWithdrawn:
        setState(State::Offline,
                 tr("Live updates stopped: the server withdrew this login's access. Ask an "
                    "admin to restore it, then sign in again."));
        return;
    case stream::CloseSlowConsumer:
        // Nothing is wrong with the server: resume at once, from where we were.
        scheduleRetry(tr("updates came faster than this computer read them"), true);
        return;
    case stream::CloseGoingAway:
        scheduleRetry(tr("the server is restarting"), false);
        return;
    case stream::CloseTryAgainLater:
        scheduleRetry(tr("the server cannot reach the database"), false);
        return;
    case stream::CloseTicketRefused:
        scheduleRetry(tr("the server refused the sign-in ticket"), false);
        return;
    case stream::CloseTooBig:
        scheduleRetry(tr("a message was too large"), false);
        return;
    default:
        break;
    }
    if (!reason.isEmpty())
        scheduleRetry(reason, false);
    else
        scheduleRetry(wasReady ? tr("the connection to the server was lost")
                               : tr("the server could not be reached"),
                      false);
}

void StreamClient::dropSocket()
{
    if (!m_socket)
        return;
    QWebSocket *socket = std::exchange(m_socket, nullptr);
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
}

void StreamClient::scheduleRetry(const QString &why, bool quick)
{
    if (quick)
        m_failures = 0;
    const int shift = std::min(m_failures, 16);
    const qint64 base =
        std::min<qint64>(m_options.maxBackoffMs, qint64(m_options.initialBackoffMs) << shift);
    ++m_failures;
    std::uniform_int_distribution<qint64> jitter(0, base / 2);
    m_retryDelayMs = int(std::min<qint64>(m_options.maxBackoffMs, base + jitter(m_random)));
    m_retry.start(m_retryDelayMs);
    setState(State::Reconnecting, tr("Live updates interrupted: %1. Reconnecting in %2 s…")
                                      .arg(why)
                                      .arg((m_retryDelayMs + 999) / 1000));
}

void StreamClient::setState(State state, const QString &text)
{
    if (state == m_state && text == m_statusText)
        return;
    m_state = state;
    m_statusText = text;
    Q_EMIT stateChanged();
}

bool StreamClient::remember(qint64 seq)
{
    if (m_recent.contains(seq))
        return false;
    m_recent.insert(seq);
    m_recentOrder.push_back(seq);
    while (m_recentOrder.size() > size_t(std::max(1, m_options.dedupeWindow))) {
        m_recent.remove(m_recentOrder.front());
        m_recentOrder.pop_front();
    }
    return true;
}

} // namespace stockroom
