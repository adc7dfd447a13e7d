#pragma once

// The processes bench_stream runs beside itself: a server (stockroomd serve, or the ws
// baseline) and the Node.js client driver, plus the CPU time they and the machine spend.

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <memory>

namespace stockroom::bench {

/** CPU seconds (user + system) a process has used so far, from /proc; 0 when it is gone. */
double processCpuSeconds(qint64 pid);
/** The parent of a process, from /proc; 0 when it is gone. */
qint64 parentProcess(qint64 pid);

/** The machine's busy and total CPU time from /proc/stat, to tell how loaded a window was. */
struct MachineCpu
{
    double busy = 0;
    double total = 0;
    static MachineCpu now();
    /** Share of all cores busy between @p earlier and this, 0…1. */
    [[nodiscard]] double busySince(const MachineCpu &earlier) const;
};

/**
 * CPU time of every process on the machine, to tell what else ran during a measurement: the
 * machine is shared, and a compiler running beside the benchmark skews every number.
 */
class CpuCensus
{
public:
    /** Processes descending from one of @p roots (and the roots) count as the benchmark's. */
    explicit CpuCensus(QList<qint64> roots);
    /** Takes the first snapshot. */
    void start();
    /** "180% of a core (cc1plus 150%, …)": CPU since start() of the machine less the
     *  benchmark's processes, with the other processes over 5% of a core by name. */
    [[nodiscard]] QString others() const;
    /** Share of all cores busy since start(), 0…1. */
    [[nodiscard]] double machineBusy() const { return MachineCpu::now().busySince(m_machine); }

private:
    struct Sample
    {
        QString name;
        qint64 parent = 0;
        double cpu = 0;
        double children = 0;
    };
    static QHash<qint64, Sample> snapshot();

    QList<qint64> m_roots;
    QHash<qint64, Sample> m_start;
    MachineCpu m_machine;
    double m_startUs = 0;
};

/**
 * A server started for a measurement that prints "listening on 127.0.0.1:PORT" once it takes
 * connections. Its output goes to a log file (stockroomd logs a line per connection; a pipe
 * nobody reads would stall it). Stopped with SIGTERM when destroyed.
 */
class ServerProcess
{
public:
    ServerProcess(const QString &program, const QStringList &arguments, const QString &logPath);
    ~ServerProcess();
    ServerProcess(const ServerProcess &) = delete;
    ServerProcess &operator=(const ServerProcess &) = delete;

    [[nodiscard]] quint16 port() const { return m_port; }
    [[nodiscard]] qint64 pid() const { return m_process.processId(); }
    [[nodiscard]] double cpuSeconds() const { return processCpuSeconds(pid()); }
    /** The last lines of its log, for an error message. */
    [[nodiscard]] QString logTail() const;
    /** SIGTERM and wait; true when it exited by itself in time. */
    bool stop();

private:
    QProcess m_process;
    QString m_logPath;
    quint16 m_port = 0;
};

/** tests/node/bench-stream-clients.js, spoken to a JSON line at a time. */
class ClientDriver
{
public:
    explicit ClientDriver(const QString &script);
    ~ClientDriver();
    ClientDriver(const ClientDriver &) = delete;
    ClientDriver &operator=(const ClientDriver &) = delete;

    /** Sends @p command and returns its answer; throws std::runtime_error on a failure. */
    QJsonObject call(const QJsonObject &command, int timeoutMs = 60000);
    [[nodiscard]] double cpuSeconds() const { return processCpuSeconds(m_process.processId()); }

private:
    QProcess m_process;
    QByteArray m_buffer;
};

} // namespace stockroom::bench
