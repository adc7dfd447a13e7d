#include "types/quantity.h"

#include <QDebug>
#include <QDebugStateSaver>
#include <QtNumeric>

namespace stockroom {

namespace {

constexpr int kFractionDigits = 4;

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

int digitValue(QChar c)
{
    return c.unicode() - u'0';
}

// Strict decimal: [+-] digits [. digits], at least one digit, at most kFractionDigits
// significant fraction digits (further ones must be zeros), magnitude <= kMaxScaled.
std::optional<qint64> parseScaled(QStringView text)
{
    constexpr qint64 maxWhole = Quantity::kMaxScaled / Quantity::kScale;
    qsizetype i = 0;
    const qsizetype size = text.size();
    bool negative = false;
    if (i < size && (text[i] == u'-' || text[i] == u'+')) {
        negative = text[i] == u'-';
        ++i;
    }

    qint64 whole = 0;
    int digitCount = 0;
    for (; i < size && isAsciiDigit(text[i]); ++i, ++digitCount) {
        whole = whole * 10 + digitValue(text[i]);
        if (whole > maxWhole)
            return std::nullopt; // stops long before qint64 could overflow
    }

    qint64 fraction = 0;
    int fractionDigits = 0;
    if (i < size && text[i] == u'.') {
        for (++i; i < size && isAsciiDigit(text[i]); ++i, ++digitCount) {
            if (fractionDigits < kFractionDigits) {
                fraction = fraction * 10 + digitValue(text[i]);
                ++fractionDigits;
            } else if (text[i] != u'0') {
                return std::nullopt; // would need rounding
            }
        }
    }
    if (i != size || digitCount == 0)
        return std::nullopt;
    for (; fractionDigits < kFractionDigits; ++fractionDigits)
        fraction *= 10;

    const qint64 value = whole * Quantity::kScale + fraction;
    if (value > Quantity::kMaxScaled)
        return std::nullopt;
    return negative ? -value : value;
}

// Digits of the magnitude, safe even for the most negative qint64.
quint64 magnitude(qint64 value)
{
    return value < 0 ? 0 - static_cast<quint64>(value) : static_cast<quint64>(value);
}

constexpr quint64 kUnsignedScale = static_cast<quint64>(Quantity::kScale);

} // namespace

std::optional<Quantity> Quantity::parse(QStringView text)
{
    if (const auto value = parseScaled(text))
        return Quantity(*value);
    return std::nullopt;
}

QString Quantity::toSqlString() const
{
    const quint64 abs = magnitude(m_scaled);
    QString text = isNegative() ? QStringLiteral("-") : QString();
    text += QString::number(abs / kUnsignedScale);
    text += u'.';
    text += QString::number(abs % kUnsignedScale).rightJustified(kFractionDigits, u'0');
    return text;
}

QString Quantity::toDisplayString() const
{
    const quint64 abs = magnitude(m_scaled);
    QString text = isNegative() ? QStringLiteral("-") : QString();
    text += QString::number(abs / kUnsignedScale);
    if (const quint64 fraction = abs % kUnsignedScale; fraction != 0) {
        QString digits = QString::number(fraction).rightJustified(kFractionDigits, u'0');
        while (digits.endsWith(u'0'))
            digits.chop(1);
        text += u'.';
        text += digits;
    }
    return text;
}

std::optional<Quantity> Quantity::checkedAdd(Quantity a, Quantity b)
{
    qint64 sum = 0;
    if (qAddOverflow(a.m_scaled, b.m_scaled, &sum))
        return std::nullopt;
    if (sum > kMaxScaled || sum < -kMaxScaled)
        return std::nullopt;
    return Quantity(sum);
}

QDebug operator<<(QDebug debug, Quantity quantity)
{
    const QDebugStateSaver saver(debug);
    debug.nospace().noquote() << "Quantity(" << quantity.toDisplayString() << ')';
    return debug;
}

} // namespace stockroom
