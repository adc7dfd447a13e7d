#include "catalog/catalogrepository.h"

#include "db/sqlquery.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace stockroom {

namespace {

// The sort key is the stored byte-order column behind the btree variants_name_order (migration
// 0009): comparing it is leakproof, so keyset and prefix conditions stay index conditions under
// row-level security. The search expression is only ever a filter here; index-served "contains"
// matching runs inside api.catalog_match.
const QString SearchExpression = QStringLiteral("(lower(v.name) || ' ' || lower(v.sku))");
const QString SortKey = QStringLiteral("v.name_key");

// Trigrams need three characters: shorter terms match the start of the name instead.
constexpr int ContainsMinLength = 3;

QString escapedLike(const QString &term)
{
    QString escaped = term.trimmed().toLower();
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return escaped;
}

// The price in effect now at the filter's location (none: every location's price) on its channel,
// by the one resolution rule, pricing.price_at (inlined SQL: one index probe per row, so a page
// stays a walk of the name index), with the rule in words and whether a change is scheduled.
// Its two parameters (location, channel) come right after the row source's.
const QString CurrentPriceJoin = QStringLiteral(
    " CROSS JOIN (SELECT a.location_id, a.channel,"
    "   (SELECT l.code::text FROM locations l WHERE l.id = a.location_id) AS place"
    "   FROM (SELECT ?::uuid AS location_id, coalesce(nullif(?::text, ''), 'default') AS channel) "
    "a)"
    " arg"
    " LEFT JOIN LATERAL pricing.price_at(v.tenant_id, v.id, arg.location_id, arg.channel, now()) pr"
    "   ON true");

// A change is scheduled when the price in effect has an end, or a price that ranks at least as
// high (location before every location, channel before default) starts later.
const QString RowColumns = QStringLiteral(
    "SELECT v.id::text, v.sku, v.name,"
    " (SELECT b.barcode FROM variant_barcodes b WHERE b.tenant_id = v.tenant_id AND "
    "b.variant_id = v.id"
    "   ORDER BY b.is_primary DESC, b.barcode LIMIT 1),"
    " c.path, v.pack_size::text, v.pack_uom, pr.base_price::text, pr.mrp::text,"
    " (SELECT coalesce(sum(sp.quantity_available), 0)::text FROM stock_positions sp"
    "   WHERE sp.tenant_id = v.tenant_id AND sp.variant_id = v.id),"
    " v.status = 'archived', v.name_key,"
    " pr.tax_rate::text, pr.rule, pricing.rule_text(pr.rule, arg.place, arg.channel),"
    " pr.price_id::text,"
    " pr.effective_to IS NOT NULL OR EXISTS (SELECT 1 FROM variant_prices f"
    "   WHERE f.tenant_id = v.tenant_id AND f.variant_id = v.id AND f.effective_from > now()"
    "     AND (f.location_id = arg.location_id OR f.location_id IS NULL)"
    "     AND f.channel IN (arg.channel, 'default')"
    "     AND (pr.price_id IS NULL OR (f.location_id IS NOT NULL, f.channel::text <> 'default')"
    "         >= (pr.location_id IS NOT NULL, pr.channel <> 'default')))"
    " FROM variants v"
    " JOIN products p ON p.tenant_id = v.tenant_id AND p.id = v.product_id"
    " LEFT JOIN categories c ON c.tenant_id = p.tenant_id AND c.id = p.category_id");
// Columns readRow reads; the detail's own follow.
constexpr int RowColumnCount = 17;

std::optional<Money> moneyOrNull(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return Money::parse(value.toString());
}

Quantity quantity(const QVariant &value)
{
    return Quantity::parse(value.toString()).value_or(Quantity());
}

CatalogRow readRow(const QSqlQuery &q)
{
    CatalogRow row;
    row.id = q.value(0).toString();
    row.sku = q.value(1).toString();
    row.name = q.value(2).toString();
    row.barcode = q.value(3).toString();
    row.categoryPath = q.value(4).toString();
    row.packSize = quantity(q.value(5));
    row.packUom = q.value(6).toString();
    row.price = moneyOrNull(q.value(7));
    row.mrp = moneyOrNull(q.value(8));
    row.available = quantity(q.value(9));
    row.archived = q.value(10).toBool();
    row.sortKey = q.value(11).toString();
    row.taxRate = q.value(12).toString();
    row.priceRule = q.value(13).toString();
    row.priceWhy = q.value(14).toString();
    row.priceId = q.value(15).toString();
    row.priceChangeScheduled = q.value(16).toBool();
    return row;
}

QVariantList priceParams(const QString &locationId, const QString &channel)
{
    return {locationId.isEmpty() ? QVariant() : QVariant(locationId), channel};
}

} // namespace

QString CatalogRepository::containsPattern(const QString &term)
{
    return QLatin1Char('%') + escapedLike(term) + QLatin1Char('%');
}

bool CatalogRepository::looksLikeBarcode(const QString &term)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{4,14}$"));
    return digits.match(term.trimmed()).hasMatch();
}

QList<TenantInfo> CatalogRepository::tenants(QSqlDatabase &db)
{
    QSqlQuery q = execQuery(
        db, QStringLiteral("SELECT tenant_id::text, name FROM tenants ORDER BY created_at, name"));
    QList<TenantInfo> list;
    while (q.next())
        list.append({q.value(0).toString(), q.value(1).toString()});
    return list;
}

QList<CatalogRow> CatalogRepository::page(QSqlDatabase &db, const CatalogFilter &filter,
                                          const std::optional<CatalogCursor> &after, int limit,
                                          int collectLimit)
{
    // Conditions every page shares: tenant, keyset cursor, category subtree.
    QString common = QStringLiteral(" WHERE v.tenant_id = ?::uuid");
    QVariantList commonParams{filter.tenantId};
    if (after) {
        common += QStringLiteral(" AND (") + SortKey + QStringLiteral(", v.id) > (?, ?::uuid)");
        commonParams << after->sortKey << after->id;
    }
    if (!filter.categoryId.isEmpty()) {
        common += QStringLiteral(
            " AND p.category_id IN (SELECT sub.id FROM categories sub, categories top"
            "   WHERE top.tenant_id = ?::uuid AND top.id = ?::uuid AND sub.tenant_id = "
            "top.tenant_id"
            "     AND (sub.id = top.id OR sub.path LIKE replace(replace(top.path, '%', '\\%'), "
            "'_', '\\_') || '/%'))");
        commonParams << filter.tenantId << filter.categoryId;
    }

    auto run = [&](const QString &source, const QVariantList &sourceParams, const QString &match,
                   const QVariantList &matchParams) {
        QString sql = RowColumns;
        sql.replace(QLatin1String(" FROM variants v"),
                    QStringLiteral(" FROM ") + source + QStringLiteral(" v"));
        sql += CurrentPriceJoin + common + match + QStringLiteral(" ORDER BY ") + SortKey +
               QStringLiteral(", v.id LIMIT ?::int");
        QSqlQuery q = execQuery(db, sql,
                                sourceParams + priceParams(filter.locationId, filter.channel) +
                                    commonParams + matchParams + QVariantList{limit});
        QList<CatalogRow> rows;
        rows.reserve(limit);
        while (q.next())
            rows.append(readRow(q));
        return rows;
    };

    const QString term = filter.search.trimmed();
    if (term.isEmpty())
        return run(QStringLiteral("variants"), {}, {}, {});
    if (!looksLikeBarcode(term) && term.size() < ContainsMinLength) // the name index serves both
        // "Starts with" as a byte-order range (LIKE is not leakproof): every key beginning with
        // the term sorts between the term and the term followed by the highest code point.
        return run(QStringLiteral("variants"), {},
                   QStringLiteral(" AND ") + SortKey + QStringLiteral(" >= lower(?::text) AND ") +
                       SortKey + QStringLiteral(" < lower(?::text) || chr(1114111)"),
                   {term, term});

    // "Contains" terms. The planner's estimate for trigram terms is often off by orders of
    // magnitude, so a bounded count chooses between two plans: collect every match from the
    // trigram or barcode index and sort it, or walk the catalog in name order testing each row
    // ("|| ''" hides the expression from the trigram index). Measured on 1,000,000 variants,
    // either plan alone costs up to seconds for some terms.
    const QString contains = containsPattern(term);
    QString walkMatch =
        QStringLiteral(" AND ") + SearchExpression + QStringLiteral(" || '' LIKE ?");
    QVariantList walkParams{contains};
    // The index plan: every matching id from the trigram or barcode index, collected by
    // api.catalog_match (policies would keep those indexes from serving a staff login's query).
    const QString matchIds =
        QStringLiteral("SELECT m.id FROM api.catalog_match(?, ?::int) AS m(id)");
    const QVariantList matchParams{term, collectLimit + 1};
    if (looksLikeBarcode(term)) {
        const QString prefix = term + QLatin1Char('%');
        walkMatch =
            QStringLiteral(
                " AND (EXISTS (SELECT 1 FROM variant_barcodes b WHERE b.tenant_id = v.tenant_id"
                "   AND b.variant_id = v.id AND b.barcode LIKE ?) OR ") +
            SearchExpression + QStringLiteral(" || '' LIKE ?)");
        walkParams = {prefix, contains};
    }
    // Few matches: collect and sort them. Many: walk the catalog in name order, testing each row.
    QSqlQuery count =
        execQuery(db, QStringLiteral("SELECT count(*) FROM (") + matchIds + QStringLiteral(") s"),
                  matchParams);
    if (count.next() && count.value(0).toInt() > collectLimit)
        return run(QStringLiteral("variants"), {}, walkMatch, walkParams);
    return run(
        QStringLiteral("(WITH m AS MATERIALIZED (") + matchIds +
            QStringLiteral(
                ") SELECT x.* FROM variants x JOIN m ON x.id = m.id WHERE x.tenant_id = ?::uuid)"),
        matchParams + QVariantList{filter.tenantId}, {}, {});
}

QList<CatalogRow> CatalogRepository::rows(QSqlDatabase &db, const CatalogFilter &filter,
                                          const QStringList &ids)
{
    QSqlQuery q = execQuery(db,
                            RowColumns + CurrentPriceJoin +
                                QStringLiteral(" WHERE v.tenant_id = ?::uuid AND v.id = ANY "
                                               "(string_to_array(?::text, ',')::uuid[])"),
                            priceParams(filter.locationId, filter.channel) +
                                QVariantList{filter.tenantId, ids.join(QLatin1Char(','))});
    QList<CatalogRow> list;
    while (q.next())
        list.append(readRow(q));
    return list;
}

QList<CategoryNode> CatalogRepository::categories(QSqlDatabase &db, const QString &tenantId,
                                                  bool withDeactivated)
{
    // Depth first: each category's place is the list of its and its ancestors' ranks among
    // their siblings, which sorts a parent before its children and siblings by sort order.
    QSqlQuery q = execQuery(
        db,
        QStringLiteral(
            "WITH RECURSIVE counts AS (SELECT p.category_id, count(*) AS n FROM variants v"
            "   JOIN products p ON p.tenant_id = v.tenant_id AND p.id = v.product_id"
            "   WHERE v.tenant_id = ?::uuid GROUP BY p.category_id),"
            " ranked AS (SELECT c.*, row_number() OVER (PARTITION BY c.parent_id"
            "   ORDER BY c.sort_order, lower(c.name), c.name) AS rank"
            "   FROM categories c WHERE c.tenant_id = ?::uuid),"
            " tree AS (SELECT r.*, ARRAY[r.rank] AS place, 0 AS depth FROM ranked r"
            "   WHERE r.parent_id IS NULL"
            "   UNION ALL SELECT r.*, t.place || r.rank, t.depth + 1 FROM ranked r"
            "   JOIN tree t ON r.parent_id = t.id)"
            " SELECT c.id::text, coalesce(c.parent_id::text, ''), c.name, c.path, c.depth,"
            "   (SELECT coalesce(sum(n), 0) FROM counts JOIN categories d ON d.tenant_id ="
            "     c.tenant_id AND d.id = counts.category_id"
            "     WHERE d.id = c.id OR left(d.path, length(c.path) + 1) = c.path || '/'),"
            "   c.sort_order, c.is_active"
            " FROM tree c WHERE c.is_active OR ?::boolean ORDER BY c.place"),
        {tenantId, tenantId, withDeactivated});
    QList<CategoryNode> nodes;
    while (q.next()) {
        CategoryNode n;
        n.id = q.value(0).toString();
        n.parentId = q.value(1).toString();
        n.name = q.value(2).toString();
        n.path = q.value(3).toString();
        n.depth = q.value(4).toInt();
        n.variantCount = q.value(5).toLongLong();
        n.sortOrder = q.value(6).toInt();
        n.active = q.value(7).toBool();
        nodes.append(n);
    }
    return nodes;
}

std::optional<VariantDetail> CatalogRepository::detail(QSqlDatabase &db, const QString &tenantId,
                                                       const QString &variantId,
                                                       const QString &locationId,
                                                       const QString &channel)
{
    QSqlQuery head = execQuery(
        db,
        RowColumns.left(RowColumns.indexOf(QLatin1String(" FROM variants v"))) +
            QStringLiteral(", p.name, coalesce(p.brand, ''), v.stock_uom, v.attributes::text,"
                           " v.version, to_char(v.updated_at AT TIME ZONE 'Asia/Kolkata', 'DD Mon "
                           "YYYY HH24:MI')") +
            RowColumns.mid(RowColumns.indexOf(QLatin1String(" FROM variants v"))) +
            CurrentPriceJoin + QStringLiteral(" WHERE v.tenant_id = ?::uuid AND v.id = ?::uuid"),
        priceParams(locationId, channel) + QVariantList{tenantId, variantId});
    if (!head.next())
        return std::nullopt;
    VariantDetail d;
    d.row = readRow(head);
    d.productName = head.value(RowColumnCount).toString();
    d.brand = head.value(RowColumnCount + 1).toString();
    d.stockUom = head.value(RowColumnCount + 2).toString();
    d.attributesJson = head.value(RowColumnCount + 3).toString();
    d.version = head.value(RowColumnCount + 4).toInt();
    d.updatedAt = head.value(RowColumnCount + 5).toString();

    QSqlQuery b =
        execQuery(db,
                  QStringLiteral("SELECT barcode, barcode_type, is_primary FROM variant_barcodes"
                                 " WHERE tenant_id = ?::uuid AND variant_id = ?::uuid ORDER BY "
                                 "is_primary DESC, barcode"),
                  {tenantId, variantId});
    while (b.next())
        d.barcodes.append({b.value(0).toString(), b.value(1).toString(), b.value(2).toBool()});

    QSqlQuery u = execQuery(
        db,
        QStringLiteral("SELECT uom_code, conversion_factor::text, is_purchase_unit, is_sales_unit"
                       " FROM variant_uoms WHERE tenant_id = ?::uuid AND variant_id = ?::uuid "
                       "ORDER BY conversion_factor"),
        {tenantId, variantId});
    while (u.next())
        d.uoms.append({u.value(0).toString(), quantity(u.value(1)), u.value(2).toBool(),
                       u.value(3).toBool()});

    QSqlQuery p = execQuery(
        db,
        QStringLiteral(
            "SELECT coalesce(l.name, ''), vp.channel, vp.mrp::text, vp.base_price::text, "
            "vp.tax_rate::text,"
            " to_char(vp.effective_from AT TIME ZONE 'Asia/Kolkata', 'DD Mon YYYY'),"
            " coalesce(to_char(vp.effective_to AT TIME ZONE 'Asia/Kolkata', 'DD Mon YYYY'), ''),"
            " vp.id::text"
            " FROM variant_prices vp LEFT JOIN locations l ON l.tenant_id = vp.tenant_id AND l.id "
            "= vp.location_id"
            " WHERE vp.tenant_id = ?::uuid AND vp.variant_id = ?::uuid"
            " ORDER BY vp.location_id IS NOT NULL, l.name, vp.channel, vp.effective_from DESC"),
        {tenantId, variantId});
    while (p.next()) {
        PriceInfo info;
        info.location = p.value(0).toString();
        info.channel = p.value(1).toString();
        info.mrp = moneyOrNull(p.value(2));
        info.basePrice = moneyOrNull(p.value(3)).value_or(Money());
        info.taxRate = p.value(4).toString();
        info.effectiveFrom = p.value(5).toString();
        info.effectiveTo = p.value(6).toString();
        // In effect here and now: the row the resolution rule chose, not every row whose range
        // covers now.
        info.current = p.value(7).toString() == d.row.priceId;
        d.prices.append(info);
    }

    QSqlQuery s = execQuery(
        db,
        QStringLiteral(
            "SELECT l.code, l.name, sp.quantity_on_hand::text, sp.quantity_reserved::text, "
            "sp.quantity_available::text,"
            " sp.quantity_in_transit::text, sp.reorder_point::text,"
            " concat_ws(' · ', 'Aisle ' || sp.aisle, 'Rack ' || sp.rack, 'Bin ' || sp.bin)"
            " FROM stock_positions sp JOIN locations l ON l.tenant_id = sp.tenant_id AND l.id = "
            "sp.location_id"
            " WHERE sp.tenant_id = ?::uuid AND sp.variant_id = ?::uuid ORDER BY l.code"),
        {tenantId, variantId});
    while (s.next()) {
        d.stock.append({s.value(0).toString(), s.value(1).toString(), quantity(s.value(2)),
                        quantity(s.value(3)), quantity(s.value(4)), quantity(s.value(5)),
                        quantity(s.value(6)), s.value(7).toString()});
    }
    return d;
}

} // namespace stockroom
