// Stock-write throughput: api.adjust_stock and api.reserve_stock, called as a staff login under
// row-level security, against raw baselines measured in the same run by the database owner
// (staff may not write the tables). Each case runs on 1, 8 and 32 connections, one thread and
// one libpq connection each, over spread positions (every connection on its own share of a few
// thousand rows) and over one hot position (every connection on the same row). Committed
// transactions count; insufficient-stock refusals are counted apart.
//
// Raw and api take turns, raw-api-api-raw, half the time each turn, so that the drift of a
// shared machine falls on both sides alike. After every reserve run the stock invariants are
// checked in SQL and the benchmark's reservations released; a violation fails the run, and so
// does a last probe in which 32 connections race for a fixed amount of the hot position.
#include "stockbenchfixture.h"
#include "stockwriter.h"

#include "db/databaseerror.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace stockroom;
using namespace stockroom::bench;

namespace {

constexpr qint64 Plenty = 1000000;       // available per spread position: no run runs out
constexpr qint64 HotPlenty = 1000000000; // available on the hot position
constexpr qint64 ProbeUnits = 2000;      // what the oversell probe races for
constexpr int ProbeConnections = 32;

QString percent(double ratio)
{
    return QStringLiteral("%1%").arg(ratio * 100, 0, 'f', 0);
}

QString pair(qint64 api, qint64 raw)
{
    return QStringLiteral("%1/%2").arg(api).arg(raw);
}

// Spread: connection i gets every n-th position, so no two connections share a row.
std::vector<std::vector<StockPosition>> spreadShares(const std::vector<StockPosition> &positions,
                                                     int n)
{
    std::vector<std::vector<StockPosition>> shares(static_cast<size_t>(n));
    for (size_t i = 0; i < positions.size(); ++i)
        shares[i % shares.size()].push_back(positions[i]);
    return shares;
}

/** One run of the whole benchmark: the table, the goals, the probe and the checks. */
class StockBench
{
public:
    StockBench(const ConnectionInfo &owner, const ConnectionInfo &staff, double seconds)
        : m_fixture(owner)
        , m_owner(owner)
        , m_staff(staff)
        , m_seconds(seconds)
    {}

    /** Prints everything to @p out; false when an invariant or a write failed. */
    bool run(int positions, QTextStream &out)
    {
        const QString login = PgConnection(m_staff, QStringLiteral("bench-login")).currentUser();
        m_fixture.choosePositions(login, positions);
        if (m_fixture.spread().size() < 64)
            throw DatabaseError(QStringLiteral("too few stock positions in %1's scope").arg(login));
        if (!m_fixture.hasFunction(
                QStringLiteral("api.adjust_stock(uuid,uuid,uuid,numeric,text,text,text,text)")) ||
            !m_fixture.hasFunction(
                QStringLiteral("api.reserve_stock(uuid,uuid,uuid,text,numeric,interval)")))
            throw DatabaseError(QStringLiteral(
                "this database has no api.adjust_stock / api.reserve_stock (migration 0011)"));
        out << QStringLiteral("stock writes: %1 s a case; api as %2 under row-level security, raw"
                              " as %3\n")
                   .arg(m_seconds)
                   .arg(login, m_owner.value(QStringLiteral("user")));
        out << QStringLiteral("  spread: %1 positions in %2's scope, each connection on its own"
                              " share; hot: %3\n")
                   .arg(m_fixture.spread().size())
                   .arg(login, m_fixture.describeHot());
        out << "  raw: the bare transaction a client sends (BEGIN; UPDATE the position; INSERT"
               " the movement or reservation; COMMIT; prepared) - the goals' baseline\n"
               "  1-stmt: the same two writes in one autocommit statement (UPDATE ... RETURNING"
               " feeding the INSERT), the least they can cost, for reference\n";
        m_fixture.setAvailable(Plenty, HotPlenty);
        m_fixture.vacuum();

        out << "\ncase             conns    api tx/s    raw tx/s  api/raw  1-stmt tx/s"
               "  api/1-stmt   refused api/raw   errors api/raw\n";
        for (const StockOp op : {StockOp::Adjust, StockOp::Reserve}) {
            for (const bool hot : {false, true}) {
                for (const int n : {1, 8, 32}) {
                    out << measure(op, hot, n) << "\n";
                    out.flush();
                }
            }
        }

        m_fixture.setAvailable(Plenty, ProbeUnits);
        const QString probe = oversellProbe();
        checkAfter(QStringLiteral("after the probe"));
        m_fixture.drainReservations();

        out << "\ngoals (api/raw):\n";
        for (const Goal &g : m_goals)
            out << QStringLiteral("  %1 >= %2: %3 %4\n")
                       .arg(g.name, -20)
                       .arg(percent(g.wanted))
                       .arg(percent(g.ratio))
                       .arg(g.ratio >= g.wanted ? QStringLiteral("met")
                                                : QStringLiteral("NOT met"));
        out << "oversell probe: " << probe << "\n";
        out << QStringLiteral("stock invariants, checked after each of %1 reserve runs: %2\n")
                   .arg(m_checkedRuns)
                   .arg(m_violations.isEmpty() ? QStringLiteral("ok") : QStringLiteral("VIOLATED"));
        for (const QString &v : m_violations)
            out << "  " << v << "\n";
        out << "  at the end: " << m_fixture.verify(&m_ok) << "\n";
        out << "  " << m_fixture.checkSchemaInvariants(&m_ok) << "\n";
        for (const QString &e : m_errors)
            out << "error seen: " << e << "\n";
        return m_ok;
    }

private:
    struct Goal
    {
        QString name;
        double ratio;
        double wanted;
    };

    // One case: raw and api in turns on n connections; returns its row of the table.
    QString measure(StockOp op, bool hot, int n)
    {
        const QString name = QStringLiteral("%1 %2").arg(
            op == StockOp::Adjust ? QStringLiteral("adjust") : QStringLiteral("reserve"),
            hot ? QStringLiteral("hot") : QStringLiteral("spread"));
        const auto shares =
            hot ? std::vector<std::vector<StockPosition>>(size_t(n), {m_fixture.hot()})
                : spreadShares(m_fixture.spread(), n);
        WriteTally api;
        WriteTally raw;
        WriteTally single;
        for (const WriteSide side : {WriteSide::Raw, WriteSide::RawStatement, WriteSide::Api,
                                     WriteSide::Api, WriteSide::RawStatement, WriteSide::Raw}) {
            WriteTally &tally = side == WriteSide::Api   ? api
                                : side == WriteSide::Raw ? raw
                                                         : single;
            tally += runWriters(side == WriteSide::Api ? m_staff : m_owner, side, op, shares,
                                m_seconds / 2);
            if (op == StockOp::Reserve) {
                checkAfter(QStringLiteral("%1 x%2").arg(name).arg(n));
                m_fixture.drainReservations();
            }
            m_fixture.vacuum();
        }
        for (const auto &[side, tally] :
             {std::pair{"api", &api}, {"raw", &raw}, {"1-stmt", &single}}) {
            if (!tally->firstError.isEmpty())
                m_errors << QStringLiteral("%1 %2 x%3: %4")
                                .arg(QLatin1String(side), name)
                                .arg(n)
                                .arg(tally->firstError);
            if (tally->failed > 0)
                m_ok = false;
        }
        const double ratio = raw.tps() > 0 ? api.tps() / raw.tps() : 0;
        if ((!hot && n == 32) || (hot && n == 8))
            m_goals.append({QStringLiteral("%1 x%2").arg(name).arg(n), ratio, hot ? 0.80 : 0.70});
        const double singleRatio = single.tps() > 0 ? api.tps() / single.tps() : 0;
        return QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9")
            .arg(name, -16)
            .arg(n, 5)
            .arg(api.tps(), 11, 'f', 0)
            .arg(raw.tps(), 11, 'f', 0)
            .arg(percent(ratio), 8)
            .arg(single.tps(), 12, 'f', 0)
            .arg(percent(singleRatio), 11)
            .arg(pair(api.refused, raw.refused), 17)
            .arg(pair(api.failed + api.transient, raw.failed + raw.transient), 16);
    }

    // Every connection reserves one unit at a time on the hot position until refused: exactly
    // ProbeUnits may commit, and nothing may be left.
    QString oversellProbe()
    {
        const WriteTally r = runWriters(
            m_staff, WriteSide::Api, StockOp::Reserve,
            std::vector<std::vector<StockPosition>>(ProbeConnections, {m_fixture.hot()}), 60, true);
        const QString left = m_fixture.hotAvailable();
        const bool exact = r.committed == ProbeUnits && left == QLatin1String("0") && r.failed == 0;
        m_ok = m_ok && exact;
        return QStringLiteral("%1 connections raced for %2 units of the hot position: %3 reserved,"
                              " %4 refused, %5 available after: %6")
            .arg(ProbeConnections)
            .arg(ProbeUnits)
            .arg(r.committed)
            .arg(r.refused)
            .arg(left, exact ? QStringLiteral("ok") : QStringLiteral("OVERSOLD"));
    }

    // Checks the invariants after a run and keeps the line when they do not hold.
    void checkAfter(const QString &label)
    {
        bool good = true;
        const QString check = m_fixture.verify(&good);
        ++m_checkedRuns;
        if (!good) {
            m_ok = false;
            m_violations << QStringLiteral("%1: %2").arg(label, check);
        }
    }

    StockBenchFixture m_fixture;
    ConnectionInfo m_owner;
    ConnectionInfo m_staff;
    double m_seconds;
    bool m_ok = true;
    int m_checkedRuns = 0;
    QList<Goal> m_goals;
    QStringList m_violations;
    QStringList m_errors;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (argc < 3) {
        err << "usage: bench_stock_writes OWNER_CONNINFO STAFF_CONNINFO [SECONDS] [POSITIONS]\n";
        return 2;
    }
    QString error;
    const auto owner = ConnectionInfo::parse(QString::fromLocal8Bit(argv[1]), &error);
    const auto staff =
        owner ? ConnectionInfo::parse(QString::fromLocal8Bit(argv[2]), &error) : std::nullopt;
    if (!owner || !staff) {
        err << error << "\n";
        return 2;
    }
    const double seconds = argc > 3 ? std::max(0.5, QByteArray(argv[3]).toDouble()) : 5.0;
    const int positions = argc > 4 ? std::max(64, QByteArray(argv[4]).toInt()) : 4000;
    try {
        StockBench bench(*owner, *staff, seconds);
        const bool ok = bench.run(positions, out);
        out << (ok ? "stock writes: ok\n" : "stock writes: FAILED (see above)\n");
        return ok ? 0 : 1;
    } catch (const DatabaseError &e) {
        out.flush();
        err << "bench_stock_writes: " << e.fullText() << "\n";
        return 1;
    }
}
