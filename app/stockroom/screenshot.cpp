#include "screenshot.h"

#include "appcontroller.h"
#include "catalogmodel.h"
#include "categorymodel.h"
#include "signincontroller.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QQuickWindow>
#include <QTextStream>
#include <QTimer>
#include <memory>

using stockroom::AppController;

void captureWhenReady(QQuickWindow *window, AppController *app, const QString &path,
                      const QString &area, int timeoutMs)
{
    auto grab = [window, path](int exitCode) {
        // Let the scene graph render the frame that carries the new data.
        QTimer::singleShot(400, window, [window, path, exitCode]() {
            const QImage image = window->grabWindow();
            if (image.isNull() || !image.save(path)) {
                QTextStream(stderr)
                    << "stockroom: could not save the screenshot to " << path << "\n";
                QCoreApplication::exit(3);
                return;
            }
            QTextStream(stdout) << "stockroom: saved " << path << "\n";
            QCoreApplication::exit(exitCode);
        });
    };
    // The screen on show must have its first page too; Activity its history, and be live.
    auto screenLoaded = [app, area]() {
        if (area == QLatin1String("reservations"))
            return app->reservations()->model()->loadedOnce();
        if (area == QLatin1String("prices"))
            return app->prices()->list()->loadedOnce();
        if (area == QLatin1String("sources"))
            return app->sources()->loadedOnce() && app->sources()->mappings()->loadedOnce();
        if (area == QLatin1String("categories"))
            return app->categories()->loadedOnce();
        if (area == QLatin1String("store"))
            return app->storeCatalog()->loadedOnce();
        if (area == QLatin1String("activity"))
            return app->live()->state() == QLatin1String("live") &&
                   app->live()->activity()->loadedOnce();
        return true;
    };
    // The rail says whether live updates are on: give the stream a while to come up, so the
    // picture shows it settled rather than starting.
    auto readySince = std::make_shared<QElapsedTimer>();
    auto streamSettled = [app, readySince]() {
        if (!readySince->isValid())
            readySince->start();
        return app->live()->state() == QLatin1String("live") || readySince->elapsed() > 15000;
    };
    auto check = [app, grab, screenLoaded, streamSettled]() {
        if (app->state() == AppController::State::Failed) {
            QTextStream(stderr) << "stockroom: start-up failed: " << app->errorText() << "\n";
            grab(1);
            return true;
        }
        if (app->state() == AppController::State::Ready && app->catalog()->loadedOnce() &&
            screenLoaded() && streamSettled()) {
            QTextStream(stdout) << "stockroom: signed in as " << app->login() << " ("
                                << app->displayName() << ", " << app->roleTitle() << ")\n";
            grab(0);
            return true;
        }
        // The sign-in screen is complete once it knows whether passwords can be remembered.
        if (app->state() == AppController::State::SignIn && app->signIn()->keychainChecked() &&
            !app->signIn()->busy()) {
            QTextStream(stdout) << "stockroom: showing the sign-in screen\n";
            grab(0);
            return true;
        }
        return false;
    };
    auto *poll = new QTimer(window);
    poll->setInterval(100);
    QObject::connect(poll, &QTimer::timeout, window, [poll, check]() {
        if (check())
            poll->stop();
    });
    poll->start();
    QTimer::singleShot(timeoutMs, window, [poll]() {
        if (!poll->isActive())
            return;
        poll->stop();
        QTextStream(stderr)
            << "stockroom: neither the catalog nor the sign-in screen appeared in time; no "
               "screenshot taken\n";
        QCoreApplication::exit(2);
    });
}
