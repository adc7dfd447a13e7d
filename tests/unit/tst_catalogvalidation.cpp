// The editor's checks before anything is sent: the database's rules (0019) and its wording, by
// field, so the field to fix is marked. tst_catalogcommands checks the database says the same.
#include "catalog/catalogvalidation.h"

#include <QtTest>

using namespace stockroom;

namespace {

VariantDocument valid()
{
    VariantDocument d;
    d.sku = QStringLiteral("AMUL-BUTTER-500G");
    d.name = QStringLiteral("Amul Butter 500 g");
    d.packSize = QStringLiteral("500");
    d.packUom = QStringLiteral("g");
    d.stockUom = QStringLiteral("pc");
    d.barcodes = {{QStringLiteral("8901262150101"), true}};
    d.productName = QStringLiteral("Amul Butter");
    return d;
}

const QStringList Units{QStringLiteral("case"), QStringLiteral("g"), QStringLiteral("pc")};

} // namespace

Q_DECLARE_METATYPE(std::function<void(stockroom::VariantDocument &)>)

class TestCatalogValidation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aValidDocumentPasses()
    {
        QCOMPARE(CatalogValidation::check(valid(), Units), (QMap<QString, QString>()));
    }

    void eachRuleNamesItsField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        QTest::addColumn<std::function<void(VariantDocument &)>>("change");
        using Change = std::function<void(VariantDocument &)>;
        const auto row = [](const char *name, const char *field, const char *message, Change c) {
            QTest::newRow(name) << QString::fromUtf8(field) << QString::fromUtf8(message) << c;
        };
        row("SKU", "sku",
            "The SKU \"AB C\" may contain only letters, digits and . _ / -, starting with a letter "
            "or digit.",
            [](VariantDocument &d) { d.sku = QStringLiteral("ab c"); });
        row("no SKU", "sku", "A variant needs a SKU.", [](VariantDocument &d) { d.sku.clear(); });
        row("no name", "name", "A variant needs a name.",
            [](VariantDocument &d) { d.name = QStringLiteral(" "); });
        row("pack size", "pack_size",
            "The pack size must be a number more than zero with at most 4 decimals (got \"0\").",
            [](VariantDocument &d) { d.packSize = QStringLiteral("0"); });
        row("pack size missing", "pack_size",
            "The pack size must be a number more than zero with at most 4 decimals (got nothing).",
            [](VariantDocument &d) { d.packSize.clear(); });
        row("unknown unit", "pack_uom",
            "\"litre\" is not a unit of measure in this catalog (pack unit).",
            [](VariantDocument &d) { d.packUom = QStringLiteral("litre"); });
        row("check digit", "barcodes.0",
            "Barcode 8901262150102: the check digit should be 1, not 2.",
            [](VariantDocument &d) { d.barcodes[0].barcode = QStringLiteral("8901262150102"); });
        row("barcode length", "barcodes.0",
            "Barcode 12345 has 5 digits; a barcode has 8 (EAN-8), 12 (UPC-A) or 13 (EAN-13).",
            [](VariantDocument &d) { d.barcodes[0].barcode = QStringLiteral("12345"); });
        row("barcode twice", "barcodes.1", "Barcode 8901262150101 is listed twice.",
            [](VariantDocument &d) {
                d.barcodes.append({QStringLiteral("8901262150101"), false});
            });
        row("no primary", "barcodes", "Mark one of the barcodes as the primary one.",
            [](VariantDocument &d) { d.barcodes[0].primary = false; });
        row("two primaries", "barcodes", "Only one barcode can be the primary one (2 are marked).",
            [](VariantDocument &d) {
                d.barcodes.append({QStringLiteral("96385074"), true});
            });
        row("stock unit as other unit", "uoms.0",
            "\"pc\" is the stock unit itself; list only the other units it is bought or sold in.",
            [](VariantDocument &d) {
                d.uoms = {{QStringLiteral("pc"), QStringLiteral("1"), false, false}};
            });
        row("factor", "uoms.0",
            "The number of pc in one case must be a number more than zero with at most 4 decimals "
            "(got \"-2\").",
            [](VariantDocument &d) {
                d.uoms = {{QStringLiteral("case"), QStringLiteral("-2"), true, false}};
            });
        row("attribute name", "attributes.0", "An attribute has no name.", [](VariantDocument &d) {
            d.attributes = {{QStringLiteral(" "), QStringLiteral("x")}};
        });
        row("attribute value", "attributes.0", "The attribute \"fat\" has no value.",
            [](VariantDocument &d) {
                d.attributes = {{QStringLiteral("fat"), QStringLiteral(" ")}};
            });
        row("attribute twice", "attributes.1", "The attribute \"fat\" is listed twice.",
            [](VariantDocument &d) {
                d.attributes = {{QStringLiteral("fat"), QStringLiteral("1")},
                                {QStringLiteral("fat "), QStringLiteral("2")}};
            });
        row("product name", "product.name", "A product needs a name.",
            [](VariantDocument &d) { d.productName.clear(); });
        row("HSN", "product.hsn_code", "The HSN code \"04A5\" must be 4 to 8 digits.",
            [](VariantDocument &d) { d.hsnCode = QStringLiteral("04A5"); });
        row("product attribute", "product.attributes.0", "An attribute has no name.",
            [](VariantDocument &d) {
                d.productAttributes = {{QString(), QStringLiteral("x")}};
            });
    }
    void eachRuleNamesItsField()
    {
        QFETCH(QString, field);
        QFETCH(QString, message);
        QFETCH(std::function<void(VariantDocument &)>, change);
        VariantDocument d = valid();
        change(d);
        const QMap<QString, QString> errors = CatalogValidation::check(d, Units);
        QCOMPARE(errors.keys(), QStringList{field});
        QCOMPARE(errors.value(field), message);
    }
};

QTEST_GUILESS_MAIN(TestCatalogValidation)
#include "tst_catalogvalidation.moc"
