#include "SyntheticNetwork.h"

#include "db/Database.h"
#include "db/Transaction.h"
#include "util/Clock.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>

#include <map>
#include <memory>
#include <random>

namespace rapport::scoring {

namespace {

// Buffers rows and writes them with multi-row INSERTs (one prepared statement per batch size).
class BulkInsert
{
public:
    BulkInsert(db::Database& db, QString table, QStringList columns)
        : m_db(db), m_table(std::move(table)), m_columns(std::move(columns)),
          m_rowsPerStatement(std::max<int>(1, 900 / static_cast<int>(m_columns.size())))
    {}

    Status add(QVariantList row)
    {
        m_pending.append(std::move(row));
        return m_pending.size() >= m_rowsPerStatement ? flush() : Status::ok();
    }

    Status flush()
    {
        if (m_pending.isEmpty()) {
            return Status::ok();
        }
        const int rows = static_cast<int>(m_pending.size());
        QSqlQuery& q = statement(rows);
        for (const QVariantList& row : std::as_const(m_pending)) {
            for (const QVariant& v : row) {
                q.addBindValue(v);
            }
        }
        m_pending.clear();
        if (!q.exec()) {
            return Status::fail(q.lastError().text());
        }
        return Status::ok();
    }

private:
    QSqlQuery& statement(int rows)
    {
        auto it = m_statements.find(rows);
        if (it == m_statements.end()) {
            QString placeholders = QStringLiteral("(") + QStringLiteral("?,").repeated(m_columns.size());
            placeholders.chop(1);
            placeholders += QLatin1Char(')');
            QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(m_table, m_columns.join(QLatin1Char(',')));
            for (int i = 0; i < rows; ++i) {
                sql += (i == 0 ? QString() : QStringLiteral(",")) + placeholders;
            }
            auto q = std::make_unique<QSqlQuery>(m_db.sql());
            q->prepare(sql);
            it = m_statements.emplace(rows, std::move(q)).first;
        }
        return *it->second;
    }

    db::Database& m_db;
    QString m_table;
    QStringList m_columns;
    int m_rowsPerStatement;
    QList<QVariantList> m_pending;
    std::map<int, std::unique_ptr<QSqlQuery>> m_statements;
};

const char* const kFirst[] = {"Jana", "Peter", "Eva", "Martin", "Zuzana", "Tomáš", "Lucia", "Marek", "Katarína", "Ján"};
const char* const kLast[] = {"Novák", "Horváth", "Kováč", "Varga", "Tóth", "Nagy", "Baláž", "Szabó", "Molnár", "Lukáč"};
const char* const kCompanies[] = {"Acme", "Globex", "Initech", "Umbrella", "Hooli", "Vandelay", "Stark", "Wayne"};
const char* const kPositions[] = {"CTO", "Engineer", "Designer", "Sales Director", "Founder", "Recruiter"};
const QString kEmpty = QStringLiteral(""); // not a null QString: these columns are NOT NULL
const char* const kKinds[] = {"meeting", "call", "video", "message", "email", "event"};

class Generator
{
public:
    Generator(db::Database& db, const SyntheticNetwork::Options& o)
        : m_o(o), m_rng(o.seed), m_now(Clock::now()), m_nowNaive(m_now.date(), m_now.time(), Qt::UTC),
          m_contacts(db, QStringLiteral("contacts"),
                     {QStringLiteral("id"), QStringLiteral("uid"), QStringLiteral("first_name"),
                      QStringLiteral("last_name"), QStringLiteral("display_name"), QStringLiteral("name_key"),
                      QStringLiteral("position"), QStringLiteral("company"), QStringLiteral("how_met"),
                      QStringLiteral("connected_on"), QStringLiteral("champion_stage"), QStringLiteral("created_at"),
                      QStringLiteral("updated_at")}),
          m_conversations(db, QStringLiteral("conversations"),
                          {QStringLiteral("id"), QStringLiteral("uid"), QStringLiteral("happened_at"),
                           QStringLiteral("kind"), QStringLiteral("initiated_by"), QStringLiteral("two_way"),
                           QStringLiteral("created_at"), QStringLiteral("updated_at")}),
          m_links(db, QStringLiteral("conversation_contacts"),
                  {QStringLiteral("conversation_id"), QStringLiteral("contact_id")}),
          m_intros(db, QStringLiteral("introductions"),
                   {QStringLiteral("kind"), QStringLiteral("introducer_id"), QStringLiteral("direction"),
                    QStringLiteral("happened_at"), QStringLiteral("created_at")}),
          m_invitations(db, QStringLiteral("invitations"),
                        {QStringLiteral("direction"), QStringLiteral("from_name"), QStringLiteral("contact_id"),
                         QStringLiteral("status"), QStringLiteral("verdict"), QStringLiteral("created_at")})
    {
        m_nowIso = m_now.toString(Qt::ISODate);
    }

    Result<SyntheticNetwork::Planted> run()
    {
        using R = Result<SyntheticNetwork::Planted>;
        const int planted = m_o.champions + m_o.inner + m_o.active;
        const int rest = std::max(0, m_o.contacts - planted);
        const int dormant = static_cast<int>(rest * m_o.dormantShare);
        QList<qint64> talked; // for extra conversations
        for (qint64 id = 1; id <= m_o.contacts; ++id) {
            int level = SyntheticNetwork::Collected;
            if (id <= m_o.champions) {
                level = SyntheticNetwork::Champion;
            } else if (id <= m_o.champions + m_o.inner) {
                level = SyntheticNetwork::Inner;
            } else if (id <= planted) {
                level = SyntheticNetwork::Active;
            } else if (id <= planted + dormant) {
                level = SyntheticNetwork::Dormant;
            }
            m_planted.closeness.insert(id, level);
            if (level >= SyntheticNetwork::Dormant) {
                talked << id;
            }
            if (auto s = contact(id, level); !s) {
                return R::fail(s.error());
            }
        }
        while (m_o.conversations > 0 && m_nextConversation <= m_o.conversations && !talked.isEmpty()) {
            const qint64 id = talked.at(uniform(0, static_cast<int>(talked.size()) - 1));
            const int level = m_planted.closeness.value(id);
            // Extras stay in character: far back for dormant contacts, within the years before for others.
            const double days = level == SyntheticNetwork::Dormant ? uniform(550, 2000) : uniform(400, 2000);
            if (auto s = conversation(id, days, kKinds[uniform(0, 5)], chance(0.5) ? "me" : "them", true); !s) {
                return R::fail(s.error());
            }
        }
        for (BulkInsert* b : {&m_contacts, &m_conversations, &m_links, &m_intros, &m_invitations}) {
            if (auto s = b->flush(); !s) {
                return R::fail(s.error());
            }
        }
        m_planted.conversations = static_cast<int>(m_nextConversation - 1);
        return R::ok(m_planted);
    }

private:
    int uniform(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(m_rng); }
    bool chance(double p) { return std::uniform_real_distribution<double>(0, 1)(m_rng) < p; }

    QString ago(double days) const
    {
        QString s = m_nowNaive.addSecs(-static_cast<qint64>(days * 86400)).toString(Qt::ISODate);
        s.chop(1); // the 'Z': timestamps are stored as local time without a zone
        return s;
    }

    Status contact(qint64 id, int level)
    {
        const QString first = QString::fromUtf8(kFirst[id % 10]);
        const QString last = QString::fromUtf8(kLast[(id / 10) % 10]) + QString::number(id);
        const QString display = first + QLatin1Char(' ') + last;
        double connectedDays = uniform(30, 2500);
        if (level == SyntheticNetwork::Champion) {
            connectedDays = uniform(1500, 3600);
        } else if (level == SyntheticNetwork::Inner) {
            connectedDays = uniform(700, 2200);
        } else if (level == SyntheticNetwork::Dormant) {
            connectedDays = uniform(1900, 3600);
        }
        const double howMetChance[] = {0.0, 0.3, 0.4, 0.8, 1.0};
        const int stage = level == SyntheticNetwork::Champion ? uniform(1, 3)
                                                              : (level >= SyntheticNetwork::Active ? uniform(0, 2) : 0);
        if (auto s = m_contacts.add({id, QStringLiteral("s-%1").arg(id), first, last, display, display.toLower(),
                                     chance(0.7) ? QString::fromUtf8(kPositions[uniform(0, 5)]) : kEmpty,
                                     QString::fromUtf8(kCompanies[uniform(0, 7)]),
                                     chance(howMetChance[level]) ? QStringLiteral("met at a conference") : kEmpty,
                                     ago(connectedDays).left(10), stage, m_nowIso, m_nowIso});
            !s) {
            return s;
        }
        switch (level) {
        case SyntheticNetwork::Champion:
            return plant(id, uniform(12, 20), 20, 330, {"meeting", "call"}, 0.5, uniform(1, 2));
        case SyntheticNetwork::Inner:
            return plant(id, uniform(6, 11), 45, 340, {"call", "video", "meeting", "message"}, 0.4, 0);
        case SyntheticNetwork::Active:
            return plant(id, uniform(1, 4), uniform(30, 250), 340, {"message", "video", "email"}, 0.3, 0);
        case SyntheticNetwork::Dormant:
            return plant(id, uniform(1, 3), uniform(550, 1800), 1900, {"message", "email", "call"}, 0.3, 0);
        default:
            break;
        }
        // Collected: never a real conversation; some unanswered outreach, a few collectors.
        if (chance(0.3)) {
            for (int i = uniform(1, 2); i > 0; --i) {
                if (auto s = conversation(id, uniform(10, 900), "message", "me", false); !s) {
                    return s;
                }
            }
        }
        if (chance(0.1)) {
            return m_invitations.add({QStringLiteral("incoming"), display, id, QStringLiteral("accepted"),
                                      QStringLiteral("collector"), m_nowIso});
        }
        return Status::ok();
    }

    // `count` two-way conversations, the latest `lastDays` ago, the rest spread up to `spanDays` back.
    Status plant(qint64 id, int count, double lastDays, double spanDays, std::initializer_list<const char*> kinds,
                 double theirShare, int introductions)
    {
        const QList<const char*> k(kinds);
        for (int i = 0; i < count; ++i) {
            const double days = i == 0 ? lastDays : uniform(static_cast<int>(lastDays), static_cast<int>(spanDays));
            if (auto s = conversation(id, days, k.at(uniform(0, static_cast<int>(k.size()) - 1)),
                                      chance(theirShare) ? "them" : "me", true);
                !s) {
                return s;
            }
        }
        for (int i = 0; i < introductions; ++i) {
            if (auto s = m_intros.add({i == 0 ? QStringLiteral("introduction") : QStringLiteral("referral"), id,
                                       QStringLiteral("received"), ago(uniform(30, 700)), m_nowIso});
                !s) {
                return s;
            }
        }
        return Status::ok();
    }

    Status conversation(qint64 contactId, double daysAgo, const char* kind, const char* initiator, bool twoWay)
    {
        const qint64 id = m_nextConversation++;
        if (auto s = m_conversations.add({id, QStringLiteral("v-%1").arg(id), ago(daysAgo), QString::fromLatin1(kind),
                                          QString::fromLatin1(initiator), twoWay ? 1 : 0, m_nowIso, m_nowIso});
            !s) {
            return s;
        }
        return m_links.add({id, contactId});
    }

    SyntheticNetwork::Options m_o;
    std::mt19937 m_rng;
    QDateTime m_now;
    QDateTime m_nowNaive;
    QString m_nowIso;
    BulkInsert m_contacts;
    BulkInsert m_conversations;
    BulkInsert m_links;
    BulkInsert m_intros;
    BulkInsert m_invitations;
    qint64 m_nextConversation = 1;
    SyntheticNetwork::Planted m_planted;
};

} // namespace

Result<SyntheticNetwork::Planted> SyntheticNetwork::generate(db::Database& db, const Options& options)
{
    db::Transaction tx(db);
    // Rows are buffered per table, so a link may reach SQLite before its contact: check at commit.
    QSqlQuery(db.sql()).exec(QStringLiteral("PRAGMA defer_foreign_keys = ON"));
    Generator g(db, options);
    auto planted = g.run();
    if (!planted) {
        return planted;
    }
    if (!tx.commit()) {
        return Result<Planted>::fail(QStringLiteral("commit failed"));
    }
    db.notifyChanged(db::Entity::Everything);
    return planted;
}

} // namespace rapport::scoring
