#include "livecontroller.h"

#include "db/dbexecutor.h"
#include "db/sqlsession.h"
#include "stream/eventlog.h"
#include "stream/streamclient.h"

namespace stockroom {

LiveController::LiveController(QObject *parent)
    : QObject(parent)
    , m_feed(&m_activity)
{}

void LiveController::setClient(StreamClient *client, DbExecutor *executor, const QString &login,
                               ActivityWording::LocationName locationName)
{
    if (m_client)
        m_client->disconnect(this);
    m_client = client;
    m_executor = executor;
    m_historyLoaded = false;
    m_liveOnce = false;
    m_refusal.clear();
    ++m_generation;
    m_items.clear();
    m_asked.clear();
    m_waiting.clear();
    m_lookingUp = false;
    m_activity.setLoading(false);
    m_activity.clear();
    m_activity.setViewer(login, std::move(locationName));
    m_feed.clearFilters();
    m_toasts.clear();
    if (client) {
        connect(client, &StreamClient::stateChanged, this, &LiveController::stateChanged);
        connect(client, &StreamClient::eventReceived, this, &LiveController::received);
        connect(client, &StreamClient::reloadRequired, this, [this](const QString &channel) {
            // What was missed is read again: the screens' rows, and the feed's history.
            if (channel == QLatin1String("global"))
                m_historyLoaded = false;
            Q_EMIT reloadRequired(channel);
        });
        connect(client, &StreamClient::channelRefused, this,
                [this](const QString &channel, const QString &, const QString &message) {
                    if (channel != QLatin1String("global"))
                        return;
                    m_refusal = message; // nothing arrives: say so rather than "live"
                    Q_EMIT stateChanged();
                });
        connect(client, &StreamClient::subscribed, this, &LiveController::subscribed);
    }
    Q_EMIT stateChanged();
}

QString LiveController::state() const
{
    if (!m_client || !m_refusal.isEmpty())
        return QStringLiteral("offline");
    switch (m_client->state()) {
    case StreamClient::State::Offline:
        break;
    case StreamClient::State::Connecting:
        return QStringLiteral("connecting");
    case StreamClient::State::Live:
        return QStringLiteral("live");
    case StreamClient::State::Reconnecting:
        return QStringLiteral("reconnecting");
    }
    return QStringLiteral("offline");
}

QString LiveController::statusText() const
{
    if (!m_refusal.isEmpty())
        return tr("Live updates off: %1").arg(m_refusal);
    return m_client ? m_client->statusText() : tr("Live updates off");
}

void LiveController::reconnectNow()
{
    if (m_client)
        m_client->reconnectNow();
}

void LiveController::subscribed(const QString &channel, qint64 seq, bool recovered)
{
    // The whole scope's subscription marks where live begins; missed events are read too.
    if (channel != QLatin1String("global"))
        return;
    if (!m_refusal.isEmpty()) {
        m_refusal.clear();
        Q_EMIT stateChanged();
    }
    if (!m_liveOnce) {
        // Screens that loaded before this moment read their rows without the stream: a change
        // committed between their read and the subscription would never reach them. They read
        // again now, once per session; from here on every change arrives as an event.
        m_liveOnce = true;
        Q_EMIT reloadRequired(channel);
    }
    if (m_historyLoaded && recovered)
        return;
    loadHistory(seq);
}

void LiveController::loadHistory(qint64 upTo)
{
    if (!m_executor)
        return;
    const quint64 generation = m_generation;
    m_activity.setLoading(true);
    struct History
    {
        QList<StreamEvent> events;
        QHash<QString, EventItem> items;
    };
    m_executor->run<History>(
        this,
        [upTo](QSqlDatabase &qdb) {
            QtSqlSession db(qdb);
            History h{EventLog::recent(db, upTo, HistoryLimit), {}};
            QSet<QString> ids;
            for (const StreamEvent &e : std::as_const(h.events))
                if (!e.variantId.isNull())
                    ids.insert(e.variantId.toString(QUuid::WithoutBraces));
            h.items = EventLog::items(db, QStringList(ids.cbegin(), ids.cend()));
            return h;
        },
        [this, generation, upTo](const DbResult<History> &result) {
            if (generation != m_generation)
                return;
            m_activity.setLoading(false);
            if (!result.ok())
                return; // the feed goes on live; history is a convenience
            m_historyLoaded = true;
            m_items.insert(result.value->items);
            m_activity.setHistory(result.value->events, m_items, upTo);
        });
}

void LiveController::presentWaiting()
{
    while (!m_waiting.empty()) {
        const StreamEvent &event = m_waiting.front();
        const QString variant =
            event.variantId.isNull() ? QString() : event.variantId.toString(QUuid::WithoutBraces);
        if (!variant.isEmpty() && !m_items.contains(variant) && !m_asked.contains(variant)) {
            lookUpNames();
            return;
        }
        const ActivityText text = m_activity.add(event, m_items.value(variant));
        if (text.notify)
            m_toasts.add(event, text);
        m_waiting.pop_front();
    }
}

void LiveController::lookUpNames()
{
    if (m_lookingUp)
        return;
    if (m_items.size() > 50000) {
        // A bound, not a cache policy: both refill as events come.
        m_items.clear();
        m_asked.clear();
    }
    QSet<QString> unknown;
    for (const StreamEvent &e : m_waiting) {
        const QString id =
            e.variantId.isNull() ? QString() : e.variantId.toString(QUuid::WithoutBraces);
        if (!id.isEmpty() && !m_items.contains(id) && !m_asked.contains(id))
            unknown.insert(id);
    }
    if (!m_executor) {
        m_asked.unite(unknown);
        presentWaiting();
        return;
    }
    m_lookingUp = true;
    const quint64 generation = m_generation;
    const QStringList ids(unknown.cbegin(), unknown.cend());
    m_executor->run<QHash<QString, EventItem>>(
        this,
        [ids](QSqlDatabase &qdb) {
            QtSqlSession db(qdb);
            return EventLog::items(db, ids);
        },
        [this, generation, ids](const DbResult<QHash<QString, EventItem>> &result) {
            if (generation != m_generation)
                return;
            m_lookingUp = false;
            // Found or not (or the lookup failed): these are shown now, by SKU if need be. A
            // failed lookup is tried again for the next event about the same items.
            for (const QString &id : ids)
                m_asked.insert(id);
            if (result.ok())
                m_items.insert(*result.value);
            presentWaiting();
            if (!result.ok())
                for (const QString &id : ids)
                    m_asked.remove(id);
        });
}

void LiveController::received(const StreamEvent &event)
{
    Q_EMIT eventReceived(event); // the screens' rows do not wait for names
    m_waiting.push_back(event);
    presentWaiting();
}

} // namespace stockroom
