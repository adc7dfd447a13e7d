#include "activitymodel.h"

#include <QLocale>
#include <QSet>

namespace stockroom {

namespace {

QString timeText(const QDateTime &utc)
{
    if (!utc.isValid())
        return QString();
    const QDateTime local = utc.toLocalTime();
    const QLocale locale(QLocale::English, QLocale::India);
    return local.date() == QDate::currentDate()
               ? locale.toString(local.time(), QStringLiteral("HH:mm:ss"))
               : locale.toString(local, QStringLiteral("d MMM HH:mm"));
}

} // namespace

ActivityModel::ActivityModel(QObject *parent, int capacity)
    : QAbstractListModel(parent)
    , m_capacity(std::max(1, capacity))
{}

void ActivityModel::setViewer(const QString &login, ActivityWording::LocationName locationName)
{
    m_login = login;
    m_locationName = std::move(locationName);
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), {ActorTextRole});
    Q_EMIT actorsChanged();
}

ActivityText ActivityModel::add(const StreamEvent &event, const EventItem &item)
{
    const ActivityText text = ActivityWording::describe(event, item, m_locationName);
    beginInsertRows({}, 0, 0);
    m_entries.prepend({event, text});
    endInsertRows();
    if (m_entries.size() > m_capacity) {
        const int first = m_capacity;
        beginRemoveRows({}, first, static_cast<int>(m_entries.size()) - 1);
        m_entries.erase(m_entries.begin() + first, m_entries.end());
        endRemoveRows();
    } else {
        Q_EMIT countChanged();
    }
    if (!m_actors.contains(event.actor) || m_entries.size() == m_capacity ||
        (!m_people.contains(event.actor) && !ActivityWording::isAutomatic(event)))
        rebuildActors();
    return text;
}

void ActivityModel::setHistory(const QList<StreamEvent> &newestFirst,
                               const QHash<QString, EventItem> &items, qint64 upTo)
{
    beginResetModel();
    QList<Entry> kept;
    for (const Entry &e : std::as_const(m_entries))
        if (e.event.seq > upTo)
            kept.append(e);
    for (const StreamEvent &event : newestFirst) {
        if (kept.size() >= m_capacity)
            break;
        if (event.seq <= upTo)
            kept.append(
                {event, ActivityWording::describe(
                            event, items.value(event.variantId.toString(QUuid::WithoutBraces)),
                            m_locationName)});
    }
    m_entries = kept;
    endResetModel();
    Q_EMIT countChanged();
    rebuildActors();
    if (!m_loadedOnce) {
        m_loadedOnce = true;
        Q_EMIT loadingChanged();
    }
}

void ActivityModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged();
}

void ActivityModel::clear()
{
    if (m_loadedOnce) {
        m_loadedOnce = false;
        Q_EMIT loadingChanged();
    }
    if (m_entries.isEmpty())
        return;
    beginResetModel();
    m_entries.clear();
    endResetModel();
    Q_EMIT countChanged();
    rebuildActors();
}

void ActivityModel::rebuildActors()
{
    QSet<QString> seen;
    QSet<QString> people;
    for (const Entry &e : std::as_const(m_entries)) {
        if (e.event.actor.isEmpty())
            continue;
        seen.insert(e.event.actor);
        if (!ActivityWording::isAutomatic(e.event))
            people.insert(e.event.actor);
    }
    QStringList actors(seen.cbegin(), seen.cend());
    actors.sort(Qt::CaseInsensitive);
    if (actors == m_actors && people == m_people)
        return;
    m_actors = actors;
    m_people = people;
    Q_EMIT actorsChanged();
}

QVariantList ActivityModel::actorChoices() const
{
    QVariantList list{
        QVariantMap{{QStringLiteral("login"), QString()}, {QStringLiteral("label"), tr("Anyone")}}};
    for (const QString &login : m_actors) {
        const QString label = login == m_login            ? tr("You")
                              : !m_people.contains(login) ? tr("Automatic")
                                                          : login;
        list.append(
            QVariantMap{{QStringLiteral("login"), login}, {QStringLiteral("label"), label}});
    }
    return list;
}

int ActivityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

QVariant ActivityModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_entries.at(index.row());
    switch (role) {
    case SeqRole:
        return e.event.seq;
    case EventTypeRole:
        return e.event.eventType;
    case KindRole:
        return e.text.kind;
    case ToneRole:
        return e.text.tone;
    case Qt::DisplayRole:
    case TitleRole:
        return e.text.title;
    case DetailRole:
        return e.text.detail;
    case SkuRole:
        return e.event.text(QStringLiteral("sku"));
    case VariantIdRole:
        return e.event.variantId.isNull() ? QString()
                                          : e.event.variantId.toString(QUuid::WithoutBraces);
    case LocationIdRole:
        return e.event.locationId.isNull() ? QString()
                                           : e.event.locationId.toString(QUuid::WithoutBraces);
    case ActorRole:
        return e.event.actor;
    case ActorTextRole:
        if (ActivityWording::isAutomatic(e.event))
            return tr("Automatic");
        return !m_login.isEmpty() && e.event.actor == m_login ? tr("You") : e.event.actor;
    case TimeRole:
        return timeText(e.event.occurredAt);
    case OccurredAtRole:
        return e.event.occurredAt;
    case PlacesRole: {
        QStringList places;
        for (const char *field : {"location_id", "from_location_id", "to_location_id"}) {
            const QString id = e.event.text(QLatin1String(field));
            if (!id.isEmpty() && !places.contains(id))
                places << id;
        }
        return places;
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> ActivityModel::roleNames() const
{
    return {{SeqRole, "seq"},
            {EventTypeRole, "eventType"},
            {KindRole, "kind"},
            {ToneRole, "tone"},
            {TitleRole, "title"},
            {DetailRole, "detail"},
            {SkuRole, "sku"},
            {VariantIdRole, "variantId"},
            {LocationIdRole, "locationId"},
            {ActorRole, "actor"},
            {ActorTextRole, "actorText"},
            {TimeRole, "time"},
            {OccurredAtRole, "occurredAt"},
            {PlacesRole, "places"}};
}

// ── Filters ──────────────────────────────────────────────────────────────────────────────────

ActivityFilterModel::ActivityFilterModel(ActivityModel *source, QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSourceModel(source);
    connect(this, &QAbstractItemModel::rowsInserted, this, &ActivityFilterModel::countChanged);
    connect(this, &QAbstractItemModel::rowsRemoved, this, &ActivityFilterModel::countChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &ActivityFilterModel::countChanged);
    connect(this, &QAbstractItemModel::layoutChanged, this, &ActivityFilterModel::countChanged);
}

QVariantList ActivityFilterModel::kinds()
{
    QVariantList list;
    for (const auto &[key, title] : ActivityWording::kinds())
        list.append(QVariantMap{{QStringLiteral("key"), key}, {QStringLiteral("title"), title}});
    return list;
}

void ActivityFilterModel::setKind(const QString &kind)
{
    if (m_kind == kind)
        return;
    m_kind = kind;
    refilter();
}

void ActivityFilterModel::setLocationId(const QString &id)
{
    if (m_locationId == id)
        return;
    m_locationId = id;
    refilter();
}

void ActivityFilterModel::setSearch(const QString &text)
{
    if (m_search == text)
        return;
    m_search = text;
    refilter();
}

void ActivityFilterModel::setActor(const QString &login)
{
    if (m_actor == login)
        return;
    m_actor = login;
    refilter();
}

void ActivityFilterModel::clearFilters()
{
    m_kind.clear();
    m_locationId.clear();
    m_search.clear();
    m_actor.clear();
    refilter();
}

void ActivityFilterModel::refilter()
{
    invalidateFilter();
    Q_EMIT filterChanged();
    Q_EMIT countChanged();
}

bool ActivityFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_kind.isEmpty() && i.data(ActivityModel::KindRole).toString() != m_kind)
        return false;
    if (!m_locationId.isEmpty() &&
        !i.data(ActivityModel::PlacesRole).toStringList().contains(m_locationId))
        return false;
    if (!m_actor.isEmpty() && i.data(ActivityModel::ActorRole).toString() != m_actor)
        return false;
    const QString term = m_search.trimmed();
    if (!term.isEmpty() &&
        !i.data(ActivityModel::SkuRole).toString().contains(term, Qt::CaseInsensitive) &&
        !i.data(ActivityModel::TitleRole).toString().contains(term, Qt::CaseInsensitive))
        return false;
    return true;
}

} // namespace stockroom
