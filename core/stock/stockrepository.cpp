#include "stock/stockrepository.h"

#include "catalog/catalogrepository.h"
#include "db/databaseerror.h"
#include "db/sqlquery.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace stockroom {

namespace {

// Contains-searches with up to this many matches collect them through api.catalog_match (the
// trigram and barcode indexes); with more, the list walks the catalog in name order instead.
constexpr int CollectLimit = 20000;
// A category's items are collected and sorted up to this many; past it, the list walks the
// catalog in name order (see filterClause).
constexpr int CategoryCollectLimit = 100000;
constexpr int ContainsMinLength = 3;

// The tenant's local date, once per statement (an init plan): batches alert and expire at local
// midnight, as the stock commands decide.
const QString Today = QStringLiteral(
    "(SELECT (now() AT TIME ZONE t.timezone)::date FROM tenants t WHERE t.tenant_id = ?::uuid)");

// A scalar probe with LIMIT, not EXISTS: as a column, EXISTS may become one hashed pass over
// every batch in scope (measured: 100 ms of a 170 ms page on 200,000 variants) where a probe
// per listed row reads a few index entries.
QString expiringCondition()
{
    return QStringLiteral(
               "coalesce((SELECT true FROM inventory_batches eb WHERE eb.tenant_id = sp.tenant_id"
               " AND eb.location_id = sp.location_id AND eb.variant_id = sp.variant_id"
               " AND eb.quantity_on_hand > 0 AND eb.status <> 'depleted'"
               " AND coalesce(eb.alert_date, eb.expiry_date) <= ") +
           Today + QStringLiteral(" LIMIT 1), false)");
}

const QString LowCondition =
    QStringLiteral("(sp.quantity_available > 0 AND sp.quantity_available <= sp.reorder_point)");
const QString OutCondition = QStringLiteral("sp.quantity_available <= 0");

// Positions with their variant, product and location; every list, total and sheet reads these.
const QString PositionSource =
    QStringLiteral(" FROM stock_positions sp"
                   " JOIN variants v ON v.tenant_id = sp.tenant_id AND v.id = sp.variant_id"
                   " JOIN products p ON p.tenant_id = v.tenant_id AND p.id = v.product_id"
                   " JOIN locations l ON l.tenant_id = sp.tenant_id AND l.id = sp.location_id");

struct Clause
{
    QString sql;
    QVariantList params;
    bool catalog = false; // needs the variant and product (category, search)
    void add(const QString &condition, const QVariantList &values = {})
    {
        sql += QStringLiteral(" AND ") + condition;
        params += values;
    }
};

// The conditions of a filter over sp / v / p / l, after "WHERE sp.tenant_id = ?". Resolving a
// search may read the database (the barcode, the number of matches).
Clause filterClause(QSqlDatabase &db, const StockFilter &f)
{
    Clause c;
    c.sql = QStringLiteral(" WHERE sp.tenant_id = ?::uuid");
    c.params << f.tenantId;
    if (!f.locationId.isEmpty())
        c.add(QStringLiteral("sp.location_id = ?::uuid"), {f.locationId});
    if (!f.variantId.isEmpty())
        c.add(QStringLiteral("sp.variant_id = ?::uuid"), {f.variantId});
    if (!f.categoryId.isEmpty()) {
        // The category and everything below it, once (an init plan): as a semi-join, a table
        // without statistics yet (a fresh tenant) once got a plan that ran for minutes.
        const QString subtree = QStringLiteral(
            "ARRAY(SELECT sub.id FROM categories sub, categories top"
            " WHERE top.tenant_id = ?::uuid AND top.id = ?::uuid"
            " AND sub.tenant_id = top.tenant_id AND (sub.id = top.id OR sub.path LIKE"
            " replace(replace(top.path, '%', '\\%'), '_', '\\_') || '/%'))");
        const QString members =
            QStringLiteral("SELECT cv.id FROM products cp JOIN variants cv ON cv.tenant_id ="
                           " cp.tenant_id AND cv.product_id = cp.id WHERE cp.tenant_id = ?::uuid"
                           " AND cp.category_id = ANY (") +
            subtree + QLatin1Char(')');
        const QVariantList memberParams{f.tenantId, f.tenantId, f.categoryId};
        // A category's names cluster (brands), often far along the name order: walking the
        // catalog to its first page read 80,000 variants of 200,000 (0.3-2 s), and the walk grows
        // with the catalog. Collecting the category through products_category and sorting it
        // costs what the category holds instead (0.2-0.45 s for the same categories).
        QSqlQuery count = execQuery(db,
                                    QStringLiteral("SELECT count(*) FROM (") + members +
                                        QStringLiteral(" LIMIT ?::int) s"),
                                    memberParams + QVariantList{CategoryCollectLimit + 1});
        if (count.next() && count.value(0).toInt() <= CategoryCollectLimit) {
            c.add(QStringLiteral("sp.variant_id = ANY (ARRAY(") + members + QStringLiteral("))"),
                  memberParams);
        } else {
            c.add(QStringLiteral("p.category_id = ANY (") + subtree + QLatin1Char(')'),
                  {f.tenantId, f.categoryId});
            c.catalog = true;
        }
    }
    QStringList states;
    QVariantList stateParams;
    if (f.low)
        states << LowCondition;
    if (f.out)
        states << OutCondition;
    if (f.expiring) {
        states << expiringCondition();
        stateParams << f.tenantId;
    }
    if (!states.isEmpty())
        c.add(QLatin1Char('(') + states.join(QStringLiteral(" OR ")) + QLatin1Char(')'),
              stateParams);
    const QString term = f.search.trimmed();
    if (term.isEmpty())
        return c;
    if (StockRepository::isWholeBarcode(term)) {
        const QString variant = StockRepository::variantForBarcode(db, f.tenantId, term);
        if (!variant.isEmpty()) {
            c.add(QStringLiteral("sp.variant_id = ?::uuid"), {variant});
            return c;
        }
    }
    c.catalog = true;
    if (!CatalogRepository::looksLikeBarcode(term) && term.size() < ContainsMinLength) {
        // "Starts with" as a byte-order range over the stored key (LIKE is not leakproof, and
        // under row-level security only leakproof conditions can use the index).
        c.add(QStringLiteral("v.name_key >= lower(?::text) AND v.name_key < lower(?::text) || "
                             "chr(1114111)"),
              {term, term});
        return c;
    }
    // Few matches: the ids from the trigram or barcode index. Many: test each row on the walk.
    QSqlQuery count =
        execQuery(db, QStringLiteral("SELECT count(*) FROM api.catalog_match(?, ?::int) AS m(id)"),
                  {term, CollectLimit + 1});
    if (count.next() && count.value(0).toInt() <= CollectLimit) {
        c.add(QStringLiteral("sp.variant_id = ANY (ARRAY(SELECT m.id FROM api.catalog_match(?, "
                             "?::int) AS m(id)))"),
              {term, CollectLimit + 1});
        return c;
    }
    const QString contains = CatalogRepository::containsPattern(term);
    if (CatalogRepository::looksLikeBarcode(term)) {
        c.add(QStringLiteral("(EXISTS (SELECT 1 FROM variant_barcodes vb WHERE vb.tenant_id = "
                             "v.tenant_id AND vb.variant_id = v.id AND vb.barcode LIKE ?)"
                             " OR (lower(v.name) || ' ' || lower(v.sku)) LIKE ?)"),
              {term + QLatin1Char('%'), contains});
    } else {
        c.add(QStringLiteral("(lower(v.name) || ' ' || lower(v.sku)) || '' LIKE ?"), {contains});
    }
    return c;
}

// A transaction on the thread's connection, rolled back unless committed. (QPSQL prepares every
// statement it is given with PREPARE, which BEGIN cannot be: QSqlDatabase's own calls it is.)
class Transaction
{
public:
    explicit Transaction(QSqlDatabase &db)
        : m_db(db)
    {
        if (!m_db.transaction())
            throw DatabaseError(m_db.lastError().text(), m_db.lastError().nativeErrorCode());
    }
    ~Transaction()
    {
        if (m_open)
            m_db.rollback();
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    void commit()
    {
        m_open = false;
        if (!m_db.commit())
            throw DatabaseError(m_db.lastError().text(), m_db.lastError().nativeErrorCode());
    }

private:
    QSqlDatabase &m_db;
    bool m_open = true;
};

Quantity quantity(const QVariant &value)
{
    return Quantity::parse(value.toString()).value_or(Quantity());
}

QDateTime fromEpochMs(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong());
}

QString text(const QVariant &value)
{
    return value.isNull() ? QString() : value.toString();
}

QDate date(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

QString epochMs(const QString &column)
{
    return QStringLiteral("(extract(epoch FROM %1) * 1000)::bigint").arg(column);
}

const QString PositionColumns =
    QStringLiteral("SELECT sp.id::text, sp.variant_id::text, sp.location_id::text, v.sku, v.name,"
                   " l.code, sp.quantity_on_hand::text, sp.quantity_reserved::text,"
                   " sp.quantity_available::text, sp.quantity_in_transit::text,"
                   " sp.reorder_point::text, sp.max_stock::text, sp.rack, sp.bin, sp.zone,"
                   " sp.aisle, sp.version, v.status = 'archived', sp.allow_negative_stock, ") +
    expiringCondition() + QStringLiteral(", ") + epochMs(QStringLiteral("sp.last_modified_at")) +
    QStringLiteral(", v.name_key, v.stock_uom");

StockPositionRow readPosition(const QSqlQuery &q)
{
    StockPositionRow r;
    r.positionId = q.value(0).toString();
    r.variantId = q.value(1).toString();
    r.locationId = q.value(2).toString();
    r.sku = q.value(3).toString();
    r.name = q.value(4).toString();
    r.locationCode = q.value(5).toString();
    r.onHand = quantity(q.value(6));
    r.reserved = quantity(q.value(7));
    r.available = quantity(q.value(8));
    r.inTransit = quantity(q.value(9));
    r.reorderPoint = quantity(q.value(10));
    if (!q.value(11).isNull())
        r.maxStock = quantity(q.value(11));
    r.rack = text(q.value(12));
    r.bin = text(q.value(13));
    r.zone = text(q.value(14));
    r.aisle = text(q.value(15));
    r.version = q.value(16).toInt();
    r.archived = q.value(17).toBool();
    r.allowNegative = q.value(18).toBool();
    r.expiring = q.value(19).toBool();
    r.lastModifiedAt = fromEpochMs(q.value(20));
    r.sortKey = q.value(21).toString();
    r.unit = q.value(22).toString();
    return r;
}

} // namespace

bool StockRepository::isWholeBarcode(const QString &term)
{
    static const QRegularExpression digits(QStringLiteral("^([0-9]{8}|[0-9]{12,14})$"));
    return digits.match(term.trimmed()).hasMatch();
}

QString StockRepository::variantForBarcode(QSqlDatabase &db, const QString &tenantId,
                                           const QString &barcode)
{
    QSqlQuery q = execQuery(db,
                            QStringLiteral("SELECT variant_id::text FROM variant_barcodes"
                                           " WHERE tenant_id = ?::uuid AND barcode = ?::text"),
                            {tenantId, barcode.trimmed()});
    return q.next() ? q.value(0).toString() : QString();
}

QList<StockPositionRow> StockRepository::page(QSqlDatabase &db, const StockFilter &filter,
                                              const std::optional<StockCursor> &after, int limit)
{
    Clause where = filterClause(db, filter);
    if (after) {
        // The first comparison is an index condition on variants_name_order; the second breaks
        // ties within one variant by location code.
        where.add(QStringLiteral("(v.name_key, v.id) >= (?::text, ?::uuid)"
                                 " AND ((v.name_key, v.id) > (?::text, ?::uuid) OR l.code > ?)"),
                  {after->sortKey, after->variantId, after->sortKey, after->variantId,
                   after->locationCode});
    }
    QSqlQuery q = execQuery(db,
                            PositionColumns + PositionSource + where.sql +
                                QStringLiteral(" ORDER BY v.name_key, v.id, l.code LIMIT ?::int"),
                            QVariantList{filter.tenantId} + where.params + QVariantList{limit});
    QList<StockPositionRow> rows;
    rows.reserve(limit);
    while (q.next())
        rows.append(readPosition(q));
    return rows;
}

StockTotals StockRepository::totals(QSqlDatabase &db, const StockFilter &filter, int timeoutMs)
{
    const Clause where = filterClause(db, filter);
    // Only a category or a search needs the catalog; without it the sums read positions alone.
    const QString source =
        where.catalog ? PositionSource : QStringLiteral(" FROM stock_positions sp");
    // Over a whole large scope the sums take seconds, and this connection serves the list too:
    // past the bound the database cancels the statement (57014) and the caller says so.
    Transaction tx(db);
    execQuery(db, QStringLiteral("SELECT set_config('statement_timeout', ?::text, true)"),
              {timeoutMs})
        .finish();
    QSqlQuery q =
        execQuery(db,
                  QStringLiteral("SELECT count(*), coalesce(sum(sp.quantity_on_hand), 0)::text,"
                                 " coalesce(sum(sp.quantity_reserved), 0)::text,"
                                 " coalesce(sum(sp.quantity_available), 0)::text,"
                                 " count(*) FILTER (WHERE ") +
                      LowCondition + QStringLiteral("), count(*) FILTER (WHERE ") + OutCondition +
                      QLatin1Char(')') + source + where.sql,
                  where.params);
    StockTotals t;
    if (q.next()) {
        t.positions = q.value(0).toLongLong();
        t.onHand = quantity(q.value(1));
        t.reserved = quantity(q.value(2));
        t.available = quantity(q.value(3));
        t.low = q.value(4).toLongLong();
        t.out = q.value(5).toLongLong();
    }
    q = QSqlQuery();
    tx.commit();
    return t;
}

std::optional<StockPositionRow> StockRepository::position(QSqlDatabase &db, const QString &tenantId,
                                                          const QString &variantId,
                                                          const QString &locationId)
{
    QSqlQuery q =
        execQuery(db,
                  PositionColumns + PositionSource +
                      QStringLiteral(" WHERE sp.tenant_id = ?::uuid AND sp.variant_id = ?::uuid"
                                     " AND sp.location_id = ?::uuid"),
                  {tenantId, tenantId, variantId, locationId});
    if (!q.next())
        return std::nullopt;
    return readPosition(q);
}

QList<StockMovementRow> StockRepository::ledger(QSqlDatabase &db, const LedgerScope &scope,
                                                const std::optional<LedgerCursor> &before,
                                                int limit)
{
    // The movements of the filter's positions (or of one), walked newest first.
    StockFilter filter = scope.filter;
    if (!scope.locationId.isEmpty())
        filter.locationId = scope.locationId;
    if (!scope.variantId.isEmpty())
        filter.variantId = scope.variantId;
    const QString locationId = filter.locationId;
    filter.locationId.clear();
    // The filter's conditions are on the position (sp), joined to each movement: the ledger of a
    // list shows the movements of the positions the list shows, states included.
    Clause where = filterClause(db, filter);
    where.add(QStringLiteral("sp.location_id = sl.id"));
    if (before) {
        where.add(QStringLiteral("(m.occurred_at, m.id) < (?::timestamptz, ?::uuid)"),
                  {before->occurredAt, before->id});
    }
    // One newest-first walk per location in scope (stock_movements_location_time, 0012), merged:
    // a single walk over all of them would have to sort the tenant's whole ledger.
    QString sql =
        QStringLiteral("SELECT x.* FROM locations sl CROSS JOIN LATERAL (SELECT m.id::text, ") +
        epochMs(QStringLiteral("m.occurred_at")) +
        QStringLiteral(", m.occurred_at::text, m.variant_id::text, v.sku, v.name, l.code,"
                       " m.movement_type, m.quantity_delta::text, b.batch_number, m.reason,"
                       " m.reference_type, m.reference_id, m.performed_by,"
                       " m.occurred_at AS at, m.id AS mid"
                       " FROM stock_movements m"
                       " JOIN stock_positions sp ON sp.tenant_id = m.tenant_id"
                       "   AND sp.variant_id = m.variant_id AND sp.location_id = m.location_id"
                       " JOIN variants v ON v.tenant_id = m.tenant_id AND v.id = m.variant_id"
                       " JOIN products p ON p.tenant_id = v.tenant_id AND p.id = v.product_id"
                       " JOIN locations l ON l.tenant_id = m.tenant_id AND l.id = m.location_id"
                       " LEFT JOIN inventory_batches b ON b.tenant_id = m.tenant_id"
                       "   AND b.id = m.batch_id") +
        where.sql +
        QStringLiteral(" ORDER BY m.occurred_at DESC, m.id DESC LIMIT ?::int) x"
                       " WHERE sl.tenant_id = ?::uuid");
    QVariantList params = where.params + QVariantList{limit, filter.tenantId};
    if (!locationId.isEmpty()) {
        sql += QStringLiteral(" AND sl.id = ?::uuid");
        params << locationId;
    }
    sql += QStringLiteral(" ORDER BY x.at DESC, x.mid DESC LIMIT ?::int");
    params << limit;
    QSqlQuery q = execQuery(db, sql, params);
    QList<StockMovementRow> rows;
    while (q.next()) {
        StockMovementRow r;
        r.id = q.value(0).toString();
        r.occurredAt = fromEpochMs(q.value(1));
        r.cursorTime = q.value(2).toString();
        r.variantId = q.value(3).toString();
        r.sku = q.value(4).toString();
        r.name = q.value(5).toString();
        r.locationCode = q.value(6).toString();
        r.movementType = q.value(7).toString();
        r.delta = quantity(q.value(8));
        r.batchNumber = text(q.value(9));
        r.reason = text(q.value(10));
        r.referenceType = text(q.value(11));
        r.referenceId = text(q.value(12));
        r.performedBy = q.value(13).toString();
        rows.append(r);
    }
    return rows;
}

QList<StockBatchRow> StockRepository::batches(QSqlDatabase &db, const QString &tenantId,
                                              const QString &variantId, const QString &locationId)
{
    QSqlQuery q = execQuery(
        db,
        QStringLiteral("SELECT id::text, batch_number, lot_number, manufactured_on::text,"
                       " expiry_date::text, alert_date::text, quantity_received::text,"
                       " quantity_on_hand::text, status, ") +
            epochMs(QStringLiteral("received_at")) +
            QStringLiteral(" FROM inventory_batches WHERE tenant_id = ?::uuid"
                           " AND variant_id = ?::uuid AND location_id = ?::uuid"
                           " ORDER BY quantity_on_hand = 0, expiry_date NULLS LAST, received_at,"
                           " batch_number"),
        {tenantId, variantId, locationId});
    QList<StockBatchRow> rows;
    while (q.next()) {
        StockBatchRow b;
        b.id = q.value(0).toString();
        b.batchNumber = q.value(1).toString();
        b.lotNumber = text(q.value(2));
        b.manufacturedOn = date(q.value(3));
        b.expiryDate = date(q.value(4));
        b.alertDate = date(q.value(5));
        b.received = quantity(q.value(6));
        b.onHand = quantity(q.value(7));
        b.status = q.value(8).toString();
        b.receivedAt = fromEpochMs(q.value(9));
        rows.append(b);
    }
    return rows;
}

QList<InboundTransfer> StockRepository::inbound(QSqlDatabase &db, const QString &tenantId,
                                                const QString &locationId, const QString &variantId,
                                                int limit)
{
    QString sql =
        QStringLiteral("SELECT t.id::text, t.variant_id::text, v.sku, v.name, f.code,"
                       " t.to_location_id::text, d.code, t.quantity::text, t.reason, t.sent_by, ") +
        epochMs(QStringLiteral("t.sent_at")) +
        QStringLiteral(" FROM stock_transfers t"
                       " JOIN variants v ON v.tenant_id = t.tenant_id AND v.id = t.variant_id"
                       " JOIN locations d ON d.tenant_id = t.tenant_id AND d.id = t.to_location_id"
                       // The source may be outside the person's scope, where policies hide
                       // its row: then it has no code to show.
                       " LEFT JOIN locations f ON f.tenant_id = t.tenant_id"
                       "   AND f.id = t.from_location_id"
                       " WHERE t.tenant_id = ?::uuid AND t.status = 'in_transit'");
    QVariantList params{tenantId};
    if (!locationId.isEmpty()) {
        sql += QStringLiteral(" AND t.to_location_id = ?::uuid");
        params << locationId;
    }
    if (!variantId.isEmpty()) {
        sql += QStringLiteral(" AND t.variant_id = ?::uuid");
        params << variantId;
    }
    sql += QStringLiteral(" ORDER BY t.sent_at, t.id LIMIT ?::int");
    params << limit;
    QSqlQuery q = execQuery(db, sql, params);
    QList<InboundTransfer> rows;
    while (q.next()) {
        InboundTransfer t;
        t.id = q.value(0).toString();
        t.variantId = q.value(1).toString();
        t.sku = q.value(2).toString();
        t.name = q.value(3).toString();
        t.fromLocationCode = text(q.value(4));
        t.toLocationId = q.value(5).toString();
        t.toLocationCode = q.value(6).toString();
        t.quantity = quantity(q.value(7));
        t.reason = text(q.value(8));
        t.sentBy = q.value(9).toString();
        t.sentAt = fromEpochMs(q.value(10));
        rows.append(t);
    }
    return rows;
}

} // namespace stockroom
