#pragma once

// The load side of bench_stock_writes: connections that each write one unit of stock at a time,
// in their own thread, as fast as the database lets them.

#include "db/connectioninfo.h"
#include "db/pgconnection.h"

#include <QByteArray>
#include <QString>
#include <vector>

namespace stockroom::bench {

enum class StockOp { Adjust, Reserve };
/**
 * Api: the staff command under row-level security. Raw: the bare transaction as a client sends
 * it, as the owner: BEGIN; UPDATE the position; INSERT the movement or reservation; COMMIT.
 * RawStatement: the same two writes squeezed into one autocommit statement (the UPDATE's
 * RETURNING feeds the INSERT) — the least those writes can cost, shown for reference.
 */
enum class WriteSide { Api, Raw, RawStatement };

struct StockPosition
{
    QByteArray tenant;
    QByteArray variant;
    QByteArray location;
};

/** What a number of connections achieved in one timed run. */
struct WriteTally
{
    qint64 committed = 0;
    qint64 refused = 0; // insufficient stock (SR010, or the raw conditional update matched nothing)
    qint64 transient = 0; // serialization failure or deadlock
    qint64 failed = 0;    // anything else: a bug in the command or the benchmark
    double seconds = 0;
    QString firstError;

    WriteTally &operator+=(const WriteTally &other);
    [[nodiscard]] double tps() const { return seconds > 0 ? double(committed) / seconds : 0; }
};

/**
 * One connection with its write prepared once, as the app's QPSQL driver prepares statements.
 * A connection and all it made belong to one thread.
 */
class StockWriter
{
public:
    enum class Outcome { Committed, Refused, Transient, Failed };

    StockWriter(const ConnectionInfo &info, WriteSide side, StockOp op);
    /** One write of one unit with a fresh request id (and, to reserve, a fresh order id). */
    Outcome write(const StockPosition &position, QString *error);

private:
    Outcome writeTransaction(const std::vector<const char *> &values, QString *error);

    PgConnection m_connection;
    WriteSide m_side;
    StockOp m_op;
};

/**
 * Runs shares.size() connections for @p seconds; connection i writes to positions picked at
 * random from shares[i]. With @p untilRefused each connection stops at its first refusal.
 */
WriteTally runWriters(const ConnectionInfo &info, WriteSide side, StockOp op,
                      const std::vector<std::vector<StockPosition>> &shares, double seconds,
                      bool untilRefused = false);

} // namespace stockroom::bench
