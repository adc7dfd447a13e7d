#include "stream/streamtickets.h"

#include "db/dbexecutor.h"
#include "db/sqlsession.h"

namespace stockroom {

StreamClient::TicketProvider streamTicketsFrom(DbExecutor *executor, QObject *context)
{
    const QPointer<DbExecutor> guard(executor);
    return [guard, context](std::function<void(const StreamTicket &)> done) {
        if (!guard) {
            done({QString(), QObject::tr("not signed in")});
            return;
        }
        guard->run<QString>(
            context,
            [](QSqlDatabase &db) {
                QtSqlSession session(db);
                return session
                    .scalar(QStringLiteral("SELECT api.issue_stream_ticket() ->> 'ticket'"))
                    .toString();
            },
            [done](const DbResult<QString> &result) {
                if (result.ok())
                    done({*result.value, QString()});
                else
                    done({QString(), result.message.isEmpty() ? result.error : result.message});
            });
    };
}

} // namespace stockroom
