#include "access/areas.h"

namespace stockroom {

QStringList areasFor(RoleKind role)
{
    QStringList areas{QStringLiteral("catalog")};
    // Prices are set by admins and store managers only: a floor supervisor may not change one,
    // and sees the price in effect (and why) in the Catalog already.
    if (role != RoleKind::FloorSupervisor)
        areas << QStringLiteral("prices");
    areas << QStringLiteral("stock") << QStringLiteral("reservations")
          << QStringLiteral("activity");
    if (role == RoleKind::Admin)
        areas << QStringLiteral("staff");
    return areas;
}

} // namespace stockroom
