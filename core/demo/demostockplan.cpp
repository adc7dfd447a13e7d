#include "demo/demostockplan.h"

#include "demo/democontext.h"

#include <utility>

namespace stockroom {

namespace {

using Plan = DemoPositionPlan;

// Movement kinds after the opening count, by weight.
enum class Step { Sale, Receipt, Damage, Return, Correction };
constexpr int kStepWeights[] = {55, 20, 10, 10, 5};

/** Insertion sort: these arrays hold at most three values. */
template<typename T> void sortSmall(T *values, int count)
{
    for (int i = 1; i < count; ++i) {
        for (int j = i; j > 0 && values[j] < values[j - 1]; --j)
            std::swap(values[j], values[j - 1]);
    }
}

void addMovement(Plan &plan, qint64 steps, Plan::MovementType type)
{
    plan.movements[plan.movementCount++] = {0, steps, type};
}

/** The ledger: an opening count, then sales, receipts, losses; it ends at exactly @p target. */
void planLedger(Plan &plan, DemoRandom &random, qint64 target, qint64 unit, qint64 maxUnits,
                bool perishable)
{
    static const int counts[] = {30, 40, 20, 10};
    int n = random.weighted(counts, 4) + 1;
    if (target == 0 && n == 1)
        n = 2; // an opening balance cannot be zero: count, then sell out
    const qint64 opening =
        n == 1 ? target : qMax<qint64>(1, maxUnits * random.range(60, 100) / 100) * unit;
    addMovement(plan, opening, Plan::Opening);
    qint64 balance = opening;
    for (int i = 1; i < n - 1; ++i) {
        Step step = static_cast<Step>(random.weighted(kStepWeights, 5));
        if (balance < 1 && (step == Step::Sale || step == Step::Damage))
            step = Step::Receipt;
        qint64 delta = 0;
        Plan::MovementType type = Plan::Receipt;
        switch (step) {
        case Step::Sale:
            delta = -random.range(1, qMax<qint64>(1, balance / 2));
            type = Plan::Sale;
            break;
        case Step::Damage:
            delta = -random.range(1, qMin(balance, 2 * unit));
            type = perishable && random.percent(50) ? Plan::ExpiryWriteoff : Plan::Damage;
            break;
        case Step::Return:
            delta = random.range(1, 2 * unit);
            type = Plan::Return;
            break;
        case Step::Receipt:
            delta =
                random.range(qMax<qint64>(1, maxUnits / 4), qMax<qint64>(1, maxUnits / 2)) * unit;
            type = Plan::Receipt;
            break;
        case Step::Correction:
            delta = random.range(1, unit);
            if (balance >= delta && random.percent(50))
                delta = -delta;
            type = Plan::CountCorrection;
            break;
        }
        addMovement(plan, delta, type);
        balance += delta;
    }
    if (const qint64 rest = target - balance; rest > 0)
        addMovement(plan, rest,
                    rest <= 2 * unit && random.percent(30) ? Plan::Return : Plan::Receipt);
    else if (rest < 0)
        addMovement(plan, rest, -rest <= unit && random.percent(20) ? Plan::Damage : Plan::Sale);

    // The opening count on the first morning of the window; the rest in time order after it.
    const qint64 openedAt =
        -29 * DemoTime::kDay + random.range(6 * DemoTime::kHour, 10 * DemoTime::kHour);
    plan.movements[0].at = openedAt;
    qint64 times[3];
    const int later = plan.movementCount - 1;
    for (int i = 0; i < later; ++i)
        times[i] = random.range(openedAt + DemoTime::kHour, DemoTime::kNow - 600);
    sortSmall(times, later);
    for (int i = 0; i < later; ++i)
        plan.movements[i + 1].at = times[i];
    plan.lastMovementAt = plan.movements[plan.movementCount - 1].at;
}

qint64 reservationQuantity(DemoRandom &random, bool loose, qint64 available)
{
    if (loose) // 250 g to 2 kg, in 50 g steps
        return random.range(250, qMin<qint64>(2000, available)) / 50 * 50;
    return random.range(1, qMin<qint64>(3, available));
}

void planReservations(Plan &plan, DemoRandom &random, bool loose, qint64 unit, bool dark)
{
    const qint64 ttl = dark ? 15 * 60 : 2 * DemoTime::kHour;
    // A few live holds: a dark-store basket being paid for, a click-and-collect order.
    if (plan.onHand >= unit && random.permille(20)) {
        const int count = random.percent(70) ? 1 : 2;
        const auto order = static_cast<quint32>(random.range(10'000'000, 99'999'990));
        for (int i = 0; i < count && plan.available() >= unit; ++i) {
            const qint64 quantity = reservationQuantity(random, loose, plan.available());
            const qint64 created = DemoTime::kNow - random.range(60, ttl - 60);
            plan.reservations[plan.reservationCount++] = {
                created, created + ttl, 0, quantity, order + static_cast<quint32>(i), Plan::Active};
            plan.reserved += quantity;
        }
    }
    // Closed ones from the past week, as history.
    if (random.permille(40)) {
        static const int outcomes[] = {70, 20, 10};
        const int count = static_cast<int>(random.range(1, 3));
        for (int i = 0; i < count; ++i) {
            const qint64 created =
                DemoTime::kNow - random.range(DemoTime::kHour, 7 * DemoTime::kDay);
            const auto status =
                static_cast<Plan::ReservationStatus>(random.weighted(outcomes, 3) + 1);
            const qint64 closed =
                status == Plan::Expired ? created + ttl : created + random.range(60, ttl - 60);
            const qint64 quantity = reservationQuantity(random, loose, loose ? 2000 : 3);
            plan.reservations[plan.reservationCount++] = {
                created,
                created + ttl,
                closed,
                quantity,
                static_cast<quint32>(random.range(10'000'000, 99'999'999)),
                status};
        }
    }
}

/** Batches whose on-hand adds up to the position's; the oldest expires first. */
void planBatches(Plan &plan, DemoRandom &random, int shelfLife, qint64 unit, qint64 maxUnits)
{
    const int high = qMin(shelfLife, 60);
    const int low = (shelfLife <= 7 || random.percent(5)) ? -2 : 1;
    static const int counts[] = {40, 40, 20};
    int count = plan.onHand == 0
                    ? 1
                    : static_cast<int>(qMin<qint64>(random.weighted(counts, 3) + 1, plan.onHand));
    qint64 remaining = plan.onHand;
    qint32 expiries[3];
    for (int i = 0; i < count; ++i)
        expiries[i] = static_cast<qint32>(random.range(low, high));
    sortSmall(expiries, count);
    for (int i = 0; i < count; ++i) {
        Plan::Batch &batch = plan.batches[i];
        batch.onHand = i == count - 1 ? remaining : random.range(1, remaining - (count - 1 - i));
        remaining -= batch.onHand;
        // Part of every batch has been sold already; a depleted one sold out.
        batch.received = batch.onHand > 0 ? batch.onHand + random.range(0, batch.onHand)
                                          : random.range(1, maxUnits) * unit;
        batch.expiryDay = expiries[i];
        batch.manufacturedDay = batch.expiryDay - shelfLife;
        batch.alertDay = batch.expiryDay - qMax(1, shelfLife / 5);
        const qint64 receivedDay =
            qBound(qint64(-29), batch.manufacturedDay + random.range(0, 1), qint64(0));
        batch.receivedAt =
            receivedDay * DemoTime::kDay + random.range(7 * DemoTime::kHour, 11 * DemoTime::kHour);
        batch.lot = static_cast<quint16>(random.range(1000, 9999));
    }
    plan.batchCount = count;
}

} // namespace

DemoPositionPlan DemoStockPlan::plan(const DemoContext &context, quint32 v, int location)
{
    const DemoVariant &variant = context.variants[v];
    DemoRandom random = context.ids.random(DemoEntity::Position, v, static_cast<quint64>(location));
    Plan plan;
    const bool loose = context.isLoose(variant);
    const bool dark = location == kBlrDarkStore || location == kMumDarkStore;
    const bool backroom = location == kBlrBackroom;
    // Count in steps: whole pieces, or grams for loose goods; scaled to ten-thousandths at the end.
    const qint64 unit = loose ? 1000 : 1;
    const qint64 scale = loose ? Quantity::kScale / 1000 : Quantity::kScale;

    qint64 maxUnits = 0;
    if (loose)
        maxUnits = dark       ? random.range(5, 40)
                   : backroom ? random.range(50, 300)
                              : random.range(20, 120);
    else
        maxUnits = dark       ? random.range(6, 48)
                   : backroom ? random.range(48, 480)
                              : random.range(12, 120);
    const qint64 maxSteps = maxUnits * unit;
    const qint64 reorderSteps = qMax<qint64>(1, maxUnits * random.range(15, 35) / 100) * unit;

    // Mostly healthy stock; some below the reorder point, some sold out; archived ones run down.
    const qint64 below = random.range(1, qMax<qint64>(1, reorderSteps - 1));
    const int roll = static_cast<int>(random.range(0, 99));
    qint64 onHand = 0;
    if (variant.has(DemoVariant::Archived))
        onHand = roll < 60 ? 0 : below;
    else if (roll >= 22)
        onHand = random.range(reorderSteps, maxSteps);
    else if (roll >= 7)
        onHand = below;
    plan.onHand = onHand;
    if (onHand < reorderSteps && !variant.has(DemoVariant::Archived) && random.percent(50))
        plan.inTransit = (maxSteps - onHand + unit - 1) / unit * unit;

    planLedger(plan, random, onHand, unit, maxUnits, context.isPerishable(variant));
    if (!backroom && !variant.has(DemoVariant::Archived))
        planReservations(plan, random, loose, unit, dark);
    if (context.isPerishable(variant))
        planBatches(plan, random, context.kind(variant).shelfLifeDays, unit, maxUnits);

    // Steps to Quantity ten-thousandths.
    plan.onHand *= scale;
    plan.reserved *= scale;
    plan.inTransit *= scale;
    plan.reorderPoint = reorderSteps * scale;
    plan.maxStock = maxSteps * scale;
    for (int i = 0; i < plan.movementCount; ++i)
        plan.movements[i].delta *= scale;
    for (int i = 0; i < plan.reservationCount; ++i)
        plan.reservations[i].quantity *= scale;
    for (int i = 0; i < plan.batchCount; ++i) {
        plan.batches[i].onHand *= scale;
        plan.batches[i].received *= scale;
    }
    return plan;
}

} // namespace stockroom
