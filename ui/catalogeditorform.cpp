#include "catalogeditorcontroller.h"

#include "catalog/catalogvalidation.h"
#include "catalog/gtin.h"

// The form half of the editor: the fields and rows as QML shows them, their problems, and the
// edits a person makes. Opening, saving and conflicts are in catalogeditorcontroller.cpp.

namespace stockroom {

QVariantMap CatalogEditorController::values() const
{
    const VariantDocument &d = m_draft;
    return {{QStringLiteral("sku"), d.sku},
            {QStringLiteral("name"), d.name},
            {QStringLiteral("pack_size"), d.packSize},
            {QStringLiteral("pack_uom"), d.packUom},
            {QStringLiteral("stock_uom"), d.stockUom},
            {QStringLiteral("is_essential"), d.essential},
            {QStringLiteral("status"), d.status},
            {QStringLiteral("product.name"), d.productName},
            {QStringLiteral("product.brand"), d.brand},
            {QStringLiteral("product.description"), d.description},
            {QStringLiteral("product.hsn_code"), d.hsnCode},
            {QStringLiteral("product.category_id"), d.categoryId},
            {QStringLiteral("product.is_active"), d.productActive},
            // A new variant joins a product as it is; its product is edited from any variant.
            {QStringLiteral("productLocked"), m_mode == QLatin1String("newVariant")}};
}

QMap<QString, QString> CatalogEditorController::visibleErrors() const
{
    QMap<QString, QString> shown;
    const QMap<QString, QString> all = CatalogValidation::check(m_draft, unitCodes());
    for (auto it = all.begin(); it != all.end(); ++it) {
        // Barcodes are checked as they are added; rows of a list once they were left.
        if (m_attempted || m_touched.contains(it.key()) ||
            it.key().startsWith(QLatin1String("barcodes")))
            shown.insert(it.key(), it.value());
    }
    shown.insert(m_serverErrors);
    return shown;
}

QVariantMap CatalogEditorController::fieldErrors() const
{
    QVariantMap map;
    const QMap<QString, QString> errors = visibleErrors();
    for (auto it = errors.begin(); it != errors.end(); ++it)
        map.insert(it.key(), it.value());
    return map;
}

void CatalogEditorController::syncRows()
{
    const QMap<QString, QString> errors = visibleErrors();
    const auto errorOf = [&](const QString &list, int row) {
        return errors.value(QStringLiteral("%1.%2").arg(list).arg(row));
    };
    QList<QVariantMap> rows;
    for (int i = 0; i < m_draft.barcodes.size(); ++i) {
        const DocumentBarcode &b = m_draft.barcodes.at(i);
        const Gtin g = Gtin::check(b.barcode);
        rows.append({{QStringLiteral("barcode"), b.barcode},
                     {QStringLiteral("type"), g.isValid() ? g.typeName() : QString()},
                     {QStringLiteral("primary"), b.primary},
                     {QStringLiteral("error"), errorOf(QStringLiteral("barcodes"), i)}});
    }
    m_barcodes.setRows(rows);
    rows.clear();
    for (int i = 0; i < m_draft.uoms.size(); ++i) {
        const DocumentUom &u = m_draft.uoms.at(i);
        rows.append({{QStringLiteral("uom"), u.uom},
                     {QStringLiteral("factor"), u.factor},
                     {QStringLiteral("purchase"), u.purchase},
                     {QStringLiteral("sales"), u.sales},
                     {QStringLiteral("error"), errorOf(QStringLiteral("uoms"), i)}});
    }
    m_uoms.setRows(rows);
    for (const bool product : {false, true}) {
        rows.clear();
        const QList<DocumentAttribute> &list =
            product ? m_draft.productAttributes : m_draft.attributes;
        for (int i = 0; i < list.size(); ++i)
            rows.append(
                {{QStringLiteral("key"), list.at(i).key},
                 {QStringLiteral("value"), list.at(i).text()},
                 {QStringLiteral("error"), errorOf(product ? QStringLiteral("product.attributes")
                                                           : QStringLiteral("attributes"),
                                                   i)}});
        (product ? m_productAttributes : m_attributes).setRows(rows);
    }
}

void CatalogEditorController::setValue(const QString &field, const QVariant &value)
{
    VariantDocument probe;
    if (probe.setField(field, value)) // a field of the form
        edit([&](VariantDocument &d) { d.setField(field, value); }, field);
}

void CatalogEditorController::touch(const QString &field)
{
    if (m_touched.contains(field))
        return;
    m_touched.insert(field);
    syncRows();
    Q_EMIT messagesChanged();
}

void CatalogEditorController::checkNewBarcode(const QString &text)
{
    // While typing, say only what is wrong already: a character that is no digit, a code too
    // long, or a complete code whose check digit is wrong.
    const Gtin g = Gtin::check(text);
    const bool complete = g.code.size() == 8 || g.code.size() == 12 || g.code.size() == 13;
    const bool sayNow = g.problem == Gtin::Problem::NotDigits ||
                        (g.problem == Gtin::Problem::WrongLength && g.code.size() > 13) ||
                        (g.problem == Gtin::Problem::WrongCheckDigit && complete);
    const QString problem = sayNow ? CatalogValidation::barcodeProblem(text) : QString();
    if (problem == m_newBarcodeError)
        return;
    m_newBarcodeError = problem;
    Q_EMIT messagesChanged();
}

bool CatalogEditorController::addBarcode(const QString &text)
{
    const QString code = text.trimmed();
    QString problem = CatalogValidation::barcodeProblem(code);
    for (const DocumentBarcode &b : std::as_const(m_draft.barcodes)) {
        if (problem.isEmpty() && b.barcode.trimmed() == code)
            problem = tr("Barcode %1 is listed twice.").arg(code);
    }
    m_newBarcodeError = problem;
    if (!problem.isEmpty()) {
        Q_EMIT messagesChanged();
        return false;
    }
    edit([&code](VariantDocument &d) { d.addBarcode(code); }, QStringLiteral("barcodes"));
    return true;
}

void CatalogEditorController::removeBarcode(int row)
{
    edit([row](VariantDocument &d) { d.removeBarcode(row); }, QStringLiteral("barcodes"));
}

void CatalogEditorController::setPrimaryBarcode(int row)
{
    edit([row](VariantDocument &d) { d.setPrimaryBarcode(row); }, QStringLiteral("barcodes"));
}

void CatalogEditorController::addUom()
{
    edit([units = unitCodes()](VariantDocument &d) { d.addUom(units); });
}

void CatalogEditorController::removeUom(int row)
{
    if (row < 0 || row >= m_draft.uoms.size())
        return;
    // Rows below move up: what was left of the last one no longer applies.
    m_touched.remove(QStringLiteral("uoms.%1").arg(m_draft.uoms.size() - 1));
    edit([row](VariantDocument &d) { d.uoms.removeAt(row); }, QStringLiteral("uoms"));
}

void CatalogEditorController::setUom(int row, const QString &field, const QVariant &value)
{
    edit([=](VariantDocument &d) { d.setUom(row, field, value); }, QStringLiteral("uoms"));
}

void CatalogEditorController::addAttribute(bool product)
{
    edit([product](VariantDocument &d) {
        d.attributeRows(product).append({QString(), QJsonValue(QString())});
    });
}

void CatalogEditorController::removeAttribute(bool product, int row)
{
    const QString prefix =
        product ? QStringLiteral("product.attributes") : QStringLiteral("attributes");
    const int rows = static_cast<int>(m_draft.productAttributes.size());
    const int count = product ? rows : static_cast<int>(m_draft.attributes.size());
    if (row < 0 || row >= count)
        return;
    m_touched.remove(QStringLiteral("%1.%2").arg(prefix).arg(count - 1));
    edit([=](VariantDocument &d) { d.attributeRows(product).removeAt(row); }, prefix);
}

void CatalogEditorController::setAttribute(bool product, int row, const QString &field,
                                           const QString &text)
{
    edit(
        [=](VariantDocument &d) {
            QList<DocumentAttribute> &list = d.attributeRows(product);
            if (row < 0 || row >= list.size())
                return;
            if (field == QLatin1String("key"))
                list[row].key = text;
            else
                list[row].value = text; // typed values are text
        },
        product ? QStringLiteral("product.attributes") : QStringLiteral("attributes"));
}

void CatalogEditorController::edit(const std::function<void(VariantDocument &)> &change,
                                   const QString &field)
{
    VariantDocument d = m_draft;
    change(d);
    if (!field.isEmpty())
        m_serverErrors.remove(field);
    setDraft(d);
}

} // namespace stockroom
