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

} // namespace stockroom::stream
