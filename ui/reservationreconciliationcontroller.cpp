#include "reservationreconciliationcontroller.h"

#include "db/dbexecutor.h"
#include "db/sqlsession.h"
#include "displayformat.h"
#include "stock/reservationrepository.h"
#include "types/digitgrouping.h"

namespace stockroom {

ReservationReconciliationController::ReservationReconciliationController(QObject *parent)
    : QObject(parent)
{}

void ReservationReconciliationController::setSource(DbExecutor *executor, const QString &tenantId)
{
    m_executor = executor;
    m_tenantId = tenantId;
    ++m_generation;
    m_result = {};
    m_errorText.clear();
    m_loadedOnce = false;
    m_wanted = false;
    m_locationId.clear();
    setLoading(false);
    Q_EMIT locationIdChanged();
    Q_EMIT resultChanged();
}

void ReservationReconciliationController::setLocationId(const QString &locationId)
{
    if (m_locationId == locationId)
        return;
    m_locationId = locationId;
    Q_EMIT locationIdChanged();
    // What was shown is about another place now.
    m_result = {};
    m_loadedOnce = false;
    Q_EMIT resultChanged();
    if (m_wanted)
        refresh();
}

QString ReservationReconciliationController::positions() const
{
    return groupIndianDigits(QString::number(m_result.positions));
}

QString ReservationReconciliationController::totalReserved() const
{
    return display::quantity(m_result.totalReserved);
}

QString ReservationReconciliationController::totalHeld() const
{
    return display::quantity(m_result.totalHeld);
}

QString ReservationReconciliationController::activeReservations() const
{
    return groupIndianDigits(QString::number(m_result.activeReservations));
}

QVariantList ReservationReconciliationController::mismatches() const
{
    QVariantList list;
    for (const ReservationMismatch &m : m_result.mismatches) {
        const Quantity difference = m.reserved - m.held;
        list.append(QVariantMap{{QStringLiteral("variantId"), m.variantId},
                                {QStringLiteral("sku"), m.sku},
                                {QStringLiteral("name"), m.variantName},
                                {QStringLiteral("locationId"), m.locationId},
                                {QStringLiteral("locationCode"), m.locationCode},
                                {QStringLiteral("reserved"), display::quantity(m.reserved)},
                                {QStringLiteral("held"), display::quantity(m.held)},
                                {QStringLiteral("activeCount"), m.activeCount},
                                {QStringLiteral("difference"),
                                 (difference.isNegative() ? QString() : QStringLiteral("+")) +
                                     display::quantity(difference)}});
    }
    return list;
}

QString ReservationReconciliationController::checkedAt() const
{
    if (!m_result.checkedAt.isValid())
        return QString();
    return m_result.checkedAt.toLocalTime().toString(QStringLiteral("HH:mm:ss"));
}

void ReservationReconciliationController::refresh()
{
    if (!m_executor || m_tenantId.isEmpty())
        return;
    m_wanted = true;
    const quint64 generation = ++m_generation;
    setLoading(true);
    m_executor->run<ReservationReconciliation>(
        this,
        [tenantId = m_tenantId, locationId = m_locationId](QSqlDatabase &qdb) {
            QtSqlSession db(qdb);
            return ReservationRepository::reconcile(db, tenantId, locationId, MismatchLimit);
        },
        [this, generation](const DbResult<ReservationReconciliation> &result) {
            if (generation != m_generation)
                return;
            if (result.ok()) {
                m_result = *result.value;
                m_errorText.clear();
            } else {
                m_errorText = tr("Could not check the reservations: %1").arg(result.error);
            }
            m_loadedOnce = true;
            setLoading(false);
            Q_EMIT resultChanged();
        });
}

void ReservationReconciliationController::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged();
}

} // namespace stockroom
