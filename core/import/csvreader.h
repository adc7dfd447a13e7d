#pragma once

#include <QByteArray>
#include <QString>
#include <QStringDecoder>
#include <QStringList>

class QIODevice;

namespace stockroom {

/**
 * Reads RFC 4180 comma-separated records from a device, one record at a time, without holding the
 * file: quoted fields with doubled quotes, commas and line breaks inside them; CRLF, LF (or a lone
 * CR) between records; UTF-8 with or without a byte-order mark. Each record carries the physical
 * line it starts on, so a person can find it in an editor. A malformed record is still returned,
 * with what is wrong in problem(), and reading goes on with the next one.
 */
class CsvReader
{
public:
    struct Record
    {
        QStringList fields;
        qint64 line = 0; // physical line (1-based) the record starts on
        QString problem; // empty when the record is well formed
    };

    /** Reads from @p device (opened for reading), @p chunkSize bytes at a time. */
    explicit CsvReader(QIODevice *device, qint64 chunkSize = 1 << 20);

    /**
     * The next record, skipping blank lines; false at the end of the input. A quoted field left
     * open at the end of the input ends the last record, with a problem naming its line.
     */
    bool next(Record &record);
    /** Bytes consumed so far, for progress. */
    [[nodiscard]] qint64 bytesRead() const { return m_consumed; }

private:
    bool fill();
    void endField(Record &record);

    QIODevice *m_device;
    qint64 m_chunkSize;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_consumed = 0;
    qint64 m_line = 1;
    bool m_atStart = true;
    bool m_eof = false;
    QByteArray m_field;
    bool m_fieldHasUtf8 = false;
    QStringDecoder m_decoder{QStringDecoder::Utf8};
    bool m_badUtf8 = false;
};

} // namespace stockroom
