#pragma once

#include "types/quantity.h"

#include <QDate>
#include <QString>
#include <optional>

/** What people type into the Stock screen's forms, read the way the stock commands check it. */
namespace stockroom::stockinput {

/**
 * A quantity as typed, without a sign or digit grouping: the value, or nullopt with @p problem
 * saying why not (empty, not a number, more than four decimals, zero unless @p zeroAllowed,
 * too large for the ledger).
 */
[[nodiscard]] std::optional<Quantity> quantity(const QString &text, QString *problem,
                                               bool zeroAllowed = false);
/** A date as typed: YYYY-MM-DD, DD-MM-YYYY or DD/MM/YYYY; invalid when it is none of these. */
[[nodiscard]] QDate date(const QString &text);
/** "… is N characters long; at most M are kept." when @p text is longer than @p max. */
[[nodiscard]] QString tooLong(const QString &text, int max);

} // namespace stockroom::stockinput
