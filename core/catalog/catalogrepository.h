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
    /** The category tree in display order (depth-first, by sort order then name). */
    [[nodiscard]] static QList<CategoryNode> categories(QSqlDatabase &db, const QString &tenantId);
    [[nodiscard]] static std::optional<VariantDetail>
    detail(QSqlDatabase &db, const QString &tenantId, const QString &variantId);

    /** The SQL LIKE pattern for "contains" a search term: special characters escaped, lower-cased.
     */
    [[nodiscard]] static QString containsPattern(const QString &term);
    /** True when @p term looks like (the start of) a barcode: digits only, at least 4. */
    [[nodiscard]] static bool looksLikeBarcode(const QString &term);
};

} // namespace stockroom
