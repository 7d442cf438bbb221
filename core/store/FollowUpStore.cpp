#include "FollowUpStore.h"

#include "db/Database.h"
#include "db/SqlQuery.h"
#include "db/Transaction.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QUuid>

namespace rapport {

using db::SqlQuery;

namespace {

// Dates are ISO days; only the first ten characters count, so a stored time part never hides one.
QDate isoDay(const QString& s)
{
    return QDate::fromString(s.left(10), Qt::ISODate);
}

const QString kSelect = QStringLiteral("SELECT %1 FROM followups ").arg(FollowUpStore::columns());

} // namespace

FollowUpStore::FollowUpStore(db::Database& db) : m_db(db) {}

QString FollowUpStore::columns(const QString& tablePrefix)
{
    QStringList names{QStringLiteral("id"),
                      QStringLiteral("uid"),
                      QStringLiteral("contact_id"),
                      QStringLiteral("due_date"),
                      QStringLiteral("reason"),
                      QStringLiteral("origin"),
                      QStringLiteral("conversation_id"),
                      QStringLiteral("status"),
                      QStringLiteral("snoozed_until"),
                      QStringLiteral("done_at"),
                      QStringLiteral("recurrence_days"),
                      QStringLiteral("batch_id")};
    for (QString& n : names) {
        n.prepend(tablePrefix);
    }
    return names.join(QStringLiteral(", "));
}

FollowUp FollowUpStore::fromRow(const SqlQuery& q)
{
    FollowUp f;
    f.id = q.int64(0);
    f.uid = q.string(1);
    f.contactId = q.int64(2);
    f.due = isoDay(q.string(3));
    f.reason = q.string(4);
    f.origin = followUpOriginFromKey(q.string(5));
    f.conversationId = q.int64(6);
    f.status = followUpStatusFromKey(q.string(7));
    f.snoozedUntil = isoDay(q.string(8));
    f.doneAt = q.string(9);
    f.recurrenceDays = q.value(10).toInt();
    f.batchId = q.int64(11);
    return f;
}

Result<qint64> FollowUpStore::add(FollowUp& f)
{
    if (f.contactId <= 0) {
        return Result<qint64>::fail(QCoreApplication::translate("FollowUpStore", "A follow-up needs a contact."));
    }
    if (!f.due.isValid()) {
        return Result<qint64>::fail(
            QCoreApplication::translate("FollowUpStore", "A follow-up needs a valid due date."));
    }
    if (f.uid.isEmpty()) {
        f.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    }
    const QString now = Clock::isoNow();
    SqlQuery q(m_db,
               QStringLiteral("INSERT INTO followups (uid, contact_id, due_date, reason, origin, conversation_id, "
                              "status, snoozed_until, done_at, recurrence_days, batch_id, created_at, "
                              "updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    q.bindAll({f.uid, f.contactId, f.due.toString(Qt::ISODate), f.reason, followUpOriginKey(f.origin),
               db::nullIfZero(f.conversationId), followUpStatusKey(f.status),
               db::nullIfEmpty(f.snoozedUntil.toString(Qt::ISODate)), db::nullIfEmpty(f.doneAt),
               f.recurrenceDays > 0 ? QVariant(f.recurrenceDays) : QVariant(), db::nullIfZero(f.batchId), now, now});
    if (!q.exec()) {
        if (q.error().contains(QLatin1String("FOREIGN KEY"))) {
            return Result<qint64>::fail(
                QCoreApplication::translate("FollowUpStore", "There is no contact with id %1.").arg(f.contactId));
        }
        return Result<qint64>::fail(
            QCoreApplication::translate("FollowUpStore", "Cannot save the follow-up: %1").arg(q.error()));
    }
    f.id = q.lastInsertId();
    m_db.notifyChanged(db::Entity::FollowUp, {f.id});
    return Result<qint64>::ok(f.id);
}

Result<FollowUp> FollowUpStore::get(qint64 id)
{
    SqlQuery q(m_db, kSelect + QStringLiteral("WHERE id=?"));
    q.bind(id);
    if (!q.exec() || !q.next()) {
        return Result<FollowUp>::fail(
            QCoreApplication::translate("FollowUpStore", "There is no follow-up with id %1.").arg(id));
    }
    return Result<FollowUp>::ok(fromRow(q));
}

Result<QList<FollowUp>> FollowUpStore::open(const QDate& from, const QDate& until)
{
    const QString effective = QStringLiteral("max(due_date, coalesce(snoozed_until, ''))");
    SqlQuery q(m_db,
               kSelect + QStringLiteral("WHERE status='open' AND %1 <= ? AND %1 >= ? AND contact_id IN (SELECT id "
                                        "FROM contacts WHERE deleted_at IS NULL AND archived=0) "
                                        "ORDER BY %1, id")
                             .arg(effective));
    q.bindAll({until.toString(Qt::ISODate), from.isValid() ? from.toString(Qt::ISODate) : QString()});
    if (!q.exec()) {
        return Result<QList<FollowUp>>::fail(q.error());
    }
    QList<FollowUp> out;
    while (q.next()) {
        out << fromRow(q);
    }
    return Result<QList<FollowUp>>::ok(std::move(out));
}

Result<QList<FollowUp>> FollowUpStore::forContact(qint64 contactId, bool openOnly)
{
    SqlQuery q(m_db, kSelect + (openOnly ? QStringLiteral("WHERE contact_id=? AND status='open' ORDER BY due_date")
                                         : QStringLiteral("WHERE contact_id=? ORDER BY due_date DESC")));
    q.bind(contactId);
    if (!q.exec()) {
        return Result<QList<FollowUp>>::fail(q.error());
    }
    QList<FollowUp> out;
    while (q.next()) {
        out << fromRow(q);
    }
    return Result<QList<FollowUp>>::ok(std::move(out));
}

Result<qint64> FollowUpStore::markDone(qint64 id)
{
    auto f = get(id);
    if (!f) {
        return Result<qint64>::fail(f.error());
    }
    db::Transaction tx(m_db);
    if (auto s =
            db::exec(m_db, QStringLiteral("UPDATE followups SET status='done', done_at=?, updated_at=? WHERE id=?"),
                     {Clock::isoNow(), Clock::isoNow(), id});
        !s) {
        return Result<qint64>::fail(s.error());
    }
    qint64 nextId = 0;
    if (f->recurrenceDays > 0) {
        FollowUp next = f.value();
        next.id = 0;
        next.uid.clear();
        next.status = FollowUp::Status::Open;
        next.snoozedUntil = {};
        next.doneAt.clear();
        next.batchId = 0;
        next.due = std::max(Clock::today(), f->due).addDays(f->recurrenceDays);
        auto added = add(next);
        if (!added) {
            return added;
        }
        nextId = added.value();
    }
    if (!tx.commit()) {
        return Result<qint64>::fail(
            QCoreApplication::translate("FollowUpStore", "Cannot save: the database refused the change."));
    }
    m_db.notifyChanged(db::Entity::FollowUp, {id});
    return Result<qint64>::ok(nextId);
}

Status FollowUpStore::snooze(qint64 id, const QDate& until)
{
    if (!until.isValid()) {
        return Status::fail(QCoreApplication::translate("FollowUpStore", "Snoozing needs a valid date."));
    }
    auto s = db::exec(m_db,
                      QStringLiteral("UPDATE followups SET snoozed_until=?, updated_at=? WHERE id=? AND status='open'"),
                      {until.toString(Qt::ISODate), Clock::isoNow(), id});
    if (s) {
        m_db.notifyChanged(db::Entity::FollowUp, {id});
    }
    return s;
}

Status FollowUpStore::reschedule(qint64 id, const QDate& due)
{
    if (!due.isValid()) {
        return Status::fail(QCoreApplication::translate("FollowUpStore", "Rescheduling needs a valid date."));
    }
    auto s =
        db::exec(m_db, QStringLiteral("UPDATE followups SET due_date=?, snoozed_until=NULL, updated_at=? WHERE id=?"),
                 {due.toString(Qt::ISODate), Clock::isoNow(), id});
    if (s) {
        m_db.notifyChanged(db::Entity::FollowUp, {id});
    }
    return s;
}

Status FollowUpStore::restore(const FollowUp& p)
{
    auto s = db::exec(m_db,
                      QStringLiteral("UPDATE followups SET due_date=?, reason=?, status=?, snoozed_until=?, done_at=?, "
                                     "recurrence_days=?, updated_at=? WHERE id=?"),
                      {p.due.toString(Qt::ISODate), p.reason, followUpStatusKey(p.status),
                       db::nullIfEmpty(p.snoozedUntil.toString(Qt::ISODate)), db::nullIfEmpty(p.doneAt),
                       p.recurrenceDays > 0 ? QVariant(p.recurrenceDays) : QVariant(), Clock::isoNow(), p.id});
    if (s) {
        m_db.notifyChanged(db::Entity::FollowUp, {p.id});
    }
    return s;
}

Status FollowUpStore::remove(qint64 id)
{
    auto s = db::exec(m_db, QStringLiteral("DELETE FROM followups WHERE id=?"), {id});
    if (s) {
        m_db.notifyChanged(db::Entity::FollowUp, {id});
    }
    return s;
}

Status FollowUpStore::reassign(qint64 fromContactId, qint64 toContactId)
{
    return db::exec(m_db, QStringLiteral("UPDATE followups SET contact_id=?, updated_at=? WHERE contact_id=?"),
                    {toContactId, Clock::isoNow(), fromContactId});
}

} // namespace rapport
