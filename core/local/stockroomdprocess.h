#pragma once

#include <QString>
#include <QStringList>
#include <functional>
#include <memory>

class QProcess;

namespace stockroom {

/**
 * A stockroomd child process run beside the embedded cluster (`stockroomd jobs`, `stockroomd
 * serve`): found
 * next to this program, its output passed on to the log line by line, stopped with the app. On
 * Linux it is also told to stop if the app dies without stopping it.
 */
class StockroomdProcess
{
public:
    StockroomdProcess();
    /** Stops the process if it still runs. */
    ~StockroomdProcess();
    StockroomdProcess(const StockroomdProcess &) = delete;
    StockroomdProcess &operator=(const StockroomdProcess &) = delete;

    /**
     * The stockroomd executable: the one $STOCKROOMD names (tests point it into the build
     * tree), else beside this program once installed (bin/), or in the build tree's
     * app/stockroomd/. Empty when none exists.
     */
    [[nodiscard]] static QString locate();

    /** Called with every line the process prints (after it is logged), on this thread. */
    void setLineObserver(std::function<void(const QString &)> observer);

    /** Starts `stockroomd <arguments>`; false, after logging why, when it cannot. */
    bool start(const QStringList &arguments);
    /** SIGTERM, then up to @p graceMs for a clean exit, then SIGKILL. No-op when not running. */
    void stop(int graceMs = 5000);

private:
    void forwardOutput();

    std::unique_ptr<QProcess> m_process;
    QString m_name; // "stockroomd jobs", for the log
    std::function<void(const QString &)> m_lineObserver;
    bool m_stopping = false;
};

} // namespace stockroom
