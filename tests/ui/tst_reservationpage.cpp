// Qt Quick Test of the Reservations page against a real database, signed in as a store manager
// of Alpha: the QML in tests/ui/qml drives the real ReservationsPage with the real controller.
// With STOCKROOM_SCREENSHOT_DIR set, it also saves what the page looks like at each step.
#include "catalogfixture.h"
#include "db/dbexecutor.h"
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

class ReservationPageSetup : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<DbExecutor> m_executor;
    LocationModel m_locations;
    ReservationController m_controller;

public Q_SLOTS:
    void applicationAvailable()
    {
        // The desktop app's style, so screenshots show what people see.
        qputenv("QT_QUICK_CONTROLS_STYLE", "Fusion");
        m_db = std::make_unique<test::TestDatabase>(QStringLiteral("reservationpage"));
        test::catalogfixture::load(m_db->info());
        test::reservationfixture::load(m_db->info());
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
