#include "streamharness.h"

#include "db/pgconnection.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTest>

namespace stockroom::test {

ServeProcess::ServeProcess(const ConnectionInfo &db, const QStringList &extraArgs, quint16 port)
    : m_process(std::make_unique<QProcess>())
{
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->start(QStringLiteral(STOCKROOMD_PATH),
                     QStringList{QStringLiteral("serve"), QStringLiteral("--db"), db.toConninfo(),
                                 QStringLiteral("--listen"), QStringLiteral("127.0.0.1"),
                                 QStringLiteral("--port"), QString::number(port)} +
                         extraArgs);
    static const QRegularExpression listening(
        QStringLiteral("listening on 127\\.0\\.0\\.1:(\\d+)"));
    if (waitForOutput(QStringLiteral("listening on"), 20000))
        m_port = quint16(listening.match(m_output).captured(1).toUInt());
}

ServeProcess::~ServeProcess()
{
    if (m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
}

QString ServeProcess::url() const
{
    return QStringLiteral("ws://127.0.0.1:%1/ws").arg(m_port);
}

QString ServeProcess::output()
{
    m_output += QString::fromUtf8(m_process->readAll());
    return m_output;
}

bool ServeProcess::waitForOutput(const QString &text, int timeoutMs)
{
    return QTest::qWaitFor(
               [&]() {
                   m_process->waitForReadyRead(20);
                   return output().contains(text) || m_process->state() == QProcess::NotRunning;
               },
               timeoutMs) &&
           output().contains(text);
}

bool ServeProcess::waitForOutputBlocking(const QString &text, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!output().contains(text) && timer.elapsed() < timeoutMs &&
           m_process->state() != QProcess::NotRunning)
        m_process->waitForReadyRead(50);
    return output().contains(text);
}

QPair<int, QJsonObject> ServeProcess::health()
{
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), m_port);
    if (!socket.waitForConnected(5000))
        return {0, {}};
    socket.write("GET /health HTTP/1.1\r\nHost: localhost\r\n\r\n");
    QByteArray reply;
    (void)QTest::qWaitFor(
        [&]() {
            socket.waitForReadyRead(20);
            reply += socket.readAll();
            return socket.state() == QAbstractSocket::UnconnectedState;
        },
        5000);
    reply += socket.readAll();
    const int status = reply.mid(9, 3).toInt();
    const QByteArray body = reply.mid(reply.indexOf("\r\n\r\n") + 4);
    return {status, QJsonDocument::fromJson(body).object()};
}

void ServeProcess::kill()
{
    m_process->kill();
    m_process->waitForFinished(5000);
    output();
}

int ServeProcess::terminate()
{
    m_process->terminate();
    if (!m_process->waitForFinished(10000) || m_process->exitStatus() != QProcess::NormalExit)
        return -1;
    output();
    return m_process->exitCode();
}

void addOutboxEvents(PgConnection &admin, const QString &tenant, int n, const QString &location)
{
    admin.exec(QStringLiteral("INSERT INTO outbox (tenant_id, event_type, location_id, data)"
                              " SELECT $1, 'inventory.stock.adjusted', $2::uuid,"
                              "        jsonb_build_object('n', g)"
                              " FROM generate_series(1, $3) g"),
               {tenant, location.isEmpty() ? SqlParam() : SqlParam(location), QString::number(n)});
}

qint64 settledHead(PgConnection &admin, const QString &tenant, int timeoutMs)
{
    const bool drained = QTest::qWaitFor(
        [&]() { return admin.scalar(QStringLiteral("SELECT count(*) FROM outbox")) == "0"; },
        timeoutMs);
    return drained ? streamHead(admin, tenant) : -1;
}

qint64 streamHead(PgConnection &admin, const QString &tenant)
{
    return admin
        .scalar(QStringLiteral("SELECT coalesce((SELECT seq FROM stream_heads"
                               " WHERE tenant_id = $1), 0)"),
                {tenant})
        .value_or(QStringLiteral("0"))
        .toLongLong();
}

bool isSeqRun(const QList<qint64> &seqs, qint64 from, qint64 to)
{
    if (seqs.size() != to - from)
        return false;
    for (int i = 0; i < seqs.size(); ++i)
        if (seqs.at(i) != from + 1 + i)
            return false;
    return true;
}

QString describeSeqs(const QList<qint64> &seqs)
{
    QStringList parts;
    for (qint64 s : seqs.mid(0, 40))
        parts << QString::number(s);
    return QStringLiteral("%1 events: %2%3")
        .arg(seqs.size())
        .arg(parts.join(QLatin1Char(',')))
        .arg(seqs.size() > 40 ? QStringLiteral(",…") : QString());
}

QString issueTicket(const ConnectionInfo &login)
{
    PgConnection conn(login, QStringLiteral("test-ticket"));
    return conn.scalar(QStringLiteral("SELECT api.issue_stream_ticket()->>'ticket'"))
        .value_or(QString());
}

StreamTestClient::StreamTestClient()
    : m_socket(std::make_unique<QWebSocket>())
{
    QObject::connect(m_socket.get(), &QWebSocket::textMessageReceived, m_socket.get(),
                     [this](const QString &text) {
                         m_frames << QJsonDocument::fromJson(text.toUtf8()).object();
                     });
    QObject::connect(m_socket.get(), &QWebSocket::disconnected, m_socket.get(),
                     [this]() { m_closed = true; });
}

bool StreamTestClient::open(const QString &url)
{
    m_socket->open(QUrl(url));
    return QTest::qWaitFor([&]() { return isConnected() || m_closed; }, 10000) && isConnected();
}

QJsonObject StreamTestClient::connectAs(const QString &url, const ConnectionInfo &login)
{
    if (!open(url))
        return {};
    send({{QStringLiteral("type"), QStringLiteral("auth")},
          {QStringLiteral("ticket"), issueTicket(login)}});
    return waitForType(QStringLiteral("ready"));
}

void StreamTestClient::send(const QJsonObject &frame)
{
    sendText(QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact)));
}

void StreamTestClient::sendText(const QString &text)
{
    m_socket->sendTextMessage(text);
    m_socket->flush();
}

QJsonObject StreamTestClient::waitFor(const std::function<bool(const QJsonObject &)> &match,
                                      int timeoutMs, int from)
{
    QJsonObject found;
    (void)QTest::qWaitFor(
        [&]() {
            for (int i = from; i < m_frames.size(); ++i)
                if (match(m_frames.at(i))) {
                    found = m_frames.at(i);
                    return true;
                }
            return false;
        },
        timeoutMs);
    return found;
}

QJsonObject StreamTestClient::waitForType(const QString &type, int timeoutMs)
{
    return waitFor([&](const QJsonObject &f) { return f.value(QLatin1String("type")) == type; },
                   timeoutMs);
}

QJsonObject StreamTestClient::subscribe(const QString &channel, std::optional<qint64> since)
{
    const int from = int(m_frames.size());
    QJsonObject frame{{QStringLiteral("type"), QStringLiteral("subscribe")},
                      {QStringLiteral("channel"), channel}};
    if (since)
        frame.insert(QStringLiteral("since"), *since);
    send(frame);
    return waitFor(
        [&](const QJsonObject &f) {
            const QString type = f.value(QLatin1String("type")).toString();
            return (type == QLatin1String("subscribed") || type == QLatin1String("error")) &&
                   f.value(QLatin1String("channel")).toString() == channel;
        },
        10000, from);
}

int StreamTestClient::waitForClose(int timeoutMs)
{
    if (!QTest::qWaitFor([&]() { return m_closed; }, timeoutMs))
        return -1;
    return int(m_socket->closeCode());
}

QList<QJsonObject> StreamTestClient::events(const QString &channel) const
{
    QList<QJsonObject> events;
    for (const QJsonObject &f : m_frames)
        if (f.contains(QLatin1String("event_type")) &&
            (channel.isEmpty() || f.value(QLatin1String("channel")).toString() == channel))
            events << f;
    return events;
}

bool StreamTestClient::isConnected() const
{
    return m_socket->state() == QAbstractSocket::ConnectedState;
}

} // namespace stockroom::test
