#include "stockbenchfixture.h"

namespace stockroom::bench {

StockBenchFixture::StockBenchFixture(const ConnectionInfo &owner)
    : m_db(owner, QStringLiteral("bench-stock-fixture"))
{}

void StockBenchFixture::choosePositions(const QString &staffLogin, int count)
{
    // Active variants at active locations that may not go negative, so that every reserve
    // meets the availability rule; the order is fixed so that runs pick the same rows.
    m_db.exec(
        QStringLiteral("CREATE TEMP TABLE bench_positions AS"
                       " SELECT p.tenant_id, p.variant_id, p.location_id, false AS hot"
                       "   FROM stock_positions p"
                       "   JOIN variants v ON v.tenant_id = p.tenant_id AND v.id = p.variant_id"
                       "   JOIN locations l ON l.tenant_id = p.tenant_id AND l.id = p.location_id"
                       "  WHERE v.status = 'active' AND l.is_active AND NOT p.allow_negative_stock"
                       "    AND p.location_id = ANY ((auth.caller_of($1::name)).location_ids)"
                       "  ORDER BY hashtext(p.variant_id::text || p.location_id::text)"
                       "  LIMIT $2::int + 1"),
        {staffLogin, QString::number(count)});
    m_db.exec(
        QStringLiteral("UPDATE bench_positions SET hot = true WHERE (variant_id, location_id) ="
                       " (SELECT variant_id, location_id FROM bench_positions"
                       "   ORDER BY hashtext(variant_id::text || location_id::text) LIMIT 1)"));
    const PgResult rows = m_db.exec(QStringLiteral(
        "SELECT tenant_id, variant_id, location_id, hot FROM bench_positions ORDER BY 2, 3"));
    for (int r = 0; r < rows.rows(); ++r) {
        StockPosition p{rows.value(r, 0).toUtf8(), rows.value(r, 1).toUtf8(),
                        rows.value(r, 2).toUtf8()};
        if (rows.value(r, 3) == QLatin1String("t"))
            m_hot = p;
        else
            m_spread.push_back(p);
    }
}

QString StockBenchFixture::describeHot()
{
    return hotScalar(QStringLiteral("SELECT v.sku || ' at ' || l.code FROM variants v, locations l"
                                    " WHERE v.id = $1::uuid AND l.id = $2::uuid"));
}

QString StockBenchFixture::hotScalar(const QString &sql)
{
    return m_db.scalar(sql, {QString::fromUtf8(m_hot.variant), QString::fromUtf8(m_hot.location)})
        .value_or(QString());
}

bool StockBenchFixture::hasFunction(const QString &signature)
{
    return m_db.scalar(QStringLiteral("SELECT to_regprocedure($1) IS NOT NULL"), {signature}) ==
           QLatin1String("t");
}

void StockBenchFixture::setAvailable(qint64 available, qint64 hotAvailable)
{
    m_db.exec(
        QStringLiteral("WITH target AS ("
                       "   SELECT p.tenant_id, p.variant_id, p.location_id,"
                       "          CASE WHEN b.hot THEN $2::numeric ELSE $1::numeric END"
                       "            - p.quantity_available AS delta"
                       "     FROM stock_positions p"
                       "     JOIN bench_positions b USING (tenant_id, variant_id, location_id)),"
                       " moved AS (UPDATE stock_positions p"
                       "   SET quantity_on_hand = quantity_on_hand + t.delta, version = version + 1"
                       "   FROM target t WHERE t.delta <> 0"
                       "    AND (p.tenant_id, p.variant_id, p.location_id)"
                       "      = (t.tenant_id, t.variant_id, t.location_id)"
                       "   RETURNING p.tenant_id, p.variant_id, p.location_id, t.delta)"
                       " INSERT INTO stock_movements (tenant_id, variant_id, location_id,"
                       "   movement_type, quantity_delta, reason, occurred_at)"
                       " SELECT tenant_id, variant_id, location_id, 'adjustment', delta,"
                       "   'benchmark stock level', now() FROM moved"),
        {QString::number(available), QString::number(hotAvailable)});
}

QString StockBenchFixture::hotAvailable()
{
    return hotScalar(QStringLiteral("SELECT quantity_available::bigint FROM stock_positions"
                                    " WHERE variant_id = $1::uuid AND location_id = $2::uuid"));
}

void StockBenchFixture::drainReservations()
{
    m_db.exec(QStringLiteral(
        "WITH closed AS (UPDATE stock_reservations"
        "   SET status = 'released', closed_at = now(), updated_at = now()"
        "   WHERE status = 'active' AND order_id LIKE 'bench-%'"
        "   RETURNING tenant_id, variant_id, location_id, reserved_qty),"
        " per AS (SELECT tenant_id, variant_id, location_id, sum(reserved_qty) AS qty"
        "   FROM closed GROUP BY 1, 2, 3)"
        " UPDATE stock_positions p"
        "   SET quantity_reserved = quantity_reserved - per.qty, version = version + 1"
        "   FROM per WHERE (p.tenant_id, p.variant_id, p.location_id)"
        "                = (per.tenant_id, per.variant_id, per.location_id)"));
}

void StockBenchFixture::vacuum()
{
    m_db.exec(QStringLiteral("VACUUM stock_positions, stock_reservations"));
}

QString StockBenchFixture::verify(bool *ok)
{
    const PgResult r = m_db.exec(QStringLiteral(
        "SELECT"
        " (SELECT count(*) FROM stock_positions"
        "   WHERE NOT allow_negative_stock AND quantity_on_hand - quantity_reserved < 0),"
        " (SELECT count(*) FROM stock_positions p LEFT JOIN"
        "   (SELECT tenant_id, variant_id, location_id, sum(reserved_qty) AS total"
        "      FROM stock_reservations WHERE status = 'active' GROUP BY 1, 2, 3) r"
        "   USING (tenant_id, variant_id, location_id)"
        "   WHERE coalesce(r.total, 0) <> p.quantity_reserved),"
        " (SELECT count(*) FROM stock_positions p LEFT JOIN"
        "   (SELECT tenant_id, variant_id, location_id, sum(quantity_delta) AS total"
        "      FROM stock_movements GROUP BY 1, 2, 3) m"
        "   USING (tenant_id, variant_id, location_id)"
        "   WHERE coalesce(m.total, 0) <> p.quantity_on_hand),"
        " (SELECT count(*) FROM stock_positions)"));
    const qint64 oversold = r.value(0, 0).toLongLong();
    const qint64 reserved = r.value(0, 1).toLongLong();
    const qint64 ledger = r.value(0, 2).toLongLong();
    const bool good = oversold == 0 && reserved == 0 && ledger == 0;
    if (!good)
        *ok = false;
    return QStringLiteral("%1 positions: %2 oversold, %3 with reserved != sum of active"
                          " reservations, %4 with on hand != sum of ledger: %5")
        .arg(r.value(0, 3))
        .arg(oversold)
        .arg(reserved)
        .arg(ledger)
        .arg(good ? QStringLiteral("ok") : QStringLiteral("VIOLATED"));
}

QString StockBenchFixture::checkSchemaInvariants(bool *ok)
{
    const PgResult r = m_db.exec(QStringLiteral(
        "SELECT invariant || ': ' || count(*) FROM stock.check_invariants()"
        " WHERE invariant <> 'orderability matches the position' GROUP BY invariant"));
    QStringList violated;
    for (int row = 0; row < r.rows(); ++row)
        violated << r.value(row, 0);
    if (!violated.isEmpty())
        *ok = false;
    return QStringLiteral("stock.check_invariants() (orderability aside): %1")
        .arg(violated.isEmpty() ? QStringLiteral("none violated")
                                : violated.join(QStringLiteral("; ")));
}

} // namespace stockroom::bench
