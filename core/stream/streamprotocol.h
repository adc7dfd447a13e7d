#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <optional>

/**
 * The live stream's wire protocol, shared by stockroomd's server and the desktop's client.
 *
 * Text frames of JSON on ws://HOST:8792/ws. The first frame authenticates:
 *   → {"type":"auth","ticket":"<from api.issue_stream_ticket()>"}
 *   ← {"type":"ready","tenant_id":"…","seq":N}          (N: the stream's position now)
 * Subscriptions (any number, each independently resumable):
 *   → {"type":"subscribe","channel":"variant:<uuid>","since":N}   (no "since": from now)
 *   ← {"type":"subscribed","channel":"…","seq":H,"recovered":true|false}
 *   ← events after "since" up to H (replay), then live ones: the event envelope plus "seq",
 *     "channel" (the subscription it answers) and "actor" (the login that caused it).
 *     "recovered":false means history no longer reaches back to "since" (or "since" belongs to
 *     another stream): nothing is replayed, the client reloads from SQL and goes on from H.
 *   → {"type":"unsubscribe","channel":"…"}   ← {"type":"unsubscribed","channel":"…"}
 *   → {"type":"ping"}                         ← {"type":"pong","timestamp":<ms since epoch>}
 * Anything the server cannot take is answered {"type":"error","code":…,"message":…} (plus
 * "channel" when it concerns one) and the connection stays up. Each event reaches a
 * subscription at most once, in seq order.
 */
namespace stockroom::stream {

constexpr quint16 DefaultPort = 8792;
inline const QString Path = QStringLiteral("/ws");

/** Close codes the server uses. */
enum CloseCode : quint16 {
    /** Shutting down (SIGTERM): reconnect, to this or another server. */
    CloseGoingAway = 1001,
    /** A frame or message over the size limit (sent by the WebSocket layer). */
    CloseTooBig = 1009,
    /** The database is unreachable: reconnect with backoff. */
    CloseTryAgainLater = 1013,
    /** The ticket was malformed, unknown, expired or already used, or no auth frame came in
     *  time. Fetch a new ticket before reconnecting. */
    CloseTicketRefused = 4401,
    /** The login was disabled or removed while connected. Do not reconnect. */
    CloseAccessWithdrawn = 4403,
    /** The client read too slowly and its queue passed the limit. Reconnect and resume. */
    CloseSlowConsumer = 4408,
};

/** Codes of error frames. */
namespace error {
inline const QString BadJson = QStringLiteral("bad_json");
inline const QString BadMessage = QStringLiteral("bad_message");
inline const QString UnknownType = QStringLiteral("unknown_type");
inline const QString NotAuthenticated = QStringLiteral("not_authenticated");
inline const QString AlreadyAuthenticated = QStringLiteral("already_authenticated");
inline const QString UnknownChannel = QStringLiteral("unknown_channel");
inline const QString NotFound = QStringLiteral("not_found");
inline const QString Forbidden = QStringLiteral("forbidden");
inline const QString ScopeRevoked = QStringLiteral("scope_revoked");
inline const QString BadSince = QStringLiteral("bad_since");
inline const QString Unavailable = QStringLiteral("unavailable");
} // namespace error

/** Incoming frame and message limit; a larger one closes the connection with CloseTooBig. */
constexpr quint64 MaxIncomingMessageBytes = 64 * 1024;
/** An unauthenticated connection is closed (CloseTicketRefused) after this long. */
constexpr int AuthTimeoutMs = 10000;

/** What an event concerns, which decides the channels it reaches and who may see it. */
struct EventRoute
{
    QUuid product;
    QUuid variant;
    QUuid location;
    QUuid darkStore;
};

/** A channel: "global", or "<kind>:<uuid>" with kind product, variant, location, dark-store. */
struct Channel
{
    enum class Kind { Global, Product, Variant, Location, DarkStore };
    Kind kind = Kind::Global;
    QUuid id;

    /** The channel @p text names, or nullopt for an unknown prefix or a malformed id. */
    static std::optional<Channel> parse(const QString &text);
    [[nodiscard]] QString toString() const;
    /** Whether an event with @p route reaches this channel. */
    [[nodiscard]] bool concerns(const EventRoute &route) const;
    bool operator==(const Channel &other) const { return kind == other.kind && id == other.id; }
};

/** Every channel an event with @p route reaches, "global" first. */
QStringList channelsOf(const EventRoute &route);

/**
 * @p utf8 as one complete server-to-client WebSocket text frame (RFC 6455 §5.2: FIN, opcode 1,
 * unmasked, the shortest length encoding), ready to be written to the connection's socket. The
 * server builds an event's frame once and writes the same bytes to every connection.
 */
QByteArray textFrame(const QByteArray &utf8);

} // namespace stockroom::stream
