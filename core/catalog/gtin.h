#pragma once

#include <QString>
#include <QStringView>

namespace stockroom {

/**
 * A retail barcode as the catalog accepts it: EAN-8, UPC-A (12 digits) or EAN-13, with its check
 * digit (weights 3, 1, 3, … from the right, as GS1 defines). The database enforces the same rule
 * (gtin_is_valid in 0003_catalog.sql); this one lets a form or an import say what is wrong, and
 * what the check digit should be, before anything is sent.
 */
struct Gtin
{
    enum class Kind { Ean8, UpcA, Ean13 };
    enum class Problem { None, Empty, NotDigits, WrongLength, WrongCheckDigit };

    QString code;            // trimmed as given
    Kind kind = Kind::Ean13; // by length, when the length is one of the three
    Problem problem = Problem::None;
    int expectedCheckDigit = -1; // for WrongCheckDigit

    [[nodiscard]] bool isValid() const { return problem == Problem::None; }
    /** The database's barcode_type: "EAN8", "UPCA" or "EAN13". */
    [[nodiscard]] QString typeName() const;
    /** What is wrong, for a person: "4006381333932: the check digit should be 1, not 2". */
    [[nodiscard]] QString message() const;

    [[nodiscard]] static Gtin check(QStringView text);
    /** The GS1 check digit of the digits before it (the whole code minus its last digit). */
    [[nodiscard]] static int checkDigitOf(QStringView body);
};

} // namespace stockroom
