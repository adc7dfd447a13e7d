#include "catalog/gtin.h"

#include <QCoreApplication>

namespace stockroom {

int Gtin::checkDigitOf(QStringView body)
{
    int sum = 0;
    for (qsizetype i = 0; i < body.size(); ++i) {
        const int digit = body.at(body.size() - 1 - i).digitValue();
        sum += digit * (i % 2 == 0 ? 3 : 1);
    }
    return (10 - sum % 10) % 10;
}

Gtin Gtin::check(QStringView text)
{
    Gtin g;
    g.code = text.trimmed().toString();
    if (g.code.isEmpty()) {
        g.problem = Problem::Empty;
        return g;
    }
    for (const QChar ch : std::as_const(g.code)) {
        if (ch < u'0' || ch > u'9') {
            g.problem = Problem::NotDigits;
            return g;
        }
    }
    switch (g.code.size()) {
    case 8:
        g.kind = Kind::Ean8;
        break;
    case 12:
        g.kind = Kind::UpcA;
        break;
    case 13:
        g.kind = Kind::Ean13;
        break;
    default:
        g.problem = Problem::WrongLength;
        return g;
    }
    const int expected = checkDigitOf(QStringView(g.code).chopped(1));
    if (expected != g.code.back().digitValue()) {
        g.problem = Problem::WrongCheckDigit;
        g.expectedCheckDigit = expected;
    }
    return g;
}

QString Gtin::typeName() const
{
    switch (kind) {
    case Kind::Ean8:
        return QStringLiteral("EAN8");
    case Kind::UpcA:
        return QStringLiteral("UPCA");
    case Kind::Ean13:
        break;
    }
    return QStringLiteral("EAN13");
}

QString Gtin::message() const
{
    switch (problem) {
    case Problem::None:
        return {};
    case Problem::Empty:
        return QCoreApplication::translate("Gtin", "The barcode is empty.");
    case Problem::NotDigits:
        return QCoreApplication::translate("Gtin", "%1: a barcode has digits only.").arg(code);
    case Problem::WrongLength:
        return QCoreApplication::translate(
                   "Gtin", "%1: %2 digits; a barcode has 8 (EAN-8), 12 (UPC-A) or 13 (EAN-13).")
            .arg(code)
            .arg(code.size());
    case Problem::WrongCheckDigit:
        return QCoreApplication::translate(
                   "Gtin", "%1: the check digit should be %2, not %3 — check for a mistyped digit.")
            .arg(code)
            .arg(expectedCheckDigit)
            .arg(code.back());
    }
    return {};
}

} // namespace stockroom
