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
#include <QTimeZone>
#include <QUuid>

#include <algorithm>
#include <cstdio>

namespace rapport::importers {

namespace {

/// Local ISO time without zone, the form every timestamp column uses. glibc re-reads /etc/localtime
/// on each localtime() call when TZ is unset, which made QDateTime::toLocalTime() the single largest
/// cost of a 200,000-message import; one QTimeZone with its cached transitions does the same in memory.
QString isoFromEpochSecs(qint64 secs)
{
    // Formatted by hand: QDate/QTime::toString go through QString::asprintf, twice per message.
    const qint64 days = secs >= 0 ? secs / 86400 : (secs - 86399) / 86400;
    const qint64 rest = secs - days * 86400;
    const QDate d = QDate(1970, 1, 1).addDays(days);
    char buf[32];
    const int n = std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d", d.year(), d.month(), d.day(),
                                int(rest / 3600), int(rest / 60 % 60), int(rest % 60));
    return QString::fromLatin1(buf, n);
}

QString localIso(const MessageRecord& m)
{
    qint64 secs = m.sentAtSecs;
    if (m.utc) {
        static const QTimeZone zone = QTimeZone::systemTimeZone();
        secs += zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(secs, QTimeZone::utc()));
    }
    // Zone-less export times are already local wall-clock time and stay as written.
    return isoFromEpochSecs(secs);
}

/// Stable across runs and exports: the same message always gets the same key. A digest keeps the
/// UNIQUE index on messages.external_key small, which is most of the cost of inserting a message.
QString messageKey(const MessageBatch& batch, const MessageRecord& m)
{
    QCryptographicHash h(QCryptographicHash::Sha1);
    h.addData(batch.s(m.threadKey).toUtf8());
    h.addData(QByteArray::number(m.sentAtSecs) + (m.utc ? "Z" : "L"));
    h.addData(batch.s(m.fromUrl).toUtf8());
    h.addData("\x1f");
    h.addData(batch.s(m.fromName).toUtf8());
    h.addData("\x1f");
    h.addData(m.content);
    return QStringLiteral("li:") + QString::fromLatin1(h.result().toHex().left(32));
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

bool MessageWriter::write(const MessageBatch& batch, const OwnerIdentity& owner, Counts& counts,
                          const std::function<bool()>& tick)
{
    // Group by thread, keeping first-seen order so results do not depend on hash order.
    QHash<int, int> threadIndex;
    std::vector<std::vector<const MessageRecord*>> threads;
    for (const MessageRecord& m : batch.rows) {
        auto it = threadIndex.find(m.threadKey);
        if (it == threadIndex.end()) {
            it = threadIndex.insert(m.threadKey, int(threads.size()));
            threads.emplace_back();
        }
        threads[size_t(*it)].push_back(&m);
    }
    for (auto& thread : threads) {
        std::stable_sort(thread.begin(), thread.end(),
                         [](const MessageRecord* a, const MessageRecord* b) { return a->sentAtSecs < b->sentAtSecs; });
        std::vector<const MessageRecord*> session;
        for (const MessageRecord* m : thread) {
            if (!session.empty() && m->sentAtSecs - session.back()->sentAtSecs > m_gapSecs) {
                if (!writeSession(batch, session, owner, counts, tick)) {
                    return false;
                }
                session.clear();
            }
            session.push_back(m);
        }
        if (!session.empty() && !writeSession(batch, session, owner, counts, tick)) {
            return false;
        }
        thread = {};
    }
    return true;
}

QList<qint64> MessageWriter::participants(const MessageBatch& batch, const std::vector<const MessageRecord*>& session,
                                          const OwnerIdentity& owner) const
{
    QList<qint64> ids;
    const auto add = [&](qint64 id) {
        if (id > 0 && !ids.contains(id)) {
            ids.append(id);
        }
    };
    QSet<int> seen; // senders and recipient lists repeat within a session: resolve each once
    for (const MessageRecord* m : session) {
        const QString& fromName = batch.s(m->fromName);
        const QString& fromUrl = batch.s(m->fromUrl);
        if (!seen.contains(m->fromName * 2 + 1) && !owner.isOwner(fromName, fromUrl)) {
            if (!fromUrl.isEmpty()) {
                add(m_contacts.idForUrl(fromUrl));
            } else if (!isAnonymous(fromName)) {
                add(m_contacts.idForName(fromName));
                seen.insert(m->fromName * 2 + 1);
            }
        }
        if (m->recipientUrls != 0) {
            if (!seen.contains(-m->recipientUrls)) {
                seen.insert(-m->recipientUrls);
                for (const QString& url : batch.list(m->recipientUrls)) {
                    if (url != owner.url()) {
                        add(m_contacts.idForUrl(url));
                    }
                }
            }
            continue;
        }
        if (m->toNames == 0 || seen.contains(m->toNames * 2)) {
            continue;
        }
        seen.insert(m->toNames * 2);
        // No recipient URLs in this era: split "A, B" into names, re-joining pieces that only make a known
        // name together ("Sophie Lambert, PhD").
        const QStringList pieces = batch.s(m->toNames).split(QLatin1String(", "));
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

bool MessageWriter::writeSession(const MessageBatch& batch, const std::vector<const MessageRecord*>& session,
                                 const OwnerIdentity& owner, Counts& counts, const std::function<bool()>& tick)
{
    const MessageRecord* first = session.front();
    const QString externalId = batch.s(first->threadKey) + QLatin1Char('#') + QString::number(first->sentAtSecs);
    bool mine = false;
    bool theirs = false;
    for (const MessageRecord* m : session) {
        (owner.isFromMe(batch, *m) ? mine : theirs) = true;
    }
    const bool firstMine = owner.isFromMe(batch, *first);
    const QString initiatedBy = owner.isKnown() || first->legacyDirection != 0
                                    ? (firstMine ? QStringLiteral("me") : QStringLiteral("them"))
                                    : QStringLiteral("unknown");
    auto it = m_conversations.find(externalId);
    const bool existed = it != m_conversations.end();
    if (!existed) {
        QString summary = first->title == 0 ? batch.s(first->subject) : batch.s(first->title);
        for (const MessageRecord* m : session) {
            if (!summary.isEmpty()) {
                break;
            }
            summary = text::elide(QString::fromUtf8(m->content).simplified(), 140);
        }
        m_insertConversation.bindAll({QUuid::createUuid().toString(QUuid::WithoutBraces), localIso(*first), initiatedBy,
                                      summary, mine && theirs ? 1 : 0, externalId, 0, m_batchId, m_now, m_now});
        if (!m_insertConversation.exec()) {
            return fail(m_insertConversation);
        }
        Existing e;
        e.id = m_insertConversation.lastInsertId();
        e.initiatedBy = initiatedBy;
        e.happenedAt = localIso(*first);
        e.updatedAt = m_now;
        e.insertedByBatch = true;
        it = m_conversations.insert(externalId, e);
        ++counts.conversations;
    }
    Existing& conv = *it;
    const bool logInserts = !conv.insertedByBatch;
    int inserted = 0;
    for (const MessageRecord* m : session) {
        m_insertMessage.bindAll({conv.id, localIso(*m), owner.isFromMe(batch, *m) ? 1 : 0, batch.s(m->fromName),
                                 batch.s(m->fromUrl), batch.s(m->subject), QString::fromUtf8(m->content),
                                 batch.s(m->folder), messageKey(batch, *m)});
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
    for (const qint64 contactId : participants(batch, session, owner)) {
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
    const QString happenedAt = std::min(conv.happenedAt, localIso(*first));
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
