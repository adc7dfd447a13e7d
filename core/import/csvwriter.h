#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

class QIODevice;

namespace stockroom {

/**
 * Writes RFC 4180 records: UTF-8, CRLF after each record, a field quoted (with its quotes
 * doubled) when it holds a comma, a quote, a line break, or space at either end. What it writes,
 * CsvReader reads back field for field.
 */
class CsvWriter
{
public:
    explicit CsvWriter(QIODevice *device);

    /** Writes one record; false when the device refused the bytes (disk full, closed). */
    bool writeRecord(const QStringList &fields);
    /** The field as it appears in a record. */
    [[nodiscard]] static QString field(QStringView text);

private:
    QIODevice *m_device;
};

} // namespace stockroom
