#include "reservationcontroller.h"

#include "access/apierror.h"
#include "catalog/catalogrepository.h"
#include "db/dbexecutor.h"
#include "db/sqlsession.h"
#include "displayformat.h"
#include "locationmodel.h"
#include "stock/reservationrepository.h"
#include "stream/streamevent.h"

namespace stockroom {

namespace {

constexpr int VariantSearchPauseMs = 150;
constexpr int MaxOrderLength = 120; // stock_reservations.order_id

const QString VariantField = QStringLiteral("variant");
const QString LocationField = QStringLiteral("location");
const QString OrderField = QStringLiteral("order");
const QString QuantityField = QStringLiteral("quantity");
const QString HoldField = QStringLiteral("hold");

QString quantityWithUnit(const Quantity &q, const QString &uom)
{
    return uom.isEmpty() ? display::quantity(q) : display::quantity(q) + QLatin1Char(' ') + uom;
}

} // namespace

ReservationController::ReservationController(QObject *parent)
    : QObject(parent)
{
    m_variantDebounce.setSingleShot(true);
    m_variantDebounce.setInterval(VariantSearchPauseMs);
    connect(&m_variantDebounce, &QTimer::timeout, this, &ReservationController::searchVariants);
    // The panel checks the place the list shows.
    connect(&m_model, &ReservationModel::locationIdChanged, this,
            [this]() { m_reconciliation.setLocationId(m_model.locationId()); });
}

void ReservationController::setSource(DbExecutor *executor, const QString &tenantId,
                                      LocationModel *locations)
{
    ++m_generation;
    m_executor = executor;
    m_tenantId = tenantId;
    if (m_locations)
        disconnect(m_locations, nullptr, this, nullptr);
    m_locations = locations;
    if (m_locations) {
        connect(m_locations, &LocationModel::modelReset, this,
                &ReservationController::rebuildLocationOptions);
    }
    rebuildLocationOptions();
    // A new person starts from the active ones everywhere, with nothing of the last one's.
    m_unanswered.clear();
    setReserving(false);
    m_reserveError.clear();
    m_fieldErrors.clear();
    Q_EMIT reserveMessagesChanged();
    m_variantSearch.clear();
    m_variantMatches.clear();
    m_variantSearching = false;
    Q_EMIT variantSearchChanged();
    Q_EMIT variantMatchesChanged();
    m_target.clear();
    Q_EMIT targetChanged();
    setSelectedId({});
    setNotice({});
    m_model.setSearch({});
    m_model.setLocationId({});
    m_model.setView(QStringLiteral("active"));
    m_reconciliation.setSource(executor, tenantId);
    m_model.setSource(executor, tenantId);
}

void ReservationController::rebuildLocationOptions()
{
    m_locationOptions.clear();
    if (m_locations) {
        for (const LocationEntry &l : m_locations->locations()) {
            m_locationOptions.append(
                QVariantMap{{QStringLiteral("locationId"), l.id},
                            {QStringLiteral("code"), l.code},
                            {QStringLiteral("name"), l.name},
                            {QStringLiteral("active"), l.active},
                            {QStringLiteral("label"), m_locations->labelOf(l.id)}});
        }
    }
    Q_EMIT locationOptionsChanged();
}

void ReservationController::setSelectedId(const QString &id)
{
    if (m_selectedId == id)
        return;
    m_selectedId = id;
    Q_EMIT selectedIdChanged();
}

void ReservationController::setVariantSearch(const QString &term)
{
    if (m_variantSearch == term)
        return;
    m_variantSearch = term;
    Q_EMIT variantSearchChanged();
    // Searching from the first key press: the matches on show are for an older term.
    const bool searching = !term.trimmed().isEmpty();
    if (searching != m_variantSearching) {
        m_variantSearching = searching;
        Q_EMIT variantMatchesChanged();
    }
    m_variantDebounce.start();
}

void ReservationController::searchVariants()
{
    const quint64 generation = ++m_searchGeneration;
    const QString term = m_variantSearch.trimmed();
    if (term.isEmpty() || !m_executor) {
        m_variantMatches.clear();
        m_variantSearching = false;
        Q_EMIT variantMatchesChanged();
        return;
    }
    m_variantSearching = true;
    Q_EMIT variantMatchesChanged();
    // The catalog's own search: name or SKU anywhere, the start of a barcode.
    m_executor->run<QList<CatalogRow>>(
        this,
        [filter = CatalogFilter{m_tenantId, term, {}}](QSqlDatabase &db) {
            return CatalogRepository::page(db, filter, std::nullopt, VariantMatchLimit);
        },
        [this, generation](const DbResult<QList<CatalogRow>> &result) {
            if (generation != m_searchGeneration)
                return;
            m_variantSearching = false;
            m_variantMatches.clear();
            if (result.ok()) {
                for (const CatalogRow &r : *result.value) {
                    m_variantMatches.append(
                        QVariantMap{{QStringLiteral("variantId"), r.id},
                                    {QStringLiteral("sku"), r.sku},
                                    {QStringLiteral("name"), r.name},
                                    {QStringLiteral("barcode"), r.barcode},
                                    {QStringLiteral("pack"), display::pack(r.packSize, r.packUom)},
                                    {QStringLiteral("archived"), r.archived}});
                }
            }
            Q_EMIT variantMatchesChanged();
        });
}

void ReservationController::loadTarget(const QString &variantId, const QString &locationId)
{
    const quint64 generation = ++m_targetGeneration;
    m_target.clear();
    if (locationId.isEmpty() || !m_executor) {
        Q_EMIT targetChanged();
        return;
    }
    m_target.insert(QStringLiteral("loading"), true);
    Q_EMIT targetChanged();
    m_executor->run<std::optional<ReservationTarget>>(
        this,
        [tenantId = m_tenantId, variantId, locationId](QSqlDatabase &qdb) {
            QtSqlSession db(qdb);
            return ReservationRepository::target(db, tenantId, variantId, locationId);
        },
        [this, generation, variantId,
         locationId](const DbResult<std::optional<ReservationTarget>> &result) {
            if (generation != m_targetGeneration)
                return;
            m_target.clear();
            if (result.ok() && result.value->has_value()) {
                const ReservationTarget &t = **result.value;
                Quantity reservable = t.available - t.unsellable;
                if (reservable.isNegative())
                    reservable = Quantity();
                m_target = QVariantMap{
                    {QStringLiteral("loaded"), true},
                    {QStringLiteral("variantId"), variantId},
                    {QStringLiteral("locationId"), locationId},
                    {QStringLiteral("locationCode"), t.locationCode},
                    {QStringLiteral("locationActive"), t.locationActive},
                    {QStringLiteral("ttlMinutes"), t.ttlMinutes},
                    {QStringLiteral("hasPosition"), t.hasPosition},
                    {QStringLiteral("onHand"), display::quantity(t.onHand)},
                    {QStringLiteral("reserved"), display::quantity(t.reserved)},
                    {QStringLiteral("unsellable"),
                     t.unsellable.isZero() ? QString() : display::quantity(t.unsellable)},
                    {QStringLiteral("reservable"), display::quantity(reservable)}};
            } else if (!result.ok()) {
                m_target.insert(QStringLiteral("error"), result.error);
            }
            Q_EMIT targetChanged();
        });
}

QUuid ReservationController::requestIdFor(const QString &key)
{
    return m_unanswered.contains(key) ? m_unanswered.value(key) : QUuid::createUuid();
}

void ReservationController::runCommand(const QString &key, const QUuid &requestId, Command command,
                                       std::function<void(const DbResult<Outcome> &)> done)
{
    const quint64 generation = m_generation;
    m_executor->run<Outcome>(
        this,
        [tenantId = m_tenantId, requestId, command = std::move(command)](QSqlDatabase &qdb) {
            QtSqlSession db(qdb);
            Outcome outcome;
            outcome.result = command(db, requestId);
            // Read the row back as the command left it (its closing time is the server's).
            if (!outcome.result.reservationId.isEmpty())
                outcome.row =
                    ReservationRepository::find(db, tenantId, outcome.result.reservationId);
            return outcome;
        },
        [this, generation, key, requestId,
         done = std::move(done)](const DbResult<Outcome> &result) {
            if (generation != m_generation)
                return; // signed out or switched user meanwhile
            // An answer lost with the connection leaves the outcome unknown: the same action sent
            // again carries the same id, so the database applies it at most once.
            if (result.connectionLost)
                m_unanswered.insert(key, requestId);
            else
                m_unanswered.remove(key);
            done(result);
        });
}

QVariantMap ReservationController::refusal(const DbResult<Outcome> &result)
{
    if (result.connectionLost) {
        return {
            {QStringLiteral("code"), QStringLiteral("connection_lost")},
            {QStringLiteral("headline"), tr("No answer from the database")},
            {QStringLiteral("message"), result.message.isEmpty() ? result.error : result.message},
            {QStringLiteral("hint"),
             tr("The connection was lost before the answer came, so it may or may not have "
                "been applied. Try again once the connection is back: it will not be applied "
                "twice.")}};
    }
    const ApiError error = ApiError::from(result.sqlState, result.message, result.hint);
    return {{QStringLiteral("code"), apiErrorCodeName(error.code)},
            {QStringLiteral("headline"), error.headline()},
            {QStringLiteral("message"), error.message.isEmpty() ? result.error : error.message},
            {QStringLiteral("hint"), error.hint}};
}

bool ReservationController::reserve(const QString &variantId, const QString &locationId,
                                    const QString &orderId, const QString &quantityText,
                                    const QString &holdMinutesText)
{
    if (!m_executor || m_tenantId.isEmpty() || m_reserving)
        return false;
    QVariantMap errors;
    ReserveStock command;
    command.variantId = variantId;
    command.locationId = locationId;
    command.orderId = orderId.trimmed();
    if (variantId.isEmpty())
        errors.insert(VariantField, tr("Choose the item: search by SKU, barcode or name."));
    if (locationId.isEmpty())
        errors.insert(LocationField, tr("Choose the location to hold the stock at."));
    if (command.orderId.isEmpty())
        errors.insert(OrderField, tr("Enter the order number the stock is held for."));
    else if (command.orderId.size() > MaxOrderLength)
        errors.insert(OrderField,
                      tr("An order number has at most %1 characters.").arg(MaxOrderLength));
    const auto quantity = Quantity::parse(quantityText.trimmed());
    if (!quantity)
        errors.insert(QuantityField,
                      tr("Enter a quantity such as 2 or 1.25 (at most four decimal places)."));
    else if (quantity->isNegative() || quantity->isZero())
        errors.insert(QuantityField, tr("The quantity must be more than zero."));
    else
        command.quantity = *quantity;
    const QString hold = holdMinutesText.trimmed();
    if (!hold.isEmpty()) {
        bool ok = false;
        const int minutes = hold.toInt(&ok);
        if (!ok || minutes < 1 || minutes > MaxHoldMinutes)
            errors.insert(HoldField, tr("Enter whole minutes from 1 to %1 (7 days), or leave it "
                                        "empty for the location's default.")
                                         .arg(MaxHoldMinutes));
        else
            command.ttlMinutes = minutes;
    }
    m_reserveError.clear();
    m_fieldErrors = errors;
    Q_EMIT reserveMessagesChanged();
    if (!errors.isEmpty())
        return false;

    setNotice({});
    setReserving(true);
    const QString key = QStringLiteral("reserve|%1|%2|%3|%4|%5")
                            .arg(command.variantId, command.locationId, command.orderId,
                                 command.quantity.toSqlString())
                            .arg(command.ttlMinutes);
    runCommand(
        key, requestIdFor(key),
        [command](SqlSession &db, const QUuid &requestId) {
            return stockcommands::reserve(db, requestId, command);
        },
        [this](const DbResult<Outcome> &result) {
            setReserving(false);
            if (!result.ok()) {
                m_reserveError = refusal(result);
                // The message below the form says it in full; the field only needs marking.
                const QString code = m_reserveError.value(QStringLiteral("code")).toString();
                if (code == QLatin1String("insufficient_stock"))
                    m_fieldErrors.insert(QuantityField, tr("More than can be reserved here."));
                else if (code == QLatin1String("invalid_quantity"))
                    m_fieldErrors.insert(QuantityField, tr("Check the quantity."));
                else if (code == QLatin1String("already_exists"))
                    m_fieldErrors.insert(OrderField,
                                         tr("This order already holds this item here."));
                else if (code == QLatin1String("unknown_variant"))
                    m_fieldErrors.insert(VariantField, tr("Not in your catalog."));
                else if (code == QLatin1String("not_in_scope"))
                    m_fieldErrors.insert(LocationField, tr("Not one of your locations."));
                Q_EMIT reserveMessagesChanged();
                Q_EMIT reserveFinished(false, QString());
                return;
            }
            const Outcome &outcome = *result.value;
            if (outcome.row) {
                const ReservationRow &row = *outcome.row;
                m_model.upsert(row);
                setSelectedId(row.id);
                setNotice(
                    tr("Reserved %1 of %2 for order %3 at %4, held until %5.")
                        .arg(quantityWithUnit(row.quantity, row.stockUom), row.sku, row.orderId,
                             row.locationCode,
                             ReservationModel::formatMoment(row.expiresAt, m_model.serverNow())));
            }
            if (m_reconciliation.loadedOnce())
                m_reconciliation.refresh();
            Q_EMIT reserveFinished(true, outcome.result.reservationId);
        });
    return true;
}

bool ReservationController::release(const QString &reservationId)
{
    return rowCommand(QStringLiteral("release"), reservationId);
}

bool ReservationController::commit(const QString &reservationId)
{
    return rowCommand(QStringLiteral("commit"), reservationId);
}

bool ReservationController::rowCommand(const QString &command, const QString &reservationId)
{
    if (!m_executor || m_tenantId.isEmpty() || reservationId.isEmpty())
        return false;
    const int at = m_model.indexOfId(reservationId);
    if (at >= 0 && m_model.data(m_model.index(at), ReservationModel::BusyRole).toBool())
        return false; // one command at a time per row
    const bool committing = command == QLatin1String("commit");
    m_model.setRowRefusal(reservationId, {});
    m_model.setRowBusy(reservationId, command);
    setSelectedId(reservationId);
    setNotice({});
    const QString key = command + QLatin1Char('|') + reservationId;
    runCommand(
        key, requestIdFor(key),
        [committing, reservationId](SqlSession &db, const QUuid &requestId) {
            return committing ? stockcommands::commit(db, requestId, reservationId)
                              : stockcommands::release(db, requestId, reservationId);
        },
        [this, command, committing, reservationId](const DbResult<Outcome> &result) {
            m_model.setRowBusy(reservationId, {});
            if (!result.ok()) {
                m_model.setRowRefusal(reservationId, refusal(result));
                // Someone else (or the sweeper) may have closed it: show it as it now is.
                if (!result.connectionLost)
                    refreshRow(reservationId);
                Q_EMIT rowCommandFinished(command, reservationId, false);
                return;
            }
            const Outcome &outcome = *result.value;
            if (outcome.row) {
                const ReservationRow &row = *outcome.row;
                m_model.upsert(row);
                const QString what = quantityWithUnit(row.quantity, row.stockUom);
                setNotice(committing
                              ? tr("Order %1 committed as a sale: %2 of %3 left the stock at %4.")
                                    .arg(row.orderId, what, row.sku, row.locationCode)
                              : tr("Order %1 released: %2 of %3 is available again at %4.")
                                    .arg(row.orderId, what, row.sku, row.locationCode));
            }
            if (m_reconciliation.loadedOnce())
                m_reconciliation.refresh();
            Q_EMIT rowCommandFinished(command, reservationId, true);
        });
    return true;
}

void ReservationController::liveEvent(const StreamEvent &event)
{
    static const QStringList types{QStringLiteral("inventory.stock.reserved"),
                                   QStringLiteral("inventory.stock.released"),
                                   QStringLiteral("inventory.stock.committed")};
    const QString id = event.text(QStringLiteral("reservation_id"));
    if (!m_executor || id.isEmpty() || !types.contains(event.eventType))
        return;
    refreshRow(id, true);
}

void ReservationController::refreshRow(const QString &reservationId, bool live)
{
    const quint64 generation = m_generation;
    m_executor->run<std::optional<ReservationRow>>(
        this,
        [tenantId = m_tenantId, reservationId](QSqlDatabase &qdb) {
            QtSqlSession db(qdb);
            return ReservationRepository::find(db, tenantId, reservationId);
        },
        [this, generation, live](const DbResult<std::optional<ReservationRow>> &result) {
            if (generation != m_generation || !result.ok() || !result.value->has_value())
                return;
            const ReservationRow &now = **result.value;
            const int listed = m_model.indexOfId(now.id);
            // The person's own command showed its outcome already: only news is highlighted.
            const bool news = listed < 0 || m_model.rowAt(listed).status != now.status ||
                              m_model.rowAt(listed).closedAt != now.closedAt;
            const int row = m_model.upsert(now);
            if (live && news && row >= 0)
                m_model.flashRow(now.id);
        });
}

void ReservationController::clearReserveMessages()
{
    if (m_reserveError.isEmpty() && m_fieldErrors.isEmpty())
        return;
    m_reserveError.clear();
    m_fieldErrors.clear();
    Q_EMIT reserveMessagesChanged();
}

void ReservationController::clearFieldError(const QString &field)
{
    if (m_fieldErrors.remove(field) > 0)
        Q_EMIT reserveMessagesChanged();
}

void ReservationController::dismissRowError(const QString &reservationId)
{
    m_model.setRowRefusal(reservationId, {});
}

void ReservationController::clearNotice()
{
    setNotice({});
}

void ReservationController::setNotice(const QString &text)
{
    if (m_notice == text)
        return;
    m_notice = text;
    Q_EMIT noticeChanged();
}

void ReservationController::setReserving(bool reserving)
{
    if (m_reserving == reserving)
        return;
    m_reserving = reserving;
    Q_EMIT reservingChanged();
}

} // namespace stockroom
