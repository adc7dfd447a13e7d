#pragma once

#include "db/connectioninfo.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

struct pg_conn;
struct pg_result;

namespace stockroom {

/** One result set; owns the libpq result and frees it. Values are text, as PostgreSQL sends them.
 */
class PgResult
{
public:
    explicit PgResult(pg_result *result);
    PgResult(PgResult &&) noexcept = default;
    PgResult &operator=(PgResult &&) noexcept = default;

    [[nodiscard]] int rows() const;
    [[nodiscard]] int columns() const;
    [[nodiscard]] QString value(int row, int column) const;
    [[nodiscard]] bool isNull(int row, int column) const;
    /** Number of rows a command touched (INSERT/UPDATE/DELETE/COPY). */
    [[nodiscard]] qint64 affectedRows() const;

private:
    struct Deleter
    {
        void operator()(pg_result *r) const;
    };
    std::unique_ptr<pg_result, Deleter> m_result;
};

using SqlParam = std::optional<QString>;

/**
 * A thin wrapper over one libpq connection, used where QtSql falls short: migrations, COPY for
 * bulk loads, and later LISTEN. Every failure throws DatabaseError. A connection, and all it
 * made, belongs to one thread.
 */
class PgConnection
{
public:
    /** Connects; throws DatabaseError with libpq's reason when the server cannot be reached. */
    PgConnection(const ConnectionInfo &info, const QString &applicationName);
    /**
     * Works on a connection someone else opened and closes (QPSQL's, through
     * SqlSession::nativeHandle()), so code written for libpq serves the desktop's database thread.
     */
    explicit PgConnection(pg_conn *borrowed);
    ~PgConnection();
    PgConnection(const PgConnection &) = delete;
    PgConnection &operator=(const PgConnection &) = delete;

    /** Runs one or more statements without parameters. */
    PgResult exec(const QString &sql);
    /** Runs one statement with $1…$n text parameters (nullopt is SQL NULL). */
    PgResult exec(const QString &sql, const QList<SqlParam> &params);
    /** First column of the first row, or nullopt when there is no row or it is NULL. */
    std::optional<QString> scalar(const QString &sql, const QList<SqlParam> &params = {});

    /** Starts COPY … FROM STDIN (text format); feed rows with copyRow, then copyEnd. */
    void copyBegin(const QString &copySql);
    /** One row of a text-format COPY; nullopt fields become \N, special characters are escaped. */
    void copyRow(const QList<SqlParam> &fields);
    /** Finishes the COPY and returns the number of rows loaded. */
    qint64 copyEnd();

    [[nodiscard]] int serverVersion() const;
    [[nodiscard]] QString currentUser();
    /** The libpq connection, for libpq services such as SCRAM verifiers. */
    [[nodiscard]] pg_conn *nativeHandle() const { return m_conn; }

private:
    PgResult check(pg_result *result, const QString &sql);
    void flushCopyBuffer();

    pg_conn *m_conn = nullptr;
    bool m_owned = true;
    QByteArray m_copyBuffer;
};

/** BEGIN on construction, ROLLBACK on destruction unless commit() ran. */
class PgTransaction
{
public:
    explicit PgTransaction(PgConnection &connection);
    ~PgTransaction();
    PgTransaction(const PgTransaction &) = delete;
    PgTransaction &operator=(const PgTransaction &) = delete;
    void commit();

private:
    PgConnection &m_connection;
    bool m_open = true;
};

} // namespace stockroom
