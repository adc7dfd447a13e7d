#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

struct pg_conn;

namespace stockroom {

class PgConnection;

/**
 * One statement interface over both ways the code reaches PostgreSQL — a QPSQL connection (the
 * desktop's database thread) and a libpq PgConnection (stockroomd, tests) — so a command is
 * written once. Statements use `?` placeholders with explicit casts (`?::uuid`); values arrive
 * as QVariants (null → SQL NULL) and come back as text, as PostgreSQL sends them.
 */
class SqlSession
{
public:
    using Row = QList<QVariant>;
    virtual ~SqlSession() = default;
    /** Runs one statement; throws DatabaseError (with SQLSTATE, detail and hint) on failure. */
    virtual QList<Row> query(const QString &sql, const QVariantList &params = {}) = 0;
    /** The libpq connection underneath, for libpq-only services (SCRAM verifiers). */
    virtual pg_conn *nativeHandle() = 0;

    /** First column of the first row, or a null QVariant. */
    QVariant scalar(const QString &sql, const QVariantList &params = {});
};

class PgSession final : public SqlSession
{
public:
    explicit PgSession(PgConnection &connection)
        : m_connection(connection)
    {}
    QList<Row> query(const QString &sql, const QVariantList &params = {}) override;
    pg_conn *nativeHandle() override;

    /** `?` placeholders as libpq's `$1…$n`, in order (never inside quoted text). */
    [[nodiscard]] static QString numberedPlaceholders(const QString &sql);

private:
    PgConnection &m_connection;
};

class QtSqlSession final : public SqlSession
{
public:
    explicit QtSqlSession(QSqlDatabase &db)
        : m_db(db)
    {}
    QList<Row> query(const QString &sql, const QVariantList &params = {}) override;
    pg_conn *nativeHandle() override;

private:
    QSqlDatabase &m_db;
};

} // namespace stockroom
