#include "sourcemappingmodel.h"

#include "db/dbexecutor.h"
#include "db/sqlsession.h"
#include "sourcelistmodel.h"

namespace stockroom {

namespace {
constexpr int SearchPauseMs = 150;
}

SourceMappingModel::SourceMappingModel(QObject *parent)
    : QAbstractListModel(parent)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(SearchPauseMs);
    connect(&m_debounce, &QTimer::timeout, this, &SourceMappingModel::reload);
}

void SourceMappingModel::setExecutor(DbExecutor *executor)
{
    m_executor = executor;
    m_sourceId.clear();
    clear();
}

void SourceMappingModel::setSourceId(const QString &sourceId)
{
    if (m_sourceId == sourceId)
        return;
    m_sourceId = sourceId;
    clear();
    reload();
}

void SourceMappingModel::clear()
{
    ++m_generation; // an answer still on its way is for another list
    m_debounce.stop();
    if (!m_rows.isEmpty()) {
        beginResetModel();
        m_rows.clear();
        endResetModel();
        Q_EMIT countChanged();
    }
    m_loading = false;
    m_loadedOnce = false;
    m_hasMore = false;
    m_errorText.clear();
    Q_EMIT loadingChanged();
}

int SourceMappingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant SourceMappingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SourceMapping &m = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return m.id;
    case Qt::DisplayRole:
    case ExternalIdRole:
        return m.externalId;
    case EntityTypeRole:
        return m.entityType;
    case VariantIdRole:
        return m.variantId;
    case SkuRole:
        return m.sku;
    case VariantNameRole:
        return m.variantName;
    case ArchivedRole:
        return m.variantArchived;
    case SinceRole:
        return SourceListModel::dateText(m.updatedAt);
    default:
        return {};
    }
}

QHash<int, QByteArray> SourceMappingModel::roleNames() const
{
    return {{IdRole, "mappingId"},
            {ExternalIdRole, "externalId"},
            {EntityTypeRole, "entityType"},
            {VariantIdRole, "variantId"},
            {SkuRole, "sku"},
            {VariantNameRole, "variantName"},
            {ArchivedRole, "archived"},
            {SinceRole, "since"}};
}

bool SourceMappingModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_hasMore && !m_loading && m_executor;
}

void SourceMappingModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        requestPage(false);
}

void SourceMappingModel::setSearch(const QString &search)
{
    if (m_search == search)
        return;
    m_search = search;
    Q_EMIT searchChanged();
    m_debounce.start();
}

void SourceMappingModel::reload()
{
    m_debounce.stop();
    if (!m_executor || m_sourceId.isEmpty())
        return;
    requestPage(true);
}

void SourceMappingModel::requestPage(bool fromStart)
{
    if (fromStart)
        ++m_generation;
    const quint64 generation = m_generation;
    std::optional<MappingCursor> after;
    if (!fromStart && !m_rows.isEmpty())
        after = MappingCursor{m_rows.last().externalId, m_rows.last().id};
    m_loading = true;
    Q_EMIT loadingChanged();
    m_executor->run<QList<SourceMapping>>(
        this,
        [source = m_sourceId, search = m_search, after](QSqlDatabase &qdb) {
            QtSqlSession db(qdb);
            return sourcemappings::mappings(db, source, search, after, PageSize);
        },
        [this, generation, fromStart](const DbResult<QList<SourceMapping>> &result) {
            if (generation != m_generation)
                return;
            if (!result.ok()) {
                m_errorText = tr("Could not load the mappings: %1").arg(result.error);
                m_loading = false;
                Q_EMIT loadingChanged();
                return;
            }
            m_errorText.clear();
            const QList<SourceMapping> &page = *result.value;
            const int oldCount = rowCount();
            if (fromStart) {
                beginResetModel();
                m_rows = page;
                endResetModel();
            } else if (!page.isEmpty()) {
                beginInsertRows({}, oldCount, oldCount + static_cast<int>(page.size()) - 1);
                m_rows.append(page);
                endInsertRows();
            }
            m_hasMore = page.size() == PageSize;
            m_loadedOnce = true;
            if (rowCount() != oldCount || fromStart)
                Q_EMIT countChanged();
            // Last: a view reacting may ask for the next page, whose cursor is the new last row.
            m_loading = false;
            Q_EMIT loadingChanged();
        });
}

} // namespace stockroom
