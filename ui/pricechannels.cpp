#include "pricechannels.h"

#include "db/dbexecutor.h"
#include "db/sqlsession.h"
#include "pricing/pricerepository.h"

namespace stockroom {

void readPriceChannels(DbExecutor &executor, QObject *context, const QString &tenantId,
                       QStringList *into, std::function<void()> changed)
{
    executor.run<QStringList>(
        context,
        [tenantId](QSqlDatabase &db) {
            QtSqlSession session(db);
            return PriceRepository::channels(session, tenantId);
        },
        // Called only while the context (which owns *into) is alive.
        [into, changed = std::move(changed)](const DbResult<QStringList> &result) {
            if (!result.ok() || *result.value == *into)
                return;
            *into = *result.value;
            changed();
        });
}

} // namespace stockroom
