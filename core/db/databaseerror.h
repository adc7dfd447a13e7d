#pragma once

#include <QString>
#include <stdexcept>

namespace stockroom {

/**
 * A failure reported by PostgreSQL or libpq, carrying the SQLSTATE so callers can tell a
 * transient conflict (40001, 40P01) from a rule the database refused.
 */
class DatabaseError : public std::runtime_error
{
public:
    DatabaseError(QString message, QString sqlState = {}, QString detail = {}, QString hint = {});

    [[nodiscard]] const QString &message() const { return m_message; }
    [[nodiscard]] const QString &sqlState() const { return m_sqlState; }
    [[nodiscard]] const QString &detail() const { return m_detail; }
    [[nodiscard]] const QString &hint() const { return m_hint; }
    /** True for failures worth retrying the whole transaction: serialization and deadlock. */
    [[nodiscard]] bool isTransient() const;
    /** True when the server could not be reached or the connection was lost. */
    [[nodiscard]] bool isConnectionFailure() const;
    /** Message, detail and hint on separate lines, for a person. */
    [[nodiscard]] QString fullText() const;

private:
    QString m_message;
    QString m_sqlState;
    QString m_detail;
    QString m_hint;
};

} // namespace stockroom
