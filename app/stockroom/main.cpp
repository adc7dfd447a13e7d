// stockroom: the desktop app. Wiring and command-line parsing only.
#include "appcontroller.h"
#include "db/connectioninfo.h"
#include "local/localcluster.h"
#include "screenshot.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QQmlApplicationEngine>
#include <QQmlEngineExtensionPlugin>
#include <QQuickStyle>
#include <QQuickWindow>
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
        QStringLiteral("Run on the embedded demo database (the default when no --db is given)."));
    const QCommandLineOption db(
        QStringLiteral("db"),
        QStringLiteral("Connect to this Stockroom database (libpq string or postgresql:// URI)."),
        QStringLiteral("CONNINFO"));
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
    const QCommandLineOption tenant(QStringLiteral("tenant"),
                                    QStringLiteral("Open this tenant (default: the first)."),
                                    QStringLiteral("NAME"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QStringLiteral(
            "Wait for the first page of data, save a PNG of the window to PATH and exit."),
        QStringLiteral("PATH"));
    parser.addOptions({demo, db, resetDemo, dataDir, variants, tenant, screenshot});
    parser.process(app);

    AppController::Plan plan;
    plan.embedded = !parser.isSet(db);
    if (parser.isSet(db) && (parser.isSet(demo) || parser.isSet(resetDemo))) {
        QTextStream(stderr) << "stockroom: --db connects to a server; it cannot be combined with "
                               "--demo or --reset-demo.\n";
        return 2;
    }
    if (parser.isSet(db)) {
        QString error;
        const auto info = ConnectionInfo::parse(parser.value(db), &error);
        if (!info) {
            QTextStream(stderr) << "stockroom: the --db value is not a valid connection string: "
                                << error
                                << "\nUse \"host=… port=… dbname=… user=…\" or "
                                   "\"postgresql://user@host:port/dbname\".\n";
            return 2;
        }
        plan.server = *info;
    }
    plan.clusterRoot =
        parser.isSet(dataDir) ? parser.value(dataDir) : LocalCluster::defaultRootDir();
    plan.resetDemo = parser.isSet(resetDemo);
    plan.tenant = parser.value(tenant);
    bool ok = false;
    plan.demoVariants = parser.value(variants).toInt(&ok);
    if (!ok || plan.demoVariants < 1) {
        QTextStream(stderr) << "stockroom: --demo-variants takes a positive whole number.\n";
        return 2;
    }

    QQuickStyle::setStyle(QStringLiteral("Fusion"));
    AppController controller;
    QObject::connect(&app, &QCoreApplication::aboutToQuit, &controller, &AppController::shutdown);

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/"));
    engine.setInitialProperties({{QStringLiteral("app"), QVariant::fromValue(&controller)}});
    engine.load(QUrl(QStringLiteral("qrc:/Stockroom/Screens/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().first());

    if (parser.isSet(screenshot))
        captureWhenReady(window, &controller, parser.value(screenshot), 600000);
    controller.start(plan);
    return app.exec();
}
