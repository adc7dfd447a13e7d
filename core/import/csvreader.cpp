#include "import/csvreader.h"

#include <QCoreApplication>
#include <QIODevice>

namespace stockroom {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CsvReader", text);
}

} // namespace

CsvReader::CsvReader(QIODevice *device, qint64 chunkSize)
    : m_device(device)
    , m_chunkSize(qMax<qint64>(chunkSize, 1))
{}

bool CsvReader::fill()
{
    if (m_pos < m_buffer.size())
        return true;
    if (m_eof)
        return false;
    // The first read takes at least the three bytes of a byte-order mark.
    m_buffer = m_device->read(m_atStart ? qMax<qint64>(m_chunkSize, 3) : m_chunkSize);
    m_pos = 0;
    if (m_buffer.isEmpty()) {
        m_eof = true;
        return false;
    }
    if (m_atStart) {
        m_atStart = false;
        if (m_buffer.startsWith("\xEF\xBB\xBF")) {
            m_pos = 3;
            m_consumed = 3;
            return fill();
        }
    }
    return true;
}

void CsvReader::endField(Record &record)
{
    if (!m_fieldHasUtf8) {
        record.fields.append(QString::fromLatin1(m_field));
    } else {
        QString text = m_decoder.decode(m_field);
        if (m_decoder.hasError()) {
            m_badUtf8 = true;
            m_decoder.resetState();
        }
        record.fields.append(text);
    }
    m_field.clear();
    m_fieldHasUtf8 = false;
}

bool CsvReader::next(Record &record)
{
    record.fields.clear();
    record.problem.clear();
    m_badUtf8 = false;

    // A byte, or -1 at the end of the input.
    const auto take = [this]() -> int {
        if (!fill())
            return -1;
        ++m_consumed;
        return static_cast<unsigned char>(m_buffer.at(m_pos++));
    };
    const auto peekIs = [this](char c) {
        return fill() && m_buffer.at(m_pos) == c;
    };
    const auto note = [&record](const QString &problem) {
        if (record.problem.isEmpty())
            record.problem = problem;
    };
    const auto append = [this](int byte) {
        m_field.append(static_cast<char>(byte));
        if (byte >= 0x80)
            m_fieldHasUtf8 = true;
    };

    // Blank lines between records are skipped (they still count as lines).
    for (;;) {
        if (peekIs('\n')) {
            take();
            ++m_line;
        } else if (peekIs('\r')) {
            take();
            if (peekIs('\n'))
                take();
            ++m_line;
        } else {
            break;
        }
    }
    if (!fill())
        return false;

    record.line = m_line;
    enum class State { FieldStart, Unquoted, Quoted, AfterQuote };
    State state = State::FieldStart;
    for (;;) {
        const int c = take();
        if (c < 0) {
            if (state == State::Quoted)
                note(tr("A quoted field that starts on line %1 is never closed: a \" is missing.")
                         .arg(record.line));
            endField(record);
            break;
        }
        if (state == State::Quoted) {
            if (c == '"') {
                state = State::AfterQuote;
            } else {
                append(c);
                if (c == '\r') {
                    if (peekIs('\n'))
                        append(take());
                    ++m_line;
                } else if (c == '\n') {
                    ++m_line;
                }
            }
            continue;
        }
        if (state == State::AfterQuote && c == '"') {
            append(c); // a doubled quote inside a quoted field
            state = State::Quoted;
            continue;
        }
        if (c == ',') {
            endField(record);
            state = State::FieldStart;
            continue;
        }
        if (c == '\r' || c == '\n') {
            if (c == '\r' && peekIs('\n'))
                take();
            ++m_line;
            endField(record);
            break;
        }
        switch (state) {
        case State::FieldStart:
            if (c == '"') {
                state = State::Quoted;
                continue;
            }
            state = State::Unquoted;
            break;
        case State::Unquoted:
            if (c == '"')
                note(tr("A \" inside a field that is not quoted: put the whole field in quotes "
                        "and double the \" inside it."));
            break;
        case State::AfterQuote:
            note(tr("Text after a closing quote: a quoted field must end at a comma or the end "
                    "of the line (double a \" that belongs to the text)."));
            state = State::Unquoted;
            break;
        case State::Quoted:
            break;
        }
        append(c);
    }
    if (m_badUtf8)
        note(tr("The line is not valid UTF-8 text: save the file as UTF-8 (CSV UTF-8)."));
    return true;
}

} // namespace stockroom
