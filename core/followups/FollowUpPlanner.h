#pragma once

#include "CadencePolicy.h"
#include "IsoWeek.h"
#include "model/FollowUp.h"
#include "util/Result.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace rapport::db {
class Database;
}

namespace rapport::followups {

/// One line of the Today list or the weekly list: a follow-up (or a keep-in-touch reminder) with
/// the contact it is about and why it is up now, in plain words.
struct PlanItem
{
    /// Ranking, best first: past the longest gap, agreed next step, own reminder, keep-in-touch due.
    enum class Kind { CadenceOverdue = 0, NextStep = 1, Manual = 2, CadenceDue = 3 };

    Kind kind = Kind::Manual;
    FollowUp followUp; ///< id 0: a projected keep-in-touch reminder for a future week (not saved)
    QString contactName;
    QString contactUid;
    QString company;
    double score = -1;   ///< -1: not scored yet
    QString tier;        ///< empty: not scored yet
    QDate due;           ///< the effective date (snooze applied)
    QDate listedOn;      ///< the day it is listed under (overdue items from before a week: its Monday)
    int daysOverdue = 0; ///< days past `due` as of today (0 when not yet due)
    QString whyNow;
    Cadence cadence;
    QDate lastConversationOn; ///< last two-way conversation; invalid if none
    bool neverTalked = false;

    bool isProjected() const { return followUp.id == 0; }
    bool isOverdue() const { return daysOverdue > 0; }
};

/// Translated label for a kind ("Past the longest gap", "Agreed next step", ...), for headings.
QString planKindName(PlanItem::Kind kind);
/// Stable key for JSON: "cadence_overdue", "next_step", "manual", "cadence_due".
QString planKindKey(PlanItem::Kind kind);

/// The item as JSON (CLI, scripts): id, uid, contactId, contactName, company, due, originalDue,
/// snoozedUntil, reason, origin, status, kind, whyNow, score, tier, daysOverdue, projected.
QJsonObject planItemToJson(const PlanItem& item);

/// A week's list: items with their day, in order (by day, then rank).
struct WeekPlan
{
    IsoWeek week;
    QDate today;
    QList<PlanItem> items;
};

/// Decides what is due: keep-in-touch reminders from each contact's cadence (measured from the
/// last two-way conversation) and open follow-ups (agreed next steps, reminders set by hand).
/// Keep-in-touch reminders become follow-up rows (origin 'cadence') so they can be done,
/// snoozed, synced; materialise() is idempotent. Everything reads Clock::today().
class FollowUpPlanner
{
public:
    explicit FollowUpPlanner(db::Database& db);

    /// Creates a cadence follow-up for every contact whose ideal date is on or before `until` and
    /// that has none open; cancels open ones made stale by a newer conversation or a removed
    /// cadence. Returns how many were created.
    Result<int> materialise(const QDate& until);

    /// Everything due or overdue today, best first ("10 calls before 10"). Materialises first.
    /// limit <= 0: all.
    Result<QList<PlanItem>> today(int limit = 0);

    /// The ISO week's list (Monday–Sunday). The current week is materialised through Sunday and
    /// also lists what is overdue from before (under Monday); a future week shows projected
    /// keep-in-touch reminders without saving them; a past week shows what is still open from it.
    Result<WeekPlan> week(const IsoWeek& week);

    /// Follow-ups with contact names: open ones (soonest first), or all (newest due first).
    Result<QList<PlanItem>> list(bool includeClosed);

    /// One contact's keep-in-touch state (for the contact panel): the cadence and its status today.
    struct ContactCadence
    {
        Cadence cadence;
        CadenceStatus status;
        QDate anchor;
        bool neverTalked = false;
        QString whyNow; ///< empty unless due or overdue
    };
    Result<ContactCadence> cadenceFor(qint64 contactId);

    // Actions (thin wrappers over FollowUpStore, so the Today view needs one object).
    /// Marks done; a recurring follow-up schedules its next. Returns the new one's id or 0.
    Result<qint64> done(qint64 followUpId);
    Status snoozeDays(qint64 followUpId, int days); ///< from today: 1 = tomorrow, 7 = a week
    Status snoozeUntil(qint64 followUpId, const QDate& until);
    Status reschedule(qint64 followUpId, const QDate& due);

    /// Best first: kind, then score (higher first), then days overdue (more first), then date.
    static void sortByPriority(QList<PlanItem>& items);

    const CadencePolicy& policy() const { return m_policy; }

private:
    struct ContactState;
    Result<QList<ContactState>> contactStates(const QList<qint64>& onlyIds);
    Result<QList<PlanItem>> openItems(const QString& where, const QVariantList& binds, const QDate& asOf);
    void explain(PlanItem& item, const ContactState* state, const QDate& asOf) const;

    db::Database& m_db;
    CadencePolicy m_policy;
};

} // namespace rapport::followups
