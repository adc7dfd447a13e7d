// stockroom: the desktop app. Wiring and command-line parsing only.
#include "appcontroller.h"
#include "demo/demoaccounts.h"
#include "local/localcluster.h"
#include "passwordvault.h"
#include "screenshot.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QQmlApplicationEngine>
#include <QQmlEngineExtensionPlugin>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSettings>
#include <QSize>
#include <QTextStream>

Q_IMPORT_QML_PLUGIN(Stockroom_UiPlugin)
Q_IMPORT_QML_PLUGIN(Stockroom_ScreensPlugin)

using namespace stockroom;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv); // QApplication, not QGuiApplication: Qt Charts needs widgets
    QApplication::setApplicationName(QStringLiteral("stockroom"));
    QApplication::setOrganizationName(QStringLiteral("Stockroom"));
    QApplication::setApplicationDisplayName(QStringLiteral("Stockroom"));
    QApplication::setApplicationVersion(QStringLiteral(STOCKROOM_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Stockroom: the back office for stores and dark stores."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QStringLiteral("Run on the embedded demo database, signed in as its store manager (the "
                       "default when no --server or --sign-in is given)."));
    const QCommandLineOption server(
        QStringLiteral("server"),
        QStringLiteral("Show the sign-in screen for this Stockroom server: the name of a saved "
                       "server, or a postgresql:// URI (saved once a sign-in to it works)."),
        QStringLiteral("NAME|URI"));
    const QCommandLineOption signIn(
        QStringLiteral("sign-in"),
        QStringLiteral("Show the sign-in screen for the server used last."));
    const QCommandLineOption resetDemo(
        QStringLiteral("reset-demo"),
        QStringLiteral("Delete the embedded demo database and create it afresh."));
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"),
        QStringLiteral("Folder for the embedded database (default: %1).")
            .arg(LocalCluster::defaultRootDir()),
        QStringLiteral("DIR"));
    const QCommandLineOption variants(
        QStringLiteral("demo-variants"),
        QStringLiteral("Variants to create when seeding the demo (default 5000)."),
        QStringLiteral("N"), QStringLiteral("5000"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QStringLiteral("Wait for the first page of data (or the sign-in screen), save a PNG of "
                       "the window to PATH and exit."),
        QStringLiteral("PATH"));
    QStringList demoLogins;
    for (const DemoAccount &a : demoAccounts())
        demoLogins << a.login;
    const QCommandLineOption demoUser(
        QStringLiteral("demo-user"),
        QStringLiteral("On the embedded demo, sign in as this demo account: %1 (default %2).")
            .arg(demoLogins.join(QStringLiteral(", ")), defaultDemoAccount().login),
        QStringLiteral("LOGIN"));
    const QCommandLineOption screen(
        QStringLiteral("screen"),
        QStringLiteral("Open this screen after signing in (catalog, store, stock, reservations, "
                       "activity, staff; categories: the catalog with its category tree open) "
                       "instead of the first; with --screenshot, the picture is of its first "
                       "page."),
        QStringLiteral("AREA"));
    const QCommandLineOption windowSize(
        QStringLiteral("window-size"),
        QStringLiteral("Open the window at this size, such as 1280x800 (for screenshots of "
                       "smaller screens); at least the window's minimum of 1280x600."),
        QStringLiteral("WxH"));
    parser.addOptions({demo, server, signIn, resetDemo, dataDir, variants, demoUser, screenshot,
                       screen, windowSize});
    parser.process(app);

    AppController::Plan plan;
    plan.embedded = !parser.isSet(server) && !parser.isSet(signIn);
    if (!plan.embedded && (parser.isSet(demo) || parser.isSet(resetDemo) || parser.isSet(dataDir) ||
                           parser.isSet(variants) || parser.isSet(demoUser))) {
        QTextStream(stderr) << "stockroom: --server and --sign-in sign in to a server; they "
                               "cannot be combined with --demo, --reset-demo, --data-dir, "
                               "--demo-variants or --demo-user.\n";
        return 2;
    }
    plan.clusterRoot =
        parser.isSet(dataDir) ? parser.value(dataDir) : LocalCluster::defaultRootDir();
    plan.resetDemo = parser.isSet(resetDemo);
    plan.demoLogin = parser.value(demoUser);
    if (parser.isSet(demoUser) && !findDemoAccount(plan.demoLogin)) {
        QTextStream(stderr) << "stockroom: \"" << plan.demoLogin
                            << "\" is not a demo account; use one of "
                            << demoLogins.join(QStringLiteral(", ")) << ".\n";
        return 2;
    }
    bool ok = false;
    plan.demoVariants = parser.value(variants).toInt(&ok);
    if (!ok || plan.demoVariants < 1) {
        QTextStream(stderr) << "stockroom: --demo-variants takes a positive whole number.\n";
        return 2;
    }

    QSize size;
    if (parser.isSet(windowSize)) {
        const QStringList wh = parser.value(windowSize).split(u'x');
        bool wOk = false;
        bool hOk = false;
        if (wh.size() == 2)
            size = QSize(wh.at(0).toInt(&wOk), wh.at(1).toInt(&hOk));
        if (!wOk || !hOk || size.width() < 1280 || size.height() < 600) {
            QTextStream(stderr) << "stockroom: --window-size takes WIDTHxHEIGHT in pixels, at "
                                   "least 1280x600, such as 1366x768.\n";
            return 2;
        }
    }

    QSettings settings; // server profiles and last logins; never a password
    PasswordVault vault(QStringLiteral("Stockroom"));
    AppController controller(settings, vault);
    if (parser.isSet(server)) {
        QString error;
        if (!controller.signIn()->selectServer(parser.value(server), &error)) {
            QTextStream(stderr) << "stockroom: " << error << "\n";
            return 2;
        }
    }
    QQuickStyle::setStyle(QStringLiteral("Fusion"));
    QObject::connect(&app, &QCoreApplication::aboutToQuit, &controller, &AppController::shutdown);

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/"));
    engine.setInitialProperties({{QStringLiteral("app"), QVariant::fromValue(&controller)},
                                 {QStringLiteral("startArea"), parser.value(screen)}});
    engine.load(QUrl(QStringLiteral("qrc:/Stockroom/Screens/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().first());
    if (size.isValid())
        window->resize(size);

    if (parser.isSet(screenshot))
        captureWhenReady(window, &controller, parser.value(screenshot), parser.value(screen),
                         600000);
    controller.start(plan);
    return app.exec();
}
