// The Store view's model against a real database, as a store manager of Alpha's store S1 (the
// stock screen fixture: shop floor L1 and dark store DS1-L): which location it starts on,
// paging to the end, search, another location, and a location outside the person's scope said
// plainly. QAbstractItemModelTester watches every change.
#include "catalogfixture.h"
#include "db/dbexecutor.h"
#include "db/pgconnection.h"
#include "locationmodel.h"
#include "stockfixture.h"
#include "stockscreenfixture.h"
#include "storecatalogmodel.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace stockroom;
using namespace stockroom::test;

class TestStoreCatalogModel : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<DbExecutor> m_executor;

    static bool settled(const StoreCatalogModel &model)
    {
        return QTest::qWaitFor([&]() { return model.loadedOnce() && !model.isLoading(); }, 15000);
    }
    static QString value(const StoreCatalogModel &model, int row, int role)
    {
        return model.data(model.index(row), role).toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = std::make_unique<TestDatabase>(QStringLiteral("storecatalogmodel"));
        stockscreenfixture::load(m_db->info());
        m_executor = std::make_unique<DbExecutor>(stockscreenfixture::manager(*m_db),
                                                  QStringLiteral("test-db"));
    }
    void cleanupTestCase()
    {
        m_executor.reset();
        m_db.reset();
    }

    void startsOnAShopFloorAndPagesToTheEnd()
    {
        LocationModel locations;
        StoreCatalogModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        locations.setSource(m_executor.get(), catalogfixture::TenantA);
        model.setSource(m_executor.get(), catalogfixture::TenantA, &locations);
        QVERIFY(settled(model));
        // DS1-L sorts first, but a store manager starts on the shop floor.
        QCOMPARE(model.locationId(),
                 stockscreenfixture::locationId(m_db->info(), QStringLiteral("L1")));
        QCOMPARE(model.rowCount(), StoreCatalogModel::PageSize);
        QVERIFY(model.hasMore());
        while (model.canFetchMore({})) {
            model.fetchMore({});
            QVERIFY(QTest::qWaitFor([&]() { return !model.isLoading(); }, 15000));
        }
        QCOMPARE(model.rowCount(), catalogfixture::Variants);
        QStringList names;
        for (int i = 0; i < model.rowCount(); ++i)
            names << value(model, i, StoreCatalogModel::NameRole);
        QStringList sorted = names;
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(names, sorted);
        QCOMPARE(names.removeDuplicates(), 0);
        const int one = model.indexOf(stockscreenfixture::variantId(1));
        QCOMPARE(value(model, one, StoreCatalogModel::PriceRole), QStringLiteral("₹99.50"));
        QCOMPARE(value(model, one, StoreCatalogModel::MrpRole), QStringLiteral("MRP ₹120.00"));
        QCOMPARE(value(model, one, StoreCatalogModel::AvailableRole), QStringLiteral("12 pc"));
        QCOMPARE(value(model, one, StoreCatalogModel::OrderabilityRole),
                 QStringLiteral("orderable"));
        QCOMPARE(value(model, one, StoreCatalogModel::CategoryRole), QStringLiteral("Dairy"));
    }

    void searchesAndOtherLocations()
    {
        LocationModel locations;
        StoreCatalogModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        locations.setSource(m_executor.get(), catalogfixture::TenantA);
        model.setSource(m_executor.get(), catalogfixture::TenantA, &locations);
        QVERIFY(settled(model));
        model.setSearch(QStringLiteral("sku-04"));
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 10, 15000);
        QVERIFY(!model.hasMore());
        model.setLocationId(stockscreenfixture::locationId(m_db->info(), QStringLiteral("DS1-L")));
        QVERIFY(QTest::qWaitFor([&]() { return !model.isLoading(); }, 15000));
        QTRY_COMPARE_WITH_TIMEOUT(value(model, model.indexOf(stockscreenfixture::variantId(40)),
                                        StoreCatalogModel::AvailableRole),
                                  QStringLiteral("3 pc"), 15000);
        QCOMPARE(value(model, model.indexOf(stockscreenfixture::variantId(45)),
                       StoreCatalogModel::OrderabilityRole),
                 QStringLiteral("not_stocked"));
    }

    void theWhyOfAPriceSaysWhoseItIsAndUntilWhen()
    {
        guarded([&]() {
            PgConnection manager(stockscreenfixture::manager(*m_db),
                                 QStringLiteral("tst_storecatalogmodel"));
            (void)call(manager,
                       QStringLiteral("api.set_price($1, $2, $3, 'default', 120, 95, 5, NULL,"
                                      " '2099-01-01 00:00+05:30')"),
                       {newRequestId(), stockscreenfixture::variantId(3),
                        stockscreenfixture::locationId(m_db->info(), QStringLiteral("L1"))});
        });
        LocationModel locations;
        StoreCatalogModel model;
        locations.setSource(m_executor.get(), catalogfixture::TenantA);
        model.setSource(m_executor.get(), catalogfixture::TenantA, &locations);
        QVERIFY(settled(model));
        const int own = model.indexOf(stockscreenfixture::variantId(3));
        QCOMPARE(value(model, own, StoreCatalogModel::PriceRole), QStringLiteral("₹95.00"));
        QCOMPARE(value(model, own, StoreCatalogModel::PriceWhyRole),
                 QStringLiteral("This location's own price · until 1 Jan 2099"));
        QCOMPARE(value(model, model.indexOf(stockscreenfixture::variantId(4)),
                       StoreCatalogModel::PriceWhyRole),
                 QStringLiteral("Price for every location"));
    }

    void theWhyOfAChannelPriceNamesTheChannel()
    {
        StoreCatalogRow row;
        row.priceRule = QStringLiteral("location_channel");
        QCOMPARE(StoreCatalogModel::priceWhy(row, QStringLiteral("app")),
                 QStringLiteral("This location's app price"));
        row.priceRule = QStringLiteral("all_channel");
        QCOMPARE(StoreCatalogModel::priceWhy(row, QStringLiteral("app")),
                 QStringLiteral("Every location's app price"));
        row.priceRule = QStringLiteral("all_default");
        QCOMPARE(StoreCatalogModel::priceWhy(row, QStringLiteral("app")),
                 QStringLiteral("Price for every location"));
    }

    void aLocationOutsideTheScopeIsSaidPlainly()
    {
        LocationModel locations;
        StoreCatalogModel model;
        locations.setSource(m_executor.get(), catalogfixture::TenantA);
        model.setSource(m_executor.get(), catalogfixture::TenantA, &locations);
        QVERIFY(settled(model));
        // A location that is not the person's (unknown or another tenant's: the same answer):
        // refused, and none of the previous location's rows stays shown.
        model.setLocationId(QStringLiteral("41000000-0000-4000-8000-00000000ffff"));
        QTRY_VERIFY_WITH_TIMEOUT(!model.errorText().isEmpty(), 15000);
        QVERIFY2(model.errorText().contains(QLatin1String("outside your scope")),
                 qPrintable(model.errorText()));
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestStoreCatalogModel)
#include "tst_storecatalogmodel.moc"
