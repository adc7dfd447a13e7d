#pragma once

#include <QMetaType>
#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <optional>

class QDebug;

namespace stockroom {

/**
 * An exact amount of rupees, held as a signed count of paise.
 *
 * Binary floating point cannot hold 0.10 exactly, so amounts never pass through double: they
 * are parsed from and printed to decimal text directly. The valid range is that of the
 * PostgreSQL column type NUMERIC(12,2), i.e. at most 9,999,999,999.99 either side of zero.
 */
class Money
{
public:
    /** Largest magnitude NUMERIC(12,2) can store, in paise (9,999,999,999.99). */
    static constexpr qint64 kMaxMinorUnits = 999'999'999'999;

    /** Zero, so that Money can live in QVariant and containers. */
    constexpr Money() noexcept = default;

    /**
     * Wraps a count of paise as is. Not range-checked: amounts read from a NUMERIC(12,2)
     * column or produced by checkedAdd() are always in range.
     */
    [[nodiscard]] static constexpr Money fromMinorUnits(qint64 minorUnits) noexcept
    {
        return Money(minorUnits);
    }

    [[nodiscard]] constexpr qint64 minorUnits() const noexcept { return m_minorUnits; }

    /**
     * Parses a plain decimal as PostgreSQL prints NUMERIC(12,2): optional sign, digits and at
     * most two fraction digits ("12", "-0.05", ".5", "12."). Extra fraction digits are
     * accepted only if they are zeros, since rounding money silently would hide a bug.
     * Rejects grouping, whitespace, exponents, NaN and values outside NUMERIC(12,2).
     */
    [[nodiscard]] static std::optional<Money> parse(QStringView text);

    /**
     * Parses what a person types: like parse(), but also trims whitespace, accepts a leading
     * "₹", "Rs." or "Rs" (the sign may come before or after it) and comma digit grouping,
     * Indian ("1,00,000.50") or Western ("100,000.50"). The group before the decimal point
     * must have three digits, so a decimal comma such as "12,50" is rejected rather than
     * read as 1250.
     */
    [[nodiscard]] static std::optional<Money> parseHuman(QStringView text);

    /** "-1234.50": always two decimals, no grouping, for binding as ?::numeric. */
    [[nodiscard]] QString toSqlString() const;

    /** "₹12,34,567.89", "-₹1,234.50": Indian digit grouping, for people. */
    [[nodiscard]] QString toDisplayString() const;

    /** The sum, or nullopt if it falls outside NUMERIC(12,2) and so could not be stored. */
    [[nodiscard]] static std::optional<Money> checkedAdd(Money a, Money b);

    [[nodiscard]] constexpr bool isZero() const noexcept { return m_minorUnits == 0; }
    [[nodiscard]] constexpr bool isNegative() const noexcept { return m_minorUnits < 0; }

    /** Unchecked: use checkedAdd() for totals that must fit the column. */
    [[nodiscard]] friend constexpr Money operator+(Money a, Money b) noexcept
    {
        return Money(a.m_minorUnits + b.m_minorUnits);
    }
    [[nodiscard]] friend constexpr Money operator-(Money a, Money b) noexcept
    {
        return Money(a.m_minorUnits - b.m_minorUnits);
    }
    [[nodiscard]] friend constexpr Money operator-(Money a) noexcept
    {
        return Money(-a.m_minorUnits);
    }
    constexpr Money &operator+=(Money other) noexcept
    {
        m_minorUnits += other.m_minorUnits;
        return *this;
    }
    constexpr Money &operator-=(Money other) noexcept
    {
        m_minorUnits -= other.m_minorUnits;
        return *this;
    }

    [[nodiscard]] friend constexpr bool operator==(Money a, Money b) noexcept
    {
        return a.m_minorUnits == b.m_minorUnits;
    }
    [[nodiscard]] friend constexpr bool operator!=(Money a, Money b) noexcept
    {
        return a.m_minorUnits != b.m_minorUnits;
    }
    [[nodiscard]] friend constexpr bool operator<(Money a, Money b) noexcept
    {
        return a.m_minorUnits < b.m_minorUnits;
    }
    [[nodiscard]] friend constexpr bool operator<=(Money a, Money b) noexcept
    {
        return a.m_minorUnits <= b.m_minorUnits;
    }
    [[nodiscard]] friend constexpr bool operator>(Money a, Money b) noexcept
    {
        return a.m_minorUnits > b.m_minorUnits;
    }
    [[nodiscard]] friend constexpr bool operator>=(Money a, Money b) noexcept
    {
        return a.m_minorUnits >= b.m_minorUnits;
    }

private:
    constexpr explicit Money(qint64 minorUnits) noexcept
        : m_minorUnits(minorUnits)
    {}

    qint64 m_minorUnits = 0;
};

/** Prints Money(-1234.50), so test failures and logs show the exact amount. */
QDebug operator<<(QDebug debug, Money money);

} // namespace stockroom

Q_DECLARE_METATYPE(stockroom::Money)
