#include "types/quantity.h"

#include <QDebug>
#include <QTest>
#include <QVariant>

using stockroom::Quantity;

namespace stockroom {
// Lets QCOMPARE print quantities instead of "<unknown>" when a comparison fails.
char *toString(const Quantity &quantity)
{
    return QTest::toString(quantity.toSqlString());
}
} // namespace stockroom

namespace {
constexpr qint64 kMax = Quantity::kMaxScaled;
Quantity scaled(qint64 tenThousandths)
{
    return Quantity::fromScaled(tenThousandths);
}
} // namespace

class TestQuantity : public QObject
{
    Q_OBJECT

private slots:
    void defaultIsZero();
    void fromInteger_data();
    void fromInteger();
    void parse_valid_data();
    void parse_valid();
    void parse_invalid_data();
    void parse_invalid();
    void toSqlString_data();
    void toSqlString();
    void toDisplayString_data();
    void toDisplayString();
    void roundTrip_data();
    void roundTrip();
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

void TestQuantity::defaultIsZero()
{
    const Quantity quantity;
    QCOMPARE(quantity.scaled(), qint64(0));
    QVERIFY(quantity.isZero());
    QVERIFY(quantity.isWhole());
    QCOMPARE(quantity, scaled(0));
}

void TestQuantity::fromInteger_data()
{
    QTest::addColumn<qint64>("whole");
    QTest::addColumn<qint64>("expectedScaled");

    QTest::newRow("zero") << qint64(0) << qint64(0);
    QTest::newRow("one") << qint64(1) << qint64(10000);
    QTest::newRow("minus three") << qint64(-3) << qint64(-30000);
    QTest::newRow("largest whole") << qint64(99999999999999) << qint64(999999999999990000);
}

void TestQuantity::fromInteger()
{
    QFETCH(qint64, whole);
    QFETCH(qint64, expectedScaled);
    const Quantity quantity = Quantity::fromInteger(whole);
    QCOMPARE(quantity.scaled(), expectedScaled);
    QVERIFY(quantity.isWhole());
}

void TestQuantity::parse_valid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("zero") << "0" << qint64(0);
    QTest::newRow("zero with decimals") << "0.0000" << qint64(0);
    QTest::newRow("negative zero") << "-0" << qint64(0);
    QTest::newRow("whole") << "12" << qint64(120000);
    QTest::newRow("half") << "12.5" << qint64(125000);
    QTest::newRow("grams") << "0.125" << qint64(1250);
    QTest::newRow("four decimals") << "1.2345" << qint64(12345);
    QTest::newRow("smallest step") << "0.0001" << qint64(1);
    QTest::newRow("negative") << "-3.25" << qint64(-32500);
    QTest::newRow("postgres form") << "-3.2500" << qint64(-32500);
    QTest::newRow("trailing point") << "7." << qint64(70000);
    QTest::newRow("no whole part") << ".5" << qint64(5000);
    QTest::newRow("plus sign") << "+2" << qint64(20000);
    QTest::newRow("extra zero digits") << "1.250000" << qint64(12500);
    QTest::newRow("leading zeros") << "0003.5" << qint64(35000);
    QTest::newRow("max") << "99999999999999.9999" << kMax;
    QTest::newRow("min") << "-99999999999999.9999" << -kMax;
}

void TestQuantity::parse_valid()
{
    QFETCH(QString, text);
    QFETCH(qint64, expected);
    const std::optional<Quantity> parsed = Quantity::parse(text);
    QVERIFY2(parsed.has_value(), qPrintable(text));
    QCOMPARE(parsed->scaled(), expected);
}

void TestQuantity::parse_invalid_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("empty") << "";
    QTest::newRow("space") << " ";
    QTest::newRow("sign only") << "-";
    QTest::newRow("point only") << ".";
    QTest::newRow("sign and point") << "+.";
    QTest::newRow("letters") << "kg";
    QTest::newRow("unit suffix") << "12kg";
    QTest::newRow("five decimals") << "1.23456";
    QTest::newRow("non-zero far digit") << "0.00001";
    QTest::newRow("two points") << "1.2.3";
    QTest::newRow("exponent") << "1e3";
    QTest::newRow("overflow by a step") << "100000000000000.0000";
    QTest::newRow("overflow whole") << "100000000000000";
    QTest::newRow("negative overflow") << "-100000000000000";
    QTest::newRow("beyond qint64") << "9999999999999999999999999";
    QTest::newRow("comma") << "1,000";
    QTest::newRow("leading space") << " 1";
    QTest::newRow("trailing space") << "1 ";
    QTest::newRow("double sign") << "--1";
    QTest::newRow("NaN") << "NaN";
    QTest::newRow("Infinity") << "-Infinity";
    QTest::newRow("Devanagari digits") << "\u0967\u0968";
}

void TestQuantity::parse_invalid()
{
    QFETCH(QString, text);
    const std::optional<Quantity> parsed = Quantity::parse(text);
    QVERIFY2(!parsed.has_value(), qPrintable(parsed ? parsed->toSqlString() : QString()));
}

void TestQuantity::toSqlString_data()
{
    QTest::addColumn<Quantity>("quantity");
    QTest::addColumn<QString>("expected");

    QTest::newRow("zero") << scaled(0) << "0.0000";
    QTest::newRow("whole") << scaled(120000) << "12.0000";
    QTest::newRow("negative") << scaled(-32500) << "-3.2500";
    QTest::newRow("smallest step") << scaled(1) << "0.0001";
    QTest::newRow("negative smallest step") << scaled(-1) << "-0.0001";
    QTest::newRow("max") << scaled(kMax) << "99999999999999.9999";
    QTest::newRow("min") << scaled(-kMax) << "-99999999999999.9999";
    QTest::newRow("qint64 min does not crash")
        << scaled(std::numeric_limits<qint64>::min()) << "-922337203685477.5808";
}

void TestQuantity::toSqlString()
{
    QFETCH(Quantity, quantity);
    QFETCH(QString, expected);
    QCOMPARE(quantity.toSqlString(), expected);
}

void TestQuantity::toDisplayString_data()
{
    QTest::addColumn<Quantity>("quantity");
    QTest::addColumn<QString>("expected");

    QTest::newRow("zero") << scaled(0) << "0";
    QTest::newRow("whole") << scaled(120000) << "12";
    QTest::newRow("half") << scaled(125000) << "12.5";
    QTest::newRow("grams") << scaled(1250) << "0.125";
    QTest::newRow("minus three") << scaled(-30000) << "-3";
    QTest::newRow("negative fraction") << scaled(-32500) << "-3.25";
    QTest::newRow("smallest step") << scaled(1) << "0.0001";
    QTest::newRow("negative smallest step") << scaled(-1) << "-0.0001";
    QTest::newRow("inner zero kept") << scaled(10050) << "1.005";
    QTest::newRow("thousand, no grouping") << scaled(10000000) << "1000";
    QTest::newRow("max") << scaled(kMax) << "99999999999999.9999";
}

void TestQuantity::toDisplayString()
{
    QFETCH(Quantity, quantity);
    QFETCH(QString, expected);
    QCOMPARE(quantity.toDisplayString(), expected);
}

void TestQuantity::roundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("display");

    QTest::newRow("canonical") << "12.5000"
                               << "12.5000"
                               << "12.5";
    QTest::newRow("short") << "12.5"
                           << "12.5000"
                           << "12.5";
    QTest::newRow("whole") << "12"
                           << "12.0000"
                           << "12";
    QTest::newRow("point fraction") << ".125"
                                    << "0.1250"
                                    << "0.125";
    QTest::newRow("extra zeros") << "3.250000"
                                 << "3.2500"
                                 << "3.25";
    QTest::newRow("negative") << "-3"
                              << "-3.0000"
                              << "-3";
    QTest::newRow("negative zero") << "-0.0"
                                   << "0.0000"
                                   << "0";
    QTest::newRow("leading zeros") << "0007.0010"
                                   << "7.0010"
                                   << "7.001";
    QTest::newRow("max") << "99999999999999.9999"
                         << "99999999999999.9999"
                         << "99999999999999.9999";
    QTest::newRow("min") << "-99999999999999.9999"
                         << "-99999999999999.9999"
                         << "-99999999999999.9999";
}

void TestQuantity::roundTrip()
{
    QFETCH(QString, text);
    QFETCH(QString, sql);
    QFETCH(QString, display);

    const std::optional<Quantity> parsed = Quantity::parse(text);
    QVERIFY(parsed.has_value());
    QCOMPARE(parsed->toSqlString(), sql);
    QCOMPARE(parsed->toDisplayString(), display);
    // Both printed forms must parse back to the same quantity.
    QCOMPARE(Quantity::parse(parsed->toSqlString()), parsed);
    QCOMPARE(Quantity::parse(parsed->toDisplayString()), parsed);
}

void TestQuantity::arithmetic_data()
{
    QTest::addColumn<Quantity>("a");
    QTest::addColumn<Quantity>("b");
    QTest::addColumn<Quantity>("sum");
    QTest::addColumn<Quantity>("difference");

    QTest::newRow("simple") << scaled(15000) << scaled(2500) << scaled(17500) << scaled(12500);
    QTest::newRow("tenths add exactly")
        << scaled(1000) << scaled(2000) << scaled(3000) << scaled(-1000);
    QTest::newRow("to zero") << scaled(1250) << scaled(-1250) << scaled(0) << scaled(2500);
    QTest::newRow("negatives") << scaled(-3) << scaled(-2) << scaled(-5) << scaled(-1);
    QTest::newRow("extremes") << scaled(kMax) << scaled(-kMax) << scaled(0) << scaled(2 * kMax);
}

void TestQuantity::arithmetic()
{
    QFETCH(Quantity, a);
    QFETCH(Quantity, b);
    QFETCH(Quantity, sum);
    QFETCH(Quantity, difference);

    QCOMPARE(a + b, sum);
    QCOMPARE(b + a, sum);
    QCOMPARE(a - b, difference);
    QCOMPARE(-(a - b), b - a);
    QCOMPARE(-(-a), a);
    QCOMPARE((a + b) - b, a);

    Quantity accumulated = a;
    accumulated += b;
    QCOMPARE(accumulated, sum);
    accumulated -= b;
    QCOMPARE(accumulated, a);
}

void TestQuantity::checkedAdd_data()
{
    QTest::addColumn<Quantity>("a");
    QTest::addColumn<Quantity>("b");
    QTest::addColumn<bool>("fits");
    QTest::addColumn<Quantity>("sum");

    QTest::newRow("small") << scaled(15000) << scaled(2500) << true << scaled(17500);
    QTest::newRow("reach max") << scaled(kMax - 1) << scaled(1) << true << scaled(kMax);
    QTest::newRow("reach min") << scaled(-kMax + 1) << scaled(-1) << true << scaled(-kMax);
    QTest::newRow("max plus min") << scaled(kMax) << scaled(-kMax) << true << scaled(0);
    QTest::newRow("max plus step") << scaled(kMax) << scaled(1) << false << Quantity();
    QTest::newRow("min minus step") << scaled(-kMax) << scaled(-1) << false << Quantity();
    QTest::newRow("max plus max") << scaled(kMax) << scaled(kMax) << false << Quantity();
    QTest::newRow("qint64 overflow")
        << scaled(std::numeric_limits<qint64>::max()) << scaled(1) << false << Quantity();
    QTest::newRow("qint64 underflow")
        << scaled(std::numeric_limits<qint64>::min()) << scaled(-1) << false << Quantity();
}

void TestQuantity::checkedAdd()
{
    QFETCH(Quantity, a);
    QFETCH(Quantity, b);
    QFETCH(bool, fits);
    QFETCH(Quantity, sum);

    const std::optional<Quantity> result = Quantity::checkedAdd(a, b);
    QCOMPARE(result.has_value(), fits);
    if (fits) {
        QCOMPARE(*result, sum);
        QCOMPARE(Quantity::checkedAdd(b, a), result);
    }
}

void TestQuantity::comparisons_data()
{
    QTest::addColumn<Quantity>("a");
    QTest::addColumn<Quantity>("b");
    QTest::addColumn<int>("order"); // -1: a < b, 0: equal, 1: a > b

    QTest::newRow("equal") << scaled(125000) << scaled(125000) << 0;
    QTest::newRow("equal zero") << scaled(0) << Quantity() << 0;
    QTest::newRow("less by a step") << scaled(124999) << scaled(125000) << -1;
    QTest::newRow("greater by a step") << scaled(125001) << scaled(125000) << 1;
    QTest::newRow("negative less") << scaled(-1) << scaled(0) << -1;
    QTest::newRow("min vs max") << scaled(-kMax) << scaled(kMax) << -1;
}

void TestQuantity::comparisons()
{
    QFETCH(Quantity, a);
    QFETCH(Quantity, b);
    QFETCH(int, order);

    QCOMPARE(a == b, order == 0);
    QCOMPARE(a != b, order != 0);
    QCOMPARE(a < b, order < 0);
    QCOMPARE(a <= b, order <= 0);
    QCOMPARE(a > b, order > 0);
    QCOMPARE(a >= b, order >= 0);
}

void TestQuantity::predicates_data()
{
    QTest::addColumn<Quantity>("quantity");
    QTest::addColumn<bool>("zero");
    QTest::addColumn<bool>("negative");
    QTest::addColumn<bool>("whole");

    QTest::newRow("zero") << scaled(0) << true << false << true;
    QTest::newRow("parsed negative zero") << *Quantity::parse(u"-0.0000") << true << false << true;
    QTest::newRow("twelve") << scaled(120000) << false << false << true;
    QTest::newRow("minus three") << scaled(-30000) << false << true << true;
    QTest::newRow("half") << scaled(5000) << false << false << false;
    QTest::newRow("minus a step") << scaled(-1) << false << true << false;
    QTest::newRow("minus 3.25") << scaled(-32500) << false << true << false;
}

void TestQuantity::predicates()
{
    QFETCH(Quantity, quantity);
    QFETCH(bool, zero);
    QFETCH(bool, negative);
    QFETCH(bool, whole);
    QCOMPARE(quantity.isZero(), zero);
    QCOMPARE(quantity.isNegative(), negative);
    QCOMPARE(quantity.isWhole(), whole);
}

void TestQuantity::variantAndDebug()
{
    const Quantity quantity = scaled(-32500);
    const QVariant variant = QVariant::fromValue(quantity);
    QCOMPARE(variant.metaType(), QMetaType::fromType<Quantity>());
    QVERIFY(variant.canConvert<Quantity>());
    QCOMPARE(variant.value<Quantity>(), quantity);

    QString logged;
    QDebug(&logged) << quantity;
    QCOMPARE(logged, QStringLiteral("Quantity(-3.25) "));
}

QTEST_GUILESS_MAIN(TestQuantity)
#include "tst_quantity.moc"
