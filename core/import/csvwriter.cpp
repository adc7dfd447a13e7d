#include "import/csvwriter.h"

#include <QIODevice>

namespace stockroom {

CsvWriter::CsvWriter(QIODevice *device)
    : m_device(device)
{}

QString CsvWriter::field(QStringView text)
{
    const bool quote = !text.isEmpty() &&
                       (text.contains(u',') || text.contains(u'"') || text.contains(u'\n') ||
                        text.contains(u'\r') || text.front().isSpace() || text.back().isSpace());
    if (!quote)
        return text.toString();
    QString out;
    out.reserve(text.size() + 2);
    out += u'"';
    for (const QChar c : text) {
        if (c == u'"')
            out += u'"';
        out += c;
    }
    out += u'"';
    return out;
}

bool CsvWriter::writeRecord(const QStringList &fields)
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += u',';
        line += field(fields.at(i));
    }
    line += QLatin1String("\r\n");
    const QByteArray bytes = line.toUtf8();
    return m_device->write(bytes) == bytes.size();
}

} // namespace stockroom
