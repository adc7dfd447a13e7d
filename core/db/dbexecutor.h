#pragma once

#include "db/connectioninfo.h"
#include "db/databaseerror.h"

#include <QObject>
#include <QPointer>
#include <QSqlDatabase>
#include <QThread>
#include <functional>
#include <optional>

namespace stockroom {

/** What a database job produced: a value, or the error that stopped it. */
template<typename T> struct DbResult
{
    std::optional<T> value;
    QString error;    // the whole report for a person: message, detail, hint
    QString sqlState; // e.g. "SR003" for a command's refusal (see access/apierror.h)
    QString message;  // the primary message alone
    QString hint;
    bool connectionLost = false;
    [[nodiscard]] bool ok() const { return value.has_value(); }
};

/**
 * Runs database work on its own thread, which owns one QPSQL connection named after it; the GUI
 * thread never touches a QSqlDatabase. Results come back as values on the caller's thread. A lost
 * connection is reopened on the next job; read jobs are retried once after a reconnect.
 */
class DbExecutor final : public QObject
{
    Q_OBJECT
public:
    DbExecutor(ConnectionInfo info, const QString &name, QObject *parent = nullptr);
    ~DbExecutor() override;

    /**
     * Runs @p work on the database thread and delivers its result to @p done on @p context's
     * thread (dropped if @p context is gone by then). @p work may throw DatabaseError.
     */
    template<typename T>
    void run(QObject *context, std::function<T(QSqlDatabase &)> work,
             std::function<void(DbResult<T>)> done)
    {
        QPointer<QObject> guard(context);
        post([this, guard, work = std::move(work), done = std::move(done)]() {
            DbResult<T> result;
            DbFailure failure;
            execute([&](QSqlDatabase &db) { result.value = work(db); }, &failure);
            result.error = failure.text;
            result.sqlState = failure.sqlState;
            result.message = failure.message;
            result.hint = failure.hint;
            result.connectionLost = failure.connectionLost;
            if (guard)
                QMetaObject::invokeMethod(
                    guard.data(),
                    [guard, done, result]() {
                        if (guard)
                            done(result);
                    },
                    Qt::QueuedConnection);
        });
    }

    [[nodiscard]] bool isConnected() const { return m_connected; }

Q_SIGNALS:
    /** Emitted on the executor's owner thread when the connection comes up or goes down. */
    void connectedChanged(bool connected, const QString &message);

private:
    void post(std::function<void()> job);
    // Runs on the worker thread: (re)opens the connection and runs @p job, retrying once.
    struct DbFailure
    {
        QString text, sqlState, message, hint;
        bool connectionLost = false;
    };
    void execute(const std::function<void(QSqlDatabase &)> &job, DbFailure *failure);
    void setConnected(bool connected, const QString &message);

    ConnectionInfo m_info;
    QString m_name;
    QThread m_thread;
    QObject *m_worker = nullptr;
    bool m_connected = false; // touched only on the owner thread
};

} // namespace stockroom
