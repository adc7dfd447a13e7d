#pragma once

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace stockroom {

/** One attribute as an editor row: a name and its JSON value (text, number or true/false). */
struct DocumentAttribute
{
    QString key;
    QJsonValue value;
    /** The value as a person reads and types it. */
    [[nodiscard]] QString text() const;
    friend bool operator==(const DocumentAttribute &a, const DocumentAttribute &b)
    {
        return a.key == b.key && a.value == b.value;
    }
};

struct DocumentBarcode
{
    QString barcode;
    bool primary = false;
    friend bool operator==(const DocumentBarcode &a, const DocumentBarcode &b)
    {
        return a.barcode == b.barcode && a.primary == b.primary;
    }
};

/** Another unit of a variant: one @c uom is @c factor stock units. */
struct DocumentUom
{
    QString uom;
    QString factor; // as typed, or as the database prints it ("24", "0.5")
    bool purchase = false;
    bool sales = false;
    friend bool operator==(const DocumentUom &a, const DocumentUom &b)
    {
        return a.uom == b.uom && a.factor == b.factor && a.purchase == b.purchase &&
               a.sales == b.sales;
    }
};

/**
 * A variant and its product as one document: the canonical document of the database
 * (catalog.variant_documents in 0018), which is what a version records, and also what the editor
 * edits. Attributes are rows in name order, so an editor can hold a row that is not valid yet
 * (a blank or repeated name) until it is checked.
 */
struct VariantDocument
{
    QString sku;
    QString name;
    QString status = QStringLiteral("active");
    bool essential = false;
    QString packSize = QStringLiteral("1");
    QString packUom = QStringLiteral("pc");
    QString stockUom = QStringLiteral("pc");
    QList<DocumentAttribute> attributes;
    QList<DocumentBarcode> barcodes;
    QList<DocumentUom> uoms;
    QString productId;
    QString productName;
    QString brand;
    QString description;
    QString hsnCode;
    QString categoryId; // empty: no category
    QList<DocumentAttribute> productAttributes;
    bool productActive = true;

    [[nodiscard]] static VariantDocument fromJson(const QJsonObject &document);
    /** The variant's fields as api.create_variant and api.update_variant take them. */
    [[nodiscard]] QJsonObject variantJson() const;
    /** The product's fields as api.create_product and the "product" part of an update take them. */
    [[nodiscard]] QJsonObject productJson() const;
    /**
     * The changes from @p base to this document for api.update_variant: each variant field that
     * differs, and under "product" each product field that differs. Empty when nothing does.
     */
    [[nodiscard]] QJsonObject changesFrom(const VariantDocument &base) const;

    /** Same content as the database would store it (numbers, list order, trimmed text). */
    [[nodiscard]] bool sameAs(const VariantDocument &other) const;

    // Edits as a form makes them. Fields are named as the commands name them.
    /** Sets "sku", "name", "pack_size", "pack_uom", "stock_uom", "is_essential",
     *  "product.name", "product.brand", "product.description", "product.hsn_code",
     *  "product.category_id" or "product.is_active"; false for any other name. */
    bool setField(const QString &field, const QVariant &value);
    /** Adds a barcode; the first one of the item becomes its primary. */
    void addBarcode(const QString &code);
    /** Removes a barcode; when it was the primary, the first one left becomes primary. */
    void removeBarcode(int row);
    void setPrimaryBarcode(int row);
    /** Adds a row for another unit: the first of @p units the item does not use yet. */
    void addUom(const QStringList &units);
    /** Sets "uom", "factor", "purchase" or "sales" of a unit row. */
    void setUom(int row, const QString &field, const QVariant &value);
    /** The attribute rows of the variant, or of its product. */
    [[nodiscard]] QList<DocumentAttribute> &attributeRows(bool product)
    {
        return product ? productAttributes : attributes;
    }
};

/** Category paths by id ("Dairy/Butter"), for showing the category a document names. */
using CategoryPaths = QHash<QString, QString>;

} // namespace stockroom
