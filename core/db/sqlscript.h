#pragma once

#include <QList>
#include <QString>

namespace stockroom {

/** One statement of a script, with the line it starts on (1-based) for error messages. */
struct SqlStatement
{
    QString text;
    int line = 1;
};

/**
 * Splits a SQL script into statements at top-level semicolons, respecting quotes, quoted
 * identifiers, dollar-quoted bodies and comments, so a migration can be run statement by
 * statement and a failure can name the statement that failed.
 */
[[nodiscard]] QList<SqlStatement> splitSqlScript(const QString &script);

} // namespace stockroom
