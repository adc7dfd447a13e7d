#include "db/serverprofile.h"

#include "stream/streamprotocol.h"

#include <QSettings>

namespace stockroom {

QStringList ServerProfile::sslModes()
{
    return {QStringLiteral("disable"), QStringLiteral("allow"),     QStringLiteral("prefer"),
            QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
}

std::optional<ServerProfile>
ServerProfile::fromConnectionString(const QString &name, const QString &text, QString *error)
{
    const auto info = ConnectionInfo::parse(text.trimmed(), error);
    if (!info)
        return std::nullopt;
    ServerProfile profile;
    profile.name = name.trimmed();
    profile.host = info->value(QStringLiteral("host"));
    if (profile.host.isEmpty())
        profile.host = info->value(QStringLiteral("hostaddr"));
    const QString port = info->value(QStringLiteral("port"));
    if (!port.isEmpty())
        profile.port = port.toInt();
    const QString database = info->value(QStringLiteral("dbname"));
    if (!database.isEmpty())
        profile.database = database;
    const QString sslMode = info->value(QStringLiteral("sslmode"));
    if (!sslMode.isEmpty())
        profile.sslMode = sslMode;
    profile.lastLogin = info->value(QStringLiteral("user"));
    // Unnamed: the host, and the database when it is not the usual one.
    if (profile.name.isEmpty()) {
        profile.name = profile.host;
        if (profile.database != QLatin1String("stockroom"))
            profile.name += QLatin1Char('/') + profile.database;
    }
    const QString trouble = profile.problem();
    if (!trouble.isEmpty()) {
        if (error)
            *error = trouble;
        return std::nullopt;
    }
    return profile;
}

QString ServerProfile::problem() const
{
    if (host.trimmed().isEmpty())
        return tr("Enter the server's host name or address.");
    if (port < 1 || port > 65535)
        return tr("The port must be a number from 1 to 65535.");
    if (database.trimmed().isEmpty())
        return tr("Enter the database name.");
    if (!sslModes().contains(sslMode))
        return tr("Unknown SSL mode \"%1\"; use one of %2.")
            .arg(sslMode, sslModes().join(QStringLiteral(", ")));
    if (name.trimmed().isEmpty())
        return tr("Give the server a name.");
    if (!streamAddress.trimmed().isEmpty() && !streamUrl().isValid())
        return tr("The live updates address \"%1\" is not one: use ws://host:port/ws, or leave "
                  "it empty for port %2 on the database host.")
            .arg(streamAddress.trimmed())
            .arg(stream::DefaultPort);
    return QString();
}

QUrl ServerProfile::streamUrl() const
{
    const QString address = streamAddress.trimmed();
    if (address.contains(QLatin1String("://"))) {
        const QUrl url(address, QUrl::StrictMode);
        const bool web =
            url.scheme() == QLatin1String("ws") || url.scheme() == QLatin1String("wss");
        if (!web || url.host().isEmpty())
            return {};
        return url;
    }
    QUrl url;
    url.setScheme(QStringLiteral("ws"));
    url.setPath(stream::Path);
    url.setPort(stream::DefaultPort);
    if (!address.isEmpty()) {
        // "host", "host:port", "[v6]:port" or a bare IPv6 address
        QString hostPart = address;
        QString portPart;
        const qsizetype colon = address.lastIndexOf(QLatin1Char(':'));
        if (address.startsWith(QLatin1Char('['))) {
            const qsizetype close = address.indexOf(QLatin1Char(']'));
            if (close < 0)
                return {};
            hostPart = address.mid(1, close - 1);
            if (close + 1 < address.size()) {
                if (address.at(close + 1) != QLatin1Char(':'))
                    return {};
                portPart = address.mid(close + 2);
            }
        } else if (colon > 0 && address.count(QLatin1Char(':')) == 1) {
            hostPart = address.left(colon);
            portPart = address.mid(colon + 1);
        }
        if (!portPart.isNull()) {
            bool ok = false;
            const int number = portPart.toInt(&ok);
            if (!ok || number < 1 || number > 65535)
                return {};
            url.setPort(number);
        }
        url.setHost(hostPart, QUrl::StrictMode);
        return url.isValid() && !url.host().isEmpty() ? url : QUrl();
    }
    // The usual place: beside the database; a unix socket folder means this computer.
    const QString where = host.trimmed();
    url.setHost(where.isEmpty() || where.startsWith(QLatin1Char('/')) ? QStringLiteral("localhost")
                                                                      : where);
    return url;
}

ConnectionInfo ServerProfile::connectionInfo(const QString &login, const QString &password) const
{
    return ConnectionInfo()
        .with(QStringLiteral("host"), host.trimmed())
        .with(QStringLiteral("port"), QString::number(port))
        .with(QStringLiteral("dbname"), database.trimmed())
        .with(QStringLiteral("sslmode"), sslMode)
        .with(QStringLiteral("user"), login.trimmed())
        .with(QStringLiteral("password"), password);
}

QString ServerProfile::summary() const
{
    return QStringLiteral("%1:%2 · %3 · SSL %4").arg(host).arg(port).arg(database, sslMode);
}

ServerProfileStore::ServerProfileStore(QSettings &settings)
    : m_settings(settings)
{}

QList<ServerProfile> ServerProfileStore::load() const
{
    QList<ServerProfile> profiles;
    const int count = m_settings.beginReadArray(QStringLiteral("servers"));
    for (int i = 0; i < count; ++i) {
        m_settings.setArrayIndex(i);
        ServerProfile p;
        p.name = m_settings.value(QStringLiteral("name")).toString();
        p.host = m_settings.value(QStringLiteral("host")).toString();
        p.port = m_settings.value(QStringLiteral("port"), 5432).toInt();
        p.database = m_settings.value(QStringLiteral("database")).toString();
        p.sslMode =
            m_settings.value(QStringLiteral("sslMode"), QStringLiteral("prefer")).toString();
        p.lastLogin = m_settings.value(QStringLiteral("lastLogin")).toString();
        p.rememberedLogins = m_settings.value(QStringLiteral("rememberedLogins")).toStringList();
        p.streamAddress = m_settings.value(QStringLiteral("streamAddress")).toString();
        if (!p.name.isEmpty())
            profiles.append(p);
    }
    m_settings.endArray();
    return profiles;
}

void ServerProfileStore::save(const QList<ServerProfile> &profiles)
{
    m_settings.remove(QStringLiteral("servers"));
    m_settings.beginWriteArray(QStringLiteral("servers"), static_cast<int>(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        const ServerProfile &p = profiles.at(i);
        m_settings.setArrayIndex(i);
        m_settings.setValue(QStringLiteral("name"), p.name);
        m_settings.setValue(QStringLiteral("host"), p.host);
        m_settings.setValue(QStringLiteral("port"), p.port);
        m_settings.setValue(QStringLiteral("database"), p.database);
        m_settings.setValue(QStringLiteral("sslMode"), p.sslMode);
        m_settings.setValue(QStringLiteral("lastLogin"), p.lastLogin);
        m_settings.setValue(QStringLiteral("rememberedLogins"), p.rememberedLogins);
        m_settings.setValue(QStringLiteral("streamAddress"), p.streamAddress);
    }
    m_settings.endArray();
    m_settings.sync();
}

QString ServerProfileStore::lastProfileName() const
{
    return m_settings.value(QStringLiteral("signIn/lastServer")).toString();
}

void ServerProfileStore::setLastProfileName(const QString &name)
{
    m_settings.setValue(QStringLiteral("signIn/lastServer"), name);
    m_settings.sync();
}

void ServerProfileStore::loadLogins(const QString &key, ServerProfile *profile) const
{
    const QString group = QStringLiteral("builtInServers/") + key + QLatin1Char('/');
    profile->lastLogin =
        m_settings.value(group + QStringLiteral("lastLogin"), profile->lastLogin).toString();
    profile->rememberedLogins =
        m_settings.value(group + QStringLiteral("rememberedLogins")).toStringList();
}

void ServerProfileStore::saveLogins(const QString &key, const ServerProfile &profile)
{
    const QString group = QStringLiteral("builtInServers/") + key + QLatin1Char('/');
    m_settings.setValue(group + QStringLiteral("lastLogin"), profile.lastLogin);
    m_settings.setValue(group + QStringLiteral("rememberedLogins"), profile.rememberedLogins);
    m_settings.sync();
}

} // namespace stockroom
