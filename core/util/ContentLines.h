#pragma once

#include <QByteArray>
#include <QString>

/// Content lines shared by iCalendar (RFC 5545 §3.1, §3.3.11) and vCard (RFC 6350 §3.2, §3.4):
/// the same TEXT escaping and the same 75-octet folding, written once for the ICS export, the
/// vCard export and CardDAV/CalDAV sync.
namespace rapport::contentlines {

/// TEXT escaping: backslash, semicolon, comma and line breaks (CRLF, CR or LF) become \\ \; \, \n.
/// Other control characters are not allowed in a content line and are dropped (tab is kept).
QString escapeText(const QString& text);
/// The inverse of escapeText ("\n" and "\N" become a newline).
QString unescapeText(const QString& text);
/// Folds one content line (UTF-8, without CRLF) to at most 75 octets per physical line, never
/// splitting a UTF-8 sequence; continuation lines start with a space. Lines end with CRLF.
QByteArray foldLine(const QByteArray& line);
/// Joins folded lines back (removes CRLF followed by a space or tab).
QByteArray unfold(const QByteArray& data);

} // namespace rapport::contentlines
