#pragma once

#include "pricing/pricetypes.h"

#include <QStringList>

namespace stockroom {

class SqlSession;

/**
 * What the Prices screen reads. Every function runs on the caller's session and throws
 * DatabaseError on failure. The price in effect always comes from pricing.price_at, the one
 * resolution rule, never from a rule of its own.
 */
class PriceRepository
{
public:
    /**
     * The price of @p variantId at @p locationId (empty: every location's price) on @p channel
     * (empty: default) now and at each change to come, with why; and every price row of the
     * variant the reader may see, with who set it.
     */
    [[nodiscard]] static VariantPricing variant(SqlSession &db, const QString &tenantId,
                                                const QString &variantId, const QString &locationId,
                                                const QString &channel);
    /** The channels prices are set for, "default" first. */
    [[nodiscard]] static QStringList channels(SqlSession &db, const QString &tenantId);
    /**
     * Every row @p request concerns, with the new price or the problem that keeps it out, and the
     * fingerprint to apply it with (api.bulk_price_preview). Refused like the change itself
     * (not permitted, not in scope, bad arguments).
     */
    [[nodiscard]] static BulkPricePreview bulkPreview(SqlSession &db,
                                                      const BulkPriceRequest &request);
};

} // namespace stockroom
