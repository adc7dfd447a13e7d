#pragma once

#include "stock/reservationtypes.h"

#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace stockroom {

class DbExecutor;

/**
 * The reconciliation panel: checks, as the signed-in staff login and so over exactly the
 * positions they can see, that each stock position's reserved quantity equals the sum of its
 * active reservations — at one location or all in scope. Shows the totals, the positions that
 * disagree (there should be none) and how many active reservations are past their time.
 */
class ReservationReconciliationController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    Q_PROPERTY(QString locationId READ locationId WRITE setLocationId NOTIFY locationIdChanged)
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
    Q_PROPERTY(bool loadedOnce READ loadedOnce NOTIFY resultChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY resultChanged)
    Q_PROPERTY(bool balanced READ balanced NOTIFY resultChanged)
    Q_PROPERTY(QString positions READ positions NOTIFY resultChanged)
    Q_PROPERTY(QString totalReserved READ totalReserved NOTIFY resultChanged)
    Q_PROPERTY(QString totalHeld READ totalHeld NOTIFY resultChanged)
    Q_PROPERTY(QString activeReservations READ activeReservations NOTIFY resultChanged)
    Q_PROPERTY(int overdue READ overdue NOTIFY resultChanged)
    Q_PROPERTY(int mismatchCount READ mismatchCount NOTIFY resultChanged)
    Q_PROPERTY(QVariantList mismatches READ mismatches NOTIFY resultChanged)
    Q_PROPERTY(QString checkedAt READ checkedAt NOTIFY resultChanged)

public:
    static constexpr int MismatchLimit = 100;

    explicit ReservationReconciliationController(QObject *parent = nullptr);
    void setSource(DbExecutor *executor, const QString &tenantId);

    [[nodiscard]] const QString &locationId() const { return m_locationId; }
    /**
     * The location to check (empty: every location in scope); checks it at once if a check was
     * asked for before (the panel is in use), else on the next refresh.
     */
    void setLocationId(const QString &locationId);
    [[nodiscard]] bool isLoading() const { return m_loading; }
    [[nodiscard]] bool loadedOnce() const { return m_loadedOnce; }
    [[nodiscard]] const QString &errorText() const { return m_errorText; }
    [[nodiscard]] bool balanced() const
    {
        return m_loadedOnce && m_errorText.isEmpty() && m_result.mismatchCount == 0;
    }
    [[nodiscard]] const ReservationReconciliation &result() const { return m_result; }
    [[nodiscard]] QString positions() const;
    [[nodiscard]] QString totalReserved() const;
    [[nodiscard]] QString totalHeld() const;
    [[nodiscard]] QString activeReservations() const;
    [[nodiscard]] int overdue() const { return static_cast<int>(m_result.overdue); }
    [[nodiscard]] int mismatchCount() const { return static_cast<int>(m_result.mismatchCount); }
    [[nodiscard]] QVariantList mismatches() const;
    [[nodiscard]] QString checkedAt() const;

    /** Checks again now. */
    Q_INVOKABLE void refresh();

Q_SIGNALS:
    void locationIdChanged();
    void loadingChanged();
    void resultChanged();

private:
    void setLoading(bool loading);

    QPointer<DbExecutor> m_executor;
    QString m_tenantId;
    QString m_locationId;
    ReservationReconciliation m_result;
    QString m_errorText;
    bool m_loading = false;
    bool m_loadedOnce = false;
    bool m_wanted = false; // a check was asked for: follow the location from now on
    quint64 m_generation = 0;
};

} // namespace stockroom
