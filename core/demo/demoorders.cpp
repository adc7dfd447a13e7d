#include "demo/demoorders.h"

#include "db/pgconnection.h"
#include "demo/democontext.h"
#include "demo/democopy.h"
#include "types/money.h"

#include <algorithm>

namespace stockroom {

namespace {

constexpr int kHistoryDays = 30;
// Orders per day at each dark store on a weekday; weekends run a quarter busier.
constexpr int kDailyOrders[] = {260, 210};
// Share of a day's orders by hour from 06:00 to 23:00: breakfast and evening peaks.
constexpr int kHourWeights[] = {2, 5, 9, 10, 8, 6, 6, 6, 5, 4, 5, 7, 9, 10, 10, 8, 5, 3};
constexpr int kFirstHour = 6;
constexpr int kItemCountWeights[] = {14, 20, 20, 16, 12, 8, 6, 4}; // 1..8 lines

qint64 orderKey(int darkStore, qint64 day, int sequence)
{
    return (static_cast<qint64>(darkStore) * 1000 + (day + 100)) * 10000 + sequence;
}

SqlParam stamp(const DemoContext &c, qint64 at)
{
    return at == DemoOrders::kNotReached ? std::nullopt : SqlParam(c.time.timestamp(at));
}

} // namespace

DemoOrders::DemoOrders(DemoContext &context, PgConnection &connection)
    : m_context(context)
    , m_connection(connection)
{}

void DemoOrders::write()
{
    DemoContext &c = m_context;
    const auto darkStores = static_cast<int>(c.darkStores.size());
    DemoStage stage(c.progress, QStringLiteral("Orders"), darkStores * kHistoryDays + 3);
    std::vector<Order> orders;
    for (int d = 0; d < darkStores; ++d) {
        for (qint64 day = 1 - kHistoryDays; day <= 0; ++day) {
            planDay(d, day, orders);
            stage.advance();
        }
    }
    writeOrders(orders);
    stage.advance();
    writeItems(orders);
    stage.advance();
    writeMetrics();
    stage.finish();
    c.summary.orders = static_cast<qint64>(orders.size());
}

void DemoOrders::planDay(int darkStore, qint64 day, std::vector<Order> &orders) const
{
    const DemoContext &c = m_context;
    if (c.darkStoreRanking[static_cast<size_t>(darkStore)].empty())
        return; // nothing to sell (a tiny catalog)
    DemoRandom random = c.ids.random(DemoEntity::DayPlan, static_cast<quint64>(darkStore),
                                     static_cast<quint64>(day + 100));
    const int weekday = c.time.day(day).dayOfWeek();
    const qint64 base = kDailyOrders[darkStore % 2] * (weekday >= 6 ? 125 : 100) / 100;
    const qint64 count = base * random.range(85, 115) / 100;
    std::vector<qint64> times;
    times.reserve(static_cast<size_t>(count));
    for (qint64 i = 0; i < count; ++i) {
        const int hour =
            kFirstHour + random.weighted(kHourWeights, static_cast<int>(std::size(kHourWeights)));
        const qint64 at =
            day * DemoTime::kDay + hour * DemoTime::kHour + random.range(0, DemoTime::kHour - 1);
        if (at < DemoTime::kNow) // today's orders only up to now
            times.push_back(at);
    }
    std::sort(times.begin(), times.end());
    for (size_t i = 0; i < times.size(); ++i)
        orders.push_back(planOrder(darkStore, day, static_cast<int>(i) + 1, times[i]));
}

DemoOrders::Order DemoOrders::planOrder(int darkStore, qint64 day, int sequence,
                                        qint64 createdAt) const
{
    const DemoContext &c = m_context;
    const DemoDarkStore &store = c.darkStores[static_cast<size_t>(darkStore)];
    const std::vector<quint32> &ranking = c.darkStoreRanking[static_cast<size_t>(darkStore)];
    Order order;
    order.darkStore = darkStore;
    order.key = orderKey(darkStore, day, sequence);
    order.number = QStringLiteral("%1-%2-%3")
                       .arg(store.code, c.time.compactDate(day))
                       .arg(sequence, 4, 10, QLatin1Char('0'));
    order.createdAt = createdAt;
    DemoRandom random = c.ids.random(DemoEntity::Order, static_cast<quint64>(order.key));

    // The basket: distinct variants, the dark store's fast sellers more often.
    const int wanted = static_cast<int>(qMin<qint64>(random.weighted(kItemCountWeights, 8) + 1,
                                                     static_cast<qint64>(ranking.size())));
    const qint64 last = static_cast<qint64>(ranking.size()) - 1;
    static const int pieces[] = {75, 20, 5};
    for (int attempt = 0; static_cast<int>(order.lines.size()) < wanted && attempt < 40;
         ++attempt) {
        const quint32 v =
            ranking[static_cast<size_t>(qMin(random.range(0, last), random.range(0, last)))];
        if (std::any_of(order.lines.begin(), order.lines.end(),
                        [v](const Line &l) { return l.variant == v; }))
            continue;
        const DemoVariant &variant = c.variants[v];
        Line line{};
        line.variant = v;
        line.quantity = c.isLoose(variant) ? random.range(1, 4) * 250 * (Quantity::kScale / 1000)
                                           : (random.weighted(pieces, 3) + 1) * Quantity::kScale;
        line.unitPrice = c.darkStorePrice(variant);
        line.lineTotal = (line.unitPrice * line.quantity + Quantity::kScale / 2) / Quantity::kScale;
        order.lines.push_back(line);
    }

    static const int promises[] = {60, 30, 10};
    order.promisedMinutes = 10 + 5 * random.weighted(promises, 3);
    const qint64 picking = createdAt + random.range(15, 150);
    const qint64 packed = picking + 45 +
                          static_cast<qint64>(order.lines.size()) * random.range(10, 25) +
                          random.range(0, 45);
    const qint64 dispatched = packed + random.range(30, 150);
    qint64 ride = order.promisedMinutes * 60 * random.range(30, 75) / 100;
    if (random.percent(12))
        ride += random.range(180, 600); // traffic, a wrong gate, rain
    const qint64 delivered = dispatched + ride;
    order.picker =
        static_cast<int>(random.range(0, static_cast<qint64>(store.pickerIds.size()) - 1));

    // About 3% are cancelled before dispatch: before picking, while picking, or once packed.
    int cancelStage = -1;
    qint64 cancelled = kNotReached;
    if (random.percent(3)) {
        static const int stages[] = {50, 30, 20};
        cancelStage = random.weighted(stages, 3);
        cancelled = cancelStage == 0 ? createdAt + random.range(30, 240)
                    : cancelStage == 1
                        ? picking + random.range(20, qMax<qint64>(20, packed - picking))
                        : packed + random.range(10, 120);
        order.cancelReason = static_cast<int>(
            random.range(0, static_cast<qint64>(c.words.cancelReasons.size()) - 1));
    }

    // Where the order stands at "now": the last few are still open.
    const qint64 now = DemoTime::kNow;
    if (cancelStage >= 0 && cancelled <= now) {
        order.status = QStringLiteral("cancelled");
        order.cancelledAt = cancelled;
        if (cancelStage >= 1)
            order.pickingAt = picking;
        if (cancelStage >= 2)
            order.packedAt = packed;
    } else {
        // A cancellation still to come caps how far the workflow has got.
        const int reach = cancelStage >= 0 ? cancelStage : 4;
        const qint64 stages[] = {picking, packed, dispatched, delivered};
        static const char *const names[] = {"created", "picking", "packed", "dispatched",
                                            "delivered"};
        int reached = 0;
        while (reached < reach && stages[reached] <= now)
            ++reached;
        order.status = QLatin1String(names[reached]);
        qint64 *fields[] = {&order.pickingAt, &order.packedAt, &order.dispatchedAt,
                            &order.deliveredAt};
        for (int i = 0; i < reached; ++i)
            *fields[i] = stages[i];
    }
    if (order.pickingAt == kNotReached)
        order.picker = -1;

    // Packed goods are all picked; an order being picked has its first lines in the tote.
    const bool allPicked = order.packedAt != kNotReached;
    for (size_t i = 0; i < order.lines.size(); ++i) {
        Line &line = order.lines[i];
        if (allPicked)
            line.picked = line.quantity;
        else if (order.pickingAt != kNotReached && i < order.lines.size() / 2)
            line.picked = line.quantity;
    }
    return order;
}

void DemoOrders::writeOrders(const std::vector<Order> &orders)
{
    DemoContext &c = m_context;
    DemoCopy copy(m_connection, QStringLiteral("dark_store_orders"),
                  {QStringLiteral("tenant_id"),
                   QStringLiteral("id"),
                   QStringLiteral("dark_store_id"),
                   QStringLiteral("order_number"),
                   QStringLiteral("channel"),
                   QStringLiteral("customer_name"),
                   QStringLiteral("customer_phone"),
                   QStringLiteral("delivery_address"),
                   QStringLiteral("status"),
                   QStringLiteral("picker_id"),
                   QStringLiteral("item_count"),
                   QStringLiteral("total_amount"),
                   QStringLiteral("promised_minutes"),
                   QStringLiteral("created_at"),
                   QStringLiteral("picking_started_at"),
                   QStringLiteral("packed_at"),
                   QStringLiteral("dispatched_at"),
                   QStringLiteral("delivered_at"),
                   QStringLiteral("cancelled_at"),
                   QStringLiteral("cancel_reason"),
                   QStringLiteral("updated_at")});
    static const char *const cities[] = {"Bengaluru", "Mumbai"};
    static const char *const channels[] = {"app", "web", "phone"};
    static const int channelWeights[] = {85, 10, 5};
    for (const Order &order : orders) {
        const DemoDarkStore &store = c.darkStores[static_cast<size_t>(order.darkStore)];
        DemoRandom random = c.ids.random(DemoEntity::Order, static_cast<quint64>(order.key), 1);
        const auto &localities = c.words.localities[static_cast<size_t>(order.darkStore % 2)];
        const DemoLocality &locality = localities[static_cast<size_t>(
            random.range(0, static_cast<qint64>(localities.size()) - 1))];
        const QString address =
            QStringLiteral("Flat %1, %2, %3, %4 %5")
                .arg(QString::number(random.range(1, 14) * 100 + random.range(1, 8)),
                     QLatin1String(c.words.buildings[static_cast<size_t>(
                         random.range(0, static_cast<qint64>(c.words.buildings.size()) - 1))]),
                     QLatin1String(locality.name), QLatin1String(cities[order.darkStore % 2]),
                     QLatin1String(locality.pinCode));
        qint64 total = 0;
        for (const Line &line : order.lines)
            total += line.lineTotal;
        const qint64 updated = std::max({order.createdAt, order.pickingAt, order.packedAt,
                                         order.dispatchedAt, order.deliveredAt, order.cancelledAt});
        const bool cancelled = order.cancelledAt != kNotReached;
        copy.row({c.tenantId,
                  c.ids.uuid(DemoEntity::Order, static_cast<quint64>(order.key)),
                  store.id,
                  order.number,
                  QLatin1String(channels[random.weighted(channelWeights, 3)]),
                  c.personName(random),
                  QStringLiteral("+91 %1").arg(random.range(7000000000LL, 9999999999LL)),
                  address,
                  order.status,
                  order.picker >= 0 ? SqlParam(store.pickerIds[static_cast<size_t>(order.picker)])
                                    : std::nullopt,
                  QString::number(order.lines.size()),
                  Money::fromMinorUnits(total).toSqlString(),
                  QString::number(order.promisedMinutes),
                  c.time.timestamp(order.createdAt),
                  stamp(c, order.pickingAt),
                  stamp(c, order.packedAt),
                  stamp(c, order.dispatchedAt),
                  stamp(c, order.deliveredAt),
                  stamp(c, order.cancelledAt),
                  cancelled ? SqlParam(QLatin1String(
                                  c.words.cancelReasons[static_cast<size_t>(order.cancelReason)]))
                            : std::nullopt,
                  c.time.timestamp(updated)});
    }
    copy.finish();
}

void DemoOrders::writeItems(const std::vector<Order> &orders)
{
    DemoContext &c = m_context;
    DemoCopy copy(m_connection, QStringLiteral("dark_store_order_items"),
                  {QStringLiteral("tenant_id"), QStringLiteral("id"), QStringLiteral("order_id"),
                   QStringLiteral("variant_id"), QStringLiteral("zone_id"),
                   QStringLiteral("quantity"), QStringLiteral("picked_quantity"),
                   QStringLiteral("unit_price"), QStringLiteral("line_total")});
    for (const Order &order : orders) {
        const DemoDarkStore &store = c.darkStores[static_cast<size_t>(order.darkStore)];
        const QString orderId = c.ids.uuid(DemoEntity::Order, static_cast<quint64>(order.key));
        for (size_t i = 0; i < order.lines.size(); ++i) {
            const Line &line = order.lines[i];
            copy.row(
                {c.tenantId, c.ids.uuid(DemoEntity::OrderItem, static_cast<quint64>(order.key), i),
                 orderId, c.variantId(line.variant), store.zoneId(c.zone(c.variants[line.variant])),
                 Quantity::fromScaled(line.quantity).toSqlString(),
                 Quantity::fromScaled(line.picked).toSqlString(),
                 Money::fromMinorUnits(line.unitPrice).toSqlString(),
                 Money::fromMinorUnits(line.lineTotal).toSqlString()});
        }
    }
    copy.finish();
}

void DemoOrders::writeMetrics()
{
    // Hourly buckets in the session's time zone, which the seeder pins to Asia/Kolkata.
    m_connection.exec(QStringLiteral(R"(
        INSERT INTO dark_store_metrics
            (tenant_id, dark_store_id, bucket_start, orders_created, orders_delivered, orders_cancelled,
             orders_on_time, items_picked, avg_pick_seconds, avg_delivery_minutes, gross_merchandise_value)
        SELECT o.tenant_id, o.dark_store_id, date_trunc('hour', o.created_at),
               count(*),
               count(*) FILTER (WHERE o.status = 'delivered'),
               count(*) FILTER (WHERE o.status = 'cancelled'),
               count(*) FILTER (WHERE o.status = 'delivered'
                                  AND o.delivered_at <= o.created_at + make_interval(mins => o.promised_minutes)),
               sum(i.picked_lines),
               round(avg(extract(epoch FROM o.packed_at - o.picking_started_at)), 2),
               round(avg(extract(epoch FROM o.delivered_at - o.created_at) / 60), 2),
               coalesce(sum(o.total_amount) FILTER (WHERE o.status <> 'cancelled'), 0)
        FROM dark_store_orders o
        -- Per order through the items' key index: fast whatever the planner guesses about a
        -- tenant it has no statistics for yet.
        CROSS JOIN LATERAL (SELECT count(*) AS picked_lines FROM dark_store_order_items
                            WHERE tenant_id = o.tenant_id AND order_id = o.id AND picked_quantity > 0) i
        WHERE o.tenant_id = $1
        GROUP BY o.tenant_id, o.dark_store_id, date_trunc('hour', o.created_at))"),
                      {m_context.tenantId});
}

} // namespace stockroom
