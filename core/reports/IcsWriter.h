#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

#include "util/ContentLines.h"

namespace rapport::ics {

// TEXT escaping and line folding are the shared RFC 5545 / RFC 6350 rules (util/ContentLines.h).
using contentlines::escapeText;
using contentlines::foldLine;
using contentlines::unescapeText;
using contentlines::unfold;

/// "20261123" and "20261123T083000Z" (UTC).
QString formatDate(const QDate& date);
QString formatUtc(const QDateTime& dateTime);

/// Writes an iCalendar stream line by line: BEGIN/END, properties with parameters, escaped
/// text, folding and CRLF. Reusable for any component (VCALENDAR exports, CalDAV VTODO bodies).
class IcsWriter
{
public:
    using Params = QList<QPair<QString, QString>>;

    void begin(const QString& component);
    void end(const QString& component);
    /// A property whose value is already in iCalendar form (dates, enumerations, URIs).
    void raw(const QString& name, const QString& value, const Params& params = {});
    /// A TEXT property: the value is escaped.
    void text(const QString& name, const QString& value, const Params& params = {});
    /// NAME;VALUE=DATE:yyyymmdd
    void date(const QString& name, const QDate& date);
    /// NAME:yyyymmddThhmmssZ
    void utc(const QString& name, const QDateTime& dateTime);

    const QByteArray& data() const { return m_data; }

private:
    void line(const QString& content);
    QByteArray m_data;
};

} // namespace rapport::ics
