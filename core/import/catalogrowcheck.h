#pragma once

#include "db/pgconnection.h"
#include "import/catalogcolumns.h"
#include "import/csvreader.h"
#include "import/importissue.h"

#include <QHash>
#include <QList>

namespace stockroom {

/**
 * The checks a row of a catalog file gets before it reaches the database: the shape of the row,
 * required fields, numbers, SKU format, barcode check digits, selling price against MRP, and
 * repeats within the file (SKU, barcode, external id — each line of a repeat names the other).
 * It turns the row into the staging table's columns (see stagingColumns()), values normalized;
 * NULL for an empty cell (the merge keeps the item's value, or gives a new item the default) and
 * for an unusable value (whose issue makes the row bad). It appends every issue it finds. Checks
 * that need the database (a barcode of another item, an unknown unit) are the merge's.
 */
class CatalogRowCheck
{
public:
    explicit CatalogRowCheck(const ColumnMapping &mapping);

    /** The staging table's columns, in the order check() returns values. */
    [[nodiscard]] static QStringList stagingColumns();
    /** Checks one data record; appends what is wrong to @p issues. */
    QList<SqlParam> check(const CsvReader::Record &record, QList<ImportIssue> *issues);

private:
    struct Seen
    {
        qint64 firstLine = 0;
        bool reported = false; // the first line has been told about a repeat
    };
    /** Notes @p key on @p line; reports a repeat on both lines. */
    void repeat(QHash<QString, Seen> &seen, const QString &key, qint64 line, const QString &column,
                const QString &code, const QString &what, QList<ImportIssue> *issues);

    ColumnMapping m_mapping;
    QHash<QString, Seen> m_skus;
    QHash<QString, Seen> m_barcodes;
    QHash<QString, Seen> m_externalIds;
};

} // namespace stockroom
