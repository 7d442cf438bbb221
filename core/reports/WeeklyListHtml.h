#pragma once

#include "WeeklyList.h"

#include <QPageSize>
#include <QString>

namespace rapport::reports {

/// What goes on the printed list and how long text may get before it is shortened for display
/// (the stored values are never cut).
struct WeeklyListOptions
{
    Grouping grouping = Grouping::ByDay;
    int maxNameChars = 80;
    int maxCompanyChars = 60;
    int maxTextChars = 320; ///< why now, summary, opener
};

/// The weekly list as HTML. Every user-provided string is HTML-escaped: a contact named
/// "<script>" prints as text. Black-and-white readable: priorities are words, not colours.
namespace html {

/// A standalone document for browsers (--html): print CSS with the page size, no entry split
/// across pages (break-inside: avoid), page numbers where the browser supports page margin boxes.
QString document(const WeeklyList& list, const WeeklyListOptions& options, const QPageSize& pageSize);

/// The pieces the paginated painter lays out one by one (and document() joins).
QString intro(const WeeklyList& list);
QString heading(const QString& text);
QString entry(const WeeklyEntry& entry, const QDate& today, const WeeklyListOptions& options);
QString emptyNote();
/// The CSS for entry()/heading()/intro(); `unit` is the size of one CSS "px" in the target's units
/// (1 in a browser; device pixels per point when laid out by QTextDocument on a printer).
QString styleSheet(double unit);

} // namespace html
} // namespace rapport::reports
