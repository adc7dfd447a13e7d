#pragma once

#include "stock/stocktypes.h"

#include <QSqlDatabase>

namespace stockroom {

/**
 * Reads for the Stock screen. Every function runs on the calling thread's connection (a
 * DbExecutor's) as the signed-in staff login, so row-level security leaves only the locations in
 * their scope; each throws DatabaseError on failure. Lists page with keysets, so a page costs the
 * same however far someone has scrolled.
 */
class StockRepository
{
public:
    /**
     * One page of positions in name order (then variant, then location code), strictly after
     * @p after. Search: a whole barcode (8, 12, 13 or 14 digits) that names a variant exactly
     * shows that variant only; otherwise it matches names and SKUs like the catalog does.
     */
    [[nodiscard]] static QList<StockPositionRow> page(QSqlDatabase &db, const StockFilter &filter,
                                                      const std::optional<StockCursor> &after,
                                                      int limit);
    /**
     * Counts and sums over every position the filter matches, in one statement, cancelled by the
     * database after @p timeoutMs (DatabaseError with SQLSTATE 57014).
     */
    [[nodiscard]] static StockTotals totals(QSqlDatabase &db, const StockFilter &filter,
                                            int timeoutMs = 5000);
    /** The variant whose barcode is exactly @p barcode, if any (empty otherwise). */
    [[nodiscard]] static QString variantForBarcode(QSqlDatabase &db, const QString &tenantId,
                                                   const QString &barcode);
    /** One position as it is now, if it exists and is in scope. */
    [[nodiscard]] static std::optional<StockPositionRow> position(QSqlDatabase &db,
                                                                  const QString &tenantId,
                                                                  const QString &variantId,
                                                                  const QString &locationId);
    /** Ledger lines, newest first, strictly before @p before. */
    [[nodiscard]] static QList<StockMovementRow> ledger(QSqlDatabase &db, const LedgerScope &scope,
                                                        const std::optional<LedgerCursor> &before,
                                                        int limit);
    /** Every batch of a position: those with stock first, by expiry date. */
    [[nodiscard]] static QList<StockBatchRow> batches(QSqlDatabase &db, const QString &tenantId,
                                                      const QString &variantId,
                                                      const QString &locationId);
    /**
     * Transfers still in transit to @p locationId (to any location in scope when empty), of
     * @p variantId only when given; oldest first, at most @p limit.
     */
    [[nodiscard]] static QList<InboundTransfer> inbound(QSqlDatabase &db, const QString &tenantId,
                                                        const QString &locationId,
                                                        const QString &variantId, int limit);

    /** True for a whole barcode: 8, 12, 13 or 14 digits. */
    [[nodiscard]] static bool isWholeBarcode(const QString &term);
};

} // namespace stockroom
