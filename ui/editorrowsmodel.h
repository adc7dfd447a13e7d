#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace stockroom {

/**
 * Rows of a form's list (barcodes, units, attributes) for a Repeater: each row a map of the
 * named columns. Setting rows of the same count changes cells in place (dataChanged), so a
 * field being typed into keeps its delegate and its focus; only a different count resets.
 */
class EditorRowsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by an editor controller")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    explicit EditorRowsModel(QStringList columns, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    void setRows(const QList<QVariantMap> &rows);
    [[nodiscard]] const QList<QVariantMap> &rows() const { return m_rows; }

Q_SIGNALS:
    void countChanged();

private:
    QStringList m_columns;
    QList<QVariantMap> m_rows;
};

} // namespace stockroom
