#pragma once

#include <QList>
#include <QString>

class QIODevice;

namespace stockroom {

class ColumnMapping;

/**
 * One thing wrong with one row of an import: where (the file's physical line, and the canonical
 * column, empty for the row as a whole), what was there, and why it cannot be taken. A row with
 * any issue is a bad row.
 */
struct ImportIssue
{
    qint64 line = 0;
    QString column; // canonical column name ("mrp"); empty: the whole row
    QString value;
    QString reason;
    QString code; // stable: "bad_number", "duplicate_sku", … (README, "Catalog import")

    friend bool operator<(const ImportIssue &a, const ImportIssue &b) { return a.line < b.line; }
};

namespace importissues {
/**
 * Writes @p issues as an RFC 4180 error report with the columns line, column, value, reason; the
 * column named as the file names it (@p mapping). False when the device refused the bytes.
 */
bool writeReport(QIODevice *device, const QList<ImportIssue> &issues, const ColumnMapping &mapping);
/** The column as the file names it, with the canonical name beside it when that differs. */
[[nodiscard]] QString columnTitle(const QString &column, const ColumnMapping &mapping);
} // namespace importissues

} // namespace stockroom
