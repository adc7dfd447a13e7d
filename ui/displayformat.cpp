#include "displayformat.h"

namespace stockroom::display {

QString money(const std::optional<Money> &value)
{
    return value ? value->toDisplayString() : QStringLiteral("–");
}

QString pack(const Quantity &size, const QString &uom)
{
    return size.toDisplayString() + QLatin1Char(' ') + uom;
}

QString quantity(const Quantity &value)
{
    QString text = value.toDisplayString();
    const bool negative = text.startsWith(QLatin1Char('-'));
    if (negative)
        text.remove(0, 1);
    const qsizetype dot = text.indexOf(QLatin1Char('.'));
    QString whole = dot < 0 ? text : text.left(dot);
    const QString fraction = dot < 0 ? QString() : text.mid(dot);
    // Indian grouping: the last three digits, then groups of two.
    if (whole.size() > 3) {
        QString grouped = whole.right(3);
        whole.chop(3);
        while (whole.size() > 2) {
            grouped.prepend(QLatin1Char(',') + whole.right(2));
            whole.chop(2);
        }
        grouped.prepend(whole + QLatin1Char(','));
        whole = grouped;
    }
    return (negative ? QStringLiteral("-") : QString()) + whole + fraction;
}

} // namespace stockroom::display
