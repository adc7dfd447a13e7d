#include "stockpositionmodel.h"

#include "db/dbexecutor.h"
#include "displayformat.h"
#include "stock/stockrepository.h"
#include "types/digitgrouping.h"

namespace stockroom {

namespace {
constexpr int SearchPauseMs = 150;

QString binText(const StockPositionRow &r)
{
    QStringList parts;
    if (!r.rack.isEmpty())
        parts << r.rack;
    if (!r.bin.isEmpty())
        parts << r.bin;
    return parts.join(QLatin1Char('/'));
}
} // namespace

StockPositionModel::StockPositionModel(QObject *parent)
    : QAbstractListModel(parent)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(SearchPauseMs);
    connect(&m_debounce, &QTimer::timeout, this, &StockPositionModel::reload);
    m_liveTimer.setSingleShot(true);
    m_liveTimer.setInterval(LiveCoalesceMs);
    connect(&m_liveTimer, &QTimer::timeout, this, &StockPositionModel::flushLive);
    m_liveTotals.setSingleShot(true);
    m_liveTotals.setInterval(LiveTotalsMs);
    connect(&m_liveTotals, &QTimer::timeout, this, &StockPositionModel::requestTotals);
}

void StockPositionModel::setSource(DbExecutor *executor, const QString &tenantId)
{
    m_executor = executor;
    m_tenantId = tenantId;
    m_filter = StockFilter{};
    Q_EMIT filterChanged();
    ++m_generation;
    ++m_totalsGeneration;
    if (!m_rows.isEmpty()) {
        beginResetModel();
        m_rows.clear();
        endResetModel();
        Q_EMIT countChanged();
    }
    m_totals = {};
    m_totalsLoading = false;
    Q_EMIT totalsChanged();
    m_barcodeVariant.clear();
    m_barcodeMatch.clear();
    Q_EMIT barcodeMatchChanged();
    m_livePending.clear();
    m_flashUntil.clear();
    m_liveTimer.stop();
    m_liveTotals.stop();
    setLoading(false);
    if (m_loadedOnce) {
        m_loadedOnce = false;
        Q_EMIT loadedOnceChanged();
    }
    reload();
}

int StockPositionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant StockPositionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StockPositionRow &r = m_rows.at(index.row());
    switch (role) {
    case PositionIdRole:
        return r.positionId;
    case VariantIdRole:
        return r.variantId;
    case LocationIdRole:
        return r.locationId;
    case SkuRole:
        return r.sku;
    case Qt::DisplayRole:
    case NameRole:
        return r.name;
    case LocationCodeRole:
        return r.locationCode;
    case OnHandRole:
        return display::quantity(r.onHand);
    case ReservedRole:
        return display::quantity(r.reserved);
    case AvailableRole:
        return display::quantity(r.available);
    case InTransitRole:
        return display::quantity(r.inTransit);
    case ReorderPointRole:
        return display::quantity(r.reorderPoint);
    case BinRole:
        return binText(r);
    case LevelRole:
        return r.level();
    case ExpiringRole:
        return r.expiring;
    case ArchivedRole:
        return r.archived;
    case VersionRole:
        return r.version;
    case FlashUntilRole:
        return double(m_flashUntil.value(r.positionId, 0));
    default:
        return {};
    }
}

QHash<int, QByteArray> StockPositionModel::roleNames() const
{
    return {{PositionIdRole, "positionId"},
            {VariantIdRole, "variantId"},
            {LocationIdRole, "locationId"},
            {SkuRole, "sku"},
            {NameRole, "name"},
            {LocationCodeRole, "locationCode"},
            {OnHandRole, "onHand"},
            {ReservedRole, "reserved"},
            {AvailableRole, "available"},
            {InTransitRole, "inTransit"},
            {ReorderPointRole, "reorderPoint"},
            {BinRole, "bin"},
            {LevelRole, "level"},
            {ExpiringRole, "expiring"},
            {ArchivedRole, "archived"},
            {VersionRole, "version"},
            {FlashUntilRole, "flashUntil"}};
}

bool StockPositionModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_hasMore && !m_loading && m_executor;
}

void StockPositionModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        requestPage(false);
}

void StockPositionModel::loadMore()
{
    fetchMore({});
}

QVariantMap StockPositionModel::totalsMap() const
{
    return {
        {QStringLiteral("positions"), m_totals.positions},
        {QStringLiteral("positionsText"), groupIndianDigits(QString::number(m_totals.positions))},
        {QStringLiteral("onHand"), display::quantity(m_totals.onHand)},
        {QStringLiteral("reserved"), display::quantity(m_totals.reserved)},
        {QStringLiteral("available"), display::quantity(m_totals.available)},
        {QStringLiteral("low"), m_totals.low},
        {QStringLiteral("out"), m_totals.out},
        {QStringLiteral("note"), m_totalsNote}};
}

StockFilter StockPositionModel::filter() const
{
    StockFilter f = m_filter;
    f.tenantId = m_tenantId;
    if (!m_barcodeVariant.isEmpty()) {
        f.variantId = m_barcodeVariant;
        f.search.clear();
    }
    return f;
}

void StockPositionModel::setLocationId(const QString &id)
{
    if (m_filter.locationId == id)
        return;
    m_filter.locationId = id;
    filterEdited(false);
}

void StockPositionModel::setCategoryId(const QString &id)
{
    if (m_filter.categoryId == id)
        return;
    m_filter.categoryId = id;
    filterEdited(false);
}

void StockPositionModel::setSearch(const QString &search)
{
    if (m_filter.search == search)
        return;
    m_filter.search = search;
    filterEdited(true);
}

void StockPositionModel::setLowOnly(bool on)
{
    if (m_filter.low == on)
        return;
    m_filter.low = on;
    filterEdited(false);
}

void StockPositionModel::setOutOnly(bool on)
{
    if (m_filter.out == on)
        return;
    m_filter.out = on;
    filterEdited(false);
}

void StockPositionModel::setExpiringOnly(bool on)
{
    if (m_filter.expiring == on)
        return;
    m_filter.expiring = on;
    filterEdited(false);
}

void StockPositionModel::filterEdited(bool pause)
{
    Q_EMIT filterChanged();
    if (pause)
        m_debounce.start();
    else
        reload();
}

void StockPositionModel::reload()
{
    m_debounce.stop();
    if (!m_executor || m_tenantId.isEmpty())
        return;
    requestPage(true);
}

int StockPositionModel::indexOf(const QString &variantId, const QString &locationId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).variantId == variantId && m_rows.at(i).locationId == locationId)
            return static_cast<int>(i);
    }
    return -1;
}

void StockPositionModel::requestPage(bool fromStart)
{
    if (fromStart) {
        ++m_generation;
        ++m_totalsGeneration; // the totals of the old filter are of no use now
    }
    const quint64 generation = m_generation;
    StockFilter filter = fromStart ? m_filter : this->filter();
    filter.tenantId = m_tenantId;
    std::optional<StockCursor> after;
    if (!fromStart && !m_rows.isEmpty())
        after =
            StockCursor{m_rows.last().sortKey, m_rows.last().variantId, m_rows.last().locationCode};
    setLoading(true);
    m_executor->run<Page>(
        this,
        [filter, after, fromStart](QSqlDatabase &db) mutable {
            Page page;
            // A whole barcode names one variant: resolve it once, on the first page.
            if (fromStart && StockRepository::isWholeBarcode(filter.search)) {
                page.barcodeVariant =
                    StockRepository::variantForBarcode(db, filter.tenantId, filter.search);
                if (!page.barcodeVariant.isEmpty()) {
                    filter.variantId = page.barcodeVariant;
                    filter.search.clear();
                }
            }
            page.rows = StockRepository::page(db, filter, after, PageSize);
            return page;
        },
        [this, generation, fromStart](const DbResult<Page> &result) {
            if (generation != m_generation)
                return; // the filter changed meanwhile; a newer request is on its way
            if (!result.ok()) {
                setError(result.error);
                setLoading(false);
                return;
            }
            setError({});
            const Page &page = *result.value;
            const int oldCount = rowCount();
            if (fromStart) {
                m_barcodeVariant = page.barcodeVariant;
                beginResetModel();
                m_rows = page.rows;
                endResetModel();
                const QString match =
                    m_barcodeVariant.isEmpty() || m_rows.isEmpty()
                        ? QString()
                        : m_rows.first().sku + QStringLiteral(" · ") + m_rows.first().name;
                if (match != m_barcodeMatch || !match.isEmpty()) {
                    m_barcodeMatch = match;
                    Q_EMIT barcodeMatchChanged();
                }
            } else if (!page.rows.isEmpty()) {
                beginInsertRows({}, oldCount, oldCount + static_cast<int>(page.rows.size()) - 1);
                m_rows.append(page.rows);
                endInsertRows();
            }
            const bool more = page.rows.size() == PageSize;
            if (more != m_hasMore) {
                m_hasMore = more;
                Q_EMIT hasMoreChanged();
            }
            if (rowCount() != oldCount || fromStart)
                Q_EMIT countChanged();
            if (!m_loadedOnce) {
                m_loadedOnce = true;
                Q_EMIT loadedOnceChanged();
            }
            // Only now: a view reacting to the new rows may ask for the next page, and its
            // cursor must already be the new last row.
            setLoading(false);
            if (fromStart)
                requestTotals();
        });
}

void StockPositionModel::requestTotals()
{
    if (!m_executor)
        return;
    const quint64 generation = ++m_totalsGeneration;
    const StockFilter filter = this->filter();
    m_totalsLoading = true;
    Q_EMIT totalsChanged();
    m_executor->run<StockTotals>(
        this, [filter](QSqlDatabase &db) { return StockRepository::totals(db, filter); },
        [this, generation](const DbResult<StockTotals> &result) {
            if (generation != m_totalsGeneration)
                return;
            m_totalsLoading = false;
            m_totalsNote.clear();
            if (result.ok()) {
                m_totals = *result.value;
            } else if (result.sqlState == QLatin1String("57014")) {
                m_totals = {};
                m_totalsNote = tr("Totals take too long over everything in your scope; choose a "
                                  "location, a category or a search to see them.");
            } else {
                m_totals = {};
                m_totalsNote = tr("Could not add up the totals: %1").arg(result.message);
            }
            Q_EMIT totalsChanged();
        });
}

void StockPositionModel::replaceRow(int row, const StockPositionRow &value)
{
    m_rows[row] = value;
    Q_EMIT dataChanged(index(row), index(row));
    Q_EMIT positionUpdated(row);
}

void StockPositionModel::applyState(const StockPositionState &state)
{
    const int row = indexOf(state.variantId, state.locationId);
    if (row >= 0 && state.version >= m_rows.at(row).version) {
        StockPositionRow r = m_rows.at(row);
        r.onHand = state.onHand;
        r.reserved = state.reserved;
        r.available = state.available;
        r.inTransit = state.inTransit;
        r.reorderPoint = state.reorderPoint;
        r.version = state.version;
        r.lastModifiedAt = QDateTime::currentDateTime();
        replaceRow(row, r);
        // Whether a batch is now in its alert window can change with any batch command.
        refreshPosition(state.variantId, state.locationId);
    }
    requestTotals();
}

void StockPositionModel::refreshPosition(const QString &variantId, const QString &locationId)
{
    readPosition(variantId, locationId, false);
}

void StockPositionModel::liveChange(const QString &variantId, const QString &locationId)
{
    if (!m_executor)
        return;
    // Whether or not it is listed, it may count in the totals of this filter.
    if (!m_liveTotals.isActive())
        m_liveTotals.start();
    if (indexOf(variantId, locationId) < 0)
        return; // not on the pages loaded: the next load shows it as it is
    m_livePending.insert({variantId, locationId});
    if (!m_liveTimer.isActive())
        m_liveTimer.start();
}

void StockPositionModel::flushLive()
{
    const auto pending = std::exchange(m_livePending, {});
    for (const auto &[variantId, locationId] : pending)
        readPosition(variantId, locationId, true);
}

void StockPositionModel::readPosition(const QString &variantId, const QString &locationId,
                                      bool live)
{
    if (!m_executor)
        return;
    const quint64 generation = m_generation;
    m_executor->run<std::optional<StockPositionRow>>(
        this,
        [tenantId = m_tenantId, variantId, locationId](QSqlDatabase &db) {
            return StockRepository::position(db, tenantId, variantId, locationId);
        },
        [this, generation, variantId, locationId,
         live](const DbResult<std::optional<StockPositionRow>> &result) {
            if (generation != m_generation || !result.ok() || !result.value->has_value())
                return;
            const int row = indexOf(variantId, locationId);
            if (row < 0 || (*result.value)->version < m_rows.at(row).version)
                return;
            const StockPositionRow &before = m_rows.at(row);
            const StockPositionRow &after = **result.value;
            const bool moved = after.version != before.version;
            // Batches expire or near expiry without a new version of the position.
            const bool shows = moved || after.expiring != before.expiring ||
                               after.reorderPoint != before.reorderPoint;
            if (live && shows)
                m_flashUntil.insert(after.positionId,
                                    QDateTime::currentMSecsSinceEpoch() + FlashMs);
            replaceRow(row, after);
            if (moved && !live) // changed by someone else meanwhile: so have the totals
                requestTotals();
        });
}

void StockPositionModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged();
}

void StockPositionModel::setError(const QString &text)
{
    if (m_errorText == text)
        return;
    m_errorText = text;
    Q_EMIT errorTextChanged();
}

} // namespace stockroom
