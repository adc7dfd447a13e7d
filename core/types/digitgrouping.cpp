#include "types/digitgrouping.h"

namespace stockroom {

QString groupIndianDigits(QStringView digits)
{
    QString text;
    const qsizetype count = digits.size();
    text.reserve(count + count / 2);
    // A comma follows a digit exactly when an odd number (three or more) of digits remain after it.
    for (qsizetype i = 0; i < count; ++i) {
        text += digits[i];
        const qsizetype remaining = count - 1 - i;
        if (remaining >= 3 && remaining % 2 == 1)
            text += u',';
    }
    return text;
}

} // namespace stockroom
