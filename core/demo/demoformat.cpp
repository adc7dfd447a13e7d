#include "demo/demoformat.h"

namespace stockroom {

namespace {
// GS1 check digit: weights 3, 1, 3, … from the rightmost data digit.
QString withCheckDigit(quint64 body, int digits)
{
    QString text = QString::number(body).rightJustified(digits, u'0');
    int sum = 0;
    for (int i = 0; i < digits; ++i) {
        const int digit = text.at(digits - 1 - i).digitValue();
        sum += digit * (i % 2 == 0 ? 3 : 1);
    }
    text += QChar(u'0' + (10 - sum % 10) % 10);
    return text;
}
} // namespace

QString DemoFormat::ean13(quint64 body)
{
    return withCheckDigit(body % 1'000'000'000'000ULL, 12);
}

QString DemoFormat::ean8(quint64 body)
{
    return withCheckDigit(body % 10'000'000ULL, 7);
}

QString DemoFormat::gstin(const QString &stateCode, const QString &pan)
{
    static const QString alphabet = QStringLiteral("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ");
    const QString body = stateCode + pan + QStringLiteral("1Z");
    int sum = 0;
    for (int i = 0; i < body.size(); ++i) {
        const int product = static_cast<int>(alphabet.indexOf(body.at(i))) * (i % 2 == 0 ? 1 : 2);
        sum += product / 36 + product % 36;
    }
    return body + alphabet.at((36 - sum % 36) % 36);
}

QString DemoFormat::jsonString(const QString &text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += u'"';
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'"':
            out += QLatin1String("\\\"");
            break;
        case u'\\':
            out += QLatin1String("\\\\");
            break;
        case u'\n':
            out += QLatin1String("\\n");
            break;
        case u'\r':
            out += QLatin1String("\\r");
            break;
        case u'\t':
            out += QLatin1String("\\t");
            break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += u'"';
    return out;
}

QString DemoFormat::slug(const QString &name)
{
    QString out;
    for (const QChar c : name.toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            out += c;
        else if (!out.isEmpty() && !out.endsWith(u'-'))
            out += u'-';
    }
    while (out.endsWith(u'-'))
        out.chop(1);
    out.truncate(50);
    while (out.endsWith(u'-'))
        out.chop(1);
    return out;
}

QString DemoFormat::initials(const QString &name)
{
    QString out;
    bool atWordStart = true;
    for (const QChar c : name.toUpper()) {
        const bool letter = c >= u'A' && c <= u'Z';
        const bool digit = c >= u'0' && c <= u'9';
        if ((letter || digit) && atWordStart && out.size() < 3)
            out += c;
        atWordStart = !(letter || digit);
    }
    return out.isEmpty() ? QStringLiteral("SR") : out;
}

} // namespace stockroom
