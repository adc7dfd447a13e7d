#include "stockwriter.h"

#include "db/databaseerror.h"

#include <QUuid>
#include <libpq-fe.h>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <random>
#include <thread>

namespace stockroom::bench {

namespace {

using Clock = std::chrono::steady_clock;

// The api takes the tenant from the caller; the raw forms are given it.
const char *statementFor(WriteSide side, StockOp op)
{
    if (side == WriteSide::Api && op == StockOp::Adjust)
        return "SELECT api.adjust_stock($1::uuid, $2::uuid, $3::uuid, $4::numeric, 'receipt',"
               " 'benchmark')";
    if (side == WriteSide::Api)
        return "SELECT api.reserve_stock($1::uuid, $2::uuid, $3::uuid, $4, $5::numeric)";
    if (op == StockOp::Adjust)
        return "WITH p AS (UPDATE stock_positions"
               "   SET quantity_on_hand = quantity_on_hand + $4::numeric, version = version + 1"
               " WHERE tenant_id = $1::uuid AND variant_id = $2::uuid AND location_id = $3::uuid"
               " RETURNING tenant_id, variant_id, location_id)"
               " INSERT INTO stock_movements (tenant_id, variant_id, location_id, movement_type,"
               "   quantity_delta, reason, request_id, occurred_at)"
               " SELECT tenant_id, variant_id, location_id, 'receipt', $4::numeric, 'benchmark',"
               "   $5::uuid, now() FROM p RETURNING id";
    return "WITH p AS (UPDATE stock_positions"
           "   SET quantity_reserved = quantity_reserved + $4::numeric, version = version + 1"
           " WHERE tenant_id = $1::uuid AND variant_id = $2::uuid AND location_id = $3::uuid"
           "   AND quantity_on_hand - quantity_reserved >= $4::numeric"
           " RETURNING tenant_id, variant_id, location_id)"
           " INSERT INTO stock_reservations (tenant_id, variant_id, location_id, order_id,"
           "   reserved_qty, request_id)"
           " SELECT tenant_id, variant_id, location_id, $6, $4::numeric, $5::uuid FROM p"
           " RETURNING id";
}

// The bare transaction's two statements (WriteSide::Raw), with the same parameters.
const char *updateFor(StockOp op)
{
    if (op == StockOp::Adjust)
        return "UPDATE stock_positions"
               "   SET quantity_on_hand = quantity_on_hand + $4::numeric, version = version + 1"
               " WHERE tenant_id = $1::uuid AND variant_id = $2::uuid AND location_id = $3::uuid";
    return "UPDATE stock_positions"
           "   SET quantity_reserved = quantity_reserved + $4::numeric, version = version + 1"
           " WHERE tenant_id = $1::uuid AND variant_id = $2::uuid AND location_id = $3::uuid"
           "   AND quantity_on_hand - quantity_reserved >= $4::numeric";
}

const char *insertFor(StockOp op)
{
    if (op == StockOp::Adjust)
        return "INSERT INTO stock_movements (tenant_id, variant_id, location_id, movement_type,"
               "   quantity_delta, reason, request_id, occurred_at)"
               " VALUES ($1::uuid, $2::uuid, $3::uuid, 'receipt', $4::numeric, 'benchmark',"
               "   $5::uuid, now())";
    return "INSERT INTO stock_reservations (tenant_id, variant_id, location_id, order_id,"
           "   reserved_qty, request_id)"
           " VALUES ($1::uuid, $2::uuid, $3::uuid, $6, $4::numeric, $5::uuid)";
}

// Holds every connection until all are open and warm, then lets them go at once.
class StartGate
{
public:
    explicit StartGate(int parties)
        : m_waiting(parties)
    {}
    void arriveAndWait()
    {
        std::unique_lock lock(m_mutex);
        if (--m_waiting == 0)
            m_allReady.notify_all();
        m_open.wait(lock, [this] { return m_opened; });
    }
    void waitForAll()
    {
        std::unique_lock lock(m_mutex);
        m_allReady.wait(lock, [this] { return m_waiting == 0; });
    }
    void open()
    {
        const std::lock_guard lock(m_mutex);
        m_opened = true;
        m_open.notify_all();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_allReady;
    std::condition_variable m_open;
    int m_waiting;
    bool m_opened = false;
};

} // namespace

WriteTally &WriteTally::operator+=(const WriteTally &other)
{
    committed += other.committed;
    refused += other.refused;
    transient += other.transient;
    failed += other.failed;
    seconds += other.seconds;
    if (firstError.isEmpty())
        firstError = other.firstError;
    return *this;
}

StockWriter::StockWriter(const ConnectionInfo &info, WriteSide side, StockOp op)
    : m_connection(info, QStringLiteral("bench-stock-writes"))
    , m_side(side)
    , m_op(op)
{
    const auto prepare = [this](const char *name, const char *sql) {
        PGresult *prepared = PQprepare(m_connection.nativeHandle(), name, sql, 0, nullptr);
        const bool ok = PQresultStatus(prepared) == PGRES_COMMAND_OK;
        const QString reason = QString::fromUtf8(PQresultErrorMessage(prepared)).trimmed();
        PQclear(prepared);
        if (!ok)
            throw DatabaseError(
                QStringLiteral("Could not prepare the benchmark write: %1").arg(reason));
    };
    if (side == WriteSide::Raw) {
        prepare("update", updateFor(op));
        prepare("insert", insertFor(op));
    } else {
        prepare("write", statementFor(side, op));
    }
}

StockWriter::Outcome StockWriter::writeTransaction(const std::vector<const char *> &values,
                                                   QString *error)
{
    pg_conn *conn = m_connection.nativeHandle();
    // Runs one statement of the transaction; false (with the error kept) when it failed.
    const auto step = [error](PGresult *r, bool *matched = nullptr) {
        const bool ok = PQresultStatus(r) == PGRES_COMMAND_OK;
        if (!ok && error->isEmpty())
            *error = QStringLiteral("%1 %2").arg(
                QString::fromLatin1(PQresultErrorField(r, PG_DIAG_SQLSTATE)),
                QString::fromUtf8(PQresultErrorMessage(r)).trimmed());
        if (matched)
            *matched = ok && QByteArray(PQcmdTuples(r)) != "0";
        PQclear(r);
        return ok;
    };
    if (!step(PQexec(conn, "BEGIN")))
        return Outcome::Failed;
    bool matched = false;
    // The UPDATE reads the first four parameters (tenant, variant, location, quantity).
    const bool updated =
        step(PQexecPrepared(conn, "update", 4, values.data(), nullptr, nullptr, 0), &matched);
    if (!matched) {
        PQclear(PQexec(conn, "ROLLBACK"));
        if (updated && m_op == StockOp::Reserve)
            return Outcome::Refused; // the conditional update found too little available
        if (updated)
            *error = QStringLiteral("the raw update found no position");
        return Outcome::Failed;
    }
    if (!step(PQexecPrepared(conn, "insert", int(values.size()), values.data(), nullptr, nullptr,
                             0))) {
        PQclear(PQexec(conn, "ROLLBACK"));
        return Outcome::Failed;
    }
    return step(PQexec(conn, "COMMIT")) ? Outcome::Committed : Outcome::Failed;
}

StockWriter::Outcome StockWriter::write(const StockPosition &p, QString *error)
{
    const QByteArray request = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    const QByteArray order = "bench-" + request;
    std::vector<const char *> values;
    if (m_side == WriteSide::Api) {
        values = {request.constData(), p.variant.constData(), p.location.constData()};
        if (m_op == StockOp::Reserve)
            values.push_back(order.constData());
        values.push_back("1");
    } else {
        values = {p.tenant.constData(), p.variant.constData(), p.location.constData(), "1",
                  request.constData()};
        if (m_op == StockOp::Reserve)
            values.push_back(order.constData());
    }
    if (m_side == WriteSide::Raw)
        return writeTransaction(values, error);
    PGresult *r = PQexecPrepared(m_connection.nativeHandle(), "write", int(values.size()),
                                 values.data(), nullptr, nullptr, 0);
    Outcome outcome = Outcome::Committed;
    if (PQresultStatus(r) == PGRES_TUPLES_OK) {
        // The raw update matched nothing: to reserve, not enough available stock.
        if (PQntuples(r) == 0)
            outcome = m_op == StockOp::Reserve ? Outcome::Refused : Outcome::Failed;
        if (outcome == Outcome::Failed)
            *error = QStringLiteral("the raw update found no position");
    } else {
        const char *state = PQresultErrorField(r, PG_DIAG_SQLSTATE);
        const QByteArray code = state ? QByteArray(state) : QByteArray();
        if (code == "SR010")
            outcome = Outcome::Refused;
        else if (code == "40001" || code == "40P01")
            outcome = Outcome::Transient;
        else
            outcome = Outcome::Failed;
        if (outcome != Outcome::Refused)
            *error = QStringLiteral("%1 %2").arg(
                QString::fromLatin1(code), QString::fromUtf8(PQresultErrorMessage(r)).trimmed());
    }
    PQclear(r);
    return outcome;
}

WriteTally runWriters(const ConnectionInfo &info, WriteSide side, StockOp op,
                      const std::vector<std::vector<StockPosition>> &shares, double seconds,
                      bool untilRefused)
{
    std::vector<WriteTally> perThread(shares.size());
    std::vector<Clock::time_point> finished(shares.size());
    StartGate gate(int(shares.size()));
    Clock::time_point deadline;
    std::vector<std::thread> threads;
    for (size_t i = 0; i < shares.size(); ++i) {
        threads.emplace_back([&, i] {
            WriteTally &mine = perThread[i];
            const std::vector<StockPosition> &share = shares[i];
            std::mt19937 random(uint32_t(1000 + i)); // pinned: runs repeat their picks
            std::uniform_int_distribution<size_t> pick(0, share.size() - 1);
            std::optional<StockWriter> writer;
            try {
                writer.emplace(info, side, op);
                // Warm the session (plans, the caller's scope) before the clock starts.
                QString ignored;
                for (int w = 0; w < 3 && !untilRefused; ++w)
                    writer->write(share[pick(random)], &ignored);
            } catch (const DatabaseError &e) {
                mine.failed = 1;
                mine.firstError = e.message();
                writer.reset();
            }
            gate.arriveAndWait();
            while (writer && Clock::now() < deadline) {
                QString error;
                const StockWriter::Outcome outcome = writer->write(share[pick(random)], &error);
                mine.committed += outcome == StockWriter::Outcome::Committed;
                mine.refused += outcome == StockWriter::Outcome::Refused;
                mine.transient += outcome == StockWriter::Outcome::Transient;
                mine.failed += outcome == StockWriter::Outcome::Failed;
                if (mine.firstError.isEmpty())
                    mine.firstError = error;
                if (untilRefused && mine.refused > 0)
                    break;
            }
            finished[i] = Clock::now();
        });
    }
    gate.waitForAll();
    const Clock::time_point start = Clock::now();
    deadline =
        start + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(seconds));
    gate.open();
    for (std::thread &t : threads)
        t.join();

    // The run lasts until its last connection finishes its last write.
    WriteTally total;
    double elapsed = 0;
    for (size_t i = 0; i < perThread.size(); ++i) {
        total += perThread[i];
        elapsed = std::max(elapsed, std::chrono::duration<double>(finished[i] - start).count());
    }
    total.seconds = elapsed;
    return total;
}

} // namespace stockroom::bench
