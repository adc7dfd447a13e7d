// StockController against a real database, signed in as a store manager of Alpha's store S1:
// every command goes through api.* under that login and what it changed is read back as the
// superuser; refusals keep the form and say why; a second staff member changes stock behind the
// controller's back to provoke the database's own refusals and count conflicts.
#include "catalogfixture.h"
#include "db/dbexecutor.h"
#include "db/pgconnection.h"
#include "db/sqlsession.h"
#include "stock/stockcommands.h"
#include "stockcontroller.h"
#include "stockscreenfixture.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace stockroom;
using namespace stockroom::test;

class TestStockController : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<DbExecutor> m_executor;
    std::unique_ptr<StockController> m_controller;
    ConnectionInfo m_other; // another manager of S1, acting meanwhile
    QString m_login;
    QString m_l1, m_ds;

    [[nodiscard]] QString superScalar(const QString &sql, const QList<SqlParam> &params = {}) const
    {
        PgConnection c(m_db->info(), QStringLiteral("tst_stockcontroller"));
        return c.scalar(sql, params).value_or(QString());
    }
    [[nodiscard]] QString onHand(int item, const QString &location) const
    {
        return superScalar(QStringLiteral("SELECT quantity_on_hand::text FROM stock_positions"
                                          " WHERE variant_id = $1 AND location_id = $2"),
                           {stockscreenfixture::variantId(item), location});
    }
    [[nodiscard]] int commandCount() const
    {
        return superScalar(QStringLiteral("SELECT count(*) FROM command_log")).toInt();
    }
    // Someone else's adjustment, through the same command the app uses.
    void adjustMeanwhile(int item, const QString &location, const QString &delta, MovementType type)
    {
        PgConnection c(m_other, QStringLiteral("meanwhile"));
        PgSession session(c);
        AdjustStock a;
        a.variantId = stockscreenfixture::variantId(item);
        a.locationId = location;
        a.delta = *Quantity::parse(delta);
        a.type = type;
        (void)stockcommands::adjust(session, QUuid::createUuid(), a);
    }
    bool select(int item, const QString &location)
    {
        StockPositionModel *positions = m_controller->positions();
        const int row = positions->indexOf(stockscreenfixture::variantId(item), location);
        if (row < 0)
            return false;
        m_controller->select(row);
        return m_controller->selectedRow() == row &&
               QTest::qWaitFor([&]() { return !m_controller->batches()->isLoading(); }, 15000);
    }
    bool finish(QSignalSpy &spy)
    {
        if (!spy.wait(20000))
            return false;
        return spy.constLast().at(1).toBool();
    }
    bool showPositions(const QString &search, const QString &location = {})
    {
        StockPositionModel *p = m_controller->positions();
        p->setLocationId(location);
        p->setSearch(search);
        p->reload();
        return QTest::qWaitFor([&]() { return !p->isLoading() && !p->totalsLoading(); }, 15000);
    }
    [[nodiscard]] QString selected(const char *key) const
    {
        return m_controller->selected().value(QString::fromLatin1(key)).toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = std::make_unique<TestDatabase>(QStringLiteral("stockcontroller"));
        stockscreenfixture::load(m_db->info());
        m_l1 = stockscreenfixture::locationId(m_db->info(), QStringLiteral("L1"));
        m_ds = stockscreenfixture::locationId(m_db->info(), QStringLiteral("DS1-L"));
        m_executor = std::make_unique<DbExecutor>(stockscreenfixture::manager(*m_db, &m_login),
                                                  QStringLiteral("test-stock"));
        m_other = stockscreenfixture::manager(*m_db);
        m_controller = std::make_unique<StockController>();
        for (QAbstractItemModel *model : std::initializer_list<QAbstractItemModel *>{
                 m_controller->positions(), m_controller->ledger(), m_controller->batches(),
                 m_controller->inbound(), m_controller->countSheet()})
            new QAbstractItemModelTester(
                model, QAbstractItemModelTester::FailureReportingMode::QtTest, m_controller.get());
        m_controller->setSource(m_executor.get(), catalogfixture::TenantA);
        QVERIFY(showPositions({}));
        QCOMPARE(m_controller->positions()->errorText(), QString());
    }

    void cleanupTestCase()
    {
        m_controller.reset();
        m_executor.reset();
        m_db.reset();
    }

    void adjustOffersTheMovementsWithTheirDirection()
    {
        QStringList offered;
        for (const QVariant &t : StockController::movementTypes()) {
            const QVariantMap m = t.toMap();
            offered << m.value(QStringLiteral("key")).toString() + QLatin1Char(':') +
                           m.value(QStringLiteral("sign")).toString();
        }
        // Transfers have their own form, which records where the stock went.
        QCOMPARE(offered, (QStringList{"receipt:adds", "return:adds", "damage:removes",
                                       "expiry_writeoff:removes", "sale_committed:removes",
                                       "count_correction:either", "adjustment:either"}));
    }

    void damageRemovesAndTheRowShowsIt()
    {
        QVERIFY(select(1, m_l1));
        QSignalSpy finished(m_controller.get(), &StockController::commandFinished);
        m_controller->beginAction(QStringLiteral("adjust"));
        QCOMPARE(m_controller->preview(QStringLiteral("damage"), QStringLiteral("2"), false),
                 QStringLiteral("On hand 12 → 10 · available 12 → 10"));
        QVERIFY(m_controller->adjust(QStringLiteral("damage"), QStringLiteral("2"), false,
                                     QStringLiteral("Crushed"), QStringLiteral("GRN"),
                                     QStringLiteral("GRN-1")));
        QVERIFY(m_controller->isBusy());
        QVERIFY2(finish(finished), qPrintable(m_controller->commandError()));
        QVERIFY(!m_controller->isBusy());
        QCOMPARE(onHand(1, m_l1), QStringLiteral("10.0000"));
        QCOMPARE(superScalar(QStringLiteral(
                                 "SELECT concat_ws('|', movement_type, quantity_delta, reason,"
                                 " reference_type, reference_id, performed_by) FROM stock_movements"
                                 " WHERE variant_id = $1 AND movement_type <> 'opening_balance'"),
                             {stockscreenfixture::variantId(1)}),
                 QStringLiteral("damage|-2.0000|Crushed|GRN|GRN-1|") + m_login);
        // The row changed in place, and the selection with it.
        const int row = m_controller->positions()->indexOf(stockscreenfixture::variantId(1), m_l1);
        QCOMPARE(m_controller->positions()
                     ->data(m_controller->positions()->index(row), StockPositionModel::OnHandRole)
                     .toString(),
                 QStringLiteral("10"));
        QCOMPARE(selected("onHand"), QStringLiteral("10"));
        QCOMPARE(m_controller->notice(), QStringLiteral("Damage −2 SKU-001 at L1."));
        // The ledger panel shows the movement first.
        QTRY_VERIFY_WITH_TIMEOUT(m_controller->ledger()->rowCount() == 2, 15000);
        QCOMPARE(m_controller->ledger()
                     ->data(m_controller->ledger()->index(0), StockLedgerModel::TypeRole)
                     .toString(),
                 QStringLiteral("Damage"));
        QTRY_COMPARE_WITH_TIMEOUT(m_controller->positions()->totals().onHand.toSqlString(),
                                  QStringLiteral("2965.0000"), 15000);
    }

    void eitherWayTypesTakeTheChosenDirection()
    {
        QVERIFY(select(1, m_l1));
        QSignalSpy finished(m_controller.get(), &StockController::commandFinished);
        m_controller->beginAction(QStringLiteral("adjust"));
        QVERIFY(m_controller->adjust(QStringLiteral("adjustment"), QStringLiteral("1.25"), true, {},
                                     {}, {}));
        QVERIFY2(finish(finished), qPrintable(m_controller->commandError()));
        QCOMPARE(onHand(1, m_l1), QStringLiteral("8.7500"));
        m_controller->beginAction(QStringLiteral("adjust"));
        QVERIFY(m_controller->adjust(QStringLiteral("count_correction"), QStringLiteral("0.25"),
                                     false, {}, {}, {}));
        QVERIFY2(finish(finished), qPrintable(m_controller->commandError()));
        QCOMPARE(onHand(1, m_l1), QStringLiteral("9.0000"));
        // A type that only adds ignores the direction switch.
        m_controller->beginAction(QStringLiteral("adjust"));
        QVERIFY(
            m_controller->adjust(QStringLiteral("receipt"), QStringLiteral("1"), true, {}, {}, {}));
        QVERIFY2(finish(finished), qPrintable(m_controller->commandError()));
        QCOMPARE(onHand(1, m_l1), QStringLiteral("10.0000"));
    }

    void formChecksSendNothing_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("quantity");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("referenceType");
        QTest::addColumn<QStringList>("fields");
        const QString damage = QStringLiteral("damage");
        const QStringList qty{QStringLiteral("quantity")};
        QTest::newRow("no type") << QString() << "1" << QString() << QString()
                                 << QStringList{"type"};
        QTest::newRow("transfer is not an adjustment")
            << "transfer_out"
            << "1" << QString() << QString() << QStringList{"type"};
        QTest::newRow("empty") << damage << "" << QString() << QString() << qty;
        QTest::newRow("zero") << damage << "0" << QString() << QString() << qty;
        QTest::newRow("signed") << damage << "-3" << QString() << QString() << qty;
        QTest::newRow("five decimals") << damage << "1.23456" << QString() << QString() << qty;
        QTest::newRow("grouped") << damage << "1,200" << QString() << QString() << qty;
        QTest::newRow("words") << damage << "a dozen" << QString() << QString() << qty;
        QTest::newRow("more than available") << damage << "12.5" << QString() << QString() << qty;
        QTest::newRow("too large") << "receipt"
                                   << "123456789012345" << QString() << QString() << qty;
        QTest::newRow("long reason") << damage << "1" << QString(2001, QLatin1Char('x'))
                                     << QString() << QStringList{"reason"};
        QTest::newRow("long reference kind")
            << damage << "1" << QString() << QString(41, QLatin1Char('x'))
            << QStringList{"referenceType"};
    }

    void formChecksSendNothing()
    {
        QFETCH(QString, type);
        QFETCH(QString, quantity);
        QFETCH(QString, reason);
        QFETCH(QString, referenceType);
        QFETCH(QStringList, fields);
        QVERIFY(select(2, m_l1));
        const int before = commandCount();
        QSignalSpy busy(m_controller.get(), &StockController::busyChanged);
        QVERIFY(!m_controller->adjust(type, quantity, false, reason, referenceType, {}));
        QCOMPARE(m_controller->fieldErrors().keys(), fields);
        for (const QString &f : fields)
            QVERIFY(!m_controller->fieldErrors().value(f).toString().isEmpty());
        QTest::qWait(50);
        QCOMPARE(busy.count(), 0);
        QCOMPARE(commandCount(), before);
        QCOMPARE(onHand(2, m_l1), QStringLiteral("12.0000"));
        m_controller->clearFieldError(fields.first());
        QVERIFY(!m_controller->fieldErrors().contains(fields.first()));
    }

    void databaseRefusalIsShownWithItsHeadline()
    {
        // Someone else takes 11 of SKU-003 meanwhile; the list still says 12 are available.
        QVERIFY(select(3, m_l1));
        adjustMeanwhile(3, m_l1, QStringLiteral("-11"), MovementType::Damage);
        QCOMPARE(selected("available"), QStringLiteral("12"));
        QSignalSpy finished(m_controller.get(), &StockController::commandFinished);
        m_controller->beginAction(QStringLiteral("adjust"));
        QVERIFY(
            m_controller->adjust(QStringLiteral("damage"), QStringLiteral("5"), false, {}, {}, {}));
        QVERIFY(!finish(finished));
        QCOMPARE(m_controller->commandHeadline(), QStringLiteral("Not enough stock"));
        QVERIFY2(m_controller->commandError().startsWith(
                     QStringLiteral("Only 1 of SKU-003 is available at L1")),
                 qPrintable(m_controller->commandError()));
        QVERIFY(m_controller->commandError().contains(QLatin1Char('\n'))); // with the hint
        QVERIFY(m_controller->notice().isEmpty());
        QCOMPARE(onHand(3, m_l1), QStringLiteral("1.0000"));
        m_controller->clearMessages();
        QVERIFY(m_controller->commandHeadline().isEmpty());
    }

    void transferThenReceiveAtTheDarkStore()
    {
        QVERIFY(select(40, m_l1));
        QVERIFY(!m_controller->transfer(m_l1, QStringLiteral("5"), {}));
        QVERIFY(m_controller->fieldErrors().contains(QStringLiteral("destination")));
        QVERIFY(!m_controller->transfer({}, QStringLiteral("5"), {}));
        QVERIFY(m_controller->fieldErrors().contains(QStringLiteral("destination")));
        QVERIFY(!m_controller->transfer(m_ds, QStringLiteral("13"), {}));
        QVERIFY(m_controller->fieldErrors().contains(QStringLiteral("quantity")));

        QSignalSpy finished(m_controller.get(), &StockController::commandFinished);
        m_controller->beginAction(QStringLiteral("transfer"));
        QVERIFY(m_controller->transfer(m_ds, QStringLiteral("5"), QStringLiteral("Restock hub")));
        QVERIFY2(finish(finished), qPrintable(m_controller->commandError()));
        QCOMPARE(onHand(40, m_l1), QStringLiteral("7.0000"));
        QCOMPARE(superScalar(QStringLiteral("SELECT concat_ws('|', status, quantity, reason,"
                                            " sent_by) FROM stock_transfers WHERE variant_id = $1"),
                             {stockscreenfixture::variantId(40)}),
                 QStringLiteral("in_transit|5.0000|Restock hub|") + m_login);
        // The destination's row (listed too) shows the stock on its way.
        StockPositionModel *p = m_controller->positions();
        const int dsRow = p->indexOf(stockscreenfixture::variantId(40), m_ds);
        QVERIFY(dsRow >= 0);
        QTRY_COMPARE_WITH_TIMEOUT(
            p->data(p->index(dsRow), StockPositionModel::InTransitRole).toString(),
            QStringLiteral("5"), 15000);

        // Another item at the dark store: its own inbound list is empty, the location's is not.
        QVERIFY(select(42, m_ds));
        QCOMPARE(m_controller->inbound()->rowCount(), 0);
        m_controller->setInboundForLocation(true);
        QTRY_COMPARE_WITH_TIMEOUT(m_controller->inbound()->rowCount(), 1, 15000);
        QCOMPARE(m_controller->inbound()->index(0, 0).data(StockTransferModel::SkuRole).toString(),
                 QStringLiteral("SKU-040"));
        m_controller->setInboundForLocation(false);
        QTRY_COMPARE_WITH_TIMEOUT(m_controller->inbound()->rowCount(), 0, 15000);

        QVERIFY(select(40, m_ds));
        QCOMPARE(m_controller->inbound()->rowCount(), 1);
        const QModelIndex t = m_controller->inbound()->index(0, 0);
        QCOMPARE(t.data(StockTransferModel::FromRole).toString(), QStringLiteral("L1"));
        QCOMPARE(t.data(StockTransferModel::QuantityRole).toString(), QStringLiteral("5"));
        QCOMPARE(t.data(StockTransferModel::SentByRole).toString(), m_login);
        QVERIFY(m_controller->receiveTransfer(t.data(StockTransferModel::IdRole).toString()));
        QVERIFY2(finish(finished), qPrintable(m_controller->commandError()));
        QCOMPARE(onHand(40, m_ds), QStringLiteral("8.0000"));
        QCOMPARE(superScalar(QStringLiteral("SELECT quantity_in_transit::text FROM stock_positions"
                                            " WHERE variant_id = $1 AND location_id = $2"),
                             {stockscreenfixture::variantId(40), m_ds}),
                 QStringLiteral("0.0000"));
        QCOMPARE(superScalar(QStringLiteral("SELECT status || '|' || received_by FROM "
                                            "stock_transfers WHERE variant_id = $1"),
                             {stockscreenfixture::variantId(40)}),
                 QStringLiteral("received|") + m_login);
        QTRY_COMPARE_WITH_TIMEOUT(m_controller->inbound()->rowCount(), 0, 15000);
        QCOMPARE(selected("onHand"), QStringLiteral("8"));
        QCOMPARE(selected("inTransit"), QStringLiteral("0"));
    }

    void receiveBatchThenWriteItOff()
    {
        QVERIFY(select(60, m_l1));
        const QDate today = QDate::currentDate();
        const auto iso = [](const QDate &d) {
            return d.toString(Qt::ISODate);
        };
        // Checked before sending: expired, alert after expiry, no number, made in the future.
        QVERIFY(!m_controller->receiveBatch(QStringLiteral("B-60"), {}, QStringLiteral("10"),
                                            iso(today.addDays(-1)), {}, {}));
        QVERIFY(m_controller->fieldErrors().contains(QStringLiteral("expiry")));
        QVERIFY(!m_controller->receiveBatch(QStringLiteral("B-60"), {}, QStringLiteral("10"),
                                            iso(today.addDays(30)), iso(today.addDays(31)), {}));
        QVERIFY(m_controller->fieldErrors().contains(QStringLiteral("alert")));
        QVERIFY(!m_controller->receiveBatch(QStringLiteral(" "), {}, QStringLiteral("10"),
                                            iso(today.addDays(30)), {}, iso(today.addDays(1))));
        QCOMPARE(m_controller->fieldErrors().keys(), (QStringList{"batchNumber", "manufactured"}));

        QSignalSpy finished(m_controller.get(), &StockController::commandFinished);
        m_controller->beginAction(QStringLiteral("batch"));
        // Indian day-first dates are read too.
        QVERIFY(m_controller->receiveBatch(QStringLiteral("B-60"), QStringLiteral("LOT-9"),
                                           QStringLiteral("10"),
                                           today.addDays(30).toString(QStringLiteral("dd-MM-yyyy")),
                                           iso(today.addDays(20)), iso(today.addDays(-10))));
        QVERIFY2(finish(finished), qPrintable(m_controller->commandError()));
        QCOMPARE(onHand(60, m_l1), QStringLiteral("22.0000"));
        QCOMPARE(superScalar(QStringLiteral("SELECT concat_ws('|', lot_number, expiry_date,"
                                            " alert_date, quantity_on_hand, status) FROM"
                                            " inventory_batches WHERE batch_number = 'B-60'")),
                 QStringLiteral("LOT-9|%1|%2|10.0000|active")
                     .arg(iso(today.addDays(30)), iso(today.addDays(20))));
        QTRY_COMPARE_WITH_TIMEOUT(m_controller->batches()->rowCount(), 1, 15000);
        const QModelIndex b = m_controller->batches()->index(0, 0);
        QCOMPARE(b.data(StockBatchModel::BatchNumberRole).toString(), QStringLiteral("B-60"));
        QCOMPARE(b.data(StockBatchModel::ExpiryStateRole).toString(), QStringLiteral("ok"));
        QCOMPARE(b.data(StockBatchModel::OnHandRole).toString(), QStringLiteral("10"));
        const QString batchId = b.data(StockBatchModel::IdRole).toString();

        QVERIFY(!m_controller->writeOffBatch(batchId, QStringLiteral("11"),
                                             QStringLiteral("damage"), {}));
        QVERIFY(m_controller->fieldErrors().contains(QStringLiteral("quantity")));
        QVERIFY(!m_controller->writeOffBatch(batchId, QStringLiteral("1"),
                                             QStringLiteral("receipt"), {}));
        QVERIFY(m_controller->fieldErrors().contains(QStringLiteral("type")));
        m_controller->beginAction(QStringLiteral("writeoff"));
        QVERIFY(m_controller->writeOffBatch(batchId, QStringLiteral("3"), QStringLiteral("damage"),
                                            QStringLiteral("Torn")));
        QVERIFY2(finish(finished), qPrintable(m_controller->commandError()));
        QCOMPARE(onHand(60, m_l1), QStringLiteral("19.0000"));
        QCOMPARE(superScalar(QStringLiteral("SELECT concat_ws('|', m.movement_type,"
                                            " m.quantity_delta, m.reason) FROM stock_movements m"
                                            " JOIN inventory_batches b ON b.id = m.batch_id"
                                            " WHERE b.batch_number = 'B-60' AND m.quantity_delta"
                                            " < 0")),
                 QStringLiteral("damage|-3.0000|Torn"));
        // Empty quantity: everything left, as expired stock.
        m_controller->beginAction(QStringLiteral("writeoff"));
        QVERIFY(m_controller->writeOffBatch(batchId, {}, QStringLiteral("expiry_writeoff"), {}));
        QVERIFY2(finish(finished), qPrintable(m_controller->commandError()));
        QCOMPARE(onHand(60, m_l1), QStringLiteral("12.0000"));
        QTRY_COMPARE_WITH_TIMEOUT(
            m_controller->batches()->index(0, 0).data(StockBatchModel::StatusRole).toString(),
            QStringLiteral("depleted"), 15000);
        QVERIFY(
            !m_controller->batches()->index(0, 0).data(StockBatchModel::CanWriteOffRole).toBool());
    }

    void expiringBatchesAreFlagged()
    {
        QVERIFY(select(30, m_l1));
        QCOMPARE(m_controller->batches()->rowCount(), 2);
        QCOMPARE(
            m_controller->batches()->index(0, 0).data(StockBatchModel::BatchNumberRole).toString(),
            QStringLiteral("EXP-030"));
        QCOMPARE(
            m_controller->batches()->index(0, 0).data(StockBatchModel::ExpiryStateRole).toString(),
            QStringLiteral("alert"));
        QCOMPARE(
            m_controller->batches()->index(1, 0).data(StockBatchModel::ExpiryStateRole).toString(),
            QStringLiteral("ok"));
        QCOMPARE(m_controller->selected().value(QStringLiteral("expiring")).toBool(), true);
    }

    void countSheetRecordsEachLineAndResolvesConflicts()
    {
        QVERIFY(showPositions(QStringLiteral("item 07"), m_l1));
        QCOMPARE(m_controller->positions()->rowCount(), 10);
        StockCountModel *sheet = m_controller->countSheet();
        m_controller->startCount();
        QTRY_VERIFY_WITH_TIMEOUT(sheet->loadedOnce() && !sheet->isLoading(), 15000);
        QCOMPARE(sheet->rowCount(), 10);
        QVERIFY(!sheet->capped());
        const auto line = [&](int row, int role) {
            return sheet->index(row).data(role).toString();
        };
        QCOMPARE(line(0, StockCountModel::SkuRole), QStringLiteral("SKU-070"));
        QCOMPARE(line(0, StockCountModel::BinRole), QStringLiteral("3/B/07"));

        sheet->setCounted(0, QStringLiteral("10"));
        sheet->setCounted(1, QStringLiteral("12"));
        sheet->setCounted(2, QStringLiteral("15"));
        sheet->setCounted(3, QStringLiteral("lots"));
        sheet->setCounted(4, QStringLiteral("5"));
        QCOMPARE(line(0, StockCountModel::VarianceRole), QStringLiteral("-2"));
        QCOMPARE(line(1, StockCountModel::VarianceRole), QStringLiteral("0"));
        QCOMPARE(line(2, StockCountModel::VarianceRole), QStringLiteral("+3"));
        QCOMPARE(sheet->index(2).data(StockCountModel::VarianceSignRole).toInt(), 1);
        QCOMPARE(line(3, StockCountModel::VarianceRole), QString());
        QVERIFY(!line(3, StockCountModel::CountedProblemRole).isEmpty());
        QCOMPARE(sheet->invalidCount(), 1);
        sheet->setCounted(3, QString());
        QCOMPARE(sheet->enteredCount(), 4);

        // Meanwhile two of the counted positions change.
        adjustMeanwhile(72, m_l1, QStringLiteral("2"), MovementType::Receipt);
        adjustMeanwhile(74, m_l1, QStringLiteral("-1"), MovementType::Damage);

        QCOMPARE(sheet->submit(QStringLiteral("Cycle count aisle 3")), 4);
        QTRY_VERIFY_WITH_TIMEOUT(sheet->sendingCount() == 0, 15000);
        QCOMPARE(line(0, StockCountModel::StateRole), QStringLiteral("done"));
        QCOMPARE(line(1, StockCountModel::StateRole), QStringLiteral("done"));
        QCOMPARE(line(2, StockCountModel::StateRole), QStringLiteral("conflict"));
        QCOMPARE(line(4, StockCountModel::StateRole), QStringLiteral("conflict"));
        QCOMPARE(sheet->doneCount(), 2);
        QCOMPARE(sheet->conflictCount(), 2);
        QCOMPARE(onHand(70, m_l1), QStringLiteral("10.0000"));
        QCOMPARE(superScalar(QStringLiteral("SELECT concat_ws('|', movement_type, quantity_delta,"
                                            " reason, reference_type) FROM stock_movements WHERE"
                                            " variant_id = $1 AND movement_type <> "
                                            "'opening_balance'"),
                             {stockscreenfixture::variantId(70)}),
                 QStringLiteral("count_correction|-2.0000|Cycle count aisle 3|count"));
        // What changed, read again: old and new on hand side by side.
        QTRY_COMPARE_WITH_TIMEOUT(line(2, StockCountModel::NewOnHandRole), QStringLiteral("14"),
                                  15000);
        QCOMPARE(line(2, StockCountModel::OnHandRole), QStringLiteral("12"));
        QVERIFY(line(2, StockCountModel::MessageRole)
                    .startsWith(
                        QStringLiteral("Changed by someone else: SKU-072 at L1 changed since")));
        // The list shows the recorded count.
        StockPositionModel *p = m_controller->positions();
        QTRY_COMPARE_WITH_TIMEOUT(
            p->data(p->index(p->indexOf(stockscreenfixture::variantId(70), m_l1)),
                    StockPositionModel::OnHandRole)
                .toString(),
            QStringLiteral("10"), 15000);

        // Re-apply: the same count against the position as it is now.
        QVERIFY(sheet->reapply(2));
        QCOMPARE(line(2, StockCountModel::VarianceRole), QStringLiteral("+1"));
        QTRY_COMPARE_WITH_TIMEOUT(line(2, StockCountModel::StateRole), QStringLiteral("done"),
                                  15000);
        QCOMPARE(onHand(72, m_l1), QStringLiteral("15.0000"));
        // Discard: nothing recorded; the line shows the position as it is now.
        QTRY_COMPARE_WITH_TIMEOUT(line(4, StockCountModel::NewOnHandRole), QStringLiteral("11"),
                                  15000);
        sheet->discard(4);
        QCOMPARE(line(4, StockCountModel::StateRole), QStringLiteral("discarded"));
        QCOMPARE(line(4, StockCountModel::OnHandRole), QStringLiteral("11"));
        QCOMPARE(line(4, StockCountModel::CountedRole), QString());
        QCOMPARE(onHand(74, m_l1), QStringLiteral("11.0000"));
        // Done lines cannot be edited; each recorded line had its own request id.
        sheet->setCounted(0, QStringLiteral("99"));
        QCOMPARE(line(0, StockCountModel::CountedRole), QStringLiteral("10"));
        QCOMPARE(superScalar(QStringLiteral("SELECT count(DISTINCT request_id) FROM command_log"
                                            " WHERE command = 'record_count'")),
                 QStringLiteral("3"));
    }

    void signingOutEmptiesEverything()
    {
        QVERIFY(showPositions({}));
        QVERIFY(select(5, m_l1));
        m_controller->setSource(nullptr, {});
        QCOMPARE(m_controller->positions()->rowCount(), 0);
        QCOMPARE(m_controller->selectedRow(), -1);
        QCOMPARE(m_controller->batches()->rowCount(), 0);
        QCOMPARE(m_controller->ledger()->rowCount(), 0);
        QCOMPARE(m_controller->countSheet()->rowCount(), 0);
        QVERIFY(!m_controller->adjust(QStringLiteral("damage"), QStringLiteral("1"), false, {}, {},
                                      {}));
    }
};

QTEST_MAIN(TestStockController)
#include "tst_stockcontroller.moc"
