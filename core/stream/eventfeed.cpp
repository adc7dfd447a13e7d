#include "eventfeed.h"

#include "db/databaseerror.h"
#include "db/pgconnection.h"

#include <algorithm>

namespace stockroom {

using std::chrono::milliseconds;

namespace {

// The envelope is built by PostgreSQL, once per event, in the seed's field order.
const QString SelectEvents =
    QStringLiteral("SELECT e.seq, e.product_id, e.variant_id, e.location_id, e.dark_store_id,"
                   " json_build_object('event_id', e.event_id, 'event_type', e.event_type,"
                   "  'source', e.source, 'tenant_id', e.tenant_id,"
                   "  'occurred_at', to_char(e.occurred_at AT TIME ZONE 'UTC',"
                   "                         'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'),"
                   "  'trace_id', e.trace_id, 'schema_version', e.schema_version, 'seq', e.seq,"
                   "  'actor', e.actor, 'data', e.data)::text"
                   " FROM public.event_log e"
                   " WHERE e.tenant_id = $1 AND e.seq > $2 AND e.seq <= $3%1"
                   " ORDER BY e.seq LIMIT $4");

QString channelColumn(stream::Channel::Kind kind)
{
    switch (kind) {
    case stream::Channel::Kind::Product:
        return QStringLiteral("product_id");
    case stream::Channel::Kind::Variant:
        return QStringLiteral("variant_id");
    case stream::Channel::Kind::Location:
        return QStringLiteral("location_id");
    case stream::Channel::Kind::DarkStore:
        return QStringLiteral("dark_store_id");
    case stream::Channel::Kind::Global:
        break;
    }
    return {};
}

QUuid uuidAt(const PgResult &r, int row, int column)
{
    return r.isNull(row, column) ? QUuid() : QUuid::fromString(r.value(row, column));
}

constexpr milliseconds NothingTracked{60 * 60 * 1000};
constexpr milliseconds Backpressure{1};

} // namespace

const QByteArray &LoggedEvent::frame(const QString &channel) const
{
    for (const auto &[name, bytes] : m_frames)
        if (name == channel)
            return bytes;
    // Channel names are ASCII (a prefix and a UUID), so no escaping is needed.
    const QByteArray text = "{\"channel\":\"" + channel.toLatin1() + "\"," +
                            QByteArrayView(json).sliced(1).toByteArray();
    m_frames.emplace_back(channel, stream::textFrame(text));
    return m_frames.back().second;
}

QVector<LoggedEventPtr> readEvents(PgConnection &conn, const QUuid &tenant, qint64 after,
                                   qint64 upTo, int limit, const stream::Channel &channel)
{
    QList<SqlParam> params{tenant.toString(QUuid::WithoutBraces), QString::number(after),
                           QString::number(upTo), QString::number(limit)};
    QString filter;
    if (channel.kind != stream::Channel::Kind::Global) {
        filter = QStringLiteral(" AND e.%1 = $5").arg(channelColumn(channel.kind));
        params << channel.id.toString(QUuid::WithoutBraces);
    }
    const PgResult r = conn.exec(SelectEvents.arg(filter), params);
    QVector<LoggedEventPtr> events;
    events.reserve(r.rows());
    for (int i = 0; i < r.rows(); ++i) {
        auto e = std::make_shared<LoggedEvent>();
        e->seq = r.value(i, 0).toLongLong();
        e->route = {uuidAt(r, i, 1), uuidAt(r, i, 2), uuidAt(r, i, 3), uuidAt(r, i, 4)};
        e->json = r.value(i, 5).toUtf8();
        events.push_back(std::move(e));
    }
    return events;
}

EventFeed::EventFeed(ConnectionInfo info, EventFeedOptions options, Deliver deliver, Log log,
                     IsWoken isWoken)
    : DbLoop(std::move(info), QStringLiteral("stockroomd-feed"), options.maxReconnectPause,
             std::move(log))
    , m_options(options)
    , m_deliver(std::move(deliver))
    , m_isWoken(std::move(isWoken))
{}

EventFeed::~EventFeed()
{
    stop();
}

void EventFeed::track(const QUuid &tenant, qint64 seq)
{
    {
        const std::lock_guard lock(m_trackMutex);
        if (m_tracked.contains(tenant))
            return;
        m_tracked.insert(tenant, seq);
    }
    wake();
}

void EventFeed::acknowledge()
{
    if (m_inFlight.fetch_sub(1) == m_options.maxInFlight)
        wake();
}

milliseconds EventFeed::step(PgConnection &conn)
{
    m_connected = true;
    if (m_inFlight.load() >= m_options.maxInFlight)
        return Backpressure;
    QHash<QUuid, qint64> tracked;
    {
        const std::lock_guard lock(m_trackMutex);
        tracked = m_tracked;
    }
    if (tracked.isEmpty())
        return NothingTracked;
    QStringList tenants;
    for (auto it = tracked.cbegin(); it != tracked.cend(); ++it)
        tenants << it.key().toString(QUuid::WithoutBraces);
    const PgResult heads =
        conn.exec(QStringLiteral("SELECT tenant_id, seq FROM public.stream_heads"
                                 " WHERE tenant_id = ANY ($1::uuid[])"),
                  {QLatin1Char('{') + tenants.join(QLatin1Char(',')) + QLatin1Char('}')});
    bool delivered = false;
    bool full = false; // a batch stopped at its limit: there is more to read now
    for (int i = 0; i < heads.rows(); ++i) {
        const QUuid tenant = QUuid::fromString(heads.value(i, 0));
        const qint64 head = heads.value(i, 1).toLongLong();
        const qint64 last = tracked.value(tenant);
        if (head <= last)
            continue;
        EventBatch batch{tenant, readEvents(conn, tenant, last, head, m_options.batch), false};
        if (batch.events.isEmpty()) {
            // Everything after `last` was pruned: go on from the head, and say so.
            batch.gap = true;
        } else {
            batch.gap = batch.events.front()->seq != last + 1;
        }
        full = full || batch.events.size() >= m_options.batch;
        const qint64 reached = batch.events.isEmpty() ? head : batch.events.back()->seq;
        batch.reached = reached;
        {
            const std::lock_guard lock(m_trackMutex);
            m_tracked.insert(tenant, reached);
        }
        ++m_inFlight;
        m_deliver(std::move(batch));
        delivered = true;
    }
    // The sequencer in this process wakes the feed after each pass that moved rows: polling too
    // would only add queries to a database busy with the writes that make the events.
    const bool woken = m_isWoken && m_isWoken();
    if (delivered) {
        m_idle = milliseconds(0);
        // Look again at once when there is more, or when events may be on their way unannounced.
        return full || !woken ? milliseconds(0) : m_options.wokenPause;
    }
    if (woken)
        return m_options.wokenPause;
    m_idle =
        m_idle.count() == 0 ? m_options.idlePause : std::min(m_idle * 2, m_options.maxIdlePause);
    return m_idle;
}

void EventFeed::connectionLost(const DatabaseError &error)
{
    m_connected = false;
    DbLoop::connectionLost(error);
}

} // namespace stockroom
