#pragma once
// Small helpers shared by the scoring tests: a temporary database and one-line ways to add
// contacts, conversations and introductions through the real stores.

#include "db/Database.h"
#include "db/SqlQuery.h"
#include "model/Conversation.h"
#include "model/Introduction.h"
#include "store/ContactStore.h"
#include "store/ConversationStore.h"
#include "store/IntroductionStore.h"
#include "util/Clock.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace rapport::scoring::test {

/// "Now" for every scoring test.
inline QDateTime fixedNow()
{
    return QDateTime(QDate(2025, 3, 1), QTime(12, 0));
}

class Fixture
{
public:
    Fixture()
    {
        Clock::setFixed(fixedNow());
        auto opened = db::Database::open(m_dir.path() + QStringLiteral("/t.sqlite"));
        if (!opened) {
            qFatal("cannot open the test database: %s", qPrintable(opened.error()));
        }
        m_db = std::move(opened).value();
    }
    ~Fixture() { Clock::setFixed(QDateTime()); }

    db::Database& db() { return *m_db; }
    QString path() const { return m_dir.path() + QStringLiteral("/t.sqlite"); }

    qint64 contact(const QString& name, const QString& howMet = QString(), const QString& position = QString(),
                   int connectedDaysAgo = -1)
    {
        Contact c;
        c.displayName = name;
        c.howMet = howMet;
        c.position = position;
        if (connectedDaysAgo >= 0) {
            c.connectedOn = fixedNow().date().addDays(-connectedDaysAgo);
        }
        auto id = ContactStore(*m_db).add(c);
        if (!id) {
            qFatal("cannot add a contact: %s", qPrintable(id.error()));
        }
        return id.value();
    }

    qint64 talk(qint64 contactId, int daysAgo, ConversationKind kind = ConversationKind::Call,
                Initiator who = Initiator::Unknown, bool twoWay = true)
    {
        Conversation c;
        c.happenedAt = fixedNow().addDays(-daysAgo);
        c.kind = kind;
        c.initiatedBy = who;
        c.twoWay = twoWay;
        c.contactIds = {contactId};
        auto id = ConversationStore(*m_db).add(c);
        if (!id) {
            qFatal("cannot add a conversation: %s", qPrintable(id.error()));
        }
        return id.value();
    }

    /// They introduced the user to someone (direction received).
    void introducedMe(qint64 introducerId, Introduction::Kind kind = Introduction::Kind::Introduction)
    {
        Introduction i;
        i.kind = kind;
        i.introducerId = introducerId;
        i.direction = Introduction::Direction::Received;
        i.happenedOn = fixedNow().date().addDays(-10);
        if (!IntroductionStore(*m_db).add(i)) {
            qFatal("cannot add an introduction");
        }
    }

    /// The user introduced `introducedId` to `targetId` (direction given).
    void introducedThem(qint64 introducedId, qint64 targetId)
    {
        Introduction i;
        i.introducedId = introducedId;
        i.targetId = targetId;
        i.direction = Introduction::Direction::Given;
        i.happenedOn = fixedNow().date().addDays(-5);
        if (!IntroductionStore(*m_db).add(i)) {
            qFatal("cannot add an introduction");
        }
    }

    void collectorInvitation(qint64 contactId)
    {
        const Status s = db::exec(*m_db,
                                  QStringLiteral("INSERT INTO invitations (direction, from_name, contact_id, status, "
                                                 "verdict, created_at) VALUES ('incoming', 'x', ?, 'accepted', "
                                                 "'collector', ?)"),
                                  {contactId, Clock::isoNow()});
        if (!s) {
            qFatal("cannot add an invitation: %s", qPrintable(s.error()));
        }
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<db::Database> m_db;
};

} // namespace rapport::scoring::test
