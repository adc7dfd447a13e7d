#pragma once

#include "catalog/catalogtypes.h"

#include <QSqlDatabase>

namespace stockroom {

/**
 * Catalog reads. Every function runs on the calling thread's connection (a DbExecutor's), and
 * throws DatabaseError on failure. Pages use keyset pagination in name order, so the cost of a
 * page does not grow with how far someone has scrolled.
 */
class CatalogRepository
{
public:
    [[nodiscard]] static QList<TenantInfo> tenants(QSqlDatabase &db);
    /**
     * One page in name order (byte order of the lower-cased name, then id). Search: three or more
     * characters match anywhere in the name or SKU; one or two match the start of the name;
     * four or more digits also match the start of a barcode. A "contains" search with up to
     * @p collectLimit matches collects them from the trigram or barcode index and sorts them;
     * with more, it walks the catalog in name order.
     */
    [[nodiscard]] static QList<CatalogRow> page(QSqlDatabase &db, const CatalogFilter &filter,
                                                const std::optional<CatalogCursor> &after,
                                                int limit, int collectLimit = 20000);
    /**
     * The rows of variants @p ids as page() would list them under @p filter's tenant, location
     * and channel (search and category are not applied), in no particular order.
     */
    [[nodiscard]] static QList<CatalogRow> rows(QSqlDatabase &db, const CatalogFilter &filter,
                                                const QStringList &ids);
    /**
     * The category tree in display order (depth-first, siblings by sort order then name): the
     * active categories, or with @p withDeactivated every one.
     */
    [[nodiscard]] static QList<CategoryNode> categories(QSqlDatabase &db, const QString &tenantId,
                                                        bool withDeactivated = false);
    /**
     * Everything about one variant, its price as in effect now at @p locationId (empty: every
     * location's price) on @p channel (empty: default), by pricing.price_at.
     */
    [[nodiscard]] static std::optional<VariantDetail>
    detail(QSqlDatabase &db, const QString &tenantId, const QString &variantId,
           const QString &locationId = {}, const QString &channel = {});

    /** The SQL LIKE pattern for "contains" a search term: special characters escaped, lower-cased.
     */
    [[nodiscard]] static QString containsPattern(const QString &term);
    /** True when @p term looks like (the start of) a barcode: digits only, at least 4. */
    [[nodiscard]] static bool looksLikeBarcode(const QString &term);
};

} // namespace stockroom
