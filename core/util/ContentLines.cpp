#include "ContentLines.h"

#include <algorithm>

namespace rapport::contentlines {

QString escapeText(const QString& text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        switch (c.unicode()) {
        case '\\':
            out += QLatin1String("\\\\");
            break;
        case ';':
            out += QLatin1String("\\;");
            break;
        case ',':
            out += QLatin1String("\\,");
            break;
        case '\r':
            // CRLF and a lone CR are one line break.
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
                ++i;
            }
            out += QLatin1String("\\n");
            break;
        case '\n':
            out += QLatin1String("\\n");
            break;
        default:
            // Other control characters are not allowed in TEXT values.
            if (c.unicode() < 0x20 && c != QLatin1Char('\t')) {
                break;
            }
            out += c;
        }
    }
    return out;
}

QString unescapeText(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\') && i + 1 < text.size()) {
            const QChar n = text.at(++i);
            out += (n == QLatin1Char('n') || n == QLatin1Char('N')) ? QChar(QLatin1Char('\n')) : n;
        } else {
            out += c;
        }
    }
    return out;
}

QByteArray foldLine(const QByteArray& line)
{
    constexpr qsizetype kMax = 75;
    QByteArray out;
    out.reserve(line.size() + line.size() / 70 * 3 + 2);
    qsizetype pos = 0;
    bool first = true;
    while (pos < line.size()) {
        // A continuation line's leading space counts towards its 75 octets.
        const qsizetype room = first ? kMax : kMax - 1;
        qsizetype end = std::min(pos + room, line.size());
        if (end < line.size()) {
            // Back off to the start of a UTF-8 sequence (continuation bytes are 10xxxxxx).
            while (end > pos && (static_cast<unsigned char>(line.at(end)) & 0xC0) == 0x80) {
                --end;
            }
            if (end == pos) { // not UTF-8; cut anyway rather than loop
                end = std::min(pos + room, line.size());
            }
        }
        if (!first) {
            out += ' ';
        }
        out += line.mid(pos, end - pos);
        out += "\r\n";
        pos = end;
        first = false;
    }
    if (line.isEmpty()) {
        out += "\r\n";
    }
    return out;
}

QByteArray unfold(const QByteArray& data)
{
    QByteArray out;
    out.reserve(data.size());
    for (qsizetype i = 0; i < data.size(); ++i) {
        if (data.at(i) == '\r' && i + 2 < data.size() && data.at(i + 1) == '\n' &&
            (data.at(i + 2) == ' ' || data.at(i + 2) == '\t')) {
            i += 2;
            continue;
        }
        out += data.at(i);
    }
    return out;
}

} // namespace rapport::contentlines
