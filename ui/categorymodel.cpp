#include "categorymodel.h"

#include "catalog/catalogrepository.h"
#include "db/dbexecutor.h"

namespace stockroom {

CategoryModel::CategoryModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void CategoryModel::setSource(DbExecutor *executor, const QString &tenantId)
{
    m_executor = executor;
    m_tenantId = tenantId;
    // Another source is another person's view: drop the tree and any answer still on its way.
    ++m_generation;
    m_again = false;
    if (!m_all.isEmpty())
        setNodes({});
    if (m_loading || m_loadedOnce) {
        m_loading = false;
        m_loadedOnce = false;
        Q_EMIT loadingChanged();
    }
    reload();
}

int CategoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_nodes.size()) + 1;
}

QVariant CategoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (index.row() == 0) {
        qint64 total = 0;
        for (const CategoryNode &n : m_nodes) {
            if (n.depth == 0)
                total += n.variantCount;
        }
        switch (role) {
        case IdRole:
            return QString();
        case NameRole:
        case Qt::DisplayRole:
        case LabelRole:
            return tr("All categories");
        case PathRole:
            return QString();
        case DepthRole:
            return 0;
        case CountRole:
            return total;
        default:
            return {};
        }
    }
    const CategoryNode &n = m_nodes.at(index.row() - 1);
    switch (role) {
    case IdRole:
        return n.id;
    case NameRole:
        return n.name;
    case PathRole:
        return n.path;
    case DepthRole:
        return n.depth;
    case CountRole:
        return n.variantCount;
    case Qt::DisplayRole:
    case LabelRole:
        return QString(n.depth * 4, QLatin1Char(' ')) + n.name;
    default:
        return {};
    }
}

QHash<int, QByteArray> CategoryModel::roleNames() const
{
    return {{IdRole, "categoryId"}, {NameRole, "name"},          {PathRole, "path"},
            {DepthRole, "depth"},   {CountRole, "variantCount"}, {LabelRole, "label"}};
}

void CategoryModel::reload()
{
    if (!m_executor || m_tenantId.isEmpty())
        return;
    // A subtree moved elsewhere arrives as an event per category: one more read covers them all.
    if (m_loading) {
        m_again = true;
        return;
    }
    m_loading = true;
    Q_EMIT loadingChanged();
    const QString tenantId = m_tenantId;
    const quint64 generation = m_generation;
    m_executor->run<QList<CategoryNode>>(
        this,
        [tenantId](QSqlDatabase &db) { return CatalogRepository::categories(db, tenantId, true); },
        [this, generation](const DbResult<QList<CategoryNode>> &result) {
            if (generation != m_generation)
                return; // from a previous source
            m_loading = false;
            // The catalog list reports database trouble; the tree stays as it was.
            if (result.ok()) {
                m_loadedOnce = true;
                setNodes(*result.value);
            }
            Q_EMIT loadingChanged();
            if (m_again) {
                m_again = false;
                reload();
            }
        });
}

void CategoryModel::setNodes(const QList<CategoryNode> &all)
{
    beginResetModel();
    m_all = all;
    m_nodes.clear();
    for (const CategoryNode &n : all) {
        if (n.active)
            m_nodes.append(n);
    }
    endResetModel();
    Q_EMIT countChanged();
    Q_EMIT treeChanged();
}

} // namespace stockroom
