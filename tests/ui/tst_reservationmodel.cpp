// The Reservations list against a real database, read as a store manager of Alpha under
// row-level security: keyset pages in the right order per status, the location filter, search,
// tenant isolation, the countdown (ticks repaint without querying), and rows replaced or
// inserted in place. QAbstractItemModelTester watches every change.
#include "catalogfixture.h"
#include "db/dbexecutor.h"
#include "reservationfixture.h"
#include "reservationmodel.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QtTest>

using namespace stockroom;
using namespace stockroom::test;

namespace {

bool waitIdle(ReservationModel &model)
{
    return QTest::qWaitFor([&]() { return model.loadedOnce() && !model.isLoading(); }, 15000);
}

bool loadAll(ReservationModel &model)
{
    if (!waitIdle(model))
        return false;
    while (model.canFetchMore({})) {
        model.fetchMore({});
        if (!QTest::qWaitFor([&]() { return !model.isLoading(); }, 15000))
            return false;
    }
    return true;
}

QStringList column(const ReservationModel &model, int role)
{
    QStringList values;
    for (int i = 0; i < model.rowCount(); ++i)
        values << model.data(model.index(i), role).toString();
    return values;
}

} // namespace

class TestReservationModel : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<DbExecutor> m_executor;
    QString m_l2;

    std::unique_ptr<ReservationModel> makeModel(const QString &view)
    {
        auto model = std::make_unique<ReservationModel>();
        new QAbstractItemModelTester(
            model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest, model.get());
        model->setView(view);
        model->setSource(m_executor.get(), catalogfixture::TenantA);
        return model;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = std::make_unique<TestDatabase>(QStringLiteral("reservationmodel"));
        catalogfixture::load(m_db->info());
        reservationfixture::load(m_db->info());
        m_l2 = reservationfixture::locationId(m_db->info(), QStringLiteral("L2"));
        m_executor = std::make_unique<DbExecutor>(catalogfixture::managerOfAlpha(*m_db),
                                                  QStringLiteral("test-db"));
    }

    void cleanupTestCase()
    {
        m_executor.reset();
        m_db.reset();
    }

    void activePagesSoonestExpiryFirst()
    {
        auto model = makeModel(QStringLiteral("active"));
        QVERIFY(waitIdle(*model));
        QCOMPARE(model->rowCount(), ReservationModel::PageSize);
        QVERIFY(model->hasMore());
        QVERIFY(loadAll(*model));
        QCOMPARE(model->rowCount(), reservationfixture::Active);
        const QStringList orders = column(*model, ReservationModel::OrderRole);
        QCOMPARE(QSet<QString>(orders.cbegin(), orders.cend()).size(), reservationfixture::Active);
        QVERIFY(!orders.contains(QStringLiteral("ORD-FOREIGN"))); // Beta's
        // The most overdue first, then by expiry: L1's 120 (10…129 minutes) interleave with L2's
        // ten at 30½ minutes.
        QCOMPARE(orders.mid(0, 4),
                 (QStringList{QStringLiteral("ORD-A0122"), QStringLiteral("ORD-A0121"),
                              QStringLiteral("ORD-A0120"), QStringLiteral("ORD-A0000")}));
        QCOMPARE(orders.indexOf(QStringLiteral("ORD-B0000")), 3 + 21);
        QCOMPARE(orders.last(), QStringLiteral("ORD-A0119"));
        QCOMPARE(model->overdueLoaded(), reservationfixture::OverdueL1);
        // Display values come from exact types and the server's clock.
        const QModelIndex overdue = model->index(0);
        QCOMPARE(overdue.data(ReservationModel::TimeLeftRole).toString(),
                 QStringLiteral("Expired, awaiting release"));
        QCOMPARE(overdue.data(ReservationModel::TimeStateRole).toString(),
                 QStringLiteral("overdue"));
        QVERIFY(overdue.data(ReservationModel::CanReleaseRole).toBool());
        QVERIFY(!overdue.data(ReservationModel::CanCommitRole).toBool());
        const QModelIndex first = model->index(3);
        QCOMPARE(first.data(ReservationModel::SkuRole).toString(), QStringLiteral("SKU-000"));
        QCOMPARE(first.data(ReservationModel::NameRole).toString(),
                 QStringLiteral("Item 000 500 g"));
        QCOMPARE(first.data(ReservationModel::LocationCodeRole).toString(), QStringLiteral("L1"));
        QCOMPARE(first.data(ReservationModel::QuantityRole).toString(), QStringLiteral("1 pc"));
        QCOMPARE(first.data(ReservationModel::StatusTitleRole).toString(),
                 QStringLiteral("Active"));
        QCOMPARE(first.data(ReservationModel::CreatedByRole).toString(),
                 QStringLiteral("fixture_clerk"));
        QVERIFY(first.data(ReservationModel::CanCommitRole).toBool());
        // About ten minutes left (the fixture wrote it a moment ago).
        const QString left = first.data(ReservationModel::TimeLeftRole).toString();
        QVERIFY2(left.startsWith(QLatin1String("9:")) || left == QLatin1String("10:00"),
                 qPrintable(left));
        QCOMPARE(first.data(ReservationModel::TimeStateRole).toString(), QStringLiteral("ok"));
        const QModelIndex l2 = model->index(24);
        QCOMPARE(l2.data(ReservationModel::QuantityRole).toString(), QStringLiteral("2 pc"));
        QCOMPARE(l2.data(ReservationModel::TimeStateRole).toString(), QStringLiteral("ok"));
    }

    void closedViewsMostRecentlyClosedFirst_data()
    {
        QTest::addColumn<QString>("view");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("last");
        QTest::newRow("committed") << QStringLiteral("committed") << reservationfixture::Committed
                                   << QStringLiteral("ORD-C0200") << QStringLiteral("ORD-C0239");
        QTest::newRow("released") << QStringLiteral("released") << reservationfixture::Released
                                  << QStringLiteral("ORD-R0200") << QStringLiteral("ORD-R0219");
        QTest::newRow("expired") << QStringLiteral("expired") << reservationfixture::Expired
                                 << QStringLiteral("ORD-E0240") << QStringLiteral("ORD-E0249");
    }

    void closedViewsMostRecentlyClosedFirst()
    {
        QFETCH(QString, view);
        QFETCH(int, count);
        QFETCH(QString, first);
        QFETCH(QString, last);
        auto model = makeModel(view);
        QVERIFY(loadAll(*model));
        QCOMPARE(model->rowCount(), count);
        QCOMPARE(model->data(model->index(0), ReservationModel::OrderRole).toString(), first);
        QCOMPARE(model->data(model->index(count - 1), ReservationModel::OrderRole).toString(),
                 last);
        for (int i = 0; i < count; ++i) {
            const QModelIndex row = model->index(i);
            QCOMPARE(row.data(ReservationModel::StatusRole).toString(), view);
            QCOMPARE(row.data(ReservationModel::TimeLeftRole).toString(), QString());
            QVERIFY(!row.data(ReservationModel::ClosedAtRole).toString().isEmpty());
            QVERIFY(!row.data(ReservationModel::CanReleaseRole).toBool());
            QVERIFY(!row.data(ReservationModel::CanCommitRole).toBool());
        }
        QCOMPARE(model->overdueLoaded(), 0);
    }

    void allShowsActiveThenClosedAcrossPages()
    {
        auto model = makeModel(QStringLiteral("all"));
        QVERIFY(loadAll(*model));
        QCOMPARE(model->rowCount(), reservationfixture::Active + reservationfixture::Closed);
        const QStringList statuses = column(*model, ReservationModel::StatusRole);
        QCOMPARE(statuses.lastIndexOf(QStringLiteral("active")), reservationfixture::Active - 1);
        // Closed ones latest first, whatever their status: the committed closed a minute ago,
        // the expired seventy minutes ago.
        QCOMPARE(model->data(model->index(reservationfixture::Active), ReservationModel::OrderRole)
                     .toString(),
                 QStringLiteral("ORD-C0200"));
        QCOMPARE(model->data(model->index(model->rowCount() - 1), ReservationModel::OrderRole)
                     .toString(),
                 QStringLiteral("ORD-E0249"));
    }

    void filtersByLocationAndSearch_data()
    {
        QTest::addColumn<QString>("view");
        QTest::addColumn<bool>("atL2");
        QTest::addColumn<QString>("search");
        QTest::addColumn<QStringList>("orders");
        QTest::newRow("location") << QStringLiteral("active") << true << QString()
                                  << QStringList{"ORD-B0000", "ORD-B0001", "ORD-B0002", "ORD-B0003",
                                                 "ORD-B0004", "ORD-B0005", "ORD-B0006", "ORD-B0007",
                                                 "ORD-B0008", "ORD-B0009"};
        QTest::newRow("order number") << QStringLiteral("all") << false
                                      << QStringLiteral("ord-b0003") << QStringList{"ORD-B0003"};
        QTest::newRow("sku, both locations")
            << QStringLiteral("active") << false << QStringLiteral("SKU-005")
            << QStringList{"ORD-A0005", "ORD-B0005"};
        QTest::newRow("sku at one location")
            << QStringLiteral("active") << true << QStringLiteral("SKU-005")
            << QStringList{"ORD-B0005"};
        QTest::newRow("name") << QStringLiteral("active") << false << QStringLiteral("item 121")
                              << QStringList{"ORD-A0121"};
        QTest::newRow("whole barcode")
            << QStringLiteral("active") << false << catalogfixture::ean13(7)
            << QStringList{"ORD-A0007", "ORD-B0007"};
        QTest::newRow("closed, by sku")
            << QStringLiteral("all") << false << QStringLiteral("SKU-201")
            << QStringList{"ORD-C0201", "ORD-R0201"};
        QTest::newRow("like characters are literal")
            << QStringLiteral("all") << false << QStringLiteral("ORD_A%") << QStringList{};
    }

    void filtersByLocationAndSearch()
    {
        QFETCH(QString, view);
        QFETCH(bool, atL2);
        QFETCH(QString, search);
        QFETCH(QStringList, orders);
        auto model = makeModel(view);
        QVERIFY(waitIdle(*model));
        if (atL2)
            model->setLocationId(m_l2);
        model->setSearch(search);
        QVERIFY(QTest::qWaitFor(
            [&]() {
                return !model->isLoading() &&
                       column(*model, ReservationModel::OrderRole).size() == orders.size() &&
                       (orders.isEmpty() || model->search() == search);
            },
            15000));
        QVERIFY(loadAll(*model));
        QCOMPARE(column(*model, ReservationModel::OrderRole), orders);
    }

    void countdownTicksWithoutQuerying()
    {
        auto model = makeModel(QStringLiteral("active"));
        QVERIFY(loadAll(*model)); // so nothing is left to page in either
        QSignalSpy changed(model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy loading(model.get(), &ReservationModel::loadingChanged);
        // Counted against the time each tick gives, whatever the clock says.
        const int row = model->indexOfId(model->rowAt(3).id);
        QCOMPARE(model->rowAt(row).orderId, QStringLiteral("ORD-A0000"));
        const QDateTime expires = model->rowAt(row).expiresAt;
        model->tick(expires.addSecs(-75));
        QCOMPARE(model->data(model->index(row), ReservationModel::TimeLeftRole).toString(),
                 QStringLiteral("1:15"));
        QCOMPARE(model->data(model->index(row), ReservationModel::TimeStateRole).toString(),
                 QStringLiteral("soon"));
        model->tick(expires.addSecs(-4000));
        QCOMPARE(model->data(model->index(row), ReservationModel::TimeLeftRole).toString(),
                 QStringLiteral("1 h 06 min"));
        QCOMPARE(model->data(model->index(row), ReservationModel::TimeStateRole).toString(),
                 QStringLiteral("ok"));
        // Its time runs out: the row says so, and may no longer be committed.
        model->tick(expires.addSecs(1));
        QCOMPARE(model->data(model->index(row), ReservationModel::TimeLeftRole).toString(),
                 QStringLiteral("Expired, awaiting release"));
        QVERIFY(!model->data(model->index(row), ReservationModel::CanCommitRole).toBool());
        QVERIFY(model->data(model->index(row), ReservationModel::CanReleaseRole).toBool());
        QCOMPARE(model->overdueLoaded(), reservationfixture::OverdueL1 + 1);
        // Each tick told the views which rows and roles changed: the time roles only.
        QCOMPARE(changed.size(), 3);
        for (const QList<QVariant> &args : changed) {
            const auto roles = args.at(2).value<QList<int>>();
            QVERIFY(roles.contains(ReservationModel::TimeLeftRole));
            QVERIFY(!roles.contains(ReservationModel::OrderRole));
        }
        QCOMPARE(loading.size(), 0); // nothing was queried again
        // The timer ticks by itself, once a second, still without querying.
        changed.clear();
        QVERIFY(changed.wait(2500));
        QCOMPARE(loading.size(), 0);
    }

    void formatTimeLeft_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<QString>("text");
        QTest::newRow("under a second") << qint64(999) << QStringLiteral("0:00");
        QTest::newRow("seconds") << qint64(59'999) << QStringLiteral("0:59");
        QTest::newRow("minutes") << qint64(61'000) << QStringLiteral("1:01");
        QTest::newRow("just under an hour") << qint64(3'599'999) << QStringLiteral("59:59");
        QTest::newRow("an hour") << qint64(3'600'000) << QStringLiteral("1 h 00 min");
        QTest::newRow("hours") << qint64(5 * 3'600'000 + 7 * 60'000)
                               << QStringLiteral("5 h 07 min");
        QTest::newRow("days") << qint64(90'061'000) << QStringLiteral("1 d 1 h");
    }

    void formatTimeLeft()
    {
        QFETCH(qint64, ms);
        QFETCH(QString, text);
        QCOMPARE(ReservationModel::formatTimeLeft(ms), text);
    }

    void formatMoment()
    {
        // TZ is pinned to Asia/Kolkata (UTC+05:30) for the test run.
        const QDateTime now = QDateTime(QDate(2026, 11, 21), QTime(13, 30), Qt::UTC);
        const auto at = [](int day, int hour, int minute) {
            return QDateTime(QDate(2026, 11, day), QTime(hour, minute), Qt::UTC);
        };
        QCOMPARE(ReservationModel::formatMoment(at(21, 13, 45), now), QStringLiteral("19:15"));
        QCOMPARE(ReservationModel::formatMoment(at(20, 13, 45), now),
                 QStringLiteral("Yesterday 19:15"));
        QCOMPARE(ReservationModel::formatMoment(at(22, 13, 45), now),
                 QStringLiteral("Tomorrow 19:15"));
        QCOMPARE(ReservationModel::formatMoment(at(12, 3, 0), now), QStringLiteral("12 Nov 08:30"));
        QCOMPARE(
            ReservationModel::formatMoment(QDateTime(QDate(2025, 1, 2), QTime(0, 0), Qt::UTC), now),
            QStringLiteral("2 Jan 2025 05:30"));
        QCOMPARE(ReservationModel::formatMoment(QDateTime(), now), QString());
    }

    void upsertReplacesInPlaceOrInsertsWhereItSorts()
    {
        auto model = makeModel(QStringLiteral("active"));
        QVERIFY(loadAll(*model));
        const int count = model->rowCount();
        // A command closed one: replaced where it is, not moved or dropped.
        ReservationRow closed = model->rowAt(10);
        closed.status = ReservationStatus::Released;
        closed.closedAt = QDateTime::currentDateTimeUtc();
        QCOMPARE(model->upsert(closed), 10);
        QCOMPARE(model->rowCount(), count);
        QCOMPARE(model->data(model->index(10), ReservationModel::StatusRole).toString(),
                 QStringLiteral("released"));
        QCOMPARE(model->data(model->index(10), ReservationModel::TimeLeftRole).toString(),
                 QString());
        // A new active one sorts by its expiry, between its neighbours.
        ReservationRow fresh = model->rowAt(20);
        fresh.id = QStringLiteral("00000000-0000-4000-8000-0000000000f1");
        fresh.orderId = QStringLiteral("ORD-NEW");
        fresh.expiresAt = model->rowAt(20).expiresAt.addMSecs(500);
        QCOMPARE(model->upsert(fresh), 21);
        QCOMPARE(model->rowCount(), count + 1);
        QCOMPARE(model->indexOfId(fresh.id), 21);
        // One at another location is not this view's.
        model->setLocationId(m_l2);
        QVERIFY(QTest::qWaitFor([&]() { return !model->isLoading() && model->rowCount() == 10; },
                                15000));
        ReservationRow elsewhere = fresh;
        elsewhere.id = QStringLiteral("00000000-0000-4000-8000-0000000000f2");
        QCOMPARE(model->upsert(elsewhere), -1);
        QCOMPARE(model->rowCount(), 10);
    }

    void rowStateForCommands()
    {
        auto model = makeModel(QStringLiteral("active"));
        QVERIFY(waitIdle(*model));
        const QString id = model->rowAt(5).id;
        model->setRowBusy(id, QStringLiteral("commit"));
        QVERIFY(model->data(model->index(5), ReservationModel::BusyRole).toBool());
        QCOMPARE(model->data(model->index(5), ReservationModel::BusyActionRole).toString(),
                 QStringLiteral("commit"));
        QVERIFY(!model->data(model->index(5), ReservationModel::CanCommitRole).toBool());
        model->setRowBusy(id, {});
        model->setRowRefusal(id, {{QStringLiteral("headline"), QStringLiteral("No")}});
        QCOMPARE(model->data(model->index(5), ReservationModel::RefusalRole)
                     .toMap()
                     .value(QStringLiteral("headline"))
                     .toString(),
                 QStringLiteral("No"));
        QVERIFY(model->data(model->index(5), ReservationModel::CanCommitRole).toBool());
        // Another person's view starts clean.
        model->setSource(m_executor.get(), catalogfixture::TenantA);
        QVERIFY(waitIdle(*model));
        QVERIFY(model->data(model->index(model->indexOfId(id)), ReservationModel::RefusalRole)
                    .toMap()
                    .isEmpty());
    }
};

QTEST_MAIN(TestReservationModel)
#include "tst_reservationmodel.moc"
