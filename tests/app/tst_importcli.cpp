// stockroomd import and export from the outside, on the catalog fixture's two tenants: usage and
// tenant refusals (exit 2), every bad row printed and written to the error report with nothing
// applied (exit 1), a dry run that creates nothing (not even the new source), an import that
// creates its source with a notice, the good rows alone on request, and export → import
// changing nothing.
#include "catalogfixture.h"
#include "db/pgconnection.h"
#include "programrun.h"
#include "testdatabase.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace stockroom;

namespace {

const QString Server = QStringLiteral(STOCKROOMD_PATH);

const QByteArray Header = "external_id,sku,product_name,variant_name,category_path,barcodes,"
                          "pack_size,uom,mrp,base_price,tax_rate\n";

} // namespace

class TestImportCli : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_db;
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }
    test::ProgramRun stockroomd(const QStringList &args)
    {
        return test::runProgram(
            Server,
            QStringList{args.first(), QStringLiteral("--db"), m_db->conninfo()} + args.mid(1));
    }
    QString scalar(const QString &sql)
    {
        PgConnection c(m_db->info(), QStringLiteral("tst"));
        return c.scalar(sql).value_or(QStringLiteral("<null>"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = std::make_unique<test::TestDatabase>(QStringLiteral("importcli"));
        test::catalogfixture::load(m_db->info());
    }
    void cleanupTestCase() { m_db.reset(); }

    void aBadCommandLineIsRefused()
    {
        const QString file = write(QStringLiteral("ok.csv"), Header);
        auto r = stockroomd({QStringLiteral("import"), QStringLiteral("--file"), file});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("--source NAME")), qPrintable(r.err));
        r = stockroomd({QStringLiteral("import"), QStringLiteral("--source"), QStringLiteral("X"),
                        QStringLiteral("--file"), m_dir.filePath(QStringLiteral("none.csv"))});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("there is no file")), qPrintable(r.err));
        // Two tenants: which one must be said.
        r = stockroomd({QStringLiteral("import"), QStringLiteral("--source"), QStringLiteral("X"),
                        QStringLiteral("--file"), file});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("2 tenants; name one with --tenant")) &&
                     r.err.contains(QLatin1String("alpha")) &&
                     r.err.contains(QLatin1String("beta")),
                 qPrintable(r.err));
        r = stockroomd({QStringLiteral("import"), QStringLiteral("--source"), QStringLiteral("X"),
                        QStringLiteral("--file"), file, QStringLiteral("--tenant"),
                        QStringLiteral("gamma")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("no tenant \"gamma\"")), qPrintable(r.err));
    }

    void everyBadRowIsPrintedAndNothingApplied()
    {
        const QString file =
            write(QStringLiteral("bad.csv"),
                  Header + ",CLI-1,Tea,Tea 250 g,Beverages,,250,g,140,130,5\n"
                           ",CLI-2,Tea,Tea 500 g,Beverages,,500,g,abc,250,5\n"
                           ",CLI-3,Tea,Tea 1 kg,Beverages,4006381333932,1000,g,500,450,5\n"
                           ",CLI-4,Tea,Tea 2 kg,Beverages,,2000,g,900,850\n");
        const QString errors = m_dir.filePath(QStringLiteral("errors.csv"));
        const auto r = stockroomd({QStringLiteral("import"), QStringLiteral("--tenant"),
                                   QStringLiteral("alpha"), QStringLiteral("--source"),
                                   QStringLiteral("Tea supplier"), QStringLiteral("--file"), file,
                                   QStringLiteral("--errors"), errors});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QLatin1String("nothing was imported: the file has bad rows")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("line 3, mrp, \"abc\": MRP abc is not an amount")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("line 4, barcodes, \"4006381333932\": "
                                              "4006381333932: the check digit should be 1")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("line 5, \"10 fields\": This line has 10 fields "
                                              "where the header has 11")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("Nothing was applied.")), qPrintable(r.out));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM variants WHERE sku LIKE 'CLI-%'")),
                 QStringLiteral("0"));
        QFile report(errors);
        QVERIFY(report.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = report.readAll().split('\n');
        QCOMPARE(lines.first(), QByteArray("line,column,value,reason\r"));
        QVERIFY(lines.at(1).startsWith("3,mrp,abc,MRP abc is not an amount"));
        QVERIFY2(r.out.contains(QLatin1String("Error report written to")), qPrintable(r.out));
    }

    void aDryRunCreatesNothingNotEvenTheSource()
    {
        const QString file = write(QStringLiteral("dry.csv"),
                                   Header + ",CLI-10,Coffee,Coffee 200 g,Beverages,,200,g,300,"
                                            "280,5\n");
        const auto r = stockroomd({QStringLiteral("import"), QStringLiteral("--tenant"),
                                   QStringLiteral("alpha"), QStringLiteral("--source"),
                                   QStringLiteral("Coffee supplier"), QStringLiteral("--file"),
                                   file, QStringLiteral("--dry-run")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.err.contains(QLatin1String("notice: there was no source system \"Coffee "
                                              "supplier\"; it is created when rows are applied")),
                 qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("Dry run of dry.csv from \"Coffee supplier\": "
                                              "checked; nothing was changed.")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("1 row read: 1 new")), qPrintable(r.out));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM source_systems WHERE name = 'Coffee "
                                       "supplier'")),
                 QStringLiteral("0"));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM variants WHERE sku = 'CLI-10'")),
                 QStringLiteral("0"));
        QCOMPARE(scalar(QStringLiteral("SELECT status FROM catalog_ingestion_runs ORDER BY "
                                       "started_at DESC LIMIT 1")),
                 QStringLiteral("dry_run"));
    }

    void importThenExportThenImportAgain()
    {
        const QString file = write(QStringLiteral("good.csv"),
                                   Header + "C-20,CLI-20,Cocoa,Cocoa 100 g,Beverages/Cocoa,,100,"
                                            "g,90,85,18\n"
                                            ",CLI-21,Cocoa,Cocoa 250 g,Beverages/Cocoa,,250,g,"
                                            "200,190,18\n");
        auto r = stockroomd({QStringLiteral("import"), QStringLiteral("--tenant"),
                             QStringLiteral("alpha"), QStringLiteral("--source"),
                             QStringLiteral("Cocoa supplier"), QStringLiteral("--file"), file});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.err.contains(QLatin1String("\"Cocoa supplier\"; created it (type import)")),
                 qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("2 rows read: 2 new, 0 updated, 0 unchanged, 0 "
                                              "sent to review, 0 bad")),
                 qPrintable(r.out));
        QCOMPARE(scalar(QStringLiteral("SELECT source_type FROM source_systems WHERE name = "
                                       "'Cocoa supplier'")),
                 QStringLiteral("import"));

        const QString exported = m_dir.filePath(QStringLiteral("export.csv"));
        r = stockroomd({QStringLiteral("export"), QStringLiteral("--tenant"),
                        QStringLiteral("alpha"), QStringLiteral("--file"), exported,
                        QStringLiteral("--source"), QStringLiteral("Cocoa supplier")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QLatin1String("Exported 252 items to")), qPrintable(r.out));
        QFile f(exported);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().contains("\r\nC-20,CLI-20,Cocoa,Cocoa 100 g,Beverages/Cocoa,,100,g,"
                                     "90.00,85.00,18.00\r\n"));

        r = stockroomd({QStringLiteral("import"), QStringLiteral("--tenant"),
                        QStringLiteral("alpha"), QStringLiteral("--source"),
                        QStringLiteral("Cocoa supplier"), QStringLiteral("--file"), exported});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QLatin1String("252 rows read: 0 new, 0 updated, 252 unchanged")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("  0 changed;")), qPrintable(r.out));
    }

    void skipBadRowsAppliesTheGoodOnes()
    {
        const QString file = write(QStringLiteral("skip.csv"),
                                   Header + ",CLI-30,Jaggery,Jaggery 1 kg,Staples,,1000,g,120,"
                                            "110,0\n"
                                            ",cli-31,Jaggery,Jaggery 500 g,Staples,,500,g,60,"
                                            "55,0\n");
        const auto r = stockroomd({QStringLiteral("import"), QStringLiteral("--tenant"),
                                   QStringLiteral("alpha"), QStringLiteral("--source"),
                                   QStringLiteral("Cocoa supplier"), QStringLiteral("--file"), file,
                                   QStringLiteral("--skip-bad-rows")});
        QCOMPARE(r.exitCode, 1); // bad rows there were, though the good ones went in
        QVERIFY2(r.out.contains(QLatin1String("done; the bad rows were left out")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("line 3, sku, \"cli-31\": SKU cli-31 has lower-case "
                                              "letters")),
                 qPrintable(r.out));
        QCOMPARE(scalar(QStringLiteral("SELECT string_agg(sku, ',') FROM variants WHERE sku ILIKE "
                                       "'CLI-3%'")),
                 QStringLiteral("CLI-30"));
    }
};

QTEST_GUILESS_MAIN(TestImportCli)
#include "tst_importcli.moc"
