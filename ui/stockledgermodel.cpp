#include "stockledgermodel.h"

#include "db/dbexecutor.h"
#include "displayformat.h"
#include "stock/movementtype.h"
#include "stock/stockrepository.h"

#include <QLocale>
#include <QRegularExpression>

namespace stockroom {

namespace {

// "Transfer 3f2a9c10…", "GRN · GRN-7": what a movement refers to, without repeating the batch
// the line already names or spelling out a whole UUID.
QString referenceText(const StockMovementRow &r)
{
    if (r.referenceType == QLatin1String("batch") && r.referenceId == r.batchNumber)
        return {};
    static const QRegularExpression uuid(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    const QString id = uuid.match(r.referenceId).hasMatch() ? r.referenceId.left(8) + QChar(0x2026)
                                                            : r.referenceId;
    QString type = r.referenceType;
    if (type == QLatin1String("transfer"))
        return StockLedgerModel::tr("Transfer %1").arg(id);
    if (type == QLatin1String("count"))
        return StockLedgerModel::tr("Count %1").arg(id);
    if (type.isEmpty() || id.isEmpty())
        return type.isEmpty() ? id : type;
    return type + QStringLiteral(" · ") + id;
}

} // namespace

StockLedgerModel::StockLedgerModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void StockLedgerModel::setSource(DbExecutor *executor, const QString &tenantId)
{
    m_executor = executor;
    m_tenantId = tenantId;
    clear();
}

void StockLedgerModel::clear()
{
    m_scope.reset();
    ++m_generation; // answers on their way are for the old scope
    beginResetModel();
    m_rows.clear();
    endResetModel();
    m_hasMore = false;
    m_loadedOnce = false;
    setLoading(false);
    Q_EMIT countChanged();
}

void StockLedgerModel::setScope(const LedgerScope &scope)
{
    clear();
    m_scope = scope;
    m_scope->filter.tenantId = m_tenantId;
    reload();
}

int StockLedgerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant StockLedgerModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StockMovementRow &r = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return r.id;
    case WhenRole:
        return QLocale(QLocale::English, QLocale::India)
            .toString(r.occurredAt.toLocalTime(), QStringLiteral("dd MMM yyyy, HH:mm"));
    case WhoRole:
        return r.performedBy;
    case Qt::DisplayRole:
    case TypeRole:
        return movementTypeLabel(r.movementType);
    case TypeKeyRole:
        return r.movementType;
    case DeltaRole:
        return (r.delta.isNegative() ? QString() : QStringLiteral("+")) +
               display::quantity(r.delta);
    case DirectionRole:
        return r.delta.isNegative() ? -1 : 1;
    case BatchRole:
        return r.batchNumber;
    case ReasonRole:
        return r.reason;
    case ReferenceRole:
        return referenceText(r);
    case SkuRole:
        return r.sku;
    case NameRole:
        return r.name;
    case LocationCodeRole:
        return r.locationCode;
    default:
        return {};
    }
}

QHash<int, QByteArray> StockLedgerModel::roleNames() const
{
    return {{IdRole, "movementId"},
            {WhenRole, "when"},
            {WhoRole, "who"},
            {TypeRole, "typeLabel"},
            {TypeKeyRole, "typeKey"},
            {DeltaRole, "delta"},
            {DirectionRole, "direction"},
            {BatchRole, "batch"},
            {ReasonRole, "reason"},
            {ReferenceRole, "reference"},
            {SkuRole, "sku"},
            {NameRole, "name"},
            {LocationCodeRole, "locationCode"}};
}

bool StockLedgerModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_hasMore && !m_loading && m_executor;
}

void StockLedgerModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        requestPage(false);
}

void StockLedgerModel::loadMore()
{
    fetchMore({});
}

void StockLedgerModel::reload()
{
    if (!m_executor || m_tenantId.isEmpty() || !m_scope)
        return;
    requestPage(true);
}

void StockLedgerModel::requestPage(bool fromStart)
{
    if (fromStart)
        ++m_generation;
    const quint64 generation = m_generation;
    const LedgerScope scope = *m_scope;
    std::optional<LedgerCursor> before;
    if (!fromStart && !m_rows.isEmpty())
        before = LedgerCursor{m_rows.last().cursorTime, m_rows.last().id};
    setLoading(true);
    m_executor->run<QList<StockMovementRow>>(
        this,
        [scope, before](QSqlDatabase &db) {
            return StockRepository::ledger(db, scope, before, PageSize);
        },
        [this, generation, fromStart](const DbResult<QList<StockMovementRow>> &result) {
            if (generation != m_generation)
                return;
            const QString error = result.ok() ? QString() : result.error;
            if (error != m_errorText) {
                m_errorText = error;
                Q_EMIT errorTextChanged();
            }
            if (result.ok()) {
                const QList<StockMovementRow> &page = *result.value;
                if (fromStart) {
                    beginResetModel();
                    m_rows = page;
                    endResetModel();
                } else if (!page.isEmpty()) {
                    const int first = rowCount();
                    beginInsertRows({}, first, first + static_cast<int>(page.size()) - 1);
                    m_rows.append(page);
                    endInsertRows();
                }
                m_hasMore = page.size() == PageSize;
                m_loadedOnce = true;
                Q_EMIT countChanged();
            }
            setLoading(false);
        });
}

void StockLedgerModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged();
}

} // namespace stockroom
