#pragma once

#include <QList>
#include <algorithm>

namespace stockroom::bench {

/** The @p p quantile (0..1) of @p values, nearest rank; 0 for none. */
inline double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index = static_cast<qsizetype>(p * double(values.size() - 1) + 0.5);
    return values.at(std::min(index, values.size() - 1));
}

} // namespace stockroom::bench
