#include "catalog/catalogvalidation.h"

#include "catalog/gtin.h"
#include "types/quantity.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace stockroom {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CatalogValidation", text);
}

void checkLength(QMap<QString, QString> &errors, const QString &field, const QString &value,
                 int most, const char *message)
{
    if (value.size() > most)
        errors.insert(field, tr(message).arg(value.size()));
}

void checkUnit(QMap<QString, QString> &errors, const QString &field, const QString &unit,
               const QString &label, const QStringList &units)
{
    const QString code = unit.trimmed().toLower();
    if (code.isEmpty())
        errors.insert(field, tr("The %1 is missing.").arg(label));
    else if (!units.isEmpty() && !units.contains(code))
        errors.insert(field,
                      tr("\"%1\" is not a unit of measure in this catalog (%2).").arg(code, label));
}

void checkAttributes(QMap<QString, QString> &errors, const QString &field,
                     const QList<DocumentAttribute> &rows)
{
    QSet<QString> seen;
    for (int i = 0; i < rows.size(); ++i) {
        const QString key = rows.at(i).key.trimmed();
        const QString row = field + QLatin1Char('.') + QString::number(i);
        if (key.isEmpty())
            errors.insert(row, tr("An attribute has no name."));
        else if (seen.contains(key))
            errors.insert(row, tr("The attribute \"%1\" is listed twice.").arg(key));
        else if (rows.at(i).value.isNull() || rows.at(i).text().trimmed().isEmpty())
            errors.insert(row, tr("The attribute \"%1\" has no value.").arg(key));
        seen.insert(key);
    }
}

} // namespace

QString CatalogValidation::barcodeProblem(const QString &code)
{
    const Gtin g = Gtin::check(code);
    switch (g.problem) {
    case Gtin::Problem::None:
        return {};
    case Gtin::Problem::Empty:
        return tr("A barcode is empty.");
    case Gtin::Problem::NotDigits:
        return tr("Barcode \"%1\" may contain digits only.").arg(g.code);
    case Gtin::Problem::WrongLength:
        return tr("Barcode %1 has %2 digits; a barcode has 8 (EAN-8), 12 (UPC-A) or 13 (EAN-13).")
            .arg(g.code)
            .arg(g.code.size());
    case Gtin::Problem::WrongCheckDigit:
        return tr("Barcode %1: the check digit should be %2, not %3.")
            .arg(g.code)
            .arg(g.expectedCheckDigit)
            .arg(g.code.back());
    }
    return {};
}

QString CatalogValidation::amountProblem(const QString &typed, const QString &what)
{
    const QString given = typed.trimmed();
    const auto q = Quantity::parse(given);
    if (q && !q->isNegative() && !q->isZero())
        return {};
    return tr("The %1 must be a number more than zero with at most 4 decimals (got %2).")
        .arg(what, given.isEmpty() ? tr("nothing") : QStringLiteral("\"%1\"").arg(given));
}

QMap<QString, QString> CatalogValidation::check(const VariantDocument &d, const QStringList &units)
{
    QMap<QString, QString> errors;
    static const QRegularExpression skuPattern(QStringLiteral("^[A-Z0-9][A-Z0-9._/-]*$"));
    const QString sku = d.sku.trimmed().toUpper();
    if (sku.isEmpty())
        errors.insert(QStringLiteral("sku"), tr("A variant needs a SKU."));
    else if (sku.size() > 100)
        checkLength(errors, QStringLiteral("sku"), sku, 100,
                    "A SKU has at most 100 characters (this one has %1).");
    else if (!skuPattern.match(sku).hasMatch())
        errors.insert(QStringLiteral("sku"),
                      tr("The SKU \"%1\" may contain only letters, digits and . _ / -, starting "
                         "with a letter or digit.")
                          .arg(sku));
    const QString name = d.name.trimmed();
    if (name.isEmpty())
        errors.insert(QStringLiteral("name"), tr("A variant needs a name."));
    checkLength(errors, QStringLiteral("name"), name, 300,
                "A name has at most 300 characters (this one has %1).");
    const QString pack = amountProblem(d.packSize, tr("pack size"));
    if (!pack.isEmpty())
        errors.insert(QStringLiteral("pack_size"), pack);
    checkUnit(errors, QStringLiteral("pack_uom"), d.packUom, tr("pack unit"), units);
    checkUnit(errors, QStringLiteral("stock_uom"), d.stockUom, tr("stock unit"), units);

    QSet<QString> codes;
    int primaries = 0;
    for (int i = 0; i < d.barcodes.size(); ++i) {
        const QString code = d.barcodes.at(i).barcode.trimmed();
        const QString row = QStringLiteral("barcodes.%1").arg(i);
        QString problem = barcodeProblem(code);
        if (problem.isEmpty() && codes.contains(code))
            problem = tr("Barcode %1 is listed twice.").arg(code);
        if (!problem.isEmpty())
            errors.insert(row, problem);
        codes.insert(code);
        primaries += d.barcodes.at(i).primary ? 1 : 0;
    }
    if (!d.barcodes.isEmpty() && primaries == 0)
        errors.insert(QStringLiteral("barcodes"),
                      tr("Mark one of the barcodes as the primary one."));
    else if (primaries > 1)
        errors.insert(
            QStringLiteral("barcodes"),
            tr("Only one barcode can be the primary one (%1 are marked).").arg(primaries));

    const QString stockUnit = d.stockUom.trimmed().toLower();
    QSet<QString> seenUnits;
    for (int i = 0; i < d.uoms.size(); ++i) {
        const DocumentUom &u = d.uoms.at(i);
        const QString unit = u.uom.trimmed().toLower();
        const QString row = QStringLiteral("uoms.%1").arg(i);
        QMap<QString, QString> unitErrors;
        checkUnit(unitErrors, row, unit, tr("other unit"), units);
        if (!unitErrors.isEmpty())
            errors.insert(unitErrors);
        else if (unit == stockUnit)
            errors.insert(row, tr("\"%1\" is the stock unit itself; list only the other units it "
                                  "is bought or sold in.")
                                   .arg(unit));
        else if (seenUnits.contains(unit))
            errors.insert(row, tr("The unit \"%1\" is listed twice.").arg(unit));
        else if (const QString f =
                     amountProblem(u.factor, tr("number of %1 in one %2").arg(stockUnit, unit));
                 !f.isEmpty())
            errors.insert(row, f);
        seenUnits.insert(unit);
    }
    checkAttributes(errors, QStringLiteral("attributes"), d.attributes);

    const QString product = d.productName.trimmed();
    if (product.isEmpty())
        errors.insert(QStringLiteral("product.name"), tr("A product needs a name."));
    checkLength(errors, QStringLiteral("product.name"), product, 300,
                "A product name has at most 300 characters (this one has %1).");
    checkLength(errors, QStringLiteral("product.brand"), d.brand.trimmed(), 120,
                "A brand has at most 120 characters (this one has %1).");
    static const QRegularExpression hsnPattern(QStringLiteral("^[0-9]{4,8}$"));
    const QString hsn = d.hsnCode.trimmed();
    if (!hsn.isEmpty() && !hsnPattern.match(hsn).hasMatch())
        errors.insert(QStringLiteral("product.hsn_code"),
                      tr("The HSN code \"%1\" must be 4 to 8 digits.").arg(hsn));
    checkAttributes(errors, QStringLiteral("product.attributes"), d.productAttributes);
    return errors;
}

} // namespace stockroom
