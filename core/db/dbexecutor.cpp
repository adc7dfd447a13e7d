#include "db/dbexecutor.h"

#include "db/sqlquery.h"

namespace stockroom {

namespace {

// QPSQL reports some failures without a SQLSTATE; a ping tells a dead link from a bad query.
bool stillConnected(const QString &name)
{
    if (!QSqlDatabase::contains(name))
        return false;
    QSqlDatabase db = QSqlDatabase::database(name, false);
    if (!db.isOpen())
        return false;
    QSqlQuery ping(db);
    return ping.exec(QStringLiteral("SELECT 1"));
}

} // namespace

DbExecutor::DbExecutor(ConnectionInfo info, const QString &name, QObject *parent)
    : QObject(parent)
    , m_info(std::move(info))
    , m_name(name)
{
    m_thread.setObjectName(name);
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

DbExecutor::~DbExecutor()
{
    // Close the connection on the thread that opened it, then stop the thread.
    const QString name = m_name;
    QMetaObject::invokeMethod(
        m_worker,
        [name]() {
            if (QSqlDatabase::contains(name)) {
                QSqlDatabase::database(name, false).close();
            }
            QSqlDatabase::removeDatabase(name);
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void DbExecutor::post(std::function<void()> job)
{
    QMetaObject::invokeMethod(m_worker, std::move(job), Qt::QueuedConnection);
}

void DbExecutor::execute(const std::function<void(QSqlDatabase &)> &job, DbFailure *failure)
{
    for (int attempt = 0; attempt < 2; ++attempt) {
        try {
            QSqlDatabase db = QSqlDatabase::contains(m_name) ? QSqlDatabase::database(m_name, false)
                                                             : QSqlDatabase();
            if (!db.isValid() || !db.isOpen()) {
                db = openThreadConnection(m_info, m_name, QStringLiteral("stockroom"));
                QMetaObject::invokeMethod(
                    this, [this]() { setConnected(true, {}); }, Qt::QueuedConnection);
            }
            job(db);
            *failure = DbFailure{};
            return;
        } catch (const DatabaseError &e) {
            failure->text = e.fullText();
            failure->sqlState = e.sqlState();
            failure->message = e.message();
            failure->hint = e.hint();
            failure->connectionLost = e.isConnectionFailure() && !stillConnected(m_name);
            if (!failure->connectionLost)
                return;
            // Drop the broken handle; the next attempt (or job) reconnects.
            if (QSqlDatabase::contains(m_name))
                QSqlDatabase::database(m_name, false).close();
            const QString message = e.message();
            QMetaObject::invokeMethod(
                this, [this, message]() { setConnected(false, message); }, Qt::QueuedConnection);
        }
    }
}

void DbExecutor::setConnected(bool connected, const QString &message)
{
    if (m_connected == connected)
        return;
    m_connected = connected;
    Q_EMIT connectedChanged(connected, message);
}

} // namespace stockroom
