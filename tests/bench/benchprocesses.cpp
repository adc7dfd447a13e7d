#include "benchprocesses.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>
#include <ctime>
#include <optional>
#include <stdexcept>
#include <unistd.h>

namespace stockroom::bench {

namespace {

struct ProcStat
{
    QString name;
    qint64 parent = 0;
    double cpu = 0;      // seconds, user + system
    double children = 0; // seconds of its children that it waited for
};

/** /proc/PID/stat, or nullopt when the process is gone. */
std::optional<ProcStat> procStat(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (pid <= 0 || !stat.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray text = stat.readAll();
    const qsizetype open = text.indexOf('(');
    const qsizetype close = text.lastIndexOf(')');
    // Fields after the command name (which may hold spaces) start at state, field 3.
    const QList<QByteArray> fields = text.mid(close + 2).split(' ');
    if (open < 0 || close < open || fields.size() < 15)
        return std::nullopt;
    static const double ticks = double(sysconf(_SC_CLK_TCK));
    return ProcStat{QString::fromUtf8(text.mid(open + 1, close - open - 1)),
                    fields.at(1).toLongLong(),
                    (fields.at(11).toDouble() + fields.at(12).toDouble()) / ticks,
                    (fields.at(13).toDouble() + fields.at(14).toDouble()) / ticks};
}

double monotonicSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

} // namespace

double processCpuSeconds(qint64 pid)
{
    const auto stat = procStat(pid);
    return stat ? stat->cpu : 0;
}

qint64 parentProcess(qint64 pid)
{
    const auto stat = procStat(pid);
    return stat ? stat->parent : 0;
}

CpuCensus::CpuCensus(QList<qint64> roots)
    : m_roots(std::move(roots))
{}

QHash<qint64, CpuCensus::Sample> CpuCensus::snapshot()
{
    QHash<qint64, Sample> all;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &entry : entries) {
        bool number = false;
        const qint64 pid = entry.toLongLong(&number);
        if (!number)
            continue;
        if (const auto stat = procStat(pid))
            all.insert(pid, {stat->name, stat->parent, stat->cpu, stat->children});
    }
    return all;
}

void CpuCensus::start()
{
    m_start = snapshot();
    m_machine = MachineCpu::now();
    m_startUs = monotonicSeconds();
}

QString CpuCensus::others() const
{
    const double seconds = monotonicSeconds() - m_startUs;
    const QHash<qint64, Sample> now = snapshot();
    const auto ours = [&](qint64 pid) {
        for (int depth = 0; pid > 1 && depth < 64; ++depth) {
            if (m_roots.contains(pid))
                return true;
            pid = now.value(pid).parent;
        }
        return false;
    };
    QHash<QString, double> byName;
    double oursSeconds = 0;
    for (auto it = now.cbegin(); it != now.cend(); ++it) {
        // A process that started meanwhile counts whole.
        const double before = m_start.contains(it.key()) ? m_start.value(it.key()).cpu : 0;
        if (m_roots.contains(it.key())) // with the children that ended meanwhile
            oursSeconds += it->cpu - before + it->children - m_start.value(it.key()).children;
        else if (ours(it.key()))
            oursSeconds += it->cpu - before;
        else
            byName[it->name] += it->cpu - before;
    }
    // What the machine did, less what the benchmark's live processes did: the rest went to
    // other work, including processes that came and went meanwhile (a compiler's), which the
    // names below miss.
    static const double ticks = double(sysconf(_SC_CLK_TCK));
    const MachineCpu machine = MachineCpu::now();
    const double otherSeconds =
        std::max(0.0, (machine.busy - m_machine.busy) / ticks - oursSeconds);
    QList<QPair<double, QString>> busy;
    for (auto it = byName.cbegin(); it != byName.cend(); ++it)
        if (seconds > 0 && it.value() / seconds >= 0.05)
            busy.append({it.value() / seconds, it.key()});
    std::sort(busy.begin(), busy.end(), std::greater<>());
    QStringList parts;
    for (const auto &[share, name] : busy)
        parts << QStringLiteral("%1 %2%").arg(name).arg(share * 100, 0, 'f', 0);
    return QStringLiteral("%1% of a core%2")
        .arg(seconds > 0 ? otherSeconds / seconds * 100 : 0, 0, 'f', 0)
        .arg(parts.isEmpty() ? QString()
                             : QStringLiteral(" (%1)").arg(parts.join(QStringLiteral(", "))));
}

MachineCpu MachineCpu::now()
{
    QFile stat(QStringLiteral("/proc/stat"));
    MachineCpu cpu;
    if (!stat.open(QIODevice::ReadOnly))
        return cpu;
    const QList<QByteArray> fields = stat.readLine().simplified().split(' ');
    // cpu user nice system idle iowait irq softirq steal …
    for (int i = 1; i < fields.size() && i <= 8; ++i) {
        const double v = fields.at(i).toDouble();
        cpu.total += v;
        if (i != 4 && i != 5)
            cpu.busy += v;
    }
    return cpu;
}

double MachineCpu::busySince(const MachineCpu &earlier) const
{
    const double elapsed = total - earlier.total;
    return elapsed > 0 ? (busy - earlier.busy) / elapsed : 0;
}

ServerProcess::ServerProcess(const QString &program, const QStringList &arguments,
                             const QString &logPath)
    : m_logPath(logPath)
{
    m_process.setStandardOutputFile(logPath, QIODevice::Truncate);
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(program, arguments);
    static const QRegularExpression listening(
        QStringLiteral("listening on 127\\.0\\.0\\.1:(\\d+)"));
    QElapsedTimer timer;
    timer.start();
    while (m_port == 0 && timer.elapsed() < 20000 && m_process.state() != QProcess::NotRunning) {
        QFile log(m_logPath);
        if (log.open(QIODevice::ReadOnly)) {
            const auto m = listening.match(QString::fromUtf8(log.readAll()));
            if (m.hasMatch())
                m_port = quint16(m.captured(1).toUInt());
        }
        if (m_port == 0)
            m_process.waitForFinished(20);
    }
    if (m_port == 0)
        throw std::runtime_error(
            QStringLiteral("%1 did not start listening: %2").arg(program, logTail()).toStdString());
}

ServerProcess::~ServerProcess()
{
    stop();
}

QString ServerProcess::logTail() const
{
    QFile log(m_logPath);
    if (!log.open(QIODevice::ReadOnly))
        return {};
    const QByteArray text = log.readAll();
    return QString::fromUtf8(text.right(2000)).trimmed();
}

bool ServerProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return true;
    m_process.terminate();
    if (m_process.waitForFinished(10000))
        return m_process.exitStatus() == QProcess::NormalExit;
    m_process.kill();
    m_process.waitForFinished(5000);
    return false;
}

ClientDriver::ClientDriver(const QString &script)
{
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(QStringLiteral("node"), {script});
    if (!m_process.waitForStarted(10000))
        throw std::runtime_error("cannot start node (Node.js) for the client driver");
}

ClientDriver::~ClientDriver()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.write(R"({"cmd":"quit"})"
                    "\n");
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QJsonObject ClientDriver::call(const QJsonObject &command, int timeoutMs)
{
    m_process.write(QJsonDocument(command).toJson(QJsonDocument::Compact) + '\n');
    m_process.waitForBytesWritten(timeoutMs);
    QElapsedTimer timer;
    timer.start();
    while (!m_buffer.contains('\n')) {
        if (m_process.state() == QProcess::NotRunning)
            throw std::runtime_error("the client driver (node) exited");
        if (timer.elapsed() > timeoutMs)
            throw std::runtime_error(QStringLiteral("the client driver did not answer \"%1\" in "
                                                    "%2 s")
                                         .arg(command.value(QLatin1String("cmd")).toString())
                                         .arg(timeoutMs / 1000)
                                         .toStdString());
        m_process.waitForReadyRead(100);
        m_buffer += m_process.readAllStandardOutput();
    }
    const qsizetype end = m_buffer.indexOf('\n');
    const QJsonObject answer = QJsonDocument::fromJson(m_buffer.left(end)).object();
    m_buffer.remove(0, end + 1);
    if (answer.value(QLatin1String("event")).toString() == QLatin1String("error"))
        throw std::runtime_error(
            ("client driver: " + answer.value(QLatin1String("message")).toString()).toStdString());
    return answer;
}

} // namespace stockroom::bench
