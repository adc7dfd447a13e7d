// Qt Quick Test of the Staff page against a real database, signed in as an admin of Alpha: the
// QML in tests/ui/qml drives the real StaffPage with the real StaffController. With
// STOCKROOM_SCREENSHOT_DIR set, it also saves what the page looks like at each step.
#include "catalogfixture.h"
#include "db/dbexecutor.h"
#include "staffcontroller.h"
#include "testdatabase.h"

#include <QCoreApplication>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQmlEngineExtensionPlugin>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(Stockroom_UiPlugin)
Q_IMPORT_QML_PLUGIN(Stockroom_ScreensPlugin)

using namespace stockroom;

class StaffPageSetup : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<DbExecutor> m_executor;
    StaffController m_controller;

public Q_SLOTS:
    void applicationAvailable()
    {
        // The desktop app's style, so screenshots show what people see.
        qputenv("QT_QUICK_CONTROLS_STYLE", "Fusion");
        m_db = std::make_unique<test::TestDatabase>(QStringLiteral("staffpage"));
        test::catalogfixture::load(m_db->info());
        test::catalogfixture::addDarkStore(m_db->info());
        QString admin;
        const ConnectionInfo info =
            m_db->addStaff(test::catalogfixture::TenantA, RoleKind::Admin, {}, &admin);
        m_executor = std::make_unique<DbExecutor>(info, QStringLiteral("test-db"));
        m_controller.setSource(m_executor.get(), test::catalogfixture::TenantA, admin);
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/"));
        QQmlContext *context = engine->rootContext();
        context->setContextProperty(QStringLiteral("staffController"), &m_controller);
        // Logins are server-wide: the test's new accounts carry this run's process id.
        context->setContextProperty(QStringLiteral("loginSuffix"),
                                    QString::number(QCoreApplication::applicationPid()));
        context->setContextProperty(QStringLiteral("screenshotDir"),
                                    qEnvironmentVariable("STOCKROOM_SCREENSHOT_DIR"));
    }

    void cleanupTestCase()
    {
        m_executor.reset();
        m_db.reset();
    }
};

QUICK_TEST_MAIN_WITH_SETUP(tst_staffpage, StaffPageSetup)
#include "tst_staffpage.moc"
