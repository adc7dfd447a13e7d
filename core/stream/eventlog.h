#pragma once

#include "stream/streamevent.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace stockroom {

class SqlSession;

/** What an event's variant is called, for words a person reads. */
struct EventItem
{
    QString name; // "Amul Masti Curd 400 g"
    QString unit; // the unit its stock is counted in: "pc", "kg"
};

/**
 * The event log as a staff member reads it over SQL (row-level security shows their tenant and
 * scope, as the stream does): the recent history the Activity page starts from before the live
 * stream takes over.
 */
class EventLog
{
public:
    /** Up to @p limit events with seq ≤ @p upTo, newest first, in the stream's shape. */
    [[nodiscard]] static QList<StreamEvent> recent(SqlSession &db, qint64 upTo, int limit);
    /** The names and units of the variants @p variantIds (those the caller may see). */
    [[nodiscard]] static QHash<QString, EventItem> items(SqlSession &db,
                                                         const QStringList &variantIds);
};

} // namespace stockroom
