// Qt Quick Test of the Prices page against a real database, signed in as a store manager of
// Alpha's store S1 (location L1): the QML in tests/ui/qml drives the real PricesPage with the
// real PriceController. Items 000–009 are priced ₹90–₹99 of ₹110 MRP for every location, so a
// bulk rise of 15% takes 006–009 above their MRP. "meanwhile" changes prices as another staff
// member would, behind the page's back, and reads what the database holds. With
// STOCKROOM_SCREENSHOT_DIR set, it also saves what the page looks like at each step.
#include "catalogfixture.h"
#include "categorymodel.h"
#include "db/dbexecutor.h"
#include "db/pgconnection.h"
#include "locationmodel.h"
#include "pricecontroller.h"
#include "stream/streamevent.h"
#include "testdatabase.h"

#include <QQmlContext>
#include <QQmlEngine>
#include <QQmlEngineExtensionPlugin>
#include <QUuid>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(Stockroom_UiPlugin)
Q_IMPORT_QML_PLUGIN(Stockroom_ScreensPlugin)

using namespace stockroom;
using namespace stockroom::test;

namespace {
QString variantId(int n)
{
    return QStringLiteral("30000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
}
} // namespace

/** What another staff member does meanwhile, and what the database holds, for the QML tests. */
class Meanwhile : public QObject
{
    Q_OBJECT
public:
    TestDatabase *db = nullptr;
    ConnectionInfo other;
    PriceController *controller = nullptr;

    /** Changes item @p item's own price at L1 to @p price (₹110 MRP, 5%) from now on. */
    Q_INVOKABLE void setPrice(int item, const QString &price)
    {
        PgConnection c(other, QStringLiteral("meanwhile"));
        c.exec(QStringLiteral("SELECT api.schedule_price_change($1, $2, (SELECT id FROM locations"
                              " WHERE code = 'L1' AND tenant_id = $3), 'default', 110,"
                              " $4::numeric, 5)"),
               {QUuid::createUuid().toString(QUuid::WithoutBraces), variantId(item),
                catalogfixture::TenantA, price});
    }
    /**
     * What the live stream brings after another desktop changed item @p item's price: the
     * catalog.price.updated event, handed to the page's controller as the app does.
     */
    Q_INVOKABLE void announce(int item)
    {
        StreamEvent event;
        event.seq = ++m_seq;
        event.eventType = QStringLiteral("catalog.price.updated");
        event.variantId = QUuid(variantId(item));
        controller->liveEvent(event);
    }
    /** Item @p item's price in effect at L1 now, as the database prints it ("103.50"). */
    Q_INVOKABLE QString price(int item) const
    {
        PgConnection c(db->info(), QStringLiteral("meanwhile"));
        return c
            .scalar(QStringLiteral("SELECT base_price::text FROM pricing.price_at($1, $2,"
                                   " (SELECT id FROM locations WHERE code = 'L1' AND tenant_id ="
                                   " $1), 'default', now())"),
                    {catalogfixture::TenantA, variantId(item)})
            .value_or(QStringLiteral("<none>"));
    }
    /** How many price rows item @p item has. */
    Q_INVOKABLE int rows(int item) const
    {
        PgConnection c(db->info(), QStringLiteral("meanwhile"));
        return c
            .scalar(QStringLiteral("SELECT count(*) FROM variant_prices WHERE variant_id = $1"),
                    {variantId(item)})
            .value_or(QStringLiteral("0"))
            .toInt();
    }

private:
    qint64 m_seq = 0;
};

class PricePageSetup : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<DbExecutor> m_executor;
    PriceController m_controller;
    LocationModel m_locations;
    CategoryModel m_categories;
    Meanwhile m_meanwhile;

public Q_SLOTS:
    void applicationAvailable()
    {
        // The desktop app's style, so screenshots show what people see.
        qputenv("QT_QUICK_CONTROLS_STYLE", "Fusion");
        m_db = std::make_unique<TestDatabase>(QStringLiteral("pricepage"));
        catalogfixture::load(m_db->info());
        {
            PgConnection c(m_db->info(), QStringLiteral("fixture"));
            c.exec(
                QStringLiteral("UPDATE variant_prices vp SET mrp = 110, base_price = 90 + g.n"
                               " FROM generate_series(0, 9) g(n) WHERE vp.variant_id ="
                               " ('30000000-0000-4000-8000-' || lpad(g.n::text, 12, '0'))::uuid"));
        }
        const ConnectionInfo manager = catalogfixture::managerOfAlpha(*m_db);
        m_executor = std::make_unique<DbExecutor>(manager, QStringLiteral("test-db"));
        m_meanwhile.db = m_db.get();
        m_meanwhile.other = catalogfixture::managerOfAlpha(*m_db);
        m_meanwhile.controller = &m_controller;
        m_locations.setSource(m_executor.get(), catalogfixture::TenantA);
        m_categories.setSource(m_executor.get(), catalogfixture::TenantA);
        m_controller.setSource(m_executor.get(), catalogfixture::TenantA, false, &m_locations);
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/"));
        QQmlContext *context = engine->rootContext();
        context->setContextProperty(QStringLiteral("priceController"), &m_controller);
        context->setContextProperty(QStringLiteral("categoryModel"), &m_categories);
        context->setContextProperty(QStringLiteral("meanwhile"), &m_meanwhile);
        context->setContextProperty(QStringLiteral("screenshotDir"),
                                    qEnvironmentVariable("STOCKROOM_SCREENSHOT_DIR"));
    }

    void cleanupTestCase()
    {
        m_controller.setSource(nullptr, {}, false, nullptr);
        m_locations.setSource(nullptr, {});
        m_categories.setSource(nullptr, {});
        m_executor.reset();
        m_db.reset();
    }
};

QUICK_TEST_MAIN_WITH_SETUP(tst_pricepage, PricePageSetup)
#include "tst_pricepage.moc"
