#include "types/money.h"

#include "types/digitgrouping.h"

#include <QDebug>
#include <QDebugStateSaver>
#include <QtNumeric>

namespace stockroom {

namespace {

constexpr int kFractionDigits = 2;
constexpr qint64 kMinorPerMajor = 100;
constexpr char16_t kRupeeSign = u'\u20B9';

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

int digitValue(QChar c)
{
    return c.unicode() - u'0';
}

// Strict decimal: [+-] digits [. digits], at least one digit, at most kFractionDigits
// significant fraction digits (further ones must be zeros), magnitude <= kMaxMinorUnits.
std::optional<qint64> parseMinorUnits(QStringView text)
{
    constexpr qint64 maxWhole = Money::kMaxMinorUnits / kMinorPerMajor;
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

    const qint64 value = whole * kMinorPerMajor + fraction;
    if (value > Money::kMaxMinorUnits)
        return std::nullopt;
    return negative ? -value : value;
}

bool isSign(QChar c)
{
    return c == u'-' || c == u'+';
}

// Each comma-separated group of the whole part: first 1-3 digits, later ones 2 (Indian) or
// 3 (Western), and the last exactly 3. Digits themselves are checked by parseMinorUnits.
bool hasValidGrouping(QStringView whole)
{
    if (!whole.contains(u','))
        return true;
    qsizetype start = 0;
    bool first = true;
    while (true) {
        const qsizetype comma = whole.indexOf(u',', start);
        const qsizetype length = (comma < 0 ? whole.size() : comma) - start;
        if (comma < 0)
            return length == 3;
        if (first ? (length < 1 || length > 3) : (length < 2 || length > 3))
            return false;
        first = false;
        start = comma + 1;
    }
}

// Digits of the magnitude, safe even for the most negative qint64.
quint64 magnitude(qint64 value)
{
    return value < 0 ? 0 - static_cast<quint64>(value) : static_cast<quint64>(value);
}

QString fractionText(quint64 magnitudeValue)
{
    return QString::number(magnitudeValue % kMinorPerMajor).rightJustified(kFractionDigits, u'0');
}

} // namespace

std::optional<Money> Money::parse(QStringView text)
{
    if (const auto minor = parseMinorUnits(text))
        return Money(*minor);
    return std::nullopt;
}

std::optional<Money> Money::parseHuman(QStringView text)
{
    QStringView rest = text.trimmed();
    QChar sign;
    if (!rest.isEmpty() && isSign(rest.front())) {
        sign = rest.front();
        rest = rest.mid(1);
    }

    bool hadCurrency = true;
    if (rest.startsWith(QChar(kRupeeSign)))
        rest = rest.mid(1);
    else if (rest.startsWith(u"rs", Qt::CaseInsensitive))
        rest = rest.mid(rest.startsWith(u"rs.", Qt::CaseInsensitive) ? 3 : 2);
    else
        hadCurrency = false;

    if (hadCurrency) {
        rest = rest.trimmed(); // "Rs. 500", "₹ 12"
        if (!rest.isEmpty() && isSign(rest.front())) {
            if (!sign.isNull())
                return std::nullopt;
            sign = rest.front();
            rest = rest.mid(1);
        }
    }

    const qsizetype point = rest.indexOf(u'.');
    const QStringView whole = point < 0 ? rest : rest.left(point);
    if (!hasValidGrouping(whole))
        return std::nullopt;

    QString plain;
    plain.reserve(rest.size() + 1);
    if (!sign.isNull())
        plain.append(sign);
    for (const QChar c : whole) {
        if (c != u',')
            plain.append(c);
    }
    if (point >= 0)
        plain.append(rest.mid(point));
    return parse(plain);
}

QString Money::toSqlString() const
{
    const quint64 abs = magnitude(m_minorUnits);
    QString text = isNegative() ? QStringLiteral("-") : QString();
    text += QString::number(abs / kMinorPerMajor);
    text += u'.';
    text += fractionText(abs);
    return text;
}

QString Money::toDisplayString() const
{
    const quint64 abs = magnitude(m_minorUnits);
    QString text;
    if (isNegative())
        text += u'-';
    text += QChar(kRupeeSign);
    text += groupIndianDigits(QString::number(abs / kMinorPerMajor));
    text += u'.';
    text += fractionText(abs);
    return text;
}

std::optional<Money> Money::checkedAdd(Money a, Money b)
{
    qint64 sum = 0;
    if (qAddOverflow(a.m_minorUnits, b.m_minorUnits, &sum))
        return std::nullopt;
    if (sum > kMaxMinorUnits || sum < -kMaxMinorUnits)
        return std::nullopt;
    return Money(sum);
}

QDebug operator<<(QDebug debug, Money money)
{
    const QDebugStateSaver saver(debug);
    debug.nospace().noquote() << "Money(" << money.toSqlString() << ')';
    return debug;
}

} // namespace stockroom
