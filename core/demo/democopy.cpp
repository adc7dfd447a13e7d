#include "demo/democopy.h"

namespace stockroom {

DemoCopy::DemoCopy(PgConnection &connection, const QString &table, const QStringList &columns)
    : m_connection(connection)
    , m_table(table)
    , m_columns(columns.join(QStringLiteral(", ")))
{
    const bool superuser =
        m_connection.scalar(QStringLiteral("SELECT rolsuper FROM pg_roles WHERE rolname = "
                                           "current_user")) == QLatin1String("t");
    if (!superuser) {
        m_stage = QStringLiteral("demo_copy_stage");
        m_connection.exec(QStringLiteral("DROP TABLE IF EXISTS pg_temp.%1").arg(m_stage));
        m_connection.exec(QStringLiteral("CREATE TEMP TABLE %1 ON COMMIT DROP AS SELECT %2 FROM "
                                         "%3 WITH NO DATA")
                              .arg(m_stage, m_columns, m_table));
    }
}

DemoCopy::~DemoCopy()
{
    if (!m_open)
        return;
    try {
        m_connection.copyEnd();
    } catch (...) {
        // The transaction is being rolled back anyway.
    }
}

void DemoCopy::begin()
{
    m_connection.copyBegin(QStringLiteral("COPY %1 (%2) FROM STDIN")
                               .arg(m_stage.isEmpty() ? m_table : m_stage, m_columns));
    m_open = true;
    m_inStatement = 0;
}

void DemoCopy::end()
{
    m_open = false;
    m_connection.copyEnd();
    if (!m_stage.isEmpty()) {
        m_connection.exec(QStringLiteral("INSERT INTO %1 (%2) SELECT %2 FROM %3")
                              .arg(m_table, m_columns, m_stage));
        m_connection.exec(QStringLiteral("TRUNCATE %1").arg(m_stage));
    }
}

void DemoCopy::row(const QList<SqlParam> &fields)
{
    if (!m_open)
        begin();
    m_connection.copyRow(fields);
    ++m_rows;
    if (++m_inStatement >= kRowsPerStatement)
        end();
}

qint64 DemoCopy::finish()
{
    if (m_open)
        end();
    return m_rows;
}

} // namespace stockroom
