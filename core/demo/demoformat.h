#pragma once

#include <QString>
#include <QtGlobal>

namespace stockroom {

/** Text the demo writes that follows an outside rule: GS1 barcodes, GSTINs, JSON, slugs. */
class DemoFormat
{
public:
    /** A valid EAN-13: the twelve digits of @p body (zero-padded) plus the GS1 check digit. */
    [[nodiscard]] static QString ean13(quint64 body);
    /** A valid EAN-8: the seven digits of @p body plus the GS1 check digit. */
    [[nodiscard]] static QString ean8(quint64 body);
    /** A GSTIN with a valid mod-36 check character: state code, PAN, entity number, 'Z'. */
    [[nodiscard]] static QString gstin(const QString &stateCode, const QString &pan);
    /** @p text as a quoted JSON string. */
    [[nodiscard]] static QString jsonString(const QString &text);
    /** "Annapurna Fresh" → "annapurna-fresh": lower case letters and digits joined by '-'. */
    [[nodiscard]] static QString slug(const QString &name);
    /** "Annapurna Fresh" → "AF": initials for reference numbers (up to three letters). */
    [[nodiscard]] static QString initials(const QString &name);
};

} // namespace stockroom
