#pragma once

#include "categorytreemodel.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUuid>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>
#include <functional>

namespace stockroom {

class CategoryModel;
class DbExecutor;
class SqlSession;
struct CatalogCommandResult;
struct CatalogOutcome;

/**
 * The category tree editor (api.create_category, rename_category, move_category,
 * reorder_categories, set_category_active of 0019): the tree, the selected category, a name
 * being typed (a new category's, or a rename) and what the database answered. A refusal shows
 * where the action was made — under the name being typed, in the move picker, or under the
 * category's row — and nothing typed is dropped with it. Each action keeps its request id until
 * it goes through, so sending it again after a lost connection applies it once. After a change
 * the shared CategoryModel is read again, so the catalog's filter, the item editor's picker and
 * the tree show the new state together. Only admins and store managers edit (canEdit); anyone
 * else sees the tree without its editing controls.
 */
class CategoryTreeController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    Q_PROPERTY(stockroom::CategoryTreeModel *tree READ tree CONSTANT)
    Q_PROPERTY(bool canEdit READ canEdit NOTIFY canEditChanged)
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    Q_PROPERTY(QString selectedId READ selectedId WRITE select NOTIFY selectedChanged)
    /** The category whose name is being typed: its id, "new" for a new one, "" for none. */
    Q_PROPERTY(QString editingId READ editingId NOTIFY editingChanged)
    Q_PROPERTY(QString editText READ editText WRITE setEditText NOTIFY editTextChanged)
    /**
     * Where the last refusal shows: "edit" (under the name being typed), "move" (in the move
     * picker), "confirm" (in the deactivation's confirmation) or "row" (under errorRowId's row).
     */
    Q_PROPERTY(QString errorPlace READ errorPlace NOTIFY messagesChanged)
    /** For "row": the category whose row it is under. */
    Q_PROPERTY(QString errorRowId READ errorRowId NOTIFY messagesChanged)
    Q_PROPERTY(QString commandHeadline READ commandHeadline NOTIFY messagesChanged)
    Q_PROPERTY(QString commandError READ commandError NOTIFY messagesChanged)
    Q_PROPERTY(QString notice READ notice NOTIFY messagesChanged)

public:
    explicit CategoryTreeController(QObject *parent = nullptr);

    /** Where to act and which tree to show (@p categories is read again after each change). */
    void setSource(DbExecutor *executor, CategoryModel *categories, bool canEdit);

    [[nodiscard]] CategoryTreeModel *tree() { return &m_tree; }
    [[nodiscard]] bool canEdit() const { return m_canEdit; }
    [[nodiscard]] bool isBusy() const { return m_busy; }
    [[nodiscard]] const QString &selectedId() const { return m_selectedId; }
    [[nodiscard]] const QString &editingId() const { return m_editingId; }
    [[nodiscard]] const QString &editText() const { return m_editText; }
    [[nodiscard]] const QString &errorPlace() const { return m_errorPlace; }
    [[nodiscard]] const QString &errorRowId() const { return m_errorRowId; }
    [[nodiscard]] const QString &commandHeadline() const { return m_commandHeadline; }
    [[nodiscard]] const QString &commandError() const { return m_commandError; }
    [[nodiscard]] const QString &notice() const { return m_notice; }

    void select(const QString &id);
    /** Selects the category @p step rows below (negative: above) the selected one. */
    Q_INVOKABLE void selectNext(int step);
    /** Starts naming a new category: under the selected one, or at the top level. */
    Q_INVOKABLE void startNew(bool underSelected);
    Q_INVOKABLE void startRename(const QString &id);
    void setEditText(const QString &text);
    /** Sends the name being typed (Enter). */
    Q_INVOKABLE void commitEdit();
    /** Drops the name being typed (Escape). */
    Q_INVOKABLE void cancelEdit();
    /**
     * Where @p id may move: the top level and every category outside its own subtree (active
     * ones only, unless it is deactivated itself), as {id, label, depth, current} maps; the
     * place it is in now is marked current.
     */
    Q_INVOKABLE QVariantList moveTargets(const QString &id) const;
    /** Moves @p id under @p parentId ("" for the top level). */
    Q_INVOKABLE void move(const QString &id, const QString &parentId);
    /** One place up (-1) or down (+1) among the siblings shown. */
    Q_INVOKABLE void shift(const QString &id, int delta);
    Q_INVOKABLE void setActive(const QString &id, bool active);
    /**
     * What a confirmation says about @p id: {name, path, below (categories under it), items
     * (in it and below), active}.
     */
    Q_INVOKABLE QVariantMap describe(const QString &id) const;
    Q_INVOKABLE void clearMessages();

Q_SIGNALS:
    void canEditChanged();
    void busyChanged();
    void selectedChanged();
    void editingChanged();
    void editTextChanged();
    void messagesChanged();
    /** A command changed the tree (the category model is being read again). */
    void changed();
    /** @p command ("create", "rename", "move", "reorder", "activate") ended. */
    void commandFinished(const QString &command, bool ok);

private:
    using Work = std::function<CatalogCommandResult(SqlSession &, const QUuid &)>;
    using Done = std::function<QString(const CatalogCommandResult &)>;
    /**
     * Runs @p work once for @p key (the action and its arguments); a refusal shows at @p place
     * (for "row": under @p rowId); @p done returns the notice of a success.
     */
    void run(const QString &command, const QString &key, const QString &place, const QString &rowId,
             Work work, Done done);
    void endEdit();
    void setError(const QString &place, const QString &rowId, const QString &headline,
                  const QString &text);
    [[nodiscard]] QString placeName(const QString &parentId) const;

    QPointer<DbExecutor> m_executor;
    QPointer<CategoryModel> m_categories;
    CategoryTreeModel m_tree;
    bool m_canEdit = false;
    bool m_busy = false;
    QString m_selectedId;
    QString m_editingId;
    QString m_editText;
    QString m_errorPlace;
    QString m_errorRowId;
    QString m_commandHeadline;
    QString m_commandError;
    QString m_notice;
    QHash<QString, QUuid> m_requestIds; // per action and arguments, until it goes through
};

} // namespace stockroom
