#include "stockfixture.h"

#include "catalogfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace stockroom::test {

using catalogfixture::TenantA;
using catalogfixture::TenantB;

StockWorld::StockWorld(const QString &purpose)
    : m_db(std::make_unique<TestDatabase>(purpose))
{
    catalogfixture::load(m_db->info());
    m_admin = std::make_unique<PgConnection>(m_db->info(), QStringLiteral("stockfixture"));
    PgConnection &c = *m_admin;
    PgTransaction tx(c);
    m_frontStore = scalar(QStringLiteral("SELECT id FROM locations WHERE tenant_id = $1 AND code "
                                         "= 'L1'"),
                          {TenantA});
    m_betaLocation =
        scalar(QStringLiteral("SELECT id FROM locations WHERE tenant_id = $1"), {TenantB});
    c.exec(QStringLiteral("INSERT INTO locations (tenant_id, id, store_id, code, name, "
                          "location_type, reservation_ttl)"
                          " SELECT $1, $2, id, 'B1', 'Back room', 'backroom', '30 minutes'"
                          " FROM stores WHERE tenant_id = $1 AND code = 'S1'"),
           {TenantA, BackRoom});
    const QString s2 = QStringLiteral("40000000-0000-4000-8000-0000000000c1");
    c.exec(QStringLiteral("INSERT INTO stores (tenant_id, id, code, name, city, state) VALUES ($1, "
                          "$2, 'S2', 'Second store', 'Pune', 'MH')"),
           {TenantA, s2});
    c.exec(QStringLiteral("INSERT INTO locations (tenant_id, id, store_id, code, name, "
                          "location_type) VALUES ($1, $2, $3, 'S2-L1', 'Second front', 'store')"),
           {TenantA, OtherStoreLocation, s2});
    // The catalog fixture writes on hand directly; the ledger it implies makes the invariants
    // hold before the first command.
    c.exec(QStringLiteral("INSERT INTO stock_movements (tenant_id, variant_id, location_id, "
                          "movement_type, quantity_delta, reason, occurred_at)"
                          " SELECT tenant_id, variant_id, location_id, 'opening_balance', "
                          "quantity_on_hand, 'Catalog fixture', now()"
                          " FROM stock_positions WHERE quantity_on_hand <> 0"));
    const QString s1 = scalar(QStringLiteral("SELECT id FROM stores WHERE tenant_id = $1 AND code "
                                             "= 'S1'"),
                              {TenantA});
    tx.commit();
    m_manager =
        m_db->addStaff(TenantA, RoleKind::StoreManager, StaffScope{{s1}, {}, {}}, &m_managerLogin);
}

QString StockWorld::variant(int n)
{
    return QStringLiteral("30000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
}

QString StockWorld::sku(int n)
{
    return QStringLiteral("SKU-%1").arg(n, 3, 10, QLatin1Char('0'));
}

int StockWorld::freshVariant()
{
    Q_ASSERT(m_nextVariant < catalogfixture::Variants);
    return m_nextVariant++;
}

QString StockWorld::scalar(const QString &sql, const QList<SqlParam> &params)
{
    return m_admin->scalar(sql, params).value_or(QStringLiteral("<null>"));
}

QString StockWorld::position(const QString &variantId, const QString &locationId)
{
    return scalar(QStringLiteral("SELECT format('%s on hand, %s reserved, %s available, %s in "
                                 "transit, version %s', trim_scale(quantity_on_hand), "
                                 "trim_scale(quantity_reserved), trim_scale(quantity_available), "
                                 "trim_scale(quantity_in_transit), version)"
                                 " FROM stock_positions WHERE tenant_id = $1 AND variant_id = $2"
                                 " AND location_id = $3"),
                  {TenantA, variantId, locationId});
}

QStringList StockWorld::events(const QString &variantId)
{
    const QString list = scalar(QStringLiteral("SELECT string_agg(o.event_type || '@' || l.code, "
                                               "',' ORDER BY o.id) FROM outbox o"
                                               " JOIN locations l ON l.id = o.location_id"
                                               " WHERE o.tenant_id = $1 AND o.variant_id = $2"),
                                {TenantA, variantId});
    return list == QLatin1String("<null>") ? QStringList() : list.split(QLatin1Char(','));
}

QJsonObject StockWorld::lastEvent(const QString &variantId, const QString &eventType)
{
    const auto text = m_admin->scalar(QStringLiteral("SELECT data::text FROM outbox WHERE "
                                                     "tenant_id = $1 AND variant_id = $2"
                                                     " AND event_type = $3 ORDER BY id DESC "
                                                     "LIMIT 1"),
                                      {TenantA, variantId, eventType});
    return text ? QJsonDocument::fromJson(text->toUtf8()).object() : QJsonObject();
}

QStringList StockWorld::movements(const QJsonObject &result)
{
    QStringList ids;
    for (const QJsonValue &id : result[QLatin1String("movement_ids")].toArray())
        ids << id.toString();
    const PgResult r = m_admin->exec(
        QStringLiteral("SELECT concat_ws(' ', m.movement_type, trim_scale(m.quantity_delta),"
                       " coalesce(b.batch_number, 'unbatched'))"
                       " FROM unnest(string_to_array($1, ',')::uuid[]) WITH ORDINALITY u(id, n)"
                       " JOIN stock_movements m ON m.id = u.id"
                       " LEFT JOIN inventory_batches b ON b.tenant_id = m.tenant_id"
                       " AND b.id = m.batch_id ORDER BY u.n"),
        {ids.join(QLatin1Char(','))});
    QStringList rows;
    for (int i = 0; i < r.rows(); ++i)
        rows << r.value(i, 0);
    return rows;
}

void StockWorld::expireBatch(const QString &batchId)
{
    m_admin->exec(QStringLiteral("UPDATE inventory_batches SET expiry_date = $2::date, "
                                 "alert_date = NULL WHERE id = $1"),
                  {batchId, localDate(-1)});
}

void StockWorld::makeOverdue(const QString &reservationId)
{
    // A CHECK keeps expires_at after created_at.
    m_admin->exec(QStringLiteral("UPDATE stock_reservations SET created_at = now() - interval "
                                 "'2 hours', expires_at = now() - interval '1 hour' WHERE id = $1"),
                  {reservationId});
}

QString StockWorld::localDate(int days)
{
    return scalar(QStringLiteral("SELECT ((now() AT TIME ZONE timezone)::date + $2::int)::text "
                                 "FROM tenants WHERE tenant_id = $1"),
                  {TenantA, QString::number(days)});
}

QStringList StockWorld::drift()
{
    const PgResult r = m_admin->exec(QStringLiteral("SELECT concat_ws(' | ', invariant, "
                                                    "variant_id, location_id, detail)"
                                                    " FROM stock.check_invariants($1)"),
                                     {TenantA});
    QStringList rows;
    for (int i = 0; i < r.rows(); ++i)
        rows << r.value(i, 0);
    return rows;
}

QString StockWorld::footprint()
{
    return scalar(QStringLiteral(
        "SELECT concat_ws(' ', 'commands', (SELECT count(*) FROM command_log),"
        " 'movements', (SELECT count(*) FROM stock_movements),"
        " 'events', (SELECT count(*) FROM outbox),"
        " 'reservations', (SELECT count(*) || '/' || count(*) FILTER (WHERE status = 'active')"
        "                  FROM stock_reservations),"
        " 'transfers', (SELECT count(*) || '/' || count(*) FILTER (WHERE status = 'received')"
        "               FROM stock_transfers),"
        " 'batches', (SELECT count(*) || '/' || coalesce(sum(quantity_on_hand), 0) || '/' ||"
        "             coalesce(sum(version), 0) FROM inventory_batches),"
        " 'projection', (SELECT count(*) FROM orderability_projection),"
        " 'positions', (SELECT count(*) || '/' || sum(version) FROM stock_positions))"));
}

QString newRequestId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QJsonObject call(PgConnection &c, const QString &call, const QList<SqlParam> &params)
{
    const auto text = c.scalar(QStringLiteral("SELECT (%1)::text").arg(call), params);
    return text ? QJsonDocument::fromJson(text->toUtf8()).object() : QJsonObject();
}

QString jsonText(const QJsonValue &value)
{
    return value.isDouble() ? QString::number(value.toDouble()) : value.toString();
}

QString positionOf(const QJsonObject &result)
{
    const auto n = [&](const char *key) {
        return jsonText(result[QLatin1String(key)]);
    };
    return QStringLiteral("%1 on hand, %2 reserved, %3 available, %4 in transit, version %5")
        .arg(n("on_hand"), n("reserved"), n("available"), n("in_transit"), n("version"));
}

std::optional<DatabaseError> refusal(PgConnection &c, const QString &sql,
                                     const QList<SqlParam> &params)
{
    try {
        c.exec(sql, params);
    } catch (const DatabaseError &e) {
        return e;
    }
    return std::nullopt;
}

QByteArray describe(const std::exception &e)
{
    if (const auto *db = dynamic_cast<const DatabaseError *>(&e))
        return (db->sqlState() + QStringLiteral(": ") + db->fullText()).toUtf8();
    return QByteArray("unexpected exception: ") + e.what();
}

} // namespace stockroom::test
