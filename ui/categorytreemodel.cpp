#include "categorytreemodel.h"

#include "categorymodel.h"
#include "displayformat.h"

#include <QHash>
#include <limits>

namespace stockroom {

CategoryTreeModel::CategoryTreeModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void CategoryTreeModel::setSource(CategoryModel *categories)
{
    if (m_source)
        disconnect(m_source, nullptr, this, nullptr);
    m_source = categories;
    m_collapsed.clear();
    m_draftParent.reset();
    if (categories) {
        connect(categories, &CategoryModel::treeChanged, this, &CategoryTreeModel::rebuild);
        connect(categories, &CategoryModel::loadingChanged, this,
                &CategoryTreeModel::loadingChanged);
    }
    rebuild();
    Q_EMIT loadingChanged();
}

const QList<CategoryNode> &CategoryTreeModel::categories() const
{
    static const QList<CategoryNode> none;
    return m_source ? m_source->allNodes() : none;
}

bool CategoryTreeModel::isLoading() const
{
    return m_source && m_source->isLoading();
}

bool CategoryTreeModel::loadedOnce() const
{
    return m_source && m_source->loadedOnce();
}

bool CategoryTreeModel::shown(const CategoryNode &n) const
{
    return n.active || m_showDeactivated;
}

void CategoryTreeModel::setShowDeactivated(bool show)
{
    if (m_showDeactivated == show)
        return;
    m_showDeactivated = show;
    Q_EMIT showDeactivatedChanged();
    rebuild();
}

int CategoryTreeModel::activeCount() const
{
    int n = 0;
    for (const CategoryNode &c : categories())
        n += c.active ? 1 : 0;
    return n;
}

int CategoryTreeModel::deactivatedCount() const
{
    return static_cast<int>(categories().size()) - activeCount();
}

void CategoryTreeModel::rebuild()
{
    const QList<CategoryNode> &all = categories();
    // The shown children of each category ("" for the top level), in order: for the expanders
    // and for whether a category can move up or down among what the person sees.
    QHash<QString, QStringList> shownChildren;
    for (const CategoryNode &n : all) {
        if (shown(n))
            shownChildren[n.parentId].append(n.id);
    }
    beginResetModel();
    m_rows.clear();
    // Depth first: everything deeper than a collapsed or hidden category, up to its next
    // sibling, is below it.
    int hiddenBelow = std::numeric_limits<int>::max();
    for (int i = 0; i < all.size(); ++i) {
        const CategoryNode &n = all.at(i);
        if (n.depth > hiddenBelow)
            continue;
        hiddenBelow = std::numeric_limits<int>::max();
        if (!shown(n)) {
            hiddenBelow = n.depth;
            continue;
        }
        const QStringList &siblings = shownChildren.value(n.parentId);
        const qsizetype place = siblings.indexOf(n.id);
        m_rows.append({i, n.depth, !shownChildren.value(n.id).isEmpty(), place > 0,
                       place >= 0 && place < siblings.size() - 1});
        if (m_collapsed.contains(n.id))
            hiddenBelow = n.depth;
    }
    if (m_draftParent) {
        // Last under its parent, where the database will put it.
        qsizetype at = m_rows.size();
        int depth = 0;
        if (!m_draftParent->isEmpty()) {
            for (qsizetype r = 0; r < m_rows.size(); ++r) {
                if (m_rows.at(r).node >= 0 && all.at(m_rows.at(r).node).id == *m_draftParent) {
                    depth = m_rows.at(r).depth + 1;
                    at = r + 1;
                    while (at < m_rows.size() && m_rows.at(at).depth >= depth)
                        ++at;
                    break;
                }
            }
        }
        m_rows.insert(at, Row{-1, depth, false, false, false});
    }
    endResetModel();
    Q_EMIT countChanged();
    Q_EMIT rebuilt();
}

int CategoryTreeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant CategoryTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (row.node < 0) {
        switch (role) {
        case IdRole:
            return DraftId;
        case ParentIdRole:
            return m_draftParent.value_or(QString());
        case DepthRole:
            return row.depth;
        case DraftRole:
        case ActiveRole:
        case ParentActiveRole:
            return true;
        case NameRole:
        case PathRole:
            return QString();
        case CountRole:
            return 0;
        case CountTextRole:
            return QString();
        default:
            return false;
        }
    }
    const CategoryNode &n = categories().at(row.node);
    switch (role) {
    case IdRole:
        return n.id;
    case ParentIdRole:
        return n.parentId;
    case NameRole:
    case Qt::DisplayRole:
        return n.name;
    case PathRole:
        return n.path;
    case DepthRole:
        return row.depth;
    case CountRole:
        return n.variantCount;
    case CountTextRole:
        return n.variantCount == 1 ? tr("1 item")
                                   : tr("%1 items").arg(display::count(n.variantCount));
    case ActiveRole:
        return n.active;
    case ParentActiveRole: {
        const auto parent = node(n.parentId);
        return !parent || parent->active;
    }
    case HasChildrenRole:
        return row.hasChildren;
    case ExpandedRole:
        return row.hasChildren && !m_collapsed.contains(n.id);
    case DraftRole:
        return false;
    case CanMoveUpRole:
        return row.canMoveUp;
    case CanMoveDownRole:
        return row.canMoveDown;
    default:
        return {};
    }
}

QHash<int, QByteArray> CategoryTreeModel::roleNames() const
{
    return {{IdRole, "categoryId"},
            {ParentIdRole, "parentId"},
            {NameRole, "name"},
            {PathRole, "path"},
            {DepthRole, "depth"},
            {CountRole, "variantCount"},
            {CountTextRole, "countText"},
            {ActiveRole, "active"},
            {ParentActiveRole, "parentActive"},
            {HasChildrenRole, "hasChildren"},
            {ExpandedRole, "expanded"},
            {DraftRole, "draft"},
            {CanMoveUpRole, "canMoveUp"},
            {CanMoveDownRole, "canMoveDown"}};
}

int CategoryTreeModel::rowOf(const QString &id) const
{
    for (int r = 0; r < m_rows.size(); ++r) {
        const int n = m_rows.at(r).node;
        if (n < 0 ? id == DraftId : categories().at(n).id == id)
            return r;
    }
    return -1;
}

QString CategoryTreeModel::idAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    const int n = m_rows.at(row).node;
    return n < 0 ? DraftId : categories().at(n).id;
}

void CategoryTreeModel::toggleExpanded(const QString &id)
{
    if (!m_collapsed.remove(id))
        m_collapsed.insert(id);
    rebuild();
}

void CategoryTreeModel::expandAll()
{
    m_collapsed.clear();
    rebuild();
}

void CategoryTreeModel::collapseAll()
{
    m_collapsed.clear();
    for (const CategoryNode &n : categories()) {
        if (!childrenOf(n.id).isEmpty())
            m_collapsed.insert(n.id);
    }
    rebuild();
}

void CategoryTreeModel::reveal(const QString &id)
{
    bool changed = false;
    for (auto n = node(id); n; n = node(n->parentId))
        changed = m_collapsed.remove(n->id) || changed;
    if (changed)
        rebuild();
}

std::optional<CategoryNode> CategoryTreeModel::node(const QString &id) const
{
    if (id.isEmpty())
        return std::nullopt;
    for (const CategoryNode &n : categories()) {
        if (n.id == id)
            return n;
    }
    return std::nullopt;
}

QList<CategoryNode> CategoryTreeModel::subtree(const QString &id) const
{
    const QList<CategoryNode> &all = categories();
    QList<CategoryNode> list;
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (all.at(i).id != id)
            continue;
        list.append(all.at(i));
        for (qsizetype j = i + 1; j < all.size() && all.at(j).depth > all.at(i).depth; ++j)
            list.append(all.at(j));
        break;
    }
    return list;
}

QStringList CategoryTreeModel::childrenOf(const QString &parentId) const
{
    QStringList ids;
    for (const CategoryNode &n : categories()) {
        if (n.parentId == parentId)
            ids.append(n.id);
    }
    return ids;
}

QStringList CategoryTreeModel::orderWithMoved(const QString &id, int delta) const
{
    const auto moved = node(id);
    if (!moved || delta == 0)
        return {};
    QStringList order = childrenOf(moved->parentId);
    QStringList visible;
    for (const QString &sibling : order) {
        if (shown(*node(sibling)))
            visible.append(sibling);
    }
    const qsizetype to = visible.indexOf(id) + delta;
    if (!visible.contains(id) || to < 0 || to >= visible.size())
        return {};
    order.removeOne(id);
    const qsizetype past = order.indexOf(visible.at(to));
    order.insert(delta < 0 ? past : past + 1, id);
    return order;
}

void CategoryTreeModel::setDraft(const std::optional<QString> &parentId)
{
    if (m_draftParent == parentId)
        return;
    m_draftParent = parentId;
    rebuild();
}

} // namespace stockroom
