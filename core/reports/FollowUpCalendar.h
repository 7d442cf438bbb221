#pragma once

#include "IcsWriter.h"
#include "WeeklyList.h"
#include "model/FollowUp.h"

namespace rapport::reports {

/// A follow-up as a calendar to-do: the row plus the words that make it useful in a calendar app.
struct CalendarFollowUp
{
    FollowUp followUp; ///< uid becomes the VTODO UID; projected items (no uid) are skipped
    QString contactName;
    QString contactUid;
    QString description; ///< plain text; escaped when written
};

/// iCalendar export of follow-ups: one VTODO each with UID, DTSTAMP, DUE;VALUE=DATE, SUMMARY,
/// DESCRIPTION and STATUS (NEEDS-ACTION / COMPLETED / CANCELLED).
namespace calendar {

QString productId();
/// Writes one VTODO into an open writer (a VCALENDAR export, or a CalDAV resource body).
void writeVTodo(ics::IcsWriter& writer, const CalendarFollowUp& item, const QDateTime& stamp);
/// A complete VCALENDAR with one VTODO per follow-up.
QByteArray toIcs(const QList<CalendarFollowUp>& items, const QDateTime& stamp);
/// The weekly list's follow-ups, with why now, phone, e-mail and opener in the description.
QList<CalendarFollowUp> fromWeeklyList(const WeeklyList& list);

} // namespace calendar
} // namespace rapport::reports
