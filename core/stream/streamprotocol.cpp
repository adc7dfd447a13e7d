#include "streamprotocol.h"

#include <array>

namespace stockroom::stream {

namespace {

struct Prefix
{
    Channel::Kind kind;
    QLatin1String text;
};

constexpr std::array<Prefix, 4> Prefixes{{
    {Channel::Kind::Product, QLatin1String("product:")},
    {Channel::Kind::Variant, QLatin1String("variant:")},
    {Channel::Kind::Location, QLatin1String("location:")},
    {Channel::Kind::DarkStore, QLatin1String("dark-store:")},
}};

const QUuid &idOf(const EventRoute &route, Channel::Kind kind)
{
    switch (kind) {
    case Channel::Kind::Product:
        return route.product;
    case Channel::Kind::Variant:
        return route.variant;
    case Channel::Kind::Location:
        return route.location;
    case Channel::Kind::DarkStore:
    case Channel::Kind::Global:
        break;
    }
    return route.darkStore;
}

} // namespace

std::optional<Channel> Channel::parse(const QString &text)
{
    if (text == QLatin1String("global"))
        return Channel{};
    for (const Prefix &prefix : Prefixes) {
        if (!text.startsWith(prefix.text))
            continue;
        const QStringView id = QStringView(text).mid(prefix.text.size());
        // Only the canonical 36-character form: one channel, one spelling.
        const QUuid uuid = QUuid::fromString(id);
        if (id.size() != 36 || uuid.isNull() || uuid.toString(QUuid::WithoutBraces) != id)
            return std::nullopt;
        return Channel{prefix.kind, uuid};
    }
    return std::nullopt;
}

QString Channel::toString() const
{
    for (const Prefix &prefix : Prefixes)
        if (prefix.kind == kind)
            return prefix.text + id.toString(QUuid::WithoutBraces);
    return QStringLiteral("global");
}

bool Channel::concerns(const EventRoute &route) const
{
    return kind == Kind::Global || (!id.isNull() && idOf(route, kind) == id);
}

QStringList channelsOf(const EventRoute &route)
{
    QStringList channels{QStringLiteral("global")};
    for (const Prefix &prefix : Prefixes) {
        const QUuid &id = idOf(route, prefix.kind);
        if (!id.isNull())
            channels << prefix.text + id.toString(QUuid::WithoutBraces);
    }
    return channels;
}

QByteArray textFrame(const QByteArray &utf8)
{
    const quint64 length = quint64(utf8.size());
    QByteArray frame;
    frame.reserve(utf8.size() + 10);
    frame.append(char(0x81)); // FIN, text
    if (length <= 125) {
        frame.append(char(length));
    } else if (length <= 0xFFFF) {
        frame.append(char(126));
        frame.append(char(length >> 8));
        frame.append(char(length & 0xFF));
    } else {
        frame.append(char(127));
        for (int shift = 56; shift >= 0; shift -= 8)
            frame.append(char((length >> shift) & 0xFF));
    }
    frame.append(utf8);
    return frame;
}

} // namespace stockroom::stream
