// Stream channel names: what parses, how it prints, which events reach it.
#include "stream/streamprotocol.h"

#include <QtTest>

using namespace stockroom::stream;

class TestStreamChannel : public QObject
{
    Q_OBJECT

    const QUuid a = QUuid::fromString(QStringLiteral("11111111-2222-4333-8444-555555555555"));
    const QUuid b = QUuid::fromString(QStringLiteral("99999999-2222-4333-8444-555555555555"));

private Q_SLOTS:
    void parses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        const QString id = QStringLiteral("1111aaaa-2222-4333-8444-5555555555ff");
        QTest::newRow("global") << QStringLiteral("global") << true;
        QTest::newRow("product") << QStringLiteral("product:") + id << true;
        QTest::newRow("variant") << QStringLiteral("variant:") + id << true;
        QTest::newRow("location") << QStringLiteral("location:") + id << true;
        QTest::newRow("dark-store") << QStringLiteral("dark-store:") + id << true;
        QTest::newRow("unknown prefix") << QStringLiteral("warehouse:") + id << false;
        QTest::newRow("seed's compound")
            << QStringLiteral("product:%1:warehouse:%1").arg(id) << false;
        QTest::newRow("braces") << QStringLiteral("variant:{%1}").arg(id) << false;
        QTest::newRow("upper case") << QStringLiteral("variant:") + id.toUpper() << false;
        QTest::newRow("short id") << QStringLiteral("variant:1234") << false;
        QTest::newRow("no id") << QStringLiteral("variant:") << false;
        QTest::newRow("Global") << QStringLiteral("Global") << false;
        QTest::newRow("empty") << QString() << false;
    }
    void parses()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        const auto channel = Channel::parse(text);
        QCOMPARE(channel.has_value(), valid);
        if (valid)
            QCOMPARE(channel->toString(), text); // one spelling per channel
    }

    void eventsReachEveryChannelTheyConcern()
    {
        const EventRoute route{a, b, QUuid(), QUuid()}; // product a, variant b, no place
        QCOMPARE(channelsOf(route),
                 (QStringList{QStringLiteral("global"),
                              QStringLiteral("product:") + a.toString(QUuid::WithoutBraces),
                              QStringLiteral("variant:") + b.toString(QUuid::WithoutBraces)}));
        QVERIFY(Channel::parse(QStringLiteral("global"))->concerns(route));
        QVERIFY((Channel{Channel::Kind::Product, a}.concerns(route)));
        QVERIFY(!(Channel{Channel::Kind::Product, b}.concerns(route)));
        QVERIFY((Channel{Channel::Kind::Variant, b}.concerns(route)));
        QVERIFY(!(Channel{Channel::Kind::Location, a}.concerns(route)));
        const EventRoute placed{QUuid(), QUuid(), a, b};
        QVERIFY((Channel{Channel::Kind::Location, a}.concerns(placed)));
        QVERIFY((Channel{Channel::Kind::DarkStore, b}.concerns(placed)));
        QVERIFY(!(Channel{Channel::Kind::DarkStore, a}.concerns(placed)));
        QCOMPARE(channelsOf(placed).size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestStreamChannel)
#include "tst_streamchannel.moc"
