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
#include <cstring>
#include <limits>

namespace rapport::importers {

namespace {

/// A UTC day whose local offset changes within it (a daylight-saving switch): looked up per message.
constexpr int kMixedDay = std::numeric_limits<int>::min();

qint64 floorDiv(qint64 a, qint64 b)
{
    return a >= 0 ? a / b : (a - b + 1) / b;
}

/// Local ISO time without zone, the form every timestamp column uses.
QByteArray isoFromEpochSecs(qint64 secs)
{
    // Formatted by hand: QDate/QTime::toString go through QString::asprintf, twice per message.
    const qint64 days = floorDiv(secs, 86400);
    const qint64 rest = secs - days * 86400;
    const QDate d = QDate(1970, 1, 1).addDays(days);
    char buf[32];
    const int n = std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d", d.year(), d.month(), d.day(),
                                int(rest / 3600), int(rest / 60 % 60), int(rest % 60));
    return QByteArray(buf, n);
}

/// Stable across runs and exports: the same message always gets the same key. A digest keeps the
/// UNIQUE index on messages.external_key small, which is most of the cost of inserting a message.
QByteArray messageKey(const QByteArray& threadKey, const QByteArray& fromUrl, const QByteArray& fromName,
                      const MessageRecord& m)
{
    QCryptographicHash h(QCryptographicHash::Sha1);
    h.addData(threadKey);
    h.addData(QByteArray::number(m.sentAtSecs) + (m.utc ? "Z" : "L"));
    h.addData(fromUrl);
    h.addData("\x1f");
    h.addData(fromName);
    h.addData("\x1f");
    h.addData(m.content);
    return QByteArrayLiteral("li:") + h.result().toHex().left(32);
}

bool isAnonymous(const QString& name)
{
    return name.isEmpty() || name == QLatin1String("LinkedIn Member");
}

} // namespace

MessageWriter::MessageWriter(db::Database& db, qint64 batchId, ChangeLog& changes, const ContactWriter& contacts,
                             int gapDays)
    : m_db(db), m_batchId(batchId), m_changes(changes), m_contacts(contacts), m_gapSecs(qint64(gapDays) * 24 * 3600),
      m_now(Clock::isoNow()), m_nowUtf8(m_now.toUtf8()),
      m_insertConversation(db, "INSERT INTO conversations (uid, happened_at, kind, initiated_by, summary, two_way, "
                               "source, external_id, message_count, batch_id, created_at, updated_at) VALUES "
                               "(?,?,'message',?,?,?,'linkedin',?,?,?,?,?)"),
      m_updateConversation(db, "UPDATE conversations SET happened_at=?, initiated_by=?, two_way=?, message_count=?, "
                               "updated_at=? WHERE id=?"),
      m_insertMessage(db, "INSERT OR IGNORE INTO messages (conversation_id, sent_at, from_me, sender_name, "
                          "sender_url, subject, content, folder, external_key) VALUES (?,?,?,?,?,?,?,?,?)"),
      m_linkContact(db, "INSERT OR IGNORE INTO conversation_contacts (conversation_id, contact_id) VALUES (?, ?)")
{}

bool MessageWriter::fail(const db::NativeStatement& q)
{
    m_error = q.error();
    return false;
}

const QByteArray& MessageWriter::utf8(const MessageBatch& batch, int index)
{
    const auto i = std::size_t(index);
    if (!m_utf8Done[i]) {
        m_utf8[i] = batch.s(index).toUtf8();
        m_utf8Done[i] = true;
    }
    return m_utf8[i];
}

QByteArray MessageWriter::localIso(const MessageRecord& m)
{
    qint64 secs = m.sentAtSecs;
    if (m.utc) {
        // QTimeZone::offsetFromUtc costs microseconds; 200,000 messages fall on a few thousand days,
        // so the offset is looked up once per day (twice: its first and last second) and only
        // days with a daylight-saving switch are looked up per message.
        static const QTimeZone zone = QTimeZone::systemTimeZone();
        const qint64 day = floorDiv(secs, 86400);
        auto it = m_offsetByDay.constFind(day);
        if (it == m_offsetByDay.constEnd()) {
            const int start = zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(day * 86400, QTimeZone::utc()));
            const int end = zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(day * 86400 + 86399, QTimeZone::utc()));
            it = m_offsetByDay.insert(day, start == end ? start : kMixedDay);
        }
        secs += it.value() != kMixedDay ? it.value()
                                        : zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(secs, QTimeZone::utc()));
    }
    // Zone-less export times are already local wall-clock time and stay as written.
    return isoFromEpochSecs(secs);
}

MessageWriter::Key MessageWriter::keyBits(QByteArrayView key)
{
    const auto nibble = [](char c) -> int {
        return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
    };
    Key k;
    bool hex = key.size() == 35 && key.startsWith("li:");
    for (qsizetype i = 3; hex && i < 35; ++i) {
        const int v = nibble(key.at(i));
        hex = v >= 0;
        quint64& half = i < 19 ? k.hi : k.lo;
        half = (half << 4) | quint64(v & 0xf);
    }
    if (!hex) {
        // Not a key this writer made: any 128 bits of its digest serve as well.
        const QByteArray digest = QCryptographicHash::hash(key, QCryptographicHash::Sha1);
        std::memcpy(&k.hi, digest.constData(), 8);
        std::memcpy(&k.lo, digest.constData() + 8, 8);
    }
    return k;
}

bool MessageWriter::keepKeysInMemory(qint64 expected)
{
    auto keys = std::make_unique<std::unordered_set<Key, KeyHash>>();
    keys->reserve(std::size_t(expected));
    db::NativeStatement q(m_db, "SELECT external_key FROM messages");
    while (q.next()) {
        keys->insert(keyBits(q.text(0)));
    }
    if (!q.error().isEmpty()) {
        m_error = q.error();
        return false;
    }
    m_keys = std::move(keys);
    return true;
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
    m_utf8.assign(std::size_t(batch.strings.size()), QByteArray());
    m_utf8Done.assign(m_utf8.size(), false);
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
        const QString happenedAt = QString::fromLatin1(localIso(*first));
        m_insertConversation.bind(1, QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
        m_insertConversation.bind(2, happenedAt);
        m_insertConversation.bind(3, initiatedBy);
        m_insertConversation.bind(4, summary);
        m_insertConversation.bind(5, mine && theirs ? 1 : 0);
        m_insertConversation.bind(6, externalId);
        m_insertConversation.bind(7, 0);
        m_insertConversation.bind(8, m_batchId);
        m_insertConversation.bind(9, m_nowUtf8);
        m_insertConversation.bind(10, m_nowUtf8);
        if (!m_insertConversation.exec()) {
            return fail(m_insertConversation);
        }
        Existing e;
        e.id = m_insertConversation.lastInsertId();
        e.initiatedBy = initiatedBy;
        e.happenedAt = happenedAt;
        e.updatedAt = m_now;
        e.insertedByBatch = true;
        it = m_conversations.insert(externalId, e);
        ++counts.conversations;
    }
    Existing& conv = *it;
    const bool logInserts = !conv.insertedByBatch;
    int inserted = 0;
    for (const MessageRecord* m : session) {
        const QByteArray& fromName = utf8(batch, m->fromName);
        const QByteArray& fromUrl = utf8(batch, m->fromUrl);
        const QByteArray key = messageKey(utf8(batch, m->threadKey), fromUrl, fromName, *m);
        if (m_keys && !m_keys->insert(keyBits(key)).second) {
            ++counts.unchanged; // stored before, or repeated in this file
            if (!tick()) {
                return false;
            }
            continue;
        }
        m_insertMessage.bind(1, conv.id);
        m_insertMessage.bind(2, localIso(*m));
        m_insertMessage.bind(3, owner.isFromMe(batch, *m) ? 1 : 0);
        m_insertMessage.bind(4, fromName);
        m_insertMessage.bind(5, fromUrl);
        m_insertMessage.bind(6, utf8(batch, m->subject));
        m_insertMessage.bind(7, m->content);
        m_insertMessage.bind(8, utf8(batch, m->folder));
        m_insertMessage.bind(9, key);
        if (!m_insertMessage.exec()) {
            return fail(m_insertMessage);
        }
        if (m_insertMessage.changes() > 0) {
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
        m_linkContact.bind(1, conv.id);
        m_linkContact.bind(2, contactId);
        if (!m_linkContact.exec()) {
            return fail(m_linkContact);
        }
        if (logInserts && m_linkContact.changes() > 0 &&
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
    const QString happenedAt = std::min(conv.happenedAt, QString::fromLatin1(localIso(*first)));
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
    m_updateConversation.bind(1, happenedAt);
    m_updateConversation.bind(2, initiated);
    m_updateConversation.bind(3, twoWay ? 1 : 0);
    m_updateConversation.bind(4, conv.messageCount);
    m_updateConversation.bind(5, m_nowUtf8);
    m_updateConversation.bind(6, conv.id);
    return m_updateConversation.exec() || fail(m_updateConversation);
}

} // namespace rapport::importers
