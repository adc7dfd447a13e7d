#pragma once

#include "stock/stockcommands.h"
#include "stock/stocktypes.h"

#include <QAbstractListModel>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace stockroom {

class DbExecutor;

/**
 * The Stock screen's list: stock positions (a variant at a location) in name order, filtered by
 * location, category, a search and the low / out / expiring states, paged in with keysets as the
 * view scrolls. Totals over the whole filter come from one SQL aggregate after the first page.
 * A whole barcode typed or scanned into the search shows that variant's positions only
 * (barcodeMatched). A command's result updates its row in place, and so does a change someone
 * else made (liveChange, from the stream): the row is read again by its key, and briefly
 * highlighted (flashUntil) when what it shows changed. Rows that newly match the filter appear
 * on the next page load, not live.
 */
class StockPositionModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
    Q_PROPERTY(bool hasMore READ hasMore NOTIFY hasMoreChanged)
    Q_PROPERTY(bool loadedOnce READ loadedOnce NOTIFY loadedOnceChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    Q_PROPERTY(QString locationId READ locationId WRITE setLocationId NOTIFY filterChanged)
    Q_PROPERTY(QString categoryId READ categoryId WRITE setCategoryId NOTIFY filterChanged)
    Q_PROPERTY(QString search READ search WRITE setSearch NOTIFY filterChanged)
    Q_PROPERTY(bool lowOnly READ lowOnly WRITE setLowOnly NOTIFY filterChanged)
    Q_PROPERTY(bool outOnly READ outOnly WRITE setOutOnly NOTIFY filterChanged)
    Q_PROPERTY(bool expiringOnly READ expiringOnly WRITE setExpiringOnly NOTIFY filterChanged)
    Q_PROPERTY(QString barcodeMatch READ barcodeMatch NOTIFY barcodeMatchChanged)
    Q_PROPERTY(bool totalsLoading READ totalsLoading NOTIFY totalsChanged)
    Q_PROPERTY(QVariantMap totals READ totalsMap NOTIFY totalsChanged)

public:
    enum Role {
        PositionIdRole = Qt::UserRole + 1,
        VariantIdRole,
        LocationIdRole,
        SkuRole,
        NameRole,
        LocationCodeRole,
        OnHandRole,
        ReservedRole,
        AvailableRole,
        InTransitRole,
        ReorderPointRole,
        BinRole,
        LevelRole, // "ok", "low", "out"
        ExpiringRole,
        ArchivedRole,
        VersionRole,
        FlashUntilRole, // ms since the epoch until which the row shows a live change; 0 never
    };
    Q_ENUM(Role)

    static constexpr int PageSize = 100;
    /** How long a row changed live stays highlighted. */
    static constexpr int FlashMs = 1600;
    /** Live changes come in bursts (a movement, its orderability, an alert): rows are read
     *  again this long after the first, once each; totals at most this often. */
    static constexpr int LiveCoalesceMs = 60;
    static constexpr int LiveTotalsMs = 2000;

    explicit StockPositionModel(QObject *parent = nullptr);

    /** Where to read from; nothing loads until both are set. */
    void setSource(DbExecutor *executor, const QString &tenantId);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    [[nodiscard]] bool isLoading() const { return m_loading; }
    [[nodiscard]] bool hasMore() const { return m_hasMore; }
    [[nodiscard]] bool loadedOnce() const { return m_loadedOnce; }
    [[nodiscard]] const QString &errorText() const { return m_errorText; }
    [[nodiscard]] const QString &locationId() const { return m_filter.locationId; }
    [[nodiscard]] const QString &categoryId() const { return m_filter.categoryId; }
    [[nodiscard]] const QString &search() const { return m_filter.search; }
    [[nodiscard]] bool lowOnly() const { return m_filter.low; }
    [[nodiscard]] bool outOnly() const { return m_filter.out; }
    [[nodiscard]] bool expiringOnly() const { return m_filter.expiring; }
    [[nodiscard]] const QString &barcodeMatch() const { return m_barcodeMatch; }
    [[nodiscard]] bool totalsLoading() const { return m_totalsLoading; }
    [[nodiscard]] const StockTotals &totals() const { return m_totals; }
    [[nodiscard]] QVariantMap totalsMap() const;
    /** The filter as the list applies it (the barcode resolved to its variant). */
    [[nodiscard]] StockFilter filter() const;
    [[nodiscard]] const StockPositionRow &rowAt(int row) const { return m_rows.at(row); }

    void setLocationId(const QString &id);
    void setCategoryId(const QString &id);
    void setSearch(const QString &search);
    void setLowOnly(bool on);
    void setOutOnly(bool on);
    void setExpiringOnly(bool on);

    /** Loads the next page if there is one (for views that do not call fetchMore themselves). */
    Q_INVOKABLE void loadMore();
    /** Starts again from the first page with the current filter (and no pause after typing). */
    Q_INVOKABLE void reload();
    /** Row of the position of @p variantId at @p locationId, or -1. */
    Q_INVOKABLE int indexOf(const QString &variantId, const QString &locationId) const;

    /** A command left this position: its row (if listed) shows it now; the totals reload. */
    void applyState(const StockPositionState &state);
    /** Re-reads one position from the database and updates its row. */
    void refreshPosition(const QString &variantId, const QString &locationId);
    /**
     * Someone changed the position of @p variantId at @p locationId (a stream event): its row,
     * if listed, is read again and highlighted when it shows something new; the totals follow.
     */
    void liveChange(const QString &variantId, const QString &locationId);

Q_SIGNALS:
    void countChanged();
    void loadingChanged();
    void hasMoreChanged();
    void loadedOnceChanged();
    void errorTextChanged();
    void filterChanged();
    void barcodeMatchChanged();
    void totalsChanged();
    /** A row changed in place (after a command or a re-read). */
    void positionUpdated(int row);

private:
    struct Page
    {
        QList<StockPositionRow> rows;
        QString barcodeVariant; // the search was a barcode naming this variant
    };
    void filterEdited(bool pause);
    void requestPage(bool fromStart);
    void requestTotals();
    void replaceRow(int row, const StockPositionRow &value);
    void readPosition(const QString &variantId, const QString &locationId, bool live);
    void flushLive();
    void setLoading(bool loading);
    void setError(const QString &text);

    QPointer<DbExecutor> m_executor;
    QString m_tenantId;
    StockFilter m_filter;
    QString m_barcodeVariant;
    QString m_barcodeMatch;
    QList<StockPositionRow> m_rows;
    QTimer m_debounce;
    quint64 m_generation = 0; // bumped on every filter change; stale answers are dropped
    quint64 m_totalsGeneration = 0;
    bool m_loading = false;
    bool m_hasMore = false;
    bool m_loadedOnce = false;
    bool m_totalsLoading = false;
    StockTotals m_totals;
    QString m_totalsNote; // why there are no totals
    QString m_errorText;
    QSet<QPair<QString, QString>> m_livePending; // (variant, location) to read again
    QHash<QString, qint64> m_flashUntil;         // position id → end of its highlight
    QTimer m_liveTimer;
    QTimer m_liveTotals;
};

} // namespace stockroom
