#pragma once

#include "db/connectioninfo.h"

#include <QString>

namespace stockroom::test {

class TestDatabase;

/**
 * The catalog fixture (tenant Alpha, "Item 000 500 g" … at location L1, 12 on hand each but
 * SKU-007) given stock states for the Stock screen, as the superuser:
 *  - SKU-010, SKU-011, SKU-012 out (0 on hand);
 *  - SKU-020 … SKU-024 low (reorder point 20);
 *  - SKU-030 with batch EXP-030 (5, alert date yesterday: expiring) and OK-030 (4, far off);
 *  - dark store DS1 on location DS1-L, with SKU-040 … SKU-044 at 3 each there;
 *  - every position's on hand matched by an opening-balance movement, so the ledger holds.
 */
namespace stockscreenfixture {
void load(const ConnectionInfo &info);
/** The id of location @p code of Alpha. */
[[nodiscard]] QString locationId(const ConnectionInfo &info, const QString &code);
/** The variant id of item @p n ("30000000-…-00000000000n"). */
[[nodiscard]] QString variantId(int n);
/** A store manager of Alpha's store S1 (locations L1 and DS1-L); @p login receives the name. */
[[nodiscard]] ConnectionInfo manager(const TestDatabase &db, QString *login = nullptr);
} // namespace stockscreenfixture

} // namespace stockroom::test
