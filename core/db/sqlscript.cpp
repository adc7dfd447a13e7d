#include "db/sqlscript.h"

namespace stockroom {

namespace {

bool isTagChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

// At a '$' that opens a dollar quote, returns the whole delimiter ("$$" or "$tag$"), else empty.
QString dollarTag(const QString &s, qsizetype at)
{
    qsizetype end = at + 1;
    while (end < s.size() && isTagChar(s[end]))
        ++end;
    if (end < s.size() && s[end] == QLatin1Char('$') && !(end > at + 1 && s[at + 1].isDigit()))
        return s.mid(at, end - at + 1);
    return {};
}

} // namespace

QList<SqlStatement> splitSqlScript(const QString &script)
{
    QList<SqlStatement> statements;
    qsizetype start = 0;
    int line = 1;
    int startLine = 1;
    bool seenCode = false;
    auto flush = [&](qsizetype end) {
        const QString text = script.mid(start, end - start).trimmed();
        if (seenCode && !text.isEmpty())
            statements.append({text, startLine});
        seenCode = false;
    };

    qsizetype i = 0;
    const qsizetype n = script.size();
    while (i < n) {
        const QChar c = script[i];
        if (c == QLatin1Char('\n')) {
            ++line;
            ++i;
            continue;
        }
        if (c.isSpace()) {
            ++i;
            continue;
        }
        if (!seenCode && c != QLatin1Char(';')) {
            // A statement starts at its first character that is not a comment.
            const bool comment =
                (c == QLatin1Char('-') && i + 1 < n && script[i + 1] == QLatin1Char('-')) ||
                (c == QLatin1Char('/') && i + 1 < n && script[i + 1] == QLatin1Char('*'));
            if (!comment) {
                seenCode = true;
                start = i;
                startLine = line;
            }
        }
        if (c == QLatin1Char('-') && i + 1 < n && script[i + 1] == QLatin1Char('-')) {
            while (i < n && script[i] != QLatin1Char('\n'))
                ++i;
        } else if (c == QLatin1Char('/') && i + 1 < n && script[i + 1] == QLatin1Char('*')) {
            int depth = 0;
            do {
                if (script[i] == QLatin1Char('/') && i + 1 < n &&
                    script[i + 1] == QLatin1Char('*')) {
                    ++depth;
                    i += 2;
                } else if (script[i] == QLatin1Char('*') && i + 1 < n &&
                           script[i + 1] == QLatin1Char('/')) {
                    --depth;
                    i += 2;
                } else {
                    if (script[i] == QLatin1Char('\n'))
                        ++line;
                    ++i;
                }
            } while (i < n && depth > 0);
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            // E'…' strings let a backslash escape the next character, quotes included.
            const bool backslashEscapes =
                c == QLatin1Char('\'') && i > 0 &&
                (script[i - 1] == QLatin1Char('E') || script[i - 1] == QLatin1Char('e')) &&
                !(i > 1 && isTagChar(script[i - 2]));
            ++i;
            while (i < n) {
                if (script[i] == QLatin1Char('\n'))
                    ++line;
                if (backslashEscapes && script[i] == QLatin1Char('\\') && i + 1 < n) {
                    if (script[i + 1] == QLatin1Char('\n'))
                        ++line;
                    i += 2;
                    continue;
                }
                if (script[i] == c) {
                    if (i + 1 < n && script[i + 1] == c) { // doubled quote escapes itself
                        i += 2;
                        continue;
                    }
                    break;
                }
                ++i;
            }
            ++i;
        } else if (c == QLatin1Char('$') && !(i > 0 && isTagChar(script[i - 1]))) {
            const QString tag = dollarTag(script, i);
            if (tag.isEmpty()) {
                ++i;
                continue;
            }
            const qsizetype close = script.indexOf(tag, i + tag.size());
            const qsizetype end = close < 0 ? n : close + tag.size();
            line += static_cast<int>(script.mid(i, end - i).count(QLatin1Char('\n')));
            i = end;
        } else if (c == QLatin1Char(';')) {
            flush(i);
            ++i;
        } else {
            ++i;
        }
    }
    flush(n);
    return statements;
}

} // namespace stockroom
