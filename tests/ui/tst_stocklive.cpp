// The Stock and Reservations screens' models kept current by the live stream: a real stockroomd
// serve, the desktop's StreamClient with tickets from the manager's own session, and a colleague
// acting in another session. A visible row is read again by its key and highlighted — no page
// reload — and a reservation made elsewhere appears in the Active list.
#include "catalogfixture.h"
#include "db/dbexecutor.h"
#include "db/pgconnection.h"
#include "livecontroller.h"
#include "locationmodel.h"
#include "reservationcontroller.h"
#include "stockcontroller.h"
#include "stockfixture.h"
#include "stockpositionmodel.h"
#include "stockscreenfixture.h"
#include "stream/streamclient.h"
#include "stream/streamevent.h"
#include "stream/streamtickets.h"
#include "streamharness.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace stockroom;
using namespace stockroom::test;

namespace {

QStringList column(const QAbstractItemModel &model, int role)
{
    QStringList values;
    for (int i = 0; i < model.rowCount(); ++i)
        values << model.data(model.index(i, 0), role).toString();
    return values;
}

} // namespace

class TestStockLive : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<DbExecutor> m_session; // the manager's
    std::unique_ptr<PgConnection> m_colleague;
    std::unique_ptr<ServeProcess> m_server;
    std::unique_ptr<StreamClient> m_stream;
    QString m_l1;

    bool waitLoaded(StockPositionModel &model)
    {
        return QTest::qWaitFor(
            [&]() { return model.loadedOnce() && !model.isLoading() && !model.totalsLoading(); },
            15000);
    }
    /** Loads every page, so no later page (fetched by a view or the model tester) can insert
     *  rows while a test watches for them. */
    bool loadAll(StockPositionModel &model)
    {
        while (waitLoaded(model) && model.canFetchMore({}))
            model.fetchMore({});
        return waitLoaded(model) && !model.canFetchMore({});
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = std::make_unique<TestDatabase>(QStringLiteral("stocklive"));
        stockscreenfixture::load(m_db->info());
        m_l1 = stockscreenfixture::locationId(m_db->info(), QStringLiteral("L1"));
        m_session = std::make_unique<DbExecutor>(stockscreenfixture::manager(*m_db),
                                                 QStringLiteral("test-db"));
        m_colleague =
            std::make_unique<PgConnection>(m_db->addStaff(catalogfixture::TenantA, RoleKind::Admin),
                                           QStringLiteral("test-colleague"));
        m_server = std::make_unique<ServeProcess>(m_db->info());
        QVERIFY2(m_server->isListening(), qPrintable(m_server->output()));
        m_stream = std::make_unique<StreamClient>(streamTicketsFrom(m_session.get(), this));
        m_stream->setUrl(QUrl(m_server->url()));
        m_stream->subscribe(QStringLiteral("global"));
        m_stream->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_stream->lastSeq(QStringLiteral("global")).has_value(), 15000);
    }
    void cleanupTestCase()
    {
        m_stream.reset();
        m_server.reset();
        m_colleague.reset();
        m_session.reset();
        m_db.reset();
    }

    void aVisibleRowIsUpdatedInPlace()
    {
        guarded([&]() {
            StockController controller;
            StockPositionModel &model = *controller.positions();
            QAbstractItemModelTester tester(&model,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
            connect(m_stream.get(), &StreamClient::eventReceived, &controller,
                    &StockController::liveEvent);
            controller.setSource(m_session.get(), catalogfixture::TenantA);
            QVERIFY(loadAll(model));
            const int count = model.rowCount();
            const QString variant = stockscreenfixture::variantId(50);
            const int row = model.indexOf(variant, m_l1);
            QVERIFY(row >= 0);
            QCOMPARE(model.data(model.index(row), StockPositionModel::OnHandRole).toString(),
                     QStringLiteral("12"));
            const int version =
                model.data(model.index(row), StockPositionModel::VersionRole).toInt();
            const QStringList before = column(model, StockPositionModel::OnHandRole);
            const QString onHandTotal =
                model.totalsMap().value(QStringLiteral("onHand")).toString();
            controller.select(row);
            QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
            QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
            QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
            QSignalSpy ledger(controller.ledger(), &QAbstractItemModel::modelReset);

            // Someone else receives 3 at L1.
            const double sent = double(QDateTime::currentMSecsSinceEpoch());
            call(*m_colleague, QStringLiteral("api.adjust_stock($1, $2, $3, 3, 'receipt', 'live')"),
                 {newRequestId(), variant, m_l1});
            QTRY_COMPARE_WITH_TIMEOUT(
                model.data(model.index(row), StockPositionModel::OnHandRole).toString(),
                QStringLiteral("15"), 10000);
            QVERIFY(model.data(model.index(row), StockPositionModel::VersionRole).toInt() >
                    version);
            QCOMPARE(model.data(model.index(row), StockPositionModel::AvailableRole).toString(),
                     QStringLiteral("15"));
            const double flashUntil =
                model.data(model.index(row), StockPositionModel::FlashUntilRole).toDouble();
            // Set by this change (after it was sent), for one flash from then.
            QVERIFY(flashUntil > sent);
            QVERIFY(flashUntil <=
                    double(QDateTime::currentMSecsSinceEpoch() + StockPositionModel::FlashMs));
            // In place: no reload, no new rows, every other row as it was, and only this row
            // told to repaint.
            QCOMPARE(resets.count(), 0);
            QCOMPARE(inserts.count(), 0);
            QCOMPARE(model.rowCount(), count);
            QStringList after = column(model, StockPositionModel::OnHandRole);
            after[row] = before.at(row);
            QCOMPARE(after, before);
            QVERIFY(!changes.isEmpty());
            for (const QList<QVariant> &change : std::as_const(changes)) {
                QCOMPARE(change.at(0).toModelIndex().row(), row);
                QCOMPARE(change.at(1).toModelIndex().row(), row);
            }
            const int untouched = row == 0 ? 1 : 0;
            QCOMPARE(
                model.data(model.index(untouched), StockPositionModel::FlashUntilRole).toDouble(),
                0.0);
            // The totals follow, and so does the selected position's ledger.
            QTRY_VERIFY_WITH_TIMEOUT(
                model.totalsMap().value(QStringLiteral("onHand")).toString() != onHandTotal, 10000);
            QTRY_VERIFY_WITH_TIMEOUT(ledger.count() >= 1, 10000);
            QTRY_VERIFY_WITH_TIMEOUT(controller.ledger()->rowCount() >= 2, 10000);
        });
    }

    void aPositionNotLoadedIsLeftForTheNextPage()
    {
        guarded([&]() {
            StockController controller;
            StockPositionModel &model = *controller.positions();
            connect(m_stream.get(), &StreamClient::eventReceived, &controller,
                    &StockController::liveEvent);
            controller.setSource(m_session.get(), catalogfixture::TenantA);
            QVERIFY(waitLoaded(model));
            QVERIFY(model.hasMore());
            const QString variant = stockscreenfixture::variantId(240); // far past page one
            QCOMPARE(model.indexOf(variant, m_l1), -1);
            const int count = model.rowCount();
            QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
            QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
            QSignalSpy events(m_stream.get(), &StreamClient::eventReceived);
            call(*m_colleague, QStringLiteral("api.adjust_stock($1, $2, $3, -1, 'damage', 'live')"),
                 {newRequestId(), variant, m_l1});
            QVERIFY(events.wait(10000));
            QTest::qWait(400);
            QCOMPARE(model.rowCount(), count);
            QCOMPARE(inserts.count(), 0);
            QCOMPARE(changes.count(), 0);
            // Paging there shows it as it now is.
            while (model.indexOf(variant, m_l1) < 0 && model.canFetchMore({})) {
                model.fetchMore({});
                QVERIFY(QTest::qWaitFor([&]() { return !model.isLoading(); }, 15000));
            }
            const int row = model.indexOf(variant, m_l1);
            QVERIFY(row >= 0);
            QCOMPARE(model.data(model.index(row), StockPositionModel::OnHandRole).toString(),
                     QStringLiteral("11"));
        });
    }

    void aReservationMadeElsewhereAppearsAndChangesInPlace()
    {
        guarded([&]() {
            LocationModel locations;
            QSignalSpy located(&locations, &LocationModel::loaded);
            locations.setSource(m_session.get(), catalogfixture::TenantA);
            QVERIFY(located.wait(15000));
            ReservationController controller;
            ReservationModel &model = *controller.model();
            QAbstractItemModelTester tester(&model,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
            connect(m_stream.get(), &StreamClient::eventReceived, &controller,
                    &ReservationController::liveEvent);
            controller.setSource(m_session.get(), catalogfixture::TenantA, &locations);
            QTRY_VERIFY_WITH_TIMEOUT(model.loadedOnce() && !model.isLoading(), 15000);
            const int count = model.rowCount();
            QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

            const QJsonObject held =
                call(*m_colleague,
                     QStringLiteral(
                         "api.reserve_stock($1, $2, $3, 'LIVE-ORDER-1', 2, interval '1 hour')"),
                     {newRequestId(), stockscreenfixture::variantId(60), m_l1});
            const QString id = held.value(QLatin1String("reservation_id")).toString();
            QTRY_VERIFY_WITH_TIMEOUT(model.indexOfId(id) >= 0, 10000);
            QCOMPARE(model.rowCount(), count + 1);
            int row = model.indexOfId(id);
            QCOMPARE(model.data(model.index(row), ReservationModel::OrderRole).toString(),
                     QStringLiteral("LIVE-ORDER-1"));
            QVERIFY(model.data(model.index(row), ReservationModel::FlashUntilRole).toDouble() >
                    double(QDateTime::currentMSecsSinceEpoch()));

            call(*m_colleague, QStringLiteral("api.release_reservation($1, $2)"),
                 {newRequestId(), id});
            QTRY_COMPARE_WITH_TIMEOUT(
                model.data(model.index(model.indexOfId(id)), ReservationModel::StatusRole)
                    .toString(),
                QStringLiteral("released"), 10000);
            QCOMPARE(resets.count(), 0);
        });
    }
    void aScreenLoadedBeforeTheStreamWasLiveCatchesUp()
    {
        guarded([&]() {
            // The screen reads its rows before the session's stream is subscribed (as at sign-in,
            // when the page loads while the ticket is fetched); a colleague's change lands in
            // between and never comes as an event. The first subscription makes it read again.
            StockController controller;
            StockPositionModel &model = *controller.positions();
            controller.setSource(m_session.get(), catalogfixture::TenantA);
            QVERIFY(loadAll(model));
            const QString variant = stockscreenfixture::variantId(70);
            const int row = model.indexOf(variant, m_l1);
            QVERIFY(row >= 0);
            const QString before =
                model.data(model.index(row), StockPositionModel::OnHandRole).toString();
            call(*m_colleague, QStringLiteral("api.adjust_stock($1, $2, $3, 4, 'receipt', 'gap')"),
                 {newRequestId(), variant, m_l1});

            StreamClient stream(streamTicketsFrom(m_session.get(), this));
            stream.setUrl(QUrl(m_server->url()));
            stream.subscribe(QStringLiteral("global"));
            LiveController live;
            QSignalSpy reloads(&live, &LiveController::reloadRequired);
            connect(&live, &LiveController::eventReceived, &controller,
                    &StockController::liveEvent);
            connect(&live, &LiveController::reloadRequired, &controller,
                    &StockController::reloadAll);
            live.setClient(&stream, m_session.get(), QStringLiteral("manager"));
            stream.start();
            QTRY_COMPARE_WITH_TIMEOUT(reloads.count(), 1, 15000);
            QTRY_COMPARE_WITH_TIMEOUT(
                model
                    .data(model.index(model.indexOf(variant, m_l1)), StockPositionModel::OnHandRole)
                    .toString(),
                QString::number(before.toInt() + 4), 15000);
            // Once per session: a dropped connection that resumes (recovered) reads nothing again.
            stream.stop();
            stream.start();
            QTRY_COMPARE_WITH_TIMEOUT(stream.state(), StreamClient::State::Live, 15000);
            QTest::qWait(300);
            QCOMPARE(reloads.count(), 1);
            live.setClient(nullptr, nullptr, {});
        });
    }
};

QTEST_GUILESS_MAIN(TestStockLive)
#include "tst_stocklive.moc"
