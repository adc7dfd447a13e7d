#pragma once

#include <QString>

#include <functional>

class QIODevice;

namespace stockroom {

class PgConnection;

/** What an export wrote, or why it could not. */
struct CatalogExportResult
{
    qint64 rows = 0;
    QString error;
    [[nodiscard]] bool ok() const { return error.isEmpty(); }
};

/**
 * Writes a tenant's active catalog in the canonical columns (catalogcolumns::names()), one row per
 * variant in SKU order, RFC 4180: its product and category path, barcodes (the primary first),
 * pack, and the price in effect now for every location on the default channel
 * (pricing.price_at). With a source system, external_id is the item's id in it. Importing the
 * file again changes nothing. Reads under the caller's row-level security, a page at a time.
 */
class CatalogExport
{
public:
    using Progress = std::function<void(qint64 rows)>;

    explicit CatalogExport(PgConnection &connection);
    /**
     * Writes to @p device (open for writing). @p sourceName empty: no external ids. Throws
     * DatabaseError when the database fails.
     */
    CatalogExportResult write(QIODevice *device, const QString &tenantId,
                              const QString &sourceName = {}, const Progress &progress = {});

private:
    PgConnection &m_connection;
};

} // namespace stockroom
