// The browser snippet of the design notes (tests/node/browser-snippet.js, run by Node.js with the
// ws package) against a real stockroomd serve: once authenticated, its subscribe to "global"
// works and a stock adjustment made elsewhere reaches it.
#include "stockfixture.h"
#include "streamharness.h"

#include <QProcess>
#include <QStandardPaths>
#include <QtTest>

using namespace stockroom;
using namespace stockroom::test;

class TestBrowserSnippet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void snippetReceivesALiveEvent()
    {
        const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
        QVERIFY2(!node.isEmpty(), "Node.js is not installed; scripts/install-deps installs it");
        StockWorld world(QStringLiteral("snippet"));
        ServeProcess server(world.db().info());
        QVERIFY2(server.isListening(), qPrintable(server.output()));

        QProcess snippet;
        snippet.setProcessChannelMode(QProcess::MergedChannels);
        snippet.start(node,
                      {QStringLiteral(SNIPPET_PATH), server.url(), issueTicket(world.manager())});
        QString out;
        auto waitFor = [&](const QString &text) {
            return QTest::qWaitFor(
                [&]() {
                    snippet.waitForReadyRead(20);
                    out += QString::fromUtf8(snippet.readAll());
                    return out.contains(text);
                },
                15000);
        };
        QVERIFY2(waitFor(QStringLiteral("Connected!")), qPrintable(out));
        QVERIFY2(waitFor(QStringLiteral("\"type\":\"subscribed\"")), qPrintable(out));
        QVERIFY(out.contains(QLatin1String("\"recovered\":true")));

        const int v = world.freshVariant();
        PgConnection manager(world.manager(), QStringLiteral("test"));
        manager.exec(QStringLiteral("SELECT api.adjust_stock(gen_random_uuid(), $1, $2, 2,"
                                    " 'receipt', 'snippet')"),
                     {StockWorld::variant(v), world.frontStore()});
        QVERIFY2(waitFor(QStringLiteral("\"event_type\":\"inventory.stock.adjusted\"")),
                 qPrintable(out));
        QVERIFY2(out.contains(StockWorld::variant(v)), qPrintable(out));
        QVERIFY(!out.contains(QLatin1String("\"type\":\"error\"")));

        QCOMPARE(server.terminate(), 0);
        QVERIFY2(waitFor(QStringLiteral("Closed: 1001")), qPrintable(out));
        QVERIFY(snippet.waitForFinished(5000));
    }
};

QTEST_GUILESS_MAIN(TestBrowserSnippet)
#include "tst_browsersnippet.moc"
