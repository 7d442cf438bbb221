#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <vector>

namespace rapport::importers {

/// One logical vCard line (after QP soft breaks and folding were joined) and the physical line it starts on.
struct VCardLine
{
    QByteArray text;
    qint64 line = 0;
};

/// Splits on CRLF or LF, joins quoted-printable soft breaks first (a continuation may begin with a
/// space that is data), then RFC-unfolds SPACE/TAB continuations, and glues 2.1 base64 lines.
/// A dangling "=" right before the next property is not a soft break.
std::vector<VCardLine> unfoldVCardLines(const QByteArray& data);

/// A parsed content line: [group.]NAME;params:value with QP and CHARSET already decoded.
class VCardProperty
{
public:
    QString group;
    QString name;                       ///< upper case
    QHash<QString, QStringList> params; ///< upper-case keys; 2.1 bare params filed under TYPE/ENCODING
    QString value;                      ///< decoded text, still vCard-escaped

    QStringList types() const;
    QString param(const QString& key) const;
    /// The value unescaped (\\ \, \; \n \N and Apple's \:).
    QString text() const;
    /// Structured value split on unescaped ';' (N, ADR, ORG), each part unescaped.
    QStringList components() const;
    /// List value split on unescaped ',' (CATEGORIES, NICKNAME), each part unescaped.
    QStringList list() const;
};

/// Parses one logical line; false if it is not a property line at all.
bool parseVCardLine(const QByteArray& line, bool fileIsUtf8, VCardProperty& out);

/// Decodes bytes in a declared charset; UTF-8 (or Windows-1252 when not valid UTF-8) when none.
QString decodeCharset(const QByteArray& bytes, const QString& charset, bool fileIsUtf8);

} // namespace rapport::importers
