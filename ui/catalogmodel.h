#pragma once

#include "catalog/catalogtypes.h"
#include "pagedlistmodel.h"

#include <QPointer>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace stockroom {

class DbExecutor;

/**
 * The catalog browser's rows: variants in name order, filtered by a search term and a category,
 * loaded a page at a time with keyset pagination as the view scrolls (fetchMore). Typing
 * restarts the query after a short pause; answers to superseded queries are dropped.
 */
class CatalogModel : public PagedListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    Q_PROPERTY(QString search READ search WRITE setSearch NOTIFY searchChanged)
    Q_PROPERTY(QString categoryId READ categoryId WRITE setCategoryId NOTIFY categoryIdChanged)
    /** Prices as at this location (empty: every location's price) on this channel. */
    Q_PROPERTY(QString locationId READ locationId WRITE setLocationId NOTIFY priceScopeChanged)
    Q_PROPERTY(QString channel READ channel WRITE setChannel NOTIFY priceScopeChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        SkuRole,
        NameRole,
        BarcodeRole,
        CategoryRole,
        PackRole,
        PriceRole,
        MrpRole,
        AvailableRole,
        StockStateRole, // "out", "ok"
        ArchivedRole,
        TaxRole,            // "5%", empty when unpriced
        PriceWhyRole,       // "L1's own price"
        PriceScheduledRole, // a change of the price in effect is scheduled
        PricedRole,
    };
    Q_ENUM(Role)

    static constexpr int PageSize = 100;

    explicit CatalogModel(QObject *parent = nullptr);

    /** Where to read from; nothing loads until both are set. */
    void setSource(DbExecutor *executor, const QString &tenantId);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    [[nodiscard]] const QString &search() const { return m_search; }
    [[nodiscard]] const QString &categoryId() const { return m_categoryId; }
    [[nodiscard]] const QString &locationId() const { return m_locationId; }
    [[nodiscard]] const QString &channel() const { return m_channel; }
    [[nodiscard]] const CatalogRow &rowAt(int row) const { return m_rows.at(row); }

    void setSearch(const QString &search);
    void setCategoryId(const QString &categoryId);
    void setLocationId(const QString &locationId);
    void setChannel(const QString &channel);
    /**
     * Reads the rows of these variants again where they are listed (a price or item changed
     * elsewhere), in place; variants not listed are left alone.
     */
    void refreshRows(const QStringList &variantIds);
    /** Reads every listed row again in place (their category paths changed, say). */
    void refreshListed();

    /** Loads the next page if there is one (for views that do not call fetchMore themselves). */
    Q_INVOKABLE void loadMore();
    /** Starts again from the first page with the current filter. */
    Q_INVOKABLE void reload();
    /** Row index of a variant id, or -1. */
    Q_INVOKABLE int indexOfId(const QString &id) const;
    /** Reads a shown variant's row again in place (edited here or elsewhere); a renamed item
     *  keeps its place until the list is read again. */
    Q_INVOKABLE void refreshRow(const QString &id);
    /** Drops a deleted variant's row. */
    Q_INVOKABLE void dropRow(const QString &id);

Q_SIGNALS:
    void searchChanged();
    void categoryIdChanged();
    void priceScopeChanged();
    /** Rows were read again in place (refreshRows). */
    void rowsRefreshed(const QStringList &variantIds);

private:
    void requestPage(bool fromStart);
    /** Reads rows @p listed (all of them listed now) again in place. */
    void readRowsAgain(const QStringList &listed);

    QPointer<DbExecutor> m_executor;
    QString m_tenantId;
    QString m_search;
    QString m_categoryId;
    QString m_locationId;
    QString m_channel;
    QList<CatalogRow> m_rows;
    QTimer m_debounce;
    quint64 m_generation = 0; // bumped on every filter change; stale answers are dropped
};

} // namespace stockroom
