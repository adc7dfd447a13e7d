#include "catalogmodel.h"

#include "catalog/catalogrepository.h"
#include "db/dbexecutor.h"
#include "displayformat.h"

namespace stockroom {

namespace {
constexpr int SearchPauseMs = 120;
}

CatalogModel::CatalogModel(QObject *parent)
    : PagedListModel(parent)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(SearchPauseMs);
    connect(&m_debounce, &QTimer::timeout, this, &CatalogModel::reload);
}

void CatalogModel::setSource(DbExecutor *executor, const QString &tenantId)
{
    m_executor = executor;
    m_tenantId = tenantId;
    // Another source is another person's view: drop the rows and any answer still on its way.
    ++m_generation;
    clearRows(m_rows);
    setLoading(false);
    forgetLoaded();
    reload();
}

int CatalogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant CatalogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CatalogRow &row = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return row.id;
    case SkuRole:
        return row.sku;
    case Qt::DisplayRole:
    case NameRole:
        return row.name;
    case BarcodeRole:
        return row.barcode;
    case CategoryRole:
        return row.categoryPath;
    case PackRole:
        return display::pack(row.packSize, row.packUom);
    case PriceRole:
        return display::money(row.price);
    case MrpRole:
        return display::money(row.mrp);
    case AvailableRole:
        return display::quantity(row.available);
    case StockStateRole:
        return row.available > Quantity() ? QStringLiteral("ok") : QStringLiteral("out");
    case ArchivedRole:
        return row.archived;
    case TaxRole:
        return row.taxRate.isEmpty() ? QString() : display::percent(row.taxRate);
    case PriceWhyRole:
        return row.priceWhy;
    case PriceScheduledRole:
        return row.priceChangeScheduled;
    case PricedRole:
        return row.price.has_value();
    default:
        return {};
    }
}

QHash<int, QByteArray> CatalogModel::roleNames() const
{
    return {{IdRole, "variantId"},        {SkuRole, "sku"},
            {NameRole, "name"},           {BarcodeRole, "barcode"},
            {CategoryRole, "category"},   {PackRole, "pack"},
            {PriceRole, "price"},         {MrpRole, "mrp"},
            {AvailableRole, "available"}, {StockStateRole, "stockState"},
            {ArchivedRole, "archived"},   {TaxRole, "tax"},
            {PriceWhyRole, "priceWhy"},   {PriceScheduledRole, "priceScheduled"},
            {PricedRole, "priced"}};
}

bool CatalogModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && hasMore() && !isLoading() && m_executor;
}

void CatalogModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        requestPage(false);
}

void CatalogModel::loadMore()
{
    fetchMore({});
}

void CatalogModel::setSearch(const QString &search)
{
    if (m_search == search)
        return;
    m_search = search;
    Q_EMIT searchChanged();
    m_debounce.start();
}

void CatalogModel::setCategoryId(const QString &categoryId)
{
    if (m_categoryId == categoryId)
        return;
    m_categoryId = categoryId;
    Q_EMIT categoryIdChanged();
    reload();
}

void CatalogModel::reload()
{
    m_debounce.stop();
    if (!m_executor || m_tenantId.isEmpty())
        return;
    requestPage(true);
}

void CatalogModel::setLocationId(const QString &locationId)
{
    if (m_locationId == locationId)
        return;
    m_locationId = locationId;
    Q_EMIT priceScopeChanged();
    reload();
}

void CatalogModel::setChannel(const QString &channel)
{
    if (m_channel == channel)
        return;
    m_channel = channel;
    Q_EMIT priceScopeChanged();
    reload();
}

void CatalogModel::refreshRows(const QStringList &variantIds)
{
    QStringList listed;
    for (const QString &id : variantIds) {
        if (indexOfId(id) >= 0 && !listed.contains(id))
            listed.append(id);
    }
    readRowsAgain(listed);
}

void CatalogModel::readRowsAgain(const QStringList &listed)
{
    if (!m_executor || listed.isEmpty())
        return;
    const quint64 generation = m_generation;
    const CatalogFilter filter{m_tenantId, {}, {}, m_locationId, m_channel};
    m_executor->run<QList<CatalogRow>>(
        this,
        [filter, listed](QSqlDatabase &db) { return CatalogRepository::rows(db, filter, listed); },
        [this, generation, listed](const DbResult<QList<CatalogRow>> &result) {
            if (generation != m_generation || !result.ok())
                return; // a newer list is on its way, or the next reload will tell
            for (const CatalogRow &fresh : *result.value) {
                const int at = indexOfId(fresh.id);
                if (at < 0)
                    continue;
                CatalogRow row = fresh;
                row.sortKey = m_rows.at(at).sortKey; // the cursor stays where the list is
                m_rows[at] = row;
                Q_EMIT dataChanged(index(at), index(at));
            }
            Q_EMIT rowsRefreshed(listed);
        });
}

void CatalogModel::refreshListed()
{
    QStringList ids;
    ids.reserve(m_rows.size());
    for (const CatalogRow &row : m_rows)
        ids.append(row.id);
    readRowsAgain(ids);
}

int CatalogModel::indexOfId(const QString &id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return i;
    }
    return -1;
}

void CatalogModel::refreshRow(const QString &id)
{
    if (!m_executor || indexOfId(id) < 0)
        return;
    m_executor->run<std::optional<VariantDetail>>(
        this,
        [tenantId = m_tenantId, id](QSqlDatabase &db) {
            return CatalogRepository::detail(db, tenantId, id);
        },
        [this, id](const DbResult<std::optional<VariantDetail>> &result) {
            const int row = indexOfId(id);
            if (row < 0 || !result.ok())
                return;
            if (!*result.value) {
                dropRow(id);
                return;
            }
            m_rows[row] = (*result.value)->row;
            Q_EMIT dataChanged(index(row), index(row));
        });
}

void CatalogModel::dropRow(const QString &id)
{
    const int row = indexOfId(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    Q_EMIT countChanged();
}

void CatalogModel::requestPage(bool fromStart)
{
    if (fromStart)
        ++m_generation;
    const quint64 generation = m_generation;
    const CatalogFilter filter{m_tenantId, m_search, m_categoryId, m_locationId, m_channel};
    std::optional<CatalogCursor> after;
    if (!fromStart && !m_rows.isEmpty())
        after = CatalogCursor{m_rows.last().sortKey, m_rows.last().id};
    setLoading(true);
    m_executor->run<QList<CatalogRow>>(
        this,
        [filter, after](QSqlDatabase &db) {
            return CatalogRepository::page(db, filter, after, PageSize);
        },
        [this, generation, fromStart](const DbResult<QList<CatalogRow>> &result) {
            if (generation != m_generation)
                return; // the filter changed meanwhile; a newer request is on its way
            if (!result.ok()) {
                setError(result.error);
                setLoading(false);
                return;
            }
            setError({});
            takePage(m_rows, *result.value, fromStart, PageSize);
            // Only now: a view reacting to the inserted rows may ask for the next page, and
            // its cursor must already be the new last row.
            setLoading(false);
        });
}

} // namespace stockroom
