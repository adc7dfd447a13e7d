#include "storecatalogmodel.h"

#include "db/dbexecutor.h"
#include "displayformat.h"
#include "locationmodel.h"
#include "stream/streamevent.h"

#include <QLocale>

namespace stockroom {

namespace {
constexpr int SearchPauseMs = 150;

QString idText(const QUuid &id)
{
    return id.isNull() ? QString() : id.toString(QUuid::WithoutBraces);
}

// What a person compares when a row is read again: a change here is worth a highlight.
bool showsTheSame(const StoreCatalogRow &a, const StoreCatalogRow &b)
{
    return a.name == b.name && a.sku == b.sku && a.price == b.price && a.mrp == b.mrp &&
           a.priceRule == b.priceRule && a.priceTo == b.priceTo && a.available == b.available &&
           a.orderability == b.orderability;
}
} // namespace

StoreCatalogModel::StoreCatalogModel(QObject *parent)
    : PagedListModel(parent)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(SearchPauseMs);
    connect(&m_debounce, &QTimer::timeout, this, &StoreCatalogModel::reload);
    m_liveTimer.setSingleShot(true);
    m_liveTimer.setInterval(LiveCoalesceMs);
    connect(&m_liveTimer, &QTimer::timeout, this, &StoreCatalogModel::flushLive);
}

void StoreCatalogModel::setSource(DbExecutor *executor, const QString &tenantId,
                                  LocationModel *locations)
{
    if (m_locations)
        disconnect(m_locations, nullptr, this, nullptr);
    m_executor = executor;
    m_tenantId = tenantId;
    m_locations = locations;
    // Another person's view: no location, search or row of the previous one.
    ++m_generation;
    m_debounce.stop();
    m_liveTimer.stop();
    m_livePending.clear();
    m_flashUntil.clear();
    clearRows(m_rows);
    setLoading(false);
    setError({});
    forgetLoaded();
    if (!m_query.search.isEmpty()) {
        m_query.search.clear();
        Q_EMIT searchChanged();
    }
    if (!m_query.locationId.isEmpty()) {
        m_query.locationId.clear();
        Q_EMIT locationIdChanged();
    }
    if (m_query.channel != QLatin1String("default")) {
        m_query.channel = QStringLiteral("default");
        Q_EMIT channelChanged();
    }
    if (m_channels.clear())
        Q_EMIT channelsChanged();
    loadChannels();
    if (m_locations) {
        connect(m_locations, &LocationModel::loaded, this,
                &StoreCatalogModel::chooseDefaultLocation);
        chooseDefaultLocation();
    }
}

void StoreCatalogModel::loadChannels()
{
    if (m_executor)
        m_channels.read(*m_executor, this, m_tenantId, [this]() { Q_EMIT channelsChanged(); });
}

void StoreCatalogModel::chooseDefaultLocation()
{
    if (!m_locations || !m_executor || m_locations->indexOf(m_query.locationId) >= 0)
        return;
    const QList<LocationEntry> &all = m_locations->locations();
    if (all.isEmpty()) {
        if (m_locations->isLoading())
            return;
        // Nowhere to show: say so rather than wait for a location that will not come.
        takePage(m_rows, QList<StoreCatalogRow>(), true, PageSize);
        return;
    }
    // Where customers buy, active: a shop floor, else a dark store, else whatever there is.
    auto firstOf = [&all](const QString &type) -> const LocationEntry * {
        for (const LocationEntry &l : all)
            if (l.active && l.type == type)
                return &l;
        return nullptr;
    };
    const LocationEntry *chosen = firstOf(QStringLiteral("store"));
    if (!chosen)
        chosen = firstOf(QStringLiteral("dark_store"));
    setLocationId(chosen ? chosen->id : all.first().id);
}

int StoreCatalogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant StoreCatalogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StoreCatalogRow &r = m_rows.at(index.row());
    switch (role) {
    case VariantIdRole:
        return r.variantId;
    case SkuRole:
        return r.sku;
    case Qt::DisplayRole:
    case NameRole:
        return r.name;
    case CategoryRole:
        return r.categoryPath;
    case PriceRole:
        return display::money(r.price);
    case MrpRole:
        return r.mrp ? tr("MRP %1").arg(r.mrp->toDisplayString()) : QString();
    case PriceWhyRole:
        return priceWhy(r, m_query.channel);
    case PriceRuleRole:
        return r.priceRule;
    case AvailableRole:
        return display::quantity(r.available) + QLatin1Char(' ') + r.unit;
    case OrderabilityRole:
        return r.orderability;
    case OrderabilityTextRole:
        return orderabilityText(r.orderability);
    case FlashUntilRole:
        return double(m_flashUntil.value(r.variantId, 0));
    default:
        return {};
    }
}

QHash<int, QByteArray> StoreCatalogModel::roleNames() const
{
    return {{VariantIdRole, "variantId"},
            {SkuRole, "sku"},
            {NameRole, "name"},
            {CategoryRole, "category"},
            {PriceRole, "price"},
            {MrpRole, "mrp"},
            {PriceWhyRole, "priceWhy"},
            {PriceRuleRole, "priceRule"},
            {AvailableRole, "available"},
            {OrderabilityRole, "orderability"},
            {OrderabilityTextRole, "orderabilityText"},
            {FlashUntilRole, "flashUntil"}};
}

QString StoreCatalogModel::priceWhy(const StoreCatalogRow &row, const QString &channel)
{
    if (row.priceRule.isEmpty())
        return tr("No price in effect here");
    QString why;
    if (row.priceRule == QLatin1String("location_default"))
        why = tr("This location's own price");
    else if (row.priceRule == QLatin1String("all_default"))
        why = tr("Price for every location");
    else if (row.priceRule == QLatin1String("location_channel"))
        why = tr("This location's %1 price").arg(channel);
    else
        why = tr("Every location's %1 price").arg(channel);
    if (row.priceTo.isValid()) {
        const QLocale india(QLocale::English, QLocale::India);
        const QDateTime until = row.priceTo.toLocalTime();
        const bool thisYear = until.date().year() == QDate::currentDate().year();
        why += tr(" · until %1")
                   .arg(india.toString(until, thisYear ? QStringLiteral("d MMM, HH:mm")
                                                       : QStringLiteral("d MMM yyyy")));
    }
    return why;
}

QString StoreCatalogModel::orderabilityText(const QString &orderability)
{
    if (orderability == QLatin1String("orderable"))
        return tr("Orderable");
    if (orderability == QLatin1String("out_of_stock"))
        return tr("Out of stock");
    if (orderability == QLatin1String("not_stocked"))
        return tr("Not stocked here");
    if (orderability == QLatin1String("no_price"))
        return tr("No price");
    if (orderability == QLatin1String("inactive"))
        return tr("Product inactive");
    if (orderability == QLatin1String("location_inactive"))
        return tr("Location inactive");
    return orderability;
}

bool StoreCatalogModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && hasMore() && !isLoading() && m_executor;
}

void StoreCatalogModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        requestPage(false);
}

void StoreCatalogModel::loadMore()
{
    fetchMore({});
}

void StoreCatalogModel::setLocationId(const QString &id)
{
    if (m_query.locationId == id)
        return;
    m_query.locationId = id;
    m_flashUntil.clear();
    Q_EMIT locationIdChanged();
    reload();
}

void StoreCatalogModel::setChannel(const QString &channel)
{
    const QString chosen = channel.isEmpty() ? QStringLiteral("default") : channel;
    if (m_query.channel == chosen)
        return;
    m_query.channel = chosen;
    m_flashUntil.clear();
    Q_EMIT channelChanged();
    reload();
}

void StoreCatalogModel::setSearch(const QString &search)
{
    if (m_query.search == search)
        return;
    m_query.search = search;
    Q_EMIT searchChanged();
    m_debounce.start();
}

void StoreCatalogModel::reload()
{
    m_debounce.stop();
    if (!m_executor || m_query.locationId.isEmpty())
        return;
    requestPage(true);
}

int StoreCatalogModel::indexOf(const QString &variantId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).variantId == variantId)
            return static_cast<int>(i);
    }
    return -1;
}

void StoreCatalogModel::requestPage(bool fromStart)
{
    if (fromStart)
        ++m_generation;
    const quint64 generation = m_generation;
    const StoreCatalogQuery query = m_query;
    std::optional<StoreCatalogCursor> after;
    if (!fromStart && !m_rows.isEmpty())
        after = StoreCatalogCursor{m_rows.last().sortKey, m_rows.last().variantId};
    setLoading(true);
    m_executor->run<QList<StoreCatalogRow>>(
        this,
        [query, after](QSqlDatabase &db) {
            return StoreCatalogRepository::page(db, query, after, PageSize);
        },
        [this, generation, fromStart](const DbResult<QList<StoreCatalogRow>> &result) {
            if (generation != m_generation)
                return; // the location or search changed meanwhile; a newer request is coming
            if (!result.ok()) {
                if (fromStart)
                    clearRows(m_rows);
                setError(result.error);
                setLoading(false);
                return;
            }
            setError({});
            takePage(m_rows, *result.value, fromStart, PageSize);
            // Only now: a view reacting to the new rows may ask for the next page, and its
            // cursor must already be the new last row.
            setLoading(false);
        });
}

void StoreCatalogModel::liveEvent(const StreamEvent &event)
{
    if (!m_executor || m_query.locationId.isEmpty())
        return;
    const QString location = idText(event.locationId);
    bool concerns = false;
    if (event.eventType.startsWith(QLatin1String("inventory.")))
        concerns = location == m_query.locationId;
    else if (event.eventType == QLatin1String("catalog.price.updated")) {
        // Its own price or everyone's, on its channel or the default one it falls back to.
        const QString channel = event.text(QStringLiteral("channel"));
        concerns = (location.isEmpty() || location == m_query.locationId) &&
                   (channel.isEmpty() || channel == QLatin1String("default") ||
                    channel == m_query.channel);
        if (!channel.isEmpty() && !m_channels.list().contains(channel))
            loadChannels(); // a price on a channel new to the list
    } else if (event.eventType.startsWith(QLatin1String("catalog.variant.")) ||
               event.eventType == QLatin1String("catalog.product.upserted"))
        concerns = true; // names, SKUs and archiving are the same everywhere
    if (!concerns)
        return;
    QStringList variants;
    if (!event.variantId.isNull()) {
        variants << idText(event.variantId);
    } else if (!event.productId.isNull()) {
        const QString product = idText(event.productId);
        for (const StoreCatalogRow &r : std::as_const(m_rows))
            if (r.productId == product)
                variants << r.variantId;
    }
    bool queued = false;
    for (const QString &v : std::as_const(variants)) {
        if (indexOf(v) < 0)
            continue; // not on the pages loaded: the next load shows it as it is
        m_livePending.insert(v);
        queued = true;
    }
    if (queued && !m_liveTimer.isActive())
        m_liveTimer.start();
}

void StoreCatalogModel::flushLive()
{
    if (!m_executor || m_livePending.isEmpty())
        return;
    const QStringList asked(m_livePending.cbegin(), m_livePending.cend());
    m_livePending.clear();
    const quint64 generation = m_generation;
    const StoreCatalogQuery query = m_query;
    m_executor->run<QList<StoreCatalogRow>>(
        this,
        [query, asked](QSqlDatabase &db) { return StoreCatalogRepository::rows(db, query, asked); },
        [this, generation, asked](const DbResult<QList<StoreCatalogRow>> &result) {
            if (generation != m_generation || !result.ok())
                return;
            applyLive(asked, *result.value);
        });
}

void StoreCatalogModel::applyLive(const QStringList &asked, const QList<StoreCatalogRow> &found)
{
    QHash<QString, StoreCatalogRow> byId;
    for (const StoreCatalogRow &r : found)
        byId.insert(r.variantId, r);
    const qint64 flashEnd = QDateTime::currentMSecsSinceEpoch() + FlashMs;
    for (const QString &id : asked) {
        const int row = indexOf(id);
        if (row < 0)
            continue;
        const auto now = byId.constFind(id);
        if (now == byId.constEnd()) {
            // Archived (or gone): no longer part of the store's view.
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
            m_flashUntil.remove(id);
            Q_EMIT countChanged();
            continue;
        }
        // The sort key keeps the row's place for paging, even if the name changed.
        StoreCatalogRow updated = *now;
        updated.sortKey = m_rows.at(row).sortKey;
        if (!showsTheSame(m_rows.at(row), updated))
            m_flashUntil.insert(id, flashEnd);
        m_rows[row] = updated;
        Q_EMIT dataChanged(index(row), index(row));
    }
}

} // namespace stockroom
