#include "stock/reservationrepository.h"

#include "catalog/catalogrepository.h"
#include "db/sqlsession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace stockroom {

namespace {

// Times travel as epoch milliseconds, so they never depend on the session's time zone or
// DateStyle and need no parsing.
QString epochMs(const QString &column)
{
    return QStringLiteral("(extract(epoch FROM %1) * 1000)::bigint").arg(column);
}

// Active reservations sort first, soonest expiry first (one without an expiry last), then
// closed ones, most recently closed first: each part walks its own index (migration 0013). The
// cursor carries the part and the timestamp as PostgreSQL prints it, which reads back exactly.
const QString ActiveOrder = QStringLiteral("coalesce(r.expires_at, 'infinity'::timestamptz)");
const QString SortGroup = QStringLiteral("CASE WHEN r.status = 'active' THEN 0 ELSE 1 END");
const QString SortKey = QStringLiteral(
    "CASE WHEN r.status = 'active' THEN coalesce(r.expires_at, 'infinity'::timestamptz) "
    "ELSE r.closed_at END::text");

QString rowSelect()
{
    return QStringLiteral("SELECT r.id::text, r.order_id, r.variant_id::text, v.sku, v.name, "
                          "v.stock_uom, r.location_id::text, l.code, l.name, r.reserved_qty::text, "
                          "r.status, ") +
           epochMs(QStringLiteral("r.expires_at")) + QStringLiteral(", r.created_by, ") +
           epochMs(QStringLiteral("r.created_at")) + QStringLiteral(", ") +
           epochMs(QStringLiteral("r.closed_at")) + QStringLiteral(", ") + SortGroup +
           QStringLiteral(", ") + SortKey +
           QStringLiteral(
               " FROM stock_reservations r"
               " JOIN variants v ON v.tenant_id = r.tenant_id AND v.id = r.variant_id"
               " JOIN locations l ON l.tenant_id = r.tenant_id AND l.id = r.location_id");
}

QDateTime fromEpochMs(const QVariant &value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromMSecsSinceEpoch(value.toString().toLongLong(), Qt::UTC);
}

Quantity quantity(const QVariant &value)
{
    return Quantity::parse(value.toString()).value_or(Quantity());
}

ReservationRow readRow(const SqlSession::Row &r)
{
    ReservationRow row;
    row.id = r.at(0).toString();
    row.orderId = r.at(1).toString();
    row.variantId = r.at(2).toString();
    row.sku = r.at(3).toString();
    row.variantName = r.at(4).toString();
    row.stockUom = r.at(5).toString();
    row.locationId = r.at(6).toString();
    row.locationCode = r.at(7).toString();
    row.locationName = r.at(8).toString();
    row.quantity = quantity(r.at(9));
    row.status = reservationStatusFromKey(r.at(10).toString()).value_or(ReservationStatus::Active);
    row.expiresAt = fromEpochMs(r.at(11));
    row.createdBy = r.at(12).toString();
    row.createdAt = fromEpochMs(r.at(13));
    row.closedAt = fromEpochMs(r.at(14));
    row.sortGroup = r.at(15).toInt();
    row.sortKey = r.at(16).toString();
    return row;
}

} // namespace

QString reservationStatusKey(ReservationStatus status)
{
    switch (status) {
    case ReservationStatus::Active:
        return QStringLiteral("active");
    case ReservationStatus::Committed:
        return QStringLiteral("committed");
    case ReservationStatus::Released:
        return QStringLiteral("released");
    case ReservationStatus::Expired:
        return QStringLiteral("expired");
    }
    return {};
}

std::optional<ReservationStatus> reservationStatusFromKey(const QString &key)
{
    for (ReservationStatus s : {ReservationStatus::Active, ReservationStatus::Committed,
                                ReservationStatus::Released, ReservationStatus::Expired}) {
        if (reservationStatusKey(s) == key)
            return s;
    }
    return std::nullopt;
}

QString reservationViewKey(ReservationView view)
{
    switch (view) {
    case ReservationView::Active:
        return QStringLiteral("active");
    case ReservationView::Expired:
        return QStringLiteral("expired");
    case ReservationView::Committed:
        return QStringLiteral("committed");
    case ReservationView::Released:
        return QStringLiteral("released");
    case ReservationView::All:
        return QStringLiteral("all");
    }
    return {};
}

std::optional<ReservationView> reservationViewFromKey(const QString &key)
{
    for (ReservationView v :
         {ReservationView::Active, ReservationView::Expired, ReservationView::Committed,
          ReservationView::Released, ReservationView::All}) {
        if (reservationViewKey(v) == key)
            return v;
    }
    return std::nullopt;
}

QList<ReservationRow> ReservationRepository::page(SqlSession &db, const ReservationFilter &filter,
                                                  const std::optional<ReservationCursor> &after,
                                                  int limit)
{
    // What every part shares: tenant, location, search.
    QString common;
    QVariantList commonParams;
    if (!filter.locationId.isEmpty()) {
        common += QStringLiteral(" AND r.location_id = ?::uuid");
        commonParams << filter.locationId;
    }
    const QString term = filter.search.trimmed();
    if (!term.isEmpty()) {
        const QString pattern = CatalogRepository::containsPattern(term);
        common +=
            QStringLiteral(" AND (r.order_id ILIKE ? OR v.sku ILIKE ? OR v.name ILIKE ?"
                           " OR EXISTS (SELECT 1 FROM variant_barcodes b"
                           "   WHERE b.tenant_id = r.tenant_id AND b.variant_id = r.variant_id"
                           "     AND b.barcode = ?))");
        commonParams << pattern << pattern << pattern << term;
    }
    const auto run = [&](const QString &where, const QVariantList &whereParams,
                         const QString &order, int count) {
        QList<ReservationRow> rows;
        const QList<SqlSession::Row> result = db.query(
            rowSelect() + QStringLiteral(" WHERE r.tenant_id = ?::uuid") + where + common +
                QStringLiteral(" ORDER BY ") + order + QStringLiteral(" LIMIT ?::int"),
            QVariantList{filter.tenantId} + whereParams + commonParams + QVariantList{count});
        rows.reserve(result.size());
        for (const SqlSession::Row &r : result)
            rows.append(readRow(r));
        return rows;
    };

    QList<ReservationRow> rows;
    const bool withActive =
        filter.view == ReservationView::Active || filter.view == ReservationView::All;
    if (withActive && (!after || after->group == 0)) {
        QString where = QStringLiteral(" AND r.status = 'active'");
        QVariantList params;
        if (after) {
            where += QStringLiteral(" AND (") + ActiveOrder +
                     QStringLiteral(", r.id) > (?::timestamptz, ?::uuid)");
            params << after->key << after->id;
        }
        rows = run(where, params, ActiveOrder + QStringLiteral(", r.id"), limit);
    }
    if (filter.view != ReservationView::Active && rows.size() < limit) {
        // "<> 'active'" as well as the status, so the partial index applies.
        QString where = QStringLiteral(" AND r.status <> 'active'");
        QVariantList params;
        if (filter.view != ReservationView::All) {
            where += QStringLiteral(" AND r.status = ?");
            params << reservationViewKey(filter.view);
        }
        if (after && after->group == 1) {
            where += QStringLiteral(" AND (r.closed_at, r.id) < (?::timestamptz, ?::uuid)");
            params << after->key << after->id;
        }
        rows += run(where, params, QStringLiteral("r.closed_at DESC, r.id DESC"),
                    limit - static_cast<int>(rows.size()));
    }
    return rows;
}

std::optional<ReservationRow> ReservationRepository::find(SqlSession &db, const QString &tenantId,
                                                          const QString &id)
{
    const QList<SqlSession::Row> result =
        db.query(rowSelect() + QStringLiteral(" WHERE r.tenant_id = ?::uuid AND r.id = ?::uuid"),
                 {tenantId, id});
    if (result.isEmpty())
        return std::nullopt;
    return readRow(result.first());
}

ReservationReconciliation ReservationRepository::reconcile(SqlSession &db, const QString &tenantId,
                                                           const QString &locationId,
                                                           int mismatchLimit)
{
    // One statement, so the positions and the reservations come from one snapshot.
    const QString atLocation =
        locationId.isEmpty() ? QString() : QStringLiteral(" AND location_id = ?::uuid");
    // In the order of the placeholders: reservations, positions, the mismatch list.
    QVariantList params;
    for (int i = 0; i < 2; ++i) {
        params << tenantId;
        if (!locationId.isEmpty())
            params << locationId;
    }
    params << tenantId << mismatchLimit;
    const QString sql =
        QStringLiteral(
            "WITH held AS ("
            "  SELECT variant_id, location_id, sum(reserved_qty) AS total, count(*) AS n,"
            "         count(*) FILTER (WHERE expires_at < now()) AS overdue"
            "    FROM stock_reservations WHERE tenant_id = ?::uuid AND status = 'active'") +
        atLocation +
        QStringLiteral("   GROUP BY 1, 2"
                       "), pos AS ("
                       "  SELECT p.variant_id, p.location_id, p.quantity_reserved AS reserved,"
                       "         coalesce(h.total, 0) AS held, coalesce(h.n, 0) AS n"
                       "    FROM (SELECT * FROM stock_positions WHERE tenant_id = ?::uuid") +
        atLocation +
        QStringLiteral(
            ") p LEFT JOIN held h USING (variant_id, location_id)"
            ")"
            " SELECT (SELECT count(*) FROM pos),"
            "   (SELECT coalesce(sum(reserved), 0)::text FROM pos),"
            "   (SELECT coalesce(sum(held), 0)::text FROM pos),"
            "   (SELECT coalesce(sum(n), 0) FROM held),"
            "   (SELECT coalesce(sum(overdue), 0) FROM held),"
            "   (SELECT count(*) FROM pos WHERE reserved <> held),"
            "   (SELECT coalesce(json_agg(json_build_object("
            "        'variant_id', m.variant_id, 'sku', m.sku, 'name', m.name,"
            "        'location_id', m.location_id, 'location_code', m.code,"
            "        'reserved', m.reserved::text, 'held', m.held::text, 'count', m.n)"
            "      ORDER BY m.code, m.sku), '[]')::text"
            "      FROM (SELECT pos.*, v.sku, v.name, l.code FROM pos"
            "        JOIN variants v ON v.tenant_id = ?::uuid AND v.id = pos.variant_id"
            "        JOIN locations l ON l.tenant_id = v.tenant_id AND l.id = pos.location_id"
            "       WHERE pos.reserved <> pos.held ORDER BY l.code, v.sku LIMIT ?::int) m),"
            "   ") +
        epochMs(QStringLiteral("now()"));
    const QList<SqlSession::Row> rows = db.query(sql, params);
    ReservationReconciliation out;
    if (rows.isEmpty())
        return out;
    const SqlSession::Row &r = rows.first();
    out.positions = r.at(0).toLongLong();
    out.totalReserved = quantity(r.at(1));
    out.totalHeld = quantity(r.at(2));
    out.activeReservations = r.at(3).toLongLong();
    out.overdue = r.at(4).toLongLong();
    out.mismatchCount = r.at(5).toLongLong();
    const QJsonArray list = QJsonDocument::fromJson(r.at(6).toString().toUtf8()).array();
    for (const QJsonValue &value : list) {
        const QJsonObject m = value.toObject();
        ReservationMismatch mismatch;
        mismatch.variantId = m.value(QLatin1String("variant_id")).toString();
        mismatch.sku = m.value(QLatin1String("sku")).toString();
        mismatch.variantName = m.value(QLatin1String("name")).toString();
        mismatch.locationId = m.value(QLatin1String("location_id")).toString();
        mismatch.locationCode = m.value(QLatin1String("location_code")).toString();
        mismatch.reserved = quantity(m.value(QLatin1String("reserved")).toString());
        mismatch.held = quantity(m.value(QLatin1String("held")).toString());
        mismatch.activeCount = m.value(QLatin1String("count")).toInt();
        out.mismatches.append(mismatch);
    }
    out.checkedAt = fromEpochMs(r.at(7));
    return out;
}

std::optional<ReservationTarget> ReservationRepository::target(SqlSession &db,
                                                               const QString &tenantId,
                                                               const QString &variantId,
                                                               const QString &locationId)
{
    // Unsellable as api.reserve_stock counts it: expired or quarantined batches, and active
    // batches whose expiry date has passed in the tenant's time zone (it settles those first).
    const QList<SqlSession::Row> rows = db.query(
        QStringLiteral(
            "SELECT l.code, l.is_active, (extract(epoch FROM l.reservation_ttl) / 60)::int,"
            "  p.id IS NOT NULL, coalesce(p.quantity_on_hand, 0)::text,"
            "  coalesce(p.quantity_reserved, 0)::text, coalesce(p.quantity_available, 0)::text,"
            "  (SELECT coalesce(sum(b.quantity_on_hand), 0) FROM inventory_batches b"
            "     JOIN tenants t ON t.tenant_id = b.tenant_id"
            "    WHERE b.tenant_id = l.tenant_id AND b.location_id = l.id"
            "      AND b.variant_id = p.variant_id AND b.quantity_on_hand > 0"
            "      AND (b.status IN ('expired', 'quarantined') OR (b.status = 'active'"
            "           AND b.expiry_date < (now() AT TIME ZONE t.timezone)::date)))::text"
            " FROM locations l"
            " LEFT JOIN stock_positions p ON p.tenant_id = l.tenant_id AND p.location_id = l.id"
            "   AND p.variant_id = ?::uuid"
            " WHERE l.tenant_id = ?::uuid AND l.id = ?::uuid"),
        {variantId.isEmpty() ? QVariant() : QVariant(variantId), tenantId, locationId});
    if (rows.isEmpty())
        return std::nullopt;
    const SqlSession::Row &r = rows.first();
    const auto flag = [](const QVariant &v) {
        const QString text = v.toString(); // "t" over libpq, "true" over QPSQL
        return text == QLatin1String("t") || text == QLatin1String("true");
    };
    ReservationTarget t;
    t.locationCode = r.at(0).toString();
    t.locationActive = flag(r.at(1));
    t.ttlMinutes = r.at(2).toInt();
    t.hasPosition = flag(r.at(3));
    t.onHand = quantity(r.at(4));
    t.reserved = quantity(r.at(5));
    t.available = quantity(r.at(6));
    t.unsellable = quantity(r.at(7));
    return t;
}

QDateTime ReservationRepository::serverNow(SqlSession &db)
{
    return fromEpochMs(
        db.scalar(QStringLiteral("SELECT ") + epochMs(QStringLiteral("clock_timestamp()"))));
}

} // namespace stockroom
