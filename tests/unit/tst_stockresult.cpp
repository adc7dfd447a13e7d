// The typed result of a stock command, read from the jsonb the database returns: quantities
// come back exact (never through a rounded double), and every id the command made is kept.
#include "access/apierror.h"
#include "stock/movementtype.h"
#include "stock/stockcommands.h"

#include <QJsonDocument>
#include <QTest>

using namespace stockroom;

class TestStockResult : public QObject
{
    Q_OBJECT

private slots:
    void quantitiesAreExact_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<qint64>("scaled");
        QTest::newRow("whole with scale") << "6.0000" << qint64(60'000);
        QTest::newRow("a tenth") << "0.3000" << qint64(3'000);
        QTest::newRow("four decimals") << "1234567.8901" << qint64(12'345'678'901);
        QTest::newRow("negative") << "-0.0001" << qint64(-1);
        QTest::newRow("large") << "99999999999.9999" << qint64(999'999'999'999'999);
    }
    void quantitiesAreExact()
    {
        QFETCH(QString, number);
        QFETCH(qint64, scaled);
        const QByteArray json =
            QStringLiteral(R"({"on_hand": %1, "reserved": 0.0000})").arg(number).toUtf8();
        const StockCommandResult r =
            StockCommandResult::fromJson(QJsonDocument::fromJson(json).object());
        QCOMPARE(r.position.onHand.scaled(), scaled);
        QCOMPARE(r.position.reserved.scaled(), qint64(0));
    }

    void readsEveryField()
    {
        const QByteArray json = R"({"on_hand": 4.0000, "version": 7, "reserved": 1.5000,
            "sellable": 2.0000, "available": 2.5000, "in_transit": 17.0000,
            "variant_id": "v-1", "location_id": "l-1", "position_id": "p-1",
            "movement_ids": ["m-1", "m-2"], "reorder_point": 8.0000,
            "reservation_id": "r-1", "transfer_id": "t-1", "batch_id": "b-1", "variance": -3.0000})";
        const StockCommandResult r =
            StockCommandResult::fromJson(QJsonDocument::fromJson(json).object());
        QCOMPARE(r.position.positionId, QStringLiteral("p-1"));
        QCOMPARE(r.position.variantId, QStringLiteral("v-1"));
        QCOMPARE(r.position.locationId, QStringLiteral("l-1"));
        QCOMPARE(r.position.onHand.scaled(), qint64(40'000));
        QCOMPARE(r.position.reserved.scaled(), qint64(15'000));
        QCOMPARE(r.position.available.scaled(), qint64(25'000));
        QCOMPARE(r.position.sellable.scaled(), qint64(20'000));
        QCOMPARE(r.position.inTransit.scaled(), qint64(170'000));
        QCOMPARE(r.position.reorderPoint.scaled(), qint64(80'000));
        QCOMPARE(r.position.version, 7);
        QCOMPARE(r.movementIds, (QStringList{QStringLiteral("m-1"), QStringLiteral("m-2")}));
        QCOMPARE(r.reservationId, QStringLiteral("r-1"));
        QCOMPARE(r.transferId, QStringLiteral("t-1"));
        QCOMPARE(r.batchId, QStringLiteral("b-1"));
        QVERIFY(r.variance.has_value());
        QCOMPARE(r.variance->scaled(), qint64(-30'000));
    }

    void sellableDefaultsToAvailable()
    {
        // record_count with no variance reports no "sellable"; the position's available stands in.
        const StockCommandResult r = StockCommandResult::fromJson(
            QJsonDocument::fromJson(R"({"available": 5.0000, "variance": 0})").object());
        QCOMPARE(r.position.sellable.scaled(), qint64(50'000));
        QCOMPARE(r.variance->scaled(), qint64(0));
    }

    void movementTypesRoundTrip()
    {
        QCOMPARE(movementTypes().size(), 9);
        for (const MovementTypeInfo &info : movementTypes()) {
            const QString key = QString::fromLatin1(info.key);
            QCOMPARE(movementTypeFromKey(key), std::optional<MovementType>(info.type));
            QCOMPARE(movementTypeKey(info.type), key);
            QVERIFY2(movementTypeLabel(key) != key, qPrintable(key));
        }
        QVERIFY(!movementTypeFromKey(QStringLiteral("opening_balance")).has_value());
        QCOMPARE(movementTypeLabel(QStringLiteral("opening_balance")),
                 QStringLiteral("Opening balance"));
        QCOMPARE(movementTypeLabel(QStringLiteral("mystery")), QStringLiteral("mystery"));
    }

    void everyCodeHasItsOwnHeadline()
    {
        QSet<QString> seen;
        for (const ApiErrorCodeInfo &info : apiErrorCodes()) {
            const QString headline = ApiError{info.code, {}, {}}.headline();
            QVERIFY2(!headline.isEmpty(), info.name);
            seen.insert(headline);
        }
        // Two account codes share "Your account cannot do this"; every other code is distinct.
        QCOMPARE(seen.size(), apiErrorCodes().size() - 1);
        QCOMPARE((ApiError{ApiErrorCode::InsufficientStock, {}, {}}.headline()),
                 QStringLiteral("Not enough stock"));
    }
};

QTEST_GUILESS_MAIN(TestStockResult)
#include "tst_stockresult.moc"
