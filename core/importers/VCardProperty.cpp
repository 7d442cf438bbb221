#include "VCardProperty.h"

#include "Encoding.h"

#include <QSet>
#include <QStringDecoder>

namespace rapport::importers {

namespace {

QByteArray headerPart(const QByteArray& line)
{
    bool inQuotes = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const char c = line.at(i);
        if (c == '"') {
            inQuotes = !inQuotes;
        } else if (c == ':' && !inQuotes) {
            return line.left(i);
        }
    }
    return {};
}

bool isQuotedPrintable(const QByteArray& line)
{
    return headerPart(line).toUpper().contains("QUOTED-PRINTABLE");
}

bool isBase64(const QByteArray& line)
{
    const QByteArray h = headerPart(line).toUpper();
    return h.contains("BASE64") || h.contains("ENCODING=B");
}

/// Whether a physical line begins a new property (so a preceding dangling "=" is no soft break).
bool isPropertyStart(const QByteArray& line)
{
    static const QSet<QByteArray> known = {
        "BEGIN",  "END",         "VERSION",    "N",           "FN",      "TEL",    "EMAIL",        "ORG",       "TITLE",
        "ROLE",   "NOTE",        "BDAY",       "ANNIVERSARY", "URL",     "PHOTO",  "LOGO",         "ADR",       "LABEL",
        "UID",    "REV",         "CATEGORIES", "NICKNAME",    "KIND",    "MEMBER", "RELATED",      "GENDER",    "LANG",
        "TZ",     "GEO",         "IMPP",       "PRODID",      "SOUND",   "KEY",    "CLIENTPIDMAP", "SOURCE",    "AGENT",
        "MAILER", "SORT-STRING", "CLASS",      "NAME",        "PROFILE", "FBURL",  "CALURI",       "CALADRURI", "XML"};
    qsizetype i = 0;
    while (i < line.size() &&
           (std::isalnum(static_cast<unsigned char>(line.at(i))) || line.at(i) == '-' || line.at(i) == '.')) {
        ++i;
    }
    if (i == 0 || i >= line.size() || (line.at(i) != ':' && line.at(i) != ';')) {
        return false;
    }
    QByteArray name = line.left(i).toUpper();
    const qsizetype dot = name.lastIndexOf('.');
    if (dot >= 0) {
        name = name.mid(dot + 1);
    }
    return known.contains(name) || name.startsWith("X-");
}

QByteArray decodeQuotedPrintable(const QByteArray& in)
{
    QByteArray out;
    out.reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in.at(i);
        if (c == '=' && i + 2 < in.size() + 0 && std::isxdigit(static_cast<unsigned char>(in.at(i + 1))) &&
            std::isxdigit(static_cast<unsigned char>(in.at(i + 2)))) {
            out.append(char(QByteArray(in.constData() + i + 1, 2).toInt(nullptr, 16)));
            i += 2;
        } else if (c == '=' && i + 1 == in.size()) {
            // a dangling soft break at the very end: nothing follows
        } else {
            out.append(c);
        }
    }
    return out;
}

/// RFC 6868 caret escapes in parameter values.
QString decodeCaret(const QString& v)
{
    if (!v.contains(QLatin1Char('^'))) {
        return v;
    }
    QString out;
    for (qsizetype i = 0; i < v.size(); ++i) {
        if (v.at(i) == QLatin1Char('^') && i + 1 < v.size()) {
            const QChar n = v.at(i + 1);
            if (n == QLatin1Char('n') || n == QLatin1Char('N')) {
                out.append(QLatin1Char('\n'));
                ++i;
                continue;
            }
            if (n == QLatin1Char('\'')) {
                out.append(QLatin1Char('"'));
                ++i;
                continue;
            }
            if (n == QLatin1Char('^')) {
                out.append(QLatin1Char('^'));
                ++i;
                continue;
            }
        }
        out.append(v.at(i));
    }
    return out;
}

QStringList splitUnescaped(const QString& v, QChar sep)
{
    QStringList parts;
    QString cur;
    for (qsizetype i = 0; i < v.size(); ++i) {
        const QChar c = v.at(i);
        if (c == QLatin1Char('\\') && i + 1 < v.size()) {
            cur.append(c);
            cur.append(v.at(++i));
        } else if (c == sep) {
            parts.append(cur);
            cur.clear();
        } else {
            cur.append(c);
        }
    }
    parts.append(cur);
    return parts;
}

QString unescape(const QString& v)
{
    if (!v.contains(QLatin1Char('\\'))) {
        return v;
    }
    QString out;
    out.reserve(v.size());
    for (qsizetype i = 0; i < v.size(); ++i) {
        const QChar c = v.at(i);
        if (c == QLatin1Char('\\') && i + 1 < v.size()) {
            const QChar n = v.at(++i);
            out.append((n == QLatin1Char('n') || n == QLatin1Char('N')) ? QChar(QLatin1Char('\n')) : n);
        } else {
            out.append(c);
        }
    }
    return out;
}

} // namespace

std::vector<VCardLine> unfoldVCardLines(const QByteArray& data)
{
    std::vector<VCardLine> out;
    bool haveCurrent = false;
    bool qp = false;
    bool softPending = false;
    bool base64 = false;
    qint64 lineNo = 0;
    qsizetype start = 0;
    const auto flush = [&]() {
        haveCurrent = false;
        qp = softPending = base64 = false;
    };
    while (start <= data.size()) {
        qsizetype end = data.indexOf('\n', start);
        if (end < 0) {
            end = data.size();
        }
        QByteArray line = data.mid(start, end - start);
        if (line.endsWith('\r')) {
            line.chop(1);
        }
        ++lineNo;
        const bool last = end >= data.size();
        start = end + 1;
        if (last && line.isEmpty()) {
            break;
        }
        if (haveCurrent && softPending) {
            VCardLine& cur = out.back();
            cur.text.chop(1); // the "=" of the soft break
            if (!line.isEmpty() && !isPropertyStart(line)) {
                cur.text += line; // QP soft break: the next line continues at column 0, spaces are data
                softPending = line.endsWith('=');
                continue;
            }
            softPending = false;
        }
        if (haveCurrent && !line.isEmpty() && (line.at(0) == ' ' || line.at(0) == '\t')) {
            VCardLine& cur = out.back();
            cur.text += line.mid(1);
            softPending = qp && cur.text.endsWith('=');
            continue;
        }
        if (line.trimmed().isEmpty()) {
            flush();
            continue;
        }
        if (haveCurrent && base64 && !isPropertyStart(line)) {
            out.back().text += line.trimmed(); // 2.1 base64 data need not be indented
            continue;
        }
        out.push_back({line, lineNo});
        haveCurrent = true;
        qp = isQuotedPrintable(line);
        base64 = isBase64(line);
        softPending = qp && line.endsWith('=');
    }
    return out;
}

QString decodeCharset(const QByteArray& bytes, const QString& charset, bool fileIsUtf8)
{
    const QString cs = charset.trimmed().toLower();
    if (cs.isEmpty() || cs == QLatin1String("utf-8") || cs == QLatin1String("utf8")) {
        if (isValidUtf8(bytes)) {
            return QString::fromUtf8(bytes);
        }
        return decodeWindows1252(bytes);
    }
    if (cs == QLatin1String("iso-8859-1") || cs == QLatin1String("latin1") || cs == QLatin1String("windows-1252") ||
        cs == QLatin1String("cp1252") || cs == QLatin1String("us-ascii")) {
        return decodeWindows1252(bytes);
    }
    QStringDecoder decoder(cs.toLatin1().constData());
    if (decoder.isValid()) {
        return decoder.decode(bytes);
    }
    return fileIsUtf8 && isValidUtf8(bytes) ? QString::fromUtf8(bytes) : decodeWindows1252(bytes);
}

bool parseVCardLine(const QByteArray& line, bool fileIsUtf8, VCardProperty& out)
{
    const QByteArray header = headerPart(line);
    if (header.isEmpty()) {
        return false;
    }
    const QByteArray rawValue = line.mid(header.size() + 1);
    QList<QByteArray> parts;
    {
        bool inQuotes = false;
        qsizetype from = 0;
        for (qsizetype i = 0; i <= header.size(); ++i) {
            if (i < header.size() && header.at(i) == '"') {
                inQuotes = !inQuotes;
            }
            if (i == header.size() || (header.at(i) == ';' && !inQuotes)) {
                parts.append(header.mid(from, i - from));
                from = i + 1;
            }
        }
    }
    QString name = QString::fromUtf8(parts.takeFirst()).trimmed();
    const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    out.group = dot >= 0 ? name.left(dot) : QString();
    out.name = (dot >= 0 ? name.mid(dot + 1) : name).toUpper();
    if (out.name.isEmpty()) {
        return false;
    }
    out.params.clear();
    for (const QByteArray& p : std::as_const(parts)) {
        const qsizetype eq = p.indexOf('=');
        QString key;
        QString values;
        if (eq < 0) {
            // vCard 2.1 bare parameters: TEL;CELL;PREF, ADR;HOME;QUOTED-PRINTABLE
            values = QString::fromUtf8(p).trimmed();
            const QString upper = values.toUpper();
            key = (upper == QLatin1String("QUOTED-PRINTABLE") || upper == QLatin1String("BASE64") ||
                   upper == QLatin1String("8BIT") || upper == QLatin1String("7BIT"))
                      ? QStringLiteral("ENCODING")
                      : QStringLiteral("TYPE");
        } else {
            key = QString::fromUtf8(p.left(eq)).trimmed().toUpper();
            values = QString::fromUtf8(p.mid(eq + 1));
        }
        QStringList& list = out.params[key];
        bool inQuotes = false;
        QString cur;
        for (const QChar c : std::as_const(values)) {
            if (c == QLatin1Char('"')) {
                inQuotes = !inQuotes;
            } else if (c == QLatin1Char(',') && !inQuotes && key != QLatin1String("LABEL")) {
                list.append(decodeCaret(cur.trimmed()));
                cur.clear();
            } else {
                cur.append(c);
            }
        }
        list.append(decodeCaret(cur.trimmed()));
    }
    const QString encoding = out.param(QStringLiteral("ENCODING")).toUpper();
    const QString charset = out.param(QStringLiteral("CHARSET"));
    if (encoding == QLatin1String("QUOTED-PRINTABLE")) {
        out.value = decodeCharset(decodeQuotedPrintable(rawValue), charset, fileIsUtf8);
    } else if (encoding == QLatin1String("B") || encoding == QLatin1String("BASE64")) {
        out.value = QString::fromLatin1(rawValue); // binary data (photos): kept opaque, never decoded as text
    } else {
        out.value = decodeCharset(rawValue, charset, fileIsUtf8);
    }
    return true;
}

QStringList VCardProperty::types() const
{
    return params.value(QStringLiteral("TYPE"));
}

QString VCardProperty::param(const QString& key) const
{
    const QStringList v = params.value(key);
    return v.isEmpty() ? QString() : v.first();
}

QString VCardProperty::text() const
{
    return unescape(value);
}

QStringList VCardProperty::components() const
{
    QStringList out;
    for (const QString& p : splitUnescaped(value, QLatin1Char(';'))) {
        out.append(unescape(p));
    }
    return out;
}

QStringList VCardProperty::list() const
{
    QStringList out;
    for (const QString& p : splitUnescaped(value, QLatin1Char(','))) {
        out.append(unescape(p));
    }
    return out;
}

} // namespace rapport::importers
