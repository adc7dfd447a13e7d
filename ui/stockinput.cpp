#include "stockinput.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace stockroom::stockinput {

std::optional<Quantity> quantity(const QString &text, QString *problem, bool zeroAllowed)
{
    const QString t = text.trimmed();
    static const QRegularExpression number(QStringLiteral("^[0-9]*\\.?[0-9]*$"));
    static const QRegularExpression fine(QStringLiteral("^[0-9]*\\.?[0-9]{0,4}$"));
    QString why;
    std::optional<Quantity> value;
    if (t.isEmpty())
        why = QCoreApplication::translate("StockInput", "Enter a quantity.");
    else if (t.startsWith(QLatin1Char('-')) || t.startsWith(QLatin1Char('+')))
        why = QCoreApplication::translate(
            "StockInput", "Type the quantity without a sign; the movement decides the direction.");
    else if (!number.match(t).hasMatch() || t == QLatin1String("."))
        why = QCoreApplication::translate("StockInput",
                                          "Type a number such as 12 or 2.5, without commas.");
    else if (!fine.match(t).hasMatch())
        why = QCoreApplication::translate(
            "StockInput", "Stock is kept to four decimal places; round the quantity.");
    else if (!(value = Quantity::parse(t))) // in form, so out of the ledger's range
        why = QCoreApplication::translate("StockInput", "That quantity is too large.");
    else if (value->isZero() && !zeroAllowed)
        why = QCoreApplication::translate("StockInput", "The quantity must be more than zero.");
    if (!why.isEmpty()) {
        if (problem)
            *problem = why;
        return std::nullopt;
    }
    return value;
}

QDate date(const QString &text)
{
    const QString t = text.trimmed();
    for (const QString &format :
         {QStringLiteral("yyyy-MM-dd"), QStringLiteral("dd-MM-yyyy"), QStringLiteral("dd/MM/yyyy"),
          QStringLiteral("d/M/yyyy"), QStringLiteral("d-M-yyyy")}) {
        const QDate d = QDate::fromString(t, format);
        if (d.isValid())
            return d;
    }
    return {};
}

QString tooLong(const QString &text, int max)
{
    const qsizetype length = text.trimmed().size();
    if (length <= max)
        return {};
    return QCoreApplication::translate("StockInput",
                                       "This is %1 characters long; at most %2 are kept.")
        .arg(length)
        .arg(max);
}

} // namespace stockroom::stockinput
