#include "catalog/variantdocument.h"

#include "types/quantity.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>

namespace stockroom {

namespace {

QString text(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isDouble() ? QString::number(v.toDouble(), 'g', 15) : v.toString();
}

// A number as the database prints it after trim_scale: "500", "0.25". Text that is no number
// stays as typed, for the checks to point at.
QString amountText(const QJsonValue &value)
{
    const QString raw =
        value.isDouble() ? QString::number(value.toDouble(), 'f', 4) : value.toString().trimmed();
    const auto q = Quantity::parse(raw);
    return q ? q->toDisplayString() : raw;
}

QJsonValue amountJson(const QString &typed)
{
    const QString trimmed = typed.trimmed();
    const auto q = Quantity::parse(trimmed);
    return q ? QJsonValue(q->toDisplayString()) : QJsonValue(trimmed);
}

QList<DocumentAttribute> rowsOf(const QJsonObject &object)
{
    QList<DocumentAttribute> rows;
    for (auto it = object.begin(); it != object.end(); ++it)
        rows.append({it.key(), it.value()});
    return rows; // QJsonObject iterates in key order
}

// Attributes as the database keeps them: names and text values trimmed (see catalog.attributes).
QJsonObject attributeObject(const QList<DocumentAttribute> &rows)
{
    QJsonObject object;
    for (const DocumentAttribute &a : rows) {
        const QJsonValue value =
            a.value.isString() ? QJsonValue(a.value.toString().trimmed()) : a.value;
        object.insert(a.key.trimmed(), value);
    }
    return object;
}

QJsonValue textOrNull(const QString &value)
{
    const QString trimmed = value.trimmed();
    return trimmed.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(trimmed);
}

} // namespace

QString DocumentAttribute::text() const
{
    if (value.isString())
        return value.toString();
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    if (value.isNull() || value.isUndefined())
        return {};
    return QString::fromUtf8(value.isArray()
                                 ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                 : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}

VariantDocument VariantDocument::fromJson(const QJsonObject &document)
{
    VariantDocument d;
    d.sku = text(document, "sku");
    d.name = text(document, "name");
    d.status = document.value(QLatin1String("status")).toString(QStringLiteral("active"));
    d.essential = document.value(QLatin1String("is_essential")).toBool();
    d.packSize = amountText(document.value(QLatin1String("pack_size")));
    d.packUom = text(document, "pack_uom");
    d.stockUom = text(document, "stock_uom");
    d.attributes = rowsOf(document.value(QLatin1String("attributes")).toObject());
    for (const QJsonValue &b : document.value(QLatin1String("barcodes")).toArray()) {
        const QJsonObject o = b.toObject();
        d.barcodes.append({text(o, "barcode"), o.value(QLatin1String("primary")).toBool()});
    }
    for (const QJsonValue &u : document.value(QLatin1String("uoms")).toArray()) {
        const QJsonObject o = u.toObject();
        d.uoms.append({text(o, "uom"), amountText(o.value(QLatin1String("factor"))),
                       o.value(QLatin1String("purchase")).toBool(),
                       o.value(QLatin1String("sales")).toBool()});
    }
    d.productId = text(document, "product_id");
    const QJsonObject p = document.value(QLatin1String("product")).toObject();
    d.productName = text(p, "name");
    d.brand = text(p, "brand");
    d.description = text(p, "description");
    d.hsnCode = text(p, "hsn_code");
    d.categoryId = text(p, "category_id");
    d.productAttributes = rowsOf(p.value(QLatin1String("attributes")).toObject());
    d.productActive = p.value(QLatin1String("is_active")).toBool(true);
    return d;
}

QJsonObject VariantDocument::variantJson() const
{
    QList<DocumentBarcode> codes = barcodes;
    std::sort(codes.begin(), codes.end(), [](const DocumentBarcode &a, const DocumentBarcode &b) {
        return a.barcode.trimmed() < b.barcode.trimmed();
    });
    QJsonArray barcodeList;
    for (const DocumentBarcode &b : std::as_const(codes))
        barcodeList.append(QJsonObject{{QStringLiteral("barcode"), b.barcode.trimmed()},
                                       {QStringLiteral("primary"), b.primary}});
    QList<DocumentUom> units = uoms;
    std::sort(units.begin(), units.end(), [](const DocumentUom &a, const DocumentUom &b) {
        return a.uom.trimmed().toLower() < b.uom.trimmed().toLower();
    });
    QJsonArray uomList;
    for (const DocumentUom &u : std::as_const(units))
        uomList.append(QJsonObject{{QStringLiteral("uom"), u.uom.trimmed().toLower()},
                                   {QStringLiteral("factor"), amountJson(u.factor)},
                                   {QStringLiteral("purchase"), u.purchase},
                                   {QStringLiteral("sales"), u.sales}});
    return {{QStringLiteral("sku"), sku.trimmed().toUpper()},
            {QStringLiteral("name"), name.trimmed()},
            {QStringLiteral("pack_size"), amountJson(packSize)},
            {QStringLiteral("pack_uom"), packUom.trimmed().toLower()},
            {QStringLiteral("stock_uom"), stockUom.trimmed().toLower()},
            {QStringLiteral("attributes"), attributeObject(attributes)},
            {QStringLiteral("is_essential"), essential},
            {QStringLiteral("barcodes"), barcodeList},
            {QStringLiteral("uoms"), uomList}};
}

QJsonObject VariantDocument::productJson() const
{
    return {{QStringLiteral("name"), productName.trimmed()},
            {QStringLiteral("brand"), textOrNull(brand)},
            {QStringLiteral("description"), textOrNull(description)},
            {QStringLiteral("hsn_code"), textOrNull(hsnCode)},
            {QStringLiteral("category_id"), textOrNull(categoryId)},
            {QStringLiteral("attributes"), attributeObject(productAttributes)},
            {QStringLiteral("is_active"), productActive}};
}

QJsonObject VariantDocument::changesFrom(const VariantDocument &base) const
{
    const auto differing = [](const QJsonObject &mine, const QJsonObject &theirs) {
        QJsonObject changes;
        for (auto it = mine.begin(); it != mine.end(); ++it) {
            if (it.value() != theirs.value(it.key()))
                changes.insert(it.key(), it.value());
        }
        return changes;
    };
    QJsonObject changes = differing(variantJson(), base.variantJson());
    const QJsonObject product = differing(productJson(), base.productJson());
    if (!product.isEmpty())
        changes.insert(QStringLiteral("product"), product);
    return changes;
}

bool VariantDocument::sameAs(const VariantDocument &other) const
{
    return status == other.status && changesFrom(other).isEmpty();
}

bool VariantDocument::setField(const QString &field, const QVariant &value)
{
    const QString text = value.toString();
    if (field == QLatin1String("is_essential"))
        essential = value.toBool();
    else if (field == QLatin1String("product.is_active"))
        productActive = value.toBool();
    else if (QString *target = field == QLatin1String("sku")                   ? &sku
                               : field == QLatin1String("name")                ? &name
                               : field == QLatin1String("pack_size")           ? &packSize
                               : field == QLatin1String("pack_uom")            ? &packUom
                               : field == QLatin1String("stock_uom")           ? &stockUom
                               : field == QLatin1String("product.name")        ? &productName
                               : field == QLatin1String("product.brand")       ? &brand
                               : field == QLatin1String("product.description") ? &description
                               : field == QLatin1String("product.hsn_code")    ? &hsnCode
                               : field == QLatin1String("product.category_id") ? &categoryId
                                                                               : nullptr)
        *target = text;
    else
        return false;
    return true;
}

void VariantDocument::addBarcode(const QString &code)
{
    barcodes.append({code.trimmed(), barcodes.isEmpty()});
}

void VariantDocument::removeBarcode(int row)
{
    if (row < 0 || row >= barcodes.size())
        return;
    const bool wasPrimary = barcodes.at(row).primary;
    barcodes.removeAt(row);
    if (wasPrimary && !barcodes.isEmpty())
        barcodes.first().primary = true;
}

void VariantDocument::setPrimaryBarcode(int row)
{
    if (row < 0 || row >= barcodes.size())
        return;
    for (int i = 0; i < barcodes.size(); ++i)
        barcodes[i].primary = i == row;
}

void VariantDocument::addUom(const QStringList &units)
{
    QString unit;
    for (const QString &code : units) {
        const bool used =
            code == stockUom || std::any_of(uoms.cbegin(), uoms.cend(),
                                            [&](const DocumentUom &u) { return u.uom == code; });
        if (!used) {
            unit = code;
            break;
        }
    }
    uoms.append({unit, QString(), false, false});
}

void VariantDocument::setUom(int row, const QString &field, const QVariant &value)
{
    if (row < 0 || row >= uoms.size())
        return;
    DocumentUom &u = uoms[row];
    if (field == QLatin1String("uom"))
        u.uom = value.toString();
    else if (field == QLatin1String("factor"))
        u.factor = value.toString();
    else if (field == QLatin1String("purchase"))
        u.purchase = value.toBool();
    else if (field == QLatin1String("sales"))
        u.sales = value.toBool();
}

} // namespace stockroom
