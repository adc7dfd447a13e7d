#pragma once

#include "db/connectioninfo.h"

#include <QString>
#include <functional>
#include <stdexcept>

namespace stockroom {

/** Why the embedded cluster could not be prepared; the message says what to do. */
class LocalClusterError : public std::runtime_error
{
public:
    explicit LocalClusterError(const QString &message);
    [[nodiscard]] const QString &message() const { return m_message; }

private:
    QString m_message;
};

/**
 * A private PostgreSQL cluster run from the system's PostgreSQL binaries: created with initdb on
 * first use, started on a unix socket in a private folder and on a free loopback port, reused on
 * later runs, stopped on request. A crashed previous run is recovered: a server still running from
 * it is adopted, a stale pid file is cleared. When the process runs as root the server runs as the
 * "postgres" system user, because PostgreSQL refuses to run as root.
 *
 * The superuser "postgres" may connect only through the private socket (trust, the folder is
 * mode 0700); TCP on loopback requires a password (SCRAM), for the staff logins of later use.
 */
class LocalCluster
{
public:
    using Progress = std::function<void(const QString &step)>;

    struct Options
    {
        /** Folder that holds everything of this cluster (data/, run/, cluster.log). */
        QString rootDir;
        /** Durable by default; tests may turn fsync off for speed. */
        bool durable = true;
        /** Port to prefer; 0 picks the one used last time, or a free one. */
        quint16 preferredPort = 0;
    };

    explicit LocalCluster(Options options);

    /** The folder holding initdb/pg_ctl; throws naming the package to install when absent. */
    [[nodiscard]] static QString findServerBinaries();
    /** The root folder the desktop uses for its embedded cluster, for the current OS user. */
    [[nodiscard]] static QString defaultRootDir();

    /** Creates the cluster if needed and starts it (or adopts a running one). */
    void start(const Progress &progress = {});
    /** Fast shutdown; a no-op when it is not running. */
    void stop();
    /** Stops it and deletes every file of it. */
    void wipe();

    [[nodiscard]] bool isInitialized() const;
    [[nodiscard]] bool isRunning() const;
    [[nodiscard]] quint16 port() const { return m_port; }
    [[nodiscard]] QString socketDir() const;
    [[nodiscard]] QString dataDir() const;
    /** Superuser connection over the private socket to @p database. */
    [[nodiscard]] ConnectionInfo
    superuserConnection(const QString &database = QStringLiteral("postgres")) const;

private:
    void ensureRootWritable();
    void initialize(const Progress &progress);
    void clearStalePidFile();
    [[nodiscard]] quint16 runningPort() const;
    [[nodiscard]] quint16 choosePort() const;
    void writeConfiguration();
    int runTool(const QString &tool, const QStringList &arguments, QString *output,
                int timeoutMs) const;

    Options m_options;
    QString m_binDir;
    quint16 m_port = 0;
};

} // namespace stockroom
