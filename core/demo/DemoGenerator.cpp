#include "DemoGenerator.h"

#include "DemoNames.h"
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "db/Transaction.h"
#include "util/Clock.h"
#include "util/Text.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QUuid>

namespace rapport::demo {

namespace {

// The relationship a sample contact is planted with; it shapes how much history it gets.
enum class Closeness { Champion, Inner, Active, Dormant, Collected };

Closeness closenessFor(QRandomGenerator& rng)
{
    const int r = static_cast<int>(rng.bounded(100));
    if (r < 3) {
        return Closeness::Champion;
    }
    if (r < 10) {
        return Closeness::Inner;
    }
    if (r < 30) {
        return Closeness::Active;
    }
    if (r < 55) {
        return Closeness::Dormant;
    }
    return Closeness::Collected;
}

template <typename T> const T& pick(QRandomGenerator& rng, const QList<T>& list)
{
    return list.at(static_cast<qsizetype>(rng.bounded(static_cast<quint32>(list.size()))));
}

// UUIDs from the seeded generator, so the same seed gives the same uids.
QString seededUuid(QRandomGenerator& rng)
{
    QByteArray bytes(16, Qt::Uninitialized);
    for (int i = 0; i < 16; i += 4) {
        const quint32 v = rng.generate();
        memcpy(bytes.data() + i, &v, 4);
    }
    bytes[6] = static_cast<char>((bytes[6] & 0x0F) | 0x40);
    bytes[8] = static_cast<char>((bytes[8] & 0x3F) | 0x80);
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

struct Planted
{
    qint64 id = 0;
    Closeness closeness = Closeness::Collected;
};

class Generator
{
public:
    Generator(db::Database& db, const DemoOptions& o) : m_db(db), m_opt(o), m_rng(o.seed), m_now(Clock::now()) {}

    Result<DemoStats> run();

private:
    Status insertBatch();
    Status insertCircles();
    Status insertContacts();
    Status insertConversations();
    Status insertIntroductions();
    Status insertInvitations();

    db::Database& m_db;
    DemoOptions m_opt;
    QRandomGenerator m_rng;
    QDateTime m_now;
    DemoStats m_stats;
    QList<Planted> m_contacts;
    QList<qint64> m_circleIds;
    QString m_stamp;
};

Result<DemoStats> Generator::run()
{
    if (m_opt.contacts < 0 || m_opt.contacts > 2'000'000) {
        return Result<DemoStats>::fail(
            QCoreApplication::translate("Demo", "The number of sample contacts must be between 0 and 2,000,000."));
    }
    m_stamp = Clock::isoNow();
    db::Transaction tx(m_db);
    if (!tx.isActive()) {
        return Result<DemoStats>::fail(QCoreApplication::translate(
            "Demo", "Cannot start writing sample data: the database is busy or read-only."));
    }
    for (auto step :
         {&Generator::insertBatch, &Generator::insertCircles, &Generator::insertContacts,
          &Generator::insertConversations, &Generator::insertIntroductions, &Generator::insertInvitations}) {
        if (auto s = (this->*step)(); !s) {
            return Result<DemoStats>::fail(
                QCoreApplication::translate("Demo", "Creating sample data failed, nothing was added: %1")
                    .arg(s.error()));
        }
    }
    if (auto s =
            db::exec(m_db, QStringLiteral("UPDATE import_batches SET status='done', finished_at=?, added=? WHERE id=?"),
                     {Clock::isoNow(), m_stats.contacts, m_stats.batchId});
        !s) {
        return Result<DemoStats>::fail(s.error());
    }
    if (!tx.commit()) {
        return Result<DemoStats>::fail(
            QCoreApplication::translate("Demo", "Creating sample data failed: the database refused the change."));
    }
    m_db.notifyChanged(db::Entity::Everything);
    return Result<DemoStats>::ok(m_stats);
}

Status Generator::insertBatch()
{
    db::SqlQuery q(m_db, QStringLiteral("INSERT INTO import_batches (started_at, source_path, format, status, summary) "
                                        "VALUES (?, 'sample data', 'demo', 'running', ?)"));
    q.bindAll(
        {m_stamp, QCoreApplication::translate("Demo", "Sample network (%n contact(s))", nullptr, m_opt.contacts)});
    if (!q.exec()) {
        return Status::fail(q.error());
    }
    m_stats.batchId = q.lastInsertId();
    return Status::ok();
}

Status Generator::insertCircles()
{
    for (const QString& name : circleNames()) {
        if (auto s = db::exec(m_db, QStringLiteral("INSERT OR IGNORE INTO circles (name, created_at) VALUES (?, ?)"),
                              {name, m_stamp});
            !s) {
            return s;
        }
        m_circleIds << db::scalar(m_db, QStringLiteral("SELECT id FROM circles WHERE name=?"), {name}).toLongLong();
    }
    return Status::ok();
}

Status Generator::insertContacts()
{
    db::SqlQuery contact(
        m_db, QStringLiteral("INSERT INTO contacts (uid, first_name, last_name, display_name, name_key, headline, "
                             "position, company, industry, location, linkedin_url, how_met, notes, source, "
                             "connected_on, champion_stage, batch_id, created_at, updated_at) "
                             "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,'demo',?,?,?,?,?)"));
    db::SqlQuery email(m_db, QStringLiteral("INSERT INTO contact_emails (contact_id, label, address, normalized) "
                                            "VALUES (?, 'work', ?, ?)"));
    db::SqlQuery phone(m_db, QStringLiteral("INSERT INTO contact_phones (contact_id, label, number, normalized) "
                                            "VALUES (?, 'mobile', ?, ?)"));
    db::SqlQuery circle(m_db, QStringLiteral("INSERT OR IGNORE INTO contact_circles VALUES (?, ?)"));
    const QStringList howMet = {QCoreApplication::translate("Demo", "Worked together at %1"),
                                QCoreApplication::translate("Demo", "Met at a meetup in %1"),
                                QCoreApplication::translate("Demo", "Introduced by a friend"),
                                QCoreApplication::translate("Demo", "Former classmate"),
                                QString(),
                                QString()};
    m_contacts.reserve(m_opt.contacts);
    for (int i = 0; i < m_opt.contacts; ++i) {
        const Closeness closeness = closenessFor(m_rng);
        const QString first = pick(m_rng, firstNames());
        const QString last = pick(m_rng, lastNames());
        const QString display = first + QLatin1Char(' ') + last;
        const QString company = pick(m_rng, companies());
        const QString position = pick(m_rng, positions());
        const QString city = pick(m_rng, cities());
        const QString slug = text::foldForSearch(first + QLatin1Char('-') + last).remove(QLatin1Char(' ')) +
                             QLatin1Char('-') + QString::number(i + 1);
        const bool known = closeness != Closeness::Collected || m_rng.bounded(4) == 0;
        QString met = known ? pick(m_rng, howMet) : QString();
        if (met.contains(QLatin1String("%1"))) {
            met = met.arg(met.startsWith(QCoreApplication::translate("Demo", "Worked")) ? company : city);
        }
        const int stage = closeness == Closeness::Champion ? 3
                          : closeness == Closeness::Inner  ? 2
                          : closeness == Closeness::Active ? 1
                                                           : 0;
        const QDate connected = m_now.date().addDays(-static_cast<qint64>(m_rng.bounded(365 * 8)) - 30);
        contact.bindAll({seededUuid(m_rng), first, last, display, text::normalizedName(display),
                         position + QStringLiteral(" at ") + company, known ? position : QString(),
                         known ? company : QString(), pick(m_rng, industries()), city,
                         QStringLiteral("https://www.linkedin.com/in/") + slug, met,
                         closeness == Closeness::Champion
                             ? QCoreApplication::translate("Demo", "Always generous with introductions.")
                             : QString(),
                         connected.toString(Qt::ISODate), stage, m_stats.batchId, m_stamp, m_stamp});
        if (!contact.exec()) {
            return Status::fail(contact.error());
        }
        const qint64 id = contact.lastInsertId();
        m_contacts.append({id, closeness});
        if (closeness != Closeness::Collected || m_rng.bounded(5) == 0) {
            const QString address = slug + QStringLiteral("@example.com");
            email.bindAll({id, address, address});
            if (!email.exec()) {
                return Status::fail(email.error());
            }
        }
        if (closeness == Closeness::Champion || closeness == Closeness::Inner || closeness == Closeness::Active) {
            const QString number = QStringLiteral("+421 9%1 %2 %3")
                                       .arg(m_rng.bounded(10, 99))
                                       .arg(m_rng.bounded(100, 999))
                                       .arg(m_rng.bounded(100, 999));
            phone.bindAll({id, number, text::normalizedPhone(number)});
            if (!phone.exec()) {
                return Status::fail(phone.error());
            }
        }
        if (!m_circleIds.isEmpty() && closeness != Closeness::Collected && m_rng.bounded(3) == 0) {
            circle.bindAll({id, pick(m_rng, m_circleIds)});
            if (!circle.exec()) {
                return Status::fail(circle.error());
            }
        }
        ++m_stats.contacts;
    }
    return Status::ok();
}

Status Generator::insertConversations()
{
    db::SqlQuery conv(m_db,
                      QStringLiteral("INSERT INTO conversations (uid, happened_at, kind, initiated_by, "
                                     "duration_minutes, summary, two_way, next_step, next_step_due, source, "
                                     "batch_id, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,'demo',?,?,?)"));
    db::SqlQuery link(m_db, QStringLiteral("INSERT INTO conversation_contacts VALUES (?, ?)"));
    db::SqlQuery follow(m_db, QStringLiteral("INSERT INTO followups (uid, contact_id, due_date, reason, origin, "
                                             "conversation_id, status, done_at, batch_id, created_at, updated_at) "
                                             "VALUES (?,?,?,?,?,?,?,?,?,?,?)"));
    const double scale = m_opt.conversationsPerContact / 6.0;
    for (const Planted& p : std::as_const(m_contacts)) {
        int count = 0;
        int maxAgeDays = 0;
        int minAgeDays = 0;
        QStringList kinds;
        switch (p.closeness) {
        case Closeness::Champion:
            count = 12 + static_cast<int>(m_rng.bounded(10));
            maxAgeDays = 3 * 365;
            kinds = {QStringLiteral("meeting"), QStringLiteral("call"), QStringLiteral("video"),
                     QStringLiteral("meeting")};
            break;
        case Closeness::Inner:
            count = 6 + static_cast<int>(m_rng.bounded(6));
            maxAgeDays = 2 * 365;
            kinds = {QStringLiteral("call"), QStringLiteral("meeting"), QStringLiteral("video"),
                     QStringLiteral("message")};
            break;
        case Closeness::Active:
            count = 2 + static_cast<int>(m_rng.bounded(4));
            maxAgeDays = 365;
            kinds = {QStringLiteral("message"), QStringLiteral("video"), QStringLiteral("call"),
                     QStringLiteral("email")};
            break;
        case Closeness::Dormant:
            count = 1 + static_cast<int>(m_rng.bounded(3));
            minAgeDays = 400;
            maxAgeDays = 5 * 365;
            kinds = {QStringLiteral("message"), QStringLiteral("email"), QStringLiteral("event")};
            break;
        case Closeness::Collected:
            // Some collected connections got an unanswered message from the user.
            count = m_rng.bounded(4) == 0 ? 1 : 0;
            maxAgeDays = 2 * 365;
            kinds = {QStringLiteral("message")};
            break;
        }
        count = std::max(p.closeness == Closeness::Collected ? 0 : 1, static_cast<int>(count * scale));
        for (int k = 0; k < count; ++k) {
            const int age = minAgeDays + static_cast<int>(m_rng.bounded(std::max(1, maxAgeDays - minAgeDays)));
            const QDateTime when =
                QDateTime(m_now.date().addDays(-age), QTime(9 + static_cast<int>(m_rng.bounded(9)), 0));
            const bool twoWay = p.closeness != Closeness::Collected;
            const QString kind = pick(m_rng, kinds);
            const bool withNextStep = twoWay && k == 0 && p.closeness != Closeness::Dormant && m_rng.bounded(2) == 0;
            const QString step = withNextStep ? pick(m_rng, nextSteps()) : QString();
            const QDate due = withNextStep ? m_now.date().addDays(static_cast<qint64>(m_rng.bounded(21)) - 7) : QDate();
            conv.bindAll({seededUuid(m_rng), when.toString(Qt::ISODate), kind,
                          twoWay ? (m_rng.bounded(2) == 0 ? QStringLiteral("me") : QStringLiteral("them"))
                                 : QStringLiteral("me"),
                          kind == QLatin1String("message") || kind == QLatin1String("email")
                              ? QVariant()
                              : QVariant(15 + static_cast<int>(m_rng.bounded(60))),
                          twoWay ? pick(m_rng, conversationSummaries())
                                 : QCoreApplication::translate("Demo", "Sent a note; no reply."),
                          twoWay ? 1 : 0, step, db::nullIfEmpty(due.toString(Qt::ISODate)), m_stats.batchId, m_stamp,
                          m_stamp});
            if (!conv.exec()) {
                return Status::fail(conv.error());
            }
            const qint64 cid = conv.lastInsertId();
            link.bindAll({cid, p.id});
            if (!link.exec()) {
                return Status::fail(link.error());
            }
            ++m_stats.conversations;
            if (withNextStep) {
                follow.bindAll({seededUuid(m_rng), p.id, due.toString(Qt::ISODate), step, QStringLiteral("next_step"),
                                cid, QStringLiteral("open"), QVariant(), m_stats.batchId, m_stamp, m_stamp});
                if (!follow.exec()) {
                    return Status::fail(follow.error());
                }
                ++m_stats.followUps;
            }
        }
    }
    return Status::ok();
}

Status Generator::insertIntroductions()
{
    QList<qint64> champions;
    QList<qint64> others;
    for (const Planted& p : std::as_const(m_contacts)) {
        (p.closeness == Closeness::Champion ? champions : others) << p.id;
    }
    if (champions.isEmpty() || others.isEmpty()) {
        return Status::ok();
    }
    db::SqlQuery q(m_db, QStringLiteral("INSERT INTO introductions (kind, introducer_id, introduced_id, target_id, "
                                        "direction, happened_at, outcome, batch_id, created_at) "
                                        "VALUES (?,?,?,?,?,?,?,?,?)"));
    for (const qint64 champion : std::as_const(champions)) {
        const int made = 1 + static_cast<int>(m_rng.bounded(3));
        for (int i = 0; i < made; ++i) {
            const bool referral = m_rng.bounded(3) == 0;
            q.bindAll({referral ? QStringLiteral("referral") : QStringLiteral("introduction"), champion,
                       pick(m_rng, others), QVariant(), QStringLiteral("received"),
                       m_now.date().addDays(-static_cast<qint64>(m_rng.bounded(700))).toString(Qt::ISODate),
                       referral ? QCoreApplication::translate("Demo", "Led to a paid project")
                                : QCoreApplication::translate("Demo", "Good conversation"),
                       m_stats.batchId, m_stamp});
            if (!q.exec()) {
                return Status::fail(q.error());
            }
            ++m_stats.introductions;
        }
        // The user gives back too.
        if (m_rng.bounded(2) == 0) {
            q.bindAll({QStringLiteral("help"), QVariant(), QVariant(), champion, QStringLiteral("given"),
                       m_now.date().addDays(-static_cast<qint64>(m_rng.bounded(400))).toString(Qt::ISODate),
                       QCoreApplication::translate("Demo", "Reviewed their pitch deck"), m_stats.batchId, m_stamp});
            if (!q.exec()) {
                return Status::fail(q.error());
            }
            ++m_stats.introductions;
        }
    }
    return Status::ok();
}

Status Generator::insertInvitations()
{
    db::SqlQuery q(m_db,
                   QStringLiteral("INSERT INTO invitations (direction, from_name, from_headline, from_url, message, "
                                  "sent_at, mutual_connections, sender_connection_count, status, external_key, "
                                  "batch_id, created_at) VALUES ('incoming',?,?,?,?,?,?,?,'pending',?,?,?)"));
    const int count = std::max(m_opt.contacts > 0 ? 4 : 0, m_opt.contacts / 10);
    for (int i = 0; i < count; ++i) {
        const bool collector = m_rng.bounded(3) != 0;
        const QString name = pick(m_rng, firstNames()) + QLatin1Char(' ') + pick(m_rng, lastNames());
        q.bindAll(
            {name, collector ? pick(m_rng, collectorHeadlines()) : pick(m_rng, genuineHeadlines()),
             QStringLiteral("https://www.linkedin.com/in/demo-invite-%1").arg(i + 1),
             collector ? pick(m_rng, collectorInvitations()) : pick(m_rng, genuineInvitations()),
             m_now.addDays(-static_cast<qint64>(m_rng.bounded(60))).toString(Qt::ISODate),
             static_cast<int>(m_rng.bounded(collector ? 3 : 25)),
             collector ? 5000 + static_cast<int>(m_rng.bounded(25000)) : 200 + static_cast<int>(m_rng.bounded(800)),
             QStringLiteral("demo:%1:%2").arg(m_opt.seed).arg(i), m_stats.batchId, m_stamp});
        if (!q.exec()) {
            return Status::fail(q.error());
        }
        ++m_stats.invitations;
    }
    return Status::ok();
}

qint64 demoBatchId(db::Database& db)
{
    return db::scalar(db, QStringLiteral("SELECT id FROM import_batches WHERE format='demo' AND status='done' "
                                         "ORDER BY id DESC LIMIT 1"))
        .toLongLong();
}

} // namespace

Result<DemoStats> generate(db::Database& db, const DemoOptions& options)
{
    return Generator(db, options).run();
}

bool hasSampleData(db::Database& db)
{
    return demoBatchId(db) > 0;
}

Status removeSampleData(db::Database& db)
{
    db::Transaction tx(db);
    const QStringList tables = {QStringLiteral("invitations"), QStringLiteral("introductions"),
                                QStringLiteral("followups"), QStringLiteral("conversations"),
                                QStringLiteral("contacts")};
    db::SqlQuery batches(db, QStringLiteral("SELECT id FROM import_batches WHERE format='demo' AND status='done'"));
    if (!batches.exec()) {
        return Status::fail(batches.error());
    }
    QList<qint64> ids;
    while (batches.next()) {
        ids << batches.int64(0);
    }
    for (const qint64 id : std::as_const(ids)) {
        for (const QString& table : tables) {
            // Table names come from the fixed list above.
            if (auto s = db::exec(db, QStringLiteral("DELETE FROM %1 WHERE batch_id=?").arg(table), {id}); !s) {
                return Status::fail(
                    QCoreApplication::translate("Demo", "Removing sample data failed, nothing was removed: %1")
                        .arg(s.error()));
            }
        }
        // Circles this sample created (same time stamp as the batch) that nobody uses any more.
        if (auto s =
                db::exec(db,
                         QStringLiteral("DELETE FROM circles WHERE created_at=(SELECT started_at FROM import_batches "
                                        "WHERE id=?) AND id NOT IN (SELECT circle_id FROM contact_circles)"),
                         {id});
            !s) {
            return s;
        }
        if (auto s = db::exec(db, QStringLiteral("UPDATE import_batches SET status='undone', undone_at=? WHERE id=?"),
                              {Clock::isoNow(), id});
            !s) {
            return s;
        }
    }
    if (!tx.commit()) {
        return Status::fail(
            QCoreApplication::translate("Demo", "Removing sample data failed: the database refused the change."));
    }
    db.notifyChanged(db::Entity::Everything);
    return Status::ok();
}

} // namespace rapport::demo
