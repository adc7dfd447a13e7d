#include "bulkpricecontroller.h"

#include "commandfailure.h"
#include "db/dbexecutor.h"
#include "db/sqlsession.h"
#include "priceinput.h"
#include "pricing/pricecommands.h"
#include "pricing/pricerepository.h"

#include <QLocale>
#include <QMap>
#include <QRegularExpression>

namespace stockroom {

namespace {

const QString ValueField = QStringLiteral("value");
const QString FromField = QStringLiteral("from");
const QString ModeField = QStringLiteral("mode");

QString count(int n, const QString &one, const QString &many)
{
    return n == 1 ? one : many.arg(QLocale(QLocale::English, QLocale::India).toString(n));
}

} // namespace

BulkPriceController::BulkPriceController(QObject *parent)
    : QObject(parent)
{}

void BulkPriceController::setSource(DbExecutor *executor, const QString &tenantId)
{
    m_executor = executor;
    m_tenantId = tenantId;
    reset();
}

bool BulkPriceController::isBusy() const
{
    return m_state == QLatin1String("previewing") || m_state == QLatin1String("applying");
}

int BulkPriceController::skipped() const
{
    return static_cast<int>(m_rows.rows().size()) - m_changing;
}

void BulkPriceController::setState(const QString &state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged();
}

void BulkPriceController::setMessages(const QString &headline, const QString &error, bool stale)
{
    m_headline = headline;
    m_error = error;
    m_stale = stale;
    Q_EMIT messagesChanged();
}

void BulkPriceController::reset()
{
    ++m_generation; // an answer still on its way is dropped
    m_rows.setRows({});
    m_fingerprint.clear();
    m_requestId = QUuid();
    m_changing = 0;
    m_totalsText.clear();
    m_changeText.clear();
    m_changedSincePreview = false;
    Q_EMIT previewChanged();
    m_fieldErrors.clear();
    m_resultText.clear();
    setMessages({}, {});
    setState(QStringLiteral("editing"));
}

void BulkPriceController::clearFieldError(const QString &field)
{
    if (m_fieldErrors.remove(field) > 0)
        Q_EMIT messagesChanged();
}

bool BulkPriceController::preview(const QVariantMap &form)
{
    if (isBusy() || !m_executor)
        return false;
    const auto text = [&form](const char *key) {
        return form.value(QString::fromLatin1(key)).toString().trimmed();
    };
    QVariantMap errors;
    QString problem;
    const QString mode = text("mode");
    const bool down = text("direction") == QLatin1String("down");
    QString value;
    if (mode == QLatin1String("percent")) {
        static const QRegularExpression percent(QStringLiteral("^[0-9]{1,4}(\\.[0-9]{1,2})?$"));
        const QString typed = text("value").remove(QLatin1Char('%')).trimmed();
        const double v = typed.toDouble();
        if (!percent.match(typed).hasMatch() || v <= 0)
            errors.insert(ValueField, tr("Type a percentage such as 5 or 12.5."));
        else if (down && v >= 100)
            errors.insert(ValueField, tr("Prices can go down by less than 100%."));
        else if (!down && v > 1000)
            errors.insert(ValueField, tr("Prices can go up by at most 1000%."));
        else
            value = typed;
    } else if (mode == QLatin1String("amount")) {
        if (const std::optional<Money> amount = priceinput::amount(text("value"), &problem, false))
            value = amount->toSqlString();
        else
            errors.insert(ValueField, problem);
    } else {
        errors.insert(ModeField, tr("Choose a percentage or an amount."));
    }
    const QDateTime from = priceinput::when(text("from"), &problem);
    if (!text("from").isEmpty() && !from.isValid())
        errors.insert(FromField, problem);
    else if (from.isValid() && from < QDateTime::currentDateTime().addSecs(-60))
        errors.insert(FromField, tr("That time has passed: prices are not changed in the past. "
                                    "Leave it empty to change them now."));
    m_fieldErrors = errors;
    m_resultText.clear();
    setMessages({}, {});
    if (!errors.isEmpty())
        return false;

    BulkPriceRequest r;
    r.categoryId = text("categoryId");
    r.search = text("search");
    r.brand = text("brand");
    r.locationId = text("locationId");
    r.channel = text("channel") == QLatin1String("default") ? QString() : text("channel");
    r.mode = mode;
    r.value = (down ? QStringLiteral("-") : QString()) + value;
    r.rounding = text("rounding").isEmpty() ? QStringLiteral("none") : text("rounding");
    r.effectiveFrom = from.isValid() && from > QDateTime::currentDateTime() ? from : QDateTime();
    m_request = r;
    m_place = text("placeText");
    runPreview();
    return true;
}

bool BulkPriceController::refreshPreview()
{
    if (isBusy() || !m_executor || m_request.mode.isEmpty())
        return false;
    setMessages({}, {});
    runPreview();
    return true;
}

void BulkPriceController::runPreview()
{
    const quint64 generation = ++m_generation;
    setState(QStringLiteral("previewing"));
    const BulkPriceRequest request = m_request;
    m_executor->run<BulkPricePreview>(
        this,
        [request](QSqlDatabase &db) {
            QtSqlSession session(db);
            return PriceRepository::bulkPreview(session, request);
        },
        [this, generation](const DbResult<BulkPricePreview> &result) {
            if (generation != m_generation)
                return;
            if (!result.ok()) {
                const CommandFailure failure = CommandFailure::of(result);
                setMessages(failure.headline, failure.text);
                setState(QStringLiteral("editing"));
                return;
            }
            m_rows.setRows(result.value->rows);
            m_fingerprint = result.value->fingerprint;
            m_requestId = QUuid::createUuid(); // one apply per preview
            m_changedSincePreview = false;
            summarise();
            setState(QStringLiteral("previewed"));
        });
}

void BulkPriceController::summarise()
{
    m_changing = 0;
    QMap<QString, int> why;
    for (const BulkPriceRow &r : m_rows.rows()) {
        if (r.problem.isEmpty())
            ++m_changing;
        else
            ++why[r.problemCode];
    }
    QStringList reasons;
    const auto reason = [&](const char *code, const QString &one, const QString &many) {
        const int n = why.value(QString::fromLatin1(code));
        if (n > 0)
            reasons << count(n, one, many);
    };
    reason("above_mrp", tr("1 would exceed its MRP"), tr("%1 would exceed their MRP"));
    reason("below_zero", tr("1 would go below zero"), tr("%1 would go below zero"));
    reason("no_price", tr("1 has no price to change"), tr("%1 have no price to change"));
    reason("unchanged", tr("1 would stay the same"), tr("%1 would stay the same"));
    reason("already_starting", tr("1 already has a price starting then"),
           tr("%1 already have a price starting then"));
    reason("too_large", tr("1 would be too large"), tr("%1 would be too large"));
    const int skippedRows = skipped();
    if (m_rows.rows().isEmpty())
        m_totalsText = tr("No item matches this filter.");
    else
        m_totalsText = count(m_changing, tr("1 price changes"), tr("%1 prices change")) +
                       (skippedRows > 0 ? tr(" · %1 left as they are: %2")
                                              .arg(skippedRows)
                                              .arg(reasons.join(QStringLiteral(", ")))
                                        : QString());
    const QString amount = m_request.mode == QLatin1String("percent")
                               ? m_request.value + QLatin1Char('%')
                               : Money::parse(m_request.value).value_or(Money()).toDisplayString();
    const QString rounding =
        m_request.rounding == QLatin1String("rupee") ? tr(", rounded to the rupee")
        : m_request.rounding == QLatin1String("x9")  ? tr(", rounded down to .x9")
                                                     : QString();
    m_changeText =
        tr("%1 at %2, %3 channel, from %4%5")
            .arg((amount.startsWith(QLatin1Char('-')) ? QString() : QStringLiteral("+")) + amount,
                 m_place.isEmpty() ? tr("every location") : m_place,
                 m_request.channel.isEmpty() ? QStringLiteral("default") : m_request.channel,
                 m_request.effectiveFrom.isValid()
                     ? QLocale(QLocale::English, QLocale::India)
                           .toString(m_request.effectiveFrom.toLocalTime(),
                                     QStringLiteral("d MMM yyyy, HH:mm"))
                     : tr("now"),
                 rounding);
    Q_EMIT previewChanged();
}

bool BulkPriceController::apply()
{
    if (m_state != QLatin1String("previewed") || !m_executor)
        return false;
    if (m_changing == 0) {
        setMessages(tr("Nothing to apply"), tr("None of the previewed rows can change; each "
                                               "says why."));
        return false;
    }
    setMessages({}, {});
    setState(QStringLiteral("applying"));
    const quint64 generation = ++m_generation;
    const BulkPriceRequest request = m_request;
    const QString fingerprint = m_fingerprint;
    const QUuid requestId = m_requestId;
    m_executor->run<QJsonObject>(
        this,
        [request, fingerprint, requestId](QSqlDatabase &db) {
            QtSqlSession session(db);
            return pricecommands::applyBulk(session, requestId, request, fingerprint);
        },
        [this, generation](const DbResult<QJsonObject> &result) {
            if (generation != m_generation)
                return;
            if (!result.ok()) {
                const CommandFailure failure = CommandFailure::of(result);
                const bool stale = failure.code == ApiErrorCode::VersionConflict;
                if (stale)
                    m_requestId = QUuid::createUuid(); // the next apply is another attempt
                setMessages(failure.headline, failure.text, stale);
                setState(QStringLiteral("previewed"));
                return;
            }
            const int changed = result.value->value(QLatin1String("changed")).toInt();
            const int left = result.value->value(QLatin1String("skipped")).toInt();
            m_resultText =
                count(changed, tr("1 price changed"), tr("%1 prices changed")) +
                (left > 0 ? tr("; %1 left as they were.").arg(left) : QStringLiteral("."));
            setMessages({}, {});
            setState(QStringLiteral("applied"));
            Q_EMIT applied(changed, left);
        });
    return true;
}

void BulkPriceController::pricesChanged(const QStringList &variantIds)
{
    if (m_state != QLatin1String("previewed") || m_changedSincePreview)
        return;
    for (const BulkPriceRow &r : m_rows.rows()) {
        if (variantIds.contains(r.variantId)) {
            m_changedSincePreview = true;
            Q_EMIT previewChanged();
            return;
        }
    }
}

} // namespace stockroom
