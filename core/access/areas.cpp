#include "access/areas.h"

namespace stockroom {

QStringList areasFor(RoleKind role)
{
    // Everyone has at least one location (a floor supervisor: their dark store's), so everyone
    // has a store view. Prices are set by admins and store managers only: a floor supervisor may
    // not change one, and sees the price in effect (and why) in the Catalog already.
    QStringList areas{QStringLiteral("catalog")};
    if (role != RoleKind::FloorSupervisor)
        areas << QStringLiteral("prices");
    areas << QStringLiteral("store") << QStringLiteral("stock") << QStringLiteral("reservations")
          << QStringLiteral("activity");
    if (role == RoleKind::Admin || role == RoleKind::StoreManager)
        areas << QStringLiteral("sources");
    if (role == RoleKind::Admin)
        areas << QStringLiteral("staff");
    return areas;
}

} // namespace stockroom
