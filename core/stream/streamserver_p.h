#pragma once
// StreamServer's private parts, shared by streamserver.cpp (listening, HTTP, connections,
// authentication) and streamsubscriptions.cpp (subscriptions, replay, delivery, scope).

#include "db/pgconnection.h"
#include "stream/streamprotocol.h"
#include "stream/streamserver.h"

#include <QJsonDocument>
#include <QPointer>
#include <QSet>
#include <QTcpSocket>
#include <deque>
#include <map>
#include <optional>

namespace stockroom {

using stream::Channel;

namespace streamdetail {

// Frames are handed to the socket while it holds less than this; the rest wait in the
// connection's own queue, which is what the slow-consumer limit bounds.
constexpr qint64 SocketLowWater = 256 * 1024;
// Live events held for a subscription while its replay runs.
constexpr int MaxPendingEvents = 50000;

inline QString uuidText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

/** @p object as a whole WebSocket text frame. */
inline QByteArray jsonFrame(const QJsonObject &object)
{
    return stream::textFrame(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

/** A PostgreSQL array literal of @p values, each quoted. */
inline QString arrayLiteral(const QStringList &values)
{
    QStringList quoted;
    for (QString v : values)
        quoted << QLatin1Char('"') +
                      v.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
                          .replace(QLatin1Char('"'), QLatin1String("\\\"")) +
                      QLatin1Char('"');
    return QLatin1Char('{') + quoted.join(QLatin1Char(',')) + QLatin1Char('}');
}

inline QSet<QUuid> uuidSet(const QString &arrayText)
{
    QSet<QUuid> ids;
    const QString inner = arrayText.mid(1, arrayText.size() - 2);
    for (const QString &id : inner.split(QLatin1Char(','), Qt::SkipEmptyParts))
        ids.insert(QUuid::fromString(id));
    return ids;
}

} // namespace streamdetail

/** What a login may see: the rule of the event log's row-level security policy. */
struct StreamServer::Scope
{
    QString login;
    QUuid tenant;
    bool admin = false;
    QSet<QUuid> locations;
    QSet<QUuid> darkStores;

    [[nodiscard]] bool sees(const stream::EventRoute &r) const
    {
        return admin || (r.location.isNull() && r.darkStore.isNull()) ||
               (!r.location.isNull() && locations.contains(r.location)) ||
               (!r.darkStore.isNull() && darkStores.contains(r.darkStore));
    }
    [[nodiscard]] bool allows(const Channel &c) const
    {
        if (admin)
            return true;
        if (c.kind == Channel::Kind::Location)
            return locations.contains(c.id);
        if (c.kind == Channel::Kind::DarkStore)
            return darkStores.contains(c.id);
        return true;
    }
};

namespace streamdetail {

/** The scopes of @p logins that are active staff, by login. */
template<typename Scope>
QHash<QString, Scope> readScopes(PgConnection &conn, const QStringList &logins)
{
    const PgResult r =
        conn.exec(QStringLiteral("SELECT login_role, tenant_id, role_kind, location_ids::text,"
                                 " dark_store_ids::text FROM stream.scope_of($1::name[])"),
                  {arrayLiteral(logins)});
    QHash<QString, Scope> scopes;
    for (int i = 0; i < r.rows(); ++i) {
        Scope s;
        s.login = r.value(i, 0);
        s.tenant = QUuid::fromString(r.value(i, 1));
        s.admin = r.value(i, 2) == QLatin1String("admin");
        s.locations = uuidSet(r.value(i, 3));
        s.darkStores = uuidSet(r.value(i, 4));
        scopes.insert(s.login, s);
    }
    return scopes;
}

} // namespace streamdetail

struct StreamServer::Subscription
{
    Channel channel;
    QString name;
    quint64 generation = 0;
    /** Events up to here are delivered (or skipped as before "since"). */
    qint64 watermark = 0;
    /** Replay covers up to here; live events after it wait in pending until replay is done. */
    qint64 upTo = 0;
    std::optional<qint64> since;
    /** "subscribed" was sent. */
    bool announced = false;
    /** Replay is done: events go out as they come. */
    bool ready = false;
    /** Live events that came during the replay. */
    QVector<LoggedEventPtr> pending;
    /** Replayed events not yet handed to the socket: they go as fast as the client reads. */
    std::deque<LoggedEventPtr> replay;
    qint64 replayedTo = 0;
    bool replayMore = false;
    bool fetching = false;
};

struct StreamServer::Client
{
    enum class State { Unauthenticated, Authenticating, Ready };
    QWebSocket *socket = nullptr;
    /** The connection under socket: frames, built once, are written here directly (a write
     *  through QWebSocket would encode and frame the text again for every connection). */
    QPointer<QTcpSocket> tcp;
    State state = State::Unauthenticated;
    Scope scope;
    std::map<QString, Subscription> subs;
    std::deque<QByteArray> queue; // whole frames
    qint64 queuedBytes = 0;
    bool closing = false;
};

struct StreamServer::Tenant
{
    /** The last seq handed to connections. */
    qint64 dispatched = 0;
    std::vector<ClientPtr> clients;
};

struct StreamServer::Replay
{
    QString failure; // the database failed
    bool found = true;
    bool recovered = true;
    QVector<LoggedEventPtr> events;
    bool more = false;
};

} // namespace stockroom
