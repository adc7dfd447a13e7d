#include "demo/democopy.h"

namespace stockroom {

DemoCopy::DemoCopy(PgConnection &connection, const QString &table, const QStringList &columns)
    : m_connection(connection)
    , m_sql(
          QStringLiteral("COPY %1 (%2) FROM STDIN").arg(table, columns.join(QStringLiteral(", "))))
{}

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

void DemoCopy::row(const QList<SqlParam> &fields)
{
    if (!m_open) {
        m_connection.copyBegin(m_sql);
        m_open = true;
        m_inStatement = 0;
    }
    m_connection.copyRow(fields);
    ++m_rows;
    if (++m_inStatement >= kRowsPerStatement) {
        m_open = false;
        m_connection.copyEnd();
    }
}

qint64 DemoCopy::finish()
{
    if (m_open) {
        m_open = false;
        m_connection.copyEnd();
    }
    return m_rows;
}

} // namespace stockroom
