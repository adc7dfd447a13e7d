// The Stock screen's read models against a real database, read as a store manager of Alpha's
// store S1 under row-level security: keyset pages, every filter, barcode jumps, totals from SQL,
// the ledger, and the locations in scope. QAbstractItemModelTester watches every model.
#include "catalogfixture.h"
#include "db/dbexecutor.h"
#include "db/pgconnection.h"
#include "locationmodel.h"
#include "stock/stockrepository.h"
#include "stockledgermodel.h"
#include "stockpositionmodel.h"
#include "stockscreenfixture.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QtTest>

using namespace stockroom;
using namespace stockroom::test;

namespace {

bool waitLoaded(StockPositionModel &model)
{
    return QTest::qWaitFor(
        [&]() { return model.loadedOnce() && !model.isLoading() && !model.totalsLoading(); },
        15000);
}

QStringList column(const QAbstractItemModel &model, int role)
{
    QStringList values;
    for (int i = 0; i < model.rowCount(); ++i)
        values << model.data(model.index(i, 0), role).toString();
    return values;
}

QStringList skus(const QString &from, int first, int last)
{
    QStringList list;
    for (int i = first; i <= last; ++i)
        list << from + QStringLiteral("%1").arg(i, 3, 10, QLatin1Char('0'));
    return list;
}

} // namespace

class TestStockModels : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<DbExecutor> m_executor;
    QString m_l1, m_ds;

    [[nodiscard]] QString superScalar(const QString &sql, const QList<SqlParam> &params = {}) const
    {
        PgConnection c(m_db->info(), QStringLiteral("tst_stockmodels"));
        return c.scalar(sql, params).value_or(QString());
    }

    void loadAll(StockPositionModel &model)
    {
        while (model.canFetchMore({})) {
            model.fetchMore({});
            QVERIFY(QTest::qWaitFor([&]() { return !model.isLoading(); }, 15000));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = std::make_unique<TestDatabase>(QStringLiteral("stockmodels"));
        stockscreenfixture::load(m_db->info());
        m_l1 = stockscreenfixture::locationId(m_db->info(), QStringLiteral("L1"));
        m_ds = stockscreenfixture::locationId(m_db->info(), QStringLiteral("DS1-L"));
        m_executor = std::make_unique<DbExecutor>(stockscreenfixture::manager(*m_db),
                                                  QStringLiteral("test-db"));
    }

    void cleanupTestCase()
    {
        m_executor.reset();
        m_db.reset();
    }

    void locationsInScope()
    {
        LocationModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &LocationModel::loaded);
        model.setSource(m_executor.get(), catalogfixture::TenantA);
        QVERIFY(loaded.wait(15000));
        // Alpha's two locations of store S1, in code order; Beta's L1 never shows.
        QCOMPARE(column(model, LocationModel::CodeRole),
                 (QStringList{QStringLiteral("DS1-L"), QStringLiteral("L1")}));
        QCOMPARE(model.indexOf(m_l1), 1);
        QCOMPARE(model.labelOf(m_l1), QStringLiteral("L1 · Front store"));
        QCOMPARE(model.data(model.index(0, 0), LocationModel::TypeRole).toString(),
                 QStringLiteral("dark_store"));
        QCOMPARE(model.data(model.index(0, 0), LocationModel::StoreCodeRole).toString(),
                 QStringLiteral("S1"));
        QVERIFY(model.data(model.index(0, 0), LocationModel::ActiveRole).toBool());
    }

    void pagesEveryPositionInNameOrder()
    {
        StockPositionModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSource(m_executor.get(), catalogfixture::TenantA);
        QVERIFY(waitLoaded(model));
        QCOMPARE(model.rowCount(), StockPositionModel::PageSize);
        QVERIFY(model.hasMore());
        loadAll(model);
        // 249 at L1 (not SKU-007) and 5 at DS1-L; an item at both sorts its locations by code.
        QCOMPARE(model.rowCount(), 254);
        QVERIFY(!model.hasMore());
        QSet<QString> seen;
        for (int i = 0; i < model.rowCount(); ++i) {
            const StockPositionRow &r = model.rowAt(i);
            QVERIFY2(!seen.contains(r.positionId), qPrintable(r.sku));
            seen.insert(r.positionId);
            if (i > 0) {
                const StockPositionRow &p = model.rowAt(i - 1);
                QVERIFY(std::tie(p.sortKey, p.variantId, p.locationCode) <
                        std::tie(r.sortKey, r.variantId, r.locationCode));
            }
        }
        const int at040 = model.indexOf(stockscreenfixture::variantId(40), m_ds);
        QCOMPARE(model.data(model.index(at040), StockPositionModel::LocationCodeRole).toString(),
                 QStringLiteral("DS1-L"));
        QCOMPARE(
            model.data(model.index(at040 + 1), StockPositionModel::LocationCodeRole).toString(),
            QStringLiteral("L1"));
        QCOMPARE(model.data(model.index(at040), StockPositionModel::BinRole).toString(),
                 QStringLiteral("R1/00"));
        // Quantities are exact and grouped for people; states come from the figures.
        const QModelIndex first = model.index(0);
        QCOMPARE(first.data(StockPositionModel::SkuRole).toString(), QStringLiteral("SKU-000"));
        QCOMPARE(first.data(StockPositionModel::OnHandRole).toString(), QStringLiteral("12"));
        QCOMPARE(first.data(StockPositionModel::AvailableRole).toString(), QStringLiteral("12"));
        QCOMPARE(first.data(StockPositionModel::BinRole).toString(), QStringLiteral("B/07"));
        QCOMPARE(first.data(StockPositionModel::LevelRole).toString(), QStringLiteral("ok"));
        const QModelIndex out = model.index(model.indexOf(stockscreenfixture::variantId(10), m_l1));
        QCOMPARE(out.data(StockPositionModel::LevelRole).toString(), QStringLiteral("out"));
        const QModelIndex low = model.index(model.indexOf(stockscreenfixture::variantId(22), m_l1));
        QCOMPARE(low.data(StockPositionModel::LevelRole).toString(), QStringLiteral("low"));
        QCOMPARE(low.data(StockPositionModel::ReorderPointRole).toString(), QStringLiteral("20"));
        const QModelIndex expiring =
            model.index(model.indexOf(stockscreenfixture::variantId(30), m_l1));
        QVERIFY(expiring.data(StockPositionModel::ExpiringRole).toBool());
        QVERIFY(!first.data(StockPositionModel::ExpiringRole).toBool());
    }

    void filters_data()
    {
        QTest::addColumn<QString>("location");
        QTest::addColumn<QString>("category");
        QTest::addColumn<QString>("search");
        QTest::addColumn<bool>("low");
        QTest::addColumn<bool>("out");
        QTest::addColumn<bool>("expiring");
        QTest::addColumn<QStringList>("expected");
        const QString butter = QStringLiteral("10000000-0000-4000-8000-000000000002");
        QTest::newRow("dark store only") << QStringLiteral("DS1-L") << QString() << QString()
                                         << false << false << false << skus("SKU-", 40, 44);
        QTest::newRow("out") << QString() << QString() << QString() << false << true << false
                             << skus("SKU-", 10, 12);
        QTest::newRow("low") << QString() << QString() << QString() << true << false << false
                             << skus("SKU-", 20, 24);
        QTest::newRow("low or out") << QString() << QString() << QString() << true << true << false
                                    << skus("SKU-", 10, 12) + skus("SKU-", 20, 24);
        QTest::newRow("expiring") << QString() << QString() << QString() << false << false << true
                                  << QStringList{QStringLiteral("SKU-030")};
        QTest::newRow("category Butter, contains 14")
            << QStringLiteral("L1") << butter << QStringLiteral("item 14") << false << false
            << false << skus("SKU-", 140, 149);
        QTest::newRow("name prefix") << QStringLiteral("L1") << QString() << QStringLiteral("It")
                                     << false << true << false << skus("SKU-", 10, 12);
        QTest::newRow("sku contains")
            << QString() << QString() << QStringLiteral("sku-04") << false << false << false
            << QStringList{"SKU-040", "SKU-040", "SKU-041", "SKU-041", "SKU-042",
                           "SKU-042", "SKU-043", "SKU-043", "SKU-044", "SKU-044",
                           "SKU-045", "SKU-046", "SKU-047", "SKU-048", "SKU-049"};
        QTest::newRow("whole barcode")
            << QString() << QString() << catalogfixture::ean13(41) << false << false << false
            << QStringList{"SKU-041", "SKU-041"};
        QTest::newRow("barcode prefix")
            << QStringLiteral("L1") << QString() << catalogfixture::ean13(123).left(11) << false
            << false << false << skus("SKU-", 120, 129);
    }

    void filters()
    {
        QFETCH(QString, location);
        QFETCH(QString, category);
        QFETCH(QString, search);
        QFETCH(bool, low);
        QFETCH(bool, out);
        QFETCH(bool, expiring);
        QFETCH(QStringList, expected);

        StockPositionModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSource(m_executor.get(), catalogfixture::TenantA);
        QVERIFY(waitLoaded(model));
        model.setLocationId(location.isEmpty()
                                ? QString()
                                : stockscreenfixture::locationId(m_db->info(), location));
        model.setCategoryId(category);
        model.setLowOnly(low);
        model.setOutOnly(out);
        model.setExpiringOnly(expiring);
        model.setSearch(search);
        model.reload(); // now, not after the typing pause; earlier answers are dropped
        QVERIFY(waitLoaded(model));
        loadAll(model);
        QCOMPARE(column(model, StockPositionModel::SkuRole), expected);
        QCOMPARE(model.errorText(), QString());

        // The totals are SQL's own sums over the same filter (the superuser, with the same
        // conditions written out, agrees).
        QCOMPARE(model.totalsMap().value(QStringLiteral("note")).toString(), QString());
        const StockTotals &t = model.totals();
        QCOMPARE(t.positions, qint64(expected.size()));
        Quantity onHand;
        qint64 lows = 0, outs = 0;
        for (int i = 0; i < model.rowCount(); ++i) {
            onHand += model.rowAt(i).onHand;
            lows += model.rowAt(i).level() == QLatin1String("low");
            outs += model.rowAt(i).level() == QLatin1String("out");
        }
        QCOMPARE(t.onHand, onHand);
        QCOMPARE(t.low, lows);
        QCOMPARE(t.out, outs);
        QCOMPARE(model.barcodeMatch().isEmpty(),
                 !search.startsWith(QLatin1String("890")) || search.size() != 13);
    }

    void totalsMatchTheDatabase()
    {
        StockPositionModel model;
        model.setSource(m_executor.get(), catalogfixture::TenantA);
        QVERIFY(waitLoaded(model));
        const StockTotals &t = model.totals();
        QCOMPARE(QString::number(t.positions),
                 superScalar(QStringLiteral("SELECT count(*) FROM stock_positions sp JOIN "
                                            "locations l ON l.id = sp.location_id JOIN stores s "
                                            "ON s.id = l.store_id WHERE s.code = 'S1' AND "
                                            "sp.tenant_id = $1"),
                             {catalogfixture::TenantA}));
        QCOMPARE(t.onHand.toSqlString(),
                 superScalar(QStringLiteral("SELECT sum(quantity_on_hand) FROM stock_positions "
                                            "WHERE tenant_id = $1"),
                             {catalogfixture::TenantA}));
        QCOMPARE(t.out, 3);
        QCOMPARE(t.low, 5);
        const QVariantMap shown = model.totalsMap();
        QCOMPARE(shown.value(QStringLiteral("onHand")).toString(), QStringLiteral("2,967"));
        QCOMPARE(shown.value(QStringLiteral("note")).toString(), QString());
    }

    void barcodeJumpsToItsVariant()
    {
        StockPositionModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSource(m_executor.get(), catalogfixture::TenantA);
        QVERIFY(waitLoaded(model));
        QSignalSpy matched(&model, &StockPositionModel::barcodeMatchChanged);
        model.setSearch(catalogfixture::ean13(77));
        model.reload(); // a scanner's Enter: no pause
        QVERIFY(matched.wait(15000));
        QCOMPARE(model.barcodeMatch(), QStringLiteral("SKU-077 · Item 077 500 g"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.filter().variantId, stockscreenfixture::variantId(77));
        QVERIFY(waitLoaded(model));
        QCOMPARE(model.totals().positions, 1);
        // A barcode of no variant finds nothing, and says no match.
        model.setSearch(QStringLiteral("8901234567890"));
        model.reload();
        QVERIFY(QTest::qWaitFor([&]() { return model.barcodeMatch().isEmpty(); }, 15000));
        QVERIFY(waitLoaded(model));
        QCOMPARE(model.rowCount(), 0);
    }

    void ledgerNewestFirstPerPositionAndFilter()
    {
        // Three movements on SKU-050 at L1 after its opening balance, as the superuser.
        {
            PgConnection c(m_db->info(), QStringLiteral("tst_stockmodels"));
            c.exec(QStringLiteral(
                       "INSERT INTO stock_movements (tenant_id, variant_id, location_id,"
                       " movement_type, quantity_delta, reason, reference_type, reference_id,"
                       " performed_by, occurred_at) VALUES"
                       " ($1, $2, $3, 'damage', -1, 'Dropped', NULL, NULL, 'asha', now() - "
                       "interval '3 hours'),"
                       " ($1, $2, $3, 'receipt', 6.5, NULL, 'GRN', 'GRN-7', 'ravi', now() - "
                       "interval '2 hours'),"
                       " ($1, $2, $3, 'count_correction', -0.5, 'Stock count', 'count', 'x', "
                       "'asha', now() - interval '1 hour')"),
                   {catalogfixture::TenantA, stockscreenfixture::variantId(50), m_l1});
        }
        StockLedgerModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSource(m_executor.get(), catalogfixture::TenantA);
        model.setScope(LedgerScope{{}, stockscreenfixture::variantId(50), m_l1});
        QVERIFY(QTest::qWaitFor([&]() { return model.loadedOnce() && !model.isLoading(); }, 15000));
        QCOMPARE(model.errorText(), QString());
        QCOMPARE(column(model, StockLedgerModel::TypeRole),
                 (QStringList{"Count correction", "Receipt", "Damage", "Opening balance"}));
        QCOMPARE(column(model, StockLedgerModel::DeltaRole),
                 (QStringList{"-0.5", "+6.5", "-1", "+12"}));
        QCOMPARE(column(model, StockLedgerModel::WhoRole),
                 (QStringList{"asha", "ravi", "asha", "fixture"}));
        QCOMPARE(model.data(model.index(1), StockLedgerModel::ReferenceRole).toString(),
                 QStringLiteral("GRN · GRN-7"));
        QCOMPARE(model.data(model.index(2), StockLedgerModel::DirectionRole).toInt(), -1);

        // The ledger of a filter pages through every position's movements, newest first.
        StockFilter filter;
        filter.locationId = m_l1;
        model.setScope(LedgerScope{filter, {}, {}});
        QVERIFY(QTest::qWaitFor([&]() { return model.loadedOnce() && !model.isLoading(); }, 15000));
        QCOMPARE(model.rowCount(), StockLedgerModel::PageSize);
        QCOMPARE(model.data(model.index(0), StockLedgerModel::SkuRole).toString(),
                 QStringLiteral("SKU-050"));
        while (model.canFetchMore({})) {
            model.fetchMore({});
            QVERIFY(QTest::qWaitFor([&]() { return !model.isLoading(); }, 15000));
        }
        // 246 opening balances at L1 (249 positions less the three empty ones) and the three.
        QCOMPARE(model.rowCount(), 249);
        QSet<QString> ids;
        for (int i = 0; i < model.rowCount(); ++i) {
            ids.insert(model.rowAt(i).id);
            if (i > 0)
                QVERIFY(model.rowAt(i - 1).occurredAt >= model.rowAt(i).occurredAt);
        }
        QCOMPARE(ids.size(), 249);
        // Every location in scope: the dark store's five opening balances too.
        model.setScope(LedgerScope{StockFilter{}, {}, {}});
        QVERIFY(QTest::qWaitFor([&]() { return model.loadedOnce() && !model.isLoading(); }, 15000));
        while (model.canFetchMore({})) {
            model.fetchMore({});
            QVERIFY(QTest::qWaitFor([&]() { return !model.isLoading(); }, 15000));
        }
        QCOMPARE(model.rowCount(), 254);
        // A state filter narrows the ledger to the positions it shows: the low ones' openings.
        StockFilter low;
        low.low = true;
        model.setScope(LedgerScope{low, {}, {}});
        QVERIFY(QTest::qWaitFor([&]() { return model.loadedOnce() && !model.isLoading(); }, 15000));
        QStringList lowSkus = column(model, StockLedgerModel::SkuRole);
        lowSkus.sort(); // one opening time: the order among them is by id
        QCOMPARE(lowSkus, (QStringList{"SKU-020", "SKU-021", "SKU-022", "SKU-023", "SKU-024"}));
    }
};

QTEST_MAIN(TestStockModels)
#include "tst_stockmodels.moc"
