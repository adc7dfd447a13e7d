#include "stockstress.h"

#include "concurrentsessions.h"
#include "stockfixture.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <atomic>
#include <chrono>
#include <random>

namespace stockroom::test {

namespace {

struct Held
{
    QString id;
    int variant = 0;
    qint64 quantity = 0;
};

/** Reservations and transfers any session may act on next. */
struct Shared
{
    std::mutex mutex;
    std::vector<Held> reservations;
    std::vector<QString> transfers;
};

class Session
{
public:
    Session(int index, const StressSettings &settings, const QStringList &variants,
            QString frontStore, QString today, Shared &shared)
        : m_index(index)
        , m_rng(settings.seed + static_cast<quint32>(index))
        , m_variants(variants)
        , m_frontStore(std::move(frontStore))
        , m_today(std::move(today))
        , m_shared(shared)
    {
        m_outcome.netChange = QList<qint64>(variants.size(), 0);
    }

    void run(PgConnection &c, int operations, const QElapsedTimer &clock, qint64 deadlineMs)
    {
        for (m_op = 0; m_op < operations && clock.elapsed() < deadlineMs; ++m_op)
            step(c);
    }

    [[nodiscard]] const StressOutcome &outcome() const { return m_outcome; }

private:
    int pick(int low, int high) { return std::uniform_int_distribution<int>(low, high)(m_rng); }

    /**
     * Runs one command. Success and the expected refusals are counted; anything else is a
     * failure. Returns the result, or an empty string when the command was refused.
     */
    QString attempt(PgConnection &c, const QString &kind, const QString &command,
                    const QList<SqlParam> &params, const QStringList &expected,
                    QString *refusedWith = nullptr)
    {
        try {
            const QString result =
                c.scalar(QStringLiteral("SELECT (%1)::text").arg(command), params)
                    .value_or(QString());
            ++m_outcome.outcomes[kind + QStringLiteral(" ok")];
            m_last = {command, params, result};
            return result;
        } catch (const DatabaseError &e) {
            if (expected.contains(e.sqlState())) {
                ++m_outcome.outcomes[kind + QLatin1Char(' ') + e.sqlState()];
                if (refusedWith)
                    *refusedWith = e.sqlState();
                return {};
            }
            QStringList values;
            for (const SqlParam &p : params)
                values << p.value_or(QStringLiteral("NULL"));
            m_outcome.failures << QStringLiteral("session %1, operation %2: %3(%4) → %5 %6")
                                      .arg(m_index)
                                      .arg(m_op)
                                      .arg(command, values.join(QStringLiteral(", ")), e.sqlState(),
                                           e.message());
            return {};
        }
    }

    static QString field(const QString &result, const char *key)
    {
        return QJsonDocument::fromJson(result.toUtf8()).object()[QLatin1String(key)].toString();
    }

    void step(PgConnection &c)
    {
        const int k = pick(0, int(m_variants.size()) - 1);
        const bool front = pick(0, 1) == 0;
        const QString here = front ? m_frontStore : StockWorld::BackRoom;
        const QString there = front ? StockWorld::BackRoom : m_frontStore;
        const QString &v = m_variants[k];
        const int roll = pick(0, 99);
        if (roll < 25)
            adjust(c, k, v, here);
        else if (roll < 47)
            reserve(c, k, v, here);
        else if (roll < 67)
            closeReservation(c, roll < 59, k, v, here);
        else if (roll < 79)
            transfer(c, v, here, there);
        else if (roll < 87)
            receiveTransfer(c, v, here, there);
        else if (roll < 93)
            batch(c, k, v, here);
        else
            repeat(c, k, v, here);
    }

    void adjust(PgConnection &c, int k, const QString &v, const QString &here)
    {
        static const char *const types[] = {"receipt", "sale_committed", "damage", "adjustment"};
        const QString type = QLatin1String(types[pick(0, 3)]);
        int delta = pick(1, 3);
        if (type == QLatin1String("sale_committed") || type == QLatin1String("damage") ||
            (type == QLatin1String("adjustment") && pick(0, 1)))
            delta = -delta;
        if (!attempt(c, QStringLiteral("adjust"),
                     QStringLiteral("api.adjust_stock($1, $2, $3, $4, $5, 'stress', 'ticket', "
                                    "'stress')"),
                     {newRequestId(), v, here, QString::number(delta), type},
                     {QStringLiteral("SR010")})
                 .isEmpty())
            m_outcome.netChange[k] += delta;
    }

    void reserve(PgConnection &c, int k, const QString &v, const QString &here)
    {
        const int quantity = pick(1, 3);
        // One in ten lasts a second, so time runs out on some while others act on them.
        const SqlParam ttl = pick(0, 9) == 0 ? SqlParam(QStringLiteral("1 second")) : SqlParam();
        const QString result =
            attempt(c, QStringLiteral("reserve"),
                    QStringLiteral("api.reserve_stock($1, $2, $3, $4, $5, $6::interval)"),
                    {newRequestId(), v, here, QStringLiteral("S%1-%2").arg(m_index).arg(m_op),
                     QString::number(quantity), ttl},
                    {QStringLiteral("SR010")});
        if (result.isEmpty())
            return;
        std::lock_guard<std::mutex> lock(m_shared.mutex);
        m_shared.reservations.push_back({field(result, "reservation_id"), k, quantity});
    }

    /** Commits or releases a reservation some session made; two may pick the same one. */
    void closeReservation(PgConnection &c, bool commit, int k, const QString &v,
                          const QString &here)
    {
        Held held;
        {
            std::lock_guard<std::mutex> lock(m_shared.mutex);
            const auto &pool = m_shared.reservations;
            if (!pool.empty())
                held = pool[static_cast<size_t>(pick(0, int(pool.size()) - 1))];
        }
        if (held.id.isEmpty())
            return reserve(c, k, v, here);
        QString refused;
        const QString result =
            attempt(c, commit ? QStringLiteral("commit") : QStringLiteral("release"),
                    commit ? QStringLiteral("api.commit_reservation($1, $2)")
                           : QStringLiteral("api.release_reservation($1, $2)"),
                    {newRequestId(), held.id},
                    commit ? QStringList{QStringLiteral("SR010"), QStringLiteral("SR014")}
                           : QStringList{QStringLiteral("SR014")},
                    &refused);
        if (!result.isEmpty() && commit) {
            m_outcome.committedUnits += held.quantity;
            m_outcome.netChange[held.variant] -= held.quantity;
        }
        if (!result.isEmpty() || refused == QLatin1String("SR014")) {
            std::lock_guard<std::mutex> lock(m_shared.mutex);
            auto &pool = m_shared.reservations;
            pool.erase(std::remove_if(pool.begin(), pool.end(),
                                      [&](const Held &h) { return h.id == held.id; }),
                       pool.end());
        }
    }

    void transfer(PgConnection &c, const QString &v, const QString &here, const QString &there)
    {
        const QString result =
            attempt(c, QStringLiteral("transfer"),
                    QStringLiteral("api.transfer_stock($1, $2, $3, $4, $5, 'stress')"),
                    {newRequestId(), v, here, there, QString::number(pick(1, 2))},
                    {QStringLiteral("SR010")});
        if (result.isEmpty())
            return;
        std::lock_guard<std::mutex> lock(m_shared.mutex);
        m_shared.transfers.push_back(field(result, "transfer_id"));
    }

    void receiveTransfer(PgConnection &c, const QString &v, const QString &here,
                         const QString &there)
    {
        QString id;
        {
            std::lock_guard<std::mutex> lock(m_shared.mutex);
            auto &pool = m_shared.transfers;
            if (!pool.empty()) {
                const auto at = pool.begin() + pick(0, int(pool.size()) - 1);
                id = *at;
                pool.erase(at);
            }
        }
        if (id.isEmpty())
            return transfer(c, v, here, there);
        attempt(c, QStringLiteral("receive"), QStringLiteral("api.receive_transfer($1, $2)"),
                {newRequestId(), id}, {});
    }

    /** Receives a batch, or writes one unit off a batch that has expired. */
    void batch(PgConnection &c, int k, const QString &v, const QString &here)
    {
        if (pick(0, 1) == 0) {
            const auto expired =
                c.exec(QStringLiteral("SELECT id, variant_id FROM inventory_batches WHERE status = "
                                      "'expired' AND quantity_on_hand > 0 AND variant_id = ANY "
                                      "(string_to_array($1, ',')::uuid[]) ORDER BY id LIMIT 1"),
                       {m_variants.join(QLatin1Char(','))});
            if (expired.rows() == 1) {
                // Two sessions may pick the same batch: the second may find it empty.
                if (!attempt(c, QStringLiteral("write-off"),
                             QStringLiteral("api.write_off_batch($1, $2, 1)"),
                             {newRequestId(), expired.value(0, 0)},
                             {QStringLiteral("SR010"), QStringLiteral("SR013")})
                         .isEmpty())
                    m_outcome.netChange[int(m_variants.indexOf(expired.value(0, 1)))] -= 1;
                return;
            }
        }
        const int quantity = pick(1, 3);
        if (!attempt(c, QStringLiteral("batch"),
                     QStringLiteral("api.receive_batch($1, $2, $3, $4, $5, $6::date + $7::int)"),
                     {newRequestId(), v, here, QStringLiteral("SB%1-%2").arg(m_index).arg(m_op),
                      QString::number(quantity), m_today, QString::number(pick(1, 60))},
                     {})
                 .isEmpty())
            m_outcome.netChange[k] += quantity;
    }

    /** Sends this session's last successful request again: it must answer the same. */
    void repeat(PgConnection &c, int k, const QString &v, const QString &here)
    {
        if (m_last.result.isEmpty())
            return adjust(c, k, v, here);
        const Last first = m_last;
        const QString again = attempt(c, QStringLiteral("repeat"), first.command, first.params, {});
        if (!again.isEmpty() && again != first.result) {
            m_outcome.failures << QStringLiteral("session %1, operation %2: %3 repeated answered "
                                                 "%4, first %5")
                                      .arg(m_index)
                                      .arg(m_op)
                                      .arg(first.command, again, first.result);
        }
        m_last = first;
    }

    struct Last
    {
        QString command;
        QList<SqlParam> params;
        QString result;
    };

    const int m_index;
    std::mt19937 m_rng;
    const QStringList m_variants;
    const QString m_frontStore;
    const QString m_today;
    Shared &m_shared;
    int m_op = 0;
    Last m_last;
    StressOutcome m_outcome;
};

/**
 * What the server's jobs do, faster: reservation time runs out, and every so often the oldest
 * active stress batch expires and the batch job marks it.
 */
void runClock(const ConnectionInfo &superuser, const std::atomic<bool> &done,
              StressOutcome &outcome, std::mutex &mutex)
{
    try {
        PgConnection c(superuser, QStringLiteral("tst_stockconcurrency-clock"));
        for (int tick = 0; !done; ++tick) {
            std::this_thread::sleep_for(std::chrono::milliseconds(25));
            const int swept = c.scalar(QStringLiteral("SELECT stock.expire_reservations()"))
                                  .value_or(QString())
                                  .toInt();
            int expired = 0;
            if (tick % 8 == 7) {
                expired = int(
                    c.exec(QStringLiteral("UPDATE inventory_batches b SET alert_date = NULL,"
                                          " expiry_date = (now() AT TIME ZONE t.timezone)::date - 1"
                                          " FROM tenants t WHERE t.tenant_id = b.tenant_id"
                                          " AND b.id = (SELECT id FROM inventory_batches WHERE"
                                          " batch_number LIKE 'SB%' AND status = 'active'"
                                          " ORDER BY received_at, id LIMIT 1)"))
                        .affectedRows());
                c.exec(QStringLiteral("SELECT stock.flag_expiring_batches()"));
            }
            std::lock_guard<std::mutex> lock(mutex);
            outcome.sweptReservations += swept;
            outcome.expiredBatches += expired;
        }
    } catch (const std::exception &e) {
        std::lock_guard<std::mutex> lock(mutex);
        outcome.failures << QStringLiteral("clock: ") + QString::fromUtf8(describe(e));
    }
}

} // namespace

StressOutcome runStockStress(StockWorld &world, const QStringList &variants,
                             const StressSettings &settings)
{
    StressOutcome total;
    total.netChange = QList<qint64>(variants.size(), 0);
    Shared shared;
    std::mutex mutex;
    std::atomic<bool> done{false};
    const QString today = world.localDate();
    QElapsedTimer clock;
    clock.start();
    std::thread jobs(runClock, world.db().info(), std::cref(done), std::ref(total),
                     std::ref(mutex));
    const QStringList failures =
        runConcurrently(world.manager(), settings.sessions, [&](int i, PgConnection &c) {
            Session session(i, settings, variants, world.frontStore(), today, shared);
            session.run(c, settings.operationsPerSession, clock, settings.maxSeconds * 1000);
            const StressOutcome &mine = session.outcome();
            std::lock_guard<std::mutex> lock(mutex);
            for (auto it = mine.outcomes.cbegin(); it != mine.outcomes.cend(); ++it)
                total.outcomes[it.key()] += it.value();
            total.failures << mine.failures;
            for (int k = 0; k < variants.size(); ++k)
                total.netChange[k] += mine.netChange[k];
            total.committedUnits += mine.committedUnits;
        });
    done = true;
    jobs.join();
    total.failures << failures;
    total.elapsedMs = clock.elapsed();
    return total;
}

} // namespace stockroom::test
