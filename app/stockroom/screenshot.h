#pragma once

#include <QString>

class QQuickWindow;
namespace stockroom {
class AppController;
}

/**
 * For --screenshot: once the first page of the catalog is on screen, or the sign-in screen is
 * (or start-up failed), saves the window as a PNG and quits: exit code 0 when the catalog or the
 * sign-in screen showed, 1 when start-up failed, 2 when nothing happened within @p timeoutMs.
 * With @p area "reservations" (and the others with data of their own, "categories" among them),
 * it also waits for that screen's first page.
 */
void captureWhenReady(QQuickWindow *window, stockroom::AppController *app, const QString &path,
                      const QString &area, int timeoutMs);
