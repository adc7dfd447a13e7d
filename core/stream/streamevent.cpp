#include "stream/streamevent.h"

namespace stockroom {

namespace {

/** The id @p field names at the top level, else in data; null when neither has a valid one. */
QUuid idOf(const QJsonObject &frame, const QJsonObject &data, const QString &field)
{
    QUuid id = QUuid::fromString(frame.value(field).toString());
    if (id.isNull())
        id = QUuid::fromString(data.value(field).toString());
    return id;
}

} // namespace

std::optional<StreamEvent> StreamEvent::fromJson(const QJsonObject &frame)
{
    const QJsonValue seq = frame.value(QLatin1String("seq"));
    const QString type = frame.value(QLatin1String("event_type")).toString();
    if (!seq.isDouble() || seq.toDouble() < 1 || type.isEmpty())
        return std::nullopt;
    StreamEvent e;
    e.seq = qint64(seq.toDouble());
    e.eventType = type;
    e.eventId = QUuid::fromString(frame.value(QLatin1String("event_id")).toString());
    e.tenantId = QUuid::fromString(frame.value(QLatin1String("tenant_id")).toString());
    e.occurredAt = QDateTime::fromString(frame.value(QLatin1String("occurred_at")).toString(),
                                         Qt::ISODateWithMs)
                       .toUTC();
    e.actor = frame.value(QLatin1String("actor")).toString();
    e.channel = frame.value(QLatin1String("channel")).toString();
    e.data = frame.value(QLatin1String("data")).toObject();
    e.variantId = idOf(frame, e.data, QStringLiteral("variant_id"));
    e.productId = idOf(frame, e.data, QStringLiteral("product_id"));
    e.locationId = idOf(frame, e.data, QStringLiteral("location_id"));
    e.darkStoreId = idOf(frame, e.data, QStringLiteral("dark_store_id"));
    return e;
}

QString StreamEvent::text(const QString &field) const
{
    const QJsonValue v = data.value(field);
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    return v.toString();
}

std::optional<double> StreamEvent::number(const QString &field) const
{
    const QJsonValue v = data.value(field);
    if (v.isDouble())
        return v.toDouble();
    bool ok = false;
    const double d = v.toString().toDouble(&ok);
    return ok ? std::optional<double>(d) : std::nullopt;
}

} // namespace stockroom
