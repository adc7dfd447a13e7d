#pragma once

#include <QByteArray>
#include <QDate>
#include <QString>

#include <vector>

namespace stockroom {

/**
 * The demo's calendar. Every time is a count of seconds from midnight of the as-of day in
 * India Standard Time (UTC+05:30 all year, no daylight saving), printed with an explicit
 * offset, so the rows never depend on the wall clock or the session's time zone.
 */
class DemoTime
{
public:
    static constexpr qint64 kDay = 24 * 3600;
    static constexpr qint64 kHour = 3600;
    /** "Now" in the demo: 19:00 on the as-of day, just into the evening peak. */
    static constexpr qint64 kNow = 19 * kHour;

    explicit DemoTime(QDate asOf);

    [[nodiscard]] QDate asOf() const { return m_asOf; }
    /** The calendar day @p dayOffset days from the as-of day. */
    [[nodiscard]] QDate day(qint64 dayOffset) const { return m_asOf.addDays(dayOffset); }
    /** "2026-11-21" for @p dayOffset days from the as-of day. */
    [[nodiscard]] QString date(qint64 dayOffset) const;
    /** "261121": the day in order numbers and batch codes. */
    [[nodiscard]] QString compactDate(qint64 dayOffset) const;
    /** "2026-11-21 08:05:09+05:30" for @p seconds from the as-of day's midnight. */
    [[nodiscard]] QString timestamp(qint64 seconds) const;

    /** The day offset of a time (floor division, so -1 second is day -1). */
    [[nodiscard]] static qint64 dayOf(qint64 seconds);

private:
    [[nodiscard]] const char *dateText(qint64 dayOffset) const;

    QDate m_asOf;
    qint64 m_firstCached;
    std::vector<QByteArray> m_dates;
    mutable QByteArray m_scratch;
};

} // namespace stockroom
