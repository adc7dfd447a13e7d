#include "db/connectioninfo.h"

#include <QSqlDatabase>
#include <QStringList>
#include <libpq-fe.h>

namespace stockroom {

namespace {

QString quoted(const QString &value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

QString envOr(const QString &value, const char *variable)
{
    return value.isEmpty() ? qEnvironmentVariable(variable) : value;
}

} // namespace

std::optional<ConnectionInfo> ConnectionInfo::parse(const QString &text, QString *error)
{
    char *message = nullptr;
    PQconninfoOption *options = PQconninfoParse(text.toUtf8().constData(), &message);
    if (!options) {
        if (error) {
            *error = message ? QString::fromUtf8(message).trimmed()
                             : QStringLiteral("out of memory while reading the connection string");
        }
        PQfreemem(message);
        return std::nullopt;
    }
    ConnectionInfo info;
    for (PQconninfoOption *option = options; option->keyword; ++option) {
        if (option->val && *option->val)
            info.m_values.insert(QString::fromUtf8(option->keyword),
                                 QString::fromUtf8(option->val));
    }
    PQconninfoFree(options);
    return info;
}

QString ConnectionInfo::toConninfo(const QString &applicationName) const
{
    QStringList parts;
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it)
        parts << it.key() + QLatin1Char('=') + quoted(it.value());
    if (!applicationName.isEmpty() && !m_values.contains(QStringLiteral("application_name")))
        parts << QStringLiteral("application_name=") + quoted(applicationName);
    return parts.join(QLatin1Char(' '));
}

QString ConnectionInfo::describe() const
{
    const QString host = envOr(value(QStringLiteral("host")), "PGHOST");
    const QString port = envOr(value(QStringLiteral("port")), "PGPORT");
    const QString db = envOr(value(QStringLiteral("dbname")), "PGDATABASE");
    const QString user = envOr(value(QStringLiteral("user")), "PGUSER");
    QString text = db.isEmpty() ? QStringLiteral("the default database")
                                : QStringLiteral("database \"%1\"").arg(db);
    text += QStringLiteral(" on ") + (host.isEmpty() ? QStringLiteral("the local socket") : host);
    if (!port.isEmpty())
        text += QLatin1Char(':') + port;
    if (!user.isEmpty())
        text += QStringLiteral(" as ") + user;
    return text;
}

ConnectionInfo ConnectionInfo::with(const QString &keyword, const QString &newValue) const
{
    ConnectionInfo copy = *this;
    copy.m_values.insert(keyword, newValue);
    return copy;
}

void ConnectionInfo::applyTo(QSqlDatabase &db, const QString &applicationName) const
{
    // QPSQL takes the main fields separately and passes the rest through as connect options;
    // anything unset is left to libpq's PG* environment defaults.
    QStringList options;
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it) {
        const QString &key = it.key();
        if (key == QLatin1String("host") || key == QLatin1String("hostaddr"))
            db.setHostName(it.value());
        else if (key == QLatin1String("port"))
            db.setPort(it.value().toInt());
        else if (key == QLatin1String("dbname"))
            db.setDatabaseName(it.value());
        else if (key == QLatin1String("user"))
            db.setUserName(it.value());
        else if (key == QLatin1String("password"))
            db.setPassword(it.value());
        else
            options << key + QLatin1Char('=') + quoted(it.value());
    }
    if (!m_values.contains(QStringLiteral("application_name")) && !applicationName.isEmpty())
        options << QStringLiteral("application_name=") + quoted(applicationName);
    db.setConnectOptions(options.join(QLatin1Char(';')));
}

} // namespace stockroom
