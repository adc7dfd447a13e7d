// The catalog import and export against a real database: every kind of bad row reported at once
// with its line and column, all-or-nothing by default and the good rows on request, a dry run that
// changes nothing, identity by external id then SKU, conflicts held for review with the row kept,
// prices only when they differ, re-importing (and importing an export) changing nothing, every
// run recorded, and who may import.
#include "catalogfixture.h"
#include "import/catalogexport.h"
#include "import/catalogimport.h"
#include "stockfixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace stockroom;
using namespace stockroom::test;
using catalogfixture::TenantA;

namespace {

const QByteArray Header =
    "external_id,sku,product_name,variant_name,category_path,barcodes,pack_size,uom,mrp,"
    "base_price,tax_rate\n";

/** "line:column:code" for each issue, in order. */
QStringList where(const CatalogImportResult &r)
{
    QStringList out;
    for (const ImportIssue &i : r.issues)
        out << QStringLiteral("%1:%2:%3").arg(i.line).arg(i.column, i.code);
    return out;
}

const ImportIssue *issueAt(const CatalogImportResult &r, qint64 line, const QString &code)
{
    for (const ImportIssue &i : r.issues)
        if (i.line == line && i.code == code)
            return &i;
    return nullptr;
}

} // namespace

class TestCatalogImport : public QObject
{
    Q_OBJECT

    std::unique_ptr<StockWorld> m_world;
    std::unique_ptr<PgConnection> m_manager;
    std::unique_ptr<PgConnection> m_admin; // imports prices, which are every location's
    QString m_adminLogin;
    QTemporaryDir m_dir;
    int m_files = 0;

    QString write(const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(QStringLiteral("import-%1.csv").arg(++m_files));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }
    CatalogImportResult import(PgConnection &c, const QByteArray &bytes, bool dryRun = false,
                               bool skipBadRows = false,
                               const QString &source = QStringLiteral("Head office ERP"))
    {
        CatalogImportRequest request;
        request.filePath = write(bytes);
        request.sourceName = source;
        request.dryRun = dryRun;
        request.skipBadRows = skipBadRows;
        return CatalogImport(c).run(request);
    }
    CatalogImportResult import(const QByteArray &bytes, bool dryRun = false,
                               bool skipBadRows = false,
                               const QString &source = QStringLiteral("Head office ERP"))
    {
        return import(*m_admin, bytes, dryRun, skipBadRows, source);
    }
    QString scalar(const QString &sql, const QList<SqlParam> &params = {})
    {
        return m_world->scalar(sql, params);
    }
    /** Row counts of everything an import may write (the runs aside). */
    QString footprint()
    {
        return scalar(QStringLiteral(
            "SELECT concat_ws(' ', (SELECT count(*) FROM categories), (SELECT count(*) FROM "
            "products), (SELECT count(*) FROM variants), (SELECT count(*) FROM variant_barcodes),"
            " (SELECT count(*) FROM variant_prices), (SELECT count(*) FROM catalog_item_versions),"
            " (SELECT count(*) FROM source_entities), (SELECT count(*) FROM source_systems),"
            " (SELECT count(*) FROM source_review_items), (SELECT count(*) FROM outbox WHERE"
            " event_type <> 'catalog.ingestion.completed'), (SELECT sum(version) FROM variants),"
            " (SELECT max(updated_at) FROM products), (SELECT max(updated_at) FROM variants))"));
    }
    QString events(const QString &type)
    {
        return scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE event_type = $1"), {type});
    }
    QString variantField(const QString &sku, const QString &field)
    {
        return scalar(QStringLiteral("SELECT %1::text FROM variants WHERE tenant_id = $1 AND sku = "
                                     "$2")
                          .arg(field),
                      {TenantA, sku});
    }
    /** "base_price true" per price row in time order: true when it ends where the next begins. */
    QString priceHistory(const QString &variantId)
    {
        return scalar(QStringLiteral("SELECT string_agg(concat_ws(' ', base_price,"
                                     " coalesce((effective_to = next_from)::text, 'open')), ','"
                                     " ORDER BY effective_from) FROM (SELECT *,"
                                     " lead(effective_from) OVER (ORDER BY effective_from) AS"
                                     " next_from FROM variant_prices WHERE variant_id = $1) x"),
                      {variantId});
    }
    /** "mrp/base/tax" of the all-locations default price in effect now. */
    QString priceNow(const QString &variantId)
    {
        return scalar(QStringLiteral("SELECT concat_ws('/', mrp, base_price, tax_rate) FROM"
                                     " pricing.price_at($1, $2, NULL, 'default', now())"),
                      {TenantA, variantId});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_world = std::make_unique<StockWorld>(QStringLiteral("catimport"));
        m_manager = std::make_unique<PgConnection>(m_world->manager(), QStringLiteral("tst"));
        m_admin = std::make_unique<PgConnection>(
            m_world->db().addStaff(TenantA, RoleKind::Admin, {}, &m_adminLogin),
            QStringLiteral("tst"));
    }
    void cleanupTestCase()
    {
        m_manager.reset();
        m_admin.reset();
        m_world.reset();
    }

    void everyKindOfBadRowIsReportedInOnePass()
    {
        guarded([&] {
            const QString before = footprint();
            const QString taken = catalogfixture::ean13(5); // SKU-005's
            const QByteArray file =
                Header +
                /* 2 */
                ",NEW-1,Ghee,Ghee 1 l,Dairy,,1,pc,650,600,12\n"
                /* 3 */ ",NEW-2,Ghee,Ghee 500 ml,Dairy,,1,pc,340\n"
                /* 4 */ ",,Ghee,Ghee 200 ml,Dairy,,1,pc,150,140,12\n"
                /* 5 */ ",NEW-3,Paneer,Paneer 200 g,Dairy,,200,g,\"12,0\",80,5\n"
                /* 6 */ ",NEW-4,Paneer,Paneer 500 g,Dairy,,500,g,120,130,5\n"
                /* 7 */ ",NEW-5,Curd,Curd 400 g,Dairy,4006381333932,400,g,40,38,5\n"
                /* 8 */ ",NEW-6,Curd,Curd 1 kg,Dairy,96385074,1000,g,90,85,5\n"
                /* 9 */ ",NEW-7,Curd,Curd 2 kg,Dairy,96385074,2000,g,170,160,5\n"
                /* 10 */ ",NEW-8,Lassi,Lassi 200 ml,Dairy," +
                taken.toUtf8() +
                ",1,pc,20,20,5\n"
                /* 11 */ ",NEW-9,Lassi,Lassi 1 l,Dairy,,1,pc,80,75,5\n"
                /* 12 */ ",NEW-9,Lassi,Lassi 1 l again,Dairy,,1,pc,80,75,5\n"
                /* 13 */ ",new-10,Lassi,Lassi mango,Dairy,,1,pc,25,25,5\n"
                /* 14 */ ",NEW-11,Rice,Rice 5 kg,Staples,,5,kg,400,380,5\n"
                /* 15 */ ",NEW-12,,,Staples,,1,pc,10,9,5\n"
                /* 16 */ ",NEW-13,\"Dahi, \"\"set\"\"\",\"Dahi\n"
                /* 17 */ "set 400 g\",Dairy,,400,g,45,42,5\n"
                /* 18 */ ",NEW-14,Salt,Salt 1 kg,,,1,pc,28,25,5\n";
            const CatalogImportResult r = import(file);
            QCOMPARE(r.status, QStringLiteral("failed"));
            QVERIFY2(r.message.isEmpty(), qPrintable(r.message));
            QCOMPARE(
                where(r),
                (QStringList{"3::column_count", "4:sku:missing_field", "5:mrp:bad_number",
                             "6:base_price:price_above_mrp", "7:barcodes:bad_barcode",
                             "8:barcodes:duplicate_barcode", "9:barcodes:duplicate_barcode",
                             "10:barcodes:barcode_taken", "11:sku:duplicate_sku",
                             "12:sku:duplicate_sku", "13:sku:bad_sku", "14:uom:unknown_uom",
                             "15:product_name:missing_field", "18:category_path:missing_field"}));
            QCOMPARE(r.received, qint64(16));
            QCOMPARE(r.failed, qint64(14));
            // Lines 2 and 16 (a quoted name over two lines) are good; nothing was applied.
            QCOMPARE(r.created, qint64(2));
            QCOMPARE(footprint(), before);
            QCOMPARE(variantField(QStringLiteral("NEW-1"), QStringLiteral("id")),
                     QStringLiteral("<null>"));

            QCOMPARE(issueAt(r, 3, QStringLiteral("column_count"))->reason,
                     QStringLiteral("This line has 9 fields where the header has 11: a value "
                                    "with a comma in it must be in quotes."));
            QCOMPARE(issueAt(r, 5, QStringLiteral("bad_number"))->value, QStringLiteral("12,0"));
            QCOMPARE(issueAt(r, 6, QStringLiteral("price_above_mrp"))->reason,
                     QStringLiteral("The selling price ₹130.00 is above the MRP ₹120.00: selling "
                                    "above the printed MRP is not allowed."));
            QVERIFY(issueAt(r, 7, QStringLiteral("bad_barcode"))
                        ->reason.contains(QLatin1String("check digit should be 1, not 2")));
            QVERIFY(issueAt(r, 8, QStringLiteral("duplicate_barcode"))
                        ->reason.contains(QLatin1String("also on line 9")));
            QVERIFY(issueAt(r, 9, QStringLiteral("duplicate_barcode"))
                        ->reason.contains(QLatin1String("also on line 8")));
            QCOMPARE(issueAt(r, 10, QStringLiteral("barcode_taken"))->reason,
                     QStringLiteral("Barcode %1 already belongs to SKU-005 (Item 005 500 g): a "
                                    "barcode names one item.")
                         .arg(taken));
            QVERIFY(issueAt(r, 11, QStringLiteral("duplicate_sku"))
                        ->reason.contains(QLatin1String("SKU NEW-9 is also on line 12")));
            QVERIFY(issueAt(r, 13, QStringLiteral("bad_sku"))
                        ->reason.contains(QLatin1String("capitals (NEW-10)")));
            QCOMPARE(issueAt(r, 14, QStringLiteral("unknown_uom"))->reason,
                     QStringLiteral("kg is not a unit of this catalog; its units are g, pc."));

            // The run: failed, every bad row counted, the issues summarized per kind.
            const QString run = r.runId;
            QCOMPARE(scalar(QStringLiteral("SELECT concat_ws(' ', status, received_count, "
                                           "success_count, failed_count, file_name IS NOT NULL,"
                                           " run_by = $2, completed_at IS NOT NULL) FROM"
                                           " catalog_ingestion_runs WHERE id = $1"),
                            {run, m_adminLogin}),
                     QStringLiteral("failed 16 0 14 t t t"));
            const QJsonArray summary =
                QJsonDocument::fromJson(scalar(QStringLiteral("SELECT error_summary::text FROM "
                                                              "catalog_ingestion_runs WHERE id = "
                                                              "$1"),
                                               {run})
                                            .toUtf8())
                    .array();
            QCOMPARE(summary.first()[QLatin1String("code")].toString(),
                     QStringLiteral("missing_field"));
            QCOMPARE(summary.first()[QLatin1String("count")].toInt(), 3);
            QCOMPARE(summary.first()[QLatin1String("first")].toArray().size(), 3);
            QCOMPARE(summary.size(), 10);
            QCOMPARE(scalar(QStringLiteral("SELECT data ->> 'status' FROM outbox WHERE event_type"
                                           " = 'catalog.ingestion.completed' AND data ->>"
                                           " 'ingestion_run_id' = $1"),
                            {run}),
                     QStringLiteral("failed"));
        });
    }

    void skipBadRowsAppliesTheGoodOnes()
    {
        guarded([&] {
            const QByteArray file = Header + ",SKIP-1,Jam,Jam 200 g,Spreads/Jam,,200,g,90,85,12\n"
                                             ",SKIP-2,Jam,Jam 500 g,Spreads/Jam,,500,g,200,210,12\n"
                                             ",SKIP-3,Honey,Honey 250 g,Spreads,,250,g,150,,12\n"
                                             ",SKIP-4,Honey,Honey 500 g,Spreads,,500,g,,,\n";
            const QString before = footprint();
            CatalogImportResult r = import(file);
            QCOMPARE(r.status, QStringLiteral("failed"));
            QCOMPARE(where(r),
                     (QStringList{"3:base_price:price_above_mrp", "4:base_price:missing_field"}));
            QCOMPARE(footprint(), before);

            r = import(file, false, true);
            QCOMPARE(r.status, QStringLiteral("completed_with_errors"));
            QCOMPARE(r.failed, qint64(2));
            QCOMPARE(r.created, qint64(2));
            QCOMPARE(r.issues.size(), 2);
            QCOMPARE(variantField(QStringLiteral("SKIP-1"), QStringLiteral("name")),
                     QStringLiteral("Jam 200 g"));
            QCOMPARE(variantField(QStringLiteral("SKIP-2"), QStringLiteral("id")),
                     QStringLiteral("<null>"));
            // A row without prices leaves the item unpriced.
            QCOMPARE(priceNow(variantField(QStringLiteral("SKIP-4"), QStringLiteral("id"))),
                     QStringLiteral("<null>"));
            QCOMPARE(priceNow(variantField(QStringLiteral("SKIP-1"), QStringLiteral("id"))),
                     QStringLiteral("90.00/85.00/12.00"));
            // Categories along the path, products by name and category.
            QCOMPARE(scalar(QStringLiteral("SELECT string_agg(c.path || '<' || coalesce(p.path, "
                                           "'-'), ',' ORDER BY c.path) FROM categories c LEFT"
                                           " JOIN categories p ON p.id = c.parent_id WHERE"
                                           " c.tenant_id = $1 AND c.path LIKE 'Spreads%'"),
                            {TenantA}),
                     QStringLiteral("Spreads<-,Spreads/Jam<Spreads"));
            QCOMPARE(r.categoriesCreated, qint64(2));
            QCOMPARE(r.productsCreated, qint64(2));
        });
    }

    void aDryRunChangesNothing()
    {
        guarded([&] {
            const QString before = footprint();
            const QString runsBefore = scalar(QStringLiteral("SELECT count(*) FROM "
                                                             "catalog_ingestion_runs"));
            const QByteArray file = Header +
                                    "D-1,DRY-1,Tea,Tea 250 g,Beverages/Tea,8901234567890,250,g,140,"
                                    "130,5\n"
                                    "D-2,SKU-020,Item 020,Item 020 500 g,Dairy,,500,g,120,90,5\n"
                                    ",SKU-021,Item 021,Item 021 500 g,Dairy,,500,g,,,\n";
            const CatalogImportResult r =
                import(file, true, false, QStringLiteral("A source never seen"));
            QCOMPARE(r.status, QStringLiteral("dry_run"));
            QVERIFY(r.sourceNew);
            QVERIFY(!r.sourceCreated);
            QCOMPARE(r.created, qint64(1));
            QCOMPARE(r.updated, qint64(1));   // SKU-020: its price
            QCOMPARE(r.unchanged, qint64(1)); // SKU-021
            QCOMPARE(r.pricesChanged, qint64(2));
            QCOMPARE(r.mappingsAdded, qint64(2));
            QCOMPARE(r.categoriesCreated, qint64(2));
            QCOMPARE(footprint(), before);
            QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM source_systems WHERE name = "
                                           "'A source never seen'")),
                     QStringLiteral("0"));
            QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM catalog_ingestion_runs")),
                     QString::number(runsBefore.toInt() + 1));
            QCOMPARE(scalar(QStringLiteral("SELECT concat_ws(' ', status, received_count, "
                                           "success_count, counts ->> 'source') FROM"
                                           " catalog_ingestion_runs WHERE id = $1"),
                            {r.runId}),
                     QStringLiteral("dry_run 3 3 A source never seen"));
            QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE data ->> "
                                           "'ingestion_run_id' = $1"),
                            {r.runId}),
                     QStringLiteral("0"));
        });
    }

    void reimportingAnUnchangedFileChangesNothing()
    {
        guarded([&] {
            const QString v30 = StockWorld::variant(30);
            const QByteArray file =
                Header + "R-1,RE-1,Biscuits,Biscuits 100 g,Snacks/Biscuits,8906000000014;"
                         "96385074,100,g,10,10,18\n"
                         "R-2,RE-2,Biscuits,Biscuits 200 g,Snacks/Biscuits,,200,g,20,19,18\n"
                         "R-30,SKU-030,Item 030,Item 030 (new name) 500 g,Snacks,,500,g,120,"
                         "95,5\n";
            CatalogImportResult r = import(file);
            QCOMPARE(r.status, QStringLiteral("completed"));
            QCOMPARE(r.created, qint64(2));
            QCOMPARE(r.updated, qint64(1));
            QCOMPARE(r.productsCreated, qint64(1)); // both biscuits share one
            QCOMPARE(variantField(QStringLiteral("SKU-030"), QStringLiteral("name")),
                     QStringLiteral("Item 030 (new name) 500 g"));
            QCOMPARE(priceNow(v30), QStringLiteral("120.00/95.00/5.00"));
            // The item changed: its state before (version 1) and after (2), one event.
            QCOMPARE(scalar(QStringLiteral("SELECT string_agg(version_no::text, ',' ORDER BY "
                                           "version_no) FROM catalog_item_versions WHERE"
                                           " variant_id = $1"),
                            {v30}),
                     QStringLiteral("1,2"));
            QCOMPARE(scalar(QStringLiteral("SELECT string_agg(barcode || ':' || is_primary, ',' "
                                           "ORDER BY barcode) FROM variant_barcodes b JOIN"
                                           " variants v ON v.id = b.variant_id WHERE v.sku ="
                                           " 'RE-1'")),
                     QStringLiteral("8906000000014:true,96385074:false"));

            const QString before = footprint();
            const QString completed = events(QStringLiteral("catalog.ingestion.completed"));
            r = import(file);
            QCOMPARE(r.status, QStringLiteral("completed"));
            QCOMPARE(r.changed(), qint64(0));
            QCOMPARE(r.unchanged, qint64(3));
            QCOMPARE(r.pricesChanged, qint64(0));
            QCOMPARE(footprint(), before);
            QCOMPARE(events(QStringLiteral("catalog.ingestion.completed")),
                     QString::number(completed.toInt() + 1));
        });
    }

    void exportingAndImportingChangesNothing()
    {
        guarded([&] {
            const QString path = m_dir.filePath(QStringLiteral("export.csv"));
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly));
            const CatalogExportResult exported =
                CatalogExport(*m_admin).write(&out, TenantA, QStringLiteral("Head office ERP"));
            out.close();
            QVERIFY2(exported.ok(), qPrintable(exported.error));
            QCOMPARE(QString::number(exported.rows),
                     scalar(QStringLiteral("SELECT count(*) FROM variants WHERE tenant_id = $1"),
                            {TenantA}));
            QFile in(path);
            QVERIFY(in.open(QIODevice::ReadOnly));
            const QByteArray bytes = in.readAll();
            QVERIFY(bytes.startsWith(Header.trimmed() + "\r\n"));
            QVERIFY(bytes.contains("\r\n,SKU-000,Item 000,Item 000 500 g,Dairy," +
                                   catalogfixture::ean13(0).toUtf8() +
                                   ",500,g,120.00,99.50,5.00\r\n"));

            const QString before = footprint();
            CatalogImportRequest request;
            request.filePath = path;
            request.sourceName = QStringLiteral("Head office ERP");
            const CatalogImportResult r = CatalogImport(*m_admin).run(request);
            QCOMPARE(r.status, QStringLiteral("completed"));
            QVERIFY2(r.issues.isEmpty(), qPrintable(where(r).join(u' ')));
            QCOMPARE(r.changed(), qint64(0));
            QCOMPARE(r.unchanged, exported.rows);
            // Mapped items come back by their external id, the others by SKU (left unmapped).
            QCOMPARE(r.mappingsAdded, qint64(0));
            QCOMPARE(footprint(), before);
        });
    }

    void identityIsTheExternalIdThenTheSku()
    {
        guarded([&] {
            const QString v40 = StockWorld::variant(40);
            // First sight: E-40 is unknown, SKU-040 is found, and the mapping is added.
            CatalogImportResult r =
                import(Header + "E-40,SKU-040,Item 040,Item 040 500 g,Dairy,,500,g,,,\n");
            QCOMPARE(r.unchanged, qint64(1));
            QCOMPARE(r.mappingsAdded, qint64(1));
            QCOMPARE(scalar(QStringLiteral("SELECT canonical_id FROM source_entities se JOIN"
                                           " source_systems s ON s.id = se.source_system_id"
                                           " WHERE s.name = 'Head office ERP' AND se.external_id"
                                           " = 'E-40'")),
                     v40);
            // Then the external id names it, whatever SKU the row gives: a new SKU renames it.
            r = import(Header + "E-40,SKU-040-B,Item 040,Item 040 500 g,Dairy,,500,g,,,\n");
            QCOMPARE(r.updated, qint64(1));
            QCOMPARE(r.created, qint64(0));
            QCOMPARE(variantField(QStringLiteral("SKU-040-B"), QStringLiteral("id")), v40);
            // A mapping left naming an item that is gone names the row's item again.
            import(Header + "E-GONE,GONE-1,Gone,Gone 1,Dairy,,1,pc,,,\n");
            m_world->admin().exec(QStringLiteral("DELETE FROM variants WHERE sku = 'GONE-1'"));
            r = import(Header + "E-GONE,GONE-2,Gone,Gone 2,Dairy,,1,pc,,,\n");
            QCOMPARE(r.created, qint64(1));
            QCOMPARE(r.mappingsAdded, qint64(1));
            QCOMPARE(scalar(QStringLiteral("SELECT v.sku FROM source_entities se JOIN variants v ON"
                                           " v.id = se.canonical_id WHERE se.external_id ="
                                           " 'E-GONE'")),
                     QStringLiteral("GONE-2"));
            // The same id in another source is another source's business.
            r = import(Header + "E-40,SKU-041,Item 041,Item 041 500 g,Dairy,,500,g,,,\n", false,
                       false, QStringLiteral("Store POS feed"));
            QVERIFY(r.sourceCreated);
            QCOMPARE(r.unchanged, qint64(1));
            QCOMPARE(r.sentToReview, qint64(0));
            QCOMPARE(scalar(QStringLiteral("SELECT source_type FROM source_systems WHERE name = "
                                           "'Store POS feed'")),
                     QStringLiteral("import"));
        });
    }

    void aConflictGoesToReviewWithTheRowKept()
    {
        guarded([&] {
            const QString v50 = StockWorld::variant(50);
            const QString v51 = StockWorld::variant(51);
            import(Header + "E-50,SKU-050,Item 050,Item 050 500 g,Dairy,,500,g,,,\n");
            const QString before = footprint();
            // E-50 names SKU-050's item, but this row says SKU-051 (another item).
            const QByteArray file =
                Header + "E-50,SKU-051,Item 051,Item 051 renamed,Dairy,,500,g,150,140,5\n";
            CatalogImportResult r = import(file);
            QCOMPARE(r.status, QStringLiteral("completed"));
            QCOMPARE(r.sentToReview, qint64(1));
            QCOMPARE(r.changed(), qint64(0));
            QCOMPARE(variantField(QStringLiteral("SKU-051"), QStringLiteral("name")),
                     QStringLiteral("Item 051 500 g"));
            QCOMPARE(priceNow(v51), QStringLiteral("120.00/99.50/5.00"));
            const QString item = QStringLiteral(
                "SELECT concat_ws(' | ', kind, mapped_variant_id, proposed_variant_id,"
                " received_row ->> 'line', received_row ->> 'variant_name', received_row ->>"
                " 'base_price', status) FROM source_review_items WHERE external_id = 'E-50'");
            QCOMPARE(scalar(item), QStringLiteral("conflict | %1 | %2 | 2 | Item 051 renamed | "
                                                  "140.00 | open")
                                       .arg(v50, v51));
            QVERIFY(scalar(QStringLiteral("SELECT reason FROM source_review_items WHERE "
                                          "external_id = 'E-50'"))
                        .contains(QLatin1String("mapped to SKU-050")));
            // Seen again: the one open item stays, unchanged.
            const QString updated = scalar(QStringLiteral("SELECT updated_at FROM "
                                                          "source_review_items WHERE external_id"
                                                          " = 'E-50'"));
            r = import(file);
            QCOMPARE(r.sentToReview, qint64(1));
            QCOMPARE(scalar(QStringLiteral("SELECT count(*) || ' ' || max(updated_at) FROM"
                                           " source_review_items WHERE external_id = 'E-50'")),
                     QStringLiteral("1 ") + updated);
            QCOMPARE(footprint().section(u' ', 0, 7), before.section(u' ', 0, 7));
        });
    }

    void aPriceChangeEndsTheOneInEffectAtTheSameInstant()
    {
        guarded([&] {
            const QString v60 = StockWorld::variant(60);
            const QString v61 = StockWorld::variant(61);
            // SKU-061 has a price change scheduled in a week.
            m_world->admin().exec(
                QStringLiteral("UPDATE variant_prices SET effective_to = now() + interval '7 days'"
                               " WHERE variant_id = $1"),
                {v61});
            m_world->admin().exec(
                QStringLiteral("INSERT INTO variant_prices (tenant_id, variant_id, mrp, base_price,"
                               " tax_rate, effective_from) VALUES ($1, $2, 120, 80, 5, now() +"
                               " interval '7 days')"),
                {TenantA, v61});
            const CatalogImportResult r =
                import(Header + ",SKU-060,Item 060,Item 060 500 g,Dairy,,500,g,125,110,5\n"
                                ",SKU-061,Item 061,Item 061 500 g,Dairy,,500,g,120,90,5\n"
                                ",SKU-062,Item 062,Item 062 500 g,Dairy,,500,g,120.00,99.5,5%\n");
            QCOMPARE(r.pricesChanged, qint64(2));
            QCOMPARE(r.updated, qint64(2));
            QCOMPARE(r.unchanged, qint64(1));
            QCOMPARE(priceNow(v60), QStringLiteral("125.00/110.00/5.00"));
            QCOMPARE(priceHistory(v60), QStringLiteral("99.50 true,110.00 open"));
            // The new price runs until the scheduled one, which stays.
            QCOMPARE(priceHistory(v61), QStringLiteral("99.50 true,90.00 true,80.00 open"));
            QCOMPARE(scalar(QStringLiteral("SELECT data ->> 'base_price' FROM outbox WHERE"
                                           " event_type = 'catalog.price.updated' AND variant_id"
                                           " = $1"),
                            {v60}),
                     QStringLiteral("110.00"));
        });
    }

    void aFileWithOtherHeadersIsMapped()
    {
        guarded([&] {
            const QByteArray file = "Item Code,Name,Category,EAN,Price,MRP,GST %\n"
                                    "MAP-1,Poha 500 g,Staples/Poha,,45,50,5\n";
            CatalogImportResult r = import(file);
            QCOMPARE(r.status, QStringLiteral("completed"));
            QCOMPARE(r.created, qint64(1));
            QCOMPARE(variantField(QStringLiteral("MAP-1"), QStringLiteral("name")),
                     QStringLiteral("Poha 500 g"));
            // Without a category column nothing runs, and the message names what is missing.
            r = import("Item Code,Name,Price\nMAP-2,Upma,40\n");
            QCOMPARE(r.status, QStringLiteral("refused"));
            QVERIFY2(r.message.contains(QLatin1String("Category path")), qPrintable(r.message));
            QCOMPARE(r.runId, QString());
        });
    }

    void aCancelledImportIsRolledBackAndRecorded()
    {
        guarded([&] {
            QByteArray file = Header;
            for (int i = 0; i < 3000; ++i)
                file += QByteArray(",CAN-") + QByteArray::number(i) + ",Cancel,Cancel " +
                        QByteArray::number(i) + ",Cancelled,,1,pc,10,9,5\n";
            const QString before = footprint();
            CatalogImportRequest request;
            request.filePath = write(file);
            request.sourceName = QStringLiteral("Head office ERP");
            CatalogImport import(*m_admin);
            const CatalogImportResult r =
                import.run(request, [&import](CatalogImport::Phase phase, double fraction) {
                    if (phase == CatalogImport::Phase::Reading && fraction > 0.3)
                        import.cancel();
                });
            QCOMPARE(r.status, QStringLiteral("cancelled"));
            QCOMPARE(footprint(), before);
            QCOMPARE(scalar(QStringLiteral("SELECT concat_ws(' ', status, received_count > 0,"
                                           " file_name = $1) FROM catalog_ingestion_runs ORDER BY"
                                           " started_at DESC, completed_at DESC LIMIT 1"),
                            {QFileInfo(request.filePath).fileName()}),
                     QStringLiteral("cancelled t t"));
            // Cancelled while the database merges: rolled back just the same.
            CatalogImport late(*m_admin);
            const CatalogImportResult r2 =
                late.run(request, [&late](CatalogImport::Phase phase, double) {
                    if (phase == CatalogImport::Phase::Merging)
                        late.cancel();
                });
            QCOMPARE(r2.status, QStringLiteral("cancelled"));
            QCOMPARE(footprint(), before);
        });
    }

    void whoMayImport()
    {
        guarded([&] {
            const QByteArray file = Header + ",WHO-1,Who,Who 1,Dairy,,1,pc,,,\n";
            // A floor supervisor may not.
            m_world->admin().exec(
                QStringLiteral("INSERT INTO locations (tenant_id, store_id, code, name,"
                               " location_type) SELECT $1, id, 'DS9-L', 'Dark store floor',"
                               " 'dark_store' FROM stores WHERE tenant_id = $1 AND code = 'S1'"),
                {TenantA});
            const QString darkStore = scalar(
                QStringLiteral("INSERT INTO dark_stores (tenant_id, store_id, location_id, code,"
                               " name, city) SELECT $1, store_id, id, 'DS9', 'Kothrud hub',"
                               " 'Pune' FROM locations WHERE tenant_id = $1 AND code = 'DS9-L'"
                               " RETURNING id"),
                {TenantA});
            PgConnection supervisor(m_world->db().addStaff(TenantA, RoleKind::FloorSupervisor,
                                                           StaffScope{{}, {}, {darkStore}}),
                                    QStringLiteral("tst"));
            CatalogImportResult r = import(supervisor, file);
            QCOMPARE(r.status, QStringLiteral("refused"));
            QVERIFY2(r.message.contains(QLatin1String("floor supervisor may not import the "
                                                      "catalog")),
                     qPrintable(r.message));
            // A store manager may, but not change prices: the import's are every location's.
            r = import(*m_manager, file);
            QCOMPARE(r.status, QStringLiteral("completed"));
            QCOMPARE(scalar(QStringLiteral("SELECT tenant_id FROM variants WHERE sku = "
                                           "'WHO-1'")),
                     TenantA);
            r = import(*m_manager, Header +
                                       ",WHO-1,Who,Who 1,Dairy,,1,pc,,,\n"
                                       ",SKU-070,Item 070,Item 070 500 g,Dairy,,500,g,120,99.50,5\n"
                                       ",SKU-071,Item 071,Item 071 500 g,Dairy,,500,g,120,89,5\n");
            QCOMPARE(r.status, QStringLiteral("failed"));
            QCOMPARE(where(r), QStringList{"4:base_price:price_not_permitted"});
            QCOMPARE(r.issues.first().reason,
                     QStringLiteral("Only an admin sets the price for every location, and this "
                                    "row changes it (₹99.50 now, ₹89.00 in the file). Leave the "
                                    "price columns empty, or have an admin import the prices."));
            QCOMPARE(r.unchanged, qint64(2)); // an equal price is no change
            // Staff reach the merge only through api.import_catalog.
            auto denied = refusal(*m_manager,
                                  QStringLiteral("SELECT catalog.import_run($1, 'x', '{sku}', "
                                                 "false, false, 'f', now())"),
                                  {TenantA});
            QVERIFY(denied);
            QCOMPARE(denied->sqlState(), QStringLiteral("42501"));
            // A staging table of the login's own making is refused: only the owner's are read.
            m_manager->exec(QStringLiteral("BEGIN"));
            m_manager->exec(QStringLiteral(
                "CREATE TEMPORARY TABLE catalog_import_rows (line int) ON COMMIT DROP;"
                "CREATE TEMPORARY TABLE catalog_import_issues (line int) ON COMMIT DROP"));
            denied = refusal(*m_manager,
                             QStringLiteral("SELECT api.import_catalog(gen_random_uuid(), 'x',"
                                            " '{sku}', false, false, 'f', now())"));
            m_manager->exec(QStringLiteral("ROLLBACK"));
            QVERIFY(denied);
            QVERIFY2(denied->message().contains(QLatin1String("No catalog import is staged")),
                     qPrintable(denied->message()));
        });
    }

    void anOperatorImportsIntoTheTenantItNames()
    {
        guarded([&] {
            CatalogImportRequest request;
            request.filePath = write(Header + ",OPS-1,Ops,Ops 1,Dairy,,1,pc,10,9,0\n");
            request.sourceName = QStringLiteral("Operator feed");
            request.tenantId = TenantA;
            const CatalogImportResult r = CatalogImport(m_world->admin()).run(request);
            QCOMPARE(r.status, QStringLiteral("completed"));
            QCOMPARE(r.created, qint64(1));
            QCOMPARE(scalar(QStringLiteral("SELECT tenant_id FROM variants WHERE sku = 'OPS-1'")),
                     TenantA);
        });
    }
};

QTEST_GUILESS_MAIN(TestCatalogImport)
#include "tst_catalogimport.moc"
