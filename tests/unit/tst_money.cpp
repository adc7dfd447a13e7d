#include "types/money.h"

#include <QDebug>
#include <QTest>
#include <QVariant>

using stockroom::Money;

namespace stockroom {
// Lets QCOMPARE print amounts instead of "<unknown>" when a comparison fails.
char *toString(const Money &money)
{
    return QTest::toString(money.toSqlString());
}
} // namespace stockroom

namespace {
constexpr qint64 kMax = Money::kMaxMinorUnits;
Money paise(qint64 minorUnits)
{
    return Money::fromMinorUnits(minorUnits);
}
} // namespace

class TestMoney : public QObject
{
    Q_OBJECT

private slots:
    void defaultIsZero();
    void rupeeSignIsU20B9();
    void parse_valid_data();
    void parse_valid();
    void parse_invalid_data();
    void parse_invalid();
    void parseHuman_valid_data();
    void parseHuman_valid();
    void parseHuman_invalid_data();
    void parseHuman_invalid();
    void toSqlString_data();
    void toSqlString();
    void toDisplayString_data();
    void toDisplayString();
    void roundTripSql_data();
    void roundTripSql();
    void roundTripDisplay_data();
    void roundTripDisplay();
    void arithmetic_data();
    void arithmetic();
    void checkedAdd_data();
    void checkedAdd();
    void comparisons_data();
    void comparisons();
    void predicates_data();
    void predicates();
    void variantAndDebug();
};

void TestMoney::defaultIsZero()
{
    const Money money;
    QCOMPARE(money.minorUnits(), qint64(0));
    QVERIFY(money.isZero());
    QCOMPARE(money, paise(0));
}

void TestMoney::rupeeSignIsU20B9()
{
    // Guards the other expectations in this file: they are typed as UTF-8 "₹".
    QCOMPARE(QStringLiteral("₹"), QString(QChar(0x20B9)));
    QVERIFY(paise(100).toDisplayString().startsWith(QChar(0x20B9)));
}

void TestMoney::parse_valid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("zero") << "0" << qint64(0);
    QTest::newRow("zero with decimals") << "0.00" << qint64(0);
    QTest::newRow("negative zero") << "-0.00" << qint64(0);
    QTest::newRow("whole") << "12" << qint64(1200);
    QTest::newRow("one decimal") << "12.5" << qint64(1250);
    QTest::newRow("two decimals") << "12.50" << qint64(1250);
    QTest::newRow("trailing point") << "12." << qint64(1200);
    QTest::newRow("no whole part") << ".5" << qint64(50);
    QTest::newRow("negative no whole part") << "-.05" << qint64(-5);
    QTest::newRow("paise") << "0.05" << qint64(5);
    QTest::newRow("negative paise") << "-0.05" << qint64(-5);
    QTest::newRow("plus sign") << "+7.25" << qint64(725);
    QTest::newRow("negative") << "-1234.50" << qint64(-123450);
    QTest::newRow("extra zero digit") << "1.500" << qint64(150);
    QTest::newRow("many extra zeros") << "1.50000000" << qint64(150);
    QTest::newRow("leading zeros") << "007.10" << qint64(710);
    QTest::newRow("max") << "9999999999.99" << kMax;
    QTest::newRow("min") << "-9999999999.99" << -kMax;
    QTest::newRow("max whole") << "9999999999" << qint64(999999999900);
    QTest::newRow("max with long zero padding") << "0000000000009999999999.9900" << kMax;
}

void TestMoney::parse_valid()
{
    QFETCH(QString, text);
    QFETCH(qint64, expected);
    const std::optional<Money> parsed = Money::parse(text);
    QVERIFY2(parsed.has_value(), qPrintable(text));
    QCOMPARE(parsed->minorUnits(), expected);
}

void TestMoney::parse_invalid_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("empty") << "";
    QTest::newRow("space") << " ";
    QTest::newRow("sign only") << "-";
    QTest::newRow("plus only") << "+";
    QTest::newRow("point only") << ".";
    QTest::newRow("sign and point") << "-.";
    QTest::newRow("letters") << "abc";
    QTest::newRow("trailing letter") << "12a";
    QTest::newRow("three decimals") << "1.234";
    QTest::newRow("non-zero far digit") << "1.0000001";
    QTest::newRow("two points") << "1.2.3";
    QTest::newRow("exponent") << "1e5";
    QTest::newRow("exponent upper") << "1.5E2";
    QTest::newRow("hex") << "0x10";
    QTest::newRow("overflow by a paisa") << "10000000000.00";
    QTest::newRow("overflow whole") << "10000000000";
    QTest::newRow("negative overflow") << "-10000000000";
    QTest::newRow("out of range 12345678901.23") << "12345678901.23";
    QTest::newRow("beyond qint64") << "99999999999999999999999";
    QTest::newRow("thousands comma") << "1,000";
    QTest::newRow("decimal comma") << "12,50";
    QTest::newRow("leading space") << " 12";
    QTest::newRow("trailing space") << "12 ";
    QTest::newRow("double sign") << "--1";
    QTest::newRow("mixed signs") << "+-1";
    QTest::newRow("sign after digits") << "12-";
    QTest::newRow("NaN") << "NaN";
    QTest::newRow("Infinity") << "Infinity";
    QTest::newRow("rupee sign") << "₹12";
    QTest::newRow("Arabic-Indic digits") << "\u0661\u0662";
    QTest::newRow("Devanagari digits") << "\u0967\u0968";
    QTest::newRow("fullwidth digits") << "\uFF11\uFF12";
}

void TestMoney::parse_invalid()
{
    QFETCH(QString, text);
    const std::optional<Money> parsed = Money::parse(text);
    QVERIFY2(!parsed.has_value(), qPrintable(parsed ? parsed->toSqlString() : QString()));
}

void TestMoney::parseHuman_valid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("plain") << "12.50" << qint64(1250);
    QTest::newRow("surrounding whitespace") << "  12.50\t\n" << qint64(1250);
    QTest::newRow("indian grouping") << "1,00,000.50" << qint64(10000050);
    QTest::newRow("western grouping") << "100,000.50" << qint64(10000050);
    QTest::newRow("indian crore") << "12,34,56,789" << qint64(123456789 * 100LL);
    QTest::newRow("western million") << "1,234,567.89" << qint64(123456789);
    QTest::newRow("one thousand") << "1,000" << qint64(100000);
    QTest::newRow("rupee sign") << "₹1,00,000.00" << qint64(10000000);
    QTest::newRow("rupee sign and space") << "₹ 12" << qint64(1200);
    QTest::newRow("Rs.") << "Rs. 500" << qint64(50000);
    QTest::newRow("Rs no space") << "Rs500" << qint64(50000);
    QTest::newRow("rs lower case") << "rs 12.5" << qint64(1250);
    QTest::newRow("RS. upper case") << "RS.1,000" << qint64(100000);
    QTest::newRow("negative display form") << "-₹1,234.50" << qint64(-123450);
    QTest::newRow("sign after rupee") << "₹-1,234.50" << qint64(-123450);
    QTest::newRow("sign after Rs.") << "Rs. -5" << qint64(-500);
    QTest::newRow("plus") << "+₹5" << qint64(500);
    QTest::newRow("paise only") << "₹.05" << qint64(5);
    QTest::newRow("max grouped") << "₹9,99,99,99,999.99" << kMax;
    QTest::newRow("min grouped western") << "-9,999,999,999.99" << -kMax;
    QTest::newRow("non-breaking space around") << "\u00A0₹5\u00A0" << qint64(500);
}

void TestMoney::parseHuman_valid()
{
    QFETCH(QString, text);
    QFETCH(qint64, expected);
    const std::optional<Money> parsed = Money::parseHuman(text);
    QVERIFY2(parsed.has_value(), qPrintable(text));
    QCOMPARE(parsed->minorUnits(), expected);
}

void TestMoney::parseHuman_invalid_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("empty") << "";
    QTest::newRow("whitespace") << "   ";
    QTest::newRow("rupee only") << "₹";
    QTest::newRow("Rs. only") << "Rs.";
    QTest::newRow("decimal comma") << "12,50";
    QTest::newRow("short last group") << "1,00";
    QTest::newRow("long last group") << "1,0000";
    QTest::newRow("one-digit middle group") << "1,2,345";
    QTest::newRow("four-digit first group") << "1000,000";
    QTest::newRow("leading comma") << ",100";
    QTest::newRow("trailing comma") << "100,";
    QTest::newRow("double comma") << "1,,000";
    QTest::newRow("comma in fraction") << "1,000.5,0";
    QTest::newRow("comma before point") << "1,000,.50";
    QTest::newRow("three decimals") << "₹1.234";
    QTest::newRow("two rupee signs") << "₹₹12";
    QTest::newRow("two signs") << "-₹-12";
    QTest::newRow("rupee sign suffix") << "12₹";
    QTest::newRow("space between sign and rupee") << "- ₹12";
    QTest::newRow("space inside digits") << "1 000";
    QTest::newRow("dollar") << "$12";
    QTest::newRow("Rs twice") << "Rs. Rs. 5";
    QTest::newRow("Rs triple point") << "Rs...5";
    QTest::newRow("Rupees spelt out") << "Rupees 5";
    QTest::newRow("overflow grouped") << "₹10,000,000,000.00";
    QTest::newRow("overflow indian") << "₹1,00,00,00,00,000";
    QTest::newRow("exponent") << "1e3";
    QTest::newRow("letters") << "twelve";
}

void TestMoney::parseHuman_invalid()
{
    QFETCH(QString, text);
    const std::optional<Money> parsed = Money::parseHuman(text);
    QVERIFY2(!parsed.has_value(), qPrintable(parsed ? parsed->toSqlString() : QString()));
}

void TestMoney::toSqlString_data()
{
    QTest::addColumn<Money>("money");
    QTest::addColumn<QString>("expected");

    QTest::newRow("zero") << paise(0) << "0.00";
    QTest::newRow("paisa") << paise(5) << "0.05";
    QTest::newRow("negative paisa") << paise(-5) << "-0.05";
    QTest::newRow("ten paise") << paise(10) << "0.10";
    QTest::newRow("whole") << paise(99900) << "999.00";
    QTest::newRow("negative") << paise(-123450) << "-1234.50";
    QTest::newRow("no grouping") << paise(123456789) << "1234567.89";
    QTest::newRow("max") << paise(kMax) << "9999999999.99";
    QTest::newRow("min") << paise(-kMax) << "-9999999999.99";
    QTest::newRow("qint64 min does not crash")
        << paise(std::numeric_limits<qint64>::min()) << "-92233720368547758.08";
}

void TestMoney::toSqlString()
{
    QFETCH(Money, money);
    QFETCH(QString, expected);
    QCOMPARE(money.toSqlString(), expected);
}

void TestMoney::toDisplayString_data()
{
    QTest::addColumn<Money>("money");
    QTest::addColumn<QString>("expected");

    QTest::newRow("zero") << paise(0) << "₹0.00";
    QTest::newRow("paise") << paise(5) << "₹0.05";
    QTest::newRow("negative paise") << paise(-5) << "-₹0.05";
    QTest::newRow("999") << paise(99900) << "₹999.00";
    QTest::newRow("1000") << paise(100000) << "₹1,000.00";
    QTest::newRow("negative 1234.50") << paise(-123450) << "-₹1,234.50";
    QTest::newRow("99999.99") << paise(9999999) << "₹99,999.99";
    QTest::newRow("lakh") << paise(10000000) << "₹1,00,000.00";
    QTest::newRow("12,34,567.89") << paise(123456789) << "₹12,34,567.89";
    QTest::newRow("crore") << paise(1000000000) << "₹1,00,00,000.00";
    QTest::newRow("max") << paise(kMax) << "₹9,99,99,99,999.99";
    QTest::newRow("min") << paise(-kMax) << "-₹9,99,99,99,999.99";
}

void TestMoney::toDisplayString()
{
    QFETCH(Money, money);
    QFETCH(QString, expected);
    QCOMPARE(money.toDisplayString(), expected);
}

void TestMoney::roundTripSql_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("sql");

    QTest::newRow("canonical") << "1234.50"
                               << "1234.50";
    QTest::newRow("short fraction") << "12.5"
                                    << "12.50";
    QTest::newRow("no fraction") << "12"
                                 << "12.00";
    QTest::newRow("point fraction") << ".5"
                                    << "0.50";
    QTest::newRow("extra zeros") << "1.500"
                                 << "1.50";
    QTest::newRow("plus") << "+3"
                          << "3.00";
    QTest::newRow("negative zero") << "-0"
                                   << "0.00";
    QTest::newRow("leading zeros") << "-0042.07"
                                   << "-42.07";
    QTest::newRow("max") << "9999999999.99"
                         << "9999999999.99";
    QTest::newRow("min") << "-9999999999.99"
                         << "-9999999999.99";
}

void TestMoney::roundTripSql()
{
    QFETCH(QString, text);
    QFETCH(QString, sql);
    const std::optional<Money> parsed = Money::parse(text);
    QVERIFY(parsed.has_value());
    QCOMPARE(parsed->toSqlString(), sql);
    // The canonical form must parse back to the same amount.
    QCOMPARE(Money::parse(parsed->toSqlString()), parsed);
}

void TestMoney::roundTripDisplay_data()
{
    QTest::addColumn<Money>("money");

    for (const qint64 minor :
         {qint64(0), qint64(1), qint64(-1), qint64(99), qint64(100), qint64(99999), qint64(100000),
          qint64(-123450), qint64(9999999), qint64(10000000), qint64(123456789), qint64(1000000000),
          qint64(98765432101), kMax, -kMax}) {
        QTest::addRow("%lld", static_cast<long long>(minor)) << paise(minor);
    }
}

void TestMoney::roundTripDisplay()
{
    QFETCH(Money, money);
    const QString display = money.toDisplayString();
    QCOMPARE(Money::parseHuman(display), std::optional<Money>(money));
    QCOMPARE(Money::parse(money.toSqlString()), std::optional<Money>(money));
}

void TestMoney::arithmetic_data()
{
    QTest::addColumn<Money>("a");
    QTest::addColumn<Money>("b");
    QTest::addColumn<Money>("sum");
    QTest::addColumn<Money>("difference");

    QTest::newRow("simple") << paise(1050) << paise(225) << paise(1275) << paise(825);
    QTest::newRow("to zero") << paise(500) << paise(-500) << paise(0) << paise(1000);
    QTest::newRow("below zero") << paise(5) << paise(10) << paise(15) << paise(-5);
    QTest::newRow("negatives") << paise(-300) << paise(-200) << paise(-500) << paise(-100);
    QTest::newRow("tenths add exactly") << paise(10) << paise(20) << paise(30) << paise(-10);
    QTest::newRow("extremes") << paise(kMax) << paise(-kMax) << paise(0) << paise(2 * kMax);
}

void TestMoney::arithmetic()
{
    QFETCH(Money, a);
    QFETCH(Money, b);
    QFETCH(Money, sum);
    QFETCH(Money, difference);

    QCOMPARE(a + b, sum);
    QCOMPARE(b + a, sum);
    QCOMPARE(a - b, difference);
    QCOMPARE(-(a - b), b - a);
    QCOMPARE(-(-a), a);
    QCOMPARE((a + b) - b, a);

    Money accumulated = a;
    accumulated += b;
    QCOMPARE(accumulated, sum);
    accumulated -= b;
    QCOMPARE(accumulated, a);
}

void TestMoney::checkedAdd_data()
{
    QTest::addColumn<Money>("a");
    QTest::addColumn<Money>("b");
    QTest::addColumn<bool>("fits");
    QTest::addColumn<Money>("sum");

    QTest::newRow("small") << paise(1050) << paise(225) << true << paise(1275);
    QTest::newRow("reach max") << paise(kMax - 1) << paise(1) << true << paise(kMax);
    QTest::newRow("reach min") << paise(-kMax + 1) << paise(-1) << true << paise(-kMax);
    QTest::newRow("max plus min") << paise(kMax) << paise(-kMax) << true << paise(0);
    QTest::newRow("max minus one") << paise(kMax) << paise(-1) << true << paise(kMax - 1);
    QTest::newRow("max plus paisa") << paise(kMax) << paise(1) << false << Money();
    QTest::newRow("min minus paisa") << paise(-kMax) << paise(-1) << false << Money();
    QTest::newRow("max plus max") << paise(kMax) << paise(kMax) << false << Money();
    QTest::newRow("qint64 overflow")
        << paise(std::numeric_limits<qint64>::max()) << paise(1) << false << Money();
    QTest::newRow("qint64 underflow")
        << paise(std::numeric_limits<qint64>::min()) << paise(-1) << false << Money();
}

void TestMoney::checkedAdd()
{
    QFETCH(Money, a);
    QFETCH(Money, b);
    QFETCH(bool, fits);
    QFETCH(Money, sum);

    const std::optional<Money> result = Money::checkedAdd(a, b);
    QCOMPARE(result.has_value(), fits);
    if (fits) {
        QCOMPARE(*result, sum);
        QCOMPARE(Money::checkedAdd(b, a), result);
    }
}

void TestMoney::comparisons_data()
{
    QTest::addColumn<Money>("a");
    QTest::addColumn<Money>("b");
    QTest::addColumn<int>("order"); // -1: a < b, 0: equal, 1: a > b

    QTest::newRow("equal") << paise(1250) << paise(1250) << 0;
    QTest::newRow("equal zero") << paise(0) << Money() << 0;
    QTest::newRow("less by a paisa") << paise(1249) << paise(1250) << -1;
    QTest::newRow("greater by a paisa") << paise(1251) << paise(1250) << 1;
    QTest::newRow("negative less") << paise(-1) << paise(0) << -1;
    QTest::newRow("min vs max") << paise(-kMax) << paise(kMax) << -1;
}

void TestMoney::comparisons()
{
    QFETCH(Money, a);
    QFETCH(Money, b);
    QFETCH(int, order);

    QCOMPARE(a == b, order == 0);
    QCOMPARE(a != b, order != 0);
    QCOMPARE(a < b, order < 0);
    QCOMPARE(a <= b, order <= 0);
    QCOMPARE(a > b, order > 0);
    QCOMPARE(a >= b, order >= 0);
}

void TestMoney::predicates_data()
{
    QTest::addColumn<Money>("money");
    QTest::addColumn<bool>("zero");
    QTest::addColumn<bool>("negative");

    QTest::newRow("zero") << paise(0) << true << false;
    QTest::newRow("parsed negative zero") << *Money::parse(u"-0.00") << true << false;
    QTest::newRow("paisa") << paise(1) << false << false;
    QTest::newRow("minus paisa") << paise(-1) << false << true;
}

void TestMoney::predicates()
{
    QFETCH(Money, money);
    QFETCH(bool, zero);
    QFETCH(bool, negative);
    QCOMPARE(money.isZero(), zero);
    QCOMPARE(money.isNegative(), negative);
}

void TestMoney::variantAndDebug()
{
    const Money money = paise(-123450);
    const QVariant variant = QVariant::fromValue(money);
    QCOMPARE(variant.metaType(), QMetaType::fromType<Money>());
    QVERIFY(variant.canConvert<Money>());
    QCOMPARE(variant.value<Money>(), money);

    QString logged;
    QDebug(&logged) << money;
    QCOMPARE(logged, QStringLiteral("Money(-1234.50) "));
}

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
