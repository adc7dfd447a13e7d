#include "access/areas.h"

namespace stockroom {

QStringList areasFor(RoleKind role)
{
    // Everyone has at least one location (a floor supervisor: their dark store's), so everyone
    // has a store view.
    QStringList areas{QStringLiteral("catalog"), QStringLiteral("store"), QStringLiteral("stock"),
                      QStringLiteral("reservations"), QStringLiteral("activity")};
    if (role == RoleKind::Admin || role == RoleKind::StoreManager)
        areas << QStringLiteral("sources");
    if (role == RoleKind::Admin)
        areas << QStringLiteral("staff");
    return areas;
}

} // namespace stockroom
