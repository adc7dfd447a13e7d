#include "access/areas.h"

namespace stockroom {

QStringList areasFor(RoleKind role)
{
    QStringList areas{QStringLiteral("catalog"), QStringLiteral("stock"),
                      QStringLiteral("reservations"), QStringLiteral("activity")};
    if (role == RoleKind::Admin || role == RoleKind::StoreManager)
        areas << QStringLiteral("sources");
    if (role == RoleKind::Admin)
        areas << QStringLiteral("staff");
    return areas;
}

} // namespace stockroom
