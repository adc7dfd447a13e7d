#pragma once

#include "pricing/pricetypes.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace stockroom {

/** Every row of a bulk price change's preview, in SKU order: what changes and what does not. */
class BulkPriceModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        SkuRole,
        NameRole,
        WhyRole,
        MrpRole,
        CurrentRole,
        NextRole,
        DifferenceRole,
        ProblemRole,
        NoteRole,
        ChangesRole, // no problem: this row is written
    };
    Q_ENUM(Role)

    explicit BulkPriceModel(QObject *parent = nullptr);

    void setRows(const QList<BulkPriceRow> &rows);
    [[nodiscard]] const QList<BulkPriceRow> &rows() const { return m_rows; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    /** Row of the variant with SKU @p sku, or -1. */
    Q_INVOKABLE int indexOfSku(const QString &sku) const;

Q_SIGNALS:
    void countChanged();

private:
    QList<BulkPriceRow> m_rows;
};

} // namespace stockroom
