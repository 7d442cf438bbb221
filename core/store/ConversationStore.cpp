#include "ConversationStore.h"

#include "db/Database.h"
#include "db/SqlQuery.h"
#include "db/Transaction.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QUuid>

namespace rapport {

using db::SqlQuery;

namespace {

const QString kSelect = QStringLiteral(
    "SELECT id, uid, happened_at, kind, initiated_by, duration_minutes, summary, two_way, next_step, next_step_due, "
    "source, external_id, message_count, batch_id FROM conversations ");

Conversation fromRow(SqlQuery& q)
{
    Conversation c;
    c.id = q.int64(0);
    c.uid = q.string(1);
    c.happenedAt = QDateTime::fromString(q.string(2), Qt::ISODate);
    c.kind = conversationKindFromKey(q.string(3));
    c.initiatedBy = initiatorFromKey(q.string(4));
    c.durationMinutes = q.value(5).toInt();
    c.summary = q.string(6);
    c.twoWay = q.value(7).toInt() != 0;
    c.nextStep = q.string(8);
    c.nextStepDue = QDate::fromString(q.string(9), Qt::ISODate);
    c.source = q.string(10);
    c.externalId = q.string(11);
    c.messageCount = q.value(12).toInt();
    c.batchId = q.int64(13);
    return c;
}
} // namespace

ConversationStore::ConversationStore(db::Database& db) : m_db(db) {}

Result<qint64> ConversationStore::add(Conversation& c)
{
    using R = Result<qint64>;
    if (c.contactIds.isEmpty()) {
        return R::fail(QCoreApplication::translate("ConversationStore", "A conversation needs at least one contact."));
    }
    if (!c.happenedAt.isValid()) {
        return R::fail(QCoreApplication::translate("ConversationStore", "A conversation needs a valid date."));
    }
    if (c.uid.isEmpty()) {
        c.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    }
    const QString now = Clock::isoNow();
    db::Transaction tx(m_db);
    SqlQuery q(m_db,
               QStringLiteral("INSERT INTO conversations (uid, happened_at, kind, initiated_by, duration_minutes, "
                              "summary, two_way, next_step, next_step_due, source, external_id, message_count, "
                              "batch_id, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    q.bindAll({c.uid, c.happenedAt.toString(Qt::ISODate), conversationKindKey(c.kind), initiatorKey(c.initiatedBy),
               c.durationMinutes > 0 ? QVariant(c.durationMinutes) : QVariant(), c.summary, c.twoWay ? 1 : 0,
               c.nextStep, db::nullIfEmpty(c.nextStepDue.toString(Qt::ISODate)), c.source,
               db::nullIfEmpty(c.externalId), c.messageCount, db::nullIfZero(c.batchId), now, now});
    if (!q.exec()) {
        return R::fail(
            QCoreApplication::translate("ConversationStore", "Cannot save the conversation: %1").arg(q.error()));
    }
    c.id = q.lastInsertId();
    for (const qint64 contactId : std::as_const(c.contactIds)) {
        if (auto s = db::exec(m_db, QStringLiteral("INSERT OR IGNORE INTO conversation_contacts VALUES (?,?)"),
                              {c.id, contactId});
            !s) {
            return R::fail(
                QCoreApplication::translate("ConversationStore", "Cannot link the conversation to contact %1: %2")
                    .arg(contactId)
                    .arg(s.error()));
        }
        // A real conversation resets the keep-in-touch clock: the planner derives the next
        // cadence reminder from this date, so open cadence reminders are no longer due.
        if (c.twoWay) {
            if (auto s =
                    db::exec(m_db,
                             QStringLiteral("UPDATE followups SET status='cancelled', updated_at=? WHERE "
                                            "contact_id=? AND status='open' AND origin='cadence' AND created_at <= ?"),
                             {now, contactId, c.happenedAt.toString(Qt::ISODate)});
                !s) {
                return R::fail(s.error());
            }
        }
        if (!c.nextStep.trimmed().isEmpty() && c.nextStepDue.isValid()) {
            if (auto s = db::exec(m_db,
                                  QStringLiteral("INSERT INTO followups (uid, contact_id, due_date, reason, origin, "
                                                 "conversation_id, batch_id, created_at, updated_at) "
                                                 "VALUES (?,?,?,?,'next_step',?,?,?,?)"),
                                  {QUuid::createUuid().toString(QUuid::WithoutBraces), contactId,
                                   c.nextStepDue.toString(Qt::ISODate), c.nextStep.trimmed(), c.id,
                                   db::nullIfZero(c.batchId), now, now});
                !s) {
                return R::fail(
                    QCoreApplication::translate("ConversationStore", "Cannot create the follow-up: %1").arg(s.error()));
            }
        }
    }
    if (!tx.commit()) {
        return R::fail(QCoreApplication::translate("ConversationStore",
                                                   "Cannot save the conversation: the database refused the change."));
    }
    m_db.notifyChanged(db::Entity::Conversation, {c.id});
    m_db.notifyChanged(db::Entity::FollowUp);
    m_db.notifyChanged(db::Entity::Contact, c.contactIds);
    return R::ok(c.id);
}

Result<Conversation> ConversationStore::get(qint64 id)
{
    SqlQuery q(m_db, kSelect + QStringLiteral("WHERE id=?"));
    q.bind(id);
    if (!q.exec() || !q.next()) {
        return Result<Conversation>::fail(
            QCoreApplication::translate("ConversationStore", "There is no conversation with id %1.").arg(id));
    }
    Conversation c = fromRow(q);
    SqlQuery p(m_db, QStringLiteral("SELECT contact_id FROM conversation_contacts WHERE conversation_id=? ORDER BY 1"));
    p.bind(id);
    if (p.exec()) {
        while (p.next()) {
            c.contactIds << p.int64(0);
        }
    }
    return Result<Conversation>::ok(std::move(c));
}

Status ConversationStore::update(const Conversation& c)
{
    db::Transaction tx(m_db);
    SqlQuery q(m_db, QStringLiteral("UPDATE conversations SET happened_at=?, kind=?, initiated_by=?, "
                                    "duration_minutes=?, summary=?, two_way=?, next_step=?, next_step_due=?, "
                                    "updated_at=? WHERE id=?"));
    q.bindAll({c.happenedAt.toString(Qt::ISODate), conversationKindKey(c.kind), initiatorKey(c.initiatedBy),
               c.durationMinutes > 0 ? QVariant(c.durationMinutes) : QVariant(), c.summary, c.twoWay ? 1 : 0,
               c.nextStep, db::nullIfEmpty(c.nextStepDue.toString(Qt::ISODate)), Clock::isoNow(), c.id});
    if (!q.exec()) {
        return Status::fail(
            QCoreApplication::translate("ConversationStore", "Cannot save the conversation: %1").arg(q.error()));
    }
    if (!c.contactIds.isEmpty()) {
        if (auto s =
                db::exec(m_db, QStringLiteral("DELETE FROM conversation_contacts WHERE conversation_id=?"), {c.id});
            !s) {
            return s;
        }
        for (const qint64 contactId : c.contactIds) {
            if (auto s = db::exec(m_db, QStringLiteral("INSERT OR IGNORE INTO conversation_contacts VALUES (?,?)"),
                                  {c.id, contactId});
                !s) {
                return s;
            }
        }
    }
    if (!tx.commit()) {
        return Status::fail(QCoreApplication::translate(
            "ConversationStore", "Cannot save the conversation: the database refused the change."));
    }
    m_db.notifyChanged(db::Entity::Conversation, {c.id});
    m_db.notifyChanged(db::Entity::Contact, c.contactIds);
    return Status::ok();
}

Status ConversationStore::remove(qint64 id)
{
    auto s = db::exec(m_db, QStringLiteral("DELETE FROM conversations WHERE id=?"), {id});
    if (s) {
        m_db.notifyChanged(db::Entity::Conversation, {id});
        m_db.notifyChanged(db::Entity::Contact);
        m_db.notifyChanged(db::Entity::FollowUp);
    }
    return s;
}

Result<QList<Conversation>> ConversationStore::forContact(qint64 contactId, int limit)
{
    SqlQuery q(m_db, kSelect + QStringLiteral("WHERE id IN (SELECT conversation_id FROM conversation_contacts WHERE "
                                              "contact_id=?) ORDER BY happened_at DESC LIMIT ?"));
    q.bindAll({contactId, limit});
    if (!q.exec()) {
        return Result<QList<Conversation>>::fail(q.error());
    }
    QList<Conversation> out;
    while (q.next()) {
        out << fromRow(q);
        out.last().contactIds << contactId;
    }
    return Result<QList<Conversation>>::ok(std::move(out));
}

Status ConversationStore::reassign(qint64 fromContactId, qint64 toContactId)
{
    db::Transaction tx(m_db);
    if (auto s = db::exec(m_db,
                          QStringLiteral("INSERT OR IGNORE INTO conversation_contacts SELECT conversation_id, ? FROM "
                                         "conversation_contacts WHERE contact_id=?"),
                          {toContactId, fromContactId});
        !s) {
        return s;
    }
    if (auto s =
            db::exec(m_db, QStringLiteral("DELETE FROM conversation_contacts WHERE contact_id=?"), {fromContactId});
        !s) {
        return s;
    }
    if (!tx.commit()) {
        return Status::fail(QCoreApplication::translate(
            "ConversationStore", "Cannot move the conversations: the database refused the change."));
    }
    return Status::ok();
}

} // namespace rapport
