#include "VCardWriter.h"

#include <utility>

namespace rapport::exporters {

namespace {

constexpr qsizetype kMaxOctets = 75;

bool isUtf8Continuation(char c)
{
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

/// Parameter values are tokens here. A comma separates list values (TYPE=work,fax), so it stays
/// bare; a value with ';' or ':' is quoted, and '"' and line breaks (not allowed) are dropped.
QString paramValue(QString v)
{
    v.remove(QLatin1Char('"'));
    v.replace(QLatin1Char('\r'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
    if (v.contains(QLatin1Char(';')) || v.contains(QLatin1Char(':'))) {
        return QLatin1Char('"') + v + QLatin1Char('"');
    }
    return v;
}

} // namespace

QString escapeVCardText(const QString& text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        switch (c.unicode()) {
        case '\\':
            out += QLatin1String("\\\\");
            break;
        case ',':
            out += QLatin1String("\\,");
            break;
        case ';':
            out += QLatin1String("\\;");
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
            if (c.unicode() >= 0x20 || c == QLatin1Char('\t')) {
                out += c;
            }
        }
    }
    return out;
}

QByteArray foldVCardLine(const QByteArray& line)
{
    QByteArray out;
    out.reserve(line.size() + line.size() / 70 * 3 + 2);
    qsizetype pos = 0;
    bool first = true;
    while (true) {
        // A continuation line's leading space counts towards its 75 octets.
        const qsizetype room = first ? kMaxOctets : kMaxOctets - 1;
        if (line.size() - pos <= room) {
            if (!first) {
                out += ' ';
            }
            out += QByteArrayView(line).sliced(pos);
            out += "\r\n";
            return out;
        }
        qsizetype cut = pos + room;
        while (cut > pos && isUtf8Continuation(line.at(cut))) {
            --cut; // back off to the first byte of the character that would be split
        }
        if (cut == pos) {
            cut = pos + room; // not UTF-8 at all: cut anywhere rather than loop
        }
        if (!first) {
            out += ' ';
        }
        out += QByteArrayView(line).sliced(pos, cut - pos);
        out += "\r\n";
        pos = cut;
        first = false;
    }
}

void VCardLineWriter::raw(const QString& name, const QString& value, const Params& params, const QString& group)
{
    line(group, name, params, value);
}

void VCardLineWriter::text(const QString& name, const QString& value, const Params& params, const QString& group)
{
    line(group, name, params, escapeVCardText(value));
}

void VCardLineWriter::structured(const QString& name, const QStringList& components, const Params& params)
{
    QStringList escaped;
    escaped.reserve(components.size());
    for (const QString& c : components) {
        escaped.append(escapeVCardText(c));
    }
    line({}, name, params, escaped.join(QLatin1Char(';')));
}

void VCardLineWriter::list(const QString& name, const QStringList& items, const Params& params)
{
    QStringList escaped;
    escaped.reserve(items.size());
    for (const QString& item : items) {
        escaped.append(escapeVCardText(item));
    }
    line({}, name, params, escaped.join(QLatin1Char(',')));
}

QByteArray VCardLineWriter::take()
{
    return std::exchange(m_data, QByteArray());
}

void VCardLineWriter::line(const QString& group, const QString& name, const Params& params, const QString& value)
{
    QString content;
    if (!group.isEmpty()) {
        content += group + QLatin1Char('.');
    }
    content += name;
    for (const auto& [key, v] : params) {
        content += QLatin1Char(';') + key + QLatin1Char('=') + paramValue(v);
    }
    content += QLatin1Char(':') + value;
    m_data += foldVCardLine(content.toUtf8());
}

} // namespace rapport::exporters
