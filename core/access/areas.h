#pragma once

#include "access/identity.h"

#include <QStringList>

namespace stockroom {

/**
 * The areas of the desktop a role may use, in navigation order: "catalog", "store" and the stock
 * areas for everyone, "prices" and "sources" (source systems, external-id mappings and their
 * review queue) for admins and store managers, "staff" (managing staff accounts) for admins. The
 * database enforces the same rules; this only keeps the app from offering what would be refused.
 */
[[nodiscard]] QStringList areasFor(RoleKind role);

} // namespace stockroom
