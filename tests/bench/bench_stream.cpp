// The live stream's benchmark (README "Benchmarks"): stockroomd serve measured against baselines
// in the same run, on the same machine.
//
//  1. Commit → event received: api.adjust_stock commits (as a staff login) at 100 and 1,000 a
//     second; one client subscribed to global; p50/p99/max from the moment the call returned to
//     the writer to the moment the client's message handler ran. Beside it, the same for a raw
//     LISTEN/NOTIFY (the floor of any database-driven push) and the bare SELECT 1 round trip.
//  2. Fan-out: 500 and 2,000 clients subscribed to global, events at a fixed rate; deliveries/s
//     and p99 publish → receive, beside a minimal broadcast server on the npm ws package fed
//     copies of the same event frame at the same rate, through the same client driver.
//  3. Stock-write throughput (api.adjust_stock at 32 connections, spread and hot) with no
//     stockroomd serve and with one running and a client subscribed to global.
//
// Clients run in a Node.js process (tests/node/bench-stream-clients.js) apart from every server.
// Times on both sides are CLOCK_MONOTONIC, so they compare across processes.
#include "benchprocesses.h"
#include "ratedwriter.h"
#include "stockbenchfixture.h"
#include "stockwriter.h"

#include "db/databaseerror.h"
#include "db/pgconnection.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QUuid>

#include <libpq-fe.h>
#include <poll.h>

#include <atomic>
#include <cmath>
#include <optional>
#include <random>
#include <thread>

using namespace stockroom;
using namespace stockroom::bench;

namespace {

constexpr qint64 Plenty = 1000000000; // available per position: receipts never flip anything
constexpr int FanOutSizes[] = {500, 2000};
constexpr int LatencyRates[] = {100, 1000};
constexpr double LatencyGoalMs = 10;
constexpr int ThroughputConnections = 32;
// Rates a single connection keeps comfortably (a commit takes well under 1 ms when idle).
constexpr int RatePerConnection = 250;

QString ms(double us)
{
    return QString::number(us / 1000, 'f', 2);
}

QString percent(double ratio)
{
    return QStringLiteral("%1%").arg(ratio * 100, 0, 'f', 0);
}

int connectionsFor(double rate)
{
    return std::max(1, int(std::ceil(rate / RatePerConnection)));
}

/** One prepared statement on its own connection, run with the tag as a parameter. */
class StatementPublisher : public RatedPublisher
{
public:
    StatementPublisher(const ConnectionInfo &info, const char *sql)
        : m_connection(info, QStringLiteral("bench-stream-writer"))
    {
        PGresult *r = PQprepare(m_connection.nativeHandle(), "publish", sql, 0, nullptr);
        const bool ok = PQresultStatus(r) == PGRES_COMMAND_OK;
        const QString reason = QString::fromUtf8(PQresultErrorMessage(r)).trimmed();
        PQclear(r);
        if (!ok)
            throw DatabaseError(
                QStringLiteral("could not prepare %1: %2").arg(QString::fromUtf8(sql), reason));
    }

protected:
    bool run(const std::vector<const char *> &values, QString *error)
    {
        PGresult *r = PQexecPrepared(m_connection.nativeHandle(), "publish", int(values.size()),
                                     values.data(), nullptr, nullptr, 0);
        const bool ok = PQresultStatus(r) == PGRES_TUPLES_OK;
        if (!ok)
            *error = QString::fromUtf8(PQresultErrorMessage(r)).trimmed();
        PQclear(r);
        return ok;
    }

private:
    PgConnection m_connection;
};

/**
 * A receipt of one unit at a random spread position, as a staff login: a real stock command,
 * whose inventory.stock.adjusted event carries the tag in data.reference_id ("b<id>").
 */
class AdjustPublisher final : public StatementPublisher
{
public:
    AdjustPublisher(const ConnectionInfo &staff, const std::vector<StockPosition> &positions,
                    int seed)
        : StatementPublisher(staff, "SELECT api.adjust_stock($1::uuid, $2::uuid, $3::uuid, 1,"
                                    " 'receipt', 'stream benchmark', 'bench', $4)")
        , m_positions(positions)
        , m_random(uint32_t(7000 + seed))
    {}
    bool publish(qint64 id, QString *error) override
    {
        const StockPosition &p =
            m_positions[std::uniform_int_distribution<size_t>(0, m_positions.size() - 1)(m_random)];
        const QByteArray request = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        const QByteArray tag = "b" + QByteArray::number(id);
        return run(
            {request.constData(), p.variant.constData(), p.location.constData(), tag.constData()},
            error);
    }

private:
    const std::vector<StockPosition> &m_positions;
    std::mt19937 m_random;
};

/** The raw baseline's write: a NOTIFY carrying the tag, committed on its own. */
class NotifyPublisher final : public StatementPublisher
{
public:
    explicit NotifyPublisher(const ConnectionInfo &info)
        : StatementPublisher(info, "SELECT pg_notify('bench_stream_probe', $1)")
    {}
    bool publish(qint64 id, QString *error) override
    {
        const QByteArray tag = QByteArray::number(id);
        return run({tag.constData()}, error);
    }
};

/** The bare round trip. */
class SelectOnePublisher final : public StatementPublisher
{
public:
    explicit SelectOnePublisher(const ConnectionInfo &info)
        : StatementPublisher(info, "SELECT 1")
    {}
    bool publish(qint64, QString *error) override { return run({}, error); }
};

/** LISTENs on its own connection and thread; keeps when each tagged notification arrived. */
class NotifyListener
{
public:
    explicit NotifyListener(const ConnectionInfo &info)
        : m_connection(info, QStringLiteral("bench-stream-listener"))
    {
        m_connection.exec(QStringLiteral("LISTEN bench_stream_probe"));
        m_thread = std::thread([this] { listen(); });
    }
    ~NotifyListener()
    {
        m_stop = true;
        m_thread.join();
    }
    /** Waits up to @p timeoutMs for @p count notifications; then stops and returns them all. */
    std::vector<std::pair<qint64, double>> take(size_t count, int timeoutMs)
    {
        const double deadline = monotonicUs() + timeoutMs * 1000.0;
        while (m_count.load() < count && monotonicUs() < deadline)
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        m_stop = true;
        m_thread.join();
        m_thread = std::thread([] {});
        return m_received;
    }

private:
    void listen()
    {
        pg_conn *conn = m_connection.nativeHandle();
        pollfd fd{PQsocket(conn), POLLIN, 0};
        while (!m_stop.load()) {
            if (poll(&fd, 1, 50) <= 0)
                continue;
            const double now = monotonicUs();
            PQconsumeInput(conn);
            while (PGnotify *n = PQnotifies(conn)) {
                m_received.emplace_back(QByteArray(n->extra).toLongLong(), now);
                ++m_count;
                PQfreemem(n);
            }
        }
    }

    PgConnection m_connection;
    std::vector<std::pair<qint64, double>> m_received;
    std::atomic<size_t> m_count{0};
    std::atomic<bool> m_stop{false};
    std::thread m_thread;
};

struct Spread
{
    double p50 = 0;
    double p99 = 0;
    double max = 0;
};

Spread spreadOf(std::vector<double> values)
{
    Spread s;
    s.max = values.empty() ? 0 : *std::max_element(values.begin(), values.end());
    s.p50 = quantile(values, 0.5);
    s.p99 = quantile(values, 0.99);
    return s;
}

Spread spreadOf(const QJsonObject &report)
{
    return {report.value(QLatin1String("p50Us")).toDouble(),
            report.value(QLatin1String("p99Us")).toDouble(),
            report.value(QLatin1String("maxUs")).toDouble()};
}

/** CPU use during one measurement: the servers' and clients', the machine's, and other work's. */
class CpuWindow
{
public:
    explicit CpuWindow(const QList<qint64> &roots)
        : m_census(roots)
    {}
    void start(std::initializer_list<double> cpuSeconds)
    {
        m_census.start();
        m_processes.assign(cpuSeconds);
        m_startUs = monotonicUs();
    }
    /** "server 93%, clients 41%" of a core, from the processes' CPU now. */
    [[nodiscard]] QString processes(std::initializer_list<double> cpuSeconds,
                                    std::initializer_list<const char *> names) const
    {
        const double seconds = (monotonicUs() - m_startUs) / 1e6;
        QStringList parts;
        auto name = names.begin();
        auto earlier = m_processes.begin();
        for (const double now : cpuSeconds)
            parts << QStringLiteral("%1 %2").arg(QLatin1String(*name++),
                                                 percent((now - *earlier++) / seconds));
        return parts.join(QStringLiteral(", "));
    }
    /** "machine 88% busy; other work 120% of a core (cc1plus 90%)". */
    [[nodiscard]] QString machine() const
    {
        return QStringLiteral("machine %1 busy; other work %2")
            .arg(percent(m_census.machineBusy()), m_census.others());
    }

private:
    CpuCensus m_census;
    std::vector<double> m_processes;
    double m_startUs = 0;
};

class StreamBench
{
public:
    StreamBench(const ConnectionInfo &owner, const ConnectionInfo &staff, double seconds,
                QList<double> fanOutRates)
        : m_owner(owner)
        , m_staff(staff)
        , m_seconds(seconds)
        , m_fanOutRates(std::move(fanOutRates))
        , m_fixture(owner)
        , m_nodeDir(QStringLiteral(BENCH_NODE_DIR))
    {
        if (!m_work.isValid())
            throw std::runtime_error("cannot make a temporary directory");
    }

    bool run(QTextStream &out)
    {
        m_login = PgConnection(m_staff, QStringLiteral("bench-login")).currentUser();
        {
            PgConnection owner(m_owner, QStringLiteral("bench-stream-pid"));
            const qint64 backend = owner.scalar(QStringLiteral("SELECT pg_backend_pid()"))
                                       .value_or(QString())
                                       .toLongLong();
            m_roots = {QCoreApplication::applicationPid(), parentProcess(backend)};
        }
        m_fixture.choosePositions(m_login, 4000);
        m_fixture.setAvailable(Plenty, Plenty);
        m_fixture.vacuum();
        out << QStringLiteral(
                   "stream: events are api.adjust_stock receipts (one unit at one of %1 spread"
                   " positions) committed as %2 under row-level security; clients subscribe to"
                   " global from a Node.js process (ws %3); times are CLOCK_MONOTONIC: from the"
                   " moment the writer's call returned (committed) to the moment the client's"
                   " message handler ran\n")
                   .arg(m_fixture.spread().size())
                   .arg(m_login, wsVersion());
        QFile loadavg(QStringLiteral("/proc/loadavg"));
        const QString load = loadavg.open(QIODevice::ReadOnly)
                                 ? QString::fromLatin1(loadavg.readAll().split(' ').value(0))
                                 : QStringLiteral("?");
        out << QStringLiteral("machine: %1 cores, load average %2 at the start; \"other work\""
                              " below is CPU the machine spent outside this benchmark's processes"
                              " (its database cluster, servers and clients) - anything much above"
                              " 0 skews the numbers\n")
                   .arg(QThread::idealThreadCount())
                   .arg(load);
        out.flush();
        // BENCH_STREAM_PARTS (e.g. "1,3") runs some of the three parts; the fan-out's baseline
        // copies the frame part 1 received, so part 2 always runs part 1 first.
        const QStringList parts =
            qEnvironmentVariable("BENCH_STREAM_PARTS", QStringLiteral("1,2,3"))
                .split(QLatin1Char(','));
        if (parts.contains(QLatin1String("1")) || parts.contains(QLatin1String("2")))
            latency(out);
        if (parts.contains(QLatin1String("2")))
            fanOut(out);
        if (parts.contains(QLatin1String("3")))
            throughput(out);
        for (const QString &e : m_errors)
            out << "error seen: " << e << "\n";
        out << "\ngoals:\n";
        for (const QString &g : m_goals)
            out << "  " << g << "\n";
        return m_ok;
    }

private:
    QString path(const QString &name) const { return m_work.filePath(name); }
    QString script(const QString &name) const { return m_nodeDir.filePath(name); }

    QString wsVersion() const
    {
        QFile f(m_nodeDir.filePath(QStringLiteral("node_modules/ws/package.json")));
        if (!f.open(QIODevice::ReadOnly))
            return QStringLiteral("?");
        return QJsonDocument::fromJson(f.readAll())
            .object()
            .value(QLatin1String("version"))
            .toString();
    }

    std::unique_ptr<ServerProcess> startServe()
    {
        return std::make_unique<ServerProcess>(
            QStringLiteral(STOCKROOMD_PATH),
            QStringList{QStringLiteral("serve"), QStringLiteral("--db"), m_owner.toConninfo(),
                        QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--listen"),
                        QStringLiteral("127.0.0.1")},
            path(QStringLiteral("serve-%1.log").arg(++m_serveRuns)));
    }

    static QString streamUrl(const ServerProcess &serve)
    {
        return QStringLiteral("ws://127.0.0.1:%1/ws").arg(serve.port());
    }

    /** @p count fresh tickets of the staff login, in one query (each is valid 30 s). */
    QJsonArray tickets(int count)
    {
        PgConnection conn(m_staff, QStringLiteral("bench-stream-tickets"));
        const PgResult r = conn.exec(QStringLiteral("SELECT api.issue_stream_ticket()->>'ticket'"
                                                    " FROM generate_series(1, $1::int)"),
                                     {QString::number(count)});
        QJsonArray list;
        for (int i = 0; i < r.rows(); ++i)
            list.append(r.value(i, 0));
        return list;
    }

    /** Connects @p count clients (stockroomd when @p tickets is given) and checks they all are. */
    QJsonObject connectClients(ClientDriver &driver, const QString &url, int count,
                               const std::optional<QJsonArray> &tickets)
    {
        QJsonObject command{{QStringLiteral("cmd"), QStringLiteral("connect")},
                            {QStringLiteral("url"), url},
                            {QStringLiteral("count"), count},
                            {QStringLiteral("channel"), QStringLiteral("global")},
                            {QStringLiteral("concurrency"), 50}};
        if (tickets)
            command.insert(QStringLiteral("tickets"), *tickets);
        const QJsonObject answer = driver.call(command, 120000);
        if (answer.value(QLatin1String("ready")).toInt() != count)
            throw std::runtime_error(
                QStringLiteral("only %1 of %2 clients connected to %3: %4")
                    .arg(answer.value(QLatin1String("ready")).toInt())
                    .arg(count)
                    .arg(url, QString::fromUtf8(
                                  QJsonDocument(answer.value(QLatin1String("errors")).toArray())
                                      .toJson(QJsonDocument::Compact)))
                    .toStdString());
        return answer;
    }

    static void begin(ClientDriver &driver)
    {
        driver.call({{QStringLiteral("cmd"), QStringLiteral("begin")}});
    }

    static bool waitForAll(ClientDriver &driver, qint64 ids, int timeoutMs)
    {
        return driver
            .call({{QStringLiteral("cmd"), QStringLiteral("wait")},
                   {QStringLiteral("ids"), double(ids)},
                   {QStringLiteral("timeoutMs"), timeoutMs}},
                  timeoutMs + 30000)
            .value(QLatin1String("complete"))
            .toBool();
    }

    QJsonObject report(ClientDriver &driver, const QString &publishedFile)
    {
        return driver.call({{QStringLiteral("cmd"), QStringLiteral("report")},
                            {QStringLiteral("published"), publishedFile}});
    }

    RatedRun commitAdjustments(double rate, qint64 count)
    {
        const auto &positions = m_fixture.spread();
        RatedRun run = runAtRate(
            [&](int c) { return std::make_unique<AdjustPublisher>(m_staff, positions, c); },
            connectionsFor(rate), rate, count, m_nextId);
        m_nextId += count + 1000;
        if (qint64(run.commits.size()) < count) {
            m_ok = false;
            m_errors << QStringLiteral("%1 of %2 stock commands failed: %3")
                            .arg(count - qint64(run.commits.size()))
                            .arg(count)
                            .arg(run.firstError);
        }
        return run;
    }

    // ── 1. Commit → event received ──────────────────────────────────────────────────────────

    void latency(QTextStream &out)
    {
        out << QStringLiteral("\n1. commit -> event received, one client subscribed to global"
                              " (%1 s a rate; %2 connection(s) commit at 100/s, %3 at 1,000/s)\n")
                   .arg(m_seconds)
                   .arg(connectionsFor(100))
                   .arg(connectionsFor(1000));
        out << "  stockroomd: includes the api.adjust_stock transaction's commit, the"
               " sequencer's poll and move into the event log, the feed's poll, the scope"
               " check and the WebSocket send\n"
               "  raw LISTEN/NOTIFY: SELECT pg_notify(...) committed on its own, received by a"
               " libpq connection LISTENing in this process: the floor of a database-driven"
               " push (no sequencing, no WebSocket)\n"
               "  raw SELECT 1: the bare client-database round trip, for scale\n";
        out << "\n  rate/s  side                  achieved/s  events  lost   p50 ms   p99 ms"
               "   max ms   commit call p50/p99 ms\n";
        out.flush();
        auto serve = startServe();
        ClientDriver driver(script(QStringLiteral("bench-stream-clients.js")));
        connectClients(driver, streamUrl(*serve), 1, tickets(1));
        CpuWindow cpu(m_roots);
        cpu.start({serve->cpuSeconds(), driver.cpuSeconds()});
        // Warm up the writer's plans, the server and the client.
        begin(driver);
        const RatedRun warm = commitAdjustments(100, 50);
        waitForAll(driver, qint64(warm.commits.size()), 10000);
        for (const int rate : LatencyRates) {
            const auto count = qint64(rate * m_seconds);
            begin(driver);
            const RatedRun run = commitAdjustments(rate, count);
            const QString file = path(QStringLiteral("latency-%1.txt").arg(rate));
            run.writePublished(file);
            waitForAll(driver, qint64(run.commits.size()), 15000);
            const QJsonObject r = report(driver, file);
            const Spread got = spreadOf(r);
            std::vector<double> calls;
            for (const Commit &c : run.commits)
                calls.push_back(c.callUs);
            const Spread call = spreadOf(calls);
            const qint64 lost =
                qint64(run.commits.size()) - qint64(r.value(QLatin1String("delivered")).toDouble());
            out << latencyRow(rate, QStringLiteral("stockroomd serve"), run.achievedRate(),
                              qint64(run.commits.size()), lost, got,
                              QStringLiteral("%1/%2").arg(ms(call.p50), ms(call.p99)))
                << "\n";
            out.flush();
            m_goals << QStringLiteral("commit -> received p99 <= %1 ms at %2/s: %3 ms %4")
                           .arg(LatencyGoalMs)
                           .arg(rate)
                           .arg(ms(got.p99))
                           .arg(got.p99 <= LatencyGoalMs * 1000 && lost == 0
                                    ? QStringLiteral("met")
                                    : QStringLiteral("NOT met"));
            out << notifyBaseline(rate, count) << "\n";
            out << selectOneBaseline(rate) << "\n";
            out.flush();
        }
        const QString frame = driver.call({{QStringLiteral("cmd"), QStringLiteral("sample")}})
                                  .value(QLatin1String("frame"))
                                  .toString();
        QFile sample(path(QStringLiteral("frame.json")));
        if (!sample.open(QIODevice::WriteOnly) || sample.write(frame.toUtf8()) < 0 ||
            frame.isEmpty())
            throw std::runtime_error("no event frame came in to copy for the ws baseline");
        m_frameBytes = int(frame.toUtf8().size());
        out << "  during this part: "
            << cpu.processes({serve->cpuSeconds(), driver.cpuSeconds()}, {"server", "client"})
            << " of a core; " << cpu.machine() << "\n";
    }

    static QString latencyRow(int rate, const QString &side, double achieved, qint64 events,
                              qint64 lost, const Spread &s, const QString &call)
    {
        return QStringLiteral("  %1  %2 %3 %4 %5 %6 %7 %8   %9")
            .arg(rate, 6)
            .arg(side, -20)
            .arg(achieved, 11, 'f', 1)
            .arg(events, 7)
            .arg(lost, 5)
            .arg(ms(s.p50), 8)
            .arg(ms(s.p99), 8)
            .arg(ms(s.max), 8)
            .arg(call);
    }

    QString notifyBaseline(int rate, qint64 count)
    {
        NotifyListener listener(m_owner);
        const RatedRun run =
            runAtRate([&](int) { return std::make_unique<NotifyPublisher>(m_owner); },
                      connectionsFor(rate), rate, count, 1);
        const auto received = listener.take(run.commits.size(), 10000);
        std::vector<double> committed(size_t(count) + 1, -1);
        std::vector<double> calls;
        for (const Commit &c : run.commits) {
            committed[size_t(c.id - 1)] = c.committedUs;
            calls.push_back(c.callUs);
        }
        std::vector<double> latencies;
        for (const auto &[id, at] : received)
            if (id >= 1 && id <= count && committed[size_t(id - 1)] >= 0)
                latencies.push_back(at - committed[size_t(id - 1)]);
        const Spread call = spreadOf(calls);
        return latencyRow(
            rate, QStringLiteral("raw LISTEN/NOTIFY"), run.achievedRate(),
            qint64(run.commits.size()), qint64(run.commits.size()) - qint64(latencies.size()),
            spreadOf(latencies), QStringLiteral("%1/%2").arg(ms(call.p50), ms(call.p99)));
    }

    QString selectOneBaseline(int rate)
    {
        const auto count = qint64(rate * std::min(m_seconds, 2.0));
        const RatedRun run =
            runAtRate([&](int) { return std::make_unique<SelectOnePublisher>(m_staff); },
                      connectionsFor(rate), rate, count, 1);
        std::vector<double> calls;
        for (const Commit &c : run.commits)
            calls.push_back(c.callUs);
        return latencyRow(rate, QStringLiteral("raw SELECT 1 (r.t.)"), run.achievedRate(),
                          qint64(run.commits.size()), 0, spreadOf(calls), QStringLiteral("-"));
    }

    // ── 2. Fan-out ──────────────────────────────────────────────────────────────────────────

    struct FanOutResult
    {
        QJsonObject report;
        double connectSeconds = 0;
        QString cpu;
        QString machine;
        bool complete = false;
    };

    void fanOut(QTextStream &out)
    {
        QStringList rates;
        for (const double rate : m_fanOutRates)
            rates << QString::number(rate);
        out << QStringLiteral("\n2. fan-out: N clients subscribed to global; events at %1 a"
                              " second for %2 s each; event frame %3 bytes; one Node.js client"
                              " driver for both servers, in its own process\n")
                   .arg(rates.join(QStringLiteral(" and ")))
                   .arg(m_seconds)
                   .arg(m_frameBytes);
        out << "  stockroomd: publish = an api.adjust_stock commit returning to the writer; the"
               " delivery includes sequencing into the event log, the feed's poll, the per-client"
               " scope check and framing; clients authenticated with their own ticket each\n"
               "  ws baseline: tests/node/bench-broadcast-server.js, the ws README's broadcast"
               " loop: publish = a Node.js publisher handing a copy of the same frame to its"
               " socket; no database, no authentication, no order, no queue limit\n"
               "  deliveries/s = events received by all clients / (last received - first"
               " published); latency over every delivery\n";
        out << "\n  rate/s  clients  server      connect s  delivered/expected  deliveries/s"
               "   p50 ms   p99 ms   max ms  dropped  CPU (of a core)\n";
        out.flush();
        for (const double rate : m_fanOutRates)
            for (const int n : FanOutSizes)
                fanOutPair(out, rate, n);
    }

    void fanOutPair(QTextStream &out, double rate, int n)
    {
        const auto count = qint64(rate * m_seconds);
        const FanOutResult ours = fanOutStockroomd(n, rate, count);
        out << fanOutRow(rate, n, QStringLiteral("stockroomd"), ours) << "\n";
        out.flush();
        const FanOutResult ws = fanOutWs(n, rate, count);
        out << fanOutRow(rate, n, QStringLiteral("ws"), ws) << "\n";
        const double oursRate = ours.report.value(QLatin1String("deliveriesPerSecond")).toDouble();
        const double wsRate = ws.report.value(QLatin1String("deliveriesPerSecond")).toDouble();
        const double oursP99 = ours.report.value(QLatin1String("p99Us")).toDouble();
        const double wsP99 = ws.report.value(QLatin1String("p99Us")).toDouble();
        const bool delivered = ours.report.value(QLatin1String("delivered")).toDouble() >=
                               ws.report.value(QLatin1String("delivered")).toDouble();
        out << QStringLiteral("                   stockroomd/ws: deliveries/s %1, p99 %2\n")
                   .arg(percent(wsRate > 0 ? oursRate / wsRate : 0))
                   .arg(wsP99 > 0 ? QStringLiteral("%1x").arg(oursP99 / wsP99, 0, 'f', 2)
                                  : QStringLiteral("-"));
        out << QStringLiteral("                   during stockroomd: %1\n"
                              "                   during ws:         %2\n")
                   .arg(ours.machine, ws.machine);
        out.flush();
        // "At least as many deliveries/s": within 2% counts as as many (both are paced).
        const bool met = oursRate >= wsRate * 0.98 && oursP99 <= wsP99 && delivered;
        m_goals << QStringLiteral("fan-out at %1/s to %2: deliveries/s %3 vs ws %4, p99 %5 ms"
                                  " vs ws %6 ms: %7")
                       .arg(rate)
                       .arg(n)
                       .arg(oursRate, 0, 'f', 0)
                       .arg(wsRate, 0, 'f', 0)
                       .arg(ms(oursP99), ms(wsP99))
                       .arg(met ? QStringLiteral("met") : QStringLiteral("NOT met"));
    }

    QString fanOutRow(double rate, int n, const QString &server, const FanOutResult &f) const
    {
        const QJsonObject &r = f.report;
        const QJsonObject closes = r.value(QLatin1String("closes")).toObject();
        int dropped = 0;
        for (auto it = closes.begin(); it != closes.end(); ++it)
            dropped += it.value().toInt();
        return QStringLiteral("  %1  %2  %3 %4 %5 %6 %7 %8 %9 %10  %11")
            .arg(rate, 6)
            .arg(n, 7)
            .arg(server, -10)
            .arg(f.connectSeconds, 10, 'f', 1)
            .arg(QStringLiteral("%1/%2")
                     .arg(qint64(r.value(QLatin1String("delivered")).toDouble()))
                     .arg(qint64(r.value(QLatin1String("expected")).toDouble())),
                 19)
            .arg(r.value(QLatin1String("deliveriesPerSecond")).toDouble(), 13, 'f', 0)
            .arg(ms(r.value(QLatin1String("p50Us")).toDouble()), 8)
            .arg(ms(r.value(QLatin1String("p99Us")).toDouble()), 8)
            .arg(ms(r.value(QLatin1String("maxUs")).toDouble()), 8)
            .arg(dropped, 7)
            .arg(f.cpu + (f.complete ? QString() : QStringLiteral("; NOT all delivered")));
    }

    FanOutResult fanOutStockroomd(int n, double rate, qint64 count)
    {
        FanOutResult f;
        auto serve = startServe();
        ClientDriver driver(script(QStringLiteral("bench-stream-clients.js")));
        const QJsonObject connected = connectClients(driver, streamUrl(*serve), n, tickets(n));
        f.connectSeconds = connected.value(QLatin1String("ms")).toDouble() / 1000;
        begin(driver);
        const RatedRun warm = commitAdjustments(rate, qint64(rate / 2));
        waitForAll(driver, qint64(warm.commits.size()), 15000);
        begin(driver);
        CpuWindow cpu(m_roots);
        cpu.start({serve->cpuSeconds(), driver.cpuSeconds()});
        const RatedRun run = commitAdjustments(rate, count);
        const QString file = path(QStringLiteral("fanout-stockroomd-%1-%2.txt").arg(rate).arg(n));
        run.writePublished(file);
        f.complete = waitForAll(driver, qint64(run.commits.size()), 30000);
        f.cpu = cpu.processes({serve->cpuSeconds(), driver.cpuSeconds()}, {"server", "clients"});
        f.machine = cpu.machine();
        f.report = report(driver, file);
        return f;
    }

    FanOutResult fanOutWs(int n, double rate, qint64 count)
    {
        FanOutResult f;
        ServerProcess server(QStringLiteral("node"),
                             {script(QStringLiteral("bench-broadcast-server.js"))},
                             path(QStringLiteral("ws-server.log")));
        const QString url = QStringLiteral("ws://127.0.0.1:%1").arg(server.port());
        ClientDriver driver(script(QStringLiteral("bench-stream-clients.js")));
        const QJsonObject connected = connectClients(driver, url, n, std::nullopt);
        f.connectSeconds = connected.value(QLatin1String("ms")).toDouble() / 1000;
        begin(driver);
        const qint64 warm = qint64(rate / 2);
        publishToWs(url, rate, warm, path(QStringLiteral("ws-warm.txt")));
        waitForAll(driver, warm, 15000);
        begin(driver);
        CpuWindow cpu(m_roots);
        cpu.start({server.cpuSeconds(), driver.cpuSeconds()});
        const QString file = path(QStringLiteral("fanout-ws-%1-%2.txt").arg(rate).arg(n));
        publishToWs(url, rate, count, file);
        f.complete = waitForAll(driver, count, 30000);
        f.cpu = cpu.processes({server.cpuSeconds(), driver.cpuSeconds()}, {"server", "clients"});
        f.machine = cpu.machine();
        f.report = report(driver, file);
        return f;
    }

    void publishToWs(const QString &url, double rate, qint64 count, const QString &file)
    {
        QProcess publisher;
        publisher.setProcessChannelMode(QProcess::ForwardedChannels);
        publisher.start(QStringLiteral("node"),
                        {script(QStringLiteral("bench-publisher.js")), url + "/publish",
                         QString::number(rate), QString::number(count), QString::number(m_nextId),
                         path(QStringLiteral("frame.json")), file});
        m_nextId += count + 1000;
        if (!publisher.waitForFinished(int(double(count) / rate * 1000) + 30000) ||
            publisher.exitCode() != 0)
            throw std::runtime_error("the ws baseline's publisher failed");
    }

    // ── 3. Stock-write throughput with and without serve ────────────────────────────────────

    struct Turn
    {
        WriteTally tally;
        qint64 backlog = -1;    // outbox rows left the moment the writers stopped
        double caughtUpMs = -1; // until the client had every event
        bool complete = true;
        double serveCpu = 0;    // CPU seconds of stockroomd serve during the writes
        double sessionsCpu = 0; // … and of its database sessions (sequencer, feed, worker)
        double seconds = 0;
    };

    void throughput(QTextStream &out)
    {
        out << QStringLiteral("\n3. stock writes: api.adjust_stock (a receipt of one unit, as %1)"
                              " at %2 connections, without and with stockroomd serve running"
                              " and one client subscribed to global; %3 s a side in turns of"
                              " %4 s (without, with, with, without, twice)\n")
                   .arg(m_login)
                   .arg(ThroughputConnections)
                   .arg(m_seconds * 2)
                   .arg(m_seconds / 2);
        out << "  serve CPU: what stockroomd serve (sequencer, feed, sending) and its database"
               " sessions used while the writers ran, of a core\n";
        out << "\n  case           without tx/s  with tx/s  with/without  serve CPU: process +"
               " db   outbox left at stop  client had every event\n";
        out.flush();
        CpuWindow cpu(m_roots);
        cpu.start({});
        for (const bool hot : {false, true})
            throughputCase(out, hot);
        out << QStringLiteral("  (spread: %1 positions in %2's scope, each connection on its own"
                              " share; hot: every connection on %3)\n")
                   .arg(m_fixture.spread().size())
                   .arg(m_login, m_fixture.describeHot());
        out << "  during this part: " << cpu.machine() << "\n";
    }

    void throughputCase(QTextStream &out, bool hot)
    {
        std::vector<std::vector<StockPosition>> shares(ThroughputConnections);
        if (hot) {
            for (auto &share : shares)
                share = {m_fixture.hot()};
        } else {
            const auto &spread = m_fixture.spread();
            for (size_t i = 0; i < spread.size(); ++i)
                shares[i % ThroughputConnections].push_back(spread[i]);
        }
        // Without, with, with, without, twice: the drift of a shared machine falls on both.
        WriteTally without;
        WriteTally with;
        Turn worst; // the largest backlog and catch-up; CPU summed
        worst.backlog = 0;
        worst.caughtUpMs = 0;
        for (int round = 0; round < 2; ++round) {
            without += turnWithout(shares);
            {
                auto serve = startServe();
                for (int t = 0; t < 2; ++t) {
                    const Turn turn = turnWith(*serve, shares);
                    with += turn.tally;
                    worst.backlog = std::max(worst.backlog, turn.backlog);
                    worst.caughtUpMs = std::max(worst.caughtUpMs, turn.caughtUpMs);
                    worst.complete = worst.complete && turn.complete;
                    worst.serveCpu += turn.serveCpu;
                    worst.sessionsCpu += turn.sessionsCpu;
                    worst.seconds += turn.seconds;
                }
            }
            without += turnWithout(shares);
        }
        for (const WriteTally *t : {&without, &with})
            if (t->failed > 0) {
                m_ok = false;
                m_errors << QStringLiteral("stock writes failed: %1").arg(t->firstError);
            }
        const double ratio = without.tps() > 0 ? with.tps() / without.tps() : 0;
        const QString name = QStringLiteral("adjust %1 x%2")
                                 .arg(hot ? QStringLiteral("hot") : QStringLiteral("spread"))
                                 .arg(ThroughputConnections);
        const double seconds = std::max(worst.seconds, 1e-3);
        out << QStringLiteral("  %1 %2 %3 %4 %5 %6  %7\n")
                   .arg(name, -16)
                   .arg(without.tps(), 11, 'f', 0)
                   .arg(with.tps(), 10, 'f', 0)
                   .arg(percent(ratio), 13)
                   .arg(QStringLiteral("%1 + %2").arg(percent(worst.serveCpu / seconds),
                                                      percent(worst.sessionsCpu / seconds)),
                        26)
                   .arg(QStringLiteral("%1 rows").arg(worst.backlog), 20)
                   .arg(worst.complete ? QStringLiteral("%1 ms after the writers stopped")
                                             .arg(worst.caughtUpMs, 0, 'f', 0)
                                       : QStringLiteral("NO: some events never came"));
        out.flush();
        m_goals << QStringLiteral("%1 with serve >= 90% of without (no material loss): %2 %3")
                       .arg(name, percent(ratio))
                       .arg(ratio >= 0.9 ? QStringLiteral("met") : QStringLiteral("NOT met"));
        if (!worst.complete) {
            m_ok = false;
            m_errors << QStringLiteral("%1: the subscribed client missed events").arg(name);
        }
    }

    WriteTally turnWithout(const std::vector<std::vector<StockPosition>> &shares)
    {
        const WriteTally tally =
            runWriters(m_staff, WriteSide::Api, StockOp::Adjust, shares, m_seconds / 2);
        m_fixture.vacuum();
        return tally;
    }

    Turn turnWith(ServerProcess &serve, const std::vector<std::vector<StockPosition>> &shares)
    {
        Turn turn;
        // The turns without serve left their events in the outbox: let the sequencer take them
        // before the clock starts.
        PgConnection owner(m_owner, QStringLiteral("bench-stream-outbox"));
        const QString outbox = QStringLiteral("SELECT count(*) FROM public.outbox");
        const double deadline = monotonicUs() + 60e6;
        while (owner.scalar(outbox) != QLatin1String("0") && monotonicUs() < deadline)
            QThread::msleep(20);
        ClientDriver driver(script(QStringLiteral("bench-stream-clients.js")));
        connectClients(driver, streamUrl(serve), 1, tickets(1));
        begin(driver);
        // The server's own database sessions, by the application names it gives them.
        QList<qint64> sessions;
        const PgResult pids = owner.exec(QStringLiteral(
            "SELECT pid FROM pg_stat_activity WHERE application_name LIKE 'stockroomd-%'"));
        for (int i = 0; i < pids.rows(); ++i)
            sessions << pids.value(i, 0).toLongLong();
        const auto sessionsCpu = [&sessions] {
            double total = 0;
            for (const qint64 pid : sessions)
                total += processCpuSeconds(pid);
            return total;
        };
        const double serveBefore = serve.cpuSeconds();
        const double sessionsBefore = sessionsCpu();
        const double started = monotonicUs();
        turn.tally = runWriters(m_staff, WriteSide::Api, StockOp::Adjust, shares, m_seconds / 2);
        const double stopped = monotonicUs();
        turn.serveCpu = serve.cpuSeconds() - serveBefore;
        turn.sessionsCpu = sessionsCpu() - sessionsBefore;
        turn.seconds = (stopped - started) / 1e6;
        turn.backlog = owner.scalar(outbox).value_or(QStringLiteral("-1")).toLongLong();
        turn.complete = driver
                            .call({{QStringLiteral("cmd"), QStringLiteral("wait")},
                                   {QStringLiteral("untagged"), double(turn.tally.committed)},
                                   {QStringLiteral("timeoutMs"), 30000}},
                                  60000)
                            .value(QLatin1String("complete"))
                            .toBool();
        turn.caughtUpMs = (monotonicUs() - stopped) / 1000;
        m_fixture.vacuum();
        return turn;
    }

    const ConnectionInfo m_owner;
    const ConnectionInfo m_staff;
    const double m_seconds;
    const QList<double> m_fanOutRates;
    StockBenchFixture m_fixture;
    const QDir m_nodeDir;
    QList<qint64> m_roots; // this process and the database's postmaster: the benchmark's CPU
    QTemporaryDir m_work;
    QString m_login;
    qint64 m_nextId = 1;
    int m_frameBytes = 0;
    bool m_ok = true;
    QStringList m_goals;
    QStringList m_errors;
    int m_serveRuns = 0; // each run of stockroomd serve logs to a file of its own
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList args = QCoreApplication::arguments().mid(1);
    if (args.size() < 2) {
        err << "usage: bench_stream OWNER_CONNINFO STAFF_CONNINFO [SECONDS] [FANOUT_RATES]\n"
               "  SECONDS (default 5): each latency and fan-out case, and each side of the"
               " stock writes twice over\n"
               "  FANOUT_RATES (default 20,100): events/s of the fan-out cases\n"
               "  BENCH_STREAM_PARTS (environment, default 1,2,3): which parts run\n";
        return 2;
    }
    // The owner runs the fixture, stockroomd serve and the raw baselines; staff the commands.
    std::optional<ConnectionInfo> logins[2];
    for (int i = 0; i < 2; ++i) {
        QString error;
        logins[i] = ConnectionInfo::parse(args.at(i), &error);
        if (!logins[i]) {
            err << error << "\n";
            return 2;
        }
    }
    const double seconds = std::max(1.0, args.value(2, QStringLiteral("5")).toDouble());
    QList<double> rates;
    for (const QString &r : args.value(3, QStringLiteral("20,100")).split(QLatin1Char(',')))
        if (r.toDouble() >= 1)
            rates << r.toDouble();
    try {
        StreamBench bench(*logins[0], *logins[1], seconds, rates);
        const bool ok = bench.run(out);
        out << (ok ? "stream: ok\n" : "stream: FAILED (see above)\n");
        return ok ? 0 : 1;
    } catch (const DatabaseError &e) {
        out.flush();
        err << "bench_stream: " << e.fullText() << "\n";
    } catch (const std::exception &e) {
        out.flush();
        err << "bench_stream: " << e.what() << "\n";
    }
    return 1;
}
