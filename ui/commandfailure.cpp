#include "commandfailure.h"

#include <QCoreApplication>

namespace stockroom {

CommandFailure CommandFailure::describe(const QString &sqlState, const QString &message,
                                        const QString &hint, const QString &error,
                                        bool connectionLost)
{
    const ApiError refusal = ApiError::from(sqlState, message, hint);
    if (refusal.code != ApiErrorCode::None && !refusal.message.isEmpty())
        return {refusal.code, refusal.headline(), refusal.text(), refusal.message};
    CommandFailure f;
    f.headline =
        connectionLost
            ? QCoreApplication::translate("CommandFailure",
                                          "The connection to the database was lost")
            : QCoreApplication::translate("CommandFailure", "The database could not do this");
    f.text = error;
    if (connectionLost)
        f.text += QLatin1Char('\n') +
                  QCoreApplication::translate(
                      "CommandFailure", "Send it again once connected; it is applied only once.");
    return f;
}

} // namespace stockroom
