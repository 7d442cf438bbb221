#include "InvitationStore.h"

#include "db/Database.h"
#include "db/SqlQuery.h"
#include "util/Clock.h"

#include <QCoreApplication>

namespace rapport {

using db::SqlQuery;

namespace {

const QString kSelect = QStringLiteral(
    "SELECT id, direction, from_name, from_headline, from_url, to_name, to_url, message, sent_at, mutual_connections, "
    "sender_connection_count, contact_id, status, verdict, score, reasons, user_decision, external_key, batch_id "
    "FROM invitations ");

Invitation fromRow(SqlQuery& q)
{
    Invitation i;
    i.id = q.int64(0);
    i.incoming = q.string(1) == QLatin1String("incoming");
    i.fromName = q.string(2);
    i.fromHeadline = q.string(3);
    i.fromUrl = q.string(4);
    i.toName = q.string(5);
    i.toUrl = q.string(6);
    i.message = q.string(7);
    i.sentAt = QDateTime::fromString(q.string(8), Qt::ISODate);
    if (!q.value(9).isNull()) {
        i.mutualConnections = q.value(9).toInt();
    }
    if (!q.value(10).isNull()) {
        i.senderConnectionCount = q.value(10).toInt();
    }
    i.contactId = q.int64(11);
    i.status = q.string(12);
    i.verdict = q.string(13);
    i.score = q.value(14).isNull() ? -1 : q.value(14).toDouble();
    i.reasons = q.string(15);
    i.userDecision = q.string(16);
    i.externalKey = q.string(17);
    i.batchId = q.int64(18);
    return i;
}

QVariant optionalInt(const std::optional<int>& v)
{
    return v ? QVariant(*v) : QVariant();
}
} // namespace

InvitationStore::InvitationStore(db::Database& db) : m_db(db) {}

Result<qint64> InvitationStore::add(Invitation& i)
{
    if (!i.externalKey.isEmpty()) {
        const QVariant existing =
            db::scalar(m_db, QStringLiteral("SELECT id FROM invitations WHERE external_key=?"), {i.externalKey});
        if (existing.isValid()) {
            i.id = existing.toLongLong();
            return Result<qint64>::ok(i.id);
        }
    }
    SqlQuery q(m_db, QStringLiteral("INSERT INTO invitations (direction, from_name, from_headline, from_url, to_name, "
                                    "to_url, message, sent_at, mutual_connections, sender_connection_count, "
                                    "contact_id, status, verdict, score, reasons, user_decision, external_key, "
                                    "batch_id, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    q.bindAll({i.incoming ? QStringLiteral("incoming") : QStringLiteral("outgoing"), i.fromName, i.fromHeadline,
               i.fromUrl, i.toName, i.toUrl, i.message, db::nullIfEmpty(i.sentAt.toString(Qt::ISODate)),
               optionalInt(i.mutualConnections), optionalInt(i.senderConnectionCount), db::nullIfZero(i.contactId),
               i.status, i.verdict, i.score >= 0 ? QVariant(i.score) : QVariant(), i.reasons, i.userDecision,
               db::nullIfEmpty(i.externalKey), db::nullIfZero(i.batchId), Clock::isoNow()});
    if (!q.exec()) {
        return Result<qint64>::fail(
            QCoreApplication::translate("InvitationStore", "Cannot save the invitation: %1").arg(q.error()));
    }
    i.id = q.lastInsertId();
    m_db.notifyChanged(db::Entity::Invitation, {i.id});
    return Result<qint64>::ok(i.id);
}

Result<Invitation> InvitationStore::get(qint64 id)
{
    SqlQuery q(m_db, kSelect + QStringLiteral("WHERE id=?"));
    q.bind(id);
    if (!q.exec() || !q.next()) {
        return Result<Invitation>::fail(
            QCoreApplication::translate("InvitationStore", "There is no invitation with id %1.").arg(id));
    }
    return Result<Invitation>::ok(fromRow(q));
}

Result<QList<Invitation>> InvitationStore::list(bool incoming, const QString& status)
{
    SqlQuery q(m_db, kSelect + QStringLiteral("WHERE direction=? AND (?='' OR status=?) ORDER BY "
                                              "CASE verdict WHEN 'genuine' THEN 0 WHEN 'unclear' THEN 1 WHEN '' THEN 2 "
                                              "ELSE 3 END, sent_at DESC, id DESC"));
    q.bindAll({incoming ? QStringLiteral("incoming") : QStringLiteral("outgoing"), status, status});
    if (!q.exec()) {
        return Result<QList<Invitation>>::fail(q.error());
    }
    QList<Invitation> out;
    while (q.next()) {
        out << fromRow(q);
    }
    return Result<QList<Invitation>>::ok(std::move(out));
}

Status InvitationStore::setVerdict(qint64 id, const QString& verdict, double score, const QString& reasonsJson)
{
    auto s = db::exec(m_db, QStringLiteral("UPDATE invitations SET verdict=?, score=?, reasons=? WHERE id=?"),
                      {verdict, score, reasonsJson, id});
    if (s) {
        m_db.notifyChanged(db::Entity::Invitation, {id});
    }
    return s;
}

Status InvitationStore::decide(qint64 id, const QString& decision, const QString& status, qint64 contactId)
{
    auto s = contactId >= 0
                 ? db::exec(m_db,
                            QStringLiteral("UPDATE invitations SET user_decision=?, status=?, decided_at=?, "
                                           "contact_id=? WHERE id=?"),
                            {decision, status, decision.isEmpty() ? QVariant() : QVariant(Clock::isoNow()),
                             db::nullIfZero(contactId), id})
                 : db::exec(m_db,
                            QStringLiteral("UPDATE invitations SET user_decision=?, status=?, decided_at=? WHERE id=?"),
                            {decision, status, decision.isEmpty() ? QVariant() : QVariant(Clock::isoNow()), id});
    if (s) {
        m_db.notifyChanged(db::Entity::Invitation, {id});
    }
    return s;
}

Status InvitationStore::remove(qint64 id)
{
    auto s = db::exec(m_db, QStringLiteral("DELETE FROM invitations WHERE id=?"), {id});
    if (s) {
        m_db.notifyChanged(db::Entity::Invitation, {id});
    }
    return s;
}

} // namespace rapport
