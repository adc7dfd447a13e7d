#pragma once

#include "pagedlistmodel.h"
#include "stock/reservationtypes.h"

#include <QHash>
#include <QPointer>
#include <QTimer>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace stockroom {

class DbExecutor;

/**
 * The Reservations screen's rows: one status (or all), at one location (or all in scope),
 * filtered by order number, SKU, name or barcode, loaded a page at a time with keyset
 * pagination. Active rows count down to their expiry against the server's clock: one timer
 * ticks every second and tells the views that the time-left roles of the active rows changed,
 * so only the rows a view has on screen repaint and nothing is queried again. A row a command
 * changed is replaced in place (upsert); each row also carries the state of a command running on
 * it and the refusal it got.
 */
class ReservationModel : public PagedListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    Q_PROPERTY(QString view READ view WRITE setView NOTIFY viewChanged)
    Q_PROPERTY(QString locationId READ locationId WRITE setLocationId NOTIFY locationIdChanged)
    Q_PROPERTY(QString search READ search WRITE setSearch NOTIFY searchChanged)
    Q_PROPERTY(int overdueLoaded READ overdueLoaded NOTIFY overdueLoadedChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        OrderRole,
        VariantIdRole,
        SkuRole,
        NameRole,
        LocationIdRole,
        LocationCodeRole,
        LocationNameRole,
        QuantityRole,    // "2 pc", "1.25 kg"
        StatusRole,      // "active", "committed", "released", "expired"
        StatusTitleRole, // "Active", "Committed"…
        TimeLeftRole,    // "4:07", "1 h 05 min", "Expired, awaiting release"; empty once closed
        TimeStateRole,   // "ok", "soon", "overdue", or empty once closed
        ExpiresAtRole,   // "19:15", "20 Nov 19:15"
        CreatedByRole,
        CreatedAtRole,
        ClosedAtRole,
        CanReleaseRole,
        CanCommitRole,
        BusyRole,       // a command on this row is running
        BusyActionRole, // "release" or "commit" while busy
        RefusalRole,    // the last refusal of a command on this row: headline, message, hint
        FlashUntilRole, // ms since the epoch until which the row shows a live change; 0 never
    };
    Q_ENUM(Role)

    static constexpr int PageSize = 100;
    /** How long a row changed live stays highlighted. */
    static constexpr int FlashMs = 1600;
    /** Under this much time left, a row shows it in amber. */
    static constexpr qint64 SoonMs = 2 * 60 * 1000;

    explicit ReservationModel(QObject *parent = nullptr);

    /** Where to read from; nothing loads until both are set. */
    void setSource(DbExecutor *executor, const QString &tenantId);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    [[nodiscard]] QString view() const { return reservationViewKey(m_view); }
    [[nodiscard]] const QString &locationId() const { return m_locationId; }
    [[nodiscard]] const QString &search() const { return m_search; }
    [[nodiscard]] int overdueLoaded() const { return m_overdueLoaded; }
    [[nodiscard]] const ReservationRow &rowAt(int row) const { return m_rows.at(row); }
    [[nodiscard]] const QList<ReservationRow> &rows() const { return m_rows; }

    /** "active", "expired", "committed", "released" or "all"; anything else is ignored. */
    void setView(const QString &view);
    void setLocationId(const QString &locationId);
    void setSearch(const QString &search);

    Q_INVOKABLE void loadMore();
    /** Starts again from the first page with the current filter. */
    Q_INVOKABLE void reload();
    /** Row index of a reservation id, or -1. */
    Q_INVOKABLE int indexOfId(const QString &id) const;

    /**
     * A reservation as a command left it: replaced where it is listed; else inserted where it
     * sorts when it belongs to this view and falls within the pages loaded. Returns its row or -1.
     */
    int upsert(const ReservationRow &row);
    void setRowBusy(const QString &id, const QString &action);
    /** Highlights the row of reservation @p id briefly: someone else changed it (stream). */
    void flashRow(const QString &id);
    /** The refusal a command on the row got ({headline, message, hint}); empty clears it. */
    void setRowRefusal(const QString &id, const QVariantMap &refusal);

    /** The time the countdowns count against: the server's clock now. */
    [[nodiscard]] QDateTime serverNow() const;
    /** Sets the offset of the server's clock from this computer's (server minus local). */
    void setClockSkewMs(qint64 skew) { m_skewMs = skew; }
    /**
     * Recomputes the countdowns against @p serverNow and tells the views (the timer calls this
     * every second with the current time; tests call it with the time they need).
     */
    void tick(const QDateTime &serverNow);

    /** "4:07", "1 h 05 min", "2 d 3 h"; @p ms must be positive. */
    [[nodiscard]] static QString formatTimeLeft(qint64 ms);
    /** "19:15" today, "Yesterday 19:15", "20 Nov 19:15" this year, else "20 Nov 2025 19:15". */
    [[nodiscard]] static QString formatMoment(const QDateTime &utc, const QDateTime &now);

Q_SIGNALS:
    void viewChanged();
    void locationIdChanged();
    void searchChanged();
    void overdueLoadedChanged();

private:
    [[nodiscard]] ReservationFilter filter() const;
    [[nodiscard]] bool belongsHere(const ReservationRow &row) const;
    [[nodiscard]] bool isOverdue(const ReservationRow &row) const;
    void requestPage(bool fromStart);
    void updateTicking();
    void updateOverdueCount();

    QPointer<DbExecutor> m_executor;
    QString m_tenantId;
    ReservationView m_view = ReservationView::Active;
    QString m_locationId;
    QString m_search;
    QList<ReservationRow> m_rows;
    QHash<QString, QString> m_busy;         // reservation id -> action running on it
    QHash<QString, QVariantMap> m_refusals; // reservation id -> last refusal
    QHash<QString, qint64> m_flashUntil;    // reservation id -> end of its highlight
    QTimer m_debounce;
    QTimer m_ticker;
    QDateTime m_now; // the server's time at the last tick
    qint64 m_skewMs = 0;
    int m_overdueLoaded = 0;
    quint64 m_generation = 0;
};

} // namespace stockroom
