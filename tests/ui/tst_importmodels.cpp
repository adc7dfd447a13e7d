// The Import wizard's models, under QAbstractItemModelTester: every issue with its column named as
// the file names it, and the file's columns with the canonical column each fills.
#include "importissuemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace stockroom;

class TestImportModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void issuesNameTheFilesColumns()
    {
        ImportIssueModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy counted(&model, &ImportIssueModel::countChanged);
        const ColumnMapping mapping =
            ColumnMapping::guess({"Item Code", "Name", "Category", "MRP"});
        model.setIssues(
            {{4, QStringLiteral("mrp"), QStringLiteral("12,0"),
              QStringLiteral("MRP 12,0 is not an amount"), QStringLiteral("bad_number")},
             {7, QString(), QStringLiteral("3 fields"), QStringLiteral("short"),
              QStringLiteral("column_count")},
             {9, QStringLiteral("sku"), QString(), QStringLiteral("missing"),
              QStringLiteral("missing_field")}},
            mapping);
        QCOMPARE(counted.count(), 1);
        QCOMPARE(model.rowCount(), 3);
        const auto at = [&model](int row, ImportIssueModel::Role role) {
            return model.data(model.index(row), role);
        };
        QCOMPARE(at(0, ImportIssueModel::LineRole).toLongLong(), qint64(4));
        QCOMPARE(at(0, ImportIssueModel::ColumnRole).toString(), QStringLiteral("MRP (mrp)"));
        QCOMPARE(at(0, ImportIssueModel::ValueRole).toString(), QStringLiteral("12,0"));
        QCOMPARE(at(1, ImportIssueModel::ColumnRole).toString(), QString());
        QCOMPARE(at(2, ImportIssueModel::ColumnRole).toString(), QStringLiteral("Item Code (sku)"));
        QCOMPARE(at(2, ImportIssueModel::CodeRole).toString(), QStringLiteral("missing_field"));
        QVERIFY(model.roleNames().values().contains("reason"));
    }

    void columnsShowTheirTargets()
    {
        ImportColumnModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reset(ColumnMapping::guess({"SKU", "Name", "Colour"}),
                    {{"A-1", "Ghee", "yellow"}, {"A-2", "Paneer  200 g", ""}});
        QCOMPARE(model.rowCount(), 3);
        const auto at = [&model](int row, ImportColumnModel::Role role) {
            return model.data(model.index(row), role);
        };
        QCOMPARE(at(0, ImportColumnModel::TargetRole).toString(), QStringLiteral("sku"));
        QCOMPARE(at(0, ImportColumnModel::TargetIndexRole).toInt(), 2);
        QVERIFY(at(0, ImportColumnModel::RequiredRole).toBool());
        QCOMPARE(at(1, ImportColumnModel::SamplesRole).toString(),
                 QStringLiteral("Ghee  ·  Paneer 200 g"));
        QCOMPARE(at(2, ImportColumnModel::TargetRole).toString(), QString());
        QVERIFY(!at(2, ImportColumnModel::RequiredRole).toBool());
        QCOMPARE(ImportColumnModel::targets().size(), CatalogColumnCount + 1);

        // Colour fills the category path; moving SKU to it takes it from the first column.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setTarget(2, QStringLiteral("category_path"));
        QCOMPARE(at(2, ImportColumnModel::TargetRole).toString(), QStringLiteral("category_path"));
        QVERIFY(model.mapping().problems().isEmpty());
        model.setTarget(2, QStringLiteral("sku"));
        QCOMPARE(at(0, ImportColumnModel::TargetRole).toString(), QString());
        QCOMPARE(changed.count(), 2);
        QVERIFY(!model.mapping().problems().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestImportModels)
#include "tst_importmodels.moc"
