#include "stockcontroller.h"

#include "commandfailure.h"
#include "db/dbexecutor.h"
#include "db/sqlsession.h"
#include "displayformat.h"
#include "stock/movementtype.h"
#include "stock/stockrepository.h"
#include "stockinput.h"
#include "stream/streamevent.h"

#include <QJsonObject>
#include <QLocale>

namespace stockroom {

namespace {

const QString QuantityField = QStringLiteral("quantity");
const QString ReasonField = QStringLiteral("reason");
const QString ReferenceTypeField = QStringLiteral("referenceType");
const QString ReferenceField = QStringLiteral("reference");
const QString TypeField = QStringLiteral("type");
const QString DestinationField = QStringLiteral("destination");
const QString BatchNumberField = QStringLiteral("batchNumber");
const QString LotNumberField = QStringLiteral("lotNumber");
const QString ExpiryField = QStringLiteral("expiry");
const QString AlertField = QStringLiteral("alert");
const QString ManufacturedField = QStringLiteral("manufactured");

// The limits the stock commands enforce (stock.require_text in 0011), mirrored.
constexpr int ReasonMax = 2000;
constexpr int ReferenceTypeMax = 40;
constexpr int ReferenceMax = 120;
constexpr int BatchNumberMax = 60;
// Open transfers listed for a location at most (oldest first: the ones to chase).
constexpr int InboundLimit = 200;

// Transfers have their own form (they record where the stock went); the Adjust form offers the
// other movements.
bool offeredInAdjust(MovementType type)
{
    return type != MovementType::TransferIn && type != MovementType::TransferOut;
}

void markTooLong(QVariantMap &errors, const QString &field, const QString &text, int max)
{
    const QString problem = stockinput::tooLong(text, max);
    if (!problem.isEmpty())
        errors.insert(field, problem);
}

QString whereText(const StockPositionRow &r)
{
    QStringList parts;
    if (!r.zone.isEmpty())
        parts << StockController::tr("Zone %1").arg(r.zone);
    if (!r.aisle.isEmpty())
        parts << StockController::tr("Aisle %1").arg(r.aisle);
    if (!r.rack.isEmpty())
        parts << StockController::tr("Rack %1").arg(r.rack);
    if (!r.bin.isEmpty())
        parts << StockController::tr("Bin %1").arg(r.bin);
    return parts.join(QStringLiteral(" · "));
}

} // namespace

StockController::StockController(QObject *parent)
    : QObject(parent)
{
    // The selected position can move or leave the list whenever the list changes.
    connect(&m_positions, &QAbstractItemModel::modelReset, this,
            &StockController::selectionChanged);
    connect(&m_positions, &QAbstractItemModel::rowsInserted, this,
            &StockController::selectionChanged);
    connect(&m_positions, &StockPositionModel::positionUpdated, this, [this](int row) {
        if (row == selectedRow())
            Q_EMIT selectionChanged();
    });
    connect(&m_positions, &StockPositionModel::filterChanged, this, [this]() {
        if (m_ledgerForFilter)
            updateLedgerScope();
    });
    m_liveSelection.setSingleShot(true);
    m_liveSelection.setInterval(150);
    connect(&m_liveSelection, &QTimer::timeout, this, &StockController::loadSelection);
    connect(&m_count, &StockCountModel::lineRecorded, this,
            [this](const StockCommandResult &result) {
                m_positions.applyState(result.position);
                if (result.position.variantId == m_selectedVariant &&
                    result.position.locationId == m_selectedLocation)
                    loadSelection();
            });
}

void StockController::setSource(DbExecutor *executor, const QString &tenantId)
{
    m_executor = executor;
    m_tenantId = tenantId;
    m_selectedVariant.clear();
    m_liveSelection.stop();
    m_selectedLocation.clear();
    m_ledgerForFilter = false;
    Q_EMIT ledgerForFilterChanged();
    m_inboundForLocation = false;
    Q_EMIT inboundForLocationChanged();
    m_requestIds.clear();
    ++m_selectionGeneration;
    m_batches.setBatches({});
    m_inbound.setTransfers({});
    m_ledger.setSource(executor, tenantId);
    m_count.setSource(executor, tenantId);
    m_positions.setSource(executor, tenantId);
    setBusy(false);
    clearMessages();
    Q_EMIT selectionChanged();
}

int StockController::selectedRow() const
{
    return m_selectedVariant.isEmpty() ? -1
                                       : m_positions.indexOf(m_selectedVariant, m_selectedLocation);
}

const StockPositionRow *StockController::selectedPosition() const
{
    const int row = selectedRow();
    return row < 0 ? nullptr : &m_positions.rowAt(row);
}

QVariantMap StockController::selected() const
{
    const StockPositionRow *r = selectedPosition();
    if (!r)
        return {};
    const QLocale india(QLocale::English, QLocale::India);
    return {{QStringLiteral("variantId"), r->variantId},
            {QStringLiteral("locationId"), r->locationId},
            {QStringLiteral("sku"), r->sku},
            {QStringLiteral("name"), r->name},
            {QStringLiteral("locationCode"), r->locationCode},
            {QStringLiteral("unit"), r->unit},
            {QStringLiteral("onHand"), display::quantity(r->onHand)},
            {QStringLiteral("reserved"), display::quantity(r->reserved)},
            {QStringLiteral("available"), display::quantity(r->available)},
            {QStringLiteral("inTransit"), display::quantity(r->inTransit)},
            {QStringLiteral("reorderPoint"), display::quantity(r->reorderPoint)},
            {QStringLiteral("maxStock"), r->maxStock ? display::quantity(*r->maxStock) : QString()},
            {QStringLiteral("where"), whereText(*r)},
            {QStringLiteral("level"), r->level()},
            {QStringLiteral("expiring"), r->expiring},
            {QStringLiteral("archived"), r->archived},
            {QStringLiteral("allowNegative"), r->allowNegative},
            {QStringLiteral("version"), r->version},
            {QStringLiteral("lastModified"), india.toString(r->lastModifiedAt.toLocalTime(),
                                                            QStringLiteral("dd MMM yyyy, HH:mm"))}};
}

void StockController::setLedgerForFilter(bool forFilter)
{
    if (m_ledgerForFilter == forFilter)
        return;
    m_ledgerForFilter = forFilter;
    Q_EMIT ledgerForFilterChanged();
    updateLedgerScope();
}

void StockController::setInboundForLocation(bool forLocation)
{
    if (m_inboundForLocation == forLocation)
        return;
    m_inboundForLocation = forLocation;
    Q_EMIT inboundForLocationChanged();
    loadSelection();
}

QVariantList StockController::movementTypes()
{
    QVariantList list;
    for (const MovementTypeInfo &info : stockroom::movementTypes()) {
        if (!offeredInAdjust(info.type))
            continue;
        const QString key = QString::fromLatin1(info.key);
        QString sign;
        switch (info.sign) {
        case MovementSign::Adds:
            sign = QStringLiteral("adds");
            break;
        case MovementSign::Removes:
            sign = QStringLiteral("removes");
            break;
        case MovementSign::Either:
            sign = QStringLiteral("either");
            break;
        }
        list.append(QVariantMap{{QStringLiteral("key"), key},
                                {QStringLiteral("label"), movementTypeLabel(key)},
                                {QStringLiteral("sign"), sign}});
    }
    return list;
}

void StockController::select(int row)
{
    QString variant;
    QString location;
    if (row >= 0 && row < m_positions.rowCount()) {
        variant = m_positions.rowAt(row).variantId;
        location = m_positions.rowAt(row).locationId;
    }
    if (variant == m_selectedVariant && location == m_selectedLocation)
        return;
    m_selectedVariant = variant;
    m_selectedLocation = location;
    Q_EMIT selectionChanged();
    loadSelection();
}

void StockController::focusPosition(const QString &variantId, const QString &locationId)
{
    if (variantId == m_selectedVariant && locationId == m_selectedLocation)
        return;
    m_selectedVariant = variantId;
    m_selectedLocation = locationId;
    Q_EMIT selectionChanged();
    loadSelection();
}

void StockController::liveEvent(const StreamEvent &event)
{
    if (!event.eventType.startsWith(QLatin1String("inventory.")) || event.variantId.isNull() ||
        event.locationId.isNull())
        return;
    const QString variant = event.variantId.toString(QUuid::WithoutBraces);
    const QString location = event.locationId.toString(QUuid::WithoutBraces);
    m_positions.liveChange(variant, location);
    const bool selected = variant == m_selectedVariant && location == m_selectedLocation;
    // Transfers into the selected location: one dispatched to it, or one received there.
    const bool inbound =
        m_inboundForLocation && location == m_selectedLocation &&
        (event.eventType == QLatin1String("inventory.transfer.dispatched") ||
         event.text(QStringLiteral("movement_type")) == QLatin1String("transfer_in"));
    if ((selected || inbound) && !m_liveSelection.isActive())
        m_liveSelection.start();
}

void StockController::reloadAll()
{
    m_positions.reload();
    loadSelection();
}

void StockController::updateLedgerScope()
{
    if (m_ledgerForFilter) {
        m_ledger.setScope(LedgerScope{m_positions.filter(), {}, {}});
    } else if (!m_selectedVariant.isEmpty()) {
        StockFilter none;
        m_ledger.setScope(LedgerScope{none, m_selectedVariant, m_selectedLocation});
    } else {
        m_ledger.clear();
    }
}

void StockController::loadSelection()
{
    const quint64 generation = ++m_selectionGeneration;
    updateLedgerScope();
    if (m_selectedVariant.isEmpty() || !m_executor) {
        m_batches.setBatches({});
        m_inbound.setTransfers({});
        return;
    }
    struct Details
    {
        QList<StockBatchRow> batches;
        QList<InboundTransfer> inbound;
    };
    m_batches.setLoading(true);
    m_inbound.setLoading(true);
    m_executor->run<Details>(
        this,
        [tenantId = m_tenantId, variant = m_selectedVariant, location = m_selectedLocation,
         wholeLocation = m_inboundForLocation](QSqlDatabase &db) {
            return Details{StockRepository::batches(db, tenantId, variant, location),
                           StockRepository::inbound(db, tenantId, location,
                                                    wholeLocation ? QString() : variant,
                                                    InboundLimit)};
        },
        [this, generation](const DbResult<Details> &result) {
            if (generation != m_selectionGeneration)
                return;
            m_batches.setLoading(false);
            m_inbound.setLoading(false);
            m_batches.setBatches(result.ok() ? result.value->batches : QList<StockBatchRow>());
            m_inbound.setTransfers(result.ok() ? result.value->inbound : QList<InboundTransfer>());
        });
}

void StockController::startCount()
{
    m_count.load(m_positions.filter());
}

bool StockController::canSend() const
{
    return m_executor && !m_tenantId.isEmpty() && !m_busy;
}

const StockPositionRow *StockController::actionTarget()
{
    if (!canSend())
        return nullptr;
    const StockPositionRow *position = selectedPosition();
    if (!position)
        refuse({}, tr("Select a position in the list first."));
    return position;
}

bool StockController::refuse(const QVariantMap &fieldErrors, const QString &error)
{
    m_fieldErrors = fieldErrors;
    m_commandHeadline = error.isEmpty() ? QString() : tr("Check the form");
    m_commandError = error;
    m_notice.clear();
    Q_EMIT messagesChanged();
    return false;
}

void StockController::beginAction(const QString &action)
{
    m_requestIds.insert(action, QUuid::createUuid());
    clearMessages();
}

QUuid StockController::requestFor(const QString &action)
{
    auto it = m_requestIds.find(action);
    if (it == m_requestIds.end())
        it = m_requestIds.insert(action, QUuid::createUuid());
    return *it;
}

bool StockController::adjust(const QString &typeKey, const QString &quantity, bool remove,
                             const QString &reason, const QString &referenceType,
                             const QString &referenceId)
{
    const StockPositionRow *position = actionTarget();
    if (!position)
        return false;
    QVariantMap errors;
    const std::optional<MovementType> type = movementTypeFromKey(typeKey);
    if (!type || !offeredInAdjust(*type))
        errors.insert(TypeField, tr("Choose what happened to the stock."));
    QString problem;
    const std::optional<Quantity> amount = stockinput::quantity(quantity, &problem);
    if (!amount)
        errors.insert(QuantityField, problem);
    bool removes = remove;
    if (type) {
        const MovementSign sign = movementTypeInfo(*type).sign;
        if (sign != MovementSign::Either)
            removes = sign == MovementSign::Removes;
    }
    if (amount && removes && !position->allowNegative && *amount > position->available) {
        errors.insert(QuantityField, tr("Only %1 is available at %2; this would take %3.")
                                         .arg(display::quantity(position->available),
                                              position->locationCode, display::quantity(*amount)));
    }
    markTooLong(errors, ReasonField, reason, ReasonMax);
    markTooLong(errors, ReferenceTypeField, referenceType, ReferenceTypeMax);
    markTooLong(errors, ReferenceField, referenceId, ReferenceMax);
    if (!errors.isEmpty())
        return refuse(errors);
    AdjustStock command;
    command.variantId = position->variantId;
    command.locationId = position->locationId;
    command.delta = removes ? -*amount : *amount;
    command.type = *type;
    command.reason = reason;
    command.referenceType = referenceType;
    command.referenceId = referenceId;
    const QString notice =
        tr("%1 %2 %3 at %4.")
            .arg(movementTypeLabel(typeKey),
                 (removes ? QStringLiteral("−") : QStringLiteral("+")) + display::quantity(*amount),
                 position->sku, position->locationCode);
    runCommand(QStringLiteral("adjust"), QStringLiteral("adjust"), notice,
               [command](SqlSession &db, const QUuid &id) {
                   return stockcommands::adjust(db, id, command);
               });
    return true;
}

QString StockController::preview(const QString &typeKey, const QString &quantity, bool remove) const
{
    const StockPositionRow *position = selectedPosition();
    const std::optional<MovementType> type = movementTypeFromKey(typeKey);
    const std::optional<Quantity> amount = stockinput::quantity(quantity, nullptr);
    if (!position || !type || !amount)
        return {};
    const MovementSign sign = movementTypeInfo(*type).sign;
    const bool removes = sign == MovementSign::Either ? remove : sign == MovementSign::Removes;
    const Quantity delta = removes ? -*amount : *amount;
    return tr("On hand %1 → %2 · available %3 → %4")
        .arg(display::quantity(position->onHand), display::quantity(position->onHand + delta),
             display::quantity(position->available),
             display::quantity(position->available + delta));
}

bool StockController::transfer(const QString &toLocationId, const QString &quantity,
                               const QString &reason)
{
    const StockPositionRow *position = actionTarget();
    if (!position)
        return false;
    QVariantMap errors;
    if (toLocationId.isEmpty())
        errors.insert(DestinationField, tr("Choose where the stock is going."));
    else if (toLocationId == position->locationId)
        errors.insert(
            DestinationField,
            tr("Choose a location other than %1, where the stock is.").arg(position->locationCode));
    QString problem;
    const std::optional<Quantity> amount = stockinput::quantity(quantity, &problem);
    if (!amount)
        errors.insert(QuantityField, problem);
    else if (!position->allowNegative && *amount > position->available)
        errors.insert(QuantityField,
                      tr("Only %1 is available at %2 to send.")
                          .arg(display::quantity(position->available), position->locationCode));
    markTooLong(errors, ReasonField, reason, ReasonMax);
    if (!errors.isEmpty())
        return refuse(errors);
    TransferStock command{position->variantId, position->locationId, toLocationId, *amount, reason};
    runCommand(QStringLiteral("transfer"), QStringLiteral("transfer"),
               tr("%1 of %2 sent from %3; it is in transit until received.")
                   .arg(display::quantity(*amount), position->sku, position->locationCode),
               [command](SqlSession &db, const QUuid &id) {
                   return stockcommands::transfer(db, id, command);
               });
    return true;
}

bool StockController::receiveTransfer(const QString &transferId)
{
    if (!canSend())
        return false;
    const InboundTransfer *transfer = nullptr;
    for (const InboundTransfer &t : m_inbound.transfers()) {
        if (t.id == transferId)
            transfer = &t;
    }
    if (!transfer)
        return refuse({}, tr("That transfer is no longer listed; select the position again."));
    // Receiving one transfer is one action: its request id is kept per transfer.
    runCommand(
        QStringLiteral("receive:") + transferId, QStringLiteral("receiveTransfer"),
        tr("Received %1 of %2 at %3.")
            .arg(display::quantity(transfer->quantity), transfer->sku, transfer->toLocationCode),
        [transferId](SqlSession &db, const QUuid &id) {
            return stockcommands::receiveTransfer(db, id, transferId);
        });
    return true;
}

bool StockController::receiveBatch(const QString &batchNumber, const QString &lotNumber,
                                   const QString &quantity, const QString &expiry,
                                   const QString &alert, const QString &manufactured)
{
    const StockPositionRow *position = actionTarget();
    if (!position)
        return false;
    QVariantMap errors;
    if (batchNumber.trimmed().isEmpty())
        errors.insert(BatchNumberField, tr("Enter the batch number printed on the pack."));
    markTooLong(errors, BatchNumberField, batchNumber, BatchNumberMax);
    markTooLong(errors, LotNumberField, lotNumber, BatchNumberMax);
    QString problem;
    const std::optional<Quantity> amount = stockinput::quantity(quantity, &problem);
    if (!amount)
        errors.insert(QuantityField, problem);
    const QDate today = QDate::currentDate();
    const QDate expiryDate = stockinput::date(expiry);
    if (expiry.trimmed().isEmpty())
        errors.insert(ExpiryField, tr("Enter the expiry date."));
    else if (!expiryDate.isValid())
        errors.insert(ExpiryField,
                      tr("Type a date such as %1.").arg(today.addMonths(6).toString(Qt::ISODate)));
    else if (expiryDate < today)
        errors.insert(ExpiryField, tr("This batch has expired; expired stock cannot be received."));
    const QDate alertDate = stockinput::date(alert);
    if (!alert.trimmed().isEmpty() && !alertDate.isValid())
        errors.insert(AlertField, tr("Type a date such as %1, or leave it empty.")
                                      .arg(today.addMonths(5).toString(Qt::ISODate)));
    else if (alertDate.isValid() && expiryDate.isValid() && alertDate > expiryDate)
        errors.insert(AlertField, tr("The alert date must be on or before the expiry date."));
    const QDate madeOn = stockinput::date(manufactured);
    if (!manufactured.trimmed().isEmpty() && !madeOn.isValid())
        errors.insert(ManufacturedField, tr("Type a date such as %1, or leave it empty.")
                                             .arg(today.addMonths(-1).toString(Qt::ISODate)));
    else if (madeOn.isValid() && (madeOn > today || (expiryDate.isValid() && madeOn > expiryDate)))
        errors.insert(ManufacturedField,
                      tr("The manufacturing date cannot be after today or the expiry date."));
    if (!errors.isEmpty())
        return refuse(errors);
    ReceiveBatch command{position->variantId,
                         position->locationId,
                         batchNumber.trimmed(),
                         *amount,
                         expiryDate,
                         alertDate,
                         lotNumber.trimmed(),
                         madeOn};
    runCommand(QStringLiteral("batch"), QStringLiteral("receiveBatch"),
               tr("Batch %1 received: %2 of %3 at %4.")
                   .arg(command.batchNumber, display::quantity(*amount), position->sku,
                        position->locationCode),
               [command](SqlSession &db, const QUuid &id) {
                   return stockcommands::receiveBatch(db, id, command);
               });
    return true;
}

bool StockController::writeOffBatch(const QString &batchId, const QString &quantity,
                                    const QString &typeKey, const QString &reason)
{
    if (!canSend())
        return false;
    const StockBatchRow *batch = m_batches.find(batchId);
    if (!batch)
        return refuse({}, tr("That batch is no longer listed; select the position again."));
    QVariantMap errors;
    const std::optional<MovementType> type = movementTypeFromKey(typeKey);
    if (!type || (*type != MovementType::ExpiryWriteoff && *type != MovementType::Damage))
        errors.insert(TypeField, tr("Choose expiry or damage."));
    std::optional<Quantity> amount;
    if (!quantity.trimmed().isEmpty()) {
        QString problem;
        amount = stockinput::quantity(quantity, &problem);
        if (!amount)
            errors.insert(QuantityField, problem);
        else if (*amount > batch->onHand)
            errors.insert(
                QuantityField,
                tr("Batch %1 holds %2.").arg(batch->batchNumber, display::quantity(batch->onHand)));
    } else if (batch->onHand <= Quantity()) {
        errors.insert(QuantityField,
                      tr("Batch %1 has nothing left to write off.").arg(batch->batchNumber));
    }
    markTooLong(errors, ReasonField, reason, ReasonMax);
    if (!errors.isEmpty())
        return refuse(errors);
    const Quantity shown = amount.value_or(batch->onHand);
    const MovementType movement = *type;
    runCommand(QStringLiteral("writeoff"), QStringLiteral("writeOffBatch"),
               tr("%1 of batch %2 written off (%3).")
                   .arg(display::quantity(shown), batch->batchNumber, movementTypeLabel(typeKey)),
               [batchId, amount, movement, reason](SqlSession &db, const QUuid &id) {
                   return stockcommands::writeOffBatch(db, id, batchId, amount, movement, reason);
               });
    return true;
}

void StockController::runCommand(const QString &action, const QString &command,
                                 const QString &notice, Work work)
{
    m_fieldErrors.clear();
    m_commandHeadline.clear();
    m_commandError.clear();
    m_notice.clear();
    Q_EMIT messagesChanged();
    setBusy(true);
    // The action's request id: the same on every retry of this action, so a command that
    // reached the database before a failure is recognised instead of applied twice.
    const QUuid requestId = requestFor(action);
    m_executor->run<StockCommandResult>(
        this,
        [work = std::move(work), requestId](QSqlDatabase &db) {
            QtSqlSession session(db);
            return work(session, requestId);
        },
        [this, action, command, notice](const DbResult<StockCommandResult> &result) {
            setBusy(false);
            if (!result.ok()) {
                const CommandFailure failure = CommandFailure::of(result);
                m_commandHeadline = failure.headline;
                m_commandError = failure.text;
                Q_EMIT messagesChanged();
                // The refusal may come from figures that changed meanwhile: show them as they are.
                if (!m_selectedVariant.isEmpty())
                    m_positions.refreshPosition(m_selectedVariant, m_selectedLocation);
                Q_EMIT commandFinished(command, false);
                return;
            }
            m_requestIds.remove(action);
            m_notice = notice;
            Q_EMIT messagesChanged();
            const StockCommandResult &r = *result.value;
            m_positions.applyState(r.position);
            const QJsonObject destination = r.json.value(QLatin1String("destination")).toObject();
            if (!destination.isEmpty())
                m_positions.applyState(StockCommandResult::fromJson(destination).position);
            loadSelection();
            Q_EMIT commandFinished(command, true);
        });
}

void StockController::clearMessages()
{
    if (m_commandError.isEmpty() && m_commandHeadline.isEmpty() && m_fieldErrors.isEmpty() &&
        m_notice.isEmpty())
        return;
    m_commandHeadline.clear();
    m_commandError.clear();
    m_fieldErrors.clear();
    m_notice.clear();
    Q_EMIT messagesChanged();
}

void StockController::clearFieldError(const QString &field)
{
    if (m_fieldErrors.remove(field) > 0)
        Q_EMIT messagesChanged();
}

void StockController::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

} // namespace stockroom
