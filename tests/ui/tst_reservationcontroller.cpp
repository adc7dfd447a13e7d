// ReservationController against a real database, signed in as a store manager of Alpha's S1:
// reserve, release and commit go through api.* under that login, the list shows what they did
// in place, and the positions and ledger are checked as the superuser. Refusals surface the
// database's code, message and hint; the reconciliation panel reports a mismatch made behind
// the database's back.
#include "catalogfixture.h"
#include "db/dbexecutor.h"
#include "db/pgconnection.h"
#include "locationmodel.h"
#include "reservationcontroller.h"
#include "reservationfixture.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace stockroom;
using namespace stockroom::test;

class TestReservationController : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<DbExecutor> m_executor;
    std::unique_ptr<LocationModel> m_locations;
    std::unique_ptr<ReservationController> m_controller;
    ConnectionInfo m_staff;
    QString m_l1, m_l2;

    [[nodiscard]] QString super(const QString &sql, const QList<SqlParam> &params = {}) const
    {
        PgConnection c(m_db->info(), QStringLiteral("tst_reservationcontroller"));
        return c.scalar(sql, params).value_or(QString());
    }
    // "on hand/reserved" of a position at L1.
    [[nodiscard]] QString position(const QString &sku) const
    {
        return super(QStringLiteral("SELECT p.quantity_on_hand::float8 || '/' || "
                                    "p.quantity_reserved::float8 FROM stock_positions p JOIN "
                                    "variants v ON v.tenant_id = p.tenant_id AND v.id = "
                                    "p.variant_id WHERE v.tenant_id = $1 AND v.sku = $2 AND "
                                    "p.location_id = $3"),
                     {catalogfixture::TenantA, sku, m_l1});
    }
    [[nodiscard]] int commandCount() const
    {
        return super(QStringLiteral("SELECT count(*) FROM command_log")).toInt();
    }
    ReservationModel &model() { return *m_controller->model(); }
    [[nodiscard]] QVariant cell(const QString &id, int role)
    {
        const int row = model().indexOfId(id);
        return row < 0 ? QVariant() : model().data(model().index(row), role);
    }
    // Reserves and waits; returns the new reservation's id, or empty when refused.
    QString reserve(const QString &sku, const QString &order, const QString &quantity,
                    const QString &hold = {})
    {
        QSignalSpy finished(m_controller.get(), &ReservationController::reserveFinished);
        if (!m_controller->reserve(reservationfixture::variantId(m_db->info(), sku), m_l1, order,
                                   quantity, hold))
            return {};
        if (!finished.wait(20000))
            return {};
        return finished.constLast().at(1).toString();
    }
    bool rowCommand(bool commit, const QString &id)
    {
        QSignalSpy finished(m_controller.get(), &ReservationController::rowCommandFinished);
        if (!(commit ? m_controller->commit(id) : m_controller->release(id)))
            return false;
        if (!finished.wait(20000))
            return false;
        return finished.constLast().at(2).toBool();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = std::make_unique<TestDatabase>(QStringLiteral("reservationcontroller"));
        catalogfixture::load(m_db->info());
        reservationfixture::load(m_db->info());
        m_l1 = reservationfixture::locationId(m_db->info(), QStringLiteral("L1"));
        m_l2 = reservationfixture::locationId(m_db->info(), QStringLiteral("L2"));
        m_staff = catalogfixture::managerOfAlpha(*m_db);
        m_executor = std::make_unique<DbExecutor>(m_staff, QStringLiteral("test-db"));
        m_locations = std::make_unique<LocationModel>();
        m_controller = std::make_unique<ReservationController>();
        new QAbstractItemModelTester(m_controller->model(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     m_controller.get());
        m_locations->setSource(m_executor.get(), catalogfixture::TenantA);
        m_controller->setSource(m_executor.get(), catalogfixture::TenantA, m_locations.get());
        QTRY_VERIFY_WITH_TIMEOUT(model().loadedOnce() && !model().isLoading(), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(m_controller->locationOptions().size(), 2, 20000);
    }

    void cleanupTestCase()
    {
        m_controller.reset();
        m_executor.reset();
        m_db.reset();
    }

    void locationsAreThePersonsScope()
    {
        QStringList labels;
        for (const QVariant &o : m_controller->locationOptions())
            labels << o.toMap().value(QStringLiteral("label")).toString();
        QCOMPARE(labels, (QStringList{QStringLiteral("L1 · Front store"),
                                      QStringLiteral("L2 · Back room")}));
    }

    void reserveShowsInTheListAndHoldsTheStock()
    {
        QCOMPARE(position(QStringLiteral("SKU-150")), QStringLiteral("12/0"));
        const QString id = reserve(QStringLiteral("SKU-150"), QStringLiteral("ORD-NEW-1"),
                                   QStringLiteral("5"), QStringLiteral("45"));
        QVERIFY2(!id.isEmpty(),
                 qPrintable(m_controller->reserveError().value("message").toString()));
        QVERIFY(m_controller->reserveError().isEmpty());
        QVERIFY(!m_controller->isReserving());
        // Listed where it sorts (45 minutes left), selected, and said so.
        QCOMPARE(m_controller->selectedId(), id);
        QCOMPARE(cell(id, ReservationModel::OrderRole).toString(), QStringLiteral("ORD-NEW-1"));
        QCOMPARE(cell(id, ReservationModel::QuantityRole).toString(), QStringLiteral("5 pc"));
        QCOMPARE(cell(id, ReservationModel::StatusRole).toString(), QStringLiteral("active"));
        const QString left = cell(id, ReservationModel::TimeLeftRole).toString();
        QVERIFY2(left.startsWith(QLatin1String("44:")) || left == QLatin1String("45:00"),
                 qPrintable(left));
        QVERIFY(m_controller->notice().startsWith(
            QStringLiteral("Reserved 5 pc of SKU-150 for order ORD-NEW-1 at L1, held until ")));
        // The database holds it, made by this login, for 45 minutes.
        QCOMPARE(position(QStringLiteral("SKU-150")), QStringLiteral("12/5"));
        QCOMPARE(super(QStringLiteral("SELECT status || ' ' || reserved_qty::float8 || ' ' || "
                                      "(created_by = $2) || ' ' || round(extract(epoch FROM "
                                      "expires_at - created_at) / 60) FROM stock_reservations "
                                      "WHERE id = $1"),
                       {id, m_staff.value(QStringLiteral("user"))}),
                 QStringLiteral("active 5 true 45"));
        // A fresh load lists it too, in expiry order after the 44-minute one.
        model().reload();
        QTRY_VERIFY_WITH_TIMEOUT(!model().isLoading(), 20000);
        QVERIFY(model().indexOfId(id) >= 0);
    }

    void commitTurnsTheHoldIntoASale()
    {
        const QString id = m_controller->selectedId();
        QVERIFY(!id.isEmpty());
        QVERIFY2(rowCommand(true, id),
                 qPrintable(
                     cell(id, ReservationModel::RefusalRole).toMap().value("message").toString()));
        // Changed in place, with its closing time, and no longer actionable.
        QCOMPARE(cell(id, ReservationModel::StatusRole).toString(), QStringLiteral("committed"));
        QVERIFY(!cell(id, ReservationModel::ClosedAtRole).toString().isEmpty());
        QVERIFY(!cell(id, ReservationModel::CanCommitRole).toBool());
        QVERIFY(!cell(id, ReservationModel::BusyRole).toBool());
        QCOMPARE(m_controller->notice(),
                 QStringLiteral("Order ORD-NEW-1 committed as a sale: 5 pc of SKU-150 left the "
                                "stock at L1."));
        // 5 left on-hand and the hold is gone; the ledger has the sale for the order.
        QCOMPARE(position(QStringLiteral("SKU-150")), QStringLiteral("7/0"));
        QCOMPARE(super(QStringLiteral("SELECT movement_type || ' ' || quantity_delta::float8 || "
                                      "' ' || reference_id FROM stock_movements m JOIN variants "
                                      "v ON v.tenant_id = m.tenant_id AND v.id = m.variant_id "
                                      "WHERE v.sku = 'SKU-150' AND m.tenant_id = $1"),
                       {catalogfixture::TenantA}),
                 QStringLiteral("sale_committed -5 ORD-NEW-1"));
        // Committing again: the database refuses, and the row says why.
        QVERIFY(!rowCommand(true, id));
        const QVariantMap refusal = cell(id, ReservationModel::RefusalRole).toMap();
        QCOMPARE(refusal.value(QStringLiteral("code")).toString(),
                 QStringLiteral("reservation_not_active"));
        QCOMPARE(refusal.value(QStringLiteral("headline")).toString(),
                 QStringLiteral("Reservation no longer active"));
        QVERIFY(refusal.value(QStringLiteral("message"))
                    .toString()
                    .startsWith(
                        QStringLiteral("The reservation of order ORD-NEW-1 was committed at ")));
        m_controller->dismissRowError(id);
        QVERIFY(cell(id, ReservationModel::RefusalRole).toMap().isEmpty());
    }

    void releaseGivesTheStockBack()
    {
        const QString id =
            reserve(QStringLiteral("SKU-151"), QStringLiteral("ORD-NEW-2"), QStringLiteral("2.5"));
        QVERIFY(!id.isEmpty());
        QCOMPARE(position(QStringLiteral("SKU-151")), QStringLiteral("12/2.5"));
        // Held for L1's default of 15 minutes.
        QCOMPARE(super(QStringLiteral("SELECT round(extract(epoch FROM expires_at - created_at)) "
                                      "FROM stock_reservations WHERE id = $1"),
                       {id}),
                 QStringLiteral("900"));
        QVERIFY(rowCommand(false, id));
        QCOMPARE(cell(id, ReservationModel::StatusRole).toString(), QStringLiteral("released"));
        QCOMPARE(cell(id, ReservationModel::TimeLeftRole).toString(), QString());
        QCOMPARE(position(QStringLiteral("SKU-151")), QStringLiteral("12/0"));
        QCOMPARE(m_controller->notice(),
                 QStringLiteral("Order ORD-NEW-2 released: 2.5 pc of SKU-151 is available again "
                                "at L1."));
    }

    void releasedElsewhereShowsAsItNowIs()
    {
        const QString id =
            reserve(QStringLiteral("SKU-152"), QStringLiteral("ORD-NEW-3"), QStringLiteral("1"));
        QVERIFY(!id.isEmpty());
        // The same person releases it from another window.
        {
            PgConnection other(m_staff, QStringLiteral("other-window"));
            other.exec(QStringLiteral("SELECT api.release_reservation(gen_random_uuid(), $1)"),
                       {id});
        }
        QCOMPARE(cell(id, ReservationModel::StatusRole).toString(), QStringLiteral("active"));
        QVERIFY(!rowCommand(true, id));
        QCOMPARE(cell(id, ReservationModel::RefusalRole).toMap().value("code").toString(),
                 QStringLiteral("reservation_not_active"));
        QTRY_COMPARE_WITH_TIMEOUT(cell(id, ReservationModel::StatusRole).toString(),
                                  QStringLiteral("released"), 20000);
    }

    void commitOfAnOverdueOneIsRefused()
    {
        model().setView(QStringLiteral("active"));
        QTRY_VERIFY_WITH_TIMEOUT(!model().isLoading(), 20000);
        const ReservationRow overdue = model().rowAt(0);
        QCOMPARE(overdue.orderId, QStringLiteral("ORD-A0122"));
        QVERIFY(!cell(overdue.id, ReservationModel::CanCommitRole).toBool());
        // The screen disables it; the database refuses it anyway.
        QVERIFY(!rowCommand(true, overdue.id));
        const QVariantMap refusal = cell(overdue.id, ReservationModel::RefusalRole).toMap();
        QCOMPARE(refusal.value("code").toString(), QStringLiteral("reservation_not_active"));
        QVERIFY(refusal.value("message").toString().contains(QLatin1String("expired at")));
        QCOMPARE(refusal.value("hint").toString(),
                 QStringLiteral("Its stock is given back automatically. Reserve again if the "
                                "order still needs it."));
        // Releasing it now is fine.
        QVERIFY(rowCommand(false, overdue.id));
        QCOMPARE(cell(overdue.id, ReservationModel::StatusRole).toString(),
                 QStringLiteral("released"));
        QCOMPARE(position(QStringLiteral("SKU-122")), QStringLiteral("12/0"));
    }

    void insufficientStockIsRefusedWithTheDatabasesWords()
    {
        const int before = commandCount();
        QVERIFY(reserve(QStringLiteral("SKU-153"), QStringLiteral("ORD-BIG"), QStringLiteral("13"))
                    .isEmpty());
        const QVariantMap error = m_controller->reserveError();
        QCOMPARE(error.value("code").toString(), QStringLiteral("insufficient_stock"));
        QCOMPARE(error.value("headline").toString(), QStringLiteral("Not enough stock"));
        QCOMPARE(error.value("message").toString(),
                 QStringLiteral("Only 12 of SKU-153 can be reserved at L1 (12 on hand, 0 "
                                "reserved); 13 requested."));
        QCOMPARE(error.value("hint").toString(),
                 QStringLiteral("Reserve less, or receive stock first."));
        QCOMPARE(m_controller->fieldErrors().value("quantity").toString(),
                 QStringLiteral("More than can be reserved here."));
        QCOMPARE(position(QStringLiteral("SKU-153")), QStringLiteral("12/0"));
        QCOMPARE(commandCount(), before);
        QCOMPARE(m_controller->notice(), QString());
        // Editing the quantity unmarks it; the refusal stays until the next send.
        m_controller->clearFieldError(QStringLiteral("quantity"));
        QVERIFY(m_controller->fieldErrors().isEmpty());
        QVERIFY(!m_controller->reserveError().isEmpty());
        // The same order again for an item it already holds.
        QVERIFY(reserve(QStringLiteral("SKU-003"), QStringLiteral("ORD-A0003"), QStringLiteral("1"))
                    .isEmpty());
        QCOMPARE(m_controller->reserveError().value("code").toString(),
                 QStringLiteral("already_exists"));
        QVERIFY(m_controller->fieldErrors().contains(QStringLiteral("order")));
    }

    void clientSideChecksSendNothing_data()
    {
        QTest::addColumn<bool>("withVariant");
        QTest::addColumn<bool>("withLocation");
        QTest::addColumn<QString>("order");
        QTest::addColumn<QString>("quantity");
        QTest::addColumn<QString>("hold");
        QTest::addColumn<QStringList>("fields");
        QTest::newRow("no item") << false << true << "O-1"
                                 << "1"
                                 << "" << QStringList{"variant"};
        QTest::newRow("no location") << true << false << "O-1"
                                     << "1"
                                     << "" << QStringList{"location"};
        QTest::newRow("no order") << true << true << "  "
                                  << "1"
                                  << "" << QStringList{"order"};
        QTest::newRow("order too long") << true << true << QString(121, QLatin1Char('x')) << "1"
                                        << "" << QStringList{"order"};
        QTest::newRow("zero") << true << true << "O-1"
                              << "0"
                              << "" << QStringList{"quantity"};
        QTest::newRow("negative") << true << true << "O-1"
                                  << "-2"
                                  << "" << QStringList{"quantity"};
        QTest::newRow("grouped") << true << true << "O-1"
                                 << "1,5"
                                 << "" << QStringList{"quantity"};
        QTest::newRow("five decimals") << true << true << "O-1"
                                       << "0.12345"
                                       << "" << QStringList{"quantity"};
        QTest::newRow("hold zero") << true << true << "O-1"
                                   << "1"
                                   << "0" << QStringList{"hold"};
        QTest::newRow("hold over 7 days") << true << true << "O-1"
                                          << "1"
                                          << "10081" << QStringList{"hold"};
        QTest::newRow("hold not whole") << true << true << "O-1"
                                        << "1"
                                        << "1.5" << QStringList{"hold"};
        QTest::newRow("everything")
            << false << false << ""
            << ""
            << "x" << QStringList{"hold", "location", "order", "quantity", "variant"};
    }

    void clientSideChecksSendNothing()
    {
        QFETCH(bool, withVariant);
        QFETCH(bool, withLocation);
        QFETCH(QString, order);
        QFETCH(QString, quantity);
        QFETCH(QString, hold);
        QFETCH(QStringList, fields);
        const int before = commandCount();
        QSignalSpy reserving(m_controller.get(), &ReservationController::reservingChanged);
        QVERIFY(!m_controller->reserve(
            withVariant ? reservationfixture::variantId(m_db->info(), QStringLiteral("SKU-160"))
                        : QString(),
            withLocation ? m_l1 : QString(), order, quantity, hold));
        QCOMPARE(m_controller->fieldErrors().keys(), fields);
        QCOMPARE(reserving.size(), 0);
        QCOMPARE(commandCount(), before);
    }

    void formLooksUpItemsAndTheLocation()
    {
        m_controller->setVariantSearch(catalogfixture::ean13(160));
        QTRY_VERIFY_WITH_TIMEOUT(
            !m_controller->variantSearching() && m_controller->variantMatches().size() == 1, 20000);
        const QVariantMap match = m_controller->variantMatches().first().toMap();
        QCOMPARE(match.value("sku").toString(), QStringLiteral("SKU-160"));
        QCOMPARE(match.value("pack").toString(), QStringLiteral("500 g"));
        m_controller->setVariantSearch(QStringLiteral("item 16"));
        QTRY_VERIFY_WITH_TIMEOUT(!m_controller->variantSearching() &&
                                     m_controller->variantMatches().size() ==
                                         ReservationController::VariantMatchLimit,
                                 20000);

        // SKU-005 at L1: 12 on hand, 1 held by the fixture.
        m_controller->loadTarget(
            reservationfixture::variantId(m_db->info(), QStringLiteral("SKU-005")), m_l1);
        QTRY_VERIFY_WITH_TIMEOUT(m_controller->target().value("loaded").toBool(), 20000);
        const QVariantMap t = m_controller->target();
        QCOMPARE(t.value("ttlMinutes").toInt(), 15);
        QCOMPARE(t.value("locationCode").toString(), QStringLiteral("L1"));
        QVERIFY(t.value("hasPosition").toBool());
        QCOMPARE(t.value("onHand").toString(), QStringLiteral("12"));
        QCOMPARE(t.value("reserved").toString(), QStringLiteral("1"));
        QCOMPARE(t.value("reservable").toString(), QStringLiteral("11"));
        // Never stocked at L2.
        m_controller->loadTarget(
            reservationfixture::variantId(m_db->info(), QStringLiteral("SKU-200")), m_l2);
        QTRY_VERIFY_WITH_TIMEOUT(m_controller->target().value("loaded").toBool(), 20000);
        QVERIFY(!m_controller->target().value("hasPosition").toBool());
    }

    void reconciliationBalancesOnSeededData()
    {
        ReservationReconciliationController *check = m_controller->reconciliation();
        check->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(check->loadedOnce() && !check->isLoading(), 20000);
        QCOMPARE(check->errorText(), QString());
        QVERIFY(check->balanced());
        QCOMPARE(check->mismatchCount(), 0);
        // Alpha's L1 (250 positions) and L2 (50), nothing of Beta's.
        QCOMPARE(check->result().positions, qint64(300));
        QCOMPARE(check->totalReserved(), check->totalHeld());
        QCOMPARE(check->totalReserved(),
                 super(QStringLiteral("SELECT sum(quantity_reserved)::float8 FROM stock_positions "
                                      "WHERE tenant_id = $1"),
                       {catalogfixture::TenantA}));
        QCOMPARE(check->overdue(), reservationfixture::OverdueL1 - 1); // one was released above
        QVERIFY(!check->checkedAt().isEmpty());
    }

    void reconciliationReportsAMismatch()
    {
        // Behind the database's back, as the superuser.
        (void)super(
            QStringLiteral("UPDATE stock_positions SET quantity_reserved = quantity_reserved + 1 "
                           "WHERE tenant_id = $1 AND location_id = $2 AND variant_id = $3"),
            {catalogfixture::TenantA, m_l1,
             reservationfixture::variantId(m_db->info(), QStringLiteral("SKU-005"))});
        ReservationReconciliationController *check = m_controller->reconciliation();
        check->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!check->isLoading(), 20000);
        QVERIFY(!check->balanced());
        QCOMPARE(check->mismatchCount(), 1);
        const QVariantMap m = check->mismatches().first().toMap();
        QCOMPARE(m.value("sku").toString(), QStringLiteral("SKU-005"));
        QCOMPARE(m.value("locationCode").toString(), QStringLiteral("L1"));
        QCOMPARE(m.value("reserved").toString(), QStringLiteral("2"));
        QCOMPARE(m.value("held").toString(), QStringLiteral("1"));
        QCOMPARE(m.value("difference").toString(), QStringLiteral("+1"));
        QCOMPARE(m.value("activeCount").toInt(), 1);
        // The panel checks the location the list shows: L2 is fine.
        model().setLocationId(m_l2);
        QCOMPARE(check->locationId(), m_l2);
        QTRY_VERIFY_WITH_TIMEOUT(check->loadedOnce() && !check->isLoading(), 20000);
        QVERIFY(check->balanced());
        QCOMPARE(check->result().positions, qint64(50));
        QCOMPARE(check->activeReservations(), QStringLiteral("10"));
        QCOMPARE(check->totalHeld(), QStringLiteral("20"));
        model().setLocationId({});
        QTRY_VERIFY_WITH_TIMEOUT(check->loadedOnce() && !check->isLoading(), 20000);
        QCOMPARE(check->mismatchCount(), 1);
    }
};

QTEST_MAIN(TestReservationController)
#include "tst_reservationcontroller.moc"
