#pragma once

#include "catalog/catalogtypes.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace stockroom {

class DbExecutor;

/** The category tree flattened in display order, led by an "All categories" row (empty id). */
class CategoryModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)

public:
    enum Role { IdRole = Qt::UserRole + 1, NameRole, PathRole, DepthRole, CountRole, LabelRole };
    Q_ENUM(Role)

    explicit CategoryModel(QObject *parent = nullptr);
    void setSource(DbExecutor *executor, const QString &tenantId);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] bool isLoading() const { return m_loading; }

    Q_INVOKABLE void reload();

Q_SIGNALS:
    void countChanged();
    void loadingChanged();

private:
    QPointer<DbExecutor> m_executor;
    QString m_tenantId;
    QList<CategoryNode> m_nodes;
    quint64 m_generation = 0; // bumped on every new source; older answers are dropped
    bool m_loading = false;
};

} // namespace stockroom
