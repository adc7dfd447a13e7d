// Qt Quick Test of the Reservations page against a real database, signed in as a store manager
// of Alpha: the QML in tests/ui/qml drives the real ReservationsPage with the real controller.
// With STOCKROOM_SCREENSHOT_DIR set, it also saves what the page looks like at each step.
#include "catalogfixture.h"
#include "db/dbexecutor.h"
#include "db/pgconnection.h"
#include "locationmodel.h"
#include "reservationcontroller.h"
#include "reservationfixture.h"
#include "testdatabase.h"

#include <QQmlContext>
#include <QQmlEngine>
#include <QQmlEngineExtensionPlugin>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(Stockroom_UiPlugin)
Q_IMPORT_QML_PLUGIN(Stockroom_ScreensPlugin)

using namespace stockroom;

// What the QML test may do behind the database's back, as the superuser.
class Superuser : public QObject
{
    Q_OBJECT
public:
    ConnectionInfo info;
    /** Changes the reserved quantity of @p sku at L1 by @p delta without a reservation. */
    Q_INVOKABLE void skewReserved(const QString &sku, int delta)
    {
        PgConnection c(info, QStringLiteral("tst_reservationpage"));
        c.exec(QStringLiteral("UPDATE stock_positions p SET quantity_reserved = quantity_reserved "
                              "+ $3::int FROM variants v, locations l WHERE v.tenant_id = $1 AND "
                              "v.sku = $2 AND l.tenant_id = $1 AND l.code = 'L1' AND "
                              "p.tenant_id = $1 AND p.variant_id = v.id AND p.location_id = l.id"),
               {test::catalogfixture::TenantA, sku, QString::number(delta)});
    }
};

class ReservationPageSetup : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<DbExecutor> m_executor;
    LocationModel m_locations;
    ReservationController m_controller;
    Superuser m_superuser;

public Q_SLOTS:
    void applicationAvailable()
    {
        // The desktop app's style, so screenshots show what people see.
        qputenv("QT_QUICK_CONTROLS_STYLE", "Fusion");
        m_db = std::make_unique<test::TestDatabase>(QStringLiteral("reservationpage"));
        test::catalogfixture::load(m_db->info());
        test::reservationfixture::load(m_db->info());
        m_superuser.info = m_db->info();
        m_executor = std::make_unique<DbExecutor>(test::catalogfixture::managerOfAlpha(*m_db),
                                                  QStringLiteral("test-db"));
        m_locations.setSource(m_executor.get(), test::catalogfixture::TenantA);
        m_controller.setSource(m_executor.get(), test::catalogfixture::TenantA, &m_locations);
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/"));
        QQmlContext *context = engine->rootContext();
        context->setContextProperty(QStringLiteral("reservationController"), &m_controller);
        context->setContextProperty(QStringLiteral("superuser"), &m_superuser);
        context->setContextProperty(QStringLiteral("screenshotDir"),
                                    qEnvironmentVariable("STOCKROOM_SCREENSHOT_DIR"));
    }

    void cleanupTestCase()
    {
        m_executor.reset();
        m_db.reset();
    }
};

QUICK_TEST_MAIN_WITH_SETUP(tst_reservationpage, ReservationPageSetup)
#include "tst_reservationpage.moc"
