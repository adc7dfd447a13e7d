#include "sourcereviewmodel.h"

#include <QLocale>

namespace stockroom {

namespace {

/** "today 09:15", "yesterday 18:40", "24 Mar 02:00", "3 Dec 2025 11:00", in local time. */
QString momentText(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    const QDateTime local = utc.toLocalTime();
    const QDate today = QDate::currentDate();
    const QString time = local.toString(QStringLiteral("HH:mm"));
    if (local.date() == today)
        return SourceReviewModel::tr("today %1").arg(time);
    if (local.date() == today.addDays(-1))
        return SourceReviewModel::tr("yesterday %1").arg(time);
    return QLocale().toString(local, local.date().year() == today.year()
                                         ? QStringLiteral("d MMM HH:mm")
                                         : QStringLiteral("d MMM yyyy HH:mm"));
}

QString capitalised(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

QVariantMap variantMap(const VariantRef &v)
{
    return {{QStringLiteral("id"), v.id},
            {QStringLiteral("sku"), v.sku},
            {QStringLiteral("name"), v.name}};
}

} // namespace

SourceReviewModel::SourceReviewModel(QObject *parent)
    : QAbstractListModel(parent)
{}

int SourceReviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

QVariant SourceReviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SourceReviewItem &i = m_items.at(index.row());
    switch (role) {
    case IdRole:
        return i.id;
    case KindRole:
        return i.kind;
    case KindTitleRole:
        return kindTitle(i.kind);
    case Qt::DisplayRole:
    case ExternalIdRole:
        return i.externalId;
    case SourceNameRole:
        return i.sourceName;
    case ReasonRole:
        return i.reason;
    case SightingsRole:
        return i.sightings;
    case LastSeenRole:
        return capitalised(momentText(i.lastSeenAt));
    case MappedSkuRole:
        return i.mapped.sku;
    case MappedNameRole:
        return i.mapped.name;
    case ProposedSkuRole:
        return i.proposed.sku;
    case ProposedNameRole:
        return i.proposed.name;
    case StatusRole:
        return i.status;
    default:
        return {};
    }
}

QHash<int, QByteArray> SourceReviewModel::roleNames() const
{
    return {{IdRole, "itemId"},
            {KindRole, "kind"},
            {KindTitleRole, "kindTitle"},
            {ExternalIdRole, "externalId"},
            {SourceNameRole, "sourceName"},
            {ReasonRole, "reason"},
            {SightingsRole, "sightings"},
            {LastSeenRole, "lastSeen"},
            {MappedSkuRole, "mappedSku"},
            {MappedNameRole, "mappedName"},
            {ProposedSkuRole, "proposedSku"},
            {ProposedNameRole, "proposedName"},
            {StatusRole, "status"}};
}

void SourceReviewModel::setItems(const QList<SourceReviewItem> &items)
{
    beginResetModel();
    m_items = items;
    endResetModel();
    Q_EMIT countChanged();
}

const SourceReviewItem *SourceReviewModel::find(const QString &id) const
{
    const int row = rowOf(id);
    return row < 0 ? nullptr : &m_items.at(row);
}

int SourceReviewModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).id == id)
            return i;
    }
    return -1;
}

QString SourceReviewModel::kindTitle(const QString &kind)
{
    return kind == QLatin1String("conflict") ? tr("Conflict") : tr("Not mapped");
}

QVariantMap SourceReviewModel::detail(const SourceReviewItem &item)
{
    QVariantList lines;
    for (const auto &[label, value] : sourcemappings::receivedLines(item.receivedRow))
        lines.append(
            QVariantMap{{QStringLiteral("label"), label}, {QStringLiteral("value"), value}});
    const QString seen = item.sightings > 1
                             ? tr("Received %1 times, first %2, last %3")
                                   .arg(item.sightings)
                                   .arg(momentText(item.firstSeenAt), momentText(item.lastSeenAt))
                             : tr("Received %1").arg(momentText(item.lastSeenAt));
    // What to search the catalog for when mapping it by hand: the row's own words for the item.
    QString searchHint;
    for (const char *key : {"variant_name", "product_name", "name", "description", "sku"}) {
        searchHint = item.receivedRow.value(QLatin1String(key)).toString().trimmed();
        if (!searchHint.isEmpty())
            break;
    }
    return {{QStringLiteral("itemId"), item.id},
            {QStringLiteral("searchHint"), searchHint},
            {QStringLiteral("kind"), item.kind},
            {QStringLiteral("kindTitle"), kindTitle(item.kind)},
            {QStringLiteral("externalId"), item.externalId},
            {QStringLiteral("entityType"), item.entityType},
            {QStringLiteral("sourceId"), item.sourceId},
            {QStringLiteral("sourceName"), item.sourceName},
            {QStringLiteral("sourceTypeTitle"), sourcemappings::sourceTypeTitle(item.sourceType)},
            {QStringLiteral("reason"), item.reason},
            {QStringLiteral("seen"), seen},
            {QStringLiteral("received"), lines},
            {QStringLiteral("mapped"), variantMap(item.mapped)},
            {QStringLiteral("proposed"), variantMap(item.proposed)},
            {QStringLiteral("hasMapped"), !item.mapped.isNull()},
            {QStringLiteral("hasProposed"), !item.proposed.isNull()},
            // Proposing what it is already mapped to leaves nothing to choose between.
            {QStringLiteral("proposesOther"),
             !item.proposed.isNull() && item.proposed.id != item.mapped.id}};
}

} // namespace stockroom
