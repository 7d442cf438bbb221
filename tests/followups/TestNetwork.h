#pragma once

// Small helpers shared by the follow-up and report tests: a throw-away database and a few
// contacts, conversations and scores written through the real stores.

#include "db/Database.h"
#include "db/SqlQuery.h"
#include "model/Contact.h"
#include "model/Conversation.h"
#include "store/ContactStore.h"
#include "store/ConversationStore.h"
#include "util/Clock.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace rapport::testing {

class TestDb
{
public:
    TestDb()
    {
        db::Database::Options o;
        o.backupBeforeMigration = false;
        auto opened = db::Database::open(m_dir.filePath(QStringLiteral("test.sqlite")), o);
        if (opened) {
            m_db = std::move(opened).value();
        } else {
            qWarning() << opened.error();
        }
    }
    bool isOpen() const { return m_db != nullptr; }
    db::Database& db() { return *m_db; }
    QString path() const { return m_dir.filePath(QStringLiteral("test.sqlite")); }
    void close() { m_db.reset(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<db::Database> m_db;
};

struct ContactSpec
{
    QString name{};
    QString company{};
    QString tier{}; ///< empty: no score row
    double score = 50;
    int idealDays = 0;
    int maxDays = 0;
    QString phone{};
    QString email{};
    QString howMet{};
};

inline qint64 addContact(db::Database& db, const ContactSpec& spec)
{
    Contact c;
    c.displayName = spec.name;
    c.company = spec.company;
    c.howMet = spec.howMet;
    c.cadenceIdealDays = spec.idealDays;
    c.cadenceMaxDays = spec.maxDays;
    if (!spec.phone.isEmpty()) {
        c.phones << LabeledValue{QStringLiteral("mobile"), spec.phone};
    }
    if (!spec.email.isEmpty()) {
        c.emails << LabeledValue{QStringLiteral("work"), spec.email};
    }
    ContactStore store(db);
    auto id = store.add(c);
    if (!id) {
        qWarning() << id.error();
        return 0;
    }
    if (spec.idealDays > 0 || spec.maxDays > 0) {
        if (auto s = store.setCadence({id.value()}, spec.idealDays, spec.maxDays); !s) {
            qWarning() << s.error();
        }
    }
    if (!spec.tier.isEmpty()) {
        if (auto s = db::exec(db,
                              QStringLiteral("INSERT INTO contact_scores (contact_id, score, tier, reasons, "
                                             "computed_at) VALUES (?,?,?,'[]',?)"),
                              {id.value(), spec.score, spec.tier, Clock::isoNow()});
            !s) {
            qWarning() << s.error();
        }
    }
    return id.value();
}

inline qint64 addConversation(db::Database& db, qint64 contactId, const QDateTime& when, const QString& summary = {},
                              bool twoWay = true, const QString& nextStep = {}, const QDate& nextDue = {})
{
    Conversation c;
    c.contactIds = {contactId};
    c.happenedAt = when;
    c.kind = ConversationKind::Call;
    c.summary = summary;
    c.twoWay = twoWay;
    c.nextStep = nextStep;
    c.nextStepDue = nextDue;
    ConversationStore store(db);
    auto id = store.add(c);
    if (!id) {
        qWarning() << id.error();
        return 0;
    }
    return id.value();
}

inline int count(db::Database& db, const QString& sql, std::initializer_list<QVariant> values = {})
{
    return db::scalar(db, sql, values).toInt();
}

} // namespace rapport::testing
