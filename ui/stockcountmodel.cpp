#include "stockcountmodel.h"

#include "access/apierror.h"
#include "db/dbexecutor.h"
#include "db/sqlsession.h"
#include "displayformat.h"
#include "stock/stockcommands.h"
#include "stock/stockrepository.h"
#include "stockinput.h"

#include <algorithm>

namespace stockroom {

namespace {

QString signedQuantity(const Quantity &q)
{
    return (q > Quantity() ? QStringLiteral("+") : QString()) + display::quantity(q);
}

// Walking order on the floor: location, then where the shelf is, then name.
bool walksBefore(const StockPositionRow &a, const StockPositionRow &b)
{
    return std::tie(a.locationCode, a.zone, a.aisle, a.rack, a.bin, a.sortKey, a.variantId) <
           std::tie(b.locationCode, b.zone, b.aisle, b.rack, b.bin, b.sortKey, b.variantId);
}

} // namespace

StockCountModel::StockCountModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void StockCountModel::setSource(DbExecutor *executor, const QString &tenantId)
{
    m_executor = executor;
    m_tenantId = tenantId;
    clear();
}

void StockCountModel::clear()
{
    ++m_generation; // answers for the old sheet are dropped
    beginResetModel();
    m_lines.clear();
    endResetModel();
    m_capped = false;
    m_loading = false;
    m_loadedOnce = false;
    if (!m_errorText.isEmpty()) {
        m_errorText.clear();
        Q_EMIT errorTextChanged();
    }
    Q_EMIT countChanged();
    Q_EMIT loadingChanged();
    Q_EMIT progressChanged();
}

void StockCountModel::load(const StockFilter &filter)
{
    clear();
    if (!m_executor || m_tenantId.isEmpty())
        return;
    const quint64 generation = m_generation;
    StockFilter f = filter;
    f.tenantId = m_tenantId;
    m_loading = true;
    Q_EMIT loadingChanged();
    m_executor->run<QList<StockPositionRow>>(
        this,
        [f](QSqlDatabase &db) {
            return StockRepository::page(db, f, std::nullopt, SheetLimit + 1);
        },
        [this, generation](const DbResult<QList<StockPositionRow>> &result) {
            if (generation != m_generation)
                return;
            m_loading = false;
            m_loadedOnce = true;
            if (!result.ok()) {
                m_errorText = result.error;
                Q_EMIT errorTextChanged();
                Q_EMIT loadingChanged();
                return;
            }
            QList<StockPositionRow> rows = *result.value;
            m_capped = rows.size() > SheetLimit;
            if (m_capped)
                rows.resize(SheetLimit);
            std::sort(rows.begin(), rows.end(), walksBefore);
            beginResetModel();
            for (const StockPositionRow &r : rows)
                m_lines.append(Line{r, {}, State::Open, {}, {}, std::nullopt, std::nullopt});
            endResetModel();
            Q_EMIT countChanged();
            Q_EMIT loadingChanged();
            Q_EMIT progressChanged();
        });
}

int StockCountModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_lines.size());
}

QVariant StockCountModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Line &l = m_lines.at(index.row());
    const StockPositionRow &p = l.position;
    QString problem;
    const bool hasCount = !l.counted.trimmed().isEmpty() &&
                          stockinput::quantity(l.counted, &problem, true).has_value();
    const Quantity counted =
        hasCount ? stockinput::quantity(l.counted, nullptr, true).value_or(Quantity()) : Quantity();
    switch (role) {
    case VariantIdRole:
        return p.variantId;
    case LocationIdRole:
        return p.locationId;
    case SkuRole:
        return p.sku;
    case Qt::DisplayRole:
    case NameRole:
        return p.name;
    case LocationCodeRole:
        return p.locationCode;
    case BinRole: {
        QStringList parts;
        for (const QString &part : {p.zone, p.aisle, p.rack, p.bin}) {
            if (!part.isEmpty())
                parts << part;
        }
        return parts.join(QLatin1Char('/'));
    }
    case OnHandRole:
        return display::quantity(p.onHand);
    case ReservedRole:
        return display::quantity(p.reserved);
    case VersionRole:
        return p.version;
    case CountedRole:
        return l.counted;
    case CountedProblemRole:
        return problem;
    case VarianceRole:
        if (l.recorded)
            return signedQuantity(*l.recorded);
        return hasCount ? signedQuantity(counted - p.onHand) : QString();
    case VarianceSignRole: {
        const Quantity variance = l.recorded ? *l.recorded : counted - p.onHand;
        if ((!hasCount && !l.recorded) || variance.isZero())
            return 0;
        return variance.isNegative() ? -1 : 1;
    }
    case StateRole:
        switch (l.state) {
        case State::Open:
            return QStringLiteral("open");
        case State::Sending:
            return QStringLiteral("sending");
        case State::Done:
            return QStringLiteral("done");
        case State::Conflict:
            return QStringLiteral("conflict");
        case State::Failed:
            return QStringLiteral("failed");
        case State::Discarded:
            return QStringLiteral("discarded");
        }
        return {};
    case MessageRole:
        return l.message;
    case NewOnHandRole:
        return l.now ? display::quantity(l.now->onHand) : QString();
    case NewReservedRole:
        return l.now ? display::quantity(l.now->reserved) : QString();
    case NewVersionRole:
        return l.now ? l.now->version : 0;
    default:
        return {};
    }
}

QHash<int, QByteArray> StockCountModel::roleNames() const
{
    return {{VariantIdRole, "variantId"},
            {LocationIdRole, "locationId"},
            {SkuRole, "sku"},
            {NameRole, "name"},
            {LocationCodeRole, "locationCode"},
            {BinRole, "bin"},
            {OnHandRole, "onHand"},
            {ReservedRole, "reserved"},
            {VersionRole, "version"},
            {CountedRole, "counted"},
            {CountedProblemRole, "countedProblem"},
            {VarianceRole, "variance"},
            {VarianceSignRole, "varianceSign"},
            {StateRole, "lineState"},
            {MessageRole, "message"},
            {NewOnHandRole, "newOnHand"},
            {NewReservedRole, "newReserved"},
            {NewVersionRole, "newVersion"}};
}

int StockCountModel::countIn(State state) const
{
    return static_cast<int>(std::count_if(m_lines.cbegin(), m_lines.cend(),
                                          [state](const Line &l) { return l.state == state; }));
}

int StockCountModel::enteredCount() const
{
    return static_cast<int>(std::count_if(m_lines.cbegin(), m_lines.cend(), [](const Line &l) {
        return !l.counted.trimmed().isEmpty() &&
               (l.state == State::Open || l.state == State::Failed);
    }));
}

int StockCountModel::invalidCount() const
{
    return static_cast<int>(std::count_if(m_lines.cbegin(), m_lines.cend(), [](const Line &l) {
        return !l.counted.trimmed().isEmpty() &&
               (l.state == State::Open || l.state == State::Failed) &&
               !stockinput::quantity(l.counted, nullptr, true);
    }));
}

void StockCountModel::lineChanged(int row)
{
    Q_EMIT dataChanged(index(row), index(row));
    Q_EMIT progressChanged();
}

void StockCountModel::setCounted(int row, const QString &text)
{
    if (row < 0 || row >= m_lines.size())
        return;
    Line &l = m_lines[row];
    if (l.counted == text || (l.state != State::Open && l.state != State::Failed))
        return;
    l.counted = text;
    lineChanged(row);
}

int StockCountModel::submit(const QString &reason)
{
    if (!m_executor)
        return 0;
    m_reason = reason;
    int sent = 0;
    for (int row = 0; row < m_lines.size(); ++row) {
        const Line &l = m_lines.at(row);
        if ((l.state == State::Open || l.state == State::Failed) &&
            stockinput::quantity(l.counted, nullptr, true).has_value() &&
            !l.counted.trimmed().isEmpty()) {
            send(row, reason);
            ++sent;
        }
    }
    return sent;
}

bool StockCountModel::reapply(int row)
{
    if (row < 0 || row >= m_lines.size() || !m_executor)
        return false;
    Line &l = m_lines[row];
    if (l.state != State::Conflict || !l.now)
        return false;
    // A new decision against the position as it is now: a new action, with its own request id.
    l.position = *l.now;
    l.now.reset();
    l.requestId = QUuid();
    send(row, m_reason);
    return true;
}

void StockCountModel::discard(int row)
{
    if (row < 0 || row >= m_lines.size())
        return;
    Line &l = m_lines[row];
    if (l.state != State::Conflict)
        return;
    if (l.now)
        l.position = *l.now;
    l.now.reset();
    l.counted.clear();
    l.message.clear();
    l.state = State::Discarded;
    lineChanged(row);
}

void StockCountModel::send(int row, const QString &reason)
{
    Line &l = m_lines[row];
    // One request id per line, kept until the database has answered for it, so a count sent
    // again after a lost connection is recorded once.
    if (l.requestId.isNull())
        l.requestId = QUuid::createUuid();
    l.state = State::Sending;
    l.message.clear();
    lineChanged(row);
    RecordCount command;
    command.variantId = l.position.variantId;
    command.locationId = l.position.locationId;
    command.counted = *stockinput::quantity(l.counted, nullptr, true);
    command.expectedVersion = l.position.version;
    command.reason = reason;
    const QUuid requestId = l.requestId;
    const quint64 generation = m_generation;
    m_executor->run<StockCommandResult>(
        this,
        [requestId, command](QSqlDatabase &db) {
            QtSqlSession session(db);
            return stockcommands::recordCount(session, requestId, command);
        },
        [this, row, generation](const DbResult<StockCommandResult> &result) {
            if (generation != m_generation || row >= m_lines.size())
                return;
            Line &line = m_lines[row];
            if (result.ok()) {
                const StockPositionState &s = result.value->position;
                line.position.onHand = s.onHand;
                line.position.reserved = s.reserved;
                line.position.available = s.available;
                line.position.version = s.version;
                line.state = State::Done;
                line.recorded = result.value->variance;
                line.requestId = QUuid();
                lineChanged(row);
                Q_EMIT lineRecorded(*result.value);
                return;
            }
            const ApiError error = ApiError::from(result.sqlState, result.message, result.hint);
            line.message = error.code == ApiErrorCode::None || error.message.isEmpty()
                               ? result.error
                               : error.headline() + QStringLiteral(": ") + error.text();
            if (error.code == ApiErrorCode::VersionConflict) {
                line.state = State::Conflict;
                lineChanged(row);
                reread(row, generation);
                return;
            }
            line.state = State::Failed;
            lineChanged(row);
        });
}

void StockCountModel::reread(int row, quint64 generation)
{
    const StockPositionRow &p = m_lines.at(row).position;
    m_executor->run<std::optional<StockPositionRow>>(
        this,
        [tenantId = m_tenantId, variantId = p.variantId,
         locationId = p.locationId](QSqlDatabase &db) {
            return StockRepository::position(db, tenantId, variantId, locationId);
        },
        [this, row, generation](const DbResult<std::optional<StockPositionRow>> &result) {
            if (generation != m_generation || row >= m_lines.size())
                return;
            Line &l = m_lines[row];
            if (l.state != State::Conflict)
                return;
            if (result.ok() && result.value->has_value())
                l.now = **result.value;
            else
                l.message +=
                    QLatin1Char('\n') + tr("Could not read the position again: %1")
                                            .arg(result.ok() ? tr("it is gone") : result.error);
            lineChanged(row);
        });
}

} // namespace stockroom
