#include "maintenance/stockcheck.h"

#include "db/sqlsession.h"

namespace stockroom {

StockCheckResult StockCheck::run(const QString &tenantId)
{
    const QVariant tenant = tenantId.isEmpty() ? QVariant() : QVariant(tenantId);
    StockCheckResult result;
    const auto rows = m_db.query(
        QStringLiteral(
            "SELECT c.invariant, coalesce(t.slug, c.tenant_id::text), v.sku, l.code, c.detail"
            "  FROM stock.check_invariants(?::uuid) c"
            "  LEFT JOIN public.tenants t ON t.tenant_id = c.tenant_id"
            "  LEFT JOIN public.variants v ON v.tenant_id = c.tenant_id AND v.id = c.variant_id"
            "  LEFT JOIN public.locations l"
            "         ON l.tenant_id = c.tenant_id AND l.id = c.location_id"
            " ORDER BY t.slug, c.invariant, v.sku, l.code"),
        {tenant});
    for (const auto &row : rows) {
        result.drift.append(StockDrift{row.at(0).toString(), row.at(1).toString(),
                                       row.at(2).toString(), row.at(3).toString(),
                                       row.at(4).toString()});
    }
    const auto counts =
        m_db.query(QStringLiteral("SELECT (SELECT count(*) FROM public.stock_positions"
                                  "         WHERE ?::uuid IS NULL OR tenant_id = ?::uuid),"
                                  "       (SELECT count(*) FROM public.tenants"
                                  "         WHERE ?::uuid IS NULL OR tenant_id = ?::uuid)"),
                   {tenant, tenant, tenant, tenant});
    result.positionsChecked = counts.first().at(0).toLongLong();
    result.tenantsChecked = counts.first().at(1).toInt();
    return result;
}

} // namespace stockroom
