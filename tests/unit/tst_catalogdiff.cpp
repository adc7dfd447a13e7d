// Variant documents field by field: what changed between two versions (the history), their saved
// values against your unsaved edits (the conflict panel), your edits put back on a newer version
// ("Keep editing"), and the changes a save sends.
#include "catalog/catalogdiff.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace stockroom;

namespace {

const QString Butter = QStringLiteral("c-butter");
const QString Ghee = QStringLiteral("c-ghee");

VariantDocument documentOf(const char *json)
{
    return VariantDocument::fromJson(QJsonDocument::fromJson(json).object());
}

// A document as the database stores one (catalog.variant_documents).
VariantDocument amulButter()
{
    return documentOf(R"({"sku": "AMUL-BUTTER-500G", "name": "Amul Butter 500 g",
        "status": "active", "is_essential": false, "pack_size": 500, "pack_uom": "g",
        "stock_uom": "pc", "attributes": {"fat": "82%", "veg": true},
        "barcodes": [{"barcode": "8901262150101", "type": "EAN13", "primary": true},
                     {"barcode": "96385074", "type": "EAN8", "primary": false}],
        "uoms": [{"uom": "case", "factor": 24, "purchase": true, "sales": false}],
        "product_id": "p-1",
        "product": {"name": "Amul Butter", "brand": "Amul", "description": null,
                    "hsn_code": "0405", "category_id": "c-butter",
                    "attributes": {}, "is_active": true}})");
}

QStringList lines(const QList<FieldChange> &changes)
{
    QStringList list;
    for (const FieldChange &c : changes)
        list << QStringLiteral("%1: %2 → %3").arg(c.label, c.before, c.after);
    return list;
}

} // namespace

class TestCatalogDiff : public QObject
{
    Q_OBJECT

    const CategoryPaths m_paths{{Butter, QStringLiteral("Dairy/Butter")},
                                {Ghee, QStringLiteral("Dairy/Ghee & Oils")}};

private Q_SLOTS:
    void aDocumentReadsFieldByField()
    {
        QStringList list;
        for (const DocumentField &f : CatalogDiff::fields(amulButter(), m_paths))
            list << f.label + QStringLiteral(": ") + f.value;
        QCOMPARE(list, (QStringList{
                           QStringLiteral("SKU: AMUL-BUTTER-500G"),
                           QStringLiteral("Name: Amul Butter 500 g"),
                           QStringLiteral("Pack: 500 g"),
                           QStringLiteral("Stock unit: pc"),
                           QStringLiteral("Other units: 1 case = 24 pc (bought in)"),
                           QStringLiteral("Barcodes: 8901262150101 (primary), 96385074"),
                           QStringLiteral("Essential: No"),
                           QStringLiteral("Status: Active"),
                           QStringLiteral("Attribute “fat”: 82%"),
                           QStringLiteral("Attribute “veg”: true"),
                           QStringLiteral("Product: Amul Butter"),
                           QStringLiteral("Brand: Amul"),
                           QStringLiteral("Description: —"),
                           QStringLiteral("HSN code: 0405"),
                           QStringLiteral("Category: Dairy › Butter"),
                           QStringLiteral("Product active: Yes"),
                       }));
    }

    void anUnchangedDocumentHasNoDifferences()
    {
        QCOMPARE(CatalogDiff::diff(amulButter(), amulButter(), m_paths).size(), 0);
        QCOMPARE(CatalogDiff::summary({}), QStringLiteral("No change"));
    }

    void eachKindOfChangeIsNamed()
    {
        const VariantDocument before = amulButter();
        VariantDocument after = before;
        after.name = QStringLiteral("Amul Butter 500g");
        after.packSize = QStringLiteral("0.5");
        after.packUom = QStringLiteral("kg");
        after.barcodes = {{QStringLiteral("96385074"), true}};
        after.attributes = {{QStringLiteral("fat"), QStringLiteral("80%")},
                            {QStringLiteral("salted"), QStringLiteral("yes")}};
        after.categoryId = Ghee;
        after.brand.clear();
        QCOMPARE(
            lines(CatalogDiff::diff(before, after, m_paths)),
            (QStringList{
                QStringLiteral("Name: Amul Butter 500 g → Amul Butter 500g"),
                QStringLiteral("Pack: 500 g → 0.5 kg"),
                QStringLiteral("Barcodes: 8901262150101 (primary), 96385074 → 96385074 (primary)"),
                QStringLiteral("Attribute “fat”: 82% → 80%"),
                QStringLiteral("Attribute “salted”: — → yes"),
                QStringLiteral("Attribute “veg”: true → —"),
                QStringLiteral("Brand: Amul → —"),
                QStringLiteral("Category: Dairy › Butter → Dairy › Ghee & Oils"),
            }));
        QCOMPARE(CatalogDiff::summary(CatalogDiff::diff(before, after, m_paths)),
                 QStringLiteral("Name, Pack and 6 more"));
    }

    void aCategoryThatIsGoneOrNoneReadsSo()
    {
        VariantDocument none = amulButter();
        none.categoryId.clear();
        VariantDocument gone = amulButter();
        gone.categoryId = QStringLiteral("c-deleted");
        QCOMPARE(lines(CatalogDiff::diff(none, gone, m_paths)),
                 (QStringList{
                     QStringLiteral("Category: No category → A category that no longer exists")}));
    }

    void conflictsCompareTheirsWithMine()
    {
        const VariantDocument base = amulButter();
        VariantDocument theirs = base;
        theirs.name = QStringLiteral("Amul Butter (theirs)");
        theirs.hsnCode = QStringLiteral("04051000");
        VariantDocument mine = base;
        mine.name = QStringLiteral("Amul Butter (mine)");
        mine.essential = true;
        QStringList rows;
        for (const FieldComparison &c : CatalogDiff::compare(base, theirs, mine, m_paths))
            rows << QStringLiteral("%1 | theirs %2 | mine %3 | %4%5%6")
                        .arg(c.label, c.theirs, c.mine,
                             c.theyChanged ? QStringLiteral("T") : QString(),
                             c.youChanged ? QStringLiteral("Y") : QString(),
                             c.clash() ? QStringLiteral(" clash") : QString());
        QCOMPARE(rows,
                 (QStringList{
                     QStringLiteral(
                         "Name | theirs Amul Butter (theirs) | mine Amul Butter (mine) | TY clash"),
                     QStringLiteral("Essential | theirs No | mine Yes | Y"),
                     QStringLiteral("HSN code | theirs 04051000 | mine 0405 | T"),
                 }));
    }

    void keepEditingPutsYourEditsOnTheirVersion()
    {
        const VariantDocument base = amulButter();
        VariantDocument theirs = base;
        theirs.name = QStringLiteral("Amul Butter (theirs)");
        theirs.hsnCode = QStringLiteral("04051000");
        theirs.attributes = {{QStringLiteral("fat"), QStringLiteral("82%")},
                             {QStringLiteral("origin"), QStringLiteral("Anand")},
                             {QStringLiteral("veg"), true}};
        VariantDocument mine = base;
        mine.name = QStringLiteral("Amul Butter (mine)");
        mine.packSize = QStringLiteral("0.5");
        mine.packUom = QStringLiteral("kg");
        mine.attributes = {{QStringLiteral("fat"), QStringLiteral("80%")}}; // and veg removed
        const VariantDocument merged = CatalogDiff::merge(base, theirs, mine);
        QCOMPARE(merged.name, QStringLiteral("Amul Butter (mine)"));
        QCOMPARE(merged.packSize + QLatin1Char(' ') + merged.packUom, QStringLiteral("0.5 kg"));
        QCOMPARE(merged.hsnCode, QStringLiteral("04051000")); // theirs, untouched by you
        QStringList attributes;
        for (const DocumentAttribute &a : merged.attributes)
            attributes << a.key + QLatin1Char('=') + a.text();
        QCOMPARE(attributes,
                 (QStringList{QStringLiteral("fat=80%"), QStringLiteral("origin=Anand")}));
        // Against their version, the merge shows exactly your edits.
        QStringList changes;
        for (const FieldChange &c : CatalogDiff::diff(theirs, merged, m_paths))
            changes << c.key;
        QCOMPARE(changes,
                 (QStringList{QStringLiteral("name"), QStringLiteral("pack"),
                              QStringLiteral("attributes.fat"), QStringLiteral("attributes.veg")}));
    }

    void aSaveSendsOnlyWhatDiffers()
    {
        const VariantDocument base = amulButter();
        VariantDocument edited = base;
        QVERIFY(edited.changesFrom(base).isEmpty());
        // Typed differently, stored the same: no change.
        edited.sku = QStringLiteral(" amul-butter-500g");
        edited.packSize = QStringLiteral("500.00");
        edited.barcodes = {base.barcodes.at(1), base.barcodes.at(0)};
        edited.brand = QStringLiteral("Amul ");
        QVERIFY(edited.changesFrom(base).isEmpty());
        QVERIFY(edited.sameAs(base));
        edited.name = QStringLiteral("Amul Butter 500g");
        edited.hsnCode.clear();
        const QJsonObject changes = edited.changesFrom(base);
        QCOMPARE(QString::fromUtf8(QJsonDocument(changes).toJson(QJsonDocument::Compact)),
                 QStringLiteral(R"({"name":"Amul Butter 500g","product":{"hsn_code":null}})"));
    }

    void formEditsKeepTheListsRight()
    {
        VariantDocument d;
        QVERIFY(d.setField(QStringLiteral("product.brand"), QStringLiteral("Amul")));
        QCOMPARE(d.brand, QStringLiteral("Amul"));
        QVERIFY(!d.setField(QStringLiteral("price"), QStringLiteral("5")));
        // The first barcode is the primary one; removing the primary passes it on.
        d.addBarcode(QStringLiteral(" 8901262150101 "));
        d.addBarcode(QStringLiteral("96385074"));
        QCOMPARE(d.barcodes.at(0), (DocumentBarcode{QStringLiteral("8901262150101"), true}));
        QVERIFY(!d.barcodes.at(1).primary);
        d.setPrimaryBarcode(1);
        QVERIFY(!d.barcodes.at(0).primary && d.barcodes.at(1).primary);
        d.removeBarcode(1);
        QCOMPARE(d.barcodes, (QList<DocumentBarcode>{{QStringLiteral("8901262150101"), true}}));
        // A new unit row takes the first unit not used yet (the stock unit counts as used).
        d.stockUom = QStringLiteral("pc");
        const QStringList units{QStringLiteral("case"), QStringLiteral("g"), QStringLiteral("pc")};
        d.addUom(units);
        d.addUom(units);
        d.addUom(units);
        QCOMPARE(d.uoms.at(0).uom, QStringLiteral("case"));
        QCOMPARE(d.uoms.at(1).uom, QStringLiteral("g"));
        QCOMPARE(d.uoms.at(2).uom, QString());
        d.setUom(0, QStringLiteral("factor"), QStringLiteral("24"));
        d.setUom(0, QStringLiteral("purchase"), true);
        QCOMPARE(d.uoms.at(0),
                 (DocumentUom{QStringLiteral("case"), QStringLiteral("24"), true, false}));
    }

    void aDocumentRoundTripsToTheCommandsFields()
    {
        const VariantDocument d = amulButter();
        const QJsonObject v = d.variantJson();
        QCOMPARE(v.value(QLatin1String("pack_size")).toString(), QStringLiteral("500"));
        QCOMPARE(v.value(QLatin1String("barcodes")).toArray().size(), 2);
        QCOMPARE(v.value(QLatin1String("uoms"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("factor"))
                     .toString(),
                 QStringLiteral("24"));
        // The attribute that was a JSON true stays one.
        QCOMPARE(v.value(QLatin1String("attributes")).toObject().value(QLatin1String("veg")),
                 QJsonValue(true));
        QCOMPARE(d.productJson().value(QLatin1String("category_id")).toString(), Butter);
        QVERIFY(d.productJson().value(QLatin1String("description")).isNull());
    }
};

QTEST_GUILESS_MAIN(TestCatalogDiff)
#include "tst_catalogdiff.moc"
