#include "pricechannels.h"

#include "db/dbexecutor.h"
#include "db/sqlsession.h"
#include "pricing/pricerepository.h"

#include <QPointer>

namespace stockroom {

void PriceChannels::read(DbExecutor &executor, QObject *context, const QString &tenantId,
                         std::function<void()> changed)
{
    if (m_reading) {
        m_again = true;
        return;
    }
    m_reading = true;
    const quint64 generation = m_generation;
    QPointer<DbExecutor> asked(&executor);
    // The answer arrives only while the context (which owns this object) is alive.
    executor.run<QStringList>(
        context,
        [tenantId](QSqlDatabase &db) {
            QtSqlSession session(db);
            return PriceRepository::channels(session, tenantId);
        },
        [this, generation, asked, context, tenantId,
         changed = std::move(changed)](const DbResult<QStringList> &result) {
            if (generation != m_generation)
                return; // cleared meanwhile: clear() ended this read
            m_reading = false;
            if (result.ok() && *result.value != m_list) {
                m_list = *result.value;
                changed();
            }
            if (m_again && asked) {
                m_again = false;
                read(*asked, context, tenantId, changed);
            }
        });
}

bool PriceChannels::clear()
{
    ++m_generation;
    m_reading = false;
    m_again = false;
    const QStringList defaultOnly{QStringLiteral("default")};
    if (m_list == defaultOnly)
        return false;
    m_list = defaultOnly;
    return true;
}

} // namespace stockroom
