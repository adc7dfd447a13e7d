#include "priceinput.h"

#include "stockinput.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace stockroom::priceinput {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("PriceInput", text);
}
} // namespace

std::optional<Money> amount(const QString &text, QString *problem, bool zeroAllowed)
{
    static const QRegularExpression manyDecimals(QStringLiteral("\\.[0-9]{3,}$"));
    const QString t = text.trimmed();
    const std::optional<Money> value = Money::parseHuman(t);
    QString why;
    if (t.isEmpty())
        why = tr("Enter an amount.");
    else if (!value && manyDecimals.match(t).hasMatch())
        why = tr("Amounts are in rupees and paise: at most two decimals.");
    else if (!value)
        why = tr("Type an amount such as 45 or 1,250.50.");
    else if (value->isNegative())
        why = tr("The amount cannot be below zero.");
    else if (value->isZero() && !zeroAllowed)
        why = tr("The amount must be more than zero.");
    if (!why.isEmpty()) {
        if (problem)
            *problem = why;
        return std::nullopt;
    }
    return value;
}

QString taxRate(const QString &text, QString *problem)
{
    static const QRegularExpression rate(QStringLiteral("^[0-9]{1,3}(\\.[0-9]{1,2})?$"));
    const QString t = text.trimmed().remove(QLatin1Char('%')).trimmed();
    if (!rate.match(t).hasMatch() || t.toDouble() > 100) {
        if (problem)
            *problem = tr("Enter the GST rate as a percentage from 0 to 100, such as 5 or 18.");
        return {};
    }
    return t;
}

QDateTime when(const QString &text, QString *problem)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    static const QRegularExpression dateTime(
        QStringLiteral("^(\\S+)(?:\\s+([0-9]{1,2}):([0-9]{2}))?$"));
    const QRegularExpressionMatch m = dateTime.match(t);
    const QDate day = m.hasMatch() ? stockinput::date(m.captured(1)) : QDate();
    const QTime time =
        m.captured(2).isEmpty() ? QTime(0, 0) : QTime(m.captured(2).toInt(), m.captured(3).toInt());
    if (!day.isValid() || !time.isValid()) {
        if (problem)
            *problem = tr("Type a date and time such as %1, or leave it empty.")
                           .arg(QDate::currentDate().addDays(7).toString(Qt::ISODate) +
                                QStringLiteral(" 09:00"));
        return {};
    }
    return QDateTime(day, time);
}

QString aboveMrp(const Money &price, const std::optional<Money> &mrp)
{
    if (!mrp || price <= *mrp)
        return {};
    return tr("Above the MRP %1: selling above the printed MRP is not allowed. Lower the price or "
              "correct the MRP.")
        .arg(mrp->toDisplayString());
}

} // namespace stockroom::priceinput
