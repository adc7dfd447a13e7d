#pragma once

#include "stock/reservationtypes.h"

#include <optional>

namespace stockroom {

class SqlSession;

/**
 * Reservation reads, as the signed-in staff login: row-level security leaves the reservations
 * and positions of the locations in the caller's scope. Every function throws DatabaseError.
 * Writes are stockcommands::reserve / release / commit.
 */
class ReservationRepository
{
public:
    /**
     * One page: active reservations soonest expiry first, then closed ones most recently closed
     * first (one status or all, per the filter), keyset-paged so a page costs the same however
     * far someone has scrolled. Search matches order number, SKU or name anywhere, or a whole
     * barcode.
     */
    [[nodiscard]] static QList<ReservationRow> page(SqlSession &db, const ReservationFilter &filter,
                                                    const std::optional<ReservationCursor> &after,
                                                    int limit);
    /** One reservation by id, or nothing when it does not exist or is out of scope. */
    [[nodiscard]] static std::optional<ReservationRow> find(SqlSession &db, const QString &tenantId,
                                                            const QString &id);
    /**
     * Checks every position in scope (at @p locationId, or all when empty) against its active
     * reservations, listing at most @p mismatchLimit mismatches.
     */
    [[nodiscard]] static ReservationReconciliation reconcile(SqlSession &db,
                                                             const QString &tenantId,
                                                             const QString &locationId,
                                                             int mismatchLimit = 100);
    /**
     * The location's default hold time and, when @p variantId is given, its stock there; nothing
     * when the location is not in scope.
     */
    [[nodiscard]] static std::optional<ReservationTarget> target(SqlSession &db,
                                                                 const QString &tenantId,
                                                                 const QString &variantId,
                                                                 const QString &locationId);
    /** The server's clock now (UTC), to count down against the server's expiry times. */
    [[nodiscard]] static QDateTime serverNow(SqlSession &db);
};

} // namespace stockroom
