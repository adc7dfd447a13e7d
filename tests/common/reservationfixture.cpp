#include "reservationfixture.h"

#include "catalogfixture.h"
#include "db/pgconnection.h"

namespace stockroom::test::reservationfixture {

void load(const ConnectionInfo &info)
{
    using catalogfixture::TenantA;
    using catalogfixture::TenantB;
    PgConnection c(info, QStringLiteral("fixture"));
    PgTransaction tx(c);
    c.exec(QStringLiteral("INSERT INTO locations (tenant_id, store_id, code, name, location_type)"
                          " SELECT $1, id, 'L2', 'Back room', 'backroom' FROM stores"
                          " WHERE tenant_id = $1"),
           {TenantA});
    c.exec(QStringLiteral("INSERT INTO stock_positions (tenant_id, variant_id, location_id, "
                          "quantity_on_hand)"
                          " SELECT v.tenant_id, v.id, l.id, 20 FROM variants v JOIN locations l"
                          "   ON l.tenant_id = v.tenant_id AND l.code = 'L2'"
                          " WHERE v.tenant_id = $1 AND v.sku < 'SKU-050'"),
           {TenantA});
    // catalogfixture leaves SKU-007 without a position at L1; reservations need one.
    c.exec(QStringLiteral("INSERT INTO stock_positions (tenant_id, variant_id, location_id, "
                          "quantity_on_hand)"
                          " SELECT v.tenant_id, v.id, l.id, 12 FROM variants v JOIN locations l"
                          "   ON l.tenant_id = v.tenant_id AND l.code = 'L1'"
                          " WHERE v.tenant_id = $1 AND v.sku = 'SKU-007'"),
           {TenantA});
    // Each row: sku number, location code, order, quantity, status, created, expires, closed.
    const QString insert = QStringLiteral(
        "INSERT INTO stock_reservations (tenant_id, variant_id, location_id, order_id, "
        "reserved_qty, status, created_at, expires_at, closed_at, created_by)"
        " SELECT $1, v.id, l.id, r.order_id, r.qty, r.status, r.created_at, r.expires_at, "
        "r.closed_at, 'fixture_clerk'"
        " FROM (%1) r(n, loc, order_id, qty, status, created_at, expires_at, closed_at)"
        " JOIN variants v ON v.tenant_id = $1 AND v.sku = 'SKU-' || lpad(r.n::text, 3, '0')"
        " JOIN locations l ON l.tenant_id = $1 AND l.code = r.loc");
    const QString series[] = {
        // Active at L1, soonest first by g.
        QStringLiteral("SELECT g, 'L1', 'ORD-A' || lpad(g::text, 4, '0'), 1, 'active',"
                       " now() - interval '10 minutes', now() + (g + 10) * interval '1 minute',"
                       " NULL::timestamptz FROM generate_series(0, 119) g"),
        // Active at L1 but past their time.
        QStringLiteral("SELECT g, 'L1', 'ORD-A' || lpad(g::text, 4, '0'), 1, 'active',"
                       " now() - interval '1 hour', now() - (g - 119) * interval '1 minute',"
                       " NULL::timestamptz FROM generate_series(120, 122) g"),
        // Active at L2.
        QStringLiteral(
            "SELECT g, 'L2', 'ORD-B' || lpad(g::text, 4, '0'), 2, 'active',"
            " now() - interval '5 minutes',"
            " now() + interval '30 minutes 30 seconds' + g * interval '1 second', NULL::timestamptz"
            " FROM generate_series(0, 9) g"),
        QStringLiteral("SELECT g, 'L1', 'ORD-C' || lpad(g::text, 4, '0'), 1, 'committed',"
                       " now() - interval '3 hours', now() - interval '2 hours',"
                       " now() - (g - 199) * interval '1 minute' FROM generate_series(200, 239) g"),
        QStringLiteral("SELECT g, 'L1', 'ORD-R' || lpad(g::text, 4, '0'), 1, 'released',"
                       " now() - interval '3 hours', now() - interval '2 hours',"
                       " now() - (g - 159) * interval '1 minute' FROM generate_series(200, 219) g"),
        QStringLiteral("SELECT g, 'L1', 'ORD-E' || lpad(g::text, 4, '0'), 1, 'expired',"
                       " now() - interval '3 hours', now() - interval '2 hours',"
                       " now() - (g - 179) * interval '1 minute' FROM generate_series(240, 249) g"),
    };
    for (const QString &s : series)
        c.exec(insert.arg(s), {TenantA});
    c.exec(
        QStringLiteral("UPDATE stock_positions p SET quantity_reserved = h.total"
                       " FROM (SELECT tenant_id, variant_id, location_id, sum(reserved_qty) AS "
                       "total FROM stock_reservations WHERE status = 'active' GROUP BY 1, 2, 3) h"
                       " WHERE p.tenant_id = h.tenant_id AND p.variant_id = h.variant_id"
                       "   AND p.location_id = h.location_id"));
    // Beta's hold, never to be seen by Alpha's staff.
    c.exec(QStringLiteral("INSERT INTO stock_positions (tenant_id, variant_id, location_id, "
                          "quantity_on_hand, quantity_reserved)"
                          " SELECT v.tenant_id, v.id, l.id, 5, 1 FROM variants v"
                          " JOIN locations l ON l.tenant_id = v.tenant_id WHERE v.tenant_id = $1"),
           {TenantB});
    c.exec(QStringLiteral("INSERT INTO stock_reservations (tenant_id, variant_id, location_id, "
                          "order_id, reserved_qty, expires_at)"
                          " SELECT tenant_id, variant_id, location_id, 'ORD-FOREIGN', 1,"
                          " now() + interval '1 hour' FROM stock_positions WHERE tenant_id = $1"),
           {TenantB});
    tx.commit();
}

QString locationId(const ConnectionInfo &info, const QString &code)
{
    PgConnection c(info, QStringLiteral("fixture"));
    return c
        .scalar(QStringLiteral("SELECT id::text FROM locations WHERE tenant_id = $1 AND code = $2"),
                {catalogfixture::TenantA, code})
        .value_or(QString());
}

QString variantId(const ConnectionInfo &info, const QString &sku)
{
    PgConnection c(info, QStringLiteral("fixture"));
    return c
        .scalar(QStringLiteral("SELECT id::text FROM variants WHERE tenant_id = $1 AND sku = $2"),
                {catalogfixture::TenantA, sku})
        .value_or(QString());
}

} // namespace stockroom::test::reservationfixture
