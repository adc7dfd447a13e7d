#include "sourcelistmodel.h"

#include "types/digitgrouping.h"

#include <QLocale>

namespace stockroom {

namespace {

QString runStatusText(const QString &status)
{
    if (status == QLatin1String("completed"))
        return SourceListModel::tr("completed");
    if (status == QLatin1String("completed_with_errors"))
        return SourceListModel::tr("with errors");
    if (status == QLatin1String("failed"))
        return SourceListModel::tr("failed");
    if (status == QLatin1String("cancelled"))
        return SourceListModel::tr("cancelled");
    if (status == QLatin1String("running"))
        return SourceListModel::tr("running");
    if (status == QLatin1String("dry_run"))
        return SourceListModel::tr("dry run");
    return status;
}

} // namespace

SourceListModel::SourceListModel(QObject *parent)
    : QAbstractListModel(parent)
{}

int SourceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_sources.size());
}

QVariant SourceListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SourceSystem &s = m_sources.at(index.row());
    switch (role) {
    case IdRole:
        return s.id;
    case Qt::DisplayRole:
    case NameRole:
        return s.name;
    case TypeRole:
        return s.type;
    case TypeTitleRole:
        return sourcemappings::sourceTypeTitle(s.type);
    case VendorRole:
        return s.vendor;
    case ActiveRole:
        return s.active;
    case MappingCountRole:
        return countText(s.mappingCount);
    case OpenReviewCountRole:
        return s.openReviewCount;
    case LastRunRole:
        return s.lastRunAt.isValid()
                   ? tr("Last import %1 · %2")
                         .arg(dateText(s.lastRunAt), runStatusText(s.lastRunStatus))
                   : QString();
    default:
        return {};
    }
}

QHash<int, QByteArray> SourceListModel::roleNames() const
{
    return {{IdRole, "sourceId"},
            {NameRole, "name"},
            {TypeRole, "sourceType"},
            {TypeTitleRole, "typeTitle"},
            {VendorRole, "vendor"},
            {ActiveRole, "active"},
            {MappingCountRole, "mappingCount"},
            {OpenReviewCountRole, "openReviewCount"},
            {LastRunRole, "lastRun"}};
}

void SourceListModel::setSources(const QList<SourceSystem> &sources)
{
    const bool sameIds =
        sources.size() == m_sources.size() &&
        std::equal(sources.cbegin(), sources.cend(), m_sources.cbegin(),
                   [](const SourceSystem &a, const SourceSystem &b) { return a.id == b.id; });
    if (sameIds) {
        // A refresh: the same rows with new counts; the view keeps its place and selection.
        m_sources = sources;
        if (!m_sources.isEmpty())
            Q_EMIT dataChanged(index(0), index(rowCount() - 1));
        return;
    }
    beginResetModel();
    m_sources = sources;
    endResetModel();
    Q_EMIT countChanged();
}

const SourceSystem *SourceListModel::find(const QString &id) const
{
    const int row = rowOf(id);
    return row < 0 ? nullptr : &m_sources.at(row);
}

int SourceListModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_sources.size(); ++i) {
        if (m_sources.at(i).id == id)
            return i;
    }
    return -1;
}

QString SourceListModel::countText(qint64 n)
{
    return groupIndianDigits(QString::number(n));
}

QString SourceListModel::dateText(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    return QLocale().toString(utc.toLocalTime().date(), QStringLiteral("d MMM yyyy"));
}

} // namespace stockroom
