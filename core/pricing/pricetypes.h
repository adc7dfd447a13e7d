#pragma once

#include "types/money.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace stockroom {

/**
 * The price of a variant at one place and channel from an instant on, and why: one step of
 * pricing.variant_outlook. The first step is now's.
 */
struct PriceStep
{
    QDateTime startsAt;
    QString priceId; // the variant_prices row that applies; empty: nothing priced from then
    std::optional<Money> mrp;
    std::optional<Money> basePrice;
    QString taxRate; // percent as stored ("5.00")
    QString rule;    // pricing.price_at's rule ("location_default"…)
    QString why;     // the rule in words ("L1's own price")
};

/** One price row of a variant, as pricing.variant_history lists it. */
struct PriceRecord
{
    QString id;
    QString locationId; // empty: every location
    QString locationCode;
    QString locationName;
    QString channel;
    std::optional<Money> mrp;
    Money basePrice;
    QString taxRate;
    QDateTime effectiveFrom;
    QDateTime effectiveTo; // invalid: open-ended
    QString state;         // "past", "current" or "scheduled"
    QString createdBy;     // the login
    QString createdByName; // their name, where the reader may see it
    QDateTime createdAt;
};

/** What the Prices page shows about one variant at one place and channel. */
struct VariantPricing
{
    QString variantId;
    QList<PriceStep> outlook;   // now, then each change to come
    QList<PriceRecord> history; // every row the reader may see, newest start first
};

/** A price row to write: set for a range, or scheduled as a change from an instant. */
struct PriceEntry
{
    QString variantId;
    QString locationId; // empty: every location
    QString channel;    // empty: default
    std::optional<Money> mrp;
    Money basePrice;
    QString taxRate;         // percent, as typed ("5", "18.5")
    QDateTime effectiveFrom; // invalid: now
    QDateTime effectiveTo;   // invalid: open-ended (a change: until the next price)
};

/** A bulk price change: which variants, where, and how their prices move. */
struct BulkPriceRequest
{
    QString categoryId;      // a category and everything below it; empty: all
    QString search;          // name or SKU contains; empty: all
    QString brand;           // empty: all
    QString locationId;      // empty: every location's price
    QString channel;         // empty: default
    QString mode;            // "percent" or "amount"
    QString value;           // signed decimal: "10" up, "-2.50" down
    QString rounding;        // "none", "rupee" or "x9"
    QDateTime effectiveFrom; // invalid: now
};

/** One row of a bulk change's preview. */
struct BulkPriceRow
{
    QString variantId;
    QString sku;
    QString name;
    QString why; // the rule of the current price, in words
    std::optional<Money> mrp;
    QString taxRate;
    std::optional<Money> current;
    std::optional<Money> next;
    std::optional<Money> difference;
    QString problem;     // empty: the row changes
    QString problemCode; // no_price, already_starting, below_zero, above_mrp, too_large, unchanged
    QString note;
};

struct BulkPricePreview
{
    QList<BulkPriceRow> rows;
    QString fingerprint; // what api.bulk_price_apply checks the rows against
};

} // namespace stockroom
