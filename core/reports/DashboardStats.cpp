#include "DashboardStats.h"

#include "db/SqlQuery.h"
#include "util/Clock.h"

#include <utility>

namespace rapport::reports {

namespace {

QString iso(const QDate& d)
{
    return d.toString(Qt::ISODate);
}

// Conversations per week, and the user's outreach with its replies. Dates are compared on their
// first ten characters, the day as it was recorded, so a stored zone suffix never moves a
// conversation to another week. A conversation counts while at least one of its people is outside
// the Trash: rather than test that for every row of the year (three times slower at 1,000,000
// conversations), the year is counted whole and the Trash's own conversations taken off again.
Status loadWeeks(db::Database& db, DashboardStats& out)
{
    const QDate thisMonday = out.today.addDays(1 - out.today.dayOfWeek());
    constexpr qint64 kWeekDays = 7;
    const QDate firstMonday = thisMonday.addDays(-kWeekDays * (DashboardStats::kWeeks - 1));
    for (int i = 0; i < DashboardStats::kWeeks; ++i) {
        out.weeks.append({firstMonday.addDays(kWeekDays * i), 0, 0});
    }
    const QString select = QStringLiteral(
        "SELECT CAST((julianday(substr(v.happened_at, 1, 10)) - julianday(?)) / 7 AS INTEGER) AS w, "
        "sum(v.two_way<>0), sum(v.two_way=0), sum(v.initiated_by='me'), sum(v.initiated_by='me' AND v.two_way<>0) "
        "FROM conversations v WHERE v.happened_at >= ? AND v.happened_at < ? ");
    const QString onlyTrash =
        QStringLiteral("AND v.id IN (SELECT cc.conversation_id FROM contacts t JOIN conversation_contacts cc ON "
                       "cc.contact_id=t.id WHERE t.deleted_at IS NOT NULL) "
                       "AND NOT EXISTS (SELECT 1 FROM conversation_contacts o JOIN contacts k ON k.id=o.contact_id "
                       "WHERE o.conversation_id=v.id AND k.deleted_at IS NULL) ");
    const QString groupBy = QStringLiteral("GROUP BY w");
    for (const auto& [sql, sign] : {std::pair{select + groupBy, 1}, std::pair{select + onlyTrash + groupBy, -1}}) {
        db::SqlQuery q(db, sql);
        q.bindAll({iso(firstMonday), iso(firstMonday), iso(out.today.addDays(1))});
        if (!q.exec()) {
            return Status::fail(q.error());
        }
        while (q.next()) {
            const int w = q.value(0).toInt();
            if (w < 0 || w >= DashboardStats::kWeeks) {
                continue; // a malformed date the string bounds let through
            }
            out.weeks[w].twoWay += sign * q.value(1).toInt();
            out.weeks[w].oneWay += sign * q.value(2).toInt();
            out.outreach.started += sign * q.value(3).toInt();
            out.outreach.answered += sign * q.value(4).toInt();
        }
    }
    return Status::ok();
}

// Follow-ups whose effective due date (the later of due date and snooze date) lies in the window.
// due_date <= today bounds the index scan, since the effective date is never before the due date.
// Open follow-ups of archived contacts are not on any list, so they are not counted as overdue.
Status loadFollowUps(db::Database& db, DashboardStats& out)
{
    const QString today = iso(out.today);
    db::SqlQuery q(db, QStringLiteral("SELECT "
                                      "sum(status='done' AND done_day<>'' AND done_day<=due), "
                                      "sum(status='done' AND done_day>due), "
                                      "sum(status='open' AND archived=0 AND due<?) "
                                      "FROM (SELECT f.status AS status, c.archived AS archived, "
                                      "substr(coalesce(f.done_at, ''), 1, 10) AS done_day, "
                                      "max(f.due_date, coalesce(f.snoozed_until, '')) AS due "
                                      "FROM followups f JOIN contacts c ON c.id=f.contact_id "
                                      "WHERE f.status IN ('open', 'done') AND f.due_date<=? AND c.deleted_at IS NULL) "
                                      "WHERE due>=? AND due<=?"));
    q.bindAll({today, today, iso(out.today.addDays(1 - DashboardStats::kFollowUpDays)), today});
    if (!q.exec()) {
        return Status::fail(q.error());
    }
    if (q.next()) {
        out.followUps.onTime = q.value(0).toInt();
        out.followUps.late = q.value(1).toInt();
        out.followUps.overdue = q.value(2).toInt();
    }
    return Status::ok();
}

} // namespace

int DashboardStats::twoWayTotal() const
{
    int n = 0;
    for (const WeekActivity& w : weeks) {
        n += w.twoWay;
    }
    return n;
}

int DashboardStats::oneWayTotal() const
{
    int n = 0;
    for (const WeekActivity& w : weeks) {
        n += w.oneWay;
    }
    return n;
}

Result<DashboardStats> computeActivityStats(db::Database& db)
{
    DashboardStats out;
    out.today = Clock::today();
    if (auto s = loadWeeks(db, out); !s) {
        return Result<DashboardStats>::fail(s.error());
    }
    if (auto s = loadFollowUps(db, out); !s) {
        return Result<DashboardStats>::fail(s.error());
    }
    return Result<DashboardStats>::ok(std::move(out));
}

Result<DashboardStats> computeDashboardStats(db::Database& db)
{
    auto out = computeActivityStats(db);
    if (!out) {
        return out;
    }
    auto network = scoring::NetworkAudit(db).summary();
    if (!network) {
        return Result<DashboardStats>::fail(network.error());
    }
    out.value().network = std::move(network).value();
    return out;
}

} // namespace rapport::reports
