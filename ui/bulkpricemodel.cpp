#include "bulkpricemodel.h"

#include "displayformat.h"

namespace stockroom {

BulkPriceModel::BulkPriceModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void BulkPriceModel::setRows(const QList<BulkPriceRow> &rows)
{
    const bool counted = rows.size() != m_rows.size();
    beginResetModel();
    m_rows = rows;
    endResetModel();
    if (counted)
        Q_EMIT countChanged();
}

int BulkPriceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant BulkPriceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BulkPriceRow &r = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return r.variantId;
    case SkuRole:
        return r.sku;
    case Qt::DisplayRole:
    case NameRole:
        return r.name;
    case WhyRole:
        return r.why;
    case MrpRole:
        return display::money(r.mrp);
    case CurrentRole:
        return display::money(r.current);
    case NextRole:
        return display::money(r.next);
    case DifferenceRole:
        if (!r.difference)
            return QStringLiteral("–");
        return r.difference->isNegative() || r.difference->isZero()
                   ? r.difference->toDisplayString()
                   : QLatin1Char('+') + r.difference->toDisplayString();
    case ProblemRole:
        return r.problem;
    case NoteRole:
        return r.note;
    case ChangesRole:
        return r.problem.isEmpty();
    default:
        return {};
    }
}

QHash<int, QByteArray> BulkPriceModel::roleNames() const
{
    return {{IdRole, "variantId"},    {SkuRole, "sku"},
            {NameRole, "name"},       {WhyRole, "why"},
            {MrpRole, "mrp"},         {CurrentRole, "current"},
            {NextRole, "next"},       {DifferenceRole, "difference"},
            {ProblemRole, "problem"}, {NoteRole, "note"},
            {ChangesRole, "changes"}};
}

int BulkPriceModel::indexOfSku(const QString &sku) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).sku == sku)
            return i;
    }
    return -1;
}

} // namespace stockroom
