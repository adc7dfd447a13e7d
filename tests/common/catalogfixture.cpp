#include "catalogfixture.h"

#include "db/pgconnection.h"
#include "testdatabase.h"

namespace stockroom::test::catalogfixture {
QString ean13(int n)
{
    QString digits = QStringLiteral("890%1").arg(n, 9, 10, QLatin1Char('0'));
    int sum = 0;
    for (int i = 0; i < 12; ++i)
        sum += digits[i].digitValue() * (i % 2 ? 3 : 1);
    return digits + QString::number((10 - sum % 10) % 10);
}

void load(const ConnectionInfo &info)
{
    PgConnection c(info, QStringLiteral("fixture"));
    PgTransaction tx(c);
    for (const QString &t : {TenantA, TenantB}) {
        c.exec(QStringLiteral("INSERT INTO tenants (tenant_id, name, slug) VALUES ($1, $2, $3)"),
               {t, t == TenantA ? QStringLiteral("Alpha") : QStringLiteral("Beta"),
                t == TenantA ? QStringLiteral("alpha") : QStringLiteral("beta")});
        c.exec(QStringLiteral("INSERT INTO units_of_measure VALUES ($1, 'pc', 'Piece', 'count', "
                              "1), ($1, 'g', 'Gram', 'mass', 1)"),
               {t});
        c.exec(QStringLiteral("INSERT INTO stores (tenant_id, code, name, city, state) VALUES ($1, "
                              "'S1', 'Store', 'Pune', 'MH')"),
               {t});
        c.exec(QStringLiteral(
                   "INSERT INTO locations (tenant_id, store_id, code, name, location_type)"
                   " SELECT $1, id, 'L1', 'Front store', 'store' FROM stores WHERE tenant_id = $1"),
               {t});
    }
    c.exec(
        QStringLiteral("INSERT INTO categories (tenant_id, id, parent_id, name, path) VALUES"
                       " ($1, '10000000-0000-4000-8000-000000000001', NULL, 'Dairy', 'Dairy'),"
                       " ($1, '10000000-0000-4000-8000-000000000002', "
                       "'10000000-0000-4000-8000-000000000001', 'Butter', 'Dairy/Butter'),"
                       " ($1, '10000000-0000-4000-8000-000000000003', NULL, 'Snacks', 'Snacks')"),
        {TenantA});
    // Items 000-099 in Dairy, 100-149 in Dairy/Butter, the rest in Snacks.
    c.exec(
        QStringLiteral(
            "INSERT INTO products (tenant_id, id, category_id, name, brand)"
            " SELECT $1, ('20000000-0000-4000-8000-' || lpad(g::text, 12, '0'))::uuid,"
            "   CASE WHEN g < 100 THEN '10000000-0000-4000-8000-000000000001'::uuid"
            "        WHEN g < 150 THEN '10000000-0000-4000-8000-000000000002'::uuid"
            "        ELSE '10000000-0000-4000-8000-000000000003'::uuid END,"
            "   'Item ' || lpad(g::text, 3, '0'), 'Acme' FROM generate_series(0, $2::int - 1) g"),
        {TenantA, QString::number(Variants)});
    c.exec(QStringLiteral(
               "INSERT INTO variants (tenant_id, id, product_id, sku, name, pack_size, pack_uom)"
               " SELECT $1, ('30000000-0000-4000-8000-' || lpad(g::text, 12, '0'))::uuid,"
               "   ('20000000-0000-4000-8000-' || lpad(g::text, 12, '0'))::uuid,"
               "   'SKU-' || lpad(g::text, 3, '0'), 'Item ' || lpad(g::text, 3, '0') || ' 500 g', "
               "500, 'g'"
               " FROM generate_series(0, $2::int - 1) g"),
           {TenantA, QString::number(Variants)});
    c.copyBegin(QStringLiteral("COPY variant_barcodes (tenant_id, barcode, variant_id, "
                               "barcode_type, is_primary) FROM STDIN"));
    for (int g = 0; g < Variants; ++g)
        c.copyRow({TenantA, ean13(g),
                   QStringLiteral("30000000-0000-4000-8000-%1").arg(g, 12, 10, QLatin1Char('0')),
                   QStringLiteral("EAN13"), QStringLiteral("t")});
    c.copyEnd();
    c.exec(QStringLiteral("INSERT INTO variant_prices (tenant_id, variant_id, mrp, base_price, "
                          "tax_rate, effective_from)"
                          " SELECT tenant_id, id, 120.00, 99.50, 5, now() - interval '1 day' FROM "
                          "variants WHERE tenant_id = $1"),
           {TenantA});
    c.exec(QStringLiteral("INSERT INTO stock_positions (tenant_id, variant_id, location_id, "
                          "quantity_on_hand, aisle, rack, bin)"
                          " SELECT v.tenant_id, v.id, l.id, 12, '3', 'B', '07' FROM variants v "
                          "JOIN locations l ON l.tenant_id = v.tenant_id"
                          " WHERE v.tenant_id = $1 AND v.sku <> 'SKU-007'"),
           {TenantA});
    // Tenant B has one item whose name would match every search above.
    c.exec(QStringLiteral("INSERT INTO products (tenant_id, id, name) VALUES ($1, "
                          "'20000000-0000-4000-8000-999999999999', 'Item 001 foreign')"),
           {TenantB});
    c.exec(QStringLiteral("INSERT INTO variants (tenant_id, product_id, sku, name) VALUES ($1, "
                          "'20000000-0000-4000-8000-999999999999', 'SKU-001', 'Item 001 foreign')"),
           {TenantB});
    tx.commit();
}

QString addDarkStore(const ConnectionInfo &info)
{
    PgConnection c(info, QStringLiteral("fixture"));
    c.exec(QStringLiteral("INSERT INTO locations (tenant_id, store_id, code, name, location_type)"
                          " SELECT $1, id, 'DS1-L', 'Dark store floor', 'dark_store' FROM stores"
                          " WHERE tenant_id = $1"),
           {TenantA});
    return c
        .scalar(QStringLiteral("INSERT INTO dark_stores (tenant_id, store_id, location_id, code, "
                               "name, city) SELECT $1, store_id, id, 'DS1', 'Kothrud hub', 'Pune'"
                               " FROM locations WHERE tenant_id = $1 AND code = 'DS1-L'"
                               " RETURNING id::text"),
                {TenantA})
        .value_or(QString());
}

ConnectionInfo managerOfAlpha(const TestDatabase &db)
{
    PgConnection c(db.info(), QStringLiteral("fixture"));
    const QString store = c.scalar(QStringLiteral("SELECT id::text FROM stores WHERE tenant_id = "
                                                  "$1 AND code = 'S1'"),
                                   {TenantA})
                              .value_or(QString());
    return db.addStaff(TenantA, RoleKind::StoreManager, StaffScope{{store}, {}, {}});
}

} // namespace stockroom::test::catalogfixture
