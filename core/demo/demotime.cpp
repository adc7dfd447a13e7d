#include "demo/demotime.h"

#include <cstring>

namespace stockroom {

namespace {
// Enough days either side of the as-of day for every date the seeder writes.
constexpr qint64 kCachedBefore = 1200;
constexpr qint64 kCachedAfter = 400;

QByteArray isoDate(QDate date)
{
    return date.toString(Qt::ISODate).toLatin1();
}

void putTwo(char *out, qint64 value)
{
    out[0] = static_cast<char>('0' + value / 10);
    out[1] = static_cast<char>('0' + value % 10);
}
} // namespace

DemoTime::DemoTime(QDate asOf)
    : m_asOf(asOf)
    , m_firstCached(-kCachedBefore)
{
    m_dates.reserve(static_cast<size_t>(kCachedBefore + kCachedAfter + 1));
    for (qint64 d = -kCachedBefore; d <= kCachedAfter; ++d)
        m_dates.push_back(isoDate(asOf.addDays(d)));
}

qint64 DemoTime::dayOf(qint64 seconds)
{
    return seconds >= 0 ? seconds / kDay : -((-seconds + kDay - 1) / kDay);
}

const char *DemoTime::dateText(qint64 dayOffset) const
{
    const qint64 index = dayOffset - m_firstCached;
    if (index >= 0 && index < static_cast<qint64>(m_dates.size()))
        return m_dates[static_cast<size_t>(index)].constData();
    m_scratch = isoDate(m_asOf.addDays(dayOffset));
    return m_scratch.constData();
}

QString DemoTime::date(qint64 dayOffset) const
{
    return QString::fromLatin1(dateText(dayOffset), 10);
}

QString DemoTime::compactDate(qint64 dayOffset) const
{
    const char *iso = dateText(dayOffset); // YYYY-MM-DD
    const char compact[6] = {iso[2], iso[3], iso[5], iso[6], iso[8], iso[9]};
    return QString::fromLatin1(compact, 6);
}

QString DemoTime::timestamp(qint64 seconds) const
{
    const qint64 day = dayOf(seconds);
    const qint64 inDay = seconds - day * kDay;
    char text[25];
    memcpy(text, dateText(day), 10);
    text[10] = ' ';
    putTwo(text + 11, inDay / kHour);
    text[13] = ':';
    putTwo(text + 14, inDay / 60 % 60);
    text[16] = ':';
    putTwo(text + 17, inDay % 60);
    memcpy(text + 19, "+05:30", 6);
    return QString::fromLatin1(text, 25);
}

} // namespace stockroom
