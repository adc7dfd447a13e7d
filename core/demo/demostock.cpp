#include "demo/demostock.h"

#include "db/pgconnection.h"
#include "demo/democontext.h"
#include "demo/democopy.h"
#include "demo/demostockplan.h"
#include "types/money.h"

#include <algorithm>

namespace stockroom {

namespace {

using Plan = DemoPositionPlan;

const QString kActor = QStringLiteral("demo_seed");

QString quantity(qint64 scaled)
{
    return Quantity::fromScaled(scaled).toSqlString();
}

quint64 positionKey(quint32 v, int location)
{
    return static_cast<quint64>(v) * 8 + static_cast<quint64>(location);
}

bool isDark(int location)
{
    return location == kBlrDarkStore || location == kMumDarkStore;
}

qint64 modifiedAt(const Plan &plan)
{
    qint64 at = plan.lastMovementAt;
    for (int i = 0; i < plan.reservationCount; ++i) {
        const Plan::Reservation &r = plan.reservations[i];
        at = qMax(at, r.status == Plan::Active ? r.createdAt : r.closedAt);
    }
    return at;
}

QString twoDigits(const char *prefix, qint64 number)
{
    return QLatin1String(prefix) + QString::number(number).rightJustified(2, u'0');
}

} // namespace

DemoStock::DemoStock(DemoContext &context, PgConnection &connection)
    : m_context(context)
    , m_connection(connection)
{}

template<typename Visit> void DemoStock::forEachPosition(Visit visit) const
{
    const auto count = static_cast<quint32>(m_context.variants.size());
    for (quint32 v = 0; v < count; ++v) {
        const quint8 mask = m_context.variants[v].locations;
        for (int location = 0; location < kDemoLocationCount; ++location) {
            if (mask & (1u << location))
                visit(v, location);
        }
    }
}

void DemoStock::write()
{
    const qint64 positions = m_context.positionCount();
    qint64 darkPositions = 0;
    for (const DemoVariant &v : m_context.variants)
        darkPositions += qPopulationCount(
            static_cast<quint8>(v.locations & ((1u << kBlrDarkStore) | (1u << kMumDarkStore))));
    DemoStage stage(m_context.progress, QStringLiteral("Stock"), 5 * positions + darkPositions);
    writePositions(stage);
    writeMovements(stage);
    writeReservations(stage);
    writeBatches(stage);
    writeOrderability(stage);
    writeDarkStoreCatalog(stage);
    stage.finish();
}

void DemoStock::writePositions(DemoStage &stage)
{
    DemoContext &c = m_context;
    DemoCopy copy(m_connection, QStringLiteral("stock_positions"),
                  {QStringLiteral("tenant_id"), QStringLiteral("id"), QStringLiteral("variant_id"),
                   QStringLiteral("location_id"), QStringLiteral("quantity_on_hand"),
                   QStringLiteral("quantity_reserved"), QStringLiteral("quantity_in_transit"),
                   QStringLiteral("reorder_point"), QStringLiteral("max_stock"),
                   QStringLiteral("rack"), QStringLiteral("bin"), QStringLiteral("zone"),
                   QStringLiteral("aisle"), QStringLiteral("last_modified_at"),
                   QStringLiteral("updated_at")});
    static const char *const zoneCodes[kDemoZoneCount] = {"AMB", "CHL", "FRZ", "HVL", "BLK"};
    forEachPosition([&](quint32 v, int location) {
        const Plan plan = DemoStockPlan::plan(c, v, location);
        DemoRandom place =
            c.ids.random(DemoEntity::Position, v, 100 + static_cast<quint64>(location));
        SqlParam rack, bin, zone, aisle;
        if (isDark(location)) {
            const DemoDarkStore &store = c.darkStores[static_cast<size_t>(
                c.locations[static_cast<size_t>(location)].darkStore)];
            DemoZone z = c.zone(c.variants[v]);
            if (store.zoneIds[static_cast<size_t>(z)].isEmpty())
                z = DemoZone::Ambient;
            zone = QLatin1String(zoneCodes[static_cast<int>(z)]);
            aisle = twoDigits("A", place.range(1, 12));
            rack = twoDigits("R", place.range(1, 20));
            bin = twoDigits("B", place.range(1, 8));
        } else if (location == kBlrBackroom) {
            rack = twoDigits("BR-", place.range(1, 30));
            bin = twoDigits("", place.range(1, 12));
        } else {
            aisle = QString::number(place.range(1, 18));
            rack = QStringLiteral("S%1").arg(place.range(1, 6));
        }
        const QString modified = c.time.timestamp(modifiedAt(plan));
        copy.row({c.tenantId, c.ids.uuid(DemoEntity::Position, v, static_cast<quint64>(location)),
                  c.variantId(v), c.locations[static_cast<size_t>(location)].id,
                  quantity(plan.onHand), quantity(plan.reserved), quantity(plan.inTransit),
                  quantity(plan.reorderPoint), quantity(plan.maxStock), rack, bin, zone, aisle,
                  modified, modified});
        stage.advance();
    });
    c.summary.stockPositions = copy.finish();
}

void DemoStock::writeMovements(DemoStage &stage)
{
    DemoContext &c = m_context;
    DemoCopy copy(m_connection, QStringLiteral("stock_movements"),
                  {QStringLiteral("tenant_id"), QStringLiteral("id"), QStringLiteral("variant_id"),
                   QStringLiteral("location_id"), QStringLiteral("movement_type"),
                   QStringLiteral("quantity_delta"), QStringLiteral("reason"),
                   QStringLiteral("reference_type"), QStringLiteral("reference_id"),
                   QStringLiteral("request_id"), QStringLiteral("source_system_id"),
                   QStringLiteral("performed_by"), QStringLiteral("occurred_at"),
                   QStringLiteral("created_at")});
    struct Kind
    {
        const char *type;
        const char *reason;
        const char *referenceType;
        const char *referencePrefix;
    };
    // Indexed by Plan::MovementType.
    static const Kind kinds[] = {
        {"opening_balance", "Opening stock count", "stock_count", "CNT"},
        {"receipt", "Goods received from supplier", "grn", "GRN"},
        {"sale_committed", "Sales synced from the tills", "sales_batch", "SAL"},
        {"damage", "Damaged in handling", "damage_report", "DMG"},
        {"return", "Customer return", "return", "RET"},
        {"expiry_writeoff", "Expired stock written off", "damage_report", "EXP"},
        {"count_correction", "Cycle count correction", "stock_count", "CNT"},
    };
    forEachPosition([&](quint32 v, int location) {
        const Plan plan = DemoStockPlan::plan(c, v, location);
        const DemoLocation &site = c.locations[static_cast<size_t>(location)];
        const quint64 key = positionKey(v, location);
        const QString variantId = c.variantId(v);
        for (int i = 0; i < plan.movementCount; ++i) {
            const Plan::Movement &m = plan.movements[i];
            const Kind &kind = kinds[m.type];
            SqlParam source;
            QString reason = QLatin1String(kind.reason);
            if (m.type == Plan::Receipt) {
                source = c.erpSourceId;
            } else if (m.type == Plan::Sale) {
                source = isDark(location) ? c.feedSourceId : c.posSourceId;
                if (isDark(location))
                    reason = QStringLiteral("Dark-store orders fulfilled");
            }
            const QString at = c.time.timestamp(m.at);
            const QString reference =
                QStringLiteral("%1-%2-%3-%4")
                    .arg(QLatin1String(kind.referencePrefix), site.code,
                         c.time.compactDate(DemoTime::dayOf(m.at)))
                    .arg((v * 7 + static_cast<quint32>(i) * 131) % 10000, 4, 10, QLatin1Char('0'));
            copy.row({c.tenantId, c.ids.uuid(DemoEntity::Movement, key, static_cast<quint64>(i)),
                      variantId, site.id, QLatin1String(kind.type), quantity(m.delta), reason,
                      QLatin1String(kind.referenceType), reference,
                      c.ids.uuid(DemoEntity::MovementRequest, key, static_cast<quint64>(i)), source,
                      kActor, at, at});
        }
        stage.advance();
    });
    c.summary.movements = copy.finish();
}

void DemoStock::writeReservations(DemoStage &stage)
{
    DemoContext &c = m_context;
    DemoCopy copy(m_connection, QStringLiteral("stock_reservations"),
                  {QStringLiteral("tenant_id"), QStringLiteral("id"), QStringLiteral("variant_id"),
                   QStringLiteral("location_id"), QStringLiteral("order_id"),
                   QStringLiteral("reserved_qty"), QStringLiteral("status"),
                   QStringLiteral("expires_at"), QStringLiteral("request_id"),
                   QStringLiteral("created_by"), QStringLiteral("created_at"),
                   QStringLiteral("updated_at"), QStringLiteral("closed_at")});
    static const char *const statuses[] = {"active", "committed", "released", "expired"};
    forEachPosition([&](quint32 v, int location) {
        const Plan plan = DemoStockPlan::plan(c, v, location);
        const quint64 key = positionKey(v, location);
        for (int i = 0; i < plan.reservationCount; ++i) {
            const Plan::Reservation &r = plan.reservations[i];
            const bool active = r.status == Plan::Active;
            // Dark-store baskets from the app; click-and-collect orders at the stores.
            const QString order = QStringLiteral("%1-%2-%3")
                                      .arg(c.refPrefix, isDark(location) ? QStringLiteral("APP")
                                                                         : QStringLiteral("CC"))
                                      .arg(r.orderNumber);
            const QString created = c.time.timestamp(r.createdAt);
            const QString closed = active ? QString() : c.time.timestamp(r.closedAt);
            copy.row({c.tenantId, c.ids.uuid(DemoEntity::Reservation, key, static_cast<quint64>(i)),
                      c.variantId(v), c.locations[static_cast<size_t>(location)].id, order,
                      quantity(r.quantity), QLatin1String(statuses[r.status]),
                      c.time.timestamp(r.expiresAt),
                      c.ids.uuid(DemoEntity::ReservationRequest, key, static_cast<quint64>(i)),
                      kActor, created, active ? created : closed,
                      active ? SqlParam() : SqlParam(closed)});
        }
        stage.advance();
    });
    c.summary.reservations = copy.finish();
}

void DemoStock::writeBatches(DemoStage &stage)
{
    DemoContext &c = m_context;
    DemoCopy copy(m_connection, QStringLiteral("inventory_batches"),
                  {QStringLiteral("tenant_id"), QStringLiteral("id"), QStringLiteral("variant_id"),
                   QStringLiteral("location_id"), QStringLiteral("batch_number"),
                   QStringLiteral("lot_number"), QStringLiteral("manufactured_on"),
                   QStringLiteral("expiry_date"), QStringLiteral("alert_date"),
                   QStringLiteral("quantity_received"), QStringLiteral("quantity_on_hand"),
                   QStringLiteral("status"), QStringLiteral("received_at"),
                   QStringLiteral("last_modified_at")});
    forEachPosition([&](quint32 v, int location) {
        stage.advance();
        if (!c.isPerishable(c.variants[v]))
            return;
        const Plan plan = DemoStockPlan::plan(c, v, location);
        const quint64 key = positionKey(v, location);
        for (int i = 0; i < plan.batchCount; ++i) {
            const Plan::Batch &b = plan.batches[i];
            const QString status = b.onHand == 0     ? QStringLiteral("depleted")
                                   : b.expiryDay < 0 ? QStringLiteral("expired")
                                                     : QStringLiteral("active");
            const QString received = c.time.timestamp(b.receivedAt);
            copy.row(
                {c.tenantId, c.ids.uuid(DemoEntity::Batch, key, static_cast<quint64>(i)),
                 c.variantId(v), c.locations[static_cast<size_t>(location)].id,
                 QStringLiteral("B%1-%2").arg(c.time.compactDate(b.manufacturedDay)).arg(i + 1),
                 QStringLiteral("L%1").arg(b.lot), c.time.date(b.manufacturedDay),
                 c.time.date(b.expiryDay), c.time.date(b.alertDay), quantity(b.received),
                 quantity(b.onHand), status, received, received});
        }
    });
    c.summary.batches = copy.finish();
}

void DemoStock::writeOrderability(DemoStage &stage)
{
    DemoContext &c = m_context;
    DemoCopy copy(m_connection, QStringLiteral("orderability_projection"),
                  {QStringLiteral("tenant_id"), QStringLiteral("variant_id"),
                   QStringLiteral("location_id"), QStringLiteral("is_orderable"),
                   QStringLiteral("reason_code"), QStringLiteral("available_qty"),
                   QStringLiteral("updated_at")});
    forEachPosition([&](quint32 v, int location) {
        const Plan plan = DemoStockPlan::plan(c, v, location);
        SqlParam reason;
        if (c.variants[v].has(DemoVariant::Archived))
            reason = QStringLiteral("archived");
        else if (plan.sellable() <= 0)
            reason = QStringLiteral("out_of_stock");
        copy.row({c.tenantId, c.variantId(v), c.locations[static_cast<size_t>(location)].id,
                  reason ? QStringLiteral("f") : QStringLiteral("t"), reason,
                  quantity(plan.sellable()), c.time.timestamp(modifiedAt(plan))});
        stage.advance();
    });
    copy.finish();
}

void DemoStock::writeDarkStoreCatalog(DemoStage &stage)
{
    DemoContext &c = m_context;
    DemoCopy copy(m_connection, QStringLiteral("dark_store_catalog_projection"),
                  {QStringLiteral("tenant_id"), QStringLiteral("dark_store_id"),
                   QStringLiteral("variant_id"), QStringLiteral("sku"),
                   QStringLiteral("product_name"), QStringLiteral("category_name"),
                   QStringLiteral("is_active"), QStringLiteral("is_essential"),
                   QStringLiteral("demand_score"), QStringLiteral("velocity_rank"),
                   QStringLiteral("quantity_available"), QStringLiteral("effective_price"),
                   QStringLiteral("orderable"), QStringLiteral("refreshed_at")});
    const QString refreshed = c.time.timestamp(DemoTime::kNow - 120);
    c.darkStoreRanking.clear();
    for (const DemoDarkStore &store : c.darkStores) {
        // Fastest sellers first; ties in variant order so the ranking is total.
        std::vector<quint32> ranked;
        for (quint32 v = 0; v < c.variants.size(); ++v) {
            if (c.variants[v].locations & (1u << store.location))
                ranked.push_back(v);
        }
        std::sort(ranked.begin(), ranked.end(), [&](quint32 a, quint32 b) {
            const quint16 va = c.variants[a].velocity;
            const quint16 vb = c.variants[b].velocity;
            return va != vb ? va > vb : a < b;
        });
        std::vector<quint32> rankOf(c.variants.size(), 0);
        std::vector<quint32> sellable;
        for (size_t rank = 0; rank < ranked.size(); ++rank) {
            rankOf[ranked[rank]] = static_cast<quint32>(rank + 1);
            if (!c.variants[ranked[rank]].has(DemoVariant::Archived))
                sellable.push_back(ranked[rank]);
        }
        ranked = {};
        // Rows in variant order, so the key index grows at its right edge.
        for (quint32 v = 0; v < c.variants.size(); ++v) {
            if (rankOf[v] == 0)
                continue;
            const DemoVariant &variant = c.variants[v];
            const Plan plan = DemoStockPlan::plan(c, v, store.location);
            const bool active = !variant.has(DemoVariant::Archived);
            copy.row(
                {c.tenantId, store.id, c.variantId(v), c.sku(v), c.variantName(v),
                 QLatin1String(c.leaf(variant).name),
                 active ? QStringLiteral("t") : QStringLiteral("f"),
                 variant.has(DemoVariant::Essential) ? QStringLiteral("t") : QStringLiteral("f"),
                 QStringLiteral("0.%1").arg(variant.velocity, 4, 10, QLatin1Char('0')),
                 QString::number(rankOf[v]), quantity(plan.available()),
                 Money::fromMinorUnits(c.darkStorePrice(variant)).toSqlString(),
                 active && plan.available() > 0 ? QStringLiteral("t") : QStringLiteral("f"),
                 refreshed});
            stage.advance();
        }
        c.darkStoreRanking.push_back(std::move(sellable));
    }
    copy.finish();
}

} // namespace stockroom
