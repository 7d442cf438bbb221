#include "SignalLoader.h"

#include "MarketMatcher.h"
#include "db/Database.h"
#include "db/NativeStatement.h"
#include "store/SettingsStore.h"
#include "util/Clock.h"
#include "util/Logging.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>

#include <functional>
#include <vector>

namespace rapport::scoring {

namespace {

Status readFailed(const QString& why)
{
    return Status::fail(QCoreApplication::translate("Scoring", "Cannot read the data for scoring: %1").arg(why));
}

// Runs a read-only query on the connection's own SQLite handle and hands each row to `row`.
// 100,000 contacts and 1,000,000 conversation rows pass through here in a full rescore: reading
// the columns straight from SQLite, without a QVariant per value, is what keeps that under a
// second. Binds are positional: integers as ids, strings as ISO times.
Status forEachRow(db::Database& db, const QByteArray& sql, const QVariantList& binds,
                  const std::function<void(const db::NativeStatement&)>& row)
{
    db::NativeStatement q(db, sql.constData());
    if (!q.isValid()) {
        return readFailed(q.error());
    }
    int pos = 1;
    for (const QVariant& v : binds) {
        if (v.typeId() == QMetaType::QString) {
            q.bind(pos++, v.toString());
        } else {
            q.bind(pos++, v.toLongLong());
        }
    }
    while (q.next()) {
        row(q);
    }
    if (!q.error().isEmpty()) {
        return readFailed(q.error());
    }
    return Status::ok();
}

// Whether a text column holds more than white space, Unicode spaces included (a lone no-break
// space is not "knowing what they do"); the UTF-8 is decoded only when it has non-ASCII bytes.
bool hasText(QByteArrayView utf8)
{
    const QByteArrayView ascii = utf8.trimmed();
    if (ascii.isEmpty()) {
        return false;
    }
    for (const char c : ascii) {
        if (static_cast<unsigned char>(c) >= 0x80) {
            return !QString::fromUtf8(ascii).trimmed().isEmpty();
        }
    }
    return true;
}

bool textIs(QByteArrayView text, const char* word)
{
    return text == QByteArrayView(word);
}

// A contact's conversations as they stream past: a small record in one contiguous array, so the
// million updates of a full load stay in the processor's cache; folded into ContactSignals after.
struct ConversationTally
{
    qint32 twoWay = 0;
    qint32 lastYear = 0;
    qint32 byMe = 0;
    qint32 byThem = 0;
    qint32 unanswered = 0;
    qint32 meetings = 0;
    qint32 calls = 0;
    qint32 videos = 0;
    qint32 events = 0;
    qint32 written = 0;
    double lastTwoWay = -1; ///< Julian day; -1: none
    double firstTwoWay = -1;
};

// Contact id → position in the loaded list. Ids are SQLite rowids, dense in practice, so a plain
// array indexed by id answers the million lookups of a full load; a hash when they are sparse.
class ContactSlots
{
public:
    explicit ContactSlots(const QList<ContactSignals>& contacts)
    {
        qint64 maxId = 0;
        for (const ContactSignals& c : contacts) {
            maxId = std::max(maxId, c.contactId);
        }
        m_dense = maxId <= 16 * qint64(contacts.size()) + 4096;
        if (m_dense) {
            m_array.assign(std::size_t(maxId) + 1, -1);
        }
        for (qsizetype i = 0; i < contacts.size(); ++i) {
            const qint64 id = contacts.at(i).contactId;
            if (m_dense && id >= 0) {
                m_array[std::size_t(id)] = qint32(i);
            } else {
                m_hash.insert(id, i);
            }
        }
    }
    /// -1 for a contact not loaded (in the Trash).
    qsizetype find(qint64 id) const
    {
        if (m_dense) {
            return id >= 0 && std::size_t(id) < m_array.size() ? m_array[std::size_t(id)] : -1;
        }
        const auto it = m_hash.constFind(id);
        return it == m_hash.constEnd() ? -1 : it.value();
    }

private:
    bool m_dense = false;
    std::vector<qint32> m_array;
    QHash<qint64, qsizetype> m_hash;
};

} // namespace

SignalLoader::SignalLoader(db::Database& db) : m_db(db) {}

Result<QList<ContactSignals>> SignalLoader::loadAll()
{
    return loadImpl(0);
}

Result<ContactSignals> SignalLoader::load(qint64 contactId)
{
    auto all = loadImpl(contactId);
    if (!all) {
        return Result<ContactSignals>::fail(all.error());
    }
    if (all->isEmpty()) {
        return Result<ContactSignals>::fail(
            QCoreApplication::translate("Scoring", "There is no contact with id %1.").arg(contactId));
    }
    return Result<ContactSignals>::ok(all->first());
}

Result<QList<ContactSignals>> SignalLoader::loadImpl(qint64 onlyId)
{
    using R = Result<QList<ContactSignals>>;
    QElapsedTimer timer;
    timer.start();
    const QDateTime now = Clock::now();
    const QString nowIso = now.toString(Qt::ISODate);
    const QString yearAgoIso = now.addDays(-365).toString(Qt::ISODate);
    const bool one = onlyId > 0;

    SettingsStore settings(m_db);
    MarketMatcher market(settings.profile());

    QList<ContactSignals> out;
    QVariantList oneId;
    if (one) {
        oneId << onlyId;
    }

    // "Now" and "a year ago" as SQLite's Julian day numbers, so that every date below is compared
    // the way SQLite parses it, whatever ISO form it was stored in.
    double nowJd = 0;
    double yearAgoJd = 0;
    Status s =
        forEachRow(m_db, "SELECT julianday(?), julianday(?)", {nowIso, yearAgoIso}, [&](const db::NativeStatement& q) {
            nowJd = q.real(0);
            yearAgoJd = q.real(1);
        });
    if (!s) {
        return R::fail(s.error());
    }
    auto daysSince = [&](double jd) { return jd < 0 ? -1.0 : std::max(0.0, nowJd - jd); };

    // 1. The contacts themselves.
    const int dimensions = market.dimensions();
    s = forEachRow(
        m_db,
        QByteArray("SELECT id, display_name, champion_stage, archived, position, company, how_met, industry, "
                   "headline, location, julianday(NULLIF(connected_on, '')) FROM contacts WHERE deleted_at IS NULL") +
            (one ? " AND id=?" : " ORDER BY id"),
        oneId, [&](const db::NativeStatement& q) {
            ContactSignals c;
            c.contactId = q.int64(0);
            c.name = q.string(1);
            c.stage = static_cast<ChampionStage>(qBound(0, int(q.int64(2)), 3));
            c.archived = q.int64(3) != 0;
            c.knowsWhatTheyDo = hasText(q.text(4)) || hasText(q.text(5));
            c.knowsHowMet = hasText(q.text(6));
            c.marketDimensions = dimensions;
            if (dimensions > 0) {
                c.marketMatches = market.matches(q.string(7), q.string(4), q.string(8), q.string(5), q.string(9));
            }
            c.daysSinceConnected = q.isNull(10) ? -1.0 : daysSince(q.real(10));
            out.append(std::move(c));
        });
    if (!s) {
        return R::fail(s.error());
    }
    if (out.isEmpty()) {
        return R::ok(out);
    }

    // 2. Conversations, counted here as they stream past rather than with GROUP BY: SQLite's
    // grouping sorts all 1,000,000 rows through a temporary b-tree, which took five times longer
    // than the scan itself. For everyone, walk conversations in storage order and seek each one's
    // participants (sequential reads); for one contact, its index is right.
    const ContactSlots byId(out);
    auto find = [&byId](qint64 id) { return byId.find(id); };
    std::vector<ConversationTally> tally(std::size_t(out.size()));
    s = forEachRow(
        m_db,
        QByteArray("SELECT cc.contact_id, c.two_way, julianday(c.happened_at), c.initiated_by, c.kind FROM ") +
            (one ? "conversation_contacts cc JOIN conversations c ON c.id=cc.conversation_id WHERE cc.contact_id=?"
                 : "conversations c CROSS JOIN conversation_contacts cc ON cc.conversation_id=c.id"),
        oneId, [&](const db::NativeStatement& q) {
            const qsizetype i = find(q.int64(0));
            if (i < 0) {
                return; // in the Trash
            }
            ConversationTally& t = tally[std::size_t(i)];
            const QByteArrayView initiatedBy = q.text(3);
            if (q.int64(1) == 0) {
                if (textIs(initiatedBy, "me")) {
                    ++t.unanswered;
                }
                return;
            }
            ++t.twoWay;
            if (!q.isNull(2)) {
                const double jd = q.real(2);
                if (jd >= yearAgoJd) {
                    ++t.lastYear;
                }
                t.lastTwoWay = std::max(t.lastTwoWay, jd);
                t.firstTwoWay = t.firstTwoWay < 0 ? jd : std::min(t.firstTwoWay, jd);
            }
            if (textIs(initiatedBy, "me")) {
                ++t.byMe;
            } else if (textIs(initiatedBy, "them")) {
                ++t.byThem;
            }
            const QByteArrayView kind = q.text(4);
            if (textIs(kind, "meeting")) {
                ++t.meetings;
            } else if (textIs(kind, "call")) {
                ++t.calls;
            } else if (textIs(kind, "video")) {
                ++t.videos;
            } else if (textIs(kind, "event")) {
                ++t.events;
            } else if (textIs(kind, "message") || textIs(kind, "email")) {
                ++t.written;
            }
        });
    if (!s) {
        return R::fail(s.error());
    }
    for (qsizetype i = 0; i < out.size(); ++i) {
        const ConversationTally& t = tally[std::size_t(i)];
        ContactSignals& c = out[i];
        c.twoWayTotal = t.twoWay;
        c.twoWayLastYear = t.lastYear;
        c.initiatedByMe = t.byMe;
        c.initiatedByThem = t.byThem;
        c.unansweredOutreach = t.unanswered;
        c.meetings = t.meetings;
        c.calls = t.calls;
        c.videos = t.videos;
        c.events = t.events;
        c.written = t.written;
        c.daysSinceLastTwoWay = daysSince(t.lastTwoWay);
        c.daysSinceFirstTwoWay = daysSince(t.firstTwoWay);
    }

    // 3. Messages each way (group threads credit every participant with the others' messages).
    s = forEachRow(m_db,
                   QByteArray("SELECT cc.contact_id, m.from_me FROM ") +
                       (one ? "conversation_contacts cc JOIN messages m ON m.conversation_id=cc.conversation_id "
                              "WHERE cc.contact_id=?"
                            : "messages m CROSS JOIN conversation_contacts cc ON cc.conversation_id=m.conversation_id"),
                   oneId, [&](const db::NativeStatement& q) {
                       const qsizetype i = find(q.int64(0));
                       if (i < 0) {
                           return;
                       }
                       if (q.int64(1) != 0) {
                           ++out[i].messagesFromMe;
                       } else {
                           ++out[i].messagesFromThem;
                       }
                   });
    if (!s) {
        return R::fail(s.error());
    }

    // 4. Introductions, referrals and help the user received, credited to whoever made them.
    s = forEachRow(m_db,
                   QByteArray("SELECT who, kind, count(*) FROM (SELECT COALESCE(introducer_id, introduced_id, "
                              "target_id) AS who, kind FROM introductions WHERE direction='received') WHERE who IS "
                              "NOT NULL") +
                       (one ? " AND who=?" : "") + " GROUP BY who, kind",
                   oneId, [&](const db::NativeStatement& q) {
                       const qsizetype i = find(q.int64(0));
                       if (i < 0) {
                           return;
                       }
                       ContactSignals& c = out[i];
                       const QByteArrayView kind = q.text(1);
                       const int n = int(q.int64(2));
                       if (textIs(kind, "referral")) {
                           c.referralsReceived += n;
                       } else if (textIs(kind, "help")) {
                           c.helpReceived += n;
                       } else {
                           c.introductionsReceived += n;
                       }
                   });
    if (!s) {
        return R::fail(s.error());
    }

    // 5. What the user gave: credited to the people introduced, referred or helped.
    s = forEachRow(m_db,
                   QByteArray("SELECT who, count(*) FROM (SELECT introduced_id AS who FROM introductions WHERE "
                              "direction='given' UNION ALL SELECT target_id FROM introductions WHERE "
                              "direction='given') WHERE who IS NOT NULL") +
                       (one ? " AND who=?" : "") + " GROUP BY who",
                   oneId, [&](const db::NativeStatement& q) {
                       const qsizetype i = find(q.int64(0));
                       if (i >= 0) {
                           out[i].helpGiven = int(q.int64(1));
                       }
                   });
    if (!s) {
        return R::fail(s.error());
    }

    // 6. Invitations triage flagged as a collector's (unless the user said the verdict was wrong).
    s = forEachRow(m_db,
                   QByteArray("SELECT DISTINCT contact_id FROM invitations WHERE contact_id IS NOT NULL AND "
                              "verdict='collector' AND user_decision<>'flag_wrong'") +
                       (one ? " AND contact_id=?" : ""),
                   oneId, [&](const db::NativeStatement& q) {
                       const qsizetype i = find(q.int64(0));
                       if (i >= 0) {
                           out[i].collectorInvitation = true;
                       }
                   });
    if (!s) {
        return R::fail(s.error());
    }
    qCDebug(lcScoring) << "loaded signals for" << out.size() << "contacts in" << timer.elapsed() << "ms";
    return R::ok(std::move(out));
}

} // namespace rapport::scoring
