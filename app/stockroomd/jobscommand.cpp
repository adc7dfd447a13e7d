// stockroomd jobs — the background jobs loop: reservation expiry, batch expiry and alerts, ledger
// partitions, every interval until SIGTERM or SIGINT, surviving a lost database connection.
#include "cli.h"
#include "commands.h"

#include "db/databaseerror.h"
#include "db/migrator.h"
#include "db/sqlsession.h"
#include "maintenance/stockjobs.h"

#include <QDeadlineTimer>
#include <algorithm>
#include <cerrno>
#include <csignal>
#include <ctime>

using namespace stockroom;
using cli::err;
using cli::out;

namespace {

constexpr int DefaultIntervalSeconds = 15;
constexpr int MaxIntervalSeconds = 24 * 60 * 60;
constexpr int MaxBackoffSeconds = 60;
// A reconnect attempt must not hang on an unreachable host, or shutdown would wait for it.
const QString ReconnectTimeoutSeconds = QStringLiteral("10");

/**
 * SIGTERM and SIGINT, blocked for the life of this object and taken synchronously: a signal that
 * arrives during a database call waits until the call is done, so a pass never stops halfway
 * through a statement, and the sleeps between passes end as soon as one arrives.
 */
class StopSignals
{
public:
    StopSignals()
    {
        sigemptyset(&m_set);
        sigaddset(&m_set, SIGTERM);
        sigaddset(&m_set, SIGINT);
        pthread_sigmask(SIG_BLOCK, &m_set, &m_previous);
    }
    ~StopSignals() { pthread_sigmask(SIG_SETMASK, &m_previous, nullptr); }
    StopSignals(const StopSignals &) = delete;
    StopSignals &operator=(const StopSignals &) = delete;

    /** Sleeps up to @p ms; true when a stop signal came (now or earlier). */
    bool wait(qint64 ms)
    {
        const QDeadlineTimer deadline(ms);
        while (m_received == 0) {
            const qint64 left = std::max<qint64>(0, deadline.remainingTime());
            const timespec timeout{static_cast<time_t>(left / 1000),
                                   static_cast<long>(left % 1000) * 1000000L};
            const int signal = sigtimedwait(&m_set, nullptr, &timeout);
            if (signal > 0)
                m_received = signal;
            else if (errno != EINTR || deadline.hasExpired())
                break;
        }
        return m_received != 0;
    }
    [[nodiscard]] bool stopRequested() { return wait(0); }
    [[nodiscard]] const char *name() const { return m_received == SIGINT ? "SIGINT" : "SIGTERM"; }

private:
    sigset_t m_set;
    sigset_t m_previous;
    int m_received = 0;
};

void say(QTextStream &stream, const QString &line)
{
    stream << line << '\n';
    stream.flush();
}

/** Runs passes until a stop signal; reconnects with backoff when the connection is lost. */
int loop(std::unique_ptr<PgConnection> conn, const ConnectionInfo &info, int intervalSeconds)
{
    StopSignals stop;
    say(out(), QStringLiteral("stockroomd jobs: running every %1 s on %2; stop with SIGTERM or "
                              "Ctrl+C.")
                   .arg(intervalSeconds)
                   .arg(info.describe()));
    const ConnectionInfo reconnectInfo =
        info.value(QStringLiteral("connect_timeout")).isEmpty()
            ? info.with(QStringLiteral("connect_timeout"), ReconnectTimeoutSeconds)
            : info;
    while (!stop.stopRequested()) {
        QString lost;
        try {
            PgSession session(*conn);
            const JobPassResult result =
                StockJobs(session).runPass([&stop]() { return !stop.stopRequested(); });
            if (!result.isIdle())
                say(out(), result.summary());
        } catch (const DatabaseError &e) {
            if (e.isConnectionFailure())
                lost = e.message().simplified(); // one log line
            else
                say(err(), QStringLiteral("stockroomd jobs: a pass failed and will be tried again "
                                          "in %1 s: %2")
                               .arg(intervalSeconds)
                               .arg(e.fullText()));
        }
        for (int delay = 1; !lost.isEmpty(); delay = std::min(delay * 2, MaxBackoffSeconds)) {
            conn.reset();
            say(err(), QStringLiteral("stockroomd jobs: lost the database connection (%1); "
                                      "reconnecting in %2 s.")
                           .arg(lost)
                           .arg(delay));
            if (stop.wait(delay * 1000LL))
                break;
            try {
                conn = std::make_unique<PgConnection>(reconnectInfo,
                                                      QStringLiteral("stockroomd-jobs"));
                lost.clear();
                say(out(),
                    QStringLiteral("stockroomd jobs: reconnected to %1.").arg(info.describe()));
            } catch (const DatabaseError &e) {
                lost = e.message().simplified(); // one log line
            }
        }
        if (conn && lost.isEmpty() && stop.wait(intervalSeconds * 1000LL))
            break;
    }
    say(out(), QStringLiteral("stockroomd jobs: stopping on %1.").arg(QLatin1String(stop.name())));
    return 0;
}

} // namespace

int runJobs(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption once(QStringLiteral("once"),
                                  QStringLiteral("run one pass, print what it did and exit"));
    const QCommandLineOption interval(
        QStringLiteral("interval"),
        QStringLiteral("seconds between passes (default %1)").arg(DefaultIntervalSeconds),
        QStringLiteral("SECONDS"), QString::number(DefaultIntervalSeconds));
    parser.addOptions({once, interval});
    if (!cli::parse(parser, arguments,
                    QStringLiteral("Run the background jobs: expire overdue reservations, mark "
                                   "expired batches and raise expiring-soon alerts, prepare "
                                   "ledger partitions ahead. Runs until SIGTERM or SIGINT.")))
        return 2;
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    bool ok = false;
    const int seconds = parser.value(interval).toInt(&ok);
    if (!ok || seconds < 1 || seconds > MaxIntervalSeconds) {
        err() << "stockroomd: --interval takes a whole number of seconds from 1 to "
              << MaxIntervalSeconds << ", not \"" << parser.value(interval) << "\".\n";
        return 2;
    }
    const auto info = cli::connectionInfo(parser);
    if (!info)
        return 2;
    auto conn = cli::connect(*info, QStringLiteral("stockroomd-jobs"));
    if (!conn)
        return 1;
    try {
        if (!cli::schemaIsCurrent(*conn))
            return 1;
        if (!parser.isSet(once))
            return loop(std::move(conn), *info, seconds);
        PgSession session(*conn);
        say(out(), StockJobs(session).runPass().summary());
        return 0;
    } catch (const MigrationError &e) {
        err() << "stockroomd: " << e.message() << "\n";
    } catch (const DatabaseError &e) {
        cli::reportFailure(QStringLiteral("the jobs pass failed"), e);
    }
    return 1;
}
