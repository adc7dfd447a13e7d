// Catalog version history in the database: catalog.record_versions records a version only when
// a variant's canonical document changed, numbers versions on, moves the optimistic-locking token
// (variants.version) with them, and keeps the state a variant had before its first recorded
// change. The editing commands and the import both record through it.
#include "catalogfixture.h"
#include "stockfixture.h"

#include <QtTest>

using namespace stockroom;
using namespace stockroom::test;

class TestCatalogVersions : public QObject
{
    Q_OBJECT

    std::unique_ptr<StockWorld> m_world;

    PgConnection &db() { return m_world->admin(); }
    /** Records versions of one variant; returns the version numbers written, comma-separated. */
    QString record(const QString &variant)
    {
        return m_world->scalar(
            QStringLiteral("SELECT coalesce(string_agg(version_no::text, ',' ORDER BY version_no),"
                           " '') FROM catalog.record_versions($1, ARRAY[$2::uuid], NULL,"
                           " 'tester')"),
            {catalogfixture::TenantA, variant});
    }
    QString versions(const QString &variant)
    {
        return m_world->scalar(
            QStringLiteral("SELECT coalesce(string_agg(version_no::text, ',' ORDER BY version_no),"
                           " '') FROM catalog_item_versions WHERE variant_id = $1"),
            {variant});
    }
    QString token(const QString &variant)
    {
        return m_world->scalar(QStringLiteral("SELECT version FROM variants WHERE id = $1"),
                               {variant});
    }
    QString payloadOf(const QString &variant, int versionNo, const QString &path)
    {
        return m_world->scalar(QStringLiteral("SELECT payload #>> $3::text[] FROM"
                                              " catalog_item_versions WHERE variant_id = $1 AND"
                                              " version_no = $2::int"),
                               {variant, QString::number(versionNo), path});
    }
    QString hashOf(const QString &variant, int versionNo)
    {
        return m_world->scalar(QStringLiteral("SELECT normalized_hash FROM catalog_item_versions"
                                              " WHERE variant_id = $1 AND version_no = $2::int"),
                               {variant, QString::number(versionNo)});
    }

private Q_SLOTS:
    void initTestCase() { m_world = std::make_unique<StockWorld>(QStringLiteral("catversions")); }
    void cleanupTestCase() { m_world.reset(); }

    void theFirstRecordKeepsTheStateAsItWas()
    {
        const QString variant = StockWorld::variant(m_world->freshVariant());
        QCOMPARE(versions(variant), QString());
        QCOMPARE(record(variant), QStringLiteral("1"));
        QCOMPARE(token(variant), QStringLiteral("1"));
        QCOMPARE(
            payloadOf(variant, 1, QStringLiteral("{sku}")),
            m_world->scalar(QStringLiteral("SELECT sku FROM variants WHERE id = $1"), {variant}));
        QCOMPARE(m_world->scalar(QStringLiteral("SELECT changed_by FROM catalog_item_versions"
                                                " WHERE variant_id = $1"),
                                 {variant}),
                 QStringLiteral("tester"));
    }

    void anUnchangedSaveWritesNothing()
    {
        const QString variant = StockWorld::variant(m_world->freshVariant());
        QCOMPARE(record(variant), QStringLiteral("1"));
        QCOMPARE(record(variant), QString());
        // Rewriting the same values (a save that changed nothing) is still no change.
        db().exec(QStringLiteral("UPDATE variants SET name = name, attributes = attributes"
                                 " WHERE id = $1"),
                  {variant});
        QCOMPARE(record(variant), QString());
        QCOMPARE(versions(variant), QStringLiteral("1"));
    }

    void aChangeIsNumberedOnAndMovesTheToken()
    {
        const QString variant = StockWorld::variant(m_world->freshVariant());
        record(variant);
        db().exec(QStringLiteral("UPDATE variants SET name = 'Renamed 1 kg' WHERE id = $1"),
                  {variant});
        QCOMPARE(record(variant), QStringLiteral("2"));
        QCOMPARE(token(variant), QStringLiteral("2"));
        QCOMPARE(payloadOf(variant, 2, QStringLiteral("{name}")), QStringLiteral("Renamed 1 kg"));
        QVERIFY(hashOf(variant, 1) != hashOf(variant, 2));
    }

    void theDocumentIsNormalized()
    {
        // Equal content gives the equal hash: the same attributes written in another key order,
        // a pack size with other trailing zeros, barcodes added in another order.
        const QString variant = StockWorld::variant(m_world->freshVariant());
        db().exec(QStringLiteral("DELETE FROM variant_barcodes WHERE variant_id = $1"), {variant});
        db().exec(QStringLiteral("UPDATE variants SET attributes = '{\"fat\": \"82%\", \"veg\": "
                                 "true}', pack_size = 500 WHERE id = $1"),
                  {variant});
        db().exec(QStringLiteral("INSERT INTO variant_barcodes (tenant_id, variant_id, barcode,"
                                 " barcode_type) VALUES ($1, $2, '96385074', 'EAN8'),"
                                 " ($1, $2, '4006381333931', 'EAN13')"),
                  {catalogfixture::TenantA, variant});
        QCOMPARE(record(variant), QStringLiteral("1"));
        db().exec(QStringLiteral("DELETE FROM variant_barcodes WHERE variant_id = $1"), {variant});
        db().exec(QStringLiteral("UPDATE variants SET attributes = '{\"veg\": true, \"fat\": "
                                 "\"82%\"}', pack_size = 500.0000 WHERE id = $1"),
                  {variant});
        db().exec(QStringLiteral("INSERT INTO variant_barcodes (tenant_id, variant_id, barcode,"
                                 " barcode_type) VALUES ($1, $2, '4006381333931', 'EAN13'),"
                                 " ($1, $2, '96385074', 'EAN8')"),
                  {catalogfixture::TenantA, variant});
        QCOMPARE(record(variant), QString());
        QCOMPARE(payloadOf(variant, 1, QStringLiteral("{barcodes,0,barcode}")),
                 QStringLiteral("4006381333931"));
        QCOMPARE(payloadOf(variant, 1, QStringLiteral("{pack_size}")), QStringLiteral("500"));
        // The hash is the SHA-256 of the stored document's text.
        QCOMPARE(m_world->scalar(QStringLiteral("SELECT encode(sha256(convert_to(payload::text,"
                                                " 'UTF8')), 'hex') FROM catalog_item_versions"
                                                " WHERE variant_id = $1"),
                                 {variant}),
                 hashOf(variant, 1));
    }

    void aProductChangeIsAChangeOfItsVariants()
    {
        const QString variant = StockWorld::variant(m_world->freshVariant());
        record(variant);
        db().exec(QStringLiteral("UPDATE products SET brand = 'Other brand' WHERE id = (SELECT"
                                 " product_id FROM variants WHERE id = $1)"),
                  {variant});
        QCOMPARE(record(variant), QStringLiteral("2"));
        QCOMPARE(payloadOf(variant, 2, QStringLiteral("{product,brand}")),
                 QStringLiteral("Other brand"));
    }

    void manyVariantsAreRecordedInOneCall()
    {
        QStringList ids;
        for (int i = 0; i < 3; ++i)
            ids << StockWorld::variant(m_world->freshVariant());
        const QString array = u'{' + ids.join(u',') + u'}';
        const auto recordAll = [&]() {
            return m_world->scalar(QStringLiteral("SELECT count(*) FROM catalog.record_versions("
                                                  "$1, $2::uuid[])"),
                                   {catalogfixture::TenantA, array});
        };
        QCOMPARE(recordAll(), QStringLiteral("3"));
        db().exec(QStringLiteral("UPDATE variants SET is_essential = NOT is_essential WHERE id ="
                                 " $1"),
                  {ids.at(1)});
        QCOMPARE(recordAll(), QStringLiteral("1"));
        QCOMPARE(versions(ids.at(1)), QStringLiteral("1,2"));
        QCOMPARE(versions(ids.at(0)), QStringLiteral("1"));
    }
};

QTEST_GUILESS_MAIN(TestCatalogVersions)
#include "tst_catalogversions.moc"
