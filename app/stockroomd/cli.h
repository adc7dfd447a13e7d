#pragma once

#include "db/databaseerror.h"
#include "db/pgconnection.h"
#include "db/sqlsession.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QTextStream>
#include <memory>
#include <optional>

/** What every stockroomd command shares: output streams, --db, parsing and connecting. */
namespace cli {

QTextStream &out();
QTextStream &err();

extern const QCommandLineOption DbOption;

/** Parses the command line; returns false (after printing why) when it is unusable. */
bool parse(QCommandLineParser &parser, const QStringList &arguments, const QString &description);

/** The --db value; null (after printing why) when it is not a valid connection string. */
std::optional<stockroom::ConnectionInfo> connectionInfo(const QCommandLineParser &parser);

/**
 * Connects to --db. On failure returns null and sets @p exitCode: 2 for a malformed --db, 1 for
 * an unreachable server.
 */
std::unique_ptr<stockroom::PgConnection> connect(const QCommandLineParser &parser, int *exitCode);
/** Connects to @p info; null (after printing why and what to check) when that fails. */
std::unique_ptr<stockroom::PgConnection> connect(const stockroom::ConnectionInfo &info,
                                                 const QString &applicationName);

/** Prints "stockroomd: <what>: <error>", and what to do when it was refused for want of rights. */
void reportFailure(const QString &what, const stockroom::DatabaseError &error);

/**
 * True when the database's schema is the one this build expects; otherwise says what to do and
 * returns false. Throws DatabaseError or MigrationError when it cannot tell.
 */
bool schemaIsCurrent(stockroom::PgConnection &conn);

/**
 * The id of the tenant @p idOrSlug names (its id or its slug). When there is none, returns an
 * empty string and sets @p error to say so and list the tenants there are.
 */
QString findTenant(stockroom::SqlSession &db, const QString &idOrSlug, QString *error);

} // namespace cli
