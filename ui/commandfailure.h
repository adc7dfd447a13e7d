#pragma once

#include "access/apierror.h"
#include "db/dbexecutor.h"

#include <QString>

namespace stockroom {

/**
 * How a command that did not go through reads for a person: the database's refusal as it words
 * it (with what to do), or what went wrong on the way and, when the connection was lost, that
 * sending it again applies it once (commands are idempotent by request id).
 */
struct CommandFailure
{
    ApiErrorCode code = ApiErrorCode::None;
    QString headline;
    QString text;
    QString message; // the refusal's message alone (empty when not a refusal)

    template<typename T> [[nodiscard]] static CommandFailure of(const DbResult<T> &result)
    {
        return describe(result.sqlState, result.message, result.hint, result.error,
                        result.connectionLost);
    }
    [[nodiscard]] static CommandFailure describe(const QString &sqlState, const QString &message,
                                                 const QString &hint, const QString &error,
                                                 bool connectionLost);
};

} // namespace stockroom
