// Qt Quick Test of the Stock page against a real database, signed in as a store manager of
// Alpha's store S1: the QML in tests/ui/qml drives the real StockPage with the real controller.
// "meanwhile" lets a test change stock as another staff member would, behind the page's back.
// With STOCKROOM_SCREENSHOT_DIR set, it also saves what the page looks like at each step.
#include "catalogfixture.h"
#include "categorymodel.h"
#include "db/dbexecutor.h"
#include "db/pgconnection.h"
#include "db/sqlsession.h"
#include "locationmodel.h"
#include "stock/stockcommands.h"
#include "stockcontroller.h"
#include "stockscreenfixture.h"
#include "testdatabase.h"

#include <QQmlContext>
#include <QQmlEngine>
#include <QQmlEngineExtensionPlugin>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(Stockroom_UiPlugin)
Q_IMPORT_QML_PLUGIN(Stockroom_ScreensPlugin)

using namespace stockroom;

/** What another staff member does meanwhile, and what the database holds, for the QML tests. */
class Meanwhile : public QObject
{
    Q_OBJECT
public:
    test::TestDatabase *db = nullptr;
    ConnectionInfo other;

    /** Adjusts item @p item at location @p code by @p delta (receipt or damage). */
    Q_INVOKABLE void adjust(int item, const QString &code, const QString &delta)
    {
        PgConnection c(other, QStringLiteral("meanwhile"));
        PgSession session(c);
        AdjustStock a;
        a.variantId = test::stockscreenfixture::variantId(item);
        a.locationId = test::stockscreenfixture::locationId(db->info(), code);
        a.delta = *Quantity::parse(delta);
        a.type = a.delta.isNegative() ? MovementType::Damage : MovementType::Receipt;
        (void)stockcommands::adjust(session, QUuid::createUuid(), a);
    }
    Q_INVOKABLE QString variantId(int item) const
    {
        return test::stockscreenfixture::variantId(item);
    }
    Q_INVOKABLE QString locationId(const QString &code) const
    {
        return test::stockscreenfixture::locationId(db->info(), code);
    }
    Q_INVOKABLE QString barcode(int item) const { return test::catalogfixture::ean13(item); }
    /** On hand of item @p item at @p code, as the database prints it ("10.0000"). */
    Q_INVOKABLE QString onHand(int item, const QString &code) const
    {
        PgConnection c(db->info(), QStringLiteral("meanwhile"));
        return c
            .scalar(
                QStringLiteral("SELECT quantity_on_hand::text FROM stock_positions sp JOIN "
                               "locations l ON l.id = sp.location_id WHERE sp.variant_id = "
                               "$1 AND l.code = $2 AND l.tenant_id = $3"),
                {test::stockscreenfixture::variantId(item), code, test::catalogfixture::TenantA})
            .value_or(QString());
    }
};

class StockPageSetup : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<DbExecutor> m_executor;
    StockController m_controller;
    LocationModel m_locations;
    CategoryModel m_categories;
    Meanwhile m_meanwhile;

public Q_SLOTS:
    void applicationAvailable()
    {
        // The desktop app's style, so screenshots show what people see.
        qputenv("QT_QUICK_CONTROLS_STYLE", "Fusion");
        m_db = std::make_unique<test::TestDatabase>(QStringLiteral("stockpage"));
        test::stockscreenfixture::load(m_db->info());
        m_executor = std::make_unique<DbExecutor>(test::stockscreenfixture::manager(*m_db),
                                                  QStringLiteral("test-db"));
        m_meanwhile.db = m_db.get();
        m_meanwhile.other = test::stockscreenfixture::manager(*m_db);
        m_controller.setSource(m_executor.get(), test::catalogfixture::TenantA);
        m_locations.setSource(m_executor.get(), test::catalogfixture::TenantA);
        m_categories.setSource(m_executor.get(), test::catalogfixture::TenantA);
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/"));
        QQmlContext *context = engine->rootContext();
        context->setContextProperty(QStringLiteral("stockController"), &m_controller);
        context->setContextProperty(QStringLiteral("locationModel"), &m_locations);
        context->setContextProperty(QStringLiteral("categoryModel"), &m_categories);
        context->setContextProperty(QStringLiteral("meanwhile"), &m_meanwhile);
        context->setContextProperty(QStringLiteral("screenshotDir"),
                                    qEnvironmentVariable("STOCKROOM_SCREENSHOT_DIR"));
    }

    void cleanupTestCase()
    {
        m_controller.setSource(nullptr, {});
        m_executor.reset();
        m_db.reset();
    }
};

QUICK_TEST_MAIN_WITH_SETUP(tst_stockpage, StockPageSetup)
#include "tst_stockpage.moc"
