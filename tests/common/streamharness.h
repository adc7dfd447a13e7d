#pragma once

#include "db/connectioninfo.h"

#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QWebSocket>
#include <functional>
#include <memory>

namespace stockroom {
class PgConnection;
}

namespace stockroom::test {

/**
 * Puts @p n events of @p tenant in the outbox and commits them at once (as @p admin, the
 * superuser), at @p location or, without one, tied to no place.
 */
void addOutboxEvents(PgConnection &admin, const QString &tenant, int n,
                     const QString &location = {});
/** The tenant's stream head now (0 before its first event). */
qint64 streamHead(PgConnection &admin, const QString &tenant);
/** The tenant's stream head once a server has sequenced the whole outbox; -1 if it does not
 *  within @p timeoutMs. */
qint64 settledHead(PgConnection &admin, const QString &tenant, int timeoutMs = 30000);

/** A real `stockroomd serve` on 127.0.0.1 and a free port, for stream tests. */
class ServeProcess
{
public:
    /** Starts it (on @p port, or a free one when 0) and waits until it listens. */
    explicit ServeProcess(const ConnectionInfo &db, const QStringList &extraArgs = {},
                          quint16 port = 0);
    ~ServeProcess();

    [[nodiscard]] bool isListening() const { return m_port != 0; }
    [[nodiscard]] quint16 port() const { return m_port; }
    [[nodiscard]] QString url() const;
    /** Everything it printed so far. */
    QString output();
    /** Waits until its output contains @p text. */
    bool waitForOutput(const QString &text, int timeoutMs = 15000);
    /** The same without running this thread's event loop (so its sockets are not read). */
    bool waitForOutputBlocking(const QString &text, int timeoutMs);
    /** GET /health: status code and body. */
    QPair<int, QJsonObject> health();
    /** SIGKILL, as a crash would. */
    void kill();
    /** SIGTERM; returns the exit code (or -1 when it did not exit normally in time). */
    int terminate();

private:
    std::unique_ptr<QProcess> m_process;
    QString m_output;
    quint16 m_port = 0;
};

/** Whether @p seqs is exactly from+1 … to, in that order. */
bool isSeqRun(const QList<qint64> &seqs, qint64 from, qint64 to);
/** "N events: 1,2,3,…" for failure messages. */
QString describeSeqs(const QList<qint64> &seqs);

/** A ticket from api.issue_stream_ticket() for @p login's session. */
QString issueTicket(const ConnectionInfo &login);

/** A test client: a QWebSocket that keeps every frame it receives, parsed. */
class StreamTestClient
{
public:
    StreamTestClient();
    /** Connects to @p url and waits for the connection (false when it failed). */
    bool open(const QString &url);
    /** Connects and authenticates with a fresh ticket of @p login; the "ready" frame or empty. */
    QJsonObject connectAs(const QString &url, const ConnectionInfo &login);
    void send(const QJsonObject &frame);
    void sendText(const QString &text);
    /** Waits for the first frame (from @p from on) that @p match accepts; empty on timeout. */
    QJsonObject waitFor(const std::function<bool(const QJsonObject &)> &match,
                        int timeoutMs = 10000, int from = 0);
    QJsonObject waitForType(const QString &type, int timeoutMs = 10000);
    /** Subscribes and waits for its "subscribed" (or an error about the channel). */
    QJsonObject subscribe(const QString &channel, std::optional<qint64> since = std::nullopt);
    /** Waits until the connection is closed; the close code (-1 on timeout). */
    int waitForClose(int timeoutMs = 15000);
    /** Frames received so far, and the events (frames with a seq and an event_type) among them. */
    [[nodiscard]] const QList<QJsonObject> &frames() const { return m_frames; }
    [[nodiscard]] QList<QJsonObject> events(const QString &channel = {}) const;
    [[nodiscard]] bool isConnected() const;
    [[nodiscard]] QWebSocket &socket() { return *m_socket; }

private:
    std::unique_ptr<QWebSocket> m_socket;
    QList<QJsonObject> m_frames;
    bool m_closed = false;
};

} // namespace stockroom::test
