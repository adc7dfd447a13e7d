#include "import/catalogexport.h"

#include "db/pgconnection.h"
#include "import/catalogcolumns.h"
#include "import/csvwriter.h"

#include <QCoreApplication>
#include <QIODevice>

namespace stockroom {

namespace {

constexpr int PageRows = 5000;

} // namespace

CatalogExport::CatalogExport(PgConnection &connection)
    : m_connection(connection)
{}

CatalogExportResult CatalogExport::write(QIODevice *device, const QString &tenantId,
                                         const QString &sourceName, const Progress &progress)
{
    CatalogExportResult result;
    PgTransaction tx(m_connection);
    std::optional<QString> sourceId;
    if (!sourceName.trimmed().isEmpty()) {
        sourceId = m_connection.scalar(QStringLiteral("SELECT id::text FROM source_systems WHERE "
                                                      "tenant_id = $1::uuid AND name = $2"),
                                       {tenantId, sourceName.trimmed()});
        if (!sourceId) {
            result.error = QCoreApplication::translate("CatalogExport",
                                                       "There is no source system named \"%1\".")
                               .arg(sourceName.trimmed());
            return result;
        }
    }
    // The same columns, in the same words, that the import reads.
    m_connection.exec(
        QStringLiteral(
            "DECLARE catalog_export NO SCROLL CURSOR FOR"
            " SELECT coalesce(m.external_id, ''), v.sku, p.name, v.name, coalesce(c.path, ''),"
            "   coalesce(bc.codes, ''), trim_scale(v.pack_size)::text, v.pack_uom,"
            "   coalesce(pr.mrp::text, ''), coalesce(pr.base_price::text, ''),"
            "   coalesce(pr.tax_rate::text, '')"
            " FROM variants v"
            " JOIN products p ON p.tenant_id = v.tenant_id AND p.id = v.product_id"
            " LEFT JOIN categories c ON c.tenant_id = p.tenant_id AND c.id = p.category_id"
            " LEFT JOIN LATERAL (SELECT string_agg(b.barcode, ';' ORDER BY b.is_primary DESC,"
            "   b.barcode) AS codes FROM variant_barcodes b"
            "   WHERE b.tenant_id = v.tenant_id AND b.variant_id = v.id) bc ON true"
            " LEFT JOIN LATERAL pricing.price_at(v.tenant_id, v.id, NULL, 'default', now()) pr"
            "   ON true"
            " LEFT JOIN LATERAL (SELECT min(se.external_id) AS external_id FROM source_entities se"
            "   WHERE $2::uuid IS NOT NULL AND se.tenant_id = v.tenant_id"
            "   AND se.source_system_id = $2::uuid AND se.entity_type = 'variant'"
            "   AND se.canonical_type = 'variant' AND se.canonical_id = v.id) m ON true"
            " WHERE v.tenant_id = $1::uuid AND v.status = 'active'"
            " ORDER BY v.sku"),
        {tenantId, sourceId});
    CsvWriter csv(device);
    const auto failed = [&]() {
        result.error = QCoreApplication::translate("CatalogExport", "Could not write the file: %1")
                           .arg(device->errorString());
        return result;
    };
    if (!csv.writeRecord(catalogcolumns::names()))
        return failed();
    for (;;) {
        const PgResult page =
            m_connection.exec(QStringLiteral("FETCH %1 FROM catalog_export").arg(PageRows));
        for (int r = 0; r < page.rows(); ++r) {
            QStringList fields;
            fields.reserve(page.columns());
            for (int c = 0; c < page.columns(); ++c)
                fields << page.value(r, c);
            if (!csv.writeRecord(fields))
                return failed();
        }
        result.rows += page.rows();
        if (progress)
            progress(result.rows);
        if (page.rows() < PageRows)
            break;
    }
    tx.commit();
    return result;
}

} // namespace stockroom
