// Resident memory of the desktop app after scrolling 10,000 catalog rows: the real Main.qml,
// AppController and models against a seeded database, signed in through the sign-in screen's
// controller as the staff login the connection string names, scrolled to the end page after page.
// Baseline in the same run: resident memory once the first page is on screen.
#include "appcontroller.h"
#include "catalogmodel.h"
#include "db/connectioninfo.h"
#include "passwordvault.h"
#include "signincontroller.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QQmlApplicationEngine>
#include <QQmlEngineExtensionPlugin>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

Q_IMPORT_QML_PLUGIN(Stockroom_UiPlugin)
Q_IMPORT_QML_PLUGIN(Stockroom_ScreensPlugin)

using namespace stockroom;

namespace {

double residentMegabytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QTextStream out(stdout);
    if (argc < 2) {
        QTextStream(stderr) << "usage: bench_catalog_scroll CONNINFO-WITH-STAFF-LOGIN [ROWS]\n";
        return 2;
    }
    const int wanted = argc > 2 ? QByteArray(argv[2]).toInt() : 10000;
    QString error;
    const auto info = ConnectionInfo::parse(QString::fromLocal8Bit(argv[1]), &error);
    if (!info) {
        QTextStream(stderr) << error << "\n";
        return 2;
    }
    const double startRss = residentMegabytes();
    QQuickStyle::setStyle(QStringLiteral("Fusion"));
    QTemporaryDir settingsDir;
    QSettings settings(settingsDir.filePath(QStringLiteral("bench.ini")), QSettings::IniFormat);
    PasswordVault vault(QStringLiteral("Stockroom bench"));
    AppController controller(settings, vault);
    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/"));
    engine.setInitialProperties({{QStringLiteral("app"), QVariant::fromValue(&controller)}});
    engine.load(QUrl(QStringLiteral("qrc:/Stockroom/Screens/Main.qml")));
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().value(0));
    if (!window)
        return 1;
    AppController::Plan plan;
    plan.embedded = false;
    if (!controller.signIn()->selectServer(QString::fromLocal8Bit(argv[1]), &error)) {
        QTextStream(stderr) << error << "\n";
        return 2;
    }
    controller.start(plan);
    controller.signIn()->signIn(info->value(QStringLiteral("password")));
    if (!QTest::qWaitFor(
            [&]() {
                return controller.catalog()->loadedOnce() ||
                       !controller.signIn()->errorText().isEmpty();
            },
            120000) ||
        !controller.catalog()->loadedOnce()) {
        QTextStream(stderr) << "the catalog did not load: " << controller.signIn()->errorText()
                            << "\n";
        return 1;
    }
    QTest::qWait(500);
    const double firstPageRss = residentMegabytes();

    auto *list = window->findChild<QQuickItem *>(QStringLiteral("catalogList"));
    CatalogModel *model = controller.catalog();
    QElapsedTimer timer;
    timer.start();
    while (model->rowCount() < wanted && model->hasMore()) {
        const int before = model->rowCount();
        QMetaObject::invokeMethod(list, "positionViewAtEnd");
        if (!QTest::qWaitFor([&]() { return model->rowCount() > before && !model->isLoading(); },
                             30000)) {
            QTextStream(stderr) << "scrolling stalled at " << before << " rows\n";
            return 1;
        }
    }
    const qint64 scrollMs = timer.elapsed();
    QTest::qWait(500);
    const double scrolledRss = residentMegabytes();
    out << QStringLiteral("scrolled %1 rows in %2 s (%3 pages of %4)\n")
               .arg(model->rowCount())
               .arg(double(scrollMs) / 1000, 0, 'f', 2)
               .arg(model->rowCount() / CatalogModel::PageSize)
               .arg(CatalogModel::PageSize);
    out << QStringLiteral("resident memory: process start %1 MB, first page shown %2 MB "
                          "(baseline), after %3 rows %4 MB"
                          "   (goal <= 300 MB: %5)\n")
               .arg(startRss, 0, 'f', 1)
               .arg(firstPageRss, 0, 'f', 1)
               .arg(model->rowCount())
               .arg(scrolledRss, 0, 'f', 1)
               .arg(scrolledRss <= 300 ? QStringLiteral("met") : QStringLiteral("NOT met"));
    out << QStringLiteral("ratio after-scroll/baseline: %1x\n")
               .arg(scrolledRss / std::max(firstPageRss, 1.0), 0, 'f', 2);
    out.flush();
    controller.shutdown();
    return 0;
}
