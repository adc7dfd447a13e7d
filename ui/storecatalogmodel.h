#pragma once

#include "catalog/storecatalog.h"
#include "pagedlistmodel.h"
#include "pricechannels.h"

#include <QHash>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace stockroom {

class DbExecutor;
class LocationModel;
struct StreamEvent;

/**
 * The Store view: one location's view of the catalog (api.store_catalog_view) — every active
 * variant with the price in effect there now and why, what can be sold there and whether it can
 * be ordered — in name order, searched, paged in with keysets as the view scrolls. The location
 * is one of the person's own (their first shop floor, else dark store, until they choose). Live: a
 * stock change at the location or a price change reaching it (its own, or every location's)
 * re-reads the rows it names, in place and briefly highlighted; a row that left the view
 * (archived) is removed.
 */
class StoreCatalogModel : public PagedListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    Q_PROPERTY(QString locationId READ locationId WRITE setLocationId NOTIFY locationIdChanged)
    Q_PROPERTY(QString search READ search WRITE setSearch NOTIFY searchChanged)
    /** Whose prices the view shows ("default", "app", …); a channel without its own price
     *  falls back to the default one, as pricing.price_at has it. */
    Q_PROPERTY(QString channel READ channel WRITE setChannel NOTIFY channelChanged)
    /** The channels prices are set for, "default" first. */
    Q_PROPERTY(QStringList channels READ channels NOTIFY channelsChanged)

public:
    enum Role {
        VariantIdRole = Qt::UserRole + 1,
        SkuRole,
        NameRole,
        CategoryRole,
        PriceRole,    // "₹1,00,000.00", or an en dash without a price
        MrpRole,      // "MRP ₹120.00", or empty
        PriceWhyRole, // "This location's price · until 14 Mar"
        PriceRuleRole,
        AvailableRole, // "12 pc"
        OrderabilityRole,
        OrderabilityTextRole,
        FlashUntilRole, // ms since the epoch until which the row shows a live change; 0 never
    };
    Q_ENUM(Role)

    static constexpr int PageSize = 100;
    static constexpr int FlashMs = 1600;
    /** Live changes come in bursts (a movement, its orderability, an alert): rows are read
     *  again this long after the first, once each. */
    static constexpr int LiveCoalesceMs = 60;

    explicit StoreCatalogModel(QObject *parent = nullptr);

    /**
     * Where to read from: @p executor as a staff member of @p tenantId, and the person's
     * @p locations to choose from. Nothing loads until a location is chosen.
     */
    void setSource(DbExecutor *executor, const QString &tenantId, LocationModel *locations);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    [[nodiscard]] const QString &locationId() const { return m_query.locationId; }
    [[nodiscard]] const QString &search() const { return m_query.search; }
    [[nodiscard]] const QString &channel() const { return m_query.channel; }
    [[nodiscard]] const QStringList &channels() const { return m_channels.list(); }
    [[nodiscard]] const StoreCatalogRow &rowAt(int row) const { return m_rows.at(row); }

    void setLocationId(const QString &id);
    void setSearch(const QString &search);
    void setChannel(const QString &channel);

    /** Loads the next page if there is one (for views that do not call fetchMore themselves). */
    Q_INVOKABLE void loadMore();
    /** Starts again from the first page (and without the pause after typing). */
    Q_INVOKABLE void reload();
    /** Row of a variant, or -1. */
    Q_INVOKABLE int indexOf(const QString &variantId) const;

    /** A change someone made, from the live stream: the rows it concerns are read again. */
    void liveEvent(const StreamEvent &event);

    /** "This location's price · until 14 Mar": why a row has the price it has. */
    [[nodiscard]] static QString priceWhy(const StoreCatalogRow &row, const QString &channel);
    [[nodiscard]] static QString orderabilityText(const QString &orderability);

Q_SIGNALS:
    void locationIdChanged();
    void searchChanged();
    void channelChanged();
    void channelsChanged();

private:
    void chooseDefaultLocation();
    void loadChannels();
    void requestPage(bool fromStart);
    void flushLive();
    void applyLive(const QStringList &asked, const QList<StoreCatalogRow> &found);

    QPointer<DbExecutor> m_executor;
    QPointer<LocationModel> m_locations;
    QString m_tenantId;
    StoreCatalogQuery m_query;
    PriceChannels m_channels;
    QList<StoreCatalogRow> m_rows;
    QTimer m_debounce;
    quint64 m_generation = 0;    // bumped on every change of what is shown; stale answers dropped
    QSet<QString> m_livePending; // variant ids to read again
    QHash<QString, qint64> m_flashUntil; // variant id → end of its highlight
    QTimer m_liveTimer;
};

} // namespace stockroom
