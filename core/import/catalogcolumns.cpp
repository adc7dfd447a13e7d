#include "import/catalogcolumns.h"

#include <QCoreApplication>

#include <array>

namespace stockroom {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CatalogColumns", text);
}

struct ColumnInfo
{
    const char *name;
    const char *label;
    // Normalized headers (see ColumnMapping::normalized) that mean this column, best first.
    std::initializer_list<const char *> synonyms;
};

const std::array<ColumnInfo, CatalogColumnCount> &columns()
{
    static const std::array<ColumnInfo, CatalogColumnCount> all{{
        {"external_id",
         QT_TRANSLATE_NOOP("CatalogColumns", "External id"),
         {"externalid", "extid", "sourceid", "erpid", "itemid", "externalcode", "id"}},
        {"sku",
         QT_TRANSLATE_NOOP("CatalogColumns", "SKU"),
         {"sku", "skucode", "itemcode", "articlecode", "productcode", "article", "code"}},
        {"product_name",
         QT_TRANSLATE_NOOP("CatalogColumns", "Product name"),
         {"productname", "product", "itemname", "name", "title"}},
        {"variant_name",
         QT_TRANSLATE_NOOP("CatalogColumns", "Variant name"),
         {"variantname", "variant", "displayname", "fullname"}},
        {"category_path",
         QT_TRANSLATE_NOOP("CatalogColumns", "Category path"),
         {"categorypath", "category", "categories", "department"}},
        {"barcodes",
         QT_TRANSLATE_NOOP("CatalogColumns", "Barcodes"),
         {"barcodes", "barcode", "eans", "ean", "ean13", "gtin", "upc"}},
        {"pack_size",
         QT_TRANSLATE_NOOP("CatalogColumns", "Pack size"),
         {"packsize", "size", "pack", "packqty", "netqty", "netquantity", "netweight"}},
        {"uom",
         QT_TRANSLATE_NOOP("CatalogColumns", "Unit"),
         {"uom", "unit", "units", "unitofmeasure", "packuom"}},
        {"mrp",
         QT_TRANSLATE_NOOP("CatalogColumns", "MRP"),
         {"mrp", "maximumretailprice", "maxretailprice", "listprice"}},
        {"base_price",
         QT_TRANSLATE_NOOP("CatalogColumns", "Selling price"),
         {"baseprice", "sellingprice", "saleprice", "price", "sp", "rate"}},
        {"tax_rate",
         QT_TRANSLATE_NOOP("CatalogColumns", "Tax rate"),
         {"taxrate", "gstrate", "gst", "tax", "gstpercent", "taxpercent", "vat"}},
    }};
    return all;
}

const ColumnInfo &info(CatalogColumn column)
{
    return columns().at(static_cast<size_t>(column));
}

} // namespace

namespace catalogcolumns {

QString name(CatalogColumn column)
{
    return QString::fromLatin1(info(column).name);
}

std::optional<CatalogColumn> fromName(QStringView name)
{
    for (int i = 0; i < CatalogColumnCount; ++i)
        if (name == QLatin1String(columns().at(static_cast<size_t>(i)).name))
            return static_cast<CatalogColumn>(i);
    return std::nullopt;
}

QStringList names()
{
    QStringList all;
    for (const ColumnInfo &c : columns())
        all << QString::fromLatin1(c.name);
    return all;
}

QString label(CatalogColumn column)
{
    return QCoreApplication::translate("CatalogColumns", info(column).label);
}

bool isRequired(CatalogColumn column)
{
    return column == CatalogColumn::Sku || column == CatalogColumn::CategoryPath ||
           column == CatalogColumn::ProductName;
}

} // namespace catalogcolumns

ColumnMapping::ColumnMapping(QStringList headers)
    : m_headers(std::move(headers))
{}

QString ColumnMapping::normalized(QStringView header)
{
    QString out;
    for (const QChar c : header)
        if (c.isLetterOrNumber())
            out += c.toLower();
    return out;
}

ColumnMapping ColumnMapping::guess(const QStringList &headers)
{
    ColumnMapping mapping(headers);
    QStringList keys;
    for (const QString &h : headers)
        keys << normalized(h);
    // Synonyms in rank order: every column's best name is tried before anyone's second best,
    // so "SKU" beside "Item code" feeds sku, and "Item code" is left for a person to place.
    for (size_t rank = 0;; ++rank) {
        bool any = false;
        for (int c = 0; c < CatalogColumnCount; ++c) {
            const auto &synonyms = columns().at(static_cast<size_t>(c)).synonyms;
            if (rank >= synonyms.size())
                continue;
            any = true;
            if (mapping.m_fileColumnOf.at(c) >= 0)
                continue;
            const int at = static_cast<int>(
                keys.indexOf(QLatin1String(*(synonyms.begin() + static_cast<qsizetype>(rank)))));
            if (at >= 0 && !mapping.target(at))
                mapping.m_fileColumnOf[c] = at;
        }
        if (!any)
            break;
    }
    return mapping;
}

int ColumnMapping::fileColumn(CatalogColumn column) const
{
    return m_fileColumnOf.at(static_cast<int>(column));
}

std::optional<CatalogColumn> ColumnMapping::target(int fileColumn) const
{
    if (fileColumn < 0)
        return std::nullopt;
    const int at = static_cast<int>(m_fileColumnOf.indexOf(fileColumn));
    return at >= 0 ? std::optional<CatalogColumn>(static_cast<CatalogColumn>(at)) : std::nullopt;
}

void ColumnMapping::setTarget(int fileColumn, std::optional<CatalogColumn> target)
{
    if (fileColumn < 0 || fileColumn >= m_headers.size())
        return;
    if (const auto before = this->target(fileColumn))
        m_fileColumnOf[static_cast<int>(*before)] = -1;
    if (target)
        m_fileColumnOf[static_cast<int>(*target)] = fileColumn;
}

QString ColumnMapping::headerOf(CatalogColumn column) const
{
    const int at = fileColumn(column);
    return at >= 0 ? m_headers.at(at) : catalogcolumns::name(column);
}

QStringList ColumnMapping::mappedNames() const
{
    QStringList names;
    for (int c = 0; c < CatalogColumnCount; ++c)
        if (m_fileColumnOf.at(c) >= 0)
            names << catalogcolumns::name(static_cast<CatalogColumn>(c));
    return names;
}

QStringList ColumnMapping::problems() const
{
    QStringList missing;
    if (!isMapped(CatalogColumn::Sku))
        missing << catalogcolumns::label(CatalogColumn::Sku);
    if (!isMapped(CatalogColumn::ProductName) && !isMapped(CatalogColumn::VariantName))
        missing << tr("Product name (or Variant name)");
    if (!isMapped(CatalogColumn::CategoryPath))
        missing << catalogcolumns::label(CatalogColumn::CategoryPath);
    QStringList problems;
    if (!missing.isEmpty())
        problems << tr("No column of the file is chosen for: %1. Pick the file's column for each, "
                       "or add it to the file.")
                        .arg(missing.join(QLatin1String(", ")));
    if (!isMapped(CatalogColumn::BasePrice) &&
        (isMapped(CatalogColumn::Mrp) || isMapped(CatalogColumn::TaxRate)))
        problems << tr("Prices need the selling price column: the MRP and tax rate alone do not "
                       "make a price. Pick the file's selling price column, or leave the MRP and "
                       "tax rate out.");
    return problems;
}

} // namespace stockroom
