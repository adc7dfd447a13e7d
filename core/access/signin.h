#pragma once

#include "access/identity.h"
#include "db/connectioninfo.h"

#include <QString>
#include <optional>

namespace stockroom {

/**
 * Why a sign-in did not succeed, as far as a person can act on it. Connection failures carry no
 * SQLSTATE in libpq, so those are told apart by the (English) server and libpq messages; anything
 * unrecognised is Other, and the server's own text is shown with it.
 */
enum class SignInFailure {
    None,
    WrongPassword,   // password authentication failed / no password supplied
    AccountDisabled, // role is NOLOGIN, or SR002 from api.me()
    ServerRefused,   // nothing listens at host:port (or on the socket)
    UnknownHost,     // the host name does not resolve
    TimedOut,        // no answer within connect_timeout
    NotAllowed,      // no pg_hba.conf entry for this host, login and database
    SslProblem,      // SSL required but not offered, certificate refused…
    NoSuchDatabase,  // database "x" does not exist
    NotStockroom,    // no api schema or no api.me(): not a Stockroom database (or a pre-0008 one)
    NotStaff,        // SR001, or a plain login without rights on the api schema
    SchemaTooOld,    // the database is behind this build
    SchemaTooNew,    // the database is ahead of this build
    Other,
};

/** "wrong_password", "account_disabled", … — stable names for logs, tests and QML. */
[[nodiscard]] QString signInFailureName(SignInFailure failure);

/** Classifies a failed connection attempt by libpq's message (PQerrorMessage). */
[[nodiscard]] SignInFailure classifyConnectionFailure(const QString &message);
/** Classifies a failed SELECT api.me() by its SQLSTATE. */
[[nodiscard]] SignInFailure classifyIdentityFailure(const QString &sqlState);

/** What one sign-in attempt gave: the identity, or why not (with the server's words). */
struct SignInResult
{
    std::optional<Identity> identity;
    SignInFailure failure = SignInFailure::None;
    QString serverMessage;         // libpq's or the server's text, for "Other" and for logs
    int databaseSchemaVersion = 0; // for SchemaTooOld/SchemaTooNew
    int appSchemaVersion = 0;
    [[nodiscard]] bool ok() const { return identity.has_value(); }
};

/** Seconds to wait for a server to answer when @p info does not say (libpq connect_timeout). */
inline constexpr int DefaultConnectTimeoutSeconds = 10;

/**
 * Connects as @p info's user (adding connect_timeout when @p info has none), asks api.me() who
 * that is, and checks the database's schema version against @p appSchemaVersion (0: the
 * migrations bundled in this build). Blocks for up to the connect timeout: call it off the GUI
 * thread. Never throws.
 */
[[nodiscard]] SignInResult attemptSignIn(const ConnectionInfo &info, int appSchemaVersion = 0);

/** @p info with connect_timeout set to the default when it has none. */
[[nodiscard]] ConnectionInfo withConnectTimeout(const ConnectionInfo &info);

} // namespace stockroom
