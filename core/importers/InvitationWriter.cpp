#include "InvitationWriter.h"

#include "ChangeLog.h"
#include "ContactWriter.h"
#include "db/Database.h"
#include "util/Clock.h"
#include "util/Text.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace rapport::importers {

InvitationWriter::InvitationWriter(db::Database& db, qint64 batchId, ChangeLog& changes, const ContactWriter& contacts)
    : m_db(db), m_batchId(batchId), m_changes(changes), m_contacts(contacts), m_now(Clock::isoNow()),
      m_insert(db, QStringLiteral("INSERT INTO invitations (direction, from_name, from_url, to_name, to_url, message, "
                                  "sent_at, contact_id, status, external_key, batch_id, created_at) "
                                  "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")),
      m_update(db, QStringLiteral("UPDATE invitations SET status=?, contact_id=? WHERE id=?"))
{}

QString InvitationWriter::externalKey(const InvitationRecord& inv)
{
    const auto person = [](const QString& url, const QString& name) {
        return url.isEmpty() ? text::normalizedName(name) : url;
    };
    const QString raw =
        QStringList{inv.incoming ? QStringLiteral("in") : QStringLiteral("out"), person(inv.fromUrl, inv.fromName),
                    person(inv.toUrl, inv.toName), inv.sentAt.toString(Qt::ISODate), inv.message}
            .join(QChar(0x1f));
    return QStringLiteral("linkedin:") +
           QString::fromLatin1(QCryptographicHash::hash(raw.toUtf8(), QCryptographicHash::Sha1).toHex());
}

bool InvitationWriter::load()
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, external_key, status, COALESCE(contact_id, 0) FROM invitations "
                               "WHERE external_key IS NOT NULL"))) {
        m_error = q.lastError().text();
        return false;
    }
    while (q.next()) {
        m_existing.insert(q.value(1).toString(),
                          {q.value(0).toLongLong(), q.value(2).toString(), q.value(3).toLongLong(), false});
    }
    return true;
}

InvitationWriter::Outcome InvitationWriter::write(const InvitationRecord& inv)
{
    const QString otherUrl = inv.incoming ? inv.fromUrl : inv.toUrl;
    const QString otherName = inv.incoming ? inv.fromName : inv.toName;
    qint64 contactId = m_contacts.idForUrl(otherUrl);
    if (contactId == 0 && !otherUrl.startsWith(QLatin1String("https://"))) {
        contactId = m_contacts.idForName(otherName); // no joinable URL in this era: an unambiguous name will do
    }
    // Only part of the invitation history is exported; one whose other side is a connection was accepted.
    const QString status = contactId > 0 ? QStringLiteral("accepted") : QStringLiteral("pending");
    const QString key = externalKey(inv);
    auto it = m_existing.find(key);
    if (it == m_existing.end()) {
        m_insert.bindAll({inv.incoming ? QStringLiteral("incoming") : QStringLiteral("outgoing"), inv.fromName,
                          inv.fromUrl, inv.toName, inv.toUrl, inv.message,
                          db::nullIfEmpty(inv.sentAt.isValid() ? inv.sentAt.toString(Qt::ISODate) : QString()),
                          db::nullIfZero(contactId), status, key, m_batchId, m_now});
        if (!m_insert.exec()) {
            m_error = m_insert.error();
            return Outcome::Failed;
        }
        m_existing.insert(key, {m_insert.lastInsertId(), status, contactId, true});
        return Outcome::Added;
    }
    Existing& e = *it;
    if (e.insertedByBatch) {
        return Outcome::Merged;
    }
    // A decision the user made (or a later status) is not taken back by an older export.
    if (e.status != QLatin1String("pending") || (status == e.status && contactId == e.contactId) || contactId == 0) {
        return Outcome::Unchanged;
    }
    if (!m_changes.recordUpdate(
            QStringLiteral("invitations"), e.id,
            QJsonObject{{QStringLiteral("status"), e.status},
                        {QStringLiteral("contact_id"), e.contactId > 0 ? QJsonValue(e.contactId) : QJsonValue()}})) {
        m_error = m_changes.error();
        return Outcome::Failed;
    }
    m_update.bindAll({status, contactId, e.id});
    if (!m_update.exec()) {
        m_error = m_update.error();
        return Outcome::Failed;
    }
    e.status = status;
    e.contactId = contactId;
    e.insertedByBatch = true; // logged once; later duplicates in this batch are merges
    return Outcome::Updated;
}

} // namespace rapport::importers
