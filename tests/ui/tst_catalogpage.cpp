// Qt Quick Test of the catalog page against a real database: the QML in tests/ui/qml drives
// the real CatalogPage with the real models.
#include "catalogfixture.h"
#include "catalogmodel.h"
#include "categorymodel.h"
#include "db/dbexecutor.h"
#include "db/pgconnection.h"
#include "locationmodel.h"
#include "testdatabase.h"
#include "variantdetailcontroller.h"

#include <QQmlContext>
#include <QQmlEngine>
#include <QQmlEngineExtensionPlugin>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(Stockroom_UiPlugin)
Q_IMPORT_QML_PLUGIN(Stockroom_ScreensPlugin)

using namespace stockroom;

class CatalogPageSetup : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<DbExecutor> m_executor;
    CatalogModel m_catalog;
    CategoryModel m_categories;
    VariantDetailController m_detail;
    LocationModel m_locations;

public Q_SLOTS:
    void applicationAvailable()
    {
        m_db = std::make_unique<test::TestDatabase>(QStringLiteral("catalogpage"));
        test::catalogfixture::load(m_db->info());
        {
            // Item 200 has a price of L1's own besides every location's ₹99.50.
            PgConnection c(m_db->info(), QStringLiteral("fixture"));
            c.exec(
                QStringLiteral(
                    "INSERT INTO variant_prices (tenant_id, variant_id, location_id, mrp, "
                    "base_price,"
                    " tax_rate, effective_from) SELECT v.tenant_id, v.id, l.id, 120, 89, 5,"
                    " now() - interval '1 hour' FROM variants v JOIN locations l ON l.tenant_id ="
                    " v.tenant_id AND l.code = 'L1' WHERE v.tenant_id = $1 AND v.sku = 'SKU-200'"),
                {test::catalogfixture::TenantA});
        }
        m_executor = std::make_unique<DbExecutor>(test::catalogfixture::managerOfAlpha(*m_db),
                                                  QStringLiteral("test-db"));
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/"));
        // Each test file gets fresh models, so tests do not see each other's filters.
        m_catalog.setSearch({});
        m_catalog.setCategoryId({});
        m_catalog.setSource(m_executor.get(), test::catalogfixture::TenantA);
        m_categories.setSource(m_executor.get(), test::catalogfixture::TenantA);
        m_detail.setSource(m_executor.get(), test::catalogfixture::TenantA);
        m_locations.setSource(m_executor.get(), test::catalogfixture::TenantA);
        engine->rootContext()->setContextProperty(QStringLiteral("catalogModel"), &m_catalog);
        engine->rootContext()->setContextProperty(QStringLiteral("categoryModel"), &m_categories);
        engine->rootContext()->setContextProperty(QStringLiteral("detailController"), &m_detail);
        engine->rootContext()->setContextProperty(QStringLiteral("locationModel"), &m_locations);
        engine->rootContext()->setContextProperty(QStringLiteral("screenshotDir"),
                                                  qEnvironmentVariable("STOCKROOM_SCREENSHOT_DIR"));
    }

    void cleanupTestCase()
    {
        m_executor.reset();
        m_db.reset();
    }
};

QUICK_TEST_MAIN_WITH_SETUP(tst_catalogpage, CatalogPageSetup)
#include "tst_catalogpage.moc"
