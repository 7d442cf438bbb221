#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include "util/ContentLines.h"

namespace rapport::exporters {

enum class VCardVersion { V3, V4 };

/// vCard TEXT escaping (RFC 6350 §3.4, RFC 2426 §4): backslash, comma, semicolon and line breaks
/// become \\ \, \; \n. Other control characters are not allowed in a content line and are dropped.
inline QString escapeVCardText(const QString& text)
{
    return contentlines::escapeText(text);
}

/// Folds one content line (UTF-8, without line end) so no physical line exceeds 75 octets, never
/// inside a UTF-8 sequence; continuation lines start with one space. Every line ends with CRLF.
inline QByteArray foldVCardLine(const QByteArray& line)
{
    return contentlines::foldLine(line);
}

/// Writes vCard content lines: [group.]NAME;PARAM=v,v:value, escaped as the value type needs, folded,
/// CRLF-terminated. Knows nothing about contacts (see ContactVCard.h); the sync code can reuse it.
class VCardLineWriter
{
public:
    using Params = QList<QPair<QString, QString>>;

    /// A value already in its final form (URIs, dates, numbers, enumerations): written unescaped.
    void raw(const QString& name, const QString& value, const Params& params = {}, const QString& group = {});
    /// A TEXT value: escaped.
    void text(const QString& name, const QString& value, const Params& params = {}, const QString& group = {});
    /// A structured value (N, ADR, ORG): each component escaped, joined with ';'.
    void structured(const QString& name, const QStringList& components, const Params& params = {});
    /// A list value (CATEGORIES): each item escaped, joined with ','.
    void list(const QString& name, const QStringList& items, const Params& params = {});

    const QByteArray& data() const { return m_data; }
    QByteArray take();

private:
    void line(const QString& group, const QString& name, const Params& params, const QString& value);
    QByteArray m_data;
};

} // namespace rapport::exporters
