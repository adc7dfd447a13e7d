// The Activity feed and the alert notifications, without a server: stream events in words (one
// rule per type, with the data the stock commands write), the feed's bound and how history and
// live events meet, its filters, and notifications that replace, summarize and expire.
#include "activitymodel.h"
#include "activitytext.h"
#include "toastmodel.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace stockroom;

namespace {

const QString Variant = QStringLiteral("30000000-0000-4000-8000-000000000001");
const QString Location = QStringLiteral("41000000-0000-4000-8000-0000000000a1");
const QString Other = QStringLiteral("41000000-0000-4000-8000-0000000000b1");

/** An event as the server sends it, with @p data (JSON text) and the usual envelope. */
StreamEvent streamEvent(qint64 seq, const QString &type, const QString &data,
                        const QString &actor = QStringLiteral("asha"))
{
    const QJsonObject frame{
        {QStringLiteral("channel"), QStringLiteral("global")},
        {QStringLiteral("seq"), double(seq)},
        {QStringLiteral("event_id"),
         QStringLiteral("9b2f6a1e-0000-4000-8000-%1").arg(seq, 12, 10, QLatin1Char('0'))},
        {QStringLiteral("event_type"), type},
        {QStringLiteral("tenant_id"), QStringLiteral("00000000-0000-4000-8000-00000000000a")},
        {QStringLiteral("occurred_at"), QStringLiteral("2026-11-21T08:45:12.250Z")},
        {QStringLiteral("actor"), actor},
        {QStringLiteral("data"), QJsonDocument::fromJson(data.toUtf8()).object()}};
    return *StreamEvent::fromJson(frame);
}

QString at(const QString &extra = {})
{
    return QStringLiteral(
               R"("variant_id":"%1","location_id":"%2","sku":"CUR-0001","location_code":"BLR-IND")")
               .arg(Variant, Location) +
           extra;
}

} // namespace

class TestActivity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesTheEnvelope()
    {
        const StreamEvent e = streamEvent(
            42, QStringLiteral("inventory.stock.adjusted"),
            QStringLiteral("{%1}").arg(at(QStringLiteral(R"(,"quantity_on_hand":"12.5000")"))));
        QCOMPARE(e.seq, 42);
        QCOMPARE(e.eventType, QStringLiteral("inventory.stock.adjusted"));
        QCOMPARE(e.variantId.toString(QUuid::WithoutBraces), Variant);
        QCOMPARE(e.locationId.toString(QUuid::WithoutBraces), Location);
        QVERIFY(e.darkStoreId.isNull());
        QCOMPARE(e.occurredAt, QDateTime(QDate(2026, 11, 21), QTime(8, 45, 12, 250), Qt::UTC));
        QCOMPARE(e.actor, QStringLiteral("asha"));
        QCOMPARE(e.number(QStringLiteral("quantity_on_hand")).value_or(-1), 12.5);
        QVERIFY(!e.number(QStringLiteral("nothing")));
        // Frames that are not events.
        QVERIFY(!StreamEvent::fromJson({{QStringLiteral("type"), QStringLiteral("pong")}}));
        QVERIFY(!StreamEvent::fromJson({{QStringLiteral("seq"), 3}}));
    }

    void wording_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("data");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("tone");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("detail");
        QTest::addColumn<bool>("notify");
        const QString position = QStringLiteral(
            R"(,"quantity_on_hand":15,"quantity_reserved":2,"quantity_available":13)");
        QTest::newRow("receipt")
            << QStringLiteral("inventory.stock.adjusted")
            << at(R"(,"movement_type":"receipt","quantity_delta":3)" + position)
            << QStringLiteral("stock") << QStringLiteral("info")
            << QStringLiteral("Received 3 pc of Curd 400 g at BLR-IND")
            << QStringLiteral("CUR-0001 · On hand 15 pc · reserved 2 pc · available 13 pc")
            << false;
        QTest::newRow("count correction")
            << QStringLiteral("inventory.stock.adjusted")
            << at(R"(,"movement_type":"count_correction","quantity_delta":-2)" + position)
            << QStringLiteral("stock") << QStringLiteral("info")
            << QStringLiteral("Count corrected Curd 400 g at BLR-IND by -2 pc")
            << QStringLiteral("CUR-0001 · On hand 15 pc · reserved 2 pc · available 13 pc")
            << false;
        QTest::newRow("transfer out")
            << QStringLiteral("inventory.stock.adjusted")
            << at(R"(,"movement_type":"transfer_out","quantity_delta":-1250)")
            << QStringLiteral("transfer") << QStringLiteral("info")
            << QStringLiteral("Sent 1,250 pc of Curd 400 g from BLR-IND on a transfer")
            << QStringLiteral("CUR-0001") << false;
        QTest::newRow("reserved")
            << QStringLiteral("inventory.stock.reserved")
            << at(R"(,"order_id":"ORD-7","quantity":2)" + position) << QStringLiteral("reservation")
            << QStringLiteral("info")
            << QStringLiteral("Reserved 2 pc of Curd 400 g at BLR-IND for order ORD-7")
            << QStringLiteral("CUR-0001 · On hand 15 pc · reserved 2 pc · available 13 pc")
            << false;
        QTest::newRow("expired reservation")
            << QStringLiteral("inventory.stock.released")
            << at(R"(,"order_id":"ORD-7","quantity":2,"reason":"expired")")
            << QStringLiteral("reservation") << QStringLiteral("warn")
            << QStringLiteral("Reservation for order ORD-7 ran out: 2 pc of Curd 400 g back on "
                              "sale at BLR-IND")
            << QStringLiteral("CUR-0001") << false;
        QTest::newRow("levels set")
            << QStringLiteral("inventory.stock.levels_changed")
            << at(R"(,"reorder_point":10,"max_stock":null)") << QStringLiteral("stock")
            << QStringLiteral("info")
            << QStringLiteral("Stock levels set for Curd 400 g at BLR-IND")
            << QStringLiteral("CUR-0001 · reorder point 10 pc · max none") << false;
        QTest::newRow("committed")
            << QStringLiteral("inventory.stock.committed")
            << at(R"(,"order_id":"ORD-7","quantity":2)") << QStringLiteral("reservation")
            << QStringLiteral("good")
            << QStringLiteral("Order ORD-7 sold: 2 pc of Curd 400 g at BLR-IND")
            << QStringLiteral("CUR-0001") << false;
        QTest::newRow("not orderable")
            << QStringLiteral("inventory.orderability.changed")
            << QStringLiteral(
                   R"("variant_id":"%1","location_id":"%2","sku":"CUR-0001","is_orderable":false,"reason_code":"out_of_stock","available_qty":0)")
                   .arg(Variant, Other)
            << QStringLiteral("orderability") << QStringLiteral("warn")
            << QStringLiteral("Curd 400 g can no longer be ordered at BACK")
            << QStringLiteral("CUR-0001 · nothing left to sell") << false;
        QTest::newRow("low") << QStringLiteral("inventory.stock.low")
                             << at(R"(,"quantity_available":3,"reorder_point":10)")
                             << QStringLiteral("alert") << QStringLiteral("warn")
                             << QStringLiteral("Low stock: Curd 400 g at BLR-IND")
                             << QStringLiteral("CUR-0001 · 3 pc left to sell · reorder point 10 pc")
                             << true;
        QTest::newRow("out") << QStringLiteral("inventory.stock.out")
                             << at(R"(,"quantity_available":0)") << QStringLiteral("alert")
                             << QStringLiteral("bad")
                             << QStringLiteral("Out of stock: Curd 400 g at BLR-IND")
                             << QStringLiteral("CUR-0001 · Nothing left to sell") << true;
        QTest::newRow("dispatched")
            << QStringLiteral("inventory.transfer.dispatched")
            << at(R"(,"from_location_code":"MUM-AND","quantity":5,"quantity_in_transit":7)")
            << QStringLiteral("transfer") << QStringLiteral("info")
            << QStringLiteral("Transfer on its way: 5 pc of Curd 400 g from MUM-AND to BLR-IND")
            << QStringLiteral("CUR-0001 · In transit to BLR-IND: 7 pc") << false;
        QTest::newRow("expiring")
            << QStringLiteral("inventory.batch.expiring_soon")
            << at(R"(,"batch_number":"B-12","expiry_date":"2027-01-05","quantity":6)")
            << QStringLiteral("alert") << QStringLiteral("warn")
            << QStringLiteral("Expires 5 Jan 2027: Curd 400 g at BLR-IND")
            << QStringLiteral("CUR-0001 · Batch B-12 · 6 pc in it") << true;
        QTest::newRow("expired batch")
            << QStringLiteral("inventory.batch.expired")
            << at(R"(,"quantity_expired":4,"quantity_available":8)") << QStringLiteral("alert")
            << QStringLiteral("bad")
            << QStringLiteral("Expired: 4 pc of Curd 400 g at BLR-IND can no longer be sold")
            << QStringLiteral("CUR-0001 · 8 pc left to sell") << true;
        QTest::newRow("catalog change")
            << QStringLiteral("catalog.variant.upserted")
            << at(R"(,"version_no":4,"status":"active")") << QStringLiteral("catalog")
            << QStringLiteral("info") << QStringLiteral("Catalog: Curd 400 g saved")
            << QStringLiteral("CUR-0001 · version 4") << false;
        QTest::newRow("new in the catalog")
            << QStringLiteral("catalog.variant.upserted")
            << at(R"(,"version_no":1,"status":"active")") << QStringLiteral("catalog")
            << QStringLiteral("info") << QStringLiteral("New in the catalog: Curd 400 g")
            << QStringLiteral("CUR-0001 · version 1") << false;
        QTest::newRow("archived") << QStringLiteral("catalog.variant.upserted")
                                  << at(R"(,"version_no":5,"status":"archived")")
                                  << QStringLiteral("catalog") << QStringLiteral("info")
                                  << QStringLiteral("Catalog: Curd 400 g saved")
                                  << QStringLiteral("CUR-0001 · version 5 · archived") << false;
        QTest::newRow("deleted") << QStringLiteral("catalog.variant.deleted") << at()
                                 << QStringLiteral("catalog") << QStringLiteral("warn")
                                 << QStringLiteral("Deleted from the catalog: Curd 400 g")
                                 << QStringLiteral("CUR-0001") << false;
        QTest::newRow("price at a location")
            << QStringLiteral("catalog.price.updated")
            << at(R"(,"channel":"default","base_price":1234.5,"mrp":1500,"effective_from":"2026-11-23T09:00:00+05:30")")
            << QStringLiteral("catalog") << QStringLiteral("info")
            << QStringLiteral("Price of Curd 400 g at BLR-IND: ₹1,234.50")
            << QStringLiteral("CUR-0001 · MRP ₹1,500.00 · from 23 Nov") << false;
        QTest::newRow("price for every location")
            << QStringLiteral("catalog.price.updated")
            << QStringLiteral(
                   R"("variant_id":"%1","location_id":null,"sku":"CUR-0001","channel":"app","base_price":"42.00","effective_from":"2026-11-21T00:00:00+05:30")")
                   .arg(Variant)
            << QStringLiteral("catalog") << QStringLiteral("info")
            << QStringLiteral("Price of Curd 400 g at every location: ₹42.00")
            << QStringLiteral("CUR-0001 · app channel · from 21 Nov") << false;
        QTest::newRow("scheduled price took effect")
            << QStringLiteral("catalog.price.updated")
            << at(R"(,"channel":"default","base_price":99,"effective_from":"2026-11-23T09:00:00+05:30","change":"took_effect","at":"2026-11-23T09:00:00+05:30")")
            << QStringLiteral("catalog") << QStringLiteral("info")
            << QStringLiteral("Price of Curd 400 g at BLR-IND took effect: ₹99.00")
            << QStringLiteral("CUR-0001 · from 23 Nov") << false;
        QTest::newRow("price ran out")
            << QStringLiteral("catalog.price.updated")
            << at(R"(,"channel":"app","base_price":95,"effective_from":"2026-11-20T09:00:00+05:30","effective_to":"2026-11-24T00:00:00+05:30","change":"ran_out","at":"2026-11-24T00:00:00+05:30")")
            << QStringLiteral("catalog") << QStringLiteral("info")
            << QStringLiteral("Price of Curd 400 g at BLR-IND ran out (was ₹95.00)")
            << QStringLiteral("CUR-0001 · app channel · ended 24 Nov") << false;
        QTest::newRow("mapping replaced")
            << QStringLiteral("catalog.source_mapping.updated")
            << QStringLiteral(
                   R"("variant_id":"%1","sku":"CUR-0001","external_id":"ITM-7","source_name":"Head-office ERP","change":"replaced","previous_sku":"CUR-0002")")
                   .arg(Variant)
            << QStringLiteral("other") << QStringLiteral("info")
            << QStringLiteral("ITM-7 of Head-office ERP now names Curd 400 g")
            << QStringLiteral("CUR-0001 · instead of CUR-0002") << false;
        QTest::newRow("unmapped")
            << QStringLiteral("catalog.source_mapping.updated")
            << QStringLiteral(
                   R"("variant_id":"%1","sku":"CUR-0001","external_id":"ITM-7","source_name":"Head-office ERP","change":"unmapped")")
                   .arg(Variant)
            << QStringLiteral("other") << QStringLiteral("info")
            << QStringLiteral("ITM-7 of Head-office ERP no longer names Curd 400 g")
            << QStringLiteral("CUR-0001") << false;
        QTest::newRow("review closed")
            << QStringLiteral("catalog.source_review.resolved")
            << QStringLiteral(R"("external_id":"DS1:0042","resolution":"Dismissed: test row")")
            << QStringLiteral("other") << QStringLiteral("good")
            << QStringLiteral("Review of DS1:0042 closed") << QStringLiteral("Dismissed: test row")
            << false;
        QTest::newRow("category created")
            << QStringLiteral("catalog.category.updated")
            << QStringLiteral(R"("path":"Dairy/Paneer","change":"created","is_active":true)")
            << QStringLiteral("catalog") << QStringLiteral("info")
            << QStringLiteral("New category: Dairy › Paneer") << QString() << false;
        QTest::newRow("category renamed")
            << QStringLiteral("catalog.category.updated")
            << QStringLiteral(R"("path":"Dairy/Ghee & Butter","change":"renamed",)"
                              R"("previous_path":"Dairy/Butter")")
            << QStringLiteral("catalog") << QStringLiteral("info")
            << QStringLiteral("Category renamed: Dairy › Ghee & Butter")
            << QStringLiteral("was Dairy › Butter") << false;
        QTest::newRow("category moved along")
            << QStringLiteral("catalog.category.updated")
            << QStringLiteral(R"("path":"Fresh/Dairy/Curd","change":"path_changed",)"
                              R"("previous_path":"Dairy/Curd")")
            << QStringLiteral("catalog") << QStringLiteral("info")
            << QStringLiteral("Category now at Fresh › Dairy › Curd")
            << QStringLiteral("was Dairy › Curd, with the category above it") << false;
        QTest::newRow("category reordered")
            << QStringLiteral("catalog.category.updated")
            << QStringLiteral(R"("path":"Dairy/Curd","change":"reordered","sort_order":2)")
            << QStringLiteral("catalog") << QStringLiteral("info")
            << QStringLiteral("Category order changed: Dairy › Curd")
            << QStringLiteral("place 2 in Dairy") << false;
        QTest::newRow("category deactivated")
            << QStringLiteral("catalog.category.updated")
            << QStringLiteral(R"("path":"Snacks","change":"deactivated","is_active":false)")
            << QStringLiteral("catalog") << QStringLiteral("warn")
            << QStringLiteral("Category deactivated: Snacks")
            << QStringLiteral("No longer offered in the category lists; its items stay where "
                              "they are")
            << false;
        QTest::newRow("unknown") << QStringLiteral("catalog.assortment.updated") << at()
                                 << QStringLiteral("other") << QStringLiteral("info")
                                 << QStringLiteral("catalog.assortment.updated")
                                 << QStringLiteral("Curd 400 g at BLR-IND") << false;
    }

    void wording()
    {
        QFETCH(QString, type);
        QFETCH(QString, data);
        const StreamEvent e = streamEvent(1, type, QLatin1Char('{') + data + QLatin1Char('}'));
        const ActivityText t = ActivityWording::describe(
            e, EventItem{QStringLiteral("Curd 400 g"), QStringLiteral("pc")},
            [](const QString &id) { return id == Other ? QStringLiteral("BACK") : QString(); });
        QTEST(t.kind, "kind");
        QTEST(t.tone, "tone");
        QTEST(t.title, "title");
        QTEST(t.detail, "detail");
        QTEST(t.notify, "notify");
    }

    void theClocksPriceChangesAreAutomatic()
    {
        // A scheduled price that took effect or ran out was made by no one at that moment.
        const auto event = [](const QString &change) {
            return streamEvent(
                1, QStringLiteral("catalog.price.updated"),
                QStringLiteral(R"({"base_price":"42.00","change":"%1"})").arg(change));
        };
        QVERIFY(ActivityWording::isAutomatic(event(QStringLiteral("took_effect"))));
        QVERIFY(ActivityWording::isAutomatic(event(QStringLiteral("ran_out"))));
        QVERIFY(!ActivityWording::isAutomatic(event(QString())));
    }

    void wordingWithoutTheItemsName()
    {
        const ActivityText t = ActivityWording::describe(streamEvent(
            1, QStringLiteral("inventory.stock.out"), QLatin1Char('{') + at() + QLatin1Char('}')));
        QCOMPARE(t.title, QStringLiteral("Out of stock: CUR-0001 at BLR-IND"));
        QCOMPARE(t.detail, QStringLiteral("Nothing left to sell"));
    }

    void feedIsBoundedAndNewestFirst()
    {
        ActivityModel model(nullptr, 5);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setViewer(QStringLiteral("asha"), {});
        for (int i = 1; i <= 8; ++i)
            model.add(streamEvent(i, QStringLiteral("inventory.stock.out"),
                                  QLatin1Char('{') + at() + QLatin1Char('}'),
                                  i % 2 ? QStringLiteral("asha") : QStringLiteral("vikram")));
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.data(model.index(0), ActivityModel::SeqRole).toLongLong(), 8);
        QCOMPARE(model.data(model.index(4), ActivityModel::SeqRole).toLongLong(), 4);
        QCOMPARE(model.data(model.index(0), ActivityModel::ActorTextRole).toString(),
                 QStringLiteral("vikram"));
        QCOMPARE(model.data(model.index(1), ActivityModel::ActorTextRole).toString(),
                 QStringLiteral("You"));
        QCOMPARE(model.actors(), (QStringList{QStringLiteral("asha"), QStringLiteral("vikram")}));
    }

    void historyGoesUnderLiveEvents()
    {
        ActivityModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString data = QLatin1Char('{') + at() + QLatin1Char('}');
        // Live events came while the history (up to seq 10) was being read.
        model.add(streamEvent(11, QStringLiteral("inventory.stock.out"), data));
        model.add(streamEvent(12, QStringLiteral("inventory.stock.out"), data));
        QVERIFY(!model.loadedOnce());
        model.setHistory({streamEvent(10, QStringLiteral("inventory.stock.low"), data),
                          streamEvent(9, QStringLiteral("inventory.stock.low"), data)},
                         {{Variant, EventItem{QStringLiteral("Curd 400 g"), QStringLiteral("pc")}}},
                         10);
        QVERIFY(model.loadedOnce());
        QList<qint64> seqs;
        for (int i = 0; i < model.rowCount(); ++i)
            seqs << model.data(model.index(i), ActivityModel::SeqRole).toLongLong();
        QCOMPARE(seqs, (QList<qint64>{12, 11, 10, 9}));
        QCOMPARE(model.data(model.index(2), ActivityModel::TitleRole).toString(),
                 QStringLiteral("Low stock: Curd 400 g at BLR-IND"));
    }

    void filters()
    {
        ActivityModel model;
        model.setViewer(QStringLiteral("asha"), {});
        ActivityFilterModel feed(&model);
        QAbstractItemModelTester tester(&feed,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.add(streamEvent(1, QStringLiteral("inventory.stock.out"),
                              QLatin1Char('{') + at() + QLatin1Char('}')));
        model.add(streamEvent(
            2, QStringLiteral("inventory.stock.reserved"),
            QStringLiteral(
                R"({"variant_id":"%1","location_id":"%2","sku":"MLK-0002","order_id":"O-1","quantity":1})")
                .arg(Variant, Other),
            QStringLiteral("vikram")));
        model.add(streamEvent(
            3, QStringLiteral("inventory.transfer.dispatched"),
            QStringLiteral(
                R"({"variant_id":"%1","from_location_id":"%2","location_id":"%3","sku":"CUR-0001","quantity":1})")
                .arg(Variant, Other, Location)));
        model.add(streamEvent(4, QStringLiteral("inventory.batch.expiring_soon"),
                              QLatin1Char('{') + at() + QLatin1Char('}'),
                              QStringLiteral("postgres")));
        QCOMPARE(feed.rowCount(), 4);
        feed.setKind(QStringLiteral("alert"));
        QCOMPARE(feed.rowCount(), 2);
        feed.setKind({});
        feed.setLocationId(Other); // the reservation there, and the transfer that left it
        QCOMPARE(feed.rowCount(), 2);
        feed.setLocationId({});
        feed.setSearch(QStringLiteral("mlk"));
        QCOMPARE(feed.rowCount(), 1);
        feed.setSearch({});
        feed.setActor(QStringLiteral("vikram"));
        QCOMPARE(feed.rowCount(), 1);
        feed.clearFilters();
        QCOMPARE(feed.rowCount(), 4);
        // The jobs' login is "Automatic" in the who filter and on its lines.
        const QVariantList choices = model.actorChoices();
        QCOMPARE(choices.size(), 4);
        QStringList labels;
        for (const QVariant &c : choices)
            labels << c.toMap().value(QStringLiteral("label")).toString();
        QCOMPARE(labels, (QStringList{QStringLiteral("Anyone"), QStringLiteral("You"),
                                      QStringLiteral("Automatic"), QStringLiteral("vikram")}));
        QCOMPARE(model.data(model.index(0), ActivityModel::ActorTextRole).toString(),
                 QStringLiteral("Automatic"));
    }

    void afterABurstAlertsStandAloneAgain()
    {
        ToastModel toasts(nullptr, 60000);
        int n = 0;
        const auto add = [&]() {
            ++n;
            const StreamEvent e = streamEvent(
                n, QStringLiteral("inventory.stock.out"),
                QStringLiteral(R"({"variant_id":"30000000-0000-4000-8000-%1","location_id":"%2",)"
                               R"("sku":"S"})")
                    .arg(n, 12, 10, QLatin1Char('0'))
                    .arg(Location));
            toasts.add(e, ActivityWording::describe(e));
        };
        for (int i = 0; i < 10; ++i)
            add();
        QCOMPARE(toasts.rowCount(), 4); // three alone, and "7 more alerts"
        QCOMPARE(toasts.data(toasts.index(0), ToastModel::TitleRole).toString(),
                 QStringLiteral("7 more alerts"));
        QTest::qWait(ToastModel::BurstMs + 200);
        add(); // the burst is over: shown on its own, though the summary is still up
        QVERIFY(!toasts.data(toasts.index(0), ToastModel::SummaryRole).toBool());
        QCOMPARE(toasts.data(toasts.index(0), ToastModel::VariantIdRole).toString(),
                 QStringLiteral("30000000-0000-4000-8000-000000000011"));
    }

    void notificationsReplaceSummarizeAndExpire()
    {
        ToastModel toasts(nullptr, 400);
        QAbstractItemModelTester tester(&toasts,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto alert = [](qint64 seq, const QString &type, const QString &variant) {
            return streamEvent(seq, type,
                               QStringLiteral(R"({"variant_id":"%1","location_id":"%2","sku":"S"})")
                                   .arg(variant, Location));
        };
        const auto add = [&](const StreamEvent &e) {
            toasts.add(e, ActivityWording::describe(e));
        };
        add(alert(1, QStringLiteral("inventory.stock.low"), Variant));
        add(alert(2, QStringLiteral("inventory.stock.low"), Variant)); // the same news again
        QCOMPARE(toasts.rowCount(), 1);
        add(alert(3, QStringLiteral("inventory.stock.out"), Variant));
        QCOMPARE(toasts.rowCount(), 2);
        QCOMPARE(toasts.data(toasts.index(0), ToastModel::VariantIdRole).toString(), Variant);
        // A burst: past a few in a moment, one summary stands for the rest.
        for (int i = 0; i < 50; ++i)
            add(alert(10 + i, QStringLiteral("inventory.stock.out"),
                      QStringLiteral("30000000-0000-4000-8000-%1")
                          .arg(100 + i, 12, 10, QLatin1Char('0'))));
        // Three came one by one in this moment (one replaced another): the summary is the rest.
        QCOMPARE(toasts.rowCount(), 3);
        QVERIFY(toasts.data(toasts.index(0), ToastModel::SummaryRole).toBool());
        QCOMPARE(toasts.data(toasts.index(0), ToastModel::TitleRole).toString(),
                 QStringLiteral("50 more alerts"));
        QVERIFY(!toasts.data(toasts.index(1), ToastModel::SummaryRole).toBool());
        // Held while the pointer rests on them; gone by themselves after.
        toasts.setHeld(true);
        QTest::qWait(700);
        QCOMPARE(toasts.rowCount(), 3);
        toasts.setHeld(false);
        QTRY_COMPARE_WITH_TIMEOUT(toasts.rowCount(), 0, 3000);
        add(alert(99, QStringLiteral("inventory.stock.low"), Variant));
        QCOMPARE(toasts.rowCount(), 1);
        toasts.dismiss(toasts.data(toasts.index(0), ToastModel::IdRole).toInt());
        QCOMPARE(toasts.rowCount(), 0);
    }
};

QTEST_MAIN(TestActivity)
#include "tst_activity.moc"
