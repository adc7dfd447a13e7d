#include "access/signin.h"

#include "access/apierror.h"
#include "db/databaseerror.h"
#include "db/migrator.h"
#include "db/pgconnection.h"
#include "db/sqlsession.h"

#include <memory>

namespace stockroom {

namespace {

bool has(const QString &text, const char *needle)
{
    return text.contains(QLatin1String(needle), Qt::CaseInsensitive);
}

int bundledSchemaVersion()
{
    // The bundled migrations never change while the app runs: read (and hash) them once.
    static const int version = [] {
        const QList<Migration> migrations = Migrator::bundled();
        return migrations.isEmpty() ? 0 : migrations.last().version;
    }();
    return version;
}

} // namespace

QString signInFailureName(SignInFailure failure)
{
    switch (failure) {
    case SignInFailure::None:
        return QString();
    case SignInFailure::WrongPassword:
        return QStringLiteral("wrong_password");
    case SignInFailure::AccountDisabled:
        return QStringLiteral("account_disabled");
    case SignInFailure::ServerRefused:
        return QStringLiteral("server_refused");
    case SignInFailure::UnknownHost:
        return QStringLiteral("unknown_host");
    case SignInFailure::TimedOut:
        return QStringLiteral("timed_out");
    case SignInFailure::NotAllowed:
        return QStringLiteral("not_allowed");
    case SignInFailure::SslProblem:
        return QStringLiteral("ssl_problem");
    case SignInFailure::NoSuchDatabase:
        return QStringLiteral("no_such_database");
    case SignInFailure::NotStockroom:
        return QStringLiteral("not_stockroom");
    case SignInFailure::NotStaff:
        return QStringLiteral("not_staff");
    case SignInFailure::SchemaTooOld:
        return QStringLiteral("schema_too_old");
    case SignInFailure::SchemaTooNew:
        return QStringLiteral("schema_too_new");
    case SignInFailure::Other:
        return QStringLiteral("other");
    }
    return QString();
}

SignInFailure classifyConnectionFailure(const QString &message)
{
    // Authentication first: these arrive as "connection to server at … failed: FATAL: …".
    // With SCRAM a login that does not exist fails exactly like a wrong password, on purpose.
    if (has(message, "password authentication failed") || has(message, "no password supplied") ||
        (has(message, "role \"") && has(message, "\" does not exist")))
        return SignInFailure::WrongPassword;
    if (has(message, "is not permitted to log in"))
        return SignInFailure::AccountDisabled;
    if (has(message, "database \"") && has(message, "\" does not exist"))
        return SignInFailure::NoSuchDatabase;
    if (has(message, "no pg_hba.conf entry") || has(message, "pg_hba.conf rejects"))
        return SignInFailure::NotAllowed;
    if (has(message, "SSL error") || has(message, "SSL SYSCALL") ||
        has(message, "does not support SSL") || has(message, "SSL connection") ||
        has(message, "sslmode") || has(message, "certificate"))
        return SignInFailure::SslProblem;
    if (has(message, "could not translate host name"))
        return SignInFailure::UnknownHost;
    if (has(message, "timeout expired"))
        return SignInFailure::TimedOut;
    if (has(message, "connection refused") || has(message, "no such file or directory") ||
        has(message, "no route to host") || has(message, "network is unreachable"))
        return SignInFailure::ServerRefused;
    return SignInFailure::Other;
}

SignInFailure classifyIdentityFailure(const QString &sqlState)
{
    switch (apiErrorCodeForSqlState(sqlState)) {
    case ApiErrorCode::NotStaff:
        return SignInFailure::NotStaff;
    case ApiErrorCode::AccountDisabled:
        return SignInFailure::AccountDisabled;
    default:
        break;
    }
    // 3F000: no schema "api"; 42883: no function api.me() — not ours, or from before sign-in.
    if (sqlState == QLatin1String("3F000") || sqlState == QLatin1String("42883"))
        return SignInFailure::NotStockroom;
    // 42501: a login that may connect but was never granted a Stockroom role.
    if (sqlState == QLatin1String("42501"))
        return SignInFailure::NotStaff;
    return SignInFailure::Other;
}

ConnectionInfo withConnectTimeout(const ConnectionInfo &info)
{
    if (!info.value(QStringLiteral("connect_timeout")).isEmpty())
        return info;
    return info.with(QStringLiteral("connect_timeout"),
                     QString::number(DefaultConnectTimeoutSeconds));
}

SignInResult attemptSignIn(const ConnectionInfo &info, int appSchemaVersion)
{
    SignInResult result;
    std::unique_ptr<PgConnection> connection;
    try {
        result.appSchemaVersion = appSchemaVersion > 0 ? appSchemaVersion : bundledSchemaVersion();
        connection = std::make_unique<PgConnection>(withConnectTimeout(info),
                                                    QStringLiteral("stockroom-signin"));
    } catch (const DatabaseError &e) {
        result.failure = classifyConnectionFailure(e.message());
        result.serverMessage = e.message();
        return result;
    } catch (const MigrationError &e) {
        result.failure = SignInFailure::Other;
        result.serverMessage = e.message();
        return result;
    }
    try {
        PgSession session(*connection);
        Identity identity = Identity::load(session);
        result.databaseSchemaVersion = identity.schemaVersion;
        if (identity.schemaVersion != result.appSchemaVersion) {
            result.failure = identity.schemaVersion < result.appSchemaVersion
                                 ? SignInFailure::SchemaTooOld
                                 : SignInFailure::SchemaTooNew;
            return result;
        }
        result.identity = std::move(identity);
    } catch (const DatabaseError &e) {
        result.failure =
            e.sqlState().isEmpty() ? SignInFailure::Other : classifyIdentityFailure(e.sqlState());
        result.serverMessage = e.fullText();
    }
    return result;
}

} // namespace stockroom
