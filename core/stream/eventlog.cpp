#include "stream/eventlog.h"

#include "db/sqlsession.h"

#include <QJsonDocument>

namespace stockroom {

QList<StreamEvent> EventLog::recent(SqlSession &db, qint64 upTo, int limit)
{
    // The envelope the server sends, built the same way, so one parser reads both.
    const QList<SqlSession::Row> rows =
        db.query(QStringLiteral(
                     "SELECT json_build_object('event_id', e.event_id, 'event_type', e.event_type,"
                     "  'tenant_id', e.tenant_id,"
                     "  'occurred_at', to_char(e.occurred_at AT TIME ZONE 'UTC',"
                     "                         'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'),"
                     "  'seq', e.seq, 'actor', e.actor, 'data', e.data)::text"
                     " FROM public.event_log e WHERE e.seq <= ?::bigint"
                     " ORDER BY e.seq DESC LIMIT ?::int"),
                 {upTo, limit});
    QList<StreamEvent> events;
    events.reserve(rows.size());
    for (const SqlSession::Row &row : rows) {
        const auto event = StreamEvent::fromJson(
            QJsonDocument::fromJson(row.value(0).toString().toUtf8()).object());
        if (event)
            events.append(*event);
    }
    return events;
}

QHash<QString, EventItem> EventLog::items(SqlSession &db, const QStringList &variantIds)
{
    QHash<QString, EventItem> items;
    if (variantIds.isEmpty())
        return items;
    const QList<SqlSession::Row> rows =
        db.query(QStringLiteral("SELECT v.id::text, v.name, v.stock_uom FROM public.variants v"
                                " WHERE v.id = ANY (string_to_array(?::text, ',')::uuid[])"),
                 {variantIds.join(QLatin1Char(','))});
    for (const SqlSession::Row &row : rows)
        items.insert(row.value(0).toString(), {row.value(1).toString(), row.value(2).toString()});
    return items;
}

} // namespace stockroom
