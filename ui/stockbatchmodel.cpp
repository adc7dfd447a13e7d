#include "stockbatchmodel.h"

#include "displayformat.h"

#include <QLocale>

namespace stockroom {

namespace {
QString day(const QDate &date)
{
    return date.isValid() ? QLocale(QLocale::English, QLocale::India)
                                .toString(date, QStringLiteral("dd MMM yyyy"))
                          : QString();
}
} // namespace

StockBatchModel::StockBatchModel(QObject *parent)
    : QAbstractListModel(parent)
{}

int StockBatchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_batches.size());
}

QString StockBatchModel::expiryState(const StockBatchRow &b, const QDate &today)
{
    if (!b.expiryDate.isValid())
        return QStringLiteral("none");
    if (b.status == QLatin1String("expired") || b.expiryDate < today)
        return QStringLiteral("expired");
    if (b.alertDate.isValid() ? b.alertDate <= today : b.expiryDate <= today)
        return QStringLiteral("alert");
    return QStringLiteral("ok");
}

QVariant StockBatchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StockBatchRow &b = m_batches.at(index.row());
    switch (role) {
    case IdRole:
        return b.id;
    case Qt::DisplayRole:
    case BatchNumberRole:
        return b.batchNumber;
    case LotNumberRole:
        return b.lotNumber;
    case ExpiryRole:
        return day(b.expiryDate);
    case ExpiryStateRole:
        return expiryState(b, QDate::currentDate());
    case AlertDateRole:
        return day(b.alertDate);
    case ManufacturedRole:
        return day(b.manufacturedOn);
    case OnHandRole:
        return display::quantity(b.onHand);
    case ReceivedRole:
        return display::quantity(b.received);
    case StatusRole:
        return b.status;
    case StatusLabelRole:
        if (b.status == QLatin1String("active"))
            return tr("Active");
        if (b.status == QLatin1String("depleted"))
            return tr("Used up");
        if (b.status == QLatin1String("expired"))
            return tr("Expired");
        if (b.status == QLatin1String("quarantined"))
            return tr("Quarantined");
        return b.status;
    case CanWriteOffRole:
        return b.onHand > Quantity();
    default:
        return {};
    }
}

QHash<int, QByteArray> StockBatchModel::roleNames() const
{
    return {{IdRole, "batchId"},
            {BatchNumberRole, "batchNumber"},
            {LotNumberRole, "lotNumber"},
            {ExpiryRole, "expiry"},
            {ExpiryStateRole, "expiryState"},
            {AlertDateRole, "alertDate"},
            {ManufacturedRole, "manufactured"},
            {OnHandRole, "onHand"},
            {ReceivedRole, "received"},
            {StatusRole, "status"},
            {StatusLabelRole, "statusLabel"},
            {CanWriteOffRole, "canWriteOff"}};
}

void StockBatchModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged();
}

void StockBatchModel::setBatches(const QList<StockBatchRow> &batches)
{
    beginResetModel();
    m_batches = batches;
    endResetModel();
    Q_EMIT countChanged();
}

const StockBatchRow *StockBatchModel::find(const QString &id) const
{
    for (const StockBatchRow &b : m_batches) {
        if (b.id == id)
            return &b;
    }
    return nullptr;
}

} // namespace stockroom
