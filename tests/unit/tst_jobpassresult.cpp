// What `stockroomd jobs` prints for a pass: counts with the right plurals, idle passes said so.
#include "maintenance/stockjobs.h"

#include <QTest>

using stockroom::JobPassResult;

class TestJobPassResult : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void summary_data()
    {
        QTest::addColumn<int>("reservations");
        QTest::addColumn<int>("expired");
        QTest::addColumn<int>("alerts");
        QTest::addColumn<int>("partitions");
        QTest::addColumn<int>("prices");
        QTest::addColumn<QString>("summary");
        QTest::newRow("idle") << 0 << 0 << 0 << 0 << 0
                              << QStringLiteral("nothing to do: no overdue reservations, no "
                                                "batches past expiry or newly in their alert "
                                                "window, no prices changed by the clock");
        QTest::newRow("one reservation")
            << 1 << 0 << 0 << 0 << 0 << QStringLiteral("expired 1 reservation");
        QTest::newRow("reservations")
            << 3 << 0 << 0 << 0 << 0 << QStringLiteral("expired 3 reservations");
        QTest::newRow("batches and an alert")
            << 0 << 2 << 1 << 0 << 0
            << QStringLiteral("2 batches marked expired, 1 expiring-soon alert");
        QTest::newRow("alerts only")
            << 0 << 0 << 4 << 0 << 0
            << QStringLiteral("0 batches marked expired, 4 expiring-soon alerts");
        QTest::newRow("one price change")
            << 0 << 0 << 0 << 0 << 1 << QStringLiteral("announced 1 price change by the clock");
        QTest::newRow("everything")
            << 3 << 1 << 2 << 1 << 12
            << QStringLiteral("expired 3 reservations; 1 batch marked expired, 2 expiring-soon "
                              "alerts; created 1 ledger partition; announced 12 price changes by "
                              "the clock");
    }

    void summary()
    {
        QFETCH(int, reservations);
        QFETCH(int, expired);
        QFETCH(int, alerts);
        QFETCH(int, partitions);
        QFETCH(int, prices);
        QFETCH(QString, summary);
        const JobPassResult result{reservations, expired, alerts, partitions, prices};
        QCOMPARE(result.isIdle(), summary.startsWith(QLatin1String("nothing")));
        QCOMPARE(result.summary(), summary);
    }
};

QTEST_GUILESS_MAIN(TestJobPassResult)
#include "tst_jobpassresult.moc"
