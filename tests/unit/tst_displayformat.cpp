// What the screens print for quantities, packs and missing prices.
#include "displayformat.h"

#include <QtTest>

using namespace stockroom;

class TestDisplayFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quantity_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("zero") << QStringLiteral("0") << QStringLiteral("0");
        QTest::newRow("three digits") << QStringLiteral("999") << QStringLiteral("999");
        QTest::newRow("thousand") << QStringLiteral("1000") << QStringLiteral("1,000");
        QTest::newRow("lakh") << QStringLiteral("100000") << QStringLiteral("1,00,000");
        QTest::newRow("crore with fraction")
            << QStringLiteral("12345678.125") << QStringLiteral("1,23,45,678.125");
        QTest::newRow("negative") << QStringLiteral("-25000.5") << QStringLiteral("-25,000.5");
    }

    void quantity()
    {
        QFETCH(QString, value);
        QFETCH(QString, expected);
        const auto q = Quantity::parse(value);
        QVERIFY(q);
        QCOMPARE(display::quantity(*q), expected);
    }

    void packAndMoney()
    {
        QCOMPARE(display::pack(Quantity::fromInteger(500), QStringLiteral("g")),
                 QStringLiteral("500 g"));
        QCOMPARE(display::pack(*Quantity::parse(QStringLiteral("1.5")), QStringLiteral("kg")),
                 QStringLiteral("1.5 kg"));
        QCOMPARE(display::money(std::nullopt), QStringLiteral("–"));
        QCOMPARE(display::money(Money::fromMinorUnits(133600)), QStringLiteral("₹1,336.00"));
    }

    void percent_data()
    {
        QTest::addColumn<QString>("stored");
        QTest::addColumn<QString>("expected");
        QTest::newRow("whole") << QStringLiteral("18.00") << QStringLiteral("18%");
        QTest::newRow("half") << QStringLiteral("5.50") << QStringLiteral("5.5%");
        QTest::newRow("zero") << QStringLiteral("0.00") << QStringLiteral("0%");
        QTest::newRow("no decimals") << QStringLiteral("12") << QStringLiteral("12%");
        QTest::newRow("hundred") << QStringLiteral("100") << QStringLiteral("100%");
    }

    void percent()
    {
        QFETCH(QString, stored);
        QFETCH(QString, expected);
        QCOMPARE(display::percent(stored), expected);
    }
};

QTEST_GUILESS_MAIN(TestDisplayFormat)
#include "tst_displayformat.moc"
