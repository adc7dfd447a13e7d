#pragma once

#include "db/connectioninfo.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <optional>

class QSettings;

namespace stockroom {

/**
 * A Stockroom server a person signs in to, as saved in the settings: where it is and how to reach
 * it, and which login was used last. Never a password: those live in the OS keychain, if anywhere.
 */
struct ServerProfile
{
    Q_DECLARE_TR_FUNCTIONS(ServerProfile)

public:
    QString name;
    QString host; // a host name, an address, or a unix socket folder ("/run/postgresql")
    int port = 5432;
    QString database = QStringLiteral("stockroom");
    QString sslMode = QStringLiteral("prefer");
    QString lastLogin;
    /**
     * Where the server's live stream is, when it is not the usual place (ws://HOST:8792/ws on
     * the database host): a ws:// or wss:// URL, or "host[:port]". Empty for the usual place.
     */
    QString streamAddress;
    /** Logins whose password "Remember me" put in the keychain for this server. */
    QStringList rememberedLogins;

    /** libpq's sslmode values, weakest first. */
    [[nodiscard]] static QStringList sslModes();

    /**
     * A profile named @p name from a postgresql:// URI or a "host=… dbname=…" string: host, port,
     * dbname and sslmode are kept, the user becomes lastLogin, a password is dropped. Nullopt
     * (with @p error) when it does not parse or names no host.
     */
    [[nodiscard]] static std::optional<ServerProfile>
    fromConnectionString(const QString &name, const QString &text, QString *error);

    /** Empty when the profile can be used; otherwise what to fix, for a person. */
    [[nodiscard]] QString problem() const;
    /** How to connect as @p login with @p password. */
    [[nodiscard]] ConnectionInfo connectionInfo(const QString &login,
                                                const QString &password) const;
    /** The live stream's URL: streamAddress read as a URL, or the usual place. */
    [[nodiscard]] QUrl streamUrl() const;
    /** "db.example.com:5432 · stockroom · SSL require" */
    [[nodiscard]] QString summary() const;
};

/**
 * The saved server profiles and the last one used, in QSettings (group "servers"). Passwords are
 * never written; a profile's remembered logins only say which keychain entries exist.
 */
class ServerProfileStore
{
public:
    explicit ServerProfileStore(QSettings &settings);

    [[nodiscard]] QList<ServerProfile> load() const;
    void save(const QList<ServerProfile> &profiles);
    [[nodiscard]] QString lastProfileName() const;
    void setLastProfileName(const QString &name);
    /** lastLogin and rememberedLogins of a built-in (unsaved) server, kept under @p key. */
    void loadLogins(const QString &key, ServerProfile *profile) const;
    void saveLogins(const QString &key, const ServerProfile &profile);

private:
    QSettings &m_settings;
};

} // namespace stockroom
