#pragma once

#include "types/money.h"

#include <QDateTime>
#include <QString>
#include <optional>

/**
 * What people type into the Prices screen's forms, read the way the price commands check it
 * (pricing.require_valid_price in migration 0022), so a field can turn red with the reason before
 * anything is sent. The database still decides.
 */
namespace stockroom::priceinput {

/**
 * An amount as typed ("45", "₹1,00,000.50"): the value, or nullopt with @p problem saying why not
 * (empty, not an amount, fractions of a paisa, negative, or zero when @p zeroAllowed is false).
 */
[[nodiscard]] std::optional<Money> amount(const QString &text, QString *problem,
                                          bool zeroAllowed = true);
/** A GST rate as typed ("5", "18", "12.5"): as text for ?::numeric, or empty with @p problem. */
[[nodiscard]] QString taxRate(const QString &text, QString *problem);
/**
 * An instant as typed, in local time: a date (YYYY-MM-DD, DD-MM-YYYY or DD/MM/YYYY, meaning its
 * midnight) with an optional HH:MM. Empty text is a valid "not given" (invalid QDateTime, no
 * problem); anything else unreadable sets @p problem.
 */
[[nodiscard]] QDateTime when(const QString &text, QString *problem);
/** Why @p price may not be sold under @p mrp ("Above the MRP ₹120.00 …"), or empty when it may. */
[[nodiscard]] QString aboveMrp(const Money &price, const std::optional<Money> &mrp);

} // namespace stockroom::priceinput
