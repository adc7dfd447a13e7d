#pragma once

#include "types/money.h"
#include "types/quantity.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <optional>

namespace stockroom {

/** One line of the catalog browser: a variant with its price and stock summarised. */
struct CatalogRow
{
    QString id;
    QString sku;
    QString name;
    QString barcode;      // the primary barcode
    QString categoryPath; // "Dairy & Eggs/Butter"
    Quantity packSize;
    QString packUom;
    std::optional<Money> price; // in effect now at the filter's location and channel
    std::optional<Money> mrp;
    QString taxRate;   // percent, as stored ("18.00"); empty when unpriced
    QString priceRule; // pricing.price_at's rule: "location_default"…; empty when unpriced
    QString priceWhy;  // the rule in words: "L1's own price"
    QString priceId;   // the variant_prices row in effect
    bool priceChangeScheduled = false; // the price in effect ends, or another starts, later
    Quantity available;                // summed over every location
    bool archived = false;
    QString sortKey; // lower(name): with id, the keyset cursor
};

/** Where the next page starts: strictly after this (sortKey, id). */
struct CatalogCursor
{
    QString sortKey;
    QString id;
};

struct CatalogFilter
{
    QString tenantId;
    QString search;       // name, SKU or barcode; empty for all
    QString categoryId;   // a category and everything below it; empty for all
    QString locationId{}; // prices as at this location; empty: every location's price
    QString channel{};    // prices on this sales channel; empty: default
};

struct CategoryNode
{
    QString id;
    QString parentId;
    QString name;
    QString path;
    int depth = 0;
    qint64 variantCount = 0; // in this category and below
    int sortOrder = 0;       // among its siblings
    bool active = true;
};

struct BarcodeInfo
{
    QString barcode;
    QString type;
    bool primary = false;
};

struct UomInfo
{
    QString uom;
    Quantity factor;
    bool purchase = false;
    bool sales = false;
};

struct PriceInfo
{
    QString location; // empty = every location
    QString channel;
    std::optional<Money> mrp;
    Money basePrice;
    QString taxRate; // percent, as stored ("18.00")
    QString effectiveFrom;
    QString effectiveTo;
    bool current = false; // the row in effect now where the detail was asked about
};

struct StockInfo
{
    QString locationCode;
    QString locationName;
    Quantity onHand;
    Quantity reserved;
    Quantity available;
    Quantity inTransit;
    Quantity reorderPoint;
    QString bin; // "Aisle 3 · Rack B · Bin 12", empty when not binned
};

/** Everything the read-only detail panel shows about one variant. */
struct VariantDetail
{
    CatalogRow row;
    QString productName;
    QString brand;
    QString stockUom;
    QString attributesJson;
    int version = 0;
    QString updatedAt;
    QList<BarcodeInfo> barcodes;
    QList<UomInfo> uoms;
    QList<PriceInfo> prices;
    QList<StockInfo> stock;
};

struct TenantInfo
{
    QString id;
    QString name;
};

} // namespace stockroom

Q_DECLARE_METATYPE(stockroom::CatalogRow)
