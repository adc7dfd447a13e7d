#pragma once

#include "types/money.h"
#include "types/quantity.h"

#include <QString>
#include <optional>

namespace stockroom::display {

/** "₹1,00,000.00", or an en dash when there is no price. */
[[nodiscard]] QString money(const std::optional<Money> &value);
/** "500 g", "1.5 kg", "6 pc". */
[[nodiscard]] QString pack(const Quantity &size, const QString &uom);
/** A percentage as stored ("18.00", "5.50") for people: "18%", "5.5%". */
[[nodiscard]] QString percent(const QString &stored);
/** A quantity with Indian digit grouping for the whole part: "1,25,000", "12.5". */
[[nodiscard]] QString quantity(const Quantity &value);
/** A whole number with Indian digit grouping: "1,25,000". */
[[nodiscard]] QString count(qint64 value);
/** A category path as people read it: "Dairy/Butter" gives "Dairy › Butter". */
[[nodiscard]] QString categoryPath(QString path);

} // namespace stockroom::display
