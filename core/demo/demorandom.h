#pragma once

#include <QString>
#include <QtGlobal>

namespace stockroom {

/**
 * splitmix64: a tiny generator whose sequence is the same with every compiler and standard
 * library, unlike the std:: distributions. The demo data must come out byte-identical from the
 * same inputs, so every random choice goes through this class and its own range helper.
 */
class DemoRandom
{
public:
    explicit DemoRandom(quint64 state)
        : m_state(state)
    {}

    [[nodiscard]] quint64 next();
    /** Uniform in [low, high], both inclusive (low <= high), without modulo bias. */
    [[nodiscard]] qint64 range(qint64 low, qint64 high);
    /** True with a probability of @p percent in 100. */
    [[nodiscard]] bool percent(int percent) { return range(0, 99) < percent; }
    /** True with a probability of @p permille in 1000. */
    [[nodiscard]] bool permille(int permille) { return range(0, 999) < permille; }
    /** An index in [0, count) drawn with the given non-negative integer weights. */
    [[nodiscard]] int weighted(const int *weights, int count);

private:
    quint64 m_state;
};

/** The splitmix64 finaliser: a good 64-bit mix of one value. */
[[nodiscard]] quint64 demoMix(quint64 value);

/** What a derived id or random stream belongs to; part of every key. */
enum class DemoEntity : quint64 {
    Tenant = 1,
    Store,
    Location,
    Terminal,
    DarkStore,
    Zone,
    Picker,
    SourceSystem,
    IngestionRun,
    Category,
    Product,
    Variant,
    CatalogVersion,
    SourceEntity,
    Price,
    Position,
    Movement,
    MovementRequest,
    Reservation,
    ReservationRequest,
    Batch,
    Order,
    OrderItem,
    DayPlan,
    Barcode,
    ReviewItem,
};

/**
 * Deterministic ids and random streams. Everything derives from a key hashed from the seed
 * and the tenant name, so two tenants (or two seeds) get disjoint ids while the same inputs
 * always give the same rows.
 */
class DemoIds
{
public:
    DemoIds(quint64 seed, const QString &tenantName);

    [[nodiscard]] quint64 key(DemoEntity entity, quint64 a = 0, quint64 b = 0) const;
    /**
     * An RFC 4122 version-4-shaped UUID derived from the key. Ids of one entity kind increase
     * with (a, b), which must stay below 2^30 and 2^12.
     */
    [[nodiscard]] QString uuid(DemoEntity entity, quint64 a = 0, quint64 b = 0) const;
    [[nodiscard]] DemoRandom random(DemoEntity entity, quint64 a = 0, quint64 b = 0) const
    {
        return DemoRandom(key(entity, a, b));
    }

private:
    quint64 m_base;
};

} // namespace stockroom
