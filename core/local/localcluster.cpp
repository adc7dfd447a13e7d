#include "local/localcluster.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QThread>
#include <grp.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace stockroom {

namespace {

constexpr int SocketPathLimit = 107;
const QString ServerUser = QStringLiteral("postgres");

bool runningAsRoot()
{
    return ::geteuid() == 0;
}

// As root, everything the server touches must belong to the postgres system user.
void handToServerUser(const QString &path)
{
    if (!runningAsRoot())
        return;
    const passwd *pw = ::getpwnam("postgres");
    if (!pw) {
        throw LocalClusterError(QStringLiteral(
            "The \"postgres\" system user does not exist. As root the embedded database runs as "
            "that "
            "user: install the postgresql-15 package (it creates the user), or run Stockroom as a "
            "normal user."));
    }
    if (::chown(QFile::encodeName(path).constData(), pw->pw_uid, pw->pw_gid) != 0)
        throw LocalClusterError(QStringLiteral("Cannot hand %1 to the postgres user: %2")
                                    .arg(path, QString::fromLocal8Bit(strerror(errno))));
}

void makePrivateDir(const QString &path)
{
    if (!QDir().mkpath(path))
        throw LocalClusterError(
            QStringLiteral(
                "Cannot create the folder %1. Check that its parent exists and is writable.")
                .arg(path));
    ::chmod(QFile::encodeName(path).constData(), 0700);
    handToServerUser(path);
}

bool isPostgresProcess(qint64 pid)
{
    QFile comm(QStringLiteral("/proc/%1/comm").arg(pid));
    if (!comm.open(QIODevice::ReadOnly))
        return false;
    return comm.readAll().trimmed().startsWith("postgres");
}

bool portIsFree(quint16 port)
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, port);
}

} // namespace

LocalClusterError::LocalClusterError(const QString &message)
    : std::runtime_error(message.toStdString())
    , m_message(message)
{}

LocalCluster::LocalCluster(Options options)
    : m_options(std::move(options))
{}

QString LocalCluster::findServerBinaries()
{
    const QString overridden = qEnvironmentVariable("STOCKROOM_PG_BINDIR");
    QStringList candidates;
    if (!overridden.isEmpty())
        candidates << overridden; // an explicit choice is the only place we look
    QDir lib(QStringLiteral("/usr/lib/postgresql"));
    QStringList versions = lib.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(),
              [](const QString &a, const QString &b) { return a.toInt() > b.toInt(); });
    for (const QString &v : versions) {
        if (overridden.isEmpty())
            candidates << lib.filePath(v + QStringLiteral("/bin"));
    }
    for (const QString &dir : candidates) {
        if (QFileInfo(dir + QStringLiteral("/initdb")).isExecutable() &&
            QFileInfo(dir + QStringLiteral("/pg_ctl")).isExecutable())
            return dir;
    }
    throw LocalClusterError(QStringLiteral(
        "PostgreSQL server programs (initdb, pg_ctl) were not found in /usr/lib/postgresql. The "
        "embedded demo database needs them: install the \"postgresql-15\" package "
        "(sudo apt-get install postgresql-15), or connect to a Stockroom server instead."));
}

QString LocalCluster::defaultRootDir()
{
    // The server runs as "postgres" when we are root, and that user cannot enter /root: keep the
    // cluster under /var/lib then. Everyone else keeps it in their own app-data folder.
    if (runningAsRoot())
        return QStringLiteral("/var/lib/stockroom/embedded-cluster");
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/embedded-cluster");
}

QString LocalCluster::dataDir() const
{
    return m_options.rootDir + QStringLiteral("/data");
}

QString LocalCluster::socketDir() const
{
    const QString preferred = m_options.rootDir + QStringLiteral("/run");
    if (preferred.toUtf8().size() + int(sizeof("/.s.PGSQL.65535.lock")) < SocketPathLimit)
        return preferred;
    // Unix socket paths are limited to 107 bytes: fall back to a short, per-cluster folder.
    const QByteArray hash =
        QCryptographicHash::hash(m_options.rootDir.toUtf8(), QCryptographicHash::Sha1)
            .toHex()
            .left(12);
    return QDir::tempPath() +
           QStringLiteral("/stockroom-%1-%2").arg(::getuid()).arg(QString::fromLatin1(hash));
}

bool LocalCluster::isInitialized() const
{
    return QFileInfo::exists(dataDir() + QStringLiteral("/PG_VERSION"));
}

int LocalCluster::runTool(const QString &tool, const QStringList &arguments, QString *output,
                          int timeoutMs) const
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    // The server must not inherit the caller's PG* settings (they describe other servers).
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &key : env.keys()) {
        if (key.startsWith(QLatin1String("PG")))
            env.remove(key);
    }
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(QDir::tempPath());
    const QString program = m_binDir + QLatin1Char('/') + tool;
    if (runningAsRoot())
        process.start(QStringLiteral("runuser"),
                      QStringList{QStringLiteral("-u"), ServerUser, QStringLiteral("--"), program} +
                          arguments);
    else
        process.start(program, arguments);
    if (!process.waitForStarted(10000)) {
        if (output)
            *output = process.errorString();
        return -1;
    }
    const bool finished = process.waitForFinished(timeoutMs);
    if (output)
        *output = QString::fromLocal8Bit(process.readAll()).trimmed();
    if (!finished) {
        process.kill();
        process.waitForFinished(2000);
        return -2;
    }
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

void LocalCluster::ensureRootWritable()
{
    const QString root = m_options.rootDir;
    if (root.isEmpty())
        throw LocalClusterError(QStringLiteral("No folder was given for the embedded database."));
    if (!QDir().mkpath(root)) {
        throw LocalClusterError(
            QStringLiteral(
                "Cannot create the folder %1 for the embedded database. Make sure its parent "
                "folder "
                "exists and is writable by you (or set XDG_DATA_HOME to a writable folder).")
                .arg(root));
    }
    QFile probe(root + QStringLiteral("/.write-test"));
    if (!probe.open(QIODevice::WriteOnly)) {
        throw LocalClusterError(QStringLiteral("The folder %1 for the embedded database is not "
                                               "writable (%2). Fix its permissions, or "
                                               "set XDG_DATA_HOME to a writable folder.")
                                    .arg(root, probe.errorString()));
    }
    probe.close();
    probe.remove();
    ::chmod(QFile::encodeName(root).constData(), 0700);
    handToServerUser(root);
    if (runningAsRoot() &&
        QProcess::execute(QStringLiteral("runuser"),
                          {QStringLiteral("-u"), ServerUser, QStringLiteral("--"),
                           QStringLiteral("test"), QStringLiteral("-w"), root}) != 0) {
        throw LocalClusterError(
            QStringLiteral(
                "As root, the embedded database runs as the \"postgres\" user, which cannot reach "
                "%1 "
                "(a parent folder is private). Choose a folder postgres can enter, e.g. --data-dir "
                "/var/lib/stockroom/embedded-cluster, or run Stockroom as a normal user.")
                .arg(root));
    }
}

void LocalCluster::initialize(const Progress &progress)
{
    if (progress)
        progress(QStringLiteral("Creating the embedded database (first run)…"));
    QDir(dataDir()).removeRecursively(); // a half-made folder from an interrupted first run
    makePrivateDir(dataDir());
    QString output;
    const int rc =
        runTool(QStringLiteral("initdb"),
                {QStringLiteral("-D"), dataDir(), QStringLiteral("-U"), ServerUser,
                 QStringLiteral("--auth-local=trust"), QStringLiteral("--auth-host=scram-sha-256"),
                 QStringLiteral("--encoding=UTF8"), QStringLiteral("--locale=C.UTF-8")},
                &output, 180000);
    if (rc != 0) {
        QDir(dataDir()).removeRecursively();
        throw LocalClusterError(
            QStringLiteral("Creating the embedded database with initdb failed:\n%1")
                .arg(output.right(2000)));
    }
    // Only our own include file changes from run to run; postgresql.conf stays initdb's.
    QFile conf(dataDir() + QStringLiteral("/postgresql.conf"));
    if (!conf.open(QIODevice::Append))
        throw LocalClusterError(
            QStringLiteral("Cannot write %1: %2").arg(conf.fileName(), conf.errorString()));
    conf.write("\n# Stockroom: settings for the embedded cluster, rewritten on each start.\n"
               "include_if_exists = 'stockroom.conf'\n");
}

void LocalCluster::writeConfiguration()
{
    makePrivateDir(socketDir());
    QFile file(dataDir() + QStringLiteral("/stockroom.conf"));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        throw LocalClusterError(
            QStringLiteral("Cannot write %1: %2").arg(file.fileName(), file.errorString()));
    QString text;
    text += QStringLiteral("port = %1\n").arg(m_port);
    text += QStringLiteral("listen_addresses = '127.0.0.1'\n");
    text += QStringLiteral("unix_socket_directories = '%1'\n").arg(socketDir());
    text += QStringLiteral("unix_socket_permissions = 0700\n");
    text += QStringLiteral("max_connections = 100\n");
    text += QStringLiteral("shared_buffers = '256MB'\n");
    text += QStringLiteral("password_encryption = 'scram-sha-256'\n");
    text += QStringLiteral("timezone = 'UTC'\n");
    if (!m_options.durable)
        text += QStringLiteral("fsync = off\nsynchronous_commit = off\nfull_page_writes = off\n");
    file.write(text.toUtf8());
    file.close();
    handToServerUser(file.fileName());
}

quint16 LocalCluster::runningPort() const
{
    QFile pidFile(dataDir() + QStringLiteral("/postmaster.pid"));
    if (!pidFile.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> lines = pidFile.readAll().split('\n');
    if (lines.size() < 4 || !isPostgresProcess(lines[0].trimmed().toLongLong()))
        return 0;
    return static_cast<quint16>(lines[3].trimmed().toUInt());
}

bool LocalCluster::isRunning() const
{
    return runningPort() != 0;
}

void LocalCluster::clearStalePidFile()
{
    const QString path = dataDir() + QStringLiteral("/postmaster.pid");
    if (QFileInfo::exists(path) && runningPort() == 0) {
        // Left by a crash, and its pid may since belong to another process, which would make
        // pg_ctl believe the server still runs.
        QFile::remove(path);
    }
}

quint16 LocalCluster::choosePort() const
{
    QFile last(m_options.rootDir + QStringLiteral("/port"));
    quint16 candidate = m_options.preferredPort;
    if (candidate == 0 && last.open(QIODevice::ReadOnly))
        candidate = static_cast<quint16>(last.readAll().trimmed().toUInt());
    if (candidate != 0 && portIsFree(candidate))
        return candidate;
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

void LocalCluster::start(const Progress &progress)
{
    m_binDir = findServerBinaries();
    ensureRootWritable();
    if (!isInitialized())
        initialize(progress);

    if (const quint16 running = runningPort()) {
        m_port = running; // left running by a previous run that crashed: adopt it
        if (progress)
            progress(QStringLiteral("Reusing the embedded database that is already running…"));
        return;
    }
    clearStalePidFile();

    QString output;
    for (int attempt = 0; attempt < 3; ++attempt) {
        m_port = choosePort();
        writeConfiguration();
        if (progress)
            progress(QStringLiteral("Starting the embedded database…"));
        const int rc =
            runTool(QStringLiteral("pg_ctl"),
                    {QStringLiteral("-D"), dataDir(), QStringLiteral("-l"),
                     m_options.rootDir + QStringLiteral("/cluster.log"), QStringLiteral("-w"),
                     QStringLiteral("-t"), QStringLiteral("120"), QStringLiteral("start")},
                    &output, 130000);
        if (rc == 0) {
            QFile last(m_options.rootDir + QStringLiteral("/port"));
            if (last.open(QIODevice::WriteOnly | QIODevice::Truncate))
                last.write(QByteArray::number(m_port));
            return;
        }
        // Another program may have taken the port between our probe and the server's bind.
        QThread::msleep(200);
    }
    QFile log(m_options.rootDir + QStringLiteral("/cluster.log"));
    QString tail;
    if (log.open(QIODevice::ReadOnly))
        tail = QString::fromUtf8(log.readAll().right(1500));
    throw LocalClusterError(
        QStringLiteral("The embedded database did not start.\n%1\n%2").arg(output, tail));
}

void LocalCluster::stop()
{
    if (!isInitialized() || !isRunning())
        return;
    if (m_binDir.isEmpty())
        m_binDir = findServerBinaries();
    QString output;
    runTool(QStringLiteral("pg_ctl"),
            {QStringLiteral("-D"), dataDir(), QStringLiteral("-m"), QStringLiteral("fast"),
             QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"),
             QStringLiteral("stop")},
            &output, 70000);
}

void LocalCluster::wipe()
{
    stop();
    QDir(socketDir()).removeRecursively();
    if (!QDir(m_options.rootDir).removeRecursively())
        throw LocalClusterError(
            QStringLiteral("Could not delete %1; remove it by hand and start again.")
                .arg(m_options.rootDir));
}

ConnectionInfo LocalCluster::superuserConnection(const QString &database) const
{
    QString error;
    auto info = ConnectionInfo::parse(QString(), &error);
    return info->with(QStringLiteral("host"), socketDir())
        .with(QStringLiteral("port"), QString::number(m_port))
        .with(QStringLiteral("user"), ServerUser)
        .with(QStringLiteral("dbname"), database);
}

} // namespace stockroom
