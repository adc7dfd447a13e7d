#include "pricing/pricerepository.h"

#include "db/sqlsession.h"

namespace stockroom {

namespace {

// Times travel as epoch milliseconds, independent of the session's time zone.
QString epochMs(const QString &column)
{
    return QStringLiteral("(extract(epoch FROM %1) * 1000)::bigint").arg(column);
}

QDateTime instant(const QVariant &value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromMSecsSinceEpoch(value.toString().toLongLong(), Qt::UTC);
}

std::optional<Money> money(const QVariant &value)
{
    return value.isNull() ? std::nullopt : Money::parse(value.toString());
}

QVariant orNull(const QString &text)
{
    return text.trimmed().isEmpty() ? QVariant() : QVariant(text.trimmed());
}

} // namespace

VariantPricing PriceRepository::variant(SqlSession &db, const QString &tenantId,
                                        const QString &variantId, const QString &locationId,
                                        const QString &channel)
{
    VariantPricing p;
    p.variantId = variantId;
    const QString sales = channel.isEmpty() ? QStringLiteral("default") : channel;
    const auto steps = db.query(
        QStringLiteral("SELECT ") + epochMs(QStringLiteral("o.starts_at")) +
            QStringLiteral(", o.price_id::text, o.mrp::text, o.base_price::text,"
                           " o.tax_rate::text, o.rule, o.why"
                           " FROM pricing.variant_outlook(?::uuid, ?::uuid, ?::uuid, ?::text) o"),
        {tenantId, variantId, orNull(locationId), sales});
    for (const SqlSession::Row &r : steps) {
        PriceStep s;
        s.startsAt = instant(r.value(0));
        s.priceId = r.value(1).toString();
        s.mrp = money(r.value(2));
        s.basePrice = money(r.value(3));
        s.taxRate = r.value(4).toString();
        s.rule = r.value(5).toString();
        s.why = r.value(6).toString();
        p.outlook.append(s);
    }
    const auto rows =
        db.query(QStringLiteral("SELECT h.price_id::text, h.location_id::text, h.location_code,"
                                " h.location_name, h.channel, h.mrp::text, h.base_price::text,"
                                " h.tax_rate::text, ") +
                     epochMs(QStringLiteral("h.effective_from")) + QStringLiteral(", ") +
                     epochMs(QStringLiteral("h.effective_to")) +
                     QStringLiteral(", h.state, h.created_by, h.created_by_name, ") +
                     epochMs(QStringLiteral("h.created_at")) +
                     QStringLiteral(" FROM pricing.variant_history(?::uuid, ?::uuid) h"),
                 {tenantId, variantId});
    for (const SqlSession::Row &r : rows) {
        PriceRecord h;
        h.id = r.value(0).toString();
        h.locationId = r.value(1).toString();
        h.locationCode = r.value(2).toString();
        h.locationName = r.value(3).toString();
        h.channel = r.value(4).toString();
        h.mrp = money(r.value(5));
        h.basePrice = money(r.value(6)).value_or(Money());
        h.taxRate = r.value(7).toString();
        h.effectiveFrom = instant(r.value(8));
        h.effectiveTo = instant(r.value(9));
        h.state = r.value(10).toString();
        h.createdBy = r.value(11).toString();
        h.createdByName = r.value(12).toString();
        h.createdAt = instant(r.value(13));
        p.history.append(h);
    }
    return p;
}

QStringList PriceRepository::channels(SqlSession &db, const QString &tenantId)
{
    QStringList list;
    for (const SqlSession::Row &r :
         db.query(QStringLiteral("SELECT c FROM pricing.channels(?::uuid) c"), {tenantId}))
        list.append(r.value(0).toString());
    return list;
}

BulkPricePreview PriceRepository::bulkPreview(SqlSession &db, const BulkPriceRequest &request)
{
    const auto rows = db.query(
        QStringLiteral(
            "SELECT b.variant_id::text, b.sku, b.name, b.why, b.mrp::text, b.tax_rate::text,"
            " b.current_price::text, b.new_price::text, b.difference::text, b.problem,"
            " b.problem_code, b.note,"
            " b.fingerprint"
            " FROM api.bulk_price_preview(?::uuid, ?::text, ?::text, ?::uuid, ?::text, ?::text,"
            "   ?::numeric, ?::text, ?::timestamptz) b"),
        {orNull(request.categoryId), orNull(request.search), orNull(request.brand),
         orNull(request.locationId), orNull(request.channel), request.mode, request.value,
         orNull(request.rounding),
         request.effectiveFrom.isValid()
             ? QVariant(request.effectiveFrom.toUTC().toString(Qt::ISODateWithMs))
             : QVariant()});
    BulkPricePreview preview;
    preview.rows.reserve(rows.size());
    for (const SqlSession::Row &r : rows) {
        BulkPriceRow row;
        row.variantId = r.value(0).toString();
        row.sku = r.value(1).toString();
        row.name = r.value(2).toString();
        row.why = r.value(3).toString();
        row.mrp = money(r.value(4));
        row.taxRate = r.value(5).toString();
        row.current = money(r.value(6));
        row.next = money(r.value(7));
        row.difference = money(r.value(8));
        row.problem = r.value(9).toString();
        row.problemCode = r.value(10).toString();
        row.note = r.value(11).toString();
        preview.fingerprint = r.value(12).toString();
        preview.rows.append(row);
    }
    return preview;
}

} // namespace stockroom
