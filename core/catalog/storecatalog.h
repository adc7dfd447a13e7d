#pragma once

#include "types/money.h"
#include "types/quantity.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace stockroom {

/**
 * One line of a store's view of the catalog (api.store_catalog_view, migration 0023): a variant
 * as customers of one location meet it — its price in effect there now and the rule that chose
 * it, what can be sold there, and whether it can be ordered.
 */
struct StoreCatalogRow
{
    QString variantId;
    QString productId;
    QString sku;
    QString name;
    QString categoryPath;       // "Dairy & Eggs/Butter"
    QString unit;               // the unit stock is counted in: "pc", "kg"
    std::optional<Money> price; // the selling price in effect now; none when nothing is priced
    std::optional<Money> mrp;
    QString taxRate;   // percent, as stored ("18.00"); empty without a price
    QString priceRule; // location_default, all_default, location_channel, all_channel; or empty
    QDateTime priceTo; // when the price ends; invalid: open-ended
    Quantity onHand;
    Quantity reserved;
    Quantity available; // what can be sold here now
    /** orderable, out_of_stock, not_stocked, no_price, inactive or location_inactive. */
    QString orderability;
    QString sortKey; // with variantId, the keyset cursor
};

/** Where the next page starts: strictly after this row. */
struct StoreCatalogCursor
{
    QString sortKey;
    QString variantId;
};

/** Which rows of which location's view. */
struct StoreCatalogQuery
{
    QString locationId;
    QString search;                              // name, SKU or barcode; empty for all
    QString channel = QStringLiteral("default"); // whose prices apply
};

/**
 * Reads a store's view of the catalog through api.store_catalog_view, on the calling thread's
 * connection; throws DatabaseError on failure (SR003 when the location is outside the caller's
 * scope). Pages are keyset pages in name order, so a page deep in a million variants costs what
 * the first does.
 */
class StoreCatalogRepository
{
public:
    /** A page of up to @p limit rows after @p after (from the start without one). */
    [[nodiscard]] static QList<StoreCatalogRow> page(QSqlDatabase &db,
                                                     const StoreCatalogQuery &query,
                                                     const std::optional<StoreCatalogCursor> &after,
                                                     int limit);
    /** The rows of these variants now, in name order; archived or unknown ones are absent. */
    [[nodiscard]] static QList<StoreCatalogRow>
    rows(QSqlDatabase &db, const StoreCatalogQuery &query, const QStringList &variantIds);
    /**
     * The whole view in one call, each row handed to @p visit as it arrives (the connection
     * streams a forward-only result row by row, so the rows are never all in memory); returns
     * how many there were.
     */
    static qint64 forEach(QSqlDatabase &db, const StoreCatalogQuery &query,
                          const std::function<void(const StoreCatalogRow &)> &visit);
};

} // namespace stockroom
