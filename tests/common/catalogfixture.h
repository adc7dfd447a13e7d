#pragma once

#include "db/connectioninfo.h"

#include <QString>

namespace stockroom::test {

class TestDatabase;

/**
 * A small, exactly known catalog for browser tests: tenant "Alpha" with 250 variants
 * ("Item 000 500 g" … "Item 249 500 g", SKU-000 …, one valid EAN-13 each, ₹99.50 of ₹120.00 MRP,
 * 12 in stock at one location except SKU-007), a category tree Dairy (000–099) › Butter
 * (100–149) and Snacks (150–249); and tenant "Beta" with one look-alike item that must never show.
 */
namespace catalogfixture {
inline const QString TenantA = QStringLiteral("00000000-0000-4000-8000-00000000000a");
inline const QString TenantB = QStringLiteral("00000000-0000-4000-8000-00000000000b");
constexpr int Variants = 250;
/** The EAN-13 of item @p n (prefix 890, valid check digit). */
[[nodiscard]] QString ean13(int n);
void load(const ConnectionInfo &info);
/**
 * Gives Alpha a dark store "DS1" (Kothrud hub) on a new location "DS1-L" of store S1, as the
 * superuser; returns the dark store's id.
 */
QString addDarkStore(const ConnectionInfo &info);
/** A store manager of Alpha's store S1 — how the browser reads the catalog (row-level security). */
[[nodiscard]] ConnectionInfo managerOfAlpha(const TestDatabase &db);
} // namespace catalogfixture

} // namespace stockroom::test
