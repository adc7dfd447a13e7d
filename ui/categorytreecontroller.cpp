#include "categorytreecontroller.h"

#include "catalog/catalogcommands.h"
#include "catalogcommandrunner.h"
#include "categorymodel.h"
#include "db/dbexecutor.h"
#include "displayformat.h"

#include <algorithm>

namespace stockroom {

namespace {

QString quoted(const QString &text)
{
    return QStringLiteral("“%1”").arg(text);
}

} // namespace

CategoryTreeController::CategoryTreeController(QObject *parent)
    : QObject(parent)
{
    // A read of the tree keeps the selection while the category is still there to show.
    connect(&m_tree, &CategoryTreeModel::rebuilt, this, [this]() {
        if (!m_selectedId.isEmpty() && m_tree.rowOf(m_selectedId) < 0 && !m_tree.isLoading())
            select({});
    });
}

void CategoryTreeController::setSource(DbExecutor *executor, CategoryModel *categories,
                                       bool canEdit)
{
    m_executor = executor;
    m_categories = categories;
    m_requestIds.clear();
    endEdit();
    m_tree.setSource(categories);
    select({});
    if (m_canEdit != canEdit) {
        m_canEdit = canEdit;
        Q_EMIT canEditChanged();
    }
    clearMessages();
}

void CategoryTreeController::select(const QString &id)
{
    if (m_selectedId == id)
        return;
    m_selectedId = id;
    Q_EMIT selectedChanged();
}

void CategoryTreeController::selectNext(int step)
{
    const int row = m_tree.rowOf(m_selectedId);
    const int to = row < 0 ? 0 : std::clamp(row + step, 0, m_tree.rowCount() - 1);
    const QString id = m_tree.idAt(to);
    if (!id.isEmpty() && id != CategoryTreeModel::DraftId)
        select(id);
}

void CategoryTreeController::startNew(bool underSelected)
{
    if (!m_canEdit || m_busy)
        return;
    const QString parent = underSelected ? m_selectedId : QString();
    if (underSelected && parent.isEmpty())
        return;
    clearMessages();
    m_editingId = CategoryTreeModel::DraftId;
    m_editText.clear();
    m_tree.reveal(parent);
    m_tree.setDraft(parent);
    Q_EMIT editingChanged();
    Q_EMIT editTextChanged();
}

void CategoryTreeController::startRename(const QString &id)
{
    const auto n = m_tree.node(id);
    if (!m_canEdit || m_busy || !n)
        return;
    clearMessages();
    m_tree.setDraft(std::nullopt);
    select(id);
    m_editingId = id;
    m_editText = n->name;
    Q_EMIT editingChanged();
    Q_EMIT editTextChanged();
}

void CategoryTreeController::setEditText(const QString &text)
{
    if (m_editText == text)
        return;
    m_editText = text;
    Q_EMIT editTextChanged();
}

void CategoryTreeController::commitEdit()
{
    if (m_editingId.isEmpty() || m_busy)
        return;
    const QString name = m_editText;
    if (m_editingId == CategoryTreeModel::DraftId) {
        const QString parent = m_tree.draftParent().value_or(QString());
        run(
            QStringLiteral("create"), QStringLiteral("create:%1:%2").arg(parent, name),
            QStringLiteral("edit"), {},
            [parent, name](SqlSession &db, const QUuid &id) {
                return catalogcommands::createCategory(db, id, parent, name);
            },
            [this, parent](const CatalogCommandResult &r) {
                const QString made = r.json.value(QLatin1String("category_id")).toString();
                endEdit();
                select(made);
                return tr("Added %1 %2.")
                    .arg(quoted(r.json.value(QLatin1String("name")).toString()), placeName(parent));
            });
        return;
    }
    const auto n = m_tree.node(m_editingId);
    if (!n) {
        endEdit();
        return;
    }
    if (name == n->name) { // nothing to send
        endEdit();
        return;
    }
    const QString id = n->id;
    run(
        QStringLiteral("rename"), QStringLiteral("rename:%1:%2").arg(id, name),
        QStringLiteral("edit"), {},
        [id, name](SqlSession &db, const QUuid &request) {
            return catalogcommands::renameCategory(db, request, id, name);
        },
        [this, old = n->name](const CatalogCommandResult &r) {
            endEdit();
            return tr("Renamed %1 to %2; the categories inside it follow.")
                .arg(quoted(old), quoted(r.json.value(QLatin1String("name")).toString()));
        });
}

void CategoryTreeController::cancelEdit()
{
    if (m_busy)
        return;
    if (m_errorPlace == QLatin1String("edit"))
        clearMessages();
    endEdit();
}

void CategoryTreeController::endEdit()
{
    m_tree.setDraft(std::nullopt);
    if (m_editingId.isEmpty() && m_editText.isEmpty())
        return;
    m_editingId.clear();
    m_editText.clear();
    Q_EMIT editingChanged();
    Q_EMIT editTextChanged();
}

QVariantList CategoryTreeController::moveTargets(const QString &id) const
{
    const auto moving = m_tree.node(id);
    if (!moving)
        return {};
    QSet<QString> inside;
    for (const CategoryNode &n : m_tree.subtree(id))
        inside.insert(n.id);
    QVariantList list{QVariantMap{{QStringLiteral("id"), QString()},
                                  {QStringLiteral("label"), tr("Top level")},
                                  {QStringLiteral("path"), QString()},
                                  {QStringLiteral("depth"), 0},
                                  {QStringLiteral("current"), moving->parentId.isEmpty()}}};
    for (const CategoryNode &n : m_tree.categories()) {
        // An active category cannot go under a deactivated one (0019).
        if (inside.contains(n.id) || (!n.active && moving->active))
            continue;
        list.append(QVariantMap{{QStringLiteral("id"), n.id},
                                {QStringLiteral("label"), n.name},
                                {QStringLiteral("path"), display::categoryPath(n.path)},
                                {QStringLiteral("depth"), n.depth + 1},
                                {QStringLiteral("current"), n.id == moving->parentId}});
    }
    return list;
}

void CategoryTreeController::move(const QString &id, const QString &parentId)
{
    const auto n = m_tree.node(id);
    if (!m_canEdit || !n)
        return;
    run(
        QStringLiteral("move"), QStringLiteral("move:%1:%2").arg(id, parentId),
        QStringLiteral("move"), id,
        [id, parentId](SqlSession &db, const QUuid &request) {
            return catalogcommands::moveCategory(db, request, id, parentId);
        },
        [this, id, parentId, name = n->name](const CatalogCommandResult &) {
            m_tree.reveal(parentId);
            select(id);
            return tr("Moved %1 %2, with everything inside it.")
                .arg(quoted(name),
                     parentId.isEmpty() ? tr("to the top level") : placeName(parentId));
        });
}

void CategoryTreeController::shift(const QString &id, int delta)
{
    const auto n = m_tree.node(id);
    const QStringList order = m_tree.orderWithMoved(id, delta);
    if (!m_canEdit || !n || order.isEmpty())
        return;
    const QString parent = n->parentId;
    run(
        QStringLiteral("reorder"),
        QStringLiteral("reorder:%1:%2").arg(parent, order.join(QLatin1Char(','))),
        QStringLiteral("row"), id,
        [parent, order](SqlSession &db, const QUuid &request) {
            return catalogcommands::reorderCategories(db, request, parent, order);
        },
        [](const CatalogCommandResult &) { return QString(); });
}

void CategoryTreeController::setActive(const QString &id, bool active)
{
    const QVariantMap about = describe(id);
    if (!m_canEdit || about.isEmpty())
        return;
    const QString name = quoted(about.value(QStringLiteral("name")).toString());
    const int below = about.value(QStringLiteral("below")).toInt();
    const qint64 items = about.value(QStringLiteral("items")).toLongLong();
    run(
        QStringLiteral("activate"), QStringLiteral("activate:%1:%2").arg(id).arg(active),
        // Deactivating is confirmed first, and a refusal shows in the confirmation.
        active ? QStringLiteral("row") : QStringLiteral("confirm"), id,
        [id, active](SqlSession &db, const QUuid &request) {
            return catalogcommands::setCategoryActive(db, request, id, active);
        },
        [active, name, below, items](const CatalogCommandResult &) {
            const QString which =
                below == 0   ? name
                : below == 1 ? tr("%1 and the category inside it").arg(name)
                             : tr("%1 and the %2 categories inside it").arg(name).arg(below);
            if (active)
                return below == 0
                           ? tr("Reactivated %1: the category lists offer it again.").arg(which)
                           : tr("Reactivated %1: the category lists offer them again.").arg(which);
            const QString done =
                below == 0
                    ? tr("Deactivated %1: the category lists no longer offer it.").arg(which)
                    : tr("Deactivated %1: the category lists no longer offer them.").arg(which);
            if (items == 0)
                return done;
            const QString count = display::count(items);
            return done + QLatin1Char(' ') +
                   (below == 0
                        ? (items == 1 ? tr("Its 1 item stays where it is.")
                                      : tr("Its %1 items stay where they are.").arg(count))
                        : (items == 1 ? tr("Their 1 item stays where it is.")
                                      : tr("Their %1 items stay where they are.").arg(count)));
        });
}

QVariantMap CategoryTreeController::describe(const QString &id) const
{
    const QList<CategoryNode> subtree = m_tree.subtree(id);
    if (subtree.isEmpty())
        return {};
    const CategoryNode &n = subtree.first();
    return {{QStringLiteral("name"), n.name},
            {QStringLiteral("path"), display::categoryPath(n.path)},
            {QStringLiteral("below"), static_cast<int>(subtree.size() - 1)},
            {QStringLiteral("items"), n.variantCount},
            {QStringLiteral("itemsText"), n.variantCount == 1
                                              ? tr("1 item")
                                              : tr("%1 items").arg(display::count(n.variantCount))},
            {QStringLiteral("active"), n.active}};
}

QString CategoryTreeController::placeName(const QString &parentId) const
{
    const auto parent = m_tree.node(parentId);
    return parent ? tr("under %1").arg(quoted(display::categoryPath(parent->path)))
                  : tr("at the top level");
}

void CategoryTreeController::run(const QString &command, const QString &key, const QString &place,
                                 const QString &rowId, Work work, Done done)
{
    if (!m_executor || !m_canEdit || m_busy)
        return;
    if (!m_requestIds.contains(key))
        m_requestIds.insert(key, QUuid::createUuid());
    clearMessages();
    m_busy = true;
    Q_EMIT busyChanged();
    runCatalogCommand(m_executor, this, m_requestIds.value(key), std::move(work),
                      [this, command, place, rowId, done](const CatalogOutcome &outcome) {
                          m_busy = false;
                          Q_EMIT busyChanged();
                          if (!outcome.ok()) {
                              setError(place, rowId, outcome.headline, outcome.text);
                              Q_EMIT commandFinished(command, false);
                              // The refusal may come from a newer tree than the one shown: show
                              // that one.
                              if (m_categories)
                                  m_categories->reload();
                              return;
                          }
                          // Kept ids are for resending an action whose answer was lost; once
                          // anything has been done the tree has moved on, and an action asked
                          // for again later is a new one (an old id would return the old
                          // answer and do nothing).
                          m_requestIds.clear();
                          m_notice = done(*outcome.result);
                          Q_EMIT messagesChanged();
                          Q_EMIT commandFinished(command, true);
                          if (m_categories)
                              m_categories->reload();
                          Q_EMIT changed();
                      });
}

void CategoryTreeController::setError(const QString &place, const QString &rowId,
                                      const QString &headline, const QString &text)
{
    m_errorPlace = place;
    m_errorRowId = rowId;
    m_commandHeadline = headline;
    m_commandError = text;
    Q_EMIT messagesChanged();
}

void CategoryTreeController::clearMessages()
{
    if (m_errorPlace.isEmpty() && m_commandError.isEmpty() && m_notice.isEmpty())
        return;
    m_errorPlace.clear();
    m_errorRowId.clear();
    m_commandHeadline.clear();
    m_commandError.clear();
    m_notice.clear();
    Q_EMIT messagesChanged();
}

} // namespace stockroom
