#include "stockscreenfixture.h"

#include "catalogfixture.h"
#include "db/pgconnection.h"
#include "testdatabase.h"

namespace stockroom::test::stockscreenfixture {

QString variantId(int n)
{
    return QStringLiteral("30000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
}

QString locationId(const ConnectionInfo &info, const QString &code)
{
    PgConnection c(info, QStringLiteral("fixture"));
    return c
        .scalar(QStringLiteral("SELECT id::text FROM locations WHERE tenant_id = $1 AND code = $2"),
                {catalogfixture::TenantA, code})
        .value_or(QString());
}

void load(const ConnectionInfo &info)
{
    catalogfixture::load(info);
    catalogfixture::addDarkStore(info);
    PgConnection c(info, QStringLiteral("fixture"));
    PgTransaction tx(c);
    const QString a = catalogfixture::TenantA;
    c.exec(QStringLiteral("UPDATE stock_positions sp SET quantity_on_hand = 0 FROM variants v"
                          " WHERE v.tenant_id = sp.tenant_id AND v.id = sp.variant_id"
                          " AND sp.tenant_id = $1 AND v.sku IN ('SKU-010', 'SKU-011', 'SKU-012')"),
           {a});
    c.exec(QStringLiteral("UPDATE stock_positions sp SET reorder_point = 20 FROM variants v"
                          " WHERE v.tenant_id = sp.tenant_id AND v.id = sp.variant_id"
                          " AND sp.tenant_id = $1 AND v.sku BETWEEN 'SKU-020' AND 'SKU-024'"),
           {a});
    c.exec(QStringLiteral(
               "INSERT INTO stock_positions (tenant_id, variant_id, location_id, quantity_on_hand,"
               " zone, rack, bin)"
               " SELECT v.tenant_id, v.id, l.id, 3, 'CH', 'R1', '0' || right(v.sku, 1)"
               " FROM variants v JOIN locations l ON l.tenant_id = v.tenant_id AND l.code = 'DS1-L'"
               " WHERE v.tenant_id = $1 AND v.sku BETWEEN 'SKU-040' AND 'SKU-044'"),
           {a});
    c.exec(QStringLiteral(
               "INSERT INTO inventory_batches (tenant_id, variant_id, location_id, batch_number,"
               " expiry_date, alert_date, quantity_received, quantity_on_hand)"
               " SELECT v.tenant_id, v.id, l.id, b.number, today + b.expires, today + b.alerts,"
               "   b.qty, b.qty"
               " FROM variants v JOIN locations l ON l.tenant_id = v.tenant_id AND l.code = 'L1',"
               "   (SELECT (now() AT TIME ZONE 'Asia/Kolkata')::date AS today) d,"
               "   (VALUES ('EXP-030', 4, -1, 5), ('OK-030', 200, 150, 4)) b(number, expires,"
               "    alerts, qty)"
               " WHERE v.tenant_id = $1 AND v.sku = 'SKU-030'"),
           {a});
    c.exec(QStringLiteral(
               "INSERT INTO stock_movements (tenant_id, variant_id, location_id, movement_type,"
               " quantity_delta, reason, performed_by, occurred_at)"
               " SELECT tenant_id, variant_id, location_id, 'opening_balance', quantity_on_hand,"
               "   'Opening balance', 'fixture', now() - interval '1 day'"
               " FROM stock_positions WHERE tenant_id = $1 AND quantity_on_hand <> 0"),
           {a});
    tx.commit();
}

ConnectionInfo manager(const TestDatabase &db, QString *login)
{
    PgConnection c(db.info(), QStringLiteral("fixture"));
    const QString store = c.scalar(QStringLiteral("SELECT id::text FROM stores WHERE tenant_id = "
                                                  "$1 AND code = 'S1'"),
                                   {catalogfixture::TenantA})
                              .value_or(QString());
    return db.addStaff(catalogfixture::TenantA, RoleKind::StoreManager, StaffScope{{store}, {}, {}},
                       login);
}

} // namespace stockroom::test::stockscreenfixture
