// stockroomd serve — the live event stream: sequences the outbox into the event log (when this
// instance holds the lock) and serves WebSocket clients on /ws and GET /health, until SIGTERM or
// SIGINT.
#include "cli.h"
#include "commands.h"

#include "db/migrator.h"
#include "stream/sequencer.h"
#include "stream/streamprotocol.h"
#include "stream/streamserver.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSocketNotifier>
#include <algorithm>
#include <csignal>
#include <cstdio>
#include <mutex>
#include <sys/resource.h>
#include <sys/signalfd.h>
#include <unistd.h>

using namespace stockroom;
using cli::err;

namespace {

constexpr int ShutdownGraceMs = 2000;

/** Log lines come from several threads; each is written whole. */
void logLine(const QString &line)
{
    static std::mutex mutex;
    const QByteArray text = "stockroomd serve: " + line.toUtf8() + '\n';
    const std::lock_guard lock(mutex);
    std::fwrite(text.constData(), 1, size_t(text.size()), stdout);
    std::fflush(stdout);
}

/**
 * Raises the open-file limit to its hard maximum (each client is a socket) and returns how many
 * clients fit under it, leaving room for the database connections and the listening socket.
 */
qsizetype raiseFileLimit()
{
    constexpr rlim_t Reserve = 64;
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return 1024 - qsizetype(Reserve);
    if (limit.rlim_cur < limit.rlim_max) {
        rlimit raised = limit;
        raised.rlim_cur = limit.rlim_max;
        if (setrlimit(RLIMIT_NOFILE, &raised) == 0)
            limit = raised;
    }
    const rlim_t usable = limit.rlim_cur == RLIM_INFINITY ? rlim_t(1) << 20 : limit.rlim_cur;
    return qsizetype(std::max<rlim_t>(usable, 2 * Reserve) - Reserve);
}

/** "7d", "12h", "30m", "90s" or plain seconds; nullopt when unreadable or not positive. */
std::optional<std::chrono::seconds> parseDuration(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,9})([smhd]?)$"));
    const auto m = pattern.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const qint64 n = m.captured(1).toLongLong();
    const QString unit = m.captured(2);
    const qint64 factor = unit == QLatin1String("d")   ? 86400
                          : unit == QLatin1String("h") ? 3600
                          : unit == QLatin1String("m") ? 60
                                                       : 1;
    if (n <= 0)
        return std::nullopt;
    return std::chrono::seconds(n * factor);
}

} // namespace

int runServe(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption port(
        QStringLiteral("port"),
        QStringLiteral("port for /ws and /health (default %1; 0 picks a free one and prints it)")
            .arg(stream::DefaultPort),
        QStringLiteral("PORT"), QString::number(stream::DefaultPort));
    const QCommandLineOption listen(QStringLiteral("listen"),
                                    QStringLiteral("address to listen on (default: all)"),
                                    QStringLiteral("ADDRESS"));
    const QCommandLineOption retention(
        QStringLiteral("retention"),
        QStringLiteral("how long the event log keeps events, e.g. 7d, 12h, 30m (default 7d)"),
        QStringLiteral("DURATION"), QStringLiteral("7d"));
    const QCommandLineOption maxQueue(
        QStringLiteral("max-queue"),
        QStringLiteral("KiB a client may have waiting before it is disconnected as a slow "
                       "consumer (default 4096)"),
        QStringLiteral("KIB"), QStringLiteral("4096"));
    const QCommandLineOption maxConnections(
        QStringLiteral("max-connections"),
        QStringLiteral("clients served at once; more are answered 503 (default: as many as the "
                       "open-file limit allows)"),
        QStringLiteral("N"));
    parser.addOptions({port, listen, retention, maxQueue, maxConnections});
    if (!cli::parse(parser, arguments,
                    QStringLiteral("Serve the live event stream: WebSocket clients on /ws, "
                                   "GET /health; one running instance also sequences the "
                                   "outbox into the event log. Runs until SIGTERM or SIGINT.")))
        return 2;
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);

    StreamServerOptions options;
    bool ok = false;
    const uint portValue = parser.value(port).toUInt(&ok);
    if (!ok || portValue > 65535) {
        err() << "stockroomd: --port takes a number from 0 to 65535, not \"" << parser.value(port)
              << "\".\n";
        return 2;
    }
    options.port = quint16(portValue);
    if (parser.isSet(listen) && !options.address.setAddress(parser.value(listen))) {
        err() << "stockroomd: --listen takes an IP address such as 127.0.0.1 or ::1, not \""
              << parser.value(listen) << "\".\n";
        return 2;
    }
    const auto keep = parseDuration(parser.value(retention));
    if (!keep) {
        err() << "stockroomd: --retention takes a positive duration such as 7d, 12h, 30m or "
                 "3600 (seconds), not \""
              << parser.value(retention) << "\".\n";
        return 2;
    }
    const qint64 queueKib = parser.value(maxQueue).toLongLong(&ok);
    if (!ok || queueKib < 64 || queueKib > 1024 * 1024) {
        err() << "stockroomd: --max-queue takes KiB from 64 to 1048576, not \""
              << parser.value(maxQueue) << "\".\n";
        return 2;
    }
    options.maxQueueBytes = queueKib * 1024;
    options.maxConnections = raiseFileLimit();
    if (parser.isSet(maxConnections)) {
        const qint64 n = parser.value(maxConnections).toLongLong(&ok);
        if (!ok || n < 1 || n > options.maxConnections) {
            err() << "stockroomd: --max-connections takes a number from 1 to "
                  << options.maxConnections << " (the open-file limit), not \""
                  << parser.value(maxConnections) << "\".\n";
            return 2;
        }
        options.maxConnections = n;
    }

    const auto info = cli::connectionInfo(parser);
    if (!info)
        return 2;
    {
        auto conn = cli::connect(*info, QStringLiteral("stockroomd-serve"));
        if (!conn)
            return 1;
        try {
            if (!cli::schemaIsCurrent(*conn))
                return 1;
        } catch (const MigrationError &e) {
            err() << "stockroomd: " << e.message() << "\n";
            return 1;
        } catch (const DatabaseError &e) {
            cli::reportFailure(QStringLiteral("could not read the schema version"), e);
            return 1;
        }
    }

    // Stop signals are blocked before any thread starts (threads inherit the mask) and read
    // from a signalfd on the event loop.
    sigset_t stopSignals;
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGTERM);
    sigaddset(&stopSignals, SIGINT);
    pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);
    const int signalFd = signalfd(-1, &stopSignals, SFD_CLOEXEC | SFD_NONBLOCK);
    if (signalFd < 0) {
        err() << "stockroomd: cannot watch for SIGTERM (signalfd failed).\n";
        return 1;
    }

    SequencerOptions sequencing;
    sequencing.retention = *keep;
    StreamServer *server = nullptr;
    Sequencer sequencer(
        *info, sequencing,
        [&server](int) {
            if (server)
                server->wakeFeed();
        },
        logLine);
    StreamServer stream(*info, options, logLine,
                        [&sequencer]() { return sequencer.isSequencer(); });
    server = &stream;
    QString listenError;
    if (!stream.listen(&listenError)) {
        err() << "stockroomd: cannot listen on " << options.address.toString() << ':'
              << options.port << ": " << listenError << "\n";
        ::close(signalFd);
        return 1;
    }
    sequencer.start();
    const QString host = options.address == QHostAddress::Any ? QStringLiteral("0.0.0.0")
                                                              : options.address.toString();
    logLine(QStringLiteral("listening on %1:%2 (ws://%1:%2%3, http://%1:%2/health); event log "
                           "kept %4 s; up to %5 connections; %6")
                .arg(host)
                .arg(stream.port())
                .arg(stream::Path)
                .arg(qint64(keep->count()))
                .arg(options.maxConnections)
                .arg(info->describe()));

    QSocketNotifier notifier(signalFd, QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &stream, [&]() {
        signalfd_siginfo si{};
        if (::read(signalFd, &si, sizeof si) != sizeof si)
            return;
        notifier.setEnabled(false);
        logLine(QStringLiteral("stopping on %1; closing %2 connections")
                    .arg(QLatin1String(si.ssi_signo == SIGINT ? "SIGINT" : "SIGTERM"))
                    .arg(stream.connectionCount()));
        stream.shutdown(ShutdownGraceMs, []() { QCoreApplication::exit(0); });
    });
    const int code = QCoreApplication::exec();
    sequencer.stop();
    server = nullptr;
    ::close(signalFd);
    logLine(QStringLiteral("stopped"));
    return code;
}
