#pragma once

#include "stock/stocktypes.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace stockroom {

/** Transfers on their way to a location in scope, oldest first, each one receivable. */
class StockTransferModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        SkuRole,
        NameRole,
        FromRole,
        ToRole,
        QuantityRole,
        ReasonRole,
        SentByRole,
        SentAtRole,
    };
    Q_ENUM(Role)

    explicit StockTransferModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] bool isLoading() const { return m_loading; }
    void setLoading(bool loading);
    void setTransfers(const QList<InboundTransfer> &transfers);
    [[nodiscard]] const QList<InboundTransfer> &transfers() const { return m_transfers; }

Q_SIGNALS:
    void countChanged();
    void loadingChanged();

private:
    QList<InboundTransfer> m_transfers;
    bool m_loading = false;
};

} // namespace stockroom
