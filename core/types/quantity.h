#pragma once

#include <QMetaType>
#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <optional>

class QDebug;

namespace stockroom {

/**
 * An exact stock quantity (pieces, kilograms, litres), held as a signed count of
 * ten-thousandths.
 *
 * Loose goods are weighed to the gram and sums of such weights must reconcile exactly, so
 * quantities never pass through double. The valid range is that of the PostgreSQL column
 * type NUMERIC(18,4), i.e. at most 99999999999999.9999 either side of zero.
 */
class Quantity
{
public:
    /** Ten-thousandths per whole unit (the column's scale of 4). */
    static constexpr qint64 kScale = 10'000;
    /** Largest magnitude NUMERIC(18,4) can store, in ten-thousandths. */
    static constexpr qint64 kMaxScaled = 999'999'999'999'999'999;

    /** Zero, so that Quantity can live in QVariant and containers. */
    constexpr Quantity() noexcept = default;

    /**
     * Wraps a count of ten-thousandths as is. Not range-checked: quantities read from a
     * NUMERIC(18,4) column or produced by checkedAdd() are always in range.
     */
    [[nodiscard]] static constexpr Quantity fromScaled(qint64 scaled) noexcept
    {
        return Quantity(scaled);
    }

    /** A whole number of units; \a whole must be within the column's range. */
    [[nodiscard]] static constexpr Quantity fromInteger(qint64 whole) noexcept
    {
        Q_ASSERT(whole <= kMaxScaled / kScale && whole >= -(kMaxScaled / kScale));
        return Quantity(whole * kScale);
    }

    [[nodiscard]] constexpr qint64 scaled() const noexcept { return m_scaled; }

    /**
     * Parses a plain decimal as PostgreSQL prints NUMERIC(18,4): optional sign, digits and at
     * most four fraction digits ("12", "-3.25", ".125", "12."). Extra fraction digits are
     * accepted only if they are zeros, so nothing is rounded silently. Rejects grouping,
     * whitespace, exponents, NaN and values outside NUMERIC(18,4).
     */
    [[nodiscard]] static std::optional<Quantity> parse(QStringView text);

    /** "-3.2500": always four decimals, no grouping, for binding as ?::numeric. */
    [[nodiscard]] QString toSqlString() const;

    /** "12", "12.5", "0.125", "-3": no trailing zeros and no grouping, for people. */
    [[nodiscard]] QString toDisplayString() const;

    /** The sum, or nullopt if it falls outside NUMERIC(18,4) and so could not be stored. */
    [[nodiscard]] static std::optional<Quantity> checkedAdd(Quantity a, Quantity b);

    [[nodiscard]] constexpr bool isZero() const noexcept { return m_scaled == 0; }
    [[nodiscard]] constexpr bool isNegative() const noexcept { return m_scaled < 0; }
    /** True for 12 and 12.0000, false for 12.5: decides whether a piece count makes sense. */
    [[nodiscard]] constexpr bool isWhole() const noexcept { return m_scaled % kScale == 0; }

    /** Unchecked: use checkedAdd() for totals that must fit the column. */
    [[nodiscard]] friend constexpr Quantity operator+(Quantity a, Quantity b) noexcept
    {
        return Quantity(a.m_scaled + b.m_scaled);
    }
    [[nodiscard]] friend constexpr Quantity operator-(Quantity a, Quantity b) noexcept
    {
        return Quantity(a.m_scaled - b.m_scaled);
    }
    [[nodiscard]] friend constexpr Quantity operator-(Quantity a) noexcept
    {
        return Quantity(-a.m_scaled);
    }
    constexpr Quantity &operator+=(Quantity other) noexcept
    {
        m_scaled += other.m_scaled;
        return *this;
    }
    constexpr Quantity &operator-=(Quantity other) noexcept
    {
        m_scaled -= other.m_scaled;
        return *this;
    }

    [[nodiscard]] friend constexpr bool operator==(Quantity a, Quantity b) noexcept
    {
        return a.m_scaled == b.m_scaled;
    }
    [[nodiscard]] friend constexpr bool operator!=(Quantity a, Quantity b) noexcept
    {
        return a.m_scaled != b.m_scaled;
    }
    [[nodiscard]] friend constexpr bool operator<(Quantity a, Quantity b) noexcept
    {
        return a.m_scaled < b.m_scaled;
    }
    [[nodiscard]] friend constexpr bool operator<=(Quantity a, Quantity b) noexcept
    {
        return a.m_scaled <= b.m_scaled;
    }
    [[nodiscard]] friend constexpr bool operator>(Quantity a, Quantity b) noexcept
    {
        return a.m_scaled > b.m_scaled;
    }
    [[nodiscard]] friend constexpr bool operator>=(Quantity a, Quantity b) noexcept
    {
        return a.m_scaled >= b.m_scaled;
    }

private:
    constexpr explicit Quantity(qint64 scaled) noexcept
        : m_scaled(scaled)
    {}

    qint64 m_scaled = 0;
};

/** Prints Quantity(-3.25), so test failures and logs show the exact amount. */
QDebug operator<<(QDebug debug, Quantity quantity);

} // namespace stockroom

Q_DECLARE_METATYPE(stockroom::Quantity)
