// Qt Quick Test of the sign-in flow against the real test cluster: the real SignInPage and
// signed-in shell driven through the real AppController and SignInController, with a staff
// login made for the run. Settings go to a throwaway file.
#include "appcontroller.h"
#include "catalogfixture.h"
#include "passwordvault.h"
#include "testdatabase.h"

#include <QQmlContext>
#include <QQmlEngine>
#include <QQmlEngineExtensionPlugin>
#include <QSettings>
#include <QTemporaryDir>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(Stockroom_UiPlugin)
Q_IMPORT_QML_PLUGIN(Stockroom_ScreensPlugin)

using namespace stockroom;

class SignInSetup : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_db;
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<PasswordVault> m_vault;
    std::unique_ptr<AppController> m_app;
    ConnectionInfo m_staff;

public Q_SLOTS:
    void applicationAvailable()
    {
        // No session bus, so no keychain: this suite sees "passwords cannot be remembered here".
        // tst_keychain runs remember-me against a real Secret Service.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/stockroom-test-bus");
        m_db = std::make_unique<test::TestDatabase>(QStringLiteral("signinpage"));
        test::catalogfixture::load(m_db->info());
        m_staff = test::catalogfixture::managerOfAlpha(*m_db);
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")),
                                                 QSettings::IniFormat);
        m_vault = std::make_unique<PasswordVault>(QStringLiteral("Stockroom tests"));
        m_app = std::make_unique<AppController>(*m_settings, *m_vault);
        AppController::Plan plan;
        plan.embedded = false;
        m_app->start(plan);
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/"));
        QQmlContext *context = engine->rootContext();
        context->setContextProperty(QStringLiteral("appUnderTest"), m_app.get());
        context->setContextProperty(QStringLiteral("testHost"),
                                    m_db->info().value(QStringLiteral("host")));
        context->setContextProperty(QStringLiteral("testPort"),
                                    m_db->info().value(QStringLiteral("port")));
        context->setContextProperty(QStringLiteral("testDatabase"), m_db->name());
        context->setContextProperty(QStringLiteral("staffLogin"),
                                    m_staff.value(QStringLiteral("user")));
        context->setContextProperty(QStringLiteral("staffPassword"),
                                    m_staff.value(QStringLiteral("password")));
    }

    void cleanupTestCase()
    {
        m_app.reset();
        m_db.reset();
    }
};

QUICK_TEST_MAIN_WITH_SETUP(tst_signin, SignInSetup)
#include "tst_signin.moc"
