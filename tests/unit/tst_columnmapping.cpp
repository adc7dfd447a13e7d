// Matching a file's columns to the canonical catalog columns: the canonical header maps itself,
// other headers by their normalized form and common synonyms; what is missing is named.
#include "import/catalogcolumns.h"

#include <QtTest>

using namespace stockroom;

namespace {

/** "sku<-Item Code, product_name<-Name" for every mapped canonical column, in canonical order. */
QString describe(const ColumnMapping &m)
{
    QStringList parts;
    for (int c = 0; c < CatalogColumnCount; ++c) {
        const auto column = static_cast<CatalogColumn>(c);
        if (m.isMapped(column))
            parts << catalogcolumns::name(column) + QStringLiteral("<-") +
                         m.headers().at(m.fileColumn(column));
    }
    return parts.join(QLatin1String(", "));
}

} // namespace

class TestColumnMapping : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theCanonicalHeaderMapsItself()
    {
        const QStringList names = catalogcolumns::names();
        QCOMPARE(names.join(u','),
                 QStringLiteral("external_id,sku,product_name,variant_name,category_path,"
                                "barcodes,pack_size,uom,mrp,base_price,tax_rate"));
        const ColumnMapping m = ColumnMapping::guess(names);
        for (int c = 0; c < CatalogColumnCount; ++c)
            QCOMPARE(m.fileColumn(static_cast<CatalogColumn>(c)), c);
        QVERIFY(m.problems().isEmpty());
        QCOMPARE(m.mappedNames(), names);
    }

    void guess_data()
    {
        QTest::addColumn<QStringList>("headers");
        QTest::addColumn<QString>("mapped");
        QTest::newRow("spelled otherwise")
            << QStringList{"SKU",     "Product Name",  "Category-Path", "Bar code",
                           "MRP (₹)", "Selling Price", "GST %"}
            << QStringLiteral("sku<-SKU, product_name<-Product Name, category_path<-Category-Path, "
                              "barcodes<-Bar code, mrp<-MRP (₹), base_price<-Selling Price, "
                              "tax_rate<-GST %");
        QTest::newRow("synonyms")
            << QStringList{"Item Code", "Name", "Category", "EAN", "Unit", "Size", "Price", "Tax"}
            << QStringLiteral("sku<-Item Code, product_name<-Name, category_path<-Category, "
                              "barcodes<-EAN, pack_size<-Size, uom<-Unit, base_price<-Price, "
                              "tax_rate<-Tax");
        // The best name wins a column; a weaker synonym of it is left for a person.
        QTest::newRow("best name first")
            << QStringList{"Item Code", "SKU", "ID", "Name"}
            << QStringLiteral("external_id<-ID, sku<-SKU, product_name<-Name");
        QTest::newRow("unknown headers stay unmapped")
            << QStringList{"sku", "Colour", "product_name", "category_path", "Shelf"}
            << QStringLiteral("sku<-sku, product_name<-product_name, category_path<-category_path");
    }
    void guess()
    {
        QFETCH(QStringList, headers);
        QFETCH(QString, mapped);
        QCOMPARE(describe(ColumnMapping::guess(headers)), mapped);
    }

    void missingRequiredColumnsAreNamed()
    {
        ColumnMapping m = ColumnMapping::guess({"Code A", "Title X", "Group", "MRP"});
        const QStringList problems = m.problems();
        QCOMPARE(problems.size(), 2);
        QVERIFY2(problems.at(0).contains(QLatin1String("SKU, Product name (or Variant name), "
                                                       "Category path")),
                 qPrintable(problems.at(0)));
        QVERIFY2(problems.at(1).contains(QLatin1String("selling price")),
                 qPrintable(problems.at(1)));
        m.setTarget(0, CatalogColumn::Sku);
        m.setTarget(1, CatalogColumn::VariantName);
        m.setTarget(2, CatalogColumn::CategoryPath);
        QCOMPARE(m.problems().size(), 1);
        m.setTarget(3, std::nullopt);
        QVERIFY(m.problems().isEmpty());
        QCOMPARE(m.headerOf(CatalogColumn::Sku), QStringLiteral("Code A"));
        QCOMPARE(m.headerOf(CatalogColumn::Mrp), QStringLiteral("mrp"));
    }

    void aColumnFeedsOneCanonicalColumnAtATime()
    {
        ColumnMapping m({"a", "b"});
        m.setTarget(0, CatalogColumn::Sku);
        m.setTarget(1, CatalogColumn::Sku); // taken from column a
        QCOMPARE(m.fileColumn(CatalogColumn::Sku), 1);
        QVERIFY(!m.target(0));
        m.setTarget(1, CatalogColumn::Mrp); // b moves on; sku has no column now
        QVERIFY(!m.isMapped(CatalogColumn::Sku));
        QCOMPARE(m.target(1), std::optional<CatalogColumn>(CatalogColumn::Mrp));
    }
};

QTEST_GUILESS_MAIN(TestColumnMapping)
#include "tst_columnmapping.moc"
