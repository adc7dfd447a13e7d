#include "reservationmodel.h"

#include "db/dbexecutor.h"
#include "db/sqlsession.h"
#include "displayformat.h"
#include "stock/reservationrepository.h"

#include <QDateTime>
#include <algorithm>
#include <limits>

namespace stockroom {

namespace {

constexpr int SearchPauseMs = 150;

struct PageAnswer
{
    QList<ReservationRow> rows;
    std::optional<qint64> skewMs; // measured with the first page
};

// List order: active ones by expiry (none last), then id; closed ones latest first, then id
// descending — as ReservationRepository::page sorts them.
bool sortsBefore(const ReservationRow &a, const ReservationRow &b)
{
    if (a.sortGroup != b.sortGroup)
        return a.sortGroup < b.sortGroup;
    if (a.sortGroup == 0) {
        const qint64 ea = a.expiresAt.isValid() ? a.expiresAt.toMSecsSinceEpoch()
                                                : std::numeric_limits<qint64>::max();
        const qint64 eb = b.expiresAt.isValid() ? b.expiresAt.toMSecsSinceEpoch()
                                                : std::numeric_limits<qint64>::max();
        return ea != eb ? ea < eb : a.id < b.id;
    }
    if (a.closedAt != b.closedAt)
        return a.closedAt > b.closedAt;
    return a.id > b.id;
}

QString statusTitle(ReservationStatus status)
{
    switch (status) {
    case ReservationStatus::Active:
        return ReservationModel::tr("Active");
    case ReservationStatus::Committed:
        return ReservationModel::tr("Committed");
    case ReservationStatus::Released:
        return ReservationModel::tr("Released");
    case ReservationStatus::Expired:
        return ReservationModel::tr("Expired");
    }
    return {};
}

bool containsFolded(const QString &haystack, const QString &needle)
{
    return haystack.contains(needle, Qt::CaseInsensitive);
}

} // namespace

ReservationModel::ReservationModel(QObject *parent)
    : PagedListModel(parent)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(SearchPauseMs);
    connect(&m_debounce, &QTimer::timeout, this, &ReservationModel::reload);
    m_ticker.setInterval(1000);
    m_ticker.setTimerType(Qt::PreciseTimer);
    connect(&m_ticker, &QTimer::timeout, this, [this]() { tick(serverNow()); });
    m_now = serverNow();
}

void ReservationModel::setSource(DbExecutor *executor, const QString &tenantId)
{
    m_executor = executor;
    m_tenantId = tenantId;
    // Another source is another person's view: drop the rows and any answer still on its way.
    ++m_generation;
    m_busy.clear();
    m_refusals.clear();
    m_flashUntil.clear();
    clearRows(m_rows);
    setLoading(false);
    setError({});
    forgetLoaded();
    updateTicking();
    updateOverdueCount();
    reload();
}

int ReservationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

bool ReservationModel::isOverdue(const ReservationRow &row) const
{
    return row.status == ReservationStatus::Active && row.expiresAt.isValid() &&
           row.expiresAt <= m_now;
}

QVariant ReservationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReservationRow &row = m_rows.at(index.row());
    const bool active = row.status == ReservationStatus::Active;
    switch (role) {
    case IdRole:
        return row.id;
    case Qt::DisplayRole:
    case OrderRole:
        return row.orderId;
    case VariantIdRole:
        return row.variantId;
    case SkuRole:
        return row.sku;
    case NameRole:
        return row.variantName;
    case LocationIdRole:
        return row.locationId;
    case LocationCodeRole:
        return row.locationCode;
    case LocationNameRole:
        return row.locationName;
    case QuantityRole:
        return display::quantity(row.quantity) + QLatin1Char(' ') + row.stockUom;
    case StatusRole:
        return reservationStatusKey(row.status);
    case StatusTitleRole:
        return statusTitle(row.status);
    case TimeLeftRole:
        if (!active)
            return QString();
        if (!row.expiresAt.isValid())
            return tr("No expiry");
        if (isOverdue(row))
            return tr("Expired, awaiting release");
        return formatTimeLeft(m_now.msecsTo(row.expiresAt));
    case TimeStateRole:
        if (!active)
            return QString();
        if (isOverdue(row))
            return QStringLiteral("overdue");
        if (row.expiresAt.isValid() && m_now.msecsTo(row.expiresAt) <= SoonMs)
            return QStringLiteral("soon");
        return QStringLiteral("ok");
    case ExpiresAtRole:
        return formatMoment(row.expiresAt, m_now);
    case CreatedByRole:
        return row.createdBy;
    case CreatedAtRole:
        return formatMoment(row.createdAt, m_now);
    case ClosedAtRole:
        return formatMoment(row.closedAt, m_now);
    case CanReleaseRole:
        // The server's sweeper releases an overdue one by itself, but releasing it now is fine.
        return active && !m_busy.contains(row.id);
    case CanCommitRole:
        // api.commit_reservation refuses a reservation whose time is up.
        return active && !isOverdue(row) && !m_busy.contains(row.id);
    case BusyRole:
        return m_busy.contains(row.id);
    case BusyActionRole:
        return m_busy.value(row.id);
    case RefusalRole:
        return m_refusals.value(row.id);
    case FlashUntilRole:
        return double(m_flashUntil.value(row.id, 0));
    default:
        return {};
    }
}

QHash<int, QByteArray> ReservationModel::roleNames() const
{
    return {{IdRole, "reservationId"},
            {OrderRole, "orderId"},
            {VariantIdRole, "variantId"},
            {SkuRole, "sku"},
            {NameRole, "name"},
            {LocationIdRole, "locationId"},
            {LocationCodeRole, "locationCode"},
            {LocationNameRole, "locationName"},
            {QuantityRole, "quantity"},
            {StatusRole, "status"},
            {StatusTitleRole, "statusTitle"},
            {TimeLeftRole, "timeLeft"},
            {TimeStateRole, "timeState"},
            {ExpiresAtRole, "expiresAt"},
            {CreatedByRole, "createdBy"},
            {CreatedAtRole, "createdAt"},
            {ClosedAtRole, "closedAt"},
            {CanReleaseRole, "canRelease"},
            {CanCommitRole, "canCommit"},
            {BusyRole, "busy"},
            {BusyActionRole, "busyAction"},
            {RefusalRole, "refusal"},
            {FlashUntilRole, "flashUntil"}};
}

bool ReservationModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && hasMore() && !isLoading() && m_executor;
}

void ReservationModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        requestPage(false);
}

void ReservationModel::loadMore()
{
    fetchMore({});
}

void ReservationModel::setView(const QString &view)
{
    const auto parsed = reservationViewFromKey(view);
    if (!parsed || *parsed == m_view)
        return;
    m_view = *parsed;
    Q_EMIT viewChanged();
    reload();
}

void ReservationModel::setLocationId(const QString &locationId)
{
    if (m_locationId == locationId)
        return;
    m_locationId = locationId;
    Q_EMIT locationIdChanged();
    reload();
}

void ReservationModel::setSearch(const QString &search)
{
    if (m_search == search)
        return;
    m_search = search;
    Q_EMIT searchChanged();
    m_debounce.start();
}

void ReservationModel::reload()
{
    m_debounce.stop();
    if (!m_executor || m_tenantId.isEmpty())
        return;
    requestPage(true);
}

int ReservationModel::indexOfId(const QString &id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return static_cast<int>(i);
    }
    return -1;
}

ReservationFilter ReservationModel::filter() const
{
    return {m_tenantId, m_view, m_locationId, m_search};
}

bool ReservationModel::belongsHere(const ReservationRow &row) const
{
    if (m_view != ReservationView::All &&
        reservationViewKey(m_view) != reservationStatusKey(row.status))
        return false;
    if (!m_locationId.isEmpty() && row.locationId != m_locationId)
        return false;
    const QString term = m_search.trimmed();
    // The database also matches a whole barcode, which the row does not carry: a row found only
    // by barcode shows up on the next reload.
    return term.isEmpty() || containsFolded(row.orderId, term) || containsFolded(row.sku, term) ||
           containsFolded(row.variantName, term);
}

int ReservationModel::upsert(const ReservationRow &row)
{
    const int at = indexOfId(row.id);
    if (at >= 0) {
        // Replaced where it is, even if it no longer matches the view: the person sees what
        // their command did; the next reload files it where it now belongs.
        m_rows[at] = row;
        Q_EMIT dataChanged(index(at), index(at));
        updateTicking();
        updateOverdueCount();
        return at;
    }
    if (!belongsHere(row))
        return -1;
    const auto pos = std::lower_bound(m_rows.cbegin(), m_rows.cend(), row, sortsBefore);
    if (pos == m_rows.cend() && hasMore())
        return -1; // it sorts among the rows not loaded yet; paging will bring it
    const int insertAt = static_cast<int>(pos - m_rows.cbegin());
    beginInsertRows({}, insertAt, insertAt);
    m_rows.insert(insertAt, row);
    endInsertRows();
    Q_EMIT countChanged();
    updateTicking();
    updateOverdueCount();
    return insertAt;
}

void ReservationModel::flashRow(const QString &id)
{
    m_flashUntil.insert(id, QDateTime::currentMSecsSinceEpoch() + FlashMs);
    const int at = indexOfId(id);
    if (at >= 0)
        Q_EMIT dataChanged(index(at), index(at), {FlashUntilRole});
}

void ReservationModel::setRowBusy(const QString &id, const QString &action)
{
    if (action.isEmpty())
        m_busy.remove(id);
    else
        m_busy.insert(id, action);
    const int at = indexOfId(id);
    if (at >= 0)
        Q_EMIT dataChanged(index(at), index(at),
                           {BusyRole, BusyActionRole, CanReleaseRole, CanCommitRole});
}

void ReservationModel::setRowRefusal(const QString &id, const QVariantMap &refusal)
{
    if (refusal.isEmpty())
        m_refusals.remove(id);
    else
        m_refusals.insert(id, refusal);
    const int at = indexOfId(id);
    if (at >= 0)
        Q_EMIT dataChanged(index(at), index(at), {RefusalRole});
}

QDateTime ReservationModel::serverNow() const
{
    return QDateTime::currentDateTimeUtc().addMSecs(m_skewMs);
}

void ReservationModel::tick(const QDateTime &serverNow)
{
    m_now = serverNow;
    // Only the active rows change, and only their time roles: a view repaints the delegates
    // it has on screen and nothing else.
    int first = -1;
    int last = -1;
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).status == ReservationStatus::Active) {
            if (first < 0)
                first = static_cast<int>(i);
            last = static_cast<int>(i);
        }
    }
    if (first >= 0)
        Q_EMIT dataChanged(index(first), index(last), {TimeLeftRole, TimeStateRole, CanCommitRole});
    updateOverdueCount();
}

QString ReservationModel::formatTimeLeft(qint64 ms)
{
    const qint64 seconds = ms / 1000;
    if (seconds < 3600)
        return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    const qint64 minutes = seconds / 60;
    if (minutes < 24 * 60)
        return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
    const qint64 hours = minutes / 60;
    return tr("%1 d %2 h").arg(hours / 24).arg(hours % 24);
}

QString ReservationModel::formatMoment(const QDateTime &utc, const QDateTime &now)
{
    if (!utc.isValid())
        return QString();
    const QDateTime local = utc.toLocalTime();
    const QDate today = now.toLocalTime().date();
    const QString time = local.toString(QStringLiteral("HH:mm"));
    if (local.date() == today)
        return time;
    if (local.date() == today.addDays(-1))
        return tr("Yesterday %1").arg(time);
    if (local.date() == today.addDays(1))
        return tr("Tomorrow %1").arg(time);
    if (local.date().year() == today.year())
        return local.toString(QStringLiteral("d MMM HH:mm"));
    return local.toString(QStringLiteral("d MMM yyyy HH:mm"));
}

void ReservationModel::requestPage(bool fromStart)
{
    if (fromStart)
        ++m_generation;
    const quint64 generation = m_generation;
    const ReservationFilter pageFilter = filter();
    std::optional<ReservationCursor> after;
    if (!fromStart && !m_rows.isEmpty())
        after = ReservationCursor{m_rows.last().sortGroup, m_rows.last().sortKey, m_rows.last().id};
    setLoading(true);
    m_executor->run<PageAnswer>(
        this,
        [pageFilter, after, fromStart](QSqlDatabase &qdb) {
            QtSqlSession db(qdb);
            PageAnswer answer;
            if (fromStart) {
                // Expiry times are the server's: count down against its clock, not this one's.
                const qint64 sent = QDateTime::currentMSecsSinceEpoch();
                const QDateTime server = ReservationRepository::serverNow(db);
                const qint64 received = QDateTime::currentMSecsSinceEpoch();
                if (server.isValid())
                    answer.skewMs = server.toMSecsSinceEpoch() - (sent + received) / 2;
            }
            answer.rows = ReservationRepository::page(db, pageFilter, after, PageSize);
            return answer;
        },
        [this, generation, fromStart](const DbResult<PageAnswer> &result) {
            if (generation != m_generation)
                return; // the filter changed meanwhile; a newer request is on its way
            if (!result.ok()) {
                setError(result.error);
                setLoading(false);
                return;
            }
            setError({});
            if (result.value->skewMs)
                m_skewMs = *result.value->skewMs;
            m_now = serverNow();
            takePage(m_rows, result.value->rows, fromStart, PageSize);
            updateTicking();
            updateOverdueCount();
            // Only now: a view reacting to the inserted rows may ask for the next page, and
            // its cursor must already be the new last row.
            setLoading(false);
        });
}

void ReservationModel::updateTicking()
{
    const bool anyActive = std::any_of(m_rows.cbegin(), m_rows.cend(), [](const ReservationRow &r) {
        return r.status == ReservationStatus::Active;
    });
    if (anyActive && !m_ticker.isActive())
        m_ticker.start();
    else if (!anyActive)
        m_ticker.stop();
}

void ReservationModel::updateOverdueCount()
{
    const int overdue = static_cast<int>(std::count_if(
        m_rows.cbegin(), m_rows.cend(), [this](const ReservationRow &r) { return isOverdue(r); }));
    if (overdue == m_overdueLoaded)
        return;
    m_overdueLoaded = overdue;
    Q_EMIT overdueLoadedChanged();
}

} // namespace stockroom
