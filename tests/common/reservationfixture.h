#pragma once

#include "db/connectioninfo.h"

#include <QString>

namespace stockroom::test {

class TestDatabase;

/**
 * Reservations on top of catalogfixture's Alpha, written as the superuser with each position's
 * reserved quantity equal to its active reservations, times relative to now():
 * - L1 (SKU-007 gets a position of 12 there): 120 active holds of 1 (SKU-000 … SKU-119,
 *   orders ORD-A0000 … ORD-A0119) expiring 10 … 129 minutes from now; 3 active ones past their time
 * (SKU-120 … SKU-122, ORD-A0120 …, expired 1, 2, 3 minutes ago); 40 committed (SKU-200 … SKU-239,
 * closed 1 … 40 minutes ago), 20 released (SKU-200 … SKU-219, closed 41 … 60 minutes ago) and 10
 * expired (SKU-240 … SKU-249, closed 61 … 70 minutes ago);
 * - L2 "Back room" of store S1: 20 on hand of SKU-000 … SKU-049, 10 active holds of 2
 *   (SKU-000 … SKU-009, ORD-B0000 …, expiring in 30½ minutes and a few seconds);
 * - Beta: one active hold (ORD-FOREIGN) that Alpha's staff must never see.
 */
namespace reservationfixture {
constexpr int ActiveL1 = 120;
constexpr int OverdueL1 = 3;
constexpr int ActiveL2 = 10;
constexpr int Committed = 40;
constexpr int Released = 20;
constexpr int Expired = 10;
constexpr int Active = ActiveL1 + OverdueL1 + ActiveL2;
constexpr int Closed = Committed + Released + Expired;

void load(const ConnectionInfo &info);
/** The id of Alpha's location @p code (L1, L2). */
[[nodiscard]] QString locationId(const ConnectionInfo &info, const QString &code);
/** The id of Alpha's variant @p sku. */
[[nodiscard]] QString variantId(const ConnectionInfo &info, const QString &sku);
} // namespace reservationfixture

} // namespace stockroom::test
