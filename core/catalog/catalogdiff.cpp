#include "catalog/catalogdiff.h"

#include <QCoreApplication>
#include <QMap>
#include <algorithm>

namespace stockroom {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CatalogDiff", text);
}

const QString Empty = QStringLiteral("—");

QString orEmpty(const QString &value)
{
    const QString trimmed = value.trimmed();
    return trimmed.isEmpty() ? Empty : trimmed;
}

QString yesNo(bool value)
{
    return value ? tr("Yes") : tr("No");
}

// The fixed place of each field; attributes sort by name within their place.
enum Place {
    Sku,
    Name,
    Pack,
    StockUnit,
    OtherUnits,
    Barcodes,
    Essential,
    Status,
    Attributes,
    ProductName,
    Brand,
    Description,
    Hsn,
    Category,
    ProductAttributes,
    ProductActive,
};

const QString AttributePrefix = QStringLiteral("attributes.");
const QString ProductAttributePrefix = QStringLiteral("product.attributes.");

int placeOf(const QString &key)
{
    static const QMap<QString, int> places{
        {QStringLiteral("sku"), Sku},
        {QStringLiteral("name"), Name},
        {QStringLiteral("pack"), Pack},
        {QStringLiteral("stock_uom"), StockUnit},
        {QStringLiteral("uoms"), OtherUnits},
        {QStringLiteral("barcodes"), Barcodes},
        {QStringLiteral("is_essential"), Essential},
        {QStringLiteral("status"), Status},
        {QStringLiteral("product.name"), ProductName},
        {QStringLiteral("product.brand"), Brand},
        {QStringLiteral("product.description"), Description},
        {QStringLiteral("product.hsn_code"), Hsn},
        {QStringLiteral("product.category_id"), Category},
        {QStringLiteral("product.is_active"), ProductActive},
    };
    if (key.startsWith(AttributePrefix))
        return Attributes;
    if (key.startsWith(ProductAttributePrefix))
        return ProductAttributes;
    return places.value(key, ProductActive + 1);
}

bool inOrder(const QString &a, const QString &b)
{
    const int pa = placeOf(a);
    const int pb = placeOf(b);
    return pa != pb ? pa < pb : a < b;
}

QString barcodesText(const QList<DocumentBarcode> &barcodes)
{
    QList<DocumentBarcode> sorted = barcodes;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const DocumentBarcode &a, const DocumentBarcode &b) {
                         return a.primary != b.primary ? a.primary : a.barcode < b.barcode;
                     });
    QStringList parts;
    for (const DocumentBarcode &b : std::as_const(sorted))
        parts << (b.primary ? tr("%1 (primary)").arg(b.barcode.trimmed()) : b.barcode.trimmed());
    return parts.join(QStringLiteral(", "));
}

QString uomsText(const QList<DocumentUom> &uoms, const QString &stockUom)
{
    QList<DocumentUom> sorted = uoms;
    std::sort(sorted.begin(), sorted.end(),
              [](const DocumentUom &a, const DocumentUom &b) { return a.uom < b.uom; });
    QStringList parts;
    for (const DocumentUom &u : std::as_const(sorted)) {
        QStringList use;
        if (u.purchase)
            use << tr("bought in");
        if (u.sales)
            use << tr("sold in");
        QString part = tr("1 %1 = %2 %3").arg(u.uom.trimmed(), u.factor.trimmed(), stockUom);
        if (!use.isEmpty())
            part += QStringLiteral(" (%1)").arg(use.join(QStringLiteral(", ")));
        parts << part;
    }
    return parts.join(QStringLiteral("; "));
}

QString categoryText(const QString &id, const CategoryPaths &paths)
{
    if (id.trimmed().isEmpty())
        return tr("No category");
    const auto it = paths.constFind(id);
    if (it == paths.constEnd())
        return tr("A category that no longer exists");
    return QString(*it).replace(QLatin1Char('/'), QStringLiteral(" › "));
}

void addAttributes(QList<DocumentField> &fields, const QList<DocumentAttribute> &rows,
                   const QString &prefix, const char *label)
{
    for (const DocumentAttribute &a : rows) {
        const QString key = a.key.trimmed();
        fields.append({prefix + key, tr(label).arg(key), orEmpty(a.text())});
    }
}

QMap<QString, DocumentField> byKey(const QList<DocumentField> &fields)
{
    QMap<QString, DocumentField> map;
    for (const DocumentField &f : fields) {
        if (!map.contains(f.key))
            map.insert(f.key, f);
    }
    return map;
}

QStringList keysInOrder(const QMap<QString, DocumentField> &a,
                        const QMap<QString, DocumentField> &b)
{
    QStringList keys = a.keys();
    for (const QString &k : b.keys()) {
        if (!a.contains(k))
            keys << k;
    }
    std::sort(keys.begin(), keys.end(), inOrder);
    return keys;
}

// Sets attribute @p name of @p rows to @p from's value of it, or removes it when @p from lacks it.
void takeAttribute(QList<DocumentAttribute> &rows, const QList<DocumentAttribute> &from,
                   const QString &name)
{
    const auto find = [&](const QList<DocumentAttribute> &list) {
        return std::find_if(list.begin(), list.end(),
                            [&](const DocumentAttribute &a) { return a.key.trimmed() == name; });
    };
    const auto source = find(from);
    auto target = std::find_if(rows.begin(), rows.end(),
                               [&](const DocumentAttribute &a) { return a.key.trimmed() == name; });
    if (source == from.end()) {
        if (target != rows.end())
            rows.erase(target);
    } else if (target != rows.end()) {
        target->value = source->value;
    } else {
        rows.append(*source);
        std::sort(
            rows.begin(), rows.end(),
            [](const DocumentAttribute &a, const DocumentAttribute &b) { return a.key < b.key; });
    }
}

void take(VariantDocument &d, const VariantDocument &from, const QString &key)
{
    if (key.startsWith(ProductAttributePrefix)) {
        takeAttribute(d.productAttributes, from.productAttributes,
                      key.mid(ProductAttributePrefix.size()));
        return;
    }
    if (key.startsWith(AttributePrefix)) {
        takeAttribute(d.attributes, from.attributes, key.mid(AttributePrefix.size()));
        return;
    }
    switch (placeOf(key)) {
    case Sku:
        d.sku = from.sku;
        break;
    case Name:
        d.name = from.name;
        break;
    case Pack:
        d.packSize = from.packSize;
        d.packUom = from.packUom;
        break;
    case StockUnit:
        d.stockUom = from.stockUom;
        break;
    case OtherUnits:
        d.uoms = from.uoms;
        break;
    case Barcodes:
        d.barcodes = from.barcodes;
        break;
    case Essential:
        d.essential = from.essential;
        break;
    case Status:
        d.status = from.status;
        break;
    case ProductName:
        d.productName = from.productName;
        break;
    case Brand:
        d.brand = from.brand;
        break;
    case Description:
        d.description = from.description;
        break;
    case Hsn:
        d.hsnCode = from.hsnCode;
        break;
    case Category:
        d.categoryId = from.categoryId;
        break;
    case ProductActive:
        d.productActive = from.productActive;
        break;
    default:
        break;
    }
}

} // namespace

QList<DocumentField> CatalogDiff::fields(const VariantDocument &d, const CategoryPaths &paths)
{
    QList<DocumentField> f{
        {QStringLiteral("sku"), tr("SKU"), orEmpty(d.sku)},
        {QStringLiteral("name"), tr("Name"), orEmpty(d.name)},
        {QStringLiteral("pack"), tr("Pack"),
         orEmpty(d.packSize.trimmed() + QLatin1Char(' ') + d.packUom.trimmed())},
        {QStringLiteral("stock_uom"), tr("Stock unit"), orEmpty(d.stockUom)},
        {QStringLiteral("uoms"), tr("Other units"), orEmpty(uomsText(d.uoms, d.stockUom))},
        {QStringLiteral("barcodes"), tr("Barcodes"), orEmpty(barcodesText(d.barcodes))},
        {QStringLiteral("is_essential"), tr("Essential"), yesNo(d.essential)},
        {QStringLiteral("status"), tr("Status"),
         d.status == QLatin1String("archived") ? tr("Archived") : tr("Active")},
    };
    addAttributes(f, d.attributes, AttributePrefix, "Attribute “%1”");
    f.append({QStringLiteral("product.name"), tr("Product"), orEmpty(d.productName)});
    f.append({QStringLiteral("product.brand"), tr("Brand"), orEmpty(d.brand)});
    f.append({QStringLiteral("product.description"), tr("Description"), orEmpty(d.description)});
    f.append({QStringLiteral("product.hsn_code"), tr("HSN code"), orEmpty(d.hsnCode)});
    f.append(
        {QStringLiteral("product.category_id"), tr("Category"), categoryText(d.categoryId, paths)});
    addAttributes(f, d.productAttributes, ProductAttributePrefix, "Product attribute “%1”");
    f.append({QStringLiteral("product.is_active"), tr("Product active"), yesNo(d.productActive)});
    return f;
}

QList<FieldChange> CatalogDiff::diff(const VariantDocument &before, const VariantDocument &after,
                                     const CategoryPaths &paths)
{
    const QMap<QString, DocumentField> a = byKey(fields(before, paths));
    const QMap<QString, DocumentField> b = byKey(fields(after, paths));
    QList<FieldChange> changes;
    for (const QString &key : keysInOrder(a, b)) {
        const QString was = a.contains(key) ? a.value(key).value : Empty;
        const QString now = b.contains(key) ? b.value(key).value : Empty;
        if (was != now)
            changes.append({key, (b.contains(key) ? b : a).value(key).label, was, now});
    }
    return changes;
}

QList<FieldComparison> CatalogDiff::compare(const VariantDocument &base,
                                            const VariantDocument &theirs,
                                            const VariantDocument &mine, const CategoryPaths &paths)
{
    const QMap<QString, DocumentField> b = byKey(fields(base, paths));
    const QMap<QString, DocumentField> t = byKey(fields(theirs, paths));
    const QMap<QString, DocumentField> m = byKey(fields(mine, paths));
    QMap<QString, DocumentField> all = b;
    for (const auto &map : {t, m})
        for (auto it = map.begin(); it != map.end(); ++it)
            all.insert(it.key(), it.value());
    QStringList keys = all.keys();
    std::sort(keys.begin(), keys.end(), inOrder);
    const auto valueIn = [](const QMap<QString, DocumentField> &map, const QString &key) {
        return map.contains(key) ? map.value(key).value : Empty;
    };
    QList<FieldComparison> rows;
    for (const QString &key : std::as_const(keys)) {
        FieldComparison c{
            key,  all.value(key).label, valueIn(b, key), valueIn(t, key), valueIn(m, key), false,
            false};
        c.theyChanged = c.theirs != c.base;
        c.youChanged = c.mine != c.base;
        if (c.theyChanged || c.youChanged)
            rows.append(c);
    }
    return rows;
}

VariantDocument CatalogDiff::merge(const VariantDocument &base, const VariantDocument &theirs,
                                   const VariantDocument &mine)
{
    VariantDocument merged = theirs;
    const CategoryPaths none; // ids compare as well as paths here
    for (const FieldChange &c : diff(base, mine, none))
        take(merged, mine, c.key);
    // Pack size and unit are one field for people but two values; a category shown as "no
    // longer exists" for two different ids is still a change of the id.
    if (mine.categoryId != base.categoryId)
        merged.categoryId = mine.categoryId;
    return merged;
}

QString CatalogDiff::summary(const QList<FieldChange> &changes)
{
    if (changes.isEmpty())
        return tr("No change");
    QStringList labels;
    for (const FieldChange &c : changes)
        labels << c.label;
    if (labels.size() == 1)
        return labels.first();
    if (labels.size() == 2)
        return tr("%1 and %2").arg(labels.at(0), labels.at(1));
    if (labels.size() == 3)
        return tr("%1, %2 and %3").arg(labels.at(0), labels.at(1), labels.at(2));
    return tr("%1, %2 and %3 more").arg(labels.at(0), labels.at(1)).arg(labels.size() - 2);
}

} // namespace stockroom
