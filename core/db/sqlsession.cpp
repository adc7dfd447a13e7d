#include "db/sqlsession.h"

#include "db/databaseerror.h"
#include "db/pgconnection.h"
#include "db/sqlquery.h"

#include <QSqlDriver>
#include <QSqlRecord>

namespace stockroom {

QVariant SqlSession::scalar(const QString &sql, const QVariantList &params)
{
    const QList<Row> rows = query(sql, params);
    if (rows.isEmpty() || rows.first().isEmpty())
        return {};
    return rows.first().first();
}

QString PgSession::numberedPlaceholders(const QString &sql)
{
    QString out;
    out.reserve(sql.size() + 16);
    int n = 0;
    bool quoted = false;
    for (const QChar c : sql) {
        if (c == QLatin1Char('\''))
            quoted = !quoted;
        if (c == QLatin1Char('?') && !quoted)
            out += QLatin1Char('$') + QString::number(++n);
        else
            out += c;
    }
    return out;
}

QList<SqlSession::Row> PgSession::query(const QString &sql, const QVariantList &params)
{
    QList<SqlParam> values;
    values.reserve(params.size());
    for (const QVariant &p : params)
        values.append(p.isNull() ? SqlParam{} : SqlParam{p.toString()});
    const PgResult result = m_connection.exec(numberedPlaceholders(sql), values);
    QList<Row> rows;
    rows.reserve(result.rows());
    for (int r = 0; r < result.rows(); ++r) {
        Row row;
        row.reserve(result.columns());
        for (int c = 0; c < result.columns(); ++c)
            row.append(result.isNull(r, c) ? QVariant() : QVariant(result.value(r, c)));
        rows.append(row);
    }
    return rows;
}

pg_conn *PgSession::nativeHandle()
{
    return m_connection.nativeHandle();
}

QList<SqlSession::Row> QtSqlSession::query(const QString &sql, const QVariantList &params)
{
    QSqlQuery q = execQuery(m_db, sql, params);
    QList<Row> rows;
    const int columns = q.record().count();
    while (q.next()) {
        Row row;
        row.reserve(columns);
        for (int c = 0; c < columns; ++c)
            row.append(q.isNull(c) ? QVariant() : QVariant(q.value(c).toString()));
        rows.append(row);
    }
    return rows;
}

pg_conn *QtSqlSession::nativeHandle()
{
    const QVariant handle = m_db.driver()->handle();
    // QPSQL hands out its PGconn*. Qt 6 names that type after the struct behind the typedef
    // ("pg_conn*"); Qt's documentation and Qt 5 say "PGconn*".
    if (handle.isValid() &&
        (qstrcmp(handle.typeName(), "pg_conn*") == 0 || qstrcmp(handle.typeName(), "PGconn*") == 0))
        return *static_cast<pg_conn *const *>(handle.data());
    throw DatabaseError(
        QStringLiteral("The database driver does not expose its libpq connection."));
}

} // namespace stockroom
