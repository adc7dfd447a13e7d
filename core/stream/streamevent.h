#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QUuid>
#include <optional>

namespace stockroom {

/**
 * One event of the live stream as the desktop uses it: the envelope (streamprotocol.h) in typed
 * fields, the places it concerns where the event names them, and its data as sent.
 */
struct StreamEvent
{
    /** The tenant's gap-free stream position; unique per event within a tenant. */
    qint64 seq = 0;
    QUuid eventId;
    QString eventType; // "inventory.stock.adjusted"…
    QUuid tenantId;
    QDateTime occurredAt; // UTC
    /** The login whose action caused it. */
    QString actor;
    /** The subscription it arrived on first. */
    QString channel;
    // What it concerns, from the envelope or else its data; null when it names none.
    QUuid variantId;
    QUuid productId;
    QUuid locationId;
    QUuid darkStoreId;
    QJsonObject data;

    /** The event in @p frame, or nullopt when the frame is not an event (no seq or type). */
    [[nodiscard]] static std::optional<StreamEvent> fromJson(const QJsonObject &frame);

    /** A string field of data ("sku", "location_code"…), empty when absent. */
    [[nodiscard]] QString text(const QString &field) const;
    /** A numeric field of data (sent as number or numeric text), nullopt when absent. */
    [[nodiscard]] std::optional<double> number(const QString &field) const;
};

} // namespace stockroom

Q_DECLARE_METATYPE(stockroom::StreamEvent)
