#pragma once

#include "catalog/catalogtypes.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QSet>
#include <QtQml/qqmlregistration.h>
#include <optional>

namespace stockroom {

class CategoryModel;

/**
 * The category tree as the tree editor shows it: every category of the CategoryModel's read
 * (deactivated ones only while showDeactivated), indented in display order, with the branches
 * the person collapsed left out, and a draft row where a new category is being named. Which
 * branches are collapsed is kept by id across reads.
 */
class CategoryTreeModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by CategoryTreeController")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
    Q_PROPERTY(bool loadedOnce READ loadedOnce NOTIFY loadingChanged)
    Q_PROPERTY(bool showDeactivated READ showDeactivated WRITE setShowDeactivated NOTIFY
                   showDeactivatedChanged)
    /** How many categories are active, and how many deactivated. */
    Q_PROPERTY(int activeCount READ activeCount NOTIFY countChanged)
    Q_PROPERTY(int deactivatedCount READ deactivatedCount NOTIFY countChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        ParentIdRole,
        NameRole,
        PathRole,
        DepthRole,
        CountRole,
        CountTextRole,
        ActiveRole,
        ParentActiveRole,
        HasChildrenRole,
        ExpandedRole,
        DraftRole,
        CanMoveUpRole,
        CanMoveDownRole,
    };
    Q_ENUM(Role)

    explicit CategoryTreeModel(QObject *parent = nullptr);
    /** Follows @p categories' reads (nullptr: none, empty). */
    void setSource(CategoryModel *categories);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] bool isLoading() const;
    [[nodiscard]] bool loadedOnce() const;
    [[nodiscard]] bool showDeactivated() const { return m_showDeactivated; }
    void setShowDeactivated(bool show);
    [[nodiscard]] int activeCount() const;
    [[nodiscard]] int deactivatedCount() const;

    /** The row showing category @p id (the draft row for "new"), or -1. */
    Q_INVOKABLE int rowOf(const QString &id) const;
    /** The category (or "new") on row @p row, "" when none. */
    Q_INVOKABLE QString idAt(int row) const;
    Q_INVOKABLE void toggleExpanded(const QString &id);
    Q_INVOKABLE void expandAll();
    Q_INVOKABLE void collapseAll();
    /** Opens every branch above and at @p id, so it (and a draft under it) shows. */
    void reveal(const QString &id);

    /** Every category, deactivated ones too, in display order. */
    [[nodiscard]] const QList<CategoryNode> &categories() const;
    [[nodiscard]] std::optional<CategoryNode> node(const QString &id) const;
    /** Category @p id and every category below it. */
    [[nodiscard]] QList<CategoryNode> subtree(const QString &id) const;
    /** Every category directly under @p parentId ("" for the top level), in display order. */
    [[nodiscard]] QStringList childrenOf(const QString &parentId) const;
    /**
     * The order of @p id's siblings with @p id moved past the @p delta-th shown sibling (-1: up
     * one, +1: down one); deactivated siblings keep their places among the others when hidden.
     * Empty when it cannot move that way.
     */
    [[nodiscard]] QStringList orderWithMoved(const QString &id, int delta) const;
    /** A row for naming a new category under @p parentId ("" for the top level); nullopt: none. */
    void setDraft(const std::optional<QString> &parentId);
    [[nodiscard]] const std::optional<QString> &draftParent() const { return m_draftParent; }

    /** The draft row's id. */
    static inline const QString DraftId = QStringLiteral("new");

Q_SIGNALS:
    void countChanged();
    void loadingChanged();
    void showDeactivatedChanged();
    /** The rows were laid out again (read again, a branch opened or closed, the toggle…). */
    void rebuilt();

private:
    struct Row
    {
        int node = -1; // index into nodes(); -1 for the draft row
        int depth = 0;
        bool hasChildren = false;
        bool canMoveUp = false;
        bool canMoveDown = false;
    };
    [[nodiscard]] bool shown(const CategoryNode &n) const;
    void rebuild();

    QPointer<CategoryModel> m_source;
    QList<Row> m_rows;
    QSet<QString> m_collapsed;
    bool m_showDeactivated = false;
    std::optional<QString> m_draftParent;
};

} // namespace stockroom
