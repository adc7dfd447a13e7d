#pragma once

#include "db/pgconnection.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QTextStream>
#include <memory>

/** What every stockroomd command shares: output streams, --db, parsing and connecting. */
namespace cli {

QTextStream &out();
QTextStream &err();

extern const QCommandLineOption DbOption;

/** Parses the command line; returns false (after printing why) when it is unusable. */
bool parse(QCommandLineParser &parser, const QStringList &arguments, const QString &description);

/**
 * Connects to --db. On failure returns null and sets @p exitCode: 2 for a malformed --db, 1 for
 * an unreachable server.
 */
std::unique_ptr<stockroom::PgConnection> connect(const QCommandLineParser &parser, int *exitCode);

} // namespace cli
