#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace stockroom {

/** The canonical columns of a catalog file, in the order the export writes them. */
enum class CatalogColumn {
    ExternalId,
    Sku,
    ProductName,
    VariantName,
    CategoryPath,
    Barcodes,
    PackSize,
    Uom,
    Mrp,
    BasePrice,
    TaxRate,
};
inline constexpr int CatalogColumnCount = 11;

namespace catalogcolumns {
/** "external_id", "sku", … as the header of the canonical file names them. */
[[nodiscard]] QString name(CatalogColumn column);
[[nodiscard]] std::optional<CatalogColumn> fromName(QStringView name);
/** Every canonical name, in file order: the header the export writes. */
[[nodiscard]] QStringList names();
/** "External id", "SKU", "Product name", … for people. */
[[nodiscard]] QString label(CatalogColumn column);
/**
 * Whether a file must map the column: SKU and category path always, and a name (product or
 * variant — either serves, see ColumnMapping::problems()).
 */
[[nodiscard]] bool isRequired(CatalogColumn column);
} // namespace catalogcolumns

/**
 * Which column of a file feeds which canonical column. A file with the canonical header maps
 * itself; for any other, guess() matches headers by their normalized form ("Item Code" and
 * "item_code" are the same) against the canonical names and common synonyms, and a person
 * corrects the rest. Each canonical column is fed by at most one file column.
 */
class ColumnMapping
{
public:
    ColumnMapping() = default;
    /** A mapping of a file with @p headers where nothing is mapped yet. */
    explicit ColumnMapping(QStringList headers);
    /** The best guess for a file with @p headers. */
    [[nodiscard]] static ColumnMapping guess(const QStringList &headers);
    /** A header as guess() compares it: lower case, letters and digits only. */
    [[nodiscard]] static QString normalized(QStringView header);

    [[nodiscard]] const QStringList &headers() const { return m_headers; }
    /** The file column that feeds @p column, or -1. */
    [[nodiscard]] int fileColumn(CatalogColumn column) const;
    [[nodiscard]] bool isMapped(CatalogColumn column) const { return fileColumn(column) >= 0; }
    /** The canonical column file column @p fileColumn feeds, if any. */
    [[nodiscard]] std::optional<CatalogColumn> target(int fileColumn) const;
    /**
     * Makes file column @p fileColumn feed @p target (nullopt: ignore the column). A canonical
     * column fed by another file column until now is taken from it.
     */
    void setTarget(int fileColumn, std::optional<CatalogColumn> target);
    /** The file's header of the column that feeds @p column ("Item Code"), or its canonical name.
     */
    [[nodiscard]] QString headerOf(CatalogColumn column) const;
    /** The canonical names of the mapped columns, for the database's merge. */
    [[nodiscard]] QStringList mappedNames() const;
    /**
     * What keeps the mapping from being used, one sentence each; empty when it can be used.
     * Required: SKU, category path, and a product or variant name; prices need the base price
     * column when the MRP or tax rate column is mapped.
     */
    [[nodiscard]] QStringList problems() const;

private:
    QStringList m_headers;
    QList<int> m_fileColumnOf = QList<int>(CatalogColumnCount, -1);
};

} // namespace stockroom
