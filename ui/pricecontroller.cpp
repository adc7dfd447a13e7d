#include "pricecontroller.h"

#include "commandfailure.h"
#include "db/dbexecutor.h"
#include "db/sqlsession.h"
#include "displayformat.h"
#include "locationmodel.h"
#include "priceinput.h"
#include "pricing/pricecommands.h"
#include "pricing/pricerepository.h"
#include "stream/streamevent.h"

#include <QLocale>

namespace stockroom {

namespace {

const QString MrpField = QStringLiteral("mrp");
const QString PriceField = QStringLiteral("price");
const QString TaxField = QStringLiteral("tax");
const QString FromField = QStringLiteral("from");
const QString ToField = QStringLiteral("to");
const QString PriceUpdated = QStringLiteral("catalog.price.updated");

// A start typed for the current minute means now: the minute has begun, and the database
// refuses a start in the past.
constexpr int NowSlackSeconds = 60;

QString when(const QDateTime &at)
{
    return QLocale(QLocale::English, QLocale::India)
        .toString(at.toLocalTime(), QStringLiteral("d MMM yyyy, HH:mm"));
}

/** "120.00" → "120.00" for a form field; empty when there is no amount. */
QString plain(const std::optional<Money> &value)
{
    return value ? value->toSqlString() : QString();
}

QString plainTax(const QString &stored)
{
    const QString shown = display::percent(stored);
    return stored.isEmpty() ? QString() : shown.left(shown.size() - 1);
}

} // namespace

PriceController::PriceController(QObject *parent)
    : QObject(parent)
{
    connect(&m_list, &QAbstractItemModel::modelReset, this, &PriceController::selectionChanged);
    connect(&m_list, &QAbstractItemModel::rowsInserted, this, &PriceController::selectionChanged);
    connect(&m_list, &CatalogModel::rowsRefreshed, this, [this](const QStringList &ids) {
        if (ids.contains(m_selectedId))
            Q_EMIT selectionChanged();
    });
    // A bulk change moved many prices: read the list and the selection again.
    connect(&m_bulk, &BulkPriceController::applied, this, [this]() {
        m_list.reload();
        loadDetail();
    });
    m_live.setSingleShot(true);
    m_live.setInterval(150);
    connect(&m_live, &QTimer::timeout, this, [this]() {
        const QStringList ids(m_liveVariants.begin(), m_liveVariants.end());
        m_liveVariants.clear();
        m_list.refreshRows(ids);
        m_bulk.pricesChanged(ids);
        if (ids.contains(m_selectedId))
            loadDetail();
    });
}

void PriceController::setSource(DbExecutor *executor, const QString &tenantId, bool admin,
                                LocationModel *locations)
{
    if (m_locations)
        disconnect(m_locations.data(), nullptr, this, nullptr);
    m_executor = executor;
    m_tenantId = tenantId;
    m_admin = admin;
    m_locations = locations;
    m_selectedId.clear();
    m_outlook.clear();
    m_history.clear();
    m_detailError.clear();
    ++m_detailGeneration;
    m_requestIds.clear();
    m_liveVariants.clear();
    m_live.stop();
    if (m_channels.clear())
        Q_EMIT channelsChanged();
    setBusy(false);
    clearMessages();
    m_bulk.setSource(executor, tenantId);
    // Until the locations are known, an admin sees every location's prices and anyone else
    // nothing: a manager's list is of their own location.
    m_list.setSource(nullptr, tenantId);
    m_list.setSearch({});
    m_list.setCategoryId({});
    m_list.setChannel({});
    m_list.setLocationId({});
    if (admin)
        m_list.setSource(executor, tenantId);
    if (m_locations)
        connect(m_locations.data(), &LocationModel::loaded, this,
                &PriceController::refreshLocationChoices);
    refreshLocationChoices();
    loadChannels();
    Q_EMIT selectionChanged();
    Q_EMIT detailChanged();
    Q_EMIT scopeChanged();
}

void PriceController::refreshLocationChoices()
{
    QVariantList choices;
    if (m_admin)
        choices.append(QVariantMap{{QStringLiteral("locationId"), QString()},
                                   {QStringLiteral("label"), tr("Every location")}});
    if (m_locations) {
        for (const LocationEntry &l : m_locations->locations()) {
            if (l.active)
                choices.append(QVariantMap{
                    {QStringLiteral("locationId"), l.id},
                    {QStringLiteral("label"), QStringLiteral("%1 · %2").arg(l.code, l.name)}});
        }
    }
    m_locationChoices = choices;
    Q_EMIT locationChoicesChanged();
    // A manager starts at their first shop floor (where prices are charged), once it is known.
    if (!m_admin && m_executor && m_list.locationId().isEmpty() && !choices.isEmpty()) {
        QString start = choices.first().toMap().value(QStringLiteral("locationId")).toString();
        for (const LocationEntry &l : m_locations->locations()) {
            if (l.active && l.type == QLatin1String("store")) {
                start = l.id;
                break;
            }
        }
        m_list.setLocationId(start);
        m_list.setSource(m_executor, m_tenantId);
        Q_EMIT scopeChanged();
    }
}

void PriceController::loadChannels()
{
    if (m_executor)
        m_channels.read(*m_executor, this, m_tenantId, [this]() { Q_EMIT channelsChanged(); });
}

void PriceController::setLocationId(const QString &locationId)
{
    if (locationId == m_list.locationId())
        return;
    m_list.setLocationId(locationId);
    m_bulk.reset();
    Q_EMIT scopeChanged();
    loadDetail();
}

void PriceController::setChannel(const QString &channel)
{
    const QString name =
        channel.trimmed() == QLatin1String("default") ? QString() : channel.trimmed();
    if (name == m_list.channel())
        return;
    m_list.setChannel(name);
    m_bulk.reset();
    Q_EMIT scopeChanged();
    loadDetail();
}

QString PriceController::placeText() const
{
    if (m_list.locationId().isEmpty())
        return tr("every location");
    if (m_locations) {
        for (const LocationEntry &l : m_locations->locations()) {
            if (l.id == m_list.locationId())
                return l.code;
        }
    }
    return {};
}

bool PriceController::mayPriceAt(const QString &locationId) const
{
    if (m_admin)
        return true;
    if (locationId.isEmpty() || !m_locations)
        return false;
    return m_locations->indexOf(locationId) >= 0;
}

bool PriceController::canEdit() const
{
    return m_executor && mayPriceAt(m_list.locationId());
}

int PriceController::selectedRow() const
{
    return m_selectedId.isEmpty() ? -1 : m_list.indexOfId(m_selectedId);
}

const CatalogRow *PriceController::selectedRowData() const
{
    const int row = selectedRow();
    return row < 0 ? nullptr : &m_list.rowAt(row);
}

QVariantMap PriceController::selected() const
{
    const CatalogRow *r = selectedRowData();
    if (!r)
        return {};
    return {
        {QStringLiteral("variantId"), r->id},
        {QStringLiteral("sku"), r->sku},
        {QStringLiteral("name"), r->name},
        {QStringLiteral("category"), r->categoryPath},
        {QStringLiteral("pack"), display::pack(r->packSize, r->packUom)},
        {QStringLiteral("price"), display::money(r->price)},
        {QStringLiteral("mrp"), display::money(r->mrp)},
        {QStringLiteral("tax"), r->taxRate.isEmpty() ? QString() : display::percent(r->taxRate)},
        {QStringLiteral("why"), r->priceWhy},
        {QStringLiteral("priced"), r->price.has_value()},
        {QStringLiteral("scheduled"), r->priceChangeScheduled},
        // What the forms start from: the price in effect.
        {QStringLiteral("mrpInput"), plain(r->mrp)},
        {QStringLiteral("priceInput"), plain(r->price)},
        {QStringLiteral("taxInput"), plainTax(r->taxRate)}};
}

void PriceController::select(int row)
{
    const QString id = row >= 0 && row < m_list.rowCount() ? m_list.rowAt(row).id : QString();
    if (id == m_selectedId)
        return;
    m_selectedId = id;
    m_requestIds.clear();
    clearMessages();
    Q_EMIT selectionChanged();
    loadDetail();
}

void PriceController::loadDetail()
{
    const quint64 generation = ++m_detailGeneration;
    if (!m_executor || m_selectedId.isEmpty()) {
        m_outlook.clear();
        m_history.clear();
        m_detailError.clear();
        m_detailLoading = false;
        Q_EMIT detailChanged();
        return;
    }
    m_detailLoading = true;
    Q_EMIT detailChanged();
    const QString tenantId = m_tenantId;
    const QString variantId = m_selectedId;
    const QString locationId = m_list.locationId();
    const QString channel = m_list.channel();
    m_executor->run<VariantPricing>(
        this,
        [tenantId, variantId, locationId, channel](QSqlDatabase &db) {
            QtSqlSession session(db);
            return PriceRepository::variant(session, tenantId, variantId, locationId, channel);
        },
        [this, generation](const DbResult<VariantPricing> &result) {
            if (generation != m_detailGeneration)
                return;
            m_detailLoading = false;
            m_outlook.clear();
            m_history.clear();
            if (!result.ok()) {
                m_detailError = tr("Could not load the prices of this item: %1").arg(result.error);
                Q_EMIT detailChanged();
                return;
            }
            m_detailError.clear();
            const VariantPricing &p = *result.value;
            const QString inEffect = p.outlook.isEmpty() ? QString() : p.outlook.first().priceId;
            for (int i = 0; i < p.outlook.size(); ++i) {
                const PriceStep &s = p.outlook.at(i);
                m_outlook.append(QVariantMap{
                    {QStringLiteral("when"),
                     i == 0 ? tr("Now") : tr("From %1").arg(when(s.startsAt))},
                    {QStringLiteral("priced"), !s.priceId.isEmpty()},
                    {QStringLiteral("price"),
                     s.priceId.isEmpty() ? tr("No price") : display::money(s.basePrice)},
                    {QStringLiteral("mrp"), display::money(s.mrp)},
                    {QStringLiteral("tax"),
                     s.taxRate.isEmpty() ? QString() : display::percent(s.taxRate)},
                    {QStringLiteral("why"), s.why}});
            }
            for (const PriceRecord &h : p.history) {
                const bool open = !h.effectiveTo.isValid();
                const bool mine = mayPriceAt(h.locationId);
                m_history.append(QVariantMap{
                    {QStringLiteral("priceId"), h.id},
                    {QStringLiteral("place"),
                     h.locationId.isEmpty()
                         ? tr("Every location")
                         : QStringLiteral("%1 · %2").arg(h.locationCode, h.locationName)},
                    {QStringLiteral("channel"), h.channel},
                    {QStringLiteral("price"), h.basePrice.toDisplayString()},
                    {QStringLiteral("mrp"),
                     h.mrp ? tr("MRP %1").arg(h.mrp->toDisplayString()) : tr("no MRP")},
                    {QStringLiteral("tax"), tr("GST %1").arg(display::percent(h.taxRate))},
                    {QStringLiteral("period"),
                     QStringLiteral("%1 – %2").arg(when(h.effectiveFrom),
                                                   open ? tr("open-ended") : when(h.effectiveTo))},
                    {QStringLiteral("state"), h.state},
                    {QStringLiteral("stateText"),
                     h.state == QLatin1String("scheduled") ? tr("Scheduled")
                     : h.state == QLatin1String("past")    ? tr("Ended")
                                                           : tr("Running")},
                    {QStringLiteral("inEffect"), h.id == inEffect},
                    {QStringLiteral("who"),
                     h.createdByName.isEmpty()
                         ? tr("set by %1 on %2").arg(h.createdBy, when(h.createdAt))
                         : tr("set by %1 (%2) on %3")
                               .arg(h.createdByName, h.createdBy, when(h.createdAt))},
                    {QStringLiteral("canCancel"), mine && h.state == QLatin1String("scheduled")},
                    {QStringLiteral("canEnd"), mine && h.state == QLatin1String("current")}});
            }
            Q_EMIT detailChanged();
        });
}

bool PriceController::checkForm(const QString &mrp, const QString &price, const QString &tax,
                                const QString &from, const QString &to, bool submitting)
{
    QVariantMap errors;
    QString problem;
    std::optional<Money> mrpValue;
    if (!mrp.trimmed().isEmpty()) {
        mrpValue = priceinput::amount(mrp, &problem, false);
        if (!mrpValue)
            errors.insert(MrpField, problem);
    }
    if (!price.trimmed().isEmpty() || submitting) {
        const std::optional<Money> value = priceinput::amount(price, &problem);
        if (!value)
            errors.insert(PriceField, problem);
        else if (const QString above = priceinput::aboveMrp(*value, mrpValue); !above.isEmpty())
            errors.insert(PriceField, above);
    }
    if ((!tax.trimmed().isEmpty() || submitting) && priceinput::taxRate(tax, &problem).isEmpty())
        errors.insert(TaxField, problem);
    const QDateTime now = QDateTime::currentDateTime();
    const QDateTime starts = priceinput::when(from, &problem);
    if (!from.trimmed().isEmpty() && !starts.isValid())
        errors.insert(FromField, problem);
    else if (starts.isValid() && starts < now.addSecs(-NowSlackSeconds))
        errors.insert(FromField, tr("That time has passed: prices are not changed in the past. "
                                    "Leave it empty to start now."));
    const QDateTime ends = priceinput::when(to, &problem);
    if (!to.trimmed().isEmpty() && !ends.isValid())
        errors.insert(ToField, problem);
    else if (ends.isValid() && ends <= (starts.isValid() ? starts : now))
        errors.insert(ToField, tr("The price must end after it starts."));
    if (errors != m_fieldErrors) {
        m_fieldErrors = errors;
        Q_EMIT messagesChanged();
    }
    return errors.isEmpty();
}

std::optional<PriceEntry> PriceController::entryFrom(const QString &mrp, const QString &price,
                                                     const QString &tax, const QString &from,
                                                     const QString &to)
{
    if (!checkForm(mrp, price, tax, from, to, true)) {
        m_commandHeadline.clear();
        m_commandError.clear();
        Q_EMIT messagesChanged();
        return std::nullopt;
    }
    PriceEntry e;
    e.variantId = m_selectedId;
    e.locationId = m_list.locationId();
    e.channel = m_list.channel();
    if (!mrp.trimmed().isEmpty())
        e.mrp = priceinput::amount(mrp, nullptr, false);
    e.basePrice = *priceinput::amount(price, nullptr);
    e.taxRate = priceinput::taxRate(tax, nullptr);
    e.effectiveFrom = priceinput::when(from, nullptr);
    if (e.effectiveFrom.isValid() && e.effectiveFrom <= QDateTime::currentDateTime())
        e.effectiveFrom = {}; // this minute: now
    e.effectiveTo = priceinput::when(to, nullptr);
    return e;
}

bool PriceController::refuse(const QString &error)
{
    m_commandHeadline = tr("Check the form");
    m_commandError = error;
    m_notice.clear();
    Q_EMIT messagesChanged();
    return false;
}

bool PriceController::setPrice(const QString &mrp, const QString &price, const QString &tax,
                               const QString &from, const QString &to)
{
    if (!selectedRowData())
        return refuse(tr("Select an item in the list first."));
    if (m_busy || !canEdit())
        return false;
    const std::optional<PriceEntry> entry = entryFrom(mrp, price, tax, from, to);
    if (!entry)
        return false;
    const CatalogRow &row = *selectedRowData();
    runCommand(QStringLiteral("set"),
               tr("%1 is %2 at %3 from %4.")
                   .arg(row.sku, entry->basePrice.toDisplayString(), placeText(),
                        entry->effectiveFrom.isValid() ? when(entry->effectiveFrom) : tr("now")),
               [e = *entry](SqlSession &db, const QUuid &id) {
                   return pricecommands::setPrice(db, id, e);
               });
    return true;
}

bool PriceController::scheduleChange(const QString &mrp, const QString &price, const QString &tax,
                                     const QString &startsAt, const QString &endsAt)
{
    if (!selectedRowData())
        return refuse(tr("Select an item in the list first."));
    if (m_busy || !canEdit())
        return false;
    const std::optional<PriceEntry> entry = entryFrom(mrp, price, tax, startsAt, endsAt);
    if (!entry)
        return false;
    const CatalogRow &row = *selectedRowData();
    runCommand(QStringLiteral("schedule"),
               entry->effectiveFrom.isValid()
                   ? tr("%1 changes to %2 at %3 from %4.")
                         .arg(row.sku, entry->basePrice.toDisplayString(), placeText(),
                              when(entry->effectiveFrom))
                   : tr("%1 is now %2 at %3.")
                         .arg(row.sku, entry->basePrice.toDisplayString(), placeText()),
               [e = *entry](SqlSession &db, const QUuid &id) {
                   return pricecommands::scheduleChange(db, id, e);
               });
    return true;
}

bool PriceController::endPrice(const QString &priceId, const QString &at)
{
    if (m_busy || priceId.isEmpty())
        return false;
    QString problem;
    QDateTime ends = priceinput::when(at, &problem);
    QVariantMap errors;
    if (!at.trimmed().isEmpty() && !ends.isValid())
        errors.insert(ToField, problem);
    else if (ends.isValid() && ends < QDateTime::currentDateTime().addSecs(-NowSlackSeconds))
        errors.insert(ToField, tr("That time has passed: prices are not changed in the past. "
                                  "Leave it empty to end the price now."));
    m_fieldErrors = errors;
    Q_EMIT messagesChanged();
    if (!errors.isEmpty())
        return false;
    if (ends.isValid() && ends <= QDateTime::currentDateTime())
        ends = {};
    runCommand(QStringLiteral("end"),
               ends.isValid() ? tr("The price ends %1.").arg(when(ends))
                              : tr("The price has ended."),
               [priceId, ends](SqlSession &db, const QUuid &id) {
                   return pricecommands::endPrice(db, id, priceId, ends);
               });
    return true;
}

bool PriceController::cancelPrice(const QString &priceId, bool keepPrevious)
{
    if (m_busy || priceId.isEmpty())
        return false;
    runCommand(QStringLiteral("cancel"),
               keepPrevious
                   ? tr("The scheduled price is cancelled; the price before it carries on.")
                   : tr("The scheduled price is cancelled."),
               [priceId, keepPrevious](SqlSession &db, const QUuid &id) {
                   return pricecommands::cancelPrice(db, id, priceId, keepPrevious);
               });
    return true;
}

void PriceController::beginAction(const QString &action)
{
    m_requestIds.insert(action, QUuid::createUuid());
    clearMessages();
}

QUuid PriceController::requestFor(const QString &action)
{
    auto it = m_requestIds.find(action);
    if (it == m_requestIds.end())
        it = m_requestIds.insert(action, QUuid::createUuid());
    return *it;
}

void PriceController::runCommand(const QString &action, const QString &notice, Work work)
{
    m_fieldErrors.clear();
    m_commandHeadline.clear();
    m_commandError.clear();
    m_notice.clear();
    Q_EMIT messagesChanged();
    setBusy(true);
    const QUuid requestId = requestFor(action);
    const QString variantId = m_selectedId;
    m_executor->run<QJsonObject>(
        this,
        [work = std::move(work), requestId](QSqlDatabase &db) {
            QtSqlSession session(db);
            return work(session, requestId);
        },
        [this, action, notice, variantId](const DbResult<QJsonObject> &result) {
            setBusy(false);
            if (!result.ok()) {
                const CommandFailure failure = CommandFailure::of(result);
                m_commandHeadline = failure.headline;
                m_commandError = failure.text;
                if (failure.code == ApiErrorCode::PriceAboveMrp)
                    m_fieldErrors.insert(PriceField, failure.message);
                Q_EMIT messagesChanged();
                // The refusal may come from prices that changed meanwhile: show them as they are.
                m_list.refreshRows({variantId});
                loadDetail();
                Q_EMIT commandFinished(action, false);
                return;
            }
            m_requestIds.remove(action);
            m_notice = notice;
            Q_EMIT messagesChanged();
            m_list.refreshRows({variantId});
            loadDetail();
            loadChannels();
            Q_EMIT commandFinished(action, true);
        });
}

void PriceController::clearMessages()
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

void PriceController::reloadAll()
{
    loadChannels();
    m_list.reload();
    loadDetail();
}

void PriceController::liveEvent(const StreamEvent &event)
{
    if (event.eventType != PriceUpdated || event.variantId.isNull())
        return;
    m_liveVariants.insert(event.variantId.toString(QUuid::WithoutBraces));
    m_live.start();
}

void PriceController::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

} // namespace stockroom
