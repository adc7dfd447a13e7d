#pragma once

#include <QMap>
#include <QString>
#include <optional>

class QSqlDatabase;

namespace stockroom {

/**
 * Where a database is: a libpq keyword/value string ("host=… dbname=…") or a postgresql:// URI,
 * validated by libpq itself so that we accept exactly what psql accepts. Fields left out fall
 * back to the PG* environment variables when the connection is made.
 */
class ConnectionInfo
{
public:
    ConnectionInfo() = default;

    /** Parses @p text; on failure returns nullopt and sets @p error to libpq's explanation. */
    [[nodiscard]] static std::optional<ConnectionInfo> parse(const QString &text, QString *error);

    /** The libpq string, with application_name set to @p applicationName if none was given. */
    [[nodiscard]] QString toConninfo(const QString &applicationName = {}) const;
    /** "dbname on host:port as user", without the password, for messages and logs. */
    [[nodiscard]] QString describe() const;
    [[nodiscard]] QString value(const QString &keyword) const { return m_values.value(keyword); }
    [[nodiscard]] ConnectionInfo with(const QString &keyword, const QString &value) const;
    /** Applies host, port, database, user, password and the remaining options to a QPSQL handle. */
    void applyTo(QSqlDatabase &db, const QString &applicationName) const;

private:
    QMap<QString, QString> m_values;
};

} // namespace stockroom
