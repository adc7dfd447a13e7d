#pragma once

#include "catalog/catalogcommands.h"

#include <QObject>
#include <QUuid>
#include <functional>
#include <optional>

namespace stockroom {

class DbExecutor;
class SqlSession;

/** How a catalog command ended, for a controller to show. */
struct CatalogOutcome
{
    std::optional<CatalogCommandResult> result; // set when the database applied it
    CatalogRefusal refusal;                     // a command's refusal (code, message, field)
    QString headline;                           // for a refusal or a failure
    QString text;                               // what to tell the person

    [[nodiscard]] bool ok() const { return result.has_value(); }
    [[nodiscard]] bool is(ApiErrorCode code) const { return refusal.error.code == code; }
};

using CatalogWork = std::function<CatalogCommandResult(SqlSession &, const QUuid &)>;

/**
 * Runs one catalog command on @p executor's thread with @p requestId (the action's, reused on a
 * retry) and hands @p done its outcome on @p context's thread: the result, or the refusal with
 * the field it concerns, or why it could not be sent (the connection, say so it can be sent
 * again and is applied once).
 */
void runCatalogCommand(DbExecutor *executor, QObject *context, const QUuid &requestId,
                       CatalogWork work, std::function<void(const CatalogOutcome &)> done);

} // namespace stockroom
