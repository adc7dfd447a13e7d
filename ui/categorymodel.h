#pragma once

#include "catalog/catalogtypes.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace stockroom {

class DbExecutor;

/**
 * The category tree flattened in display order, led by an "All categories" row (empty id): the
 * active categories, as filters and pickers offer them. It reads every category, deactivated ones
 * too, for the category tree editor (CategoryTreeModel), so one read serves both and they always
 * agree.
 */
class CategoryModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
    Q_PROPERTY(bool loadedOnce READ loadedOnce NOTIFY loadingChanged)

public:
    enum Role { IdRole = Qt::UserRole + 1, NameRole, PathRole, DepthRole, CountRole, LabelRole };
    Q_ENUM(Role)

    explicit CategoryModel(QObject *parent = nullptr);
    void setSource(DbExecutor *executor, const QString &tenantId);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] bool isLoading() const { return m_loading; }
    [[nodiscard]] bool loadedOnce() const { return m_loadedOnce; }
    /** Every category, deactivated ones too, in display order. */
    [[nodiscard]] const QList<CategoryNode> &allNodes() const { return m_all; }

    /** Reads the tree again; asked while a read is on its way, once more after it. */
    Q_INVOKABLE void reload();

Q_SIGNALS:
    void countChanged();
    void loadingChanged();
    /** allNodes() changed (read again, or dropped with the source). */
    void treeChanged();

private:
    void setNodes(const QList<CategoryNode> &all);

    QPointer<DbExecutor> m_executor;
    QString m_tenantId;
    QList<CategoryNode> m_all;   // every category
    QList<CategoryNode> m_nodes; // the active ones: the rows after "All categories"
    quint64 m_generation = 0;    // bumped on every new source; older answers are dropped
    bool m_loading = false;
    bool m_loadedOnce = false;
    bool m_again = false; // reload() was called while reading
};

} // namespace stockroom
