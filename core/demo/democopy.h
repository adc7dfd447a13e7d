#pragma once

#include "db/pgconnection.h"

#include <QString>
#include <QStringList>

namespace stockroom {

/**
 * Streams rows into one table with COPY … FROM STDIN. Long loads are cut into several COPY
 * statements so the server's queue of deferred foreign-key checks (one entry per row until the
 * statement ends) stays bounded however many rows go in.
 *
 * PostgreSQL refuses COPY FROM into a table under row-level security, which binds every role
 * but a superuser (the tables FORCE it). For any other role — the schema owner — rows are copied
 * into a temporary staging table and moved with one INSERT … SELECT per statement, which the
 * owner's policy admits.
 */
class DemoCopy
{
public:
    DemoCopy(PgConnection &connection, const QString &table, const QStringList &columns);
    /** Ends a COPY still open (when unwinding), so the connection can roll back cleanly. */
    ~DemoCopy();
    DemoCopy(const DemoCopy &) = delete;
    DemoCopy &operator=(const DemoCopy &) = delete;

    void row(const QList<SqlParam> &fields);
    /** Ends the COPY; returns every row written through this object. */
    qint64 finish();
    [[nodiscard]] qint64 rows() const { return m_rows; }

private:
    static constexpr qint64 kRowsPerStatement = 250'000;

    PgConnection &m_connection;
    void begin();
    void end();

    QString m_table;
    QString m_columns;
    QString m_stage; // empty: COPY straight into the table (superuser)
    qint64 m_rows = 0;
    qint64 m_inStatement = 0;
    bool m_open = false;
};

} // namespace stockroom
