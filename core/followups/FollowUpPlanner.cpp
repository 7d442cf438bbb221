#include "FollowUpPlanner.h"

#include "PlainWords.h"
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "db/Transaction.h"
#include "services/commands/BulkHelpers.h"
#include "store/FollowUpStore.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonValue>
#include <QSet>
#include <QUuid>

#include <algorithm>

namespace rapport::followups {

using db::SqlQuery;

namespace {

QDate isoDate(const QString& s)
{
    return QDate::fromString(s.left(10), Qt::ISODate);
}

const QString kEffectiveDue = QStringLiteral("max(f.due_date, coalesce(f.snoozed_until, ''))");

} // namespace

QString planKindName(PlanItem::Kind kind)
{
    switch (kind) {
    case PlanItem::Kind::CadenceOverdue:
        return QCoreApplication::translate("FollowUps", "Past the longest gap you want");
    case PlanItem::Kind::NextStep:
        return QCoreApplication::translate("FollowUps", "Agreed next steps");
    case PlanItem::Kind::Manual:
        return QCoreApplication::translate("FollowUps", "Reminders you set");
    case PlanItem::Kind::CadenceDue:
        break;
    }
    return QCoreApplication::translate("FollowUps", "Time to get in touch");
}

QString planKindKey(PlanItem::Kind kind)
{
    switch (kind) {
    case PlanItem::Kind::CadenceOverdue:
        return QStringLiteral("cadence_overdue");
    case PlanItem::Kind::NextStep:
        return QStringLiteral("next_step");
    case PlanItem::Kind::Manual:
        return QStringLiteral("manual");
    case PlanItem::Kind::CadenceDue:
        break;
    }
    return QStringLiteral("cadence_due");
}

QJsonObject planItemToJson(const PlanItem& item)
{
    const FollowUp& f = item.followUp;
    const auto date = [](const QDate& d) { return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(); };
    QJsonObject o{
        {QStringLiteral("id"), f.id > 0 ? QJsonValue(f.id) : QJsonValue()},
        {QStringLiteral("uid"), f.uid.isEmpty() ? QJsonValue() : QJsonValue(f.uid)},
        {QStringLiteral("contactId"), f.contactId},
        {QStringLiteral("contactName"), item.contactName},
        {QStringLiteral("company"), item.company},
        {QStringLiteral("due"), date(item.due)},
        {QStringLiteral("originalDue"), date(f.due)},
        {QStringLiteral("snoozedUntil"), date(f.snoozedUntil)},
        {QStringLiteral("reason"), f.reason},
        {QStringLiteral("origin"), followUpOriginKey(f.origin)},
        {QStringLiteral("status"), followUpStatusKey(f.status)},
        {QStringLiteral("kind"), planKindKey(item.kind)},
        {QStringLiteral("whyNow"), item.whyNow},
        {QStringLiteral("score"), item.score >= 0 ? QJsonValue(item.score) : QJsonValue()},
        {QStringLiteral("tier"), item.tier.isEmpty() ? QJsonValue() : QJsonValue(item.tier)},
        {QStringLiteral("daysOverdue"), item.daysOverdue},
        {QStringLiteral("lastConversation"), date(item.lastConversationOn)},
        {QStringLiteral("projected"), item.isProjected()},
    };
    if (f.recurrenceDays > 0) {
        o.insert(QStringLiteral("repeatDays"), f.recurrenceDays);
    }
    if (!f.doneAt.isEmpty()) {
        o.insert(QStringLiteral("doneAt"), f.doneAt);
    }
    return o;
}

/// What the planner knows about one contact's keep-in-touch clock.
struct FollowUpPlanner::ContactState
{
    qint64 id = 0;
    QString uid;
    QString name;
    QString company;
    double score = -1;
    QString tier;
    Cadence cadence;
    QDate anchor;
    bool neverTalked = true;
    qint64 lastConversationId = 0;
    QDate lastConversationOn;
};

FollowUpPlanner::FollowUpPlanner(db::Database& db) : m_db(db), m_policy(db) {}

Result<QList<FollowUpPlanner::ContactState>> FollowUpPlanner::contactStates(const QList<qint64>& onlyIds)
{
    using R = Result<QList<ContactState>>;
    QString sql = QStringLiteral(
        "SELECT c.id, c.uid, c.display_name, c.first_name, c.last_name, c.company, c.cadence_ideal_days, "
        "c.cadence_max_days, c.connected_on, c.created_at, s.score, s.tier, lc.id, lc.happened_at, "
        "(SELECT max(f.done_at) FROM followups f WHERE f.contact_id=c.id AND f.origin='cadence' AND f.status='done') "
        "FROM contacts c LEFT JOIN contact_scores s ON s.contact_id=c.id "
        "LEFT JOIN conversations lc ON lc.id=(SELECT v.id FROM conversation_contacts cc JOIN conversations v ON "
        "v.id=cc.conversation_id WHERE cc.contact_id=c.id AND v.two_way=1 AND substr(v.happened_at,1,10) <= ? "
        "ORDER BY v.happened_at DESC, v.id DESC LIMIT 1) "
        "WHERE c.deleted_at IS NULL AND c.archived=0");
    if (!onlyIds.isEmpty()) {
        sql += QStringLiteral(" AND c.id IN (%1)").arg(bulk::idList(onlyIds));
    }
    SqlQuery q(m_db, sql);
    q.bind(Clock::today().toString(Qt::ISODate));
    if (!q.exec()) {
        return R::fail(q.error());
    }
    QList<ContactState> out;
    while (q.next()) {
        ContactState s;
        s.id = q.int64(0);
        s.uid = q.string(1);
        s.name = q.string(2);
        if (s.name.isEmpty()) {
            s.name = QStringList{q.string(3), q.string(4)}.join(QLatin1Char(' ')).trimmed();
        }
        s.company = q.string(5);
        s.score = q.value(10).isNull() ? -1 : q.value(10).toDouble();
        s.tier = q.string(11);
        s.cadence = m_policy.resolve(s.tier, q.value(6).toInt(), q.value(7).toInt());
        s.lastConversationId = q.int64(12);
        s.lastConversationOn = isoDate(q.string(13));
        s.neverTalked = !s.lastConversationOn.isValid();
        const QDate doneOn = isoDate(q.string(14));
        s.anchor = s.lastConversationOn;
        if (doneOn.isValid() && (!s.anchor.isValid() || doneOn > s.anchor)) {
            // Marking a keep-in-touch reminder done (a message sent) also restarts the clock.
            s.anchor = doneOn;
        }
        if (!s.anchor.isValid()) {
            s.anchor = isoDate(q.string(8));
        }
        if (!s.anchor.isValid()) {
            s.anchor = isoDate(q.string(9));
        }
        out << s;
    }
    return R::ok(std::move(out));
}

Result<int> FollowUpPlanner::materialise(const QDate& until)
{
    using R = Result<int>;
    auto states = contactStates({});
    if (!states) {
        return R::fail(states.error());
    }
    QHash<qint64, const ContactState*> byId;
    for (const auto& s : states.value()) {
        byId.insert(s.id, &s);
    }

    SqlQuery open(m_db, QStringLiteral("SELECT id, contact_id, coalesce(conversation_id, 0) FROM followups "
                                       "WHERE origin='cadence' AND status='open' ORDER BY id"));
    if (!open.exec()) {
        return R::fail(open.error());
    }
    QSet<qint64> covered;
    QList<qint64> stale;
    while (open.next()) {
        const qint64 contactId = open.int64(1);
        const ContactState* s = byId.value(contactId);
        if (!s) {
            continue; // archived or in the Trash: left as it is
        }
        // A newer conversation than the one this reminder counts from, a removed cadence or a
        // duplicate: the reminder no longer says anything true.
        if (!s->cadence.isSet() || open.int64(2) != s->lastConversationId || covered.contains(contactId)) {
            stale << open.int64(0);
        } else {
            covered.insert(contactId);
        }
    }

    db::Transaction tx(m_db);
    const QString now = Clock::isoNow();
    for (const qint64 id : std::as_const(stale)) {
        if (auto s = db::exec(m_db, QStringLiteral("UPDATE followups SET status='cancelled', updated_at=? WHERE id=?"),
                              {now, id});
            !s) {
            return R::fail(s.error());
        }
    }
    int created = 0;
    for (const auto& s : states.value()) {
        if (!s.cadence.isSet() || covered.contains(s.id)) {
            continue;
        }
        const CadenceStatus status = evaluateCadence(s.cadence, s.anchor, until);
        if (status.state == CadenceStatus::State::None || status.state == CadenceStatus::State::NotYet) {
            continue;
        }
        const QString reason =
            QCoreApplication::translate("FollowUps", "Keep in touch (%1)").arg(words::every(s.cadence.idealDays));
        if (auto r =
                db::exec(m_db,
                         QStringLiteral("INSERT INTO followups (uid, contact_id, due_date, reason, origin, "
                                        "conversation_id, created_at, updated_at) "
                                        "VALUES (?,?,?,?,'cadence',?,?,?)"),
                         {QUuid::createUuid().toString(QUuid::WithoutBraces), s.id, status.dueOn.toString(Qt::ISODate),
                          reason, db::nullIfZero(s.lastConversationId), now, now});
            !r) {
            return R::fail(r.error());
        }
        ++created;
    }
    if (!tx.commit()) {
        return R::fail(QCoreApplication::translate(
            "FollowUps", "Cannot save the keep-in-touch reminders: the database refused the change."));
    }
    if (created > 0 || !stale.isEmpty()) {
        m_db.notifyChanged(db::Entity::FollowUp);
    }
    return R::ok(created);
}

void FollowUpPlanner::explain(PlanItem& item, const ContactState* state, const QDate& asOf) const
{
    const QDate today = Clock::today();
    const FollowUp& f = item.followUp;
    if (state) {
        item.contactName = state->name;
        item.contactUid = state->uid;
        item.company = state->company;
        item.score = state->score;
        item.tier = state->tier;
        item.cadence = state->cadence;
        item.lastConversationOn = state->lastConversationOn;
        item.neverTalked = state->neverTalked;
    }
    item.due = f.effectiveDue();
    item.listedOn = item.due;
    item.daysOverdue = item.due.isValid() ? std::max<int>(0, static_cast<int>(item.due.daysTo(today))) : 0;
    if (f.status != FollowUp::Status::Open) {
        item.kind = f.origin == FollowUp::Origin::NextStep ? PlanItem::Kind::NextStep : PlanItem::Kind::Manual;
        item.whyNow = f.reason;
        item.daysOverdue = 0;
        return;
    }
    switch (f.origin) {
    case FollowUp::Origin::Cadence:
        if (state && state->cadence.isSet()) {
            const CadenceStatus status = evaluateCadence(state->cadence, state->anchor, asOf);
            item.kind = status.state == CadenceStatus::State::Overdue ? PlanItem::Kind::CadenceOverdue
                                                                      : PlanItem::Kind::CadenceDue;
            item.whyNow = words::cadenceWhy(status, state->cadence, state->neverTalked);
        } else {
            item.kind = PlanItem::Kind::CadenceDue;
            item.whyNow = words::manualWhy(f.reason, item.due, today);
        }
        break;
    case FollowUp::Origin::NextStep:
        item.kind = PlanItem::Kind::NextStep;
        item.whyNow = words::nextStepWhy(f.reason, item.due, today);
        break;
    case FollowUp::Origin::Manual:
        item.kind = PlanItem::Kind::Manual;
        item.whyNow = words::manualWhy(f.reason, item.due, today);
        break;
    }
}

Result<QList<PlanItem>> FollowUpPlanner::openItems(const QString& where, const QVariantList& binds, const QDate& asOf)
{
    using R = Result<QList<PlanItem>>;
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM followups f JOIN contacts c ON c.id=f.contact_id "
                                    "WHERE c.deleted_at IS NULL AND c.archived=0 AND %2")
                         .arg(FollowUpStore::columns(QStringLiteral("f.")), where));
    for (const QVariant& v : binds) {
        q.bind(v);
    }
    if (!q.exec()) {
        return R::fail(q.error());
    }
    QList<PlanItem> items;
    QList<qint64> contactIds;
    QSet<qint64> seen;
    while (q.next()) {
        PlanItem item;
        item.followUp = FollowUpStore::fromRow(q);
        const FollowUp& f = item.followUp;
        if (!seen.contains(f.contactId)) {
            seen.insert(f.contactId);
            contactIds << f.contactId;
        }
        items << item;
    }
    QHash<qint64, ContactState> states;
    // Bounded IN lists keep the statement small for long listings.
    for (qsizetype i = 0; i < contactIds.size(); i += 500) {
        auto part = contactStates(contactIds.mid(i, 500));
        if (!part) {
            return R::fail(part.error());
        }
        for (auto& s : part.value()) {
            states.insert(s.id, std::move(s));
        }
    }
    for (auto& item : items) {
        const auto it = states.constFind(item.followUp.contactId);
        const QDate itemAsOf = asOf.isValid() ? asOf : std::max(Clock::today(), item.followUp.effectiveDue());
        explain(item, it == states.constEnd() ? nullptr : &it.value(), itemAsOf);
    }
    return R::ok(std::move(items));
}

void FollowUpPlanner::sortByPriority(QList<PlanItem>& items)
{
    std::stable_sort(items.begin(), items.end(), [](const PlanItem& a, const PlanItem& b) {
        if (a.kind != b.kind) {
            return a.kind < b.kind;
        }
        if (a.score != b.score) {
            return a.score > b.score;
        }
        if (a.daysOverdue != b.daysOverdue) {
            return a.daysOverdue > b.daysOverdue;
        }
        if (a.due != b.due) {
            return a.due < b.due;
        }
        return a.followUp.id < b.followUp.id;
    });
}

Result<QList<PlanItem>> FollowUpPlanner::today(int limit)
{
    using R = Result<QList<PlanItem>>;
    const QDate today = Clock::today();
    if (auto m = materialise(today); !m) {
        return R::fail(m.error());
    }
    auto items = openItems(QStringLiteral("f.status='open' AND %1 <= ?").arg(kEffectiveDue),
                           {today.toString(Qt::ISODate)}, today);
    if (!items) {
        return items;
    }
    sortByPriority(items.value());
    if (limit > 0 && items->size() > limit) {
        items.value().resize(limit);
    }
    return items;
}

Result<WeekPlan> FollowUpPlanner::week(const IsoWeek& week)
{
    using R = Result<WeekPlan>;
    if (!week.isValid()) {
        return R::fail(QCoreApplication::translate("FollowUps", "That is not a valid ISO week."));
    }
    WeekPlan plan;
    plan.week = week;
    plan.today = Clock::today();
    const QString monday = week.monday().toString(Qt::ISODate);
    const QString sunday = week.sunday().toString(Qt::ISODate);
    const bool current = week.contains(plan.today);
    const bool future = week.monday() > plan.today;
    if (current) {
        if (auto m = materialise(week.sunday()); !m) {
            return R::fail(m.error());
        }
    }
    // The current week also carries what is overdue from before it.
    auto items = current ? openItems(QStringLiteral("f.status='open' AND %1 <= ?").arg(kEffectiveDue), {sunday}, {})
                         : openItems(QStringLiteral("f.status='open' AND %1 >= ? AND %1 <= ?").arg(kEffectiveDue),
                                     {monday, sunday}, {});
    if (!items) {
        return R::fail(items.error());
    }
    plan.items = std::move(items).value();

    if (future) {
        // Keep-in-touch reminders that would come up that week, shown but not saved.
        QSet<qint64> covered;
        SqlQuery q(m_db, QStringLiteral("SELECT DISTINCT contact_id FROM followups WHERE origin='cadence' AND "
                                        "status='open'"));
        if (!q.exec()) {
            return R::fail(q.error());
        }
        while (q.next()) {
            covered.insert(q.int64(0));
        }
        auto states = contactStates({});
        if (!states) {
            return R::fail(states.error());
        }
        for (const auto& s : states.value()) {
            if (!s.cadence.isSet() || covered.contains(s.id)) {
                continue;
            }
            const CadenceStatus status = evaluateCadence(s.cadence, s.anchor, week.sunday());
            if (!week.contains(status.dueOn)) {
                continue;
            }
            PlanItem item;
            item.followUp.contactId = s.id;
            item.followUp.due = status.dueOn;
            item.followUp.origin = FollowUp::Origin::Cadence;
            item.followUp.reason =
                QCoreApplication::translate("FollowUps", "Keep in touch (%1)").arg(words::every(s.cadence.idealDays));
            explain(item, &s, status.dueOn);
            plan.items << item;
        }
    }
    for (auto& item : plan.items) {
        item.listedOn = std::max(item.due, week.monday());
    }
    sortByPriority(plan.items);
    std::stable_sort(plan.items.begin(), plan.items.end(),
                     [](const PlanItem& a, const PlanItem& b) { return a.listedOn < b.listedOn; });
    return R::ok(std::move(plan));
}

Result<QList<PlanItem>> FollowUpPlanner::list(bool includeClosed)
{
    using R = Result<QList<PlanItem>>;
    const QDate today = Clock::today();
    if (auto m = materialise(today); !m) {
        return R::fail(m.error());
    }
    if (includeClosed) {
        return openItems(QStringLiteral("1=1 ORDER BY f.due_date DESC, f.id DESC"), {}, today);
    }
    return openItems(QStringLiteral("f.status='open' ORDER BY %1, f.id").arg(kEffectiveDue), {}, {});
}

Result<FollowUpPlanner::ContactCadence> FollowUpPlanner::cadenceFor(qint64 contactId)
{
    using R = Result<ContactCadence>;
    auto states = contactStates({contactId});
    if (!states) {
        return R::fail(states.error());
    }
    if (states->isEmpty()) {
        return R::fail(QCoreApplication::translate("FollowUps", "There is no contact with id %1.").arg(contactId));
    }
    const ContactState& s = states->first();
    ContactCadence c;
    c.cadence = s.cadence;
    c.anchor = s.anchor;
    c.neverTalked = s.neverTalked;
    c.status = evaluateCadence(s.cadence, s.anchor, Clock::today());
    if (c.status.state == CadenceStatus::State::Due || c.status.state == CadenceStatus::State::Overdue) {
        c.whyNow = words::cadenceWhy(c.status, c.cadence, c.neverTalked);
    }
    return R::ok(c);
}

Result<qint64> FollowUpPlanner::done(qint64 followUpId)
{
    FollowUpStore store(m_db);
    auto f = store.get(followUpId);
    if (!f) {
        return Result<qint64>::fail(f.error());
    }
    if (f->status != FollowUp::Status::Open) {
        return Result<qint64>::fail(
            QCoreApplication::translate("FollowUps", "Follow-up %1 is not open any more.").arg(followUpId));
    }
    return store.markDone(followUpId);
}

Status FollowUpPlanner::snoozeDays(qint64 followUpId, int days)
{
    if (days <= 0) {
        return Status::fail(QCoreApplication::translate("FollowUps", "Snooze for at least one day."));
    }
    return snoozeUntil(followUpId, Clock::today().addDays(days));
}

namespace {
// Snooze and reschedule apply to open follow-ups only.
Status mustBeOpen(FollowUpStore& store, qint64 followUpId)
{
    auto f = store.get(followUpId);
    if (!f) {
        return Status::fail(f.error());
    }
    if (f->status != FollowUp::Status::Open) {
        return Status::fail(
            QCoreApplication::translate("FollowUps", "Follow-up %1 is not open any more.").arg(followUpId));
    }
    return Status::ok();
}
} // namespace

Status FollowUpPlanner::snoozeUntil(qint64 followUpId, const QDate& until)
{
    FollowUpStore store(m_db);
    if (auto open = mustBeOpen(store, followUpId); !open) {
        return open;
    }
    if (!until.isValid() || until <= Clock::today()) {
        return Status::fail(QCoreApplication::translate("FollowUps", "Snooze until a day after today."));
    }
    return store.snooze(followUpId, until);
}

Status FollowUpPlanner::reschedule(qint64 followUpId, const QDate& due)
{
    FollowUpStore store(m_db);
    if (auto open = mustBeOpen(store, followUpId); !open) {
        return open;
    }
    return store.reschedule(followUpId, due);
}

} // namespace rapport::followups
