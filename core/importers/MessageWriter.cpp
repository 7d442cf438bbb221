#include "MessageWriter.h"

#include "ChangeLog.h"
#include "ContactWriter.h"
#include "db/Database.h"
#include "util/Clock.h"
#include "util/Text.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>

namespace rapport::importers {

namespace {

QString localIso(const QDateTime& dt)
{
    return dt.toLocalTime().toString(Qt::ISODate);
}

/// Stable across runs and exports: the same message always gets the same key.
QString messageKey(const MessageRecord& m)
{
    QCryptographicHash h(QCryptographicHash::Sha1);
    h.addData(m.fromUrl.toUtf8());
    h.addData("\x1f");
    h.addData(m.fromName.toUtf8());
    h.addData("\x1f");
    h.addData(m.content.toUtf8());
    return m.threadKey + QLatin1Char('|') + m.sentAt.toUTC().toString(Qt::ISODate) + QLatin1Char('|') +
           QString::fromLatin1(h.result().toHex().left(16));
}

bool isAnonymous(const QString& name)
{
    return name.isEmpty() || name == QLatin1String("LinkedIn Member");
}

} // namespace

MessageWriter::MessageWriter(db::Database& db, qint64 batchId, ChangeLog& changes, const ContactWriter& contacts,
                             int gapDays)
    : m_db(db), m_batchId(batchId), m_changes(changes), m_contacts(contacts), m_gapSecs(qint64(gapDays) * 24 * 3600),
      m_now(Clock::isoNow()),
      m_insertConversation(db,
                           QStringLiteral("INSERT INTO conversations (uid, happened_at, kind, initiated_by, "
                                          "summary, two_way, source, external_id, message_count, batch_id, "
                                          "created_at, updated_at) VALUES (?,?,'message',?,?,?,'linkedin',?,?,?,?,?)")),
      m_updateConversation(db, QStringLiteral("UPDATE conversations SET happened_at=?, initiated_by=?, two_way=?, "
                                              "message_count=?, updated_at=? WHERE id=?")),
      m_insertMessage(db, QStringLiteral("INSERT OR IGNORE INTO messages (conversation_id, sent_at, from_me, "
                                         "sender_name, sender_url, subject, content, folder, external_key) "
                                         "VALUES (?,?,?,?,?,?,?,?,?)")),
      m_linkContact(db, QStringLiteral("INSERT OR IGNORE INTO conversation_contacts (conversation_id, contact_id) "
                                       "VALUES (?, ?)"))
{}

bool MessageWriter::fail(const db::SqlQuery& q)
{
    m_error = q.error();
    return false;
}

bool MessageWriter::load()
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, external_id, message_count, two_way, initiated_by, happened_at, updated_at "
                               "FROM conversations WHERE source = 'linkedin' AND external_id IS NOT NULL"))) {
        m_error = q.lastError().text();
        return false;
    }
    while (q.next()) {
        Existing e;
        e.id = q.value(0).toLongLong();
        e.messageCount = q.value(2).toInt();
        e.twoWay = q.value(3).toBool();
        e.initiatedBy = q.value(4).toString();
        e.happenedAt = q.value(5).toString();
        e.updatedAt = q.value(6).toString();
        m_conversations.insert(q.value(1).toString(), e);
    }
    return true;
}

bool MessageWriter::write(const std::vector<MessageRecord>& messages, const OwnerIdentity& owner, Counts& counts,
                          const std::function<bool()>& tick)
{
    // Group by thread, keeping first-seen order so results do not depend on hash order.
    QHash<QString, int> threadIndex;
    std::vector<std::vector<const MessageRecord*>> threads;
    for (const MessageRecord& m : messages) {
        auto it = threadIndex.find(m.threadKey);
        if (it == threadIndex.end()) {
            it = threadIndex.insert(m.threadKey, int(threads.size()));
            threads.emplace_back();
        }
        threads[size_t(*it)].push_back(&m);
    }
    for (auto& thread : threads) {
        std::stable_sort(thread.begin(), thread.end(),
                         [](const MessageRecord* a, const MessageRecord* b) { return a->sentAt < b->sentAt; });
        std::vector<const MessageRecord*> session;
        for (const MessageRecord* m : thread) {
            if (!session.empty() && session.back()->sentAt.secsTo(m->sentAt) > m_gapSecs) {
                if (!writeSession(session, owner, counts, tick)) {
                    return false;
                }
                session.clear();
            }
            session.push_back(m);
        }
        if (!session.empty() && !writeSession(session, owner, counts, tick)) {
            return false;
        }
    }
    return true;
}

QList<qint64> MessageWriter::participants(const std::vector<const MessageRecord*>& session,
                                          const OwnerIdentity& owner) const
{
    QList<qint64> ids;
    const auto add = [&](qint64 id) {
        if (id > 0 && !ids.contains(id)) {
            ids.append(id);
        }
    };
    QSet<QString> seenTo;
    for (const MessageRecord* m : session) {
        if (!owner.isOwner(m->fromName, m->fromUrl)) {
            if (!m->fromUrl.isEmpty()) {
                add(m_contacts.idForUrl(m->fromUrl));
            } else if (!isAnonymous(m->fromName)) {
                add(m_contacts.idForName(m->fromName));
            }
        }
        for (const QString& url : m->recipientUrls) {
            if (url != owner.url()) {
                add(m_contacts.idForUrl(url));
            }
        }
        if (!m->recipientUrls.isEmpty() || m->toNames.isEmpty() || seenTo.contains(m->toNames)) {
            continue;
        }
        seenTo.insert(m->toNames);
        // No recipient URLs in this era: split "A, B" into names, re-joining pieces that only make a known
        // name together ("Sophie Lambert, PhD").
        const QStringList pieces = m->toNames.split(QLatin1String(", "));
        for (qsizetype i = 0; i < pieces.size();) {
            qsizetype taken = 1;
            for (qsizetype j = pieces.size(); j > i + 1; --j) {
                const QString joined = pieces.mid(i, j - i).join(QLatin1String(", "));
                if (m_contacts.idForName(joined) > 0) {
                    taken = j - i;
                    break;
                }
            }
            const QString name = pieces.mid(i, taken).join(QLatin1String(", "));
            if (!isAnonymous(name) && !owner.isOwner(name, QString())) {
                add(m_contacts.idForName(name));
            }
            i += taken;
        }
    }
    return ids;
}

bool MessageWriter::writeSession(const std::vector<const MessageRecord*>& session, const OwnerIdentity& owner,
                                 Counts& counts, const std::function<bool()>& tick)
{
    const MessageRecord* first = session.front();
    const QString externalId = first->threadKey + QLatin1Char('#') + QString::number(first->sentAt.toSecsSinceEpoch());
    bool mine = false;
    bool theirs = false;
    for (const MessageRecord* m : session) {
        (owner.isFromMe(*m) ? mine : theirs) = true;
    }
    const bool firstMine = owner.isFromMe(*first);
    const QString initiatedBy = owner.isKnown() || first->legacyDirection != 0
                                    ? (firstMine ? QStringLiteral("me") : QStringLiteral("them"))
                                    : QStringLiteral("unknown");
    auto it = m_conversations.find(externalId);
    const bool existed = it != m_conversations.end();
    if (!existed) {
        QString summary = first->title.isEmpty() ? first->subject : first->title;
        for (const MessageRecord* m : session) {
            if (!summary.isEmpty()) {
                break;
            }
            summary = text::elide(m->content.simplified(), 140);
        }
        m_insertConversation.bindAll({QUuid::createUuid().toString(QUuid::WithoutBraces), localIso(first->sentAt),
                                      initiatedBy, summary, mine && theirs ? 1 : 0, externalId, 0, m_batchId, m_now,
                                      m_now});
        if (!m_insertConversation.exec()) {
            return fail(m_insertConversation);
        }
        Existing e;
        e.id = m_insertConversation.lastInsertId();
        e.initiatedBy = initiatedBy;
        e.happenedAt = localIso(first->sentAt);
        e.updatedAt = m_now;
        e.insertedByBatch = true;
        it = m_conversations.insert(externalId, e);
        ++counts.conversations;
    }
    Existing& conv = *it;
    const bool logInserts = !conv.insertedByBatch;
    int inserted = 0;
    for (const MessageRecord* m : session) {
        m_insertMessage.bindAll({conv.id, localIso(m->sentAt), owner.isFromMe(*m) ? 1 : 0, m->fromName, m->fromUrl,
                                 m->subject, m->content, m->folder, messageKey(*m)});
        if (!m_insertMessage.exec()) {
            return fail(m_insertMessage);
        }
        if (m_insertMessage.numRowsAffected() > 0) {
            ++inserted;
            ++counts.added;
            if (logInserts && !m_changes.recordInsert(QStringLiteral("messages"), m_insertMessage.lastInsertId())) {
                m_error = m_changes.error();
                return false;
            }
        } else {
            ++counts.unchanged;
        }
        if (!tick()) {
            return false;
        }
    }
    for (const qint64 contactId : participants(session, owner)) {
        m_linkContact.bindAll({conv.id, contactId});
        if (!m_linkContact.exec()) {
            return fail(m_linkContact);
        }
        if (logInserts && m_linkContact.numRowsAffected() > 0 &&
            !m_changes.recordKeyInsert(
                QStringLiteral("conversation_contacts"),
                QJsonObject{{QStringLiteral("conversation_id"), conv.id}, {QStringLiteral("contact_id"), contactId}})) {
            m_error = m_changes.error();
            return false;
        }
    }
    if (inserted == 0) {
        return true;
    }
    // Counts and direction follow what the conversation now holds.
    const bool twoWay = conv.twoWay || (mine && theirs);
    const QString happenedAt = std::min(conv.happenedAt, localIso(first->sentAt));
    const QString initiated =
        conv.initiatedBy == QLatin1String("unknown") || conv.insertedByBatch ? initiatedBy : conv.initiatedBy;
    if (!conv.insertedByBatch && !conv.updateLogged) {
        if (!m_changes.recordUpdate(QStringLiteral("conversations"), conv.id,
                                    QJsonObject{{QStringLiteral("happened_at"), conv.happenedAt},
                                                {QStringLiteral("initiated_by"), conv.initiatedBy},
                                                {QStringLiteral("two_way"), conv.twoWay ? 1 : 0},
                                                {QStringLiteral("message_count"), conv.messageCount},
                                                {QStringLiteral("updated_at"), conv.updatedAt}})) {
            m_error = m_changes.error();
            return false;
        }
        ++counts.updatedConversations;
        conv.updateLogged = true;
    }
    conv.messageCount += inserted;
    conv.twoWay = twoWay;
    conv.happenedAt = happenedAt;
    conv.initiatedBy = initiated;
    conv.updatedAt = m_now;
    m_updateConversation.bindAll({happenedAt, initiated, twoWay ? 1 : 0, conv.messageCount, m_now, conv.id});
    return m_updateConversation.exec() || fail(m_updateConversation);
}

} // namespace rapport::importers
