#include "signincontroller.h"

#include "passwordvault.h"

#include <QSettings>
#include <QtConcurrent/QtConcurrentRun>

namespace stockroom {

namespace {

// "db.example.com:5432", or "the local socket in /run/postgresql".
QString whereOf(const ConnectionInfo &info)
{
    const QString host = info.value(QStringLiteral("host"));
    if (host.startsWith(QLatin1Char('/')))
        return SignInController::tr("the local socket in %1").arg(host);
    const QString port = info.value(QStringLiteral("port"));
    return port.isEmpty() ? host : host + QLatin1Char(':') + port;
}

} // namespace

SignInController::SignInController(QSettings &settings, PasswordVault &vault, QObject *parent)
    : QObject(parent)
    , m_store(settings)
    , m_vault(vault)
    , m_servers(new ServerProfileModel(this))
{
    QList<ServerProfileModel::Entry> entries;
    for (const ServerProfile &p : m_store.load())
        entries.append({p, ServerProfileModel::Kind::Saved});
    m_servers->setEntries(entries);
    connect(&m_vault, &PasswordVault::availabilityChanged, this, [this]() {
        Q_EMIT keychainChanged();
        lookUpSavedPassword();
    });
    if (!m_vault.isChecked())
        m_vault.probe();
    const int last = m_servers->indexOfName(m_store.lastProfileName());
    setCurrentIndex(last >= 0 ? last : 0);
}

void SignInController::setBuiltInServer(const QString &key, const ServerProfile &profile)
{
    m_builtInKey = key;
    ServerProfileModel::Entry entry{profile, ServerProfileModel::Kind::BuiltIn};
    m_store.loadLogins(key, &entry.profile);
    QList<ServerProfileModel::Entry> entries = m_servers->entries();
    if (!entries.isEmpty() && entries.first().kind == ServerProfileModel::Kind::BuiltIn)
        entries.removeFirst();
    entries.prepend(entry);
    m_servers->setEntries(entries);
    m_current = -1; // force the reload of login and saved password
    setCurrentIndex(0);
}

bool SignInController::selectServer(const QString &nameOrAddress, QString *error)
{
    const int named = m_servers->indexOfName(nameOrAddress.trimmed());
    if (named >= 0) {
        setCurrentIndex(named);
        return true;
    }
    const QString text = nameOrAddress.trimmed();
    const bool looksLikeAddress = text.startsWith(QLatin1String("postgres://")) ||
                                  text.startsWith(QLatin1String("postgresql://")) ||
                                  text.contains(QLatin1Char('='));
    if (!looksLikeAddress) {
        QStringList names;
        for (const ServerProfile &p : m_servers->savedProfiles())
            names << p.name;
        if (error) {
            *error = names.isEmpty()
                         ? tr("There is no saved server named \"%1\", and no server is saved "
                              "yet. Pass a postgresql:// address instead.")
                               .arg(text)
                         : tr("There is no saved server named \"%1\". Saved servers: %2. Or pass "
                              "a postgresql:// address.")
                               .arg(text, names.join(QStringLiteral(", ")));
        }
        return false;
    }
    QString parseError;
    const auto profile = ServerProfile::fromConnectionString(QString(), text, &parseError);
    if (!profile) {
        if (error)
            *error =
                tr("\"%1\" is not a server address this app can use: %2").arg(text, parseError);
        return false;
    }
    // The same server under a saved name is that profile.
    int row = -1;
    for (int i = 0; i < m_servers->rowCount(); ++i) {
        const ServerProfile &p = m_servers->at(i).profile;
        if (m_servers->at(i).kind != ServerProfileModel::Kind::BuiltIn && p.host == profile->host &&
            p.port == profile->port && p.database == profile->database) {
            row = i;
            break;
        }
    }
    if (row < 0)
        row = m_servers->put(-1, {*profile, ServerProfileModel::Kind::Unsaved});
    setCurrentIndex(row);
    if (!profile->lastLogin.isEmpty())
        setLogin(profile->lastLogin);
    return true;
}

QVariantMap SignInController::currentServer() const
{
    if (m_current < 0)
        return {};
    const ServerProfileModel::Entry &e = m_servers->at(m_current);
    return {{QStringLiteral("name"), e.profile.name},
            {QStringLiteral("host"), e.profile.host},
            {QStringLiteral("port"), e.profile.port},
            {QStringLiteral("database"), e.profile.database},
            {QStringLiteral("sslMode"), e.profile.sslMode},
            {QStringLiteral("streamAddress"), e.profile.streamAddress},
            {QStringLiteral("streamUrl"), e.profile.streamUrl().toString()},
            {QStringLiteral("summary"),
             m_servers->data(m_servers->index(m_current), ServerProfileModel::SummaryRole)},
            {QStringLiteral("builtIn"), e.kind == ServerProfileModel::Kind::BuiltIn},
            {QStringLiteral("saved"), e.kind == ServerProfileModel::Kind::Saved}};
}

bool SignInController::keychainChecked() const
{
    return m_vault.isChecked();
}

bool SignInController::keychainAvailable() const
{
    return m_vault.isAvailable();
}

QString SignInController::keychainText() const
{
    if (!m_vault.isChecked())
        return tr("Looking for the system's password keychain…");
    if (!m_vault.isAvailable())
        return tr("Passwords cannot be remembered here: no password keychain is available "
                  "on this computer (%1).")
            .arg(m_vault.unavailableReason());
    return m_keychainProblem;
}

void SignInController::setCurrentIndex(int index)
{
    if (index < 0 || index >= m_servers->rowCount())
        index = m_servers->rowCount() > 0 ? 0 : -1;
    if (index == m_current)
        return;
    m_current = index;
    Q_EMIT currentIndexChanged();
    Q_EMIT currentServerChanged();
    clearError();
    const QString last = index >= 0 ? m_servers->at(index).profile.lastLogin : QString();
    if (last != m_login) {
        m_login = last;
        Q_EMIT loginChanged();
    }
    lookUpSavedPassword();
}

void SignInController::setLogin(const QString &login)
{
    if (login == m_login)
        return;
    m_login = login;
    Q_EMIT loginChanged();
    lookUpSavedPassword();
}

void SignInController::setRemember(bool remember)
{
    if (remember == m_remember)
        return;
    m_remember = remember;
    Q_EMIT rememberChanged();
    if (!remember && m_current >= 0 &&
        m_servers->at(m_current).profile.rememberedLogins.contains(m_login.trimmed()))
        forgetPassword(m_current, m_login.trimmed());
}

QString SignInController::keychainKey(int row, const QString &login) const
{
    const ServerProfileModel::Entry &e = m_servers->at(row);
    const QString server = e.kind == ServerProfileModel::Kind::BuiltIn
                               ? QStringLiteral("built-in:") + m_builtInKey
                               : e.profile.name;
    return login + QLatin1Char('@') + server;
}

void SignInController::lookUpSavedPassword()
{
    const quint64 lookup = ++m_lookup;
    if (m_savedPassword) {
        m_savedPassword.reset();
        Q_EMIT savedPasswordChanged();
    }
    const QString login = m_login.trimmed();
    const bool remembered =
        m_current >= 0 && m_servers->at(m_current).profile.rememberedLogins.contains(login);
    if (remembered != m_remember) {
        m_remember = remembered;
        Q_EMIT rememberChanged();
    }
    if (!remembered || !m_vault.isAvailable())
        return;
    const int row = m_current;
    m_vault.read(keychainKey(row, login), this,
                 [this, lookup, row, login](std::optional<QString> password, QString error) {
                     if (lookup != m_lookup)
                         return; // server or login changed meanwhile
                     if (password) {
                         m_savedPassword = *password;
                         Q_EMIT savedPasswordChanged();
                     } else if (error.isEmpty()) {
                         // Removed from the keychain elsewhere: stop claiming it is saved.
                         forgetPassword(row, login);
                         m_remember = false;
                         Q_EMIT rememberChanged();
                     } else {
                         m_keychainProblem =
                             tr("The saved password could not be read: %1").arg(error);
                         Q_EMIT keychainChanged();
                     }
                 });
}

void SignInController::forgetPassword(int row, const QString &login)
{
    ServerProfileModel::Entry entry = m_servers->at(row);
    entry.profile.rememberedLogins.removeAll(login);
    m_servers->put(row, entry);
    storeLogins(row);
    if (row == m_current && login == m_login.trimmed() && m_savedPassword) {
        m_savedPassword.reset();
        Q_EMIT savedPasswordChanged();
    }
    m_vault.remove(keychainKey(row, login), this, [this](const QString &error) {
        if (error.isEmpty())
            return;
        m_keychainProblem =
            tr("The saved password could not be removed from the keychain: %1").arg(error);
        Q_EMIT keychainChanged();
    });
}

void SignInController::storeLogins(int row)
{
    const ServerProfileModel::Entry &entry = m_servers->at(row);
    if (entry.kind == ServerProfileModel::Kind::BuiltIn)
        m_store.saveLogins(m_builtInKey, entry.profile);
    else if (entry.kind == ServerProfileModel::Kind::Saved)
        m_store.save(m_servers->savedProfiles());
}

void SignInController::signIn(const QString &password)
{
    if (m_busy)
        return;
    if (m_current < 0)
        return setError(QStringLiteral("no_server"),
                        tr("Add a server first: its host, port and database name."));
    const QString login = m_login.trimmed();
    if (login.isEmpty())
        return setError(QStringLiteral("missing_login"), tr("Enter your login."));
    QString secret = password;
    const bool usedSaved = secret.isEmpty() && m_savedPassword.has_value();
    if (usedSaved)
        secret = *m_savedPassword;
    if (secret.isEmpty())
        return setError(QStringLiteral("missing_password"), tr("Enter your password."));
    const ServerProfile &profile = m_servers->at(m_current).profile;
    const ConnectionInfo info = profile.connectionInfo(login, secret);
    const int row = m_current;
    clearError();
    setBusy(true);
    // The attempt blocks for up to the connect timeout: a pool thread, never the GUI thread.
    QtConcurrent::run([info]() {
        return attemptSignIn(info);
    }).then(this, [this, info, row, login, secret, usedSaved](const SignInResult &result) {
        finishAttempt(result, info, row, login, secret, usedSaved);
    });
}

void SignInController::finishAttempt(const SignInResult &result, const ConnectionInfo &info,
                                     int row, const QString &login, const QString &password,
                                     bool usedSaved)
{
    setBusy(false);
    if (row >= m_servers->rowCount())
        return;
    ServerProfileModel::Entry entry = m_servers->at(row);
    const bool remembered = entry.profile.rememberedLogins.contains(login);
    if (!result.ok()) {
        if (usedSaved && result.failure == SignInFailure::WrongPassword) {
            forgetPassword(row, login);
            m_remember = false;
            Q_EMIT rememberChanged();
            return setError(signInFailureName(result.failure),
                            tr("The password saved for \"%1\" is no longer right, so it has been "
                               "forgotten. Type the current password.")
                                .arg(login));
        }
        return setError(signInFailureName(result.failure), failureText(result, info));
    }
    entry.profile.lastLogin = login;
    // A server given as an address becomes a saved profile once it worked.
    const bool wasUnsaved = entry.kind == ServerProfileModel::Kind::Unsaved;
    if (wasUnsaved)
        entry.kind = ServerProfileModel::Kind::Saved;
    const bool keep = m_remember && m_vault.isAvailable();
    if (keep && !remembered)
        entry.profile.rememberedLogins.append(login);
    m_servers->put(row, entry);
    storeLogins(row);
    m_store.setLastProfileName(entry.profile.name);
    if (wasUnsaved && row == m_current)
        Q_EMIT currentServerChanged();
    if (keep && !usedSaved) {
        m_vault.write(keychainKey(row, login), password, this,
                      [this, row, login](const QString &error) {
                          if (error.isEmpty())
                              return;
                          m_keychainProblem =
                              tr("The password could not be saved in the keychain: %1").arg(error);
                          Q_EMIT keychainChanged();
                          if (row < m_servers->rowCount()) {
                              ServerProfileModel::Entry e = m_servers->at(row);
                              e.profile.rememberedLogins.removeAll(login);
                              m_servers->put(row, e);
                              storeLogins(row);
                          }
                      });
    } else if (!keep && remembered) {
        forgetPassword(row, login);
    }
    Q_EMIT signedIn(info, *result.identity, entry.profile.streamUrl());
}

void SignInController::clearError()
{
    setError(QString(), QString());
}

void SignInController::setError(const QString &kind, const QString &text)
{
    if (kind == m_errorKind && text == m_errorText)
        return;
    m_errorKind = kind;
    m_errorText = text;
    Q_EMIT errorChanged();
}

void SignInController::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

QString SignInController::saveServer(int row, const QString &name, const QString &host, int port,
                                     const QString &database, const QString &sslMode,
                                     const QString &streamAddress)
{
    ServerProfile profile;
    const bool existing = row >= 0 && row < m_servers->rowCount();
    if (existing) {
        if (m_servers->at(row).kind == ServerProfileModel::Kind::BuiltIn)
            return tr("The demo database on this computer cannot be changed.");
        profile = m_servers->at(row).profile;
    }
    const QString oldName = profile.name;
    profile.name = name.trimmed();
    profile.host = host.trimmed();
    profile.port = port;
    profile.database = database.trimmed();
    profile.sslMode = sslMode;
    profile.streamAddress = streamAddress.trimmed();
    const QString problem = profile.problem();
    if (!problem.isEmpty())
        return problem;
    const int clash = m_servers->indexOfName(profile.name);
    if (clash >= 0 && clash != row)
        return tr("There is already a server named \"%1\".").arg(profile.name);
    // Saved passwords are keyed by the server's name: a renamed server starts without them.
    if (existing && oldName != profile.name) {
        for (const QString &login : profile.rememberedLogins)
            m_vault.remove(keychainKey(row, login), this, [](const QString &) {});
        profile.rememberedLogins.clear();
    }
    const int saved =
        m_servers->put(existing ? row : -1, {profile, ServerProfileModel::Kind::Saved});
    m_store.save(m_servers->savedProfiles());
    m_current = -1; // reload login and saved password for the changed profile
    setCurrentIndex(saved);
    return QString();
}

void SignInController::removeServer(int row)
{
    if (row < 0 || row >= m_servers->rowCount() ||
        m_servers->at(row).kind == ServerProfileModel::Kind::BuiltIn)
        return;
    for (const QString &login : m_servers->at(row).profile.rememberedLogins)
        m_vault.remove(keychainKey(row, login), this, [](const QString &) {});
    m_servers->remove(row);
    m_store.save(m_servers->savedProfiles());
    m_current = -1;
    setCurrentIndex(qMin(row, m_servers->rowCount() - 1));
}

QVariantMap SignInController::parseAddress(const QString &text) const
{
    QString error;
    const auto profile = ServerProfile::fromConnectionString(QString(), text, &error);
    if (!profile)
        return {{QStringLiteral("error"), error}};
    return {{QStringLiteral("name"), profile->name},
            {QStringLiteral("host"), profile->host},
            {QStringLiteral("port"), profile->port},
            {QStringLiteral("database"), profile->database},
            {QStringLiteral("sslMode"), profile->sslMode},
            {QStringLiteral("login"), profile->lastLogin}};
}

QString SignInController::failureText(const SignInResult &result, const ConnectionInfo &info)
{
    const QString login = info.value(QStringLiteral("user"));
    const QString database = info.value(QStringLiteral("dbname"));
    const QString where = whereOf(info);
    switch (result.failure) {
    case SignInFailure::None:
        return QString();
    case SignInFailure::WrongPassword:
        return tr("The login or password is not right. Check both (is Caps Lock on?) and try "
                  "again.");
    case SignInFailure::AccountDisabled:
        return tr("The account \"%1\" has been disabled. Ask an admin of your company to enable "
                  "it again.")
            .arg(login);
    case SignInFailure::ServerRefused:
        return tr("Nothing answers at %1: the server may be down, or the host or port may be "
                  "wrong. Check the server profile, or ask your administrator whether the server "
                  "is running.")
            .arg(where);
    case SignInFailure::UnknownHost:
        return tr("The server name \"%1\" could not be found. Check the host name in the server "
                  "profile and your network connection.")
            .arg(info.value(QStringLiteral("host")));
    case SignInFailure::TimedOut:
        return tr("%1 did not answer within %2 seconds. Check your network connection (VPN, "
                  "firewall) and the host and port in the server profile.")
            .arg(where, withConnectTimeout(info).value(QStringLiteral("connect_timeout")));
    case SignInFailure::NotAllowed:
        return tr("The server at %1 does not accept sign-ins from this computer for this login "
                  "and database. Ask your administrator to allow it (pg_hba.conf), or try "
                  "another SSL mode.")
            .arg(where);
    case SignInFailure::SslProblem:
        return tr("A secure connection to %1 could not be set up: %2\nCheck the SSL mode of the "
                  "server profile with your administrator.")
            .arg(where, result.serverMessage);
    case SignInFailure::NoSuchDatabase:
        return tr("There is no database \"%1\" on %2. Check the database name in the server "
                  "profile.")
            .arg(database, where);
    case SignInFailure::NotStockroom:
        return tr("The database \"%1\" on %2 is not a Stockroom database (it has no Stockroom "
                  "sign-in). Check the database name, or ask your administrator to prepare it "
                  "with 'stockroomd migrate'.")
            .arg(database, where);
    case SignInFailure::NotStaff:
        return tr("\"%1\" can connect to this database but is not a Stockroom staff member here. "
                  "Sign in with your staff account, or ask an admin to add you.")
            .arg(login);
    case SignInFailure::SchemaTooOld:
        return tr("The database is at schema version %1, but this app needs version %2. Ask "
                  "your administrator to run 'stockroomd migrate'.")
            .arg(result.databaseSchemaVersion)
            .arg(result.appSchemaVersion);
    case SignInFailure::SchemaTooNew:
        return tr("The database (schema version %1) is newer than this app (version %2). "
                  "Install the newer Stockroom.")
            .arg(result.databaseSchemaVersion)
            .arg(result.appSchemaVersion);
    case SignInFailure::Other:
        break;
    }
    return tr("Could not sign in to %1: %2").arg(where, result.serverMessage);
}

} // namespace stockroom
