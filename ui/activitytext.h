#pragma once

#include "stream/eventlog.h"
#include "stream/streamevent.h"

#include <QCoreApplication>
#include <QString>
#include <functional>

namespace stockroom {

/** An event in words for the Activity page and the notifications. */
struct ActivityText
{
    /** What sort of thing happened, for the page's filter: "stock", "reservation", "transfer",
     *  "alert", "orderability", "catalog" or "other". */
    QString kind;
    /** How it should look: "info", "good", "warn" or "bad". */
    QString tone;
    /** One line a store manager reads at a glance: "Received 12 pc of SKU-001 at BLR-IND". */
    QString title;
    /** What it left behind: "On hand 24 · reserved 2 · available 22". */
    QString detail;
    /** Raises a notification (low stock, out of stock, batches expiring or expired). */
    bool notify = false;
};

/**
 * Wording of stream events, one rule per event type (the data each carries is written by the
 * stock commands in 0011_stock_commands.sql). An unknown type still reads sensibly.
 */
class ActivityWording
{
    Q_DECLARE_TR_FUNCTIONS(ActivityWording)

public:
    /** Names a location by id when the event does not carry its code ("" when unknown). */
    using LocationName = std::function<QString(const QString &locationId)>;

    /**
     * @p item names the event's variant when known (else its SKU stands in), with the unit its
     * quantities are in.
     */
    [[nodiscard]] static ActivityText describe(const StreamEvent &event, const EventItem &item = {},
                                               const LocationName &locationName = {});
    /** Done by the background jobs (expiry sweeps), not by a person. */
    [[nodiscard]] static bool isAutomatic(const StreamEvent &event);
    /** The categories of the page's filter, as {key, title} maps, "All" first. */
    [[nodiscard]] static QList<QPair<QString, QString>> kinds();
};

} // namespace stockroom
