// Stream channel names: what parses, how it prints, which events reach it; and the frames the
// server writes.
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
    void framesCarryTheirLengthAsRfc6455Says_data()
    {
        QTest::addColumn<int>("length");
        QTest::addColumn<QByteArray>("header");
        QTest::newRow("empty") << 0 << QByteArray::fromHex("8100");
        QTest::newRow("7-bit, largest") << 125 << QByteArray::fromHex("817d");
        QTest::newRow("16-bit, smallest") << 126 << QByteArray::fromHex("817e007e");
        QTest::newRow("an event") << 902 << QByteArray::fromHex("817e0386");
        QTest::newRow("16-bit, largest") << 65535 << QByteArray::fromHex("817effff");
        QTest::newRow("64-bit") << 65536 << QByteArray::fromHex("817f0000000000010000");
    }
    void framesCarryTheirLengthAsRfc6455Says()
    {
        QFETCH(int, length);
        QFETCH(QByteArray, header);
        const QByteArray payload(length, 'x');
        const QByteArray frame = textFrame(payload);
        // FIN and the text opcode, no mask bit (a server never masks), the shortest length form.
        QCOMPARE(frame.left(header.size()).toHex(), header.toHex());
        QCOMPARE(frame.size(), header.size() + length);
        QCOMPARE(frame.mid(header.size()), payload);
    }
};

QTEST_GUILESS_MAIN(TestStreamChannel)
#include "tst_streamchannel.moc"
