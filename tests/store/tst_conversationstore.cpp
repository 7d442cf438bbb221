// Logging conversations: participants, next steps and the keep-in-touch clock.
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "store/ContactStore.h"
#include "store/ConversationStore.h"
#include "store/FollowUpStore.h"
#include "util/Clock.h"

#include <QTemporaryDir>
#include <QTest>

using namespace rapport;

class TestConversationStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void logWithNextStepCreatesFollowUp();
    void loggingResetsCadenceReminders();
    void oneWayDoesNotResetCadence();
    void refusesWithoutContactOrDate();
    void removeTakesItsFollowUpLinkAway();
    void forContactNewestFirst();

private:
    qint64 contact(const QString& name);
    QTemporaryDir m_dir;
    std::unique_ptr<db::Database> m_db;
    int m_n = 0;
};

void TestConversationStore::init()
{
    Clock::setFixed(QDateTime(QDate(2026, 11, 20), QTime(10, 0)));
    auto db = db::Database::open(m_dir.filePath(QStringLiteral("c%1.sqlite").arg(++m_n)));
    QVERIFY(db);
    m_db = std::move(db).value();
}

void TestConversationStore::cleanup()
{
    m_db.reset();
    Clock::setFixed({});
}

qint64 TestConversationStore::contact(const QString& name)
{
    Contact c;
    c.displayName = name;
    auto id = ContactStore(*m_db).add(c);
    return id ? id.value() : 0;
}

void TestConversationStore::logWithNextStepCreatesFollowUp()
{
    const qint64 a = contact(QStringLiteral("Amara"));
    const qint64 b = contact(QStringLiteral("Lukas"));
    Conversation c;
    c.contactIds = {a, b};
    c.kind = ConversationKind::Meeting;
    c.happenedAt = Clock::now();
    c.summary = QStringLiteral("Planned the workshop");
    c.nextStep = QStringLiteral("Send the agenda");
    c.nextStepDue = QDate(2026, 11, 25);
    ConversationStore store(*m_db);
    auto id = store.add(c);
    QVERIFY2(id, qPrintable(id.error()));
    auto back = store.get(id.value());
    QCOMPARE(back->contactIds, (QList<qint64>{a, b}));
    QCOMPARE(back->summary, c.summary);
    auto due = FollowUpStore(*m_db).forContact(a);
    QVERIFY(due);
    QCOMPARE(due->size(), 1);
    QCOMPARE(due->first().reason, QStringLiteral("Send the agenda"));
    QCOMPARE(due->first().origin, FollowUp::Origin::NextStep);
    QCOMPARE(due->first().due, QDate(2026, 11, 25));
    QCOMPARE(FollowUpStore(*m_db).forContact(b)->size(), 1);
}

void TestConversationStore::loggingResetsCadenceReminders()
{
    const qint64 a = contact(QStringLiteral("Amara"));
    FollowUp f;
    f.contactId = a;
    f.due = QDate(2026, 11, 18);
    f.origin = FollowUp::Origin::Cadence;
    f.reason = QStringLiteral("Keep in touch");
    QVERIFY(FollowUpStore(*m_db).add(f));
    Clock::setFixed(QDateTime(QDate(2026, 11, 21), QTime(9, 0)));
    Conversation c;
    c.contactIds = {a};
    c.kind = ConversationKind::Call;
    c.happenedAt = Clock::now();
    QVERIFY(ConversationStore(*m_db).add(c));
    QCOMPARE(FollowUpStore(*m_db).forContact(a)->size(), 0);
    QCOMPARE(FollowUpStore(*m_db).get(f.id)->status, FollowUp::Status::Cancelled);
}

void TestConversationStore::oneWayDoesNotResetCadence()
{
    const qint64 a = contact(QStringLiteral("Amara"));
    FollowUp f;
    f.contactId = a;
    f.due = QDate(2026, 11, 18);
    f.origin = FollowUp::Origin::Cadence;
    QVERIFY(FollowUpStore(*m_db).add(f));
    Conversation c;
    c.contactIds = {a};
    c.kind = ConversationKind::Message;
    c.twoWay = false;
    c.happenedAt = Clock::now().addDays(1);
    QVERIFY(ConversationStore(*m_db).add(c));
    QCOMPARE(FollowUpStore(*m_db).forContact(a)->size(), 1);
}

void TestConversationStore::refusesWithoutContactOrDate()
{
    Conversation c;
    c.happenedAt = Clock::now();
    QVERIFY(!ConversationStore(*m_db).add(c));
    c.contactIds = {contact(QStringLiteral("X"))};
    c.happenedAt = QDateTime();
    QVERIFY(!ConversationStore(*m_db).add(c));
    c.happenedAt = Clock::now();
    c.contactIds = {999};
    QVERIFY(!ConversationStore(*m_db).add(c));
    QCOMPARE(db::scalar(*m_db, QStringLiteral("SELECT count(*) FROM conversations")).toInt(), 0);
}

void TestConversationStore::removeTakesItsFollowUpLinkAway()
{
    const qint64 a = contact(QStringLiteral("Amara"));
    Conversation c;
    c.contactIds = {a};
    c.happenedAt = Clock::now();
    c.nextStep = QStringLiteral("Call back");
    c.nextStepDue = QDate(2026, 12, 1);
    QVERIFY(ConversationStore(*m_db).add(c));
    QVERIFY(ConversationStore(*m_db).remove(c.id));
    QVERIFY(!ConversationStore(*m_db).get(c.id));
    const auto left = FollowUpStore(*m_db).forContact(a);
    QCOMPARE(left->size(), 1);
    QCOMPARE(left->first().conversationId, 0);
}

void TestConversationStore::forContactNewestFirst()
{
    const qint64 a = contact(QStringLiteral("Amara"));
    for (int i = 0; i < 3; ++i) {
        Conversation c;
        c.contactIds = {a};
        c.happenedAt = Clock::now().addDays(-10 * i);
        c.summary = QString::number(i);
        QVERIFY(ConversationStore(*m_db).add(c));
    }
    auto list = ConversationStore(*m_db).forContact(a);
    QVERIFY(list);
    QCOMPARE(list->size(), 3);
    QCOMPARE(list->at(0).summary, QStringLiteral("0"));
    QCOMPARE(list->at(2).summary, QStringLiteral("2"));
    QCOMPARE(ConversationStore(*m_db).forContact(a, 1)->size(), 1);
}

QTEST_GUILESS_MAIN(TestConversationStore)
#include "tst_conversationstore.moc"
