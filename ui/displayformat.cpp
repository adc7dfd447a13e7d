#include "displayformat.h"

#include "types/digitgrouping.h"

namespace stockroom::display {

QString money(const std::optional<Money> &value)
{
    return value ? value->toDisplayString() : QStringLiteral("–");
}

QString pack(const Quantity &size, const QString &uom)
{
    return size.toDisplayString() + QLatin1Char(' ') + uom;
}

QString percent(const QString &stored)
{
    QString text = stored.trimmed();
    if (text.contains(QLatin1Char('.'))) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(QLatin1Char('.')))
            text.chop(1);
    }
    return text + QLatin1Char('%');
}

QString quantity(const Quantity &value)
{
    QString text = value.toDisplayString();
    const bool negative = text.startsWith(QLatin1Char('-'));
    if (negative)
        text.remove(0, 1);
    const qsizetype dot = text.indexOf(QLatin1Char('.'));
    const QString whole = dot < 0 ? text : text.left(dot);
    const QString fraction = dot < 0 ? QString() : text.mid(dot);
    return (negative ? QStringLiteral("-") : QString()) + groupIndianDigits(whole) + fraction;
}

QString count(qint64 value)
{
    const QString digits = QString::number(value < 0 ? -value : value);
    return (value < 0 ? QStringLiteral("-") : QString()) + groupIndianDigits(digits);
}

QString categoryPath(QString path)
{
    return path.replace(QLatin1Char('/'), QStringLiteral(" › "));
}

} // namespace stockroom::display
