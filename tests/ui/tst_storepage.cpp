// Qt Quick Test of the Store view against a real database and a real live stream (stockroomd
// serve), signed in as a store manager of Alpha's store S1 (locations L1 and dark store DS1-L):
// the QML in tests/ui/qml drives the real StorePage with the real model. "meanwhile" changes
// stock and prices (on a channel too) as a colleague would, behind the page's back. With
// STOCKROOM_SCREENSHOT_DIR set, it also saves what the page looks like.
#include "catalogfixture.h"
#include "db/dbexecutor.h"
#include "db/pgconnection.h"
#include "locationmodel.h"
#include "stockfixture.h"
#include "stockscreenfixture.h"
#include "storecatalogmodel.h"
#include "stream/streamclient.h"
#include "stream/streamtickets.h"
#include "streamharness.h"
#include "testdatabase.h"

#include <QQmlContext>
#include <QQmlEngine>
#include <QQmlEngineExtensionPlugin>
#include <QTest>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(Stockroom_UiPlugin)
Q_IMPORT_QML_PLUGIN(Stockroom_ScreensPlugin)

using namespace stockroom;

/** What a colleague (Alpha's admin) does meanwhile, for the QML tests. */
class Meanwhile : public QObject
{
    Q_OBJECT
public:
    test::TestDatabase *db = nullptr;
    std::unique_ptr<PgConnection> colleague;

    /** Adjusts item @p item at location @p code by @p delta (receipt or damage). */
    Q_INVOKABLE void adjust(int item, const QString &code, const QString &delta)
    {
        (void)test::call(*colleague, QStringLiteral("api.adjust_stock($1, $2, $3, $4, $5)"),
                         {test::newRequestId(), test::stockscreenfixture::variantId(item),
                          locationId(code), delta,
                          delta.startsWith(QLatin1Char('-')) ? QStringLiteral("damage")
                                                             : QStringLiteral("receipt")});
    }
    /** Gives item @p item a price of its own at location @p code, from now on. */
    Q_INVOKABLE void setPrice(int item, const QString &code, const QString &price)
    {
        setChannelPrice(item, code, QStringLiteral("default"), price);
    }
    /** The same on sales channel @p channel. */
    Q_INVOKABLE void setChannelPrice(int item, const QString &code, const QString &channel,
                                     const QString &price)
    {
        (void)test::call(*colleague,
                         QStringLiteral("api.set_price($1, $2, $3, $4, 120, $5::numeric, 5)"),
                         {test::newRequestId(), test::stockscreenfixture::variantId(item),
                          locationId(code), channel, price});
    }
    Q_INVOKABLE QString variantId(int item) const
    {
        return test::stockscreenfixture::variantId(item);
    }
    Q_INVOKABLE QString locationId(const QString &code) const
    {
        return test::stockscreenfixture::locationId(db->info(), code);
    }
};

class StorePageSetup : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<DbExecutor> m_executor;
    std::unique_ptr<test::ServeProcess> m_server;
    std::unique_ptr<StreamClient> m_stream;
    LocationModel m_locations;
    StoreCatalogModel m_store;
    Meanwhile m_meanwhile;

public Q_SLOTS:
    void applicationAvailable()
    {
        qputenv("QT_QUICK_CONTROLS_STYLE", "Fusion");
        m_db = std::make_unique<test::TestDatabase>(QStringLiteral("storepage"));
        test::stockscreenfixture::load(m_db->info());
        m_executor = std::make_unique<DbExecutor>(test::stockscreenfixture::manager(*m_db),
                                                  QStringLiteral("test-db"));
        m_meanwhile.db = m_db.get();
        m_meanwhile.colleague = std::make_unique<PgConnection>(
            m_db->addStaff(test::catalogfixture::TenantA, RoleKind::Admin),
            QStringLiteral("test-colleague"));
        // The session's live stream, as the app has it: changes reach the rows through it.
        m_server = std::make_unique<test::ServeProcess>(m_db->info());
        m_stream = std::make_unique<StreamClient>(streamTicketsFrom(m_executor.get(), this));
        connect(m_stream.get(), &StreamClient::eventReceived, &m_store,
                &StoreCatalogModel::liveEvent);
        m_stream->setUrl(QUrl(m_server->url()));
        m_stream->subscribe(QStringLiteral("global"));
        m_stream->start();
        // Live before the page loads, so no change a test makes can fall between the two.
        if (!QTest::qWaitFor(
                [this]() { return m_stream->lastSeq(QStringLiteral("global")).has_value(); },
                20000))
            qFatal("the live stream did not come up: %s", qPrintable(m_server->output()));
        m_locations.setSource(m_executor.get(), test::catalogfixture::TenantA);
        m_store.setSource(m_executor.get(), test::catalogfixture::TenantA, &m_locations);
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/"));
        QQmlContext *context = engine->rootContext();
        context->setContextProperty(QStringLiteral("storeModel"), &m_store);
        context->setContextProperty(QStringLiteral("locationModel"), &m_locations);
        context->setContextProperty(QStringLiteral("meanwhile"), &m_meanwhile);
        context->setContextProperty(QStringLiteral("screenshotDir"),
                                    qEnvironmentVariable("STOCKROOM_SCREENSHOT_DIR"));
    }

    void cleanupTestCase()
    {
        m_store.setSource(nullptr, {}, nullptr);
        m_locations.setSource(nullptr, {});
        m_stream.reset();
        m_server.reset();
        m_meanwhile.colleague.reset();
        m_executor.reset();
        m_db.reset();
    }
};

QUICK_TEST_MAIN_WITH_SETUP(tst_storepage, StorePageSetup)
#include "tst_storepage.moc"
