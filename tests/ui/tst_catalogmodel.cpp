// The catalog browser's models against a real database: keyset pages, search over name, SKU
// and barcode, the category subtree filter, tenant isolation, superseded queries, and the
// detail panel's data. QAbstractItemModelTester watches every change.
#include "catalog/catalogrepository.h"
#include "catalogfixture.h"
#include "catalogmodel.h"
#include "categorymodel.h"
#include "db/dbexecutor.h"
#include "db/sqlquery.h"
#include "testdatabase.h"
#include "variantdetailcontroller.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QtTest>

using namespace stockroom;
using namespace stockroom::test::catalogfixture;

namespace {

bool waitLoaded(CatalogModel &model)
{
    return QTest::qWaitFor([&]() { return model.loadedOnce() && !model.isLoading(); }, 15000);
}

QStringList column(const CatalogModel &model, int role)
{
    QStringList values;
    for (int i = 0; i < model.rowCount(); ++i)
        values << model.data(model.index(i), role).toString();
    return values;
}

} // namespace

class TestCatalogModel : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<DbExecutor> m_executor;
    ConnectionInfo m_staff; // the browser reads as a staff login, under row-level security
    QMap<int, QStringList> m_planResults;

private Q_SLOTS:
    void initTestCase()
    {
        m_db = std::make_unique<test::TestDatabase>(QStringLiteral("catalogmodel"));
        load(m_db->info());
        m_staff = managerOfAlpha(*m_db);
        m_executor = std::make_unique<DbExecutor>(m_staff, QStringLiteral("test-db"));
    }

    void cleanupTestCase()
    {
        m_executor.reset();
        m_db.reset();
    }

    void pagesInNameOrderWithoutGapsOrDuplicates()
    {
        CatalogModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSource(m_executor.get(), TenantA);
        QVERIFY(waitLoaded(model));
        QCOMPARE(model.rowCount(), CatalogModel::PageSize);
        QVERIFY(model.hasMore());
        QVERIFY(model.canFetchMore({}));
        while (model.canFetchMore({})) {
            const int before = model.rowCount();
            model.fetchMore({});
            QVERIFY(QTest::qWaitFor([&]() { return !model.isLoading(); }, 15000));
            QVERIFY(model.rowCount() > before);
        }
        QCOMPARE(model.rowCount(), Variants);
        QVERIFY(!model.hasMore());
        const QStringList names = column(model, CatalogModel::NameRole);
        QStringList sorted = names;
        sorted.sort();
        QCOMPARE(names, sorted);
        QCOMPARE(QSet<QString>(names.cbegin(), names.cend()).size(), Variants);
        QVERIFY(!names.contains(QStringLiteral("Item 001 foreign"))); // another tenant's item
        // Display values are formatted from exact types.
        QCOMPARE(model.data(model.index(0), CatalogModel::PriceRole).toString(),
                 QStringLiteral("₹99.50"));
        QCOMPARE(model.data(model.index(0), CatalogModel::PackRole).toString(),
                 QStringLiteral("500 g"));
        QCOMPARE(model.data(model.index(0), CatalogModel::AvailableRole).toString(),
                 QStringLiteral("12"));
        const int out = model.indexOfId(QStringLiteral("30000000-0000-4000-8000-000000000007"));
        QVERIFY(out >= 0);
        QCOMPARE(model.data(model.index(out), CatalogModel::StockStateRole).toString(),
                 QStringLiteral("out"));
    }

    void search_data()
    {
        QTest::addColumn<QString>("term");
        QTest::addColumn<QStringList>("expectedSkus");
        QTest::newRow("name substring")
            << QStringLiteral("item 01")
            << QStringList{QStringLiteral("SKU-010"), QStringLiteral("SKU-011"),
                           QStringLiteral("SKU-012"), QStringLiteral("SKU-013"),
                           QStringLiteral("SKU-014"), QStringLiteral("SKU-015"),
                           QStringLiteral("SKU-016"), QStringLiteral("SKU-017"),
                           QStringLiteral("SKU-018"), QStringLiteral("SKU-019")};
        QTest::newRow("case-insensitive sku")
            << QStringLiteral("sku-24")
            << QStringList{QStringLiteral("SKU-240"), QStringLiteral("SKU-241"),
                           QStringLiteral("SKU-242"), QStringLiteral("SKU-243"),
                           QStringLiteral("SKU-244"), QStringLiteral("SKU-245"),
                           QStringLiteral("SKU-246"), QStringLiteral("SKU-247"),
                           QStringLiteral("SKU-248"), QStringLiteral("SKU-249")};
        QTest::newRow("full barcode") << ean13(123) << QStringList{QStringLiteral("SKU-123")};
        QTest::newRow("barcode prefix")
            << ean13(123).left(11)
            << QStringList{QStringLiteral("SKU-120"), QStringLiteral("SKU-121"),
                           QStringLiteral("SKU-122"), QStringLiteral("SKU-123"),
                           QStringLiteral("SKU-124"), QStringLiteral("SKU-125"),
                           QStringLiteral("SKU-126"), QStringLiteral("SKU-127"),
                           QStringLiteral("SKU-128"), QStringLiteral("SKU-129")};
        QTest::newRow("wildcards are literal") << QStringLiteral("%") << QStringList{};
        QTest::newRow("underscore is literal") << QStringLiteral("item_0") << QStringList{};
        QTest::newRow("no match") << QStringLiteral("basmati") << QStringList{};
        QTest::newRow("surrounding spaces ignored")
            << QStringLiteral("  SKU-007 ") << QStringList{QStringLiteral("SKU-007")};
    }

    void search()
    {
        QFETCH(QString, term);
        QFETCH(QStringList, expectedSkus);
        CatalogModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSource(m_executor.get(), TenantA);
        QVERIFY(waitLoaded(model));
        model.setSearch(term);
        QVERIFY(QTest::qWaitFor(
            [&]() {
                return !model.isLoading() && column(model, CatalogModel::SkuRole) == expectedSkus;
            },
            15000));
        QCOMPARE(model.hasMore(), false);
    }

    void shortTermsMatchTheStartOfTheName()
    {
        CatalogModel model;
        model.setSource(m_executor.get(), TenantA);
        QVERIFY(waitLoaded(model));
        // "te" is inside every "Item …" name, but one or two characters match the start only.
        model.setSearch(QStringLiteral("te"));
        QVERIFY(
            QTest::qWaitFor([&]() { return !model.isLoading() && model.rowCount() == 0; }, 15000));
        model.setSearch(QStringLiteral("iT"));
        QVERIFY(QTest::qWaitFor(
            [&]() { return !model.isLoading() && model.rowCount() == CatalogModel::PageSize; },
            15000));
        QVERIFY(model.hasMore());
        // Three characters match anywhere.
        model.setSearch(QStringLiteral("tem"));
        QVERIFY(QTest::qWaitFor(
            [&]() { return !model.isLoading() && model.rowCount() == CatalogModel::PageSize; },
            15000));
    }

    void searchPlansAgree_data()
    {
        QTest::addColumn<QString>("term");
        QTest::newRow("shared prefix") << ean13(0).left(9);
        QTest::newRow("narrower prefix") << ean13(120).left(11);
        QTest::newRow("a hundred over several pages") << QStringLiteral("8900000001");
        QTest::newRow("text in names") << QStringLiteral("item 1");
        QTest::newRow("text in SKUs") << QStringLiteral("sku-2");
    }

    void searchPlansAgree()
    {
        // Whether pages come from collecting matches from the index and sorting them (a high
        // collect limit) or from walking the catalog in name order (a limit of 0), they are the
        // same, page after page.
        QFETCH(QString, term);
        QSqlDatabase db =
            openThreadConnection(m_staff, QStringLiteral("plans"), QStringLiteral("test"));
        const CatalogFilter filter{TenantA, term, {}};
        const QList<int> plans{1000000, 0};
        for (int plan = 0; plan < plans.size(); ++plan) {
            std::optional<CatalogCursor> cursor;
            QStringList skus;
            for (;;) {
                const auto rows = CatalogRepository::page(db, filter, cursor, 40, plans[plan]);
                for (const CatalogRow &r : rows)
                    skus << r.sku;
                if (rows.size() < 40)
                    break;
                cursor = CatalogCursor{rows.last().sortKey, rows.last().id};
            }
            QVERIFY(!skus.isEmpty());
            QStringList sorted = skus;
            sorted.sort();
            QCOMPARE(skus, sorted);
            m_planResults[plan] = skus;
        }
        for (int plan = 1; plan < plans.size(); ++plan)
            QCOMPARE(m_planResults.value(plan), m_planResults.value(0));
        db.close();
    }

    void categoryFilterIncludesSubcategories()
    {
        CatalogModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSource(m_executor.get(), TenantA);
        QVERIFY(waitLoaded(model));
        model.setCategoryId(QStringLiteral("10000000-0000-4000-8000-000000000002")); // Butter
        QVERIFY(
            QTest::qWaitFor([&]() { return !model.isLoading() && model.rowCount() == 50; }, 15000));
        model.setCategoryId(
            QStringLiteral("10000000-0000-4000-8000-000000000001")); // Dairy and Butter
        QVERIFY(QTest::qWaitFor(
            [&]() { return !model.isLoading() && model.rowCount() == 100 && model.hasMore(); },
            15000));
        model.loadMore();
        QVERIFY(QTest::qWaitFor([&]() { return !model.isLoading() && model.rowCount() == 150; },
                                15000));
        QVERIFY(!model.hasMore());
        // Search and category combine.
        model.setSearch(QStringLiteral("item 2"));
        QVERIFY(
            QTest::qWaitFor([&]() { return !model.isLoading() && model.rowCount() == 0; }, 15000));
    }

    void latestQueryWins()
    {
        CatalogModel model;
        model.setSource(m_executor.get(), TenantA);
        QVERIFY(waitLoaded(model));
        // Keystrokes faster than the pause: only the last term is queried and shown.
        model.setSearch(QStringLiteral("item 0"));
        model.setSearch(QStringLiteral("item 00"));
        model.setSearch(QStringLiteral("item 009"));
        QVERIFY(
            QTest::qWaitFor([&]() { return !model.isLoading() && model.rowCount() == 1; }, 15000));
        QTest::qWait(300);
        QCOMPARE(column(model, CatalogModel::SkuRole), QStringList{QStringLiteral("SKU-009")});
    }

    void categoryTreeWithCounts()
    {
        CategoryModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSource(m_executor.get(), TenantA);
        QVERIFY(QTest::qWaitFor([&]() { return model.rowCount() == 4; }, 15000));
        auto at = [&](int row, int role) {
            return model.data(model.index(row), role);
        };
        QCOMPARE(at(0, CategoryModel::IdRole).toString(), QString());
        QCOMPARE(at(0, CategoryModel::CountRole).toLongLong(), qint64(Variants));
        QCOMPARE(at(1, CategoryModel::NameRole).toString(), QStringLiteral("Dairy"));
        QCOMPARE(at(1, CategoryModel::CountRole).toLongLong(), qint64(150));
        QCOMPARE(at(2, CategoryModel::NameRole).toString(), QStringLiteral("Butter"));
        QCOMPARE(at(2, CategoryModel::DepthRole).toInt(), 1);
        QCOMPARE(at(3, CategoryModel::CountRole).toLongLong(), qint64(100));
    }

    void detailOfSelectedVariant()
    {
        VariantDetailController detail;
        detail.setSource(m_executor.get(), TenantA);
        QSignalSpy changed(&detail, &VariantDetailController::detailChanged);
        detail.setVariantId(QStringLiteral("30000000-0000-4000-8000-000000000123"));
        QVERIFY(QTest::qWaitFor([&]() { return !detail.detail().isEmpty(); }, 15000));
        const QVariantMap d = detail.detail();
        QCOMPARE(d.value(QStringLiteral("name")).toString(), QStringLiteral("Item 123 500 g"));
        QCOMPARE(d.value(QStringLiteral("category")).toString(), QStringLiteral("Dairy/Butter"));
        QCOMPARE(d.value(QStringLiteral("price")).toString(), QStringLiteral("₹99.50"));
        QCOMPARE(d.value(QStringLiteral("mrp")).toString(), QStringLiteral("₹120.00"));
        const QVariantList barcodes = d.value(QStringLiteral("barcodes")).toList();
        QCOMPARE(barcodes.size(), 1);
        QCOMPARE(barcodes.first().toMap().value(QStringLiteral("barcode")).toString(), ean13(123));
        const QVariantList stock = d.value(QStringLiteral("stock")).toList();
        QCOMPARE(stock.size(), 1);
        QCOMPARE(stock.first().toMap().value(QStringLiteral("bin")).toString(),
                 QStringLiteral("Aisle 3 · Rack B · Bin 07"));
        QCOMPARE(detail.errorText(), QString());

        // Another tenant's variant id shows nothing of it.
        detail.setVariantId(QStringLiteral("30000000-0000-4000-8000-999999999999"));
        QVERIFY(QTest::qWaitFor([&]() { return !detail.isLoading() && detail.detail().isEmpty(); },
                                15000));
        QCOMPARE(detail.errorText(), QStringLiteral("This item no longer exists."));
    }
};

QTEST_GUILESS_MAIN(TestCatalogModel)
#include "tst_catalogmodel.moc"
