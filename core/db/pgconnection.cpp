#include "db/pgconnection.h"

#include "db/databaseerror.h"

#include <libpq-fe.h>
#include <vector>

namespace stockroom {

namespace {

QString field(const PGresult *result, int code)
{
    const char *text = PQresultErrorField(result, code);
    return text ? QString::fromUtf8(text) : QString();
}

constexpr qsizetype CopyFlushBytes = 1 << 20;

} // namespace

void PgResult::Deleter::operator()(pg_result *r) const
{
    PQclear(r);
}

PgResult::PgResult(pg_result *result)
    : m_result(result)
{}

int PgResult::rows() const
{
    return PQntuples(m_result.get());
}

int PgResult::columns() const
{
    return PQnfields(m_result.get());
}

QString PgResult::value(int row, int column) const
{
    return QString::fromUtf8(PQgetvalue(m_result.get(), row, column),
                             PQgetlength(m_result.get(), row, column));
}

bool PgResult::isNull(int row, int column) const
{
    return PQgetisnull(m_result.get(), row, column) != 0;
}

qint64 PgResult::affectedRows() const
{
    return QByteArray(PQcmdTuples(m_result.get())).toLongLong();
}

PgConnection::PgConnection(const ConnectionInfo &info, const QString &applicationName)
{
    m_conn = PQconnectdb(info.toConninfo(applicationName).toUtf8().constData());
    if (PQstatus(m_conn) != CONNECTION_OK) {
        const QString reason = QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
        PQfinish(m_conn);
        m_conn = nullptr;
        throw DatabaseError(
            QStringLiteral("Could not connect to %1: %2").arg(info.describe(), reason));
    }
    // Quiet NOTICEs (IF NOT EXISTS chatter) instead of printing them on stderr.
    PQsetNoticeProcessor(
        m_conn, [](void *, const char *) {}, nullptr);
}

PgConnection::PgConnection(pg_conn *borrowed)
    : m_conn(borrowed)
    , m_owned(false)
{}

PgConnection::~PgConnection()
{
    if (m_conn && m_owned)
        PQfinish(m_conn);
}

PgResult PgConnection::check(pg_result *result, const QString &sql)
{
    const ExecStatusType status = PQresultStatus(result);
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK || status == PGRES_COPY_IN ||
        status == PGRES_EMPTY_QUERY) {
        return PgResult(result);
    }
    QString message = result ? field(result, PG_DIAG_MESSAGE_PRIMARY)
                             : QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
    if (message.isEmpty())
        message = QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
    DatabaseError error(message, result ? field(result, PG_DIAG_SQLSTATE) : QString(),
                        result ? field(result, PG_DIAG_MESSAGE_DETAIL) : QString(),
                        result ? field(result, PG_DIAG_MESSAGE_HINT) : QString());
    PQclear(result);
    if (PQstatus(m_conn) == CONNECTION_BAD)
        throw DatabaseError(
            QStringLiteral("The connection to the database was lost: %1").arg(message),
            QStringLiteral("08006"));
    Q_UNUSED(sql)
    throw error;
}

PgResult PgConnection::exec(const QString &sql)
{
    return check(PQexec(m_conn, sql.toUtf8().constData()), sql);
}

PgResult PgConnection::exec(const QString &sql, const QList<SqlParam> &params)
{
    std::vector<QByteArray> storage;
    storage.reserve(static_cast<size_t>(params.size()));
    std::vector<const char *> values;
    values.reserve(static_cast<size_t>(params.size()));
    for (const SqlParam &p : params) {
        if (p) {
            storage.push_back(p->toUtf8());
            values.push_back(storage.back().constData());
        } else {
            values.push_back(nullptr);
        }
    }
    return check(PQexecParams(m_conn, sql.toUtf8().constData(), static_cast<int>(values.size()),
                              nullptr, values.data(), nullptr, nullptr, 0),
                 sql);
}

std::optional<QString> PgConnection::scalar(const QString &sql, const QList<SqlParam> &params)
{
    const PgResult r = exec(sql, params);
    if (r.rows() == 0 || r.columns() == 0 || r.isNull(0, 0))
        return std::nullopt;
    return r.value(0, 0);
}

void PgConnection::copyBegin(const QString &copySql)
{
    check(PQexec(m_conn, copySql.toUtf8().constData()), copySql);
    m_copyBuffer.clear();
    m_copyBuffer.reserve(CopyFlushBytes + 4096);
}

void PgConnection::copyRow(const QList<SqlParam> &fields)
{
    bool first = true;
    for (const SqlParam &f : fields) {
        if (!first)
            m_copyBuffer += '\t';
        first = false;
        if (!f) {
            m_copyBuffer += "\\N";
            continue;
        }
        const QByteArray utf8 = f->toUtf8();
        for (const char c : utf8) {
            switch (c) {
            case '\\':
                m_copyBuffer += "\\\\";
                break;
            case '\t':
                m_copyBuffer += "\\t";
                break;
            case '\n':
                m_copyBuffer += "\\n";
                break;
            case '\r':
                m_copyBuffer += "\\r";
                break;
            default:
                m_copyBuffer += c;
            }
        }
    }
    m_copyBuffer += '\n';
    if (m_copyBuffer.size() >= CopyFlushBytes)
        flushCopyBuffer();
}

void PgConnection::flushCopyBuffer()
{
    if (m_copyBuffer.isEmpty())
        return;
    if (PQputCopyData(m_conn, m_copyBuffer.constData(), static_cast<int>(m_copyBuffer.size())) != 1)
        throw DatabaseError(QString::fromUtf8(PQerrorMessage(m_conn)).trimmed(),
                            QStringLiteral("08006"));
    m_copyBuffer.clear();
}

qint64 PgConnection::copyEnd()
{
    flushCopyBuffer();
    if (PQputCopyEnd(m_conn, nullptr) != 1)
        throw DatabaseError(QString::fromUtf8(PQerrorMessage(m_conn)).trimmed(),
                            QStringLiteral("08006"));
    qint64 rows = 0;
    // Drain every result; the first failure wins.
    std::optional<DatabaseError> failure;
    while (PGresult *result = PQgetResult(m_conn)) {
        try {
            rows += check(result, QStringLiteral("COPY")).affectedRows();
        } catch (const DatabaseError &e) {
            if (!failure)
                failure = e;
        }
    }
    if (failure)
        throw *failure;
    return rows;
}

int PgConnection::serverVersion() const
{
    return PQserverVersion(m_conn);
}

QString PgConnection::currentUser()
{
    return scalar(QStringLiteral("SELECT current_user")).value_or(QString());
}

PgTransaction::PgTransaction(PgConnection &connection)
    : m_connection(connection)
{
    m_connection.exec(QStringLiteral("BEGIN"));
}

PgTransaction::~PgTransaction()
{
    if (m_open) {
        try {
            m_connection.exec(QStringLiteral("ROLLBACK"));
        } catch (...) {
            // The connection is gone; the server rolls back on its own.
        }
    }
}

void PgTransaction::commit()
{
    m_connection.exec(QStringLiteral("COMMIT"));
    m_open = false;
}

} // namespace stockroom
