#include "variantdetailcontroller.h"

#include "catalog/catalogrepository.h"
#include "db/dbexecutor.h"
#include "displayformat.h"
#include "stream/streamevent.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace stockroom {

namespace {

QVariantMap toMap(const VariantDetail &d)
{
    QVariantList barcodes;
    for (const BarcodeInfo &b : d.barcodes)
        barcodes.append(QVariantMap{{QStringLiteral("barcode"), b.barcode},
                                    {QStringLiteral("type"), b.type},
                                    {QStringLiteral("primary"), b.primary}});
    QVariantList uoms;
    for (const UomInfo &u : d.uoms) {
        QStringList use;
        if (u.purchase)
            use << QObject::tr("purchase");
        if (u.sales)
            use << QObject::tr("sales");
        uoms.append(QVariantMap{
            {QStringLiteral("uom"), u.uom},
            {QStringLiteral("factor"), display::quantity(u.factor) + QLatin1Char(' ') + d.stockUom},
            {QStringLiteral("use"), use.join(QStringLiteral(", "))}});
    }
    QVariantList prices;
    for (const PriceInfo &p : d.prices) {
        prices.append(
            QVariantMap{{QStringLiteral("location"),
                         p.location.isEmpty() ? QObject::tr("All locations") : p.location},
                        {QStringLiteral("channel"), p.channel},
                        {QStringLiteral("mrp"), display::money(p.mrp)},
                        {QStringLiteral("price"), p.basePrice.toDisplayString()},
                        {QStringLiteral("tax"), display::percent(p.taxRate)},
                        {QStringLiteral("period"),
                         p.effectiveTo.isEmpty()
                             ? QObject::tr("from %1").arg(p.effectiveFrom)
                             : QStringLiteral("%1 – %2").arg(p.effectiveFrom, p.effectiveTo)},
                        {QStringLiteral("current"), p.current}});
    }
    QVariantList stock;
    for (const StockInfo &s : d.stock) {
        stock.append(QVariantMap{{QStringLiteral("location"), s.locationName},
                                 {QStringLiteral("code"), s.locationCode},
                                 {QStringLiteral("onHand"), display::quantity(s.onHand)},
                                 {QStringLiteral("reserved"), display::quantity(s.reserved)},
                                 {QStringLiteral("available"), display::quantity(s.available)},
                                 {QStringLiteral("inTransit"), display::quantity(s.inTransit)},
                                 {QStringLiteral("low"), s.available <= s.reorderPoint},
                                 {QStringLiteral("bin"), s.bin}});
    }
    QVariantList attributes;
    const QJsonObject attrs = QJsonDocument::fromJson(d.attributesJson.toUtf8()).object();
    for (auto it = attrs.begin(); it != attrs.end(); ++it) {
        attributes.append(
            QVariantMap{{QStringLiteral("name"), it.key()},
                        {QStringLiteral("value"), it.value().toVariant().toString()}});
    }
    return {{QStringLiteral("id"), d.row.id},
            {QStringLiteral("name"), d.row.name},
            {QStringLiteral("product"), d.productName},
            {QStringLiteral("brand"), d.brand},
            {QStringLiteral("sku"), d.row.sku},
            {QStringLiteral("category"), d.row.categoryPath},
            {QStringLiteral("pack"), display::pack(d.row.packSize, d.row.packUom)},
            {QStringLiteral("stockUom"), d.stockUom},
            {QStringLiteral("price"), display::money(d.row.price)},
            {QStringLiteral("mrp"), display::money(d.row.mrp)},
            {QStringLiteral("priceWhy"), d.row.priceWhy},
            {QStringLiteral("tax"),
             d.row.taxRate.isEmpty() ? QString() : display::percent(d.row.taxRate)},
            {QStringLiteral("available"), display::quantity(d.row.available)},
            {QStringLiteral("archived"), d.row.archived},
            {QStringLiteral("version"), d.version},
            {QStringLiteral("updatedAt"), d.updatedAt},
            {QStringLiteral("barcodes"), barcodes},
            {QStringLiteral("uoms"), uoms},
            {QStringLiteral("prices"), prices},
            {QStringLiteral("stock"), stock},
            {QStringLiteral("attributes"), attributes}};
}

} // namespace

VariantDetailController::VariantDetailController(QObject *parent)
    : QObject(parent)
{}

void VariantDetailController::setSource(DbExecutor *executor, const QString &tenantId)
{
    m_executor = executor;
    m_tenantId = tenantId;
    load();
}

void VariantDetailController::setVariantId(const QString &id)
{
    if (m_variantId == id)
        return;
    m_variantId = id;
    Q_EMIT variantIdChanged();
    load();
}

void VariantDetailController::setLocationId(const QString &id)
{
    if (m_locationId == id)
        return;
    m_locationId = id;
    Q_EMIT locationIdChanged();
    load();
}

void VariantDetailController::reload()
{
    load();
}

void VariantDetailController::liveEvent(const StreamEvent &event)
{
    if (!m_variantId.isEmpty() && event.eventType.startsWith(QLatin1String("catalog.variant.")) &&
        event.variantId.toString(QUuid::WithoutBraces) == m_variantId)
        load();
}

void VariantDetailController::load()
{
    const quint64 generation = ++m_generation;
    if (!m_executor || m_variantId.isEmpty()) {
        m_detail.clear();
        m_errorText.clear();
        Q_EMIT detailChanged();
        return;
    }
    m_loading = true;
    Q_EMIT loadingChanged();
    const QString tenantId = m_tenantId;
    const QString variantId = m_variantId;
    const QString locationId = m_locationId;
    m_executor->run<std::optional<VariantDetail>>(
        this,
        [tenantId, variantId, locationId](QSqlDatabase &db) {
            return CatalogRepository::detail(db, tenantId, variantId, locationId);
        },
        [this, generation](const DbResult<std::optional<VariantDetail>> &result) {
            if (generation != m_generation)
                return;
            m_loading = false;
            Q_EMIT loadingChanged();
            if (!result.ok())
                m_errorText = tr("Could not load this item: %1").arg(result.error);
            else if (!*result.value)
                m_errorText = tr("This item no longer exists.");
            else
                m_errorText.clear();
            m_detail = result.ok() && *result.value ? toMap(**result.value) : QVariantMap();
            Q_EMIT detailChanged();
        });
}

} // namespace stockroom
