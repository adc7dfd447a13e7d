#include "catalogcommandrunner.h"

#include "db/databaseerror.h"
#include "db/dbexecutor.h"
#include "db/sqlsession.h"

#include <QCoreApplication>

namespace stockroom {

void runCatalogCommand(DbExecutor *executor, QObject *context, const QUuid &requestId,
                       CatalogWork work, std::function<void(const CatalogOutcome &)> done)
{
    // A refusal is an answer, caught here with its detail (which names the field); anything
    // else (a lost connection) goes to the executor, which reconnects and tries once more.
    executor->run<CatalogOutcome>(
        context,
        [work = std::move(work), requestId](QSqlDatabase &qdb) {
            QtSqlSession db(qdb);
            CatalogOutcome outcome;
            try {
                outcome.result = work(db, requestId);
            } catch (const DatabaseError &e) {
                if (!e.sqlState().startsWith(QLatin1String("SR")))
                    throw;
                outcome.refusal = CatalogRefusal::from(e);
                outcome.headline = outcome.refusal.error.headline();
                outcome.text = outcome.refusal.error.text();
            }
            return outcome;
        },
        [done = std::move(done)](const DbResult<CatalogOutcome> &result) {
            if (result.ok()) {
                done(*result.value);
                return;
            }
            CatalogOutcome failed;
            failed.headline = result.connectionLost
                                  ? QCoreApplication::translate(
                                        "CatalogCommand", "The connection to the database was lost")
                                  : QCoreApplication::translate("CatalogCommand",
                                                                "The database could not do this");
            failed.text = result.error;
            if (result.connectionLost)
                failed.text +=
                    QLatin1Char('\n') +
                    QCoreApplication::translate(
                        "CatalogCommand", "Send it again once connected; it is applied only once.");
            done(failed);
        });
}

} // namespace stockroom
