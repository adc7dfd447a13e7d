#include "stocktransfermodel.h"

#include "displayformat.h"

#include <QLocale>

namespace stockroom {

StockTransferModel::StockTransferModel(QObject *parent)
    : QAbstractListModel(parent)
{}

int StockTransferModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_transfers.size());
}

QVariant StockTransferModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const InboundTransfer &t = m_transfers.at(index.row());
    switch (role) {
    case IdRole:
        return t.id;
    case SkuRole:
        return t.sku;
    case Qt::DisplayRole:
    case NameRole:
        return t.name;
    case FromRole:
        return t.fromLocationCode.isEmpty() ? tr("a location outside your scope")
                                            : t.fromLocationCode;
    case ToRole:
        return t.toLocationCode;
    case QuantityRole:
        return display::quantity(t.quantity);
    case ReasonRole:
        return t.reason;
    case SentByRole:
        return t.sentBy;
    case SentAtRole:
        return QLocale(QLocale::English, QLocale::India)
            .toString(t.sentAt.toLocalTime(), QStringLiteral("dd MMM yyyy, HH:mm"));
    default:
        return {};
    }
}

QHash<int, QByteArray> StockTransferModel::roleNames() const
{
    return {{IdRole, "transferId"}, {SkuRole, "sku"},       {NameRole, "name"},
            {FromRole, "from"},     {ToRole, "to"},         {QuantityRole, "quantity"},
            {ReasonRole, "reason"}, {SentByRole, "sentBy"}, {SentAtRole, "sentAt"}};
}

void StockTransferModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged();
}

void StockTransferModel::setTransfers(const QList<InboundTransfer> &transfers)
{
    beginResetModel();
    m_transfers = transfers;
    endResetModel();
    Q_EMIT countChanged();
}

} // namespace stockroom
