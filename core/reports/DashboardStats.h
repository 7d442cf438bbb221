#pragma once

#include "scoring/NetworkAudit.h"
#include "util/Result.h"

#include <QDate>
#include <QList>

namespace rapport::db {
class Database;
}

namespace rapport::reports {

/// Conversations in one ISO week (Monday to Sunday).
struct WeekActivity
{
    QDate monday;
    int twoWay = 0; ///< real exchanges both ways
    int oneWay = 0; ///< one way only: outreach never answered, a note to self, a blast
    int total() const { return twoWay + oneWay; }
};

/// Follow-ups that fell due in the window, by how they were handled. "On time" means done on or
/// before the effective due date (the due date, or the snooze date when that is later — the same
/// date the Today list goes by); "late" means done after it; "overdue" means still open although
/// the effective due date has passed. Cancelled follow-ups are not counted.
struct FollowUpPunctuality
{
    int onTime = 0;
    int late = 0;
    int overdue = 0;
    int total() const { return onTime + late + overdue; }
};

/// Replies to the user's outreach, with SignalLoader's definition: a conversation the user
/// started (initiated_by 'me') is answered when it became two-way, and "never answered" when not.
struct OutreachReplies
{
    int started = 0;
    int answered = 0;
    int unanswered() const { return started - answered; }
    /// answered / started between 0 and 1, or -1 when the user started none.
    double rate() const { return started > 0 ? static_cast<double>(answered) / started : -1.0; }
};

/// Everything the dashboard draws, computed with a handful of aggregate queries (GROUP BY, no
/// query per contact) plus the scoring pass behind NetworkAudit::summary().
struct DashboardStats
{
    static constexpr int kWeeks = 52;
    static constexpr int kFollowUpDays = 90;

    QDate today;
    QList<WeekActivity> weeks;     ///< kWeeks entries, oldest first; the last is the week holding today
    OutreachReplies outreach;      ///< conversations started in the same weeks
    FollowUpPunctuality followUps; ///< effective due date within the last kFollowUpDays days, today included
    scoring::AuditSummary network; ///< tiers and Dunbar layers

    int twoWayTotal() const;
    int oneWayTotal() const;
};

/// Computes the dashboard as of Clock::today(). Conversations and follow-ups of contacts in the
/// Trash are left out, as everywhere else.
Result<DashboardStats> computeDashboardStats(db::Database& db);

/// The same without the scoring pass (network left empty): only the cheap aggregate queries.
Result<DashboardStats> computeActivityStats(db::Database& db);

} // namespace rapport::reports
