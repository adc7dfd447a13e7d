#pragma once

#include "catalog/variantdocument.h"

#include <QMap>
#include <QString>
#include <QStringList>

namespace stockroom {

/**
 * The rules the catalog commands apply to a variant and its product (0019_catalog_commands.sql),
 * checked before anything is sent so a form can mark the field to fix, in the database's own
 * words. The database still decides; only it knows whether a SKU or barcode is taken.
 */
class CatalogValidation
{
public:
    /**
     * What is wrong, by field: "sku", "name", "pack_size", "pack_uom", "stock_uom", "barcodes",
     * "uoms", "attributes" and "product.name", "product.brand", "product.hsn_code",
     * "product.attributes"; a row of a list as "barcodes.2", "uoms.0", "attributes.1",
     * "product.attributes.0". Units are checked against @p units when it is not empty.
     */
    [[nodiscard]] static QMap<QString, QString> check(const VariantDocument &document,
                                                      const QStringList &units);
    /** What is wrong with one barcode as typed, or an empty string. */
    [[nodiscard]] static QString barcodeProblem(const QString &code);
    /** What is wrong with an amount such as a pack size, or an empty string. */
    [[nodiscard]] static QString amountProblem(const QString &typed, const QString &what);
};

} // namespace stockroom
