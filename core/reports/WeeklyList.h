#pragma once

#include "followups/FollowUpPlanner.h"
#include "followups/IsoWeek.h"
#include "util/Result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace rapport::db {
class Database;
}

namespace rapport::reports {

/// One person on the weekly list on paper: the plan item plus what is needed to get in touch
/// without opening the app (phone, e-mail, the last conversation, a suggested opener).
struct WeeklyEntry
{
    followups::PlanItem item;
    QString phone;
    QString email;
    QDate lastConversationOn; ///< the last conversation of any kind; invalid if none
    QString lastSummary;
    QString howMet;
    QString opener;
};

/// The week's list, ready to print or export.
struct WeeklyList
{
    followups::IsoWeek week;
    QDate today;
    QList<WeeklyEntry> entries; ///< by day, then rank
};

/// How the printed list is grouped.
enum class Grouping { ByDay, ByPriority };
/// "day" / "priority" (CLI values); ok=false for anything else.
Grouping groupingFromKey(const QString& key, bool* ok = nullptr);

/// A heading and the entries under it, as indexes into WeeklyList::entries.
struct WeeklyGroup
{
    QString heading;
    QList<qsizetype> entries;
};

/// By day: "Still open from before this week" first, then "Monday 23 November", ... (days without
/// entries are left out). By priority: one group per plan kind, best first.
QList<WeeklyGroup> groupEntries(const WeeklyList& list, Grouping grouping);

/// Plans the week (FollowUpPlanner::week) and gathers contact details for each entry.
Result<WeeklyList> buildWeeklyList(db::Database& db, const followups::IsoWeek& week);
/// Same, from an existing plan (e.g. the one the This week view already shows).
Result<WeeklyList> buildWeeklyList(db::Database& db, const followups::WeekPlan& plan);

} // namespace rapport::reports
