// Barcode check digits as GS1 defines them, the way forms and the import explain a bad one.
#include "catalog/gtin.h"

#include <QtTest>

using namespace stockroom;

class TestGtin : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void check_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("problem");
        QTest::addColumn<QString>("type");
        QTest::addColumn<int>("expected");
        const auto row = [](const char *name, const char *text, Gtin::Problem p, const char *type,
                            int expected = -1) {
            QTest::newRow(name) << QString::fromLatin1(text) << static_cast<int>(p)
                                << QString::fromLatin1(type) << expected;
        };
        row("EAN-13", "4006381333931", Gtin::Problem::None, "EAN13");
        row("EAN-13 from India", "8901262150101", Gtin::Problem::None, "EAN13");
        row("EAN-13 from India, mistyped", "8901262150103", Gtin::Problem::WrongCheckDigit, "EAN13",
            1);
        row("EAN-13, spaces trimmed", "  8901262150101 ", Gtin::Problem::None, "EAN13");
        row("EAN-8", "96385074", Gtin::Problem::None, "EAN8");
        row("UPC-A", "036000291452", Gtin::Problem::None, "UPCA");
        row("UPC-A, check digit 0", "012345678905", Gtin::Problem::None, "UPCA");
        row("EAN-13, last digit off by one", "4006381333932", Gtin::Problem::WrongCheckDigit,
            "EAN13", 1);
        row("EAN-8, wrong", "96385070", Gtin::Problem::WrongCheckDigit, "EAN8", 4);
        row("11 digits", "03600029145", Gtin::Problem::WrongLength, "EAN13");
        row("14 digits", "40063813339310", Gtin::Problem::WrongLength, "EAN13");
        row("a letter", "40063813339X1", Gtin::Problem::NotDigits, "EAN13");
        row("empty", "   ", Gtin::Problem::Empty, "EAN13");
    }
    void check()
    {
        QFETCH(QString, text);
        QFETCH(int, problem);
        QFETCH(QString, type);
        QFETCH(int, expected);
        const Gtin g = Gtin::check(text);
        QCOMPARE(static_cast<int>(g.problem), problem);
        QCOMPARE(g.isValid(), problem == static_cast<int>(Gtin::Problem::None));
        if (g.isValid() || g.problem == Gtin::Problem::WrongCheckDigit)
            QCOMPARE(g.typeName(), type);
        QCOMPARE(g.expectedCheckDigit, expected);
        QCOMPARE(g.message().isEmpty(), g.isValid());
    }

    void theMessageSaysWhatTheDigitShouldBe()
    {
        const Gtin g = Gtin::check(u"4006381333932");
        QCOMPARE(g.message(),
                 QStringLiteral("4006381333932: the check digit should be 1, not 2 — check for a "
                                "mistyped digit."));
        QVERIFY(Gtin::check(u"123").message().contains(QStringLiteral("8 (EAN-8), 12 (UPC-A) or "
                                                                      "13 (EAN-13)")));
    }
};

QTEST_GUILESS_MAIN(TestGtin)
#include "tst_gtin.moc"
