#include "editorrowsmodel.h"

namespace stockroom {

EditorRowsModel::EditorRowsModel(QStringList columns, QObject *parent)
    : QAbstractListModel(parent)
    , m_columns(std::move(columns))
{}

int EditorRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant EditorRowsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int column = role - (Qt::UserRole + 1);
    if (column < 0 || column >= m_columns.size())
        return {};
    return m_rows.at(index.row()).value(m_columns.at(column));
}

QHash<int, QByteArray> EditorRowsModel::roleNames() const
{
    QHash<int, QByteArray> names;
    for (int i = 0; i < m_columns.size(); ++i)
        names.insert(Qt::UserRole + 1 + i, m_columns.at(i).toUtf8());
    return names;
}

void EditorRowsModel::setRows(const QList<QVariantMap> &rows)
{
    if (rows.size() != m_rows.size()) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
        Q_EMIT countChanged();
        return;
    }
    for (int i = 0; i < rows.size(); ++i) {
        QList<int> roles;
        for (int c = 0; c < m_columns.size(); ++c) {
            if (rows.at(i).value(m_columns.at(c)) != m_rows.at(i).value(m_columns.at(c)))
                roles << Qt::UserRole + 1 + c;
        }
        if (roles.isEmpty())
            continue;
        m_rows[i] = rows.at(i);
        Q_EMIT dataChanged(index(i), index(i), roles);
    }
}

} // namespace stockroom
