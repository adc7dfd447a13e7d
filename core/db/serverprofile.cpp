#include "db/serverprofile.h"

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
    return QString();
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
