#include "db/databaseerror.h"

namespace stockroom {

DatabaseError::DatabaseError(QString message, QString sqlState, QString detail, QString hint)
    : std::runtime_error(message.toStdString())
    , m_message(std::move(message))
    , m_sqlState(std::move(sqlState))
    , m_detail(std::move(detail))
    , m_hint(std::move(hint))
{}

bool DatabaseError::isTransient() const
{
    return m_sqlState == QLatin1String("40001") || m_sqlState == QLatin1String("40P01");
}

bool DatabaseError::isConnectionFailure() const
{
    // Class 08 is "connection exception"; an empty state means libpq failed before any server
    // answer (refused, unknown host, socket missing).
    return m_sqlState.isEmpty() || m_sqlState.startsWith(QLatin1String("08"));
}

QString DatabaseError::fullText() const
{
    QString text = m_message;
    // "stockroom:<code>" details name a command's refusal for programs; the SQLSTATE carries it.
    if (!m_detail.isEmpty() && !m_detail.startsWith(QLatin1String("stockroom:")))
        text += QLatin1Char('\n') + m_detail;
    if (!m_hint.isEmpty())
        text += QLatin1Char('\n') + m_hint;
    return text;
}

} // namespace stockroom
