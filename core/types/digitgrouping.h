#pragma once

#include <QString>
#include <QStringView>

namespace stockroom {

/**
 * Indian digit grouping of a run of digits: the last three, then pairs ("1234567" gives
 * "12,34,567"). Money and quantity display both use it, so they group alike.
 */
[[nodiscard]] QString groupIndianDigits(QStringView digits);

} // namespace stockroom
