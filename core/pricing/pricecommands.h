#pragma once

#include "pricing/pricetypes.h"

#include <QJsonObject>
#include <QUuid>

namespace stockroom {

class SqlSession;

/**
 * The price commands, one call each (api.* in migrations 0017 and 0022). Each takes the request
 * id of its action (idempotent: a repeat returns the first result and changes nothing), returns
 * the command's JSON result, and throws DatabaseError with the refusal's SQLSTATE (see
 * access/apierror.h).
 */
namespace pricecommands {

/** A price for a range (api.set_price): refused when it overlaps another range. */
QJsonObject setPrice(SqlSession &db, const QUuid &requestId, const PriceEntry &entry);
/** A change from an instant (api.schedule_price_change): ends the price then in effect. */
QJsonObject scheduleChange(SqlSession &db, const QUuid &requestId, const PriceEntry &entry);
/** Ends a price at @p at (invalid: now), sooner than it would have ended (api.end_price). */
QJsonObject endPrice(SqlSession &db, const QUuid &requestId, const QString &priceId,
                     const QDateTime &at);
/** Calls off a price that has not started (api.cancel_price). */
QJsonObject cancelPrice(SqlSession &db, const QUuid &requestId, const QString &priceId,
                        bool keepPrevious);
/**
 * Applies a previewed bulk change (api.bulk_price_apply): refused (version_conflict) when the
 * rows are no longer those of @p fingerprint. Returns {"changed": n, "skipped": m, …}.
 */
QJsonObject applyBulk(SqlSession &db, const QUuid &requestId, const BulkPriceRequest &request,
                      const QString &fingerprint);

} // namespace pricecommands

} // namespace stockroom
