#include "WeeklyList.h"

#include "db/SqlQuery.h"
#include "followups/PlainWords.h"

#include <QCoreApplication>

namespace rapport::reports {

using db::SqlQuery;
using followups::PlanItem;

namespace {

QString firstValue(db::Database& db, const QString& sql, qint64 contactId)
{
    return db::scalar(db, sql, {contactId}).toString();
}

} // namespace

Grouping groupingFromKey(const QString& key, bool* ok)
{
    const QString k = key.trimmed().toLower();
    if (ok) {
        *ok = k == QLatin1String("day") || k == QLatin1String("priority");
    }
    return k == QLatin1String("priority") ? Grouping::ByPriority : Grouping::ByDay;
}

QList<WeeklyGroup> groupEntries(const WeeklyList& list, Grouping grouping)
{
    QList<WeeklyGroup> groups;
    if (grouping == Grouping::ByPriority) {
        const PlanItem::Kind kinds[] = {PlanItem::Kind::CadenceOverdue, PlanItem::Kind::NextStep,
                                        PlanItem::Kind::Manual, PlanItem::Kind::CadenceDue};
        for (const auto kind : kinds) {
            WeeklyGroup g;
            g.heading = followups::planKindName(kind);
            for (qsizetype i = 0; i < list.entries.size(); ++i) {
                if (list.entries.at(i).item.kind == kind) {
                    g.entries << i;
                }
            }
            if (!g.entries.isEmpty()) {
                // Within a priority, the best first regardless of day.
                std::stable_sort(g.entries.begin(), g.entries.end(), [&list](qsizetype a, qsizetype b) {
                    const auto& x = list.entries.at(a).item;
                    const auto& y = list.entries.at(b).item;
                    if (x.score != y.score) {
                        return x.score > y.score;
                    }
                    return x.daysOverdue > y.daysOverdue;
                });
                groups << g;
            }
        }
        return groups;
    }
    const QDate monday = list.week.monday();
    WeeklyGroup carried;
    carried.heading = QCoreApplication::translate("Reports", "Still open from before this week");
    for (qsizetype i = 0; i < list.entries.size(); ++i) {
        if (list.entries.at(i).item.due < monday) {
            carried.entries << i;
        }
    }
    if (!carried.entries.isEmpty()) {
        groups << carried;
    }
    for (int d = 0; d < 7; ++d) {
        const QDate day = monday.addDays(d);
        WeeklyGroup g;
        g.heading = followups::words::weekdayDate(day);
        for (qsizetype i = 0; i < list.entries.size(); ++i) {
            const auto& item = list.entries.at(i).item;
            if (item.due >= monday && item.listedOn == day) {
                g.entries << i;
            }
        }
        if (!g.entries.isEmpty()) {
            groups << g;
        }
    }
    return groups;
}

Result<WeeklyList> buildWeeklyList(db::Database& db, const followups::IsoWeek& week)
{
    followups::FollowUpPlanner planner(db);
    auto plan = planner.week(week);
    if (!plan) {
        return Result<WeeklyList>::fail(plan.error());
    }
    return buildWeeklyList(db, plan.value());
}

Result<WeeklyList> buildWeeklyList(db::Database& db, const followups::WeekPlan& plan)
{
    WeeklyList list;
    list.week = plan.week;
    list.today = plan.today;
    const QString phoneSql =
        QStringLiteral("SELECT number FROM contact_phones WHERE contact_id=? ORDER BY sort_order, id LIMIT 1");
    const QString emailSql =
        QStringLiteral("SELECT address FROM contact_emails WHERE contact_id=? ORDER BY sort_order, id LIMIT 1");
    const QString howMetSql = QStringLiteral("SELECT how_met FROM contacts WHERE id=?");
    for (const PlanItem& item : plan.items) {
        WeeklyEntry e;
        e.item = item;
        const qint64 contactId = item.followUp.contactId;
        e.phone = firstValue(db, phoneSql, contactId);
        e.email = firstValue(db, emailSql, contactId);
        e.howMet = firstValue(db, howMetSql, contactId);
        SqlQuery last(db, QStringLiteral("SELECT v.happened_at, v.summary FROM conversations v JOIN "
                                         "conversation_contacts cc ON cc.conversation_id=v.id WHERE cc.contact_id=? "
                                         "AND substr(v.happened_at,1,10) <= ? ORDER BY v.happened_at DESC, v.id DESC "
                                         "LIMIT 1"));
        last.bindAll({contactId, plan.today.toString(Qt::ISODate)});
        if (!last.exec()) {
            return Result<WeeklyList>::fail(last.error());
        }
        if (last.next()) {
            e.lastConversationOn = QDate::fromString(last.string(0).left(10), Qt::ISODate);
            e.lastSummary = last.string(1);
        }
        followups::words::OpenerFacts facts;
        facts.isNextStep = item.followUp.origin == FollowUp::Origin::NextStep;
        facts.isManual = item.followUp.origin == FollowUp::Origin::Manual;
        facts.reason = item.followUp.reason;
        facts.lastConversationOn = e.lastConversationOn;
        facts.lastSummary = e.lastSummary;
        facts.howMet = e.howMet;
        facts.company = item.company;
        facts.today = plan.today;
        e.opener = followups::words::opener(facts);
        list.entries << e;
    }
    return Result<WeeklyList>::ok(std::move(list));
}

} // namespace rapport::reports
