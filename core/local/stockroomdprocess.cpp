#include "local/stockroomdprocess.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QtDebug>
#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

namespace stockroom {

namespace {

QStringList candidates()
{
    QStringList paths;
    const QString given = qEnvironmentVariable("STOCKROOMD");
    if (!given.isEmpty())
        paths << given;
    const QString dir = QCoreApplication::applicationDirPath();
    paths << QDir::cleanPath(dir + QStringLiteral("/stockroomd"))
          << QDir::cleanPath(dir + QStringLiteral("/../stockroomd/stockroomd"));
    return paths;
}

} // namespace

StockroomdProcess::StockroomdProcess() = default;

StockroomdProcess::~StockroomdProcess()
{
    stop();
}

QString StockroomdProcess::locate()
{
    for (const QString &path : candidates()) {
        const QFileInfo file(path);
        if (file.isFile() && file.isExecutable())
            return file.canonicalFilePath();
    }
    return {};
}

void StockroomdProcess::setLineObserver(std::function<void(const QString &)> observer)
{
    m_lineObserver = std::move(observer);
}

bool StockroomdProcess::start(const QStringList &arguments)
{
    stop();
    m_name = QStringLiteral("stockroomd ") + arguments.value(0);
    const QString program = locate();
    if (program.isEmpty()) {
        qWarning().noquote()
            << QStringLiteral("stockroom: %1 is not running: stockroomd was not found (looked "
                              "for %2). Install the whole Stockroom package, or build the "
                              "stockroomd target.")
                   .arg(m_name, candidates().join(QStringLiteral(" and ")));
        return false;
    }
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
#ifdef Q_OS_LINUX
    // Should the app die without stopping it, the child is sent SIGTERM rather than orphaned.
    m_process->setChildProcessModifier([]() { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
    QObject::connect(m_process.get(), &QProcess::readyReadStandardOutput, m_process.get(),
                     [this]() { forwardOutput(); });
    QObject::connect(m_process.get(), &QProcess::finished, m_process.get(),
                     [this](int exitCode, QProcess::ExitStatus status) {
                         forwardOutput();
                         if (m_stopping)
                             return;
                         qWarning().noquote()
                             << QStringLiteral("stockroom: %1 ended by itself (%2); it is not "
                                               "restarted until the app starts again.")
                                    .arg(m_name, status == QProcess::NormalExit
                                                     ? QStringLiteral("exit code %1").arg(exitCode)
                                                     : QStringLiteral("crashed"));
                     });
    m_stopping = false;
    m_process->start(program, arguments);
    if (!m_process->waitForStarted(10000)) {
        qWarning().noquote() << QStringLiteral("stockroom: could not start %1 (%2): %3")
                                    .arg(m_name, program, m_process->errorString());
        m_process.reset();
        return false;
    }
    qInfo().noquote()
        << QStringLiteral("stockroom: started %1 (pid %2)").arg(m_name).arg(m_process->processId());
    return true;
}

void StockroomdProcess::stop(int graceMs)
{
    if (!m_process)
        return;
    m_stopping = true;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(graceMs)) {
            qWarning().noquote() << QStringLiteral("stockroom: %1 did not stop within %2 ms; "
                                                   "killing it.")
                                        .arg(m_name)
                                        .arg(graceMs);
            m_process->kill();
            m_process->waitForFinished(2000);
        }
        forwardOutput();
        qInfo().noquote() << QStringLiteral("stockroom: stopped %1").arg(m_name);
    }
    m_process.reset();
}

void StockroomdProcess::forwardOutput()
{
    while (m_process->canReadLine()) {
        const QString line = QString::fromUtf8(m_process->readLine()).trimmed();
        if (line.isEmpty())
            continue;
        // Its status lines name it already; what a pass did does not.
        qInfo().noquote() << (line.startsWith(QLatin1String("stockroomd"))
                                  ? line
                                  : m_name + QStringLiteral(": ") + line);
        if (m_lineObserver)
            m_lineObserver(line);
    }
}

} // namespace stockroom
