#pragma once

#include "access/identity.h"
#include "access/signin.h"
#include "db/connectioninfo.h"
#include "db/serverprofile.h"
#include "serverprofilemodel.h"

#include <QObject>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

class QSettings;

namespace stockroom {

class PasswordVault;

/**
 * The sign-in screen's logic: which server, which login, the password (typed, or from the OS
 * keychain when "Remember me" saved it), the attempt off the GUI thread, and a message a person
 * can act on when it fails. Server profiles are kept in the settings; passwords only ever in the
 * keychain, keyed by server and login. On success it emits signedIn() with a connection that
 * works and the identity api.me() reported.
 */
class SignInController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    Q_PROPERTY(stockroom::ServerProfileModel *servers READ servers CONSTANT)
    Q_PROPERTY(int currentIndex READ currentIndex WRITE setCurrentIndex NOTIFY currentIndexChanged)
    Q_PROPERTY(QVariantMap currentServer READ currentServer NOTIFY currentServerChanged)
    Q_PROPERTY(QString login READ login WRITE setLogin NOTIFY loginChanged)
    Q_PROPERTY(bool remember READ remember WRITE setRemember NOTIFY rememberChanged)
    Q_PROPERTY(bool hasSavedPassword READ hasSavedPassword NOTIFY savedPasswordChanged)
    Q_PROPERTY(bool keychainChecked READ keychainChecked NOTIFY keychainChanged)
    Q_PROPERTY(bool keychainAvailable READ keychainAvailable NOTIFY keychainChanged)
    Q_PROPERTY(QString keychainText READ keychainText NOTIFY keychainChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorChanged)
    Q_PROPERTY(QString errorKind READ errorKind NOTIFY errorChanged)
    Q_PROPERTY(QStringList sslModes READ sslModes CONSTANT)

public:
    SignInController(QSettings &settings, PasswordVault &vault, QObject *parent = nullptr);

    /**
     * Offers @p profile (the embedded demo database) first in the list without saving it; its
     * last login and remembered logins are kept under @p key. Selects it.
     */
    void setBuiltInServer(const QString &key, const ServerProfile &profile);
    /**
     * Selects the saved server named @p nameOrAddress, or one made from a postgresql:// URI or
     * "host=…" string (an existing profile for the same host, port and database is reused). False
     * with @p error when it is neither.
     */
    bool selectServer(const QString &nameOrAddress, QString *error);

    [[nodiscard]] ServerProfileModel *servers() const { return m_servers; }
    [[nodiscard]] int currentIndex() const { return m_current; }
    /** The selected server for the page: name, host, port, database, sslMode, streamAddress,
     * streamUrl, summary, builtIn, saved — empty when there is none. */
    [[nodiscard]] QVariantMap currentServer() const;
    [[nodiscard]] const QString &login() const { return m_login; }
    [[nodiscard]] bool remember() const { return m_remember; }
    [[nodiscard]] bool hasSavedPassword() const { return m_savedPassword.has_value(); }
    [[nodiscard]] bool keychainChecked() const;
    [[nodiscard]] bool keychainAvailable() const;
    [[nodiscard]] QString keychainText() const;
    [[nodiscard]] bool busy() const { return m_busy; }
    [[nodiscard]] const QString &errorText() const { return m_errorText; }
    [[nodiscard]] const QString &errorKind() const { return m_errorKind; }
    [[nodiscard]] QStringList sslModes() const { return ServerProfile::sslModes(); }

    void setCurrentIndex(int index);
    void setLogin(const QString &login);
    /** Unticking forgets a password saved for this server and login at once. */
    void setRemember(bool remember);

    /**
     * Signs in to the current server as login() with @p password — or, when it is empty and the
     * keychain holds one, with the saved password. The outcome arrives as signedIn() or as
     * errorText/errorKind.
     */
    Q_INVOKABLE void signIn(const QString &password);
    Q_INVOKABLE void clearError();

    /**
     * Saves a server profile: replaces row @p row (a saved or unsaved one), or adds one when
     * @p row is -1, and selects it. @p streamAddress is where live updates come from when not
     * the usual place (empty). Returns what to fix, or an empty string when saved.
     */
    Q_INVOKABLE QString saveServer(int row, const QString &name, const QString &host, int port,
                                   const QString &database, const QString &sslMode,
                                   const QString &streamAddress = QString());
    Q_INVOKABLE void removeServer(int row);
    /**
     * Reads a pasted postgresql:// URI (or "host=… dbname=…") into editor fields: name, host,
     * port, database, sslMode, login — or error. Nothing is saved, and a password is dropped.
     */
    Q_INVOKABLE QVariantMap parseAddress(const QString &text) const;

    /** The message for a failed attempt against @p info, for a person: what, why, what to do. */
    [[nodiscard]] static QString failureText(const SignInResult &result,
                                             const ConnectionInfo &info);

Q_SIGNALS:
    void currentIndexChanged();
    void currentServerChanged();
    void loginChanged();
    void rememberChanged();
    void savedPasswordChanged();
    void keychainChanged();
    void busyChanged();
    void errorChanged();
    /** Emitted on success with how to connect (password included), who signed in and where the
     * server's live updates are. */
    void signedIn(const stockroom::ConnectionInfo &info, const stockroom::Identity &identity,
                  const QUrl &streamUrl);

private:
    [[nodiscard]] QString keychainKey(int row, const QString &login) const;
    void finishAttempt(const SignInResult &result, const ConnectionInfo &info, int row,
                       const QString &login, const QString &password, bool usedSaved);
    void storeLogins(int row);
    void lookUpSavedPassword();
    void forgetPassword(int row, const QString &login);
    void setError(const QString &kind, const QString &text);
    void setBusy(bool busy);

    ServerProfileStore m_store;
    PasswordVault &m_vault;
    ServerProfileModel *m_servers;
    QString m_builtInKey;
    int m_current = -1;
    QString m_login;
    bool m_remember = false;
    std::optional<QString> m_savedPassword;
    quint64 m_lookup = 0; // bumped when server or login changes; stale keychain answers dropped
    bool m_busy = false;
    QString m_errorText;
    QString m_errorKind;
    QString m_keychainProblem; // a failed write or delete, shown beside the checkbox
};

} // namespace stockroom
