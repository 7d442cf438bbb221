// Follow-ups: done with recurrence, snooze, reschedule, restore.
#include "db/Database.h"
#include "store/ContactStore.h"
#include "store/FollowUpStore.h"
#include "util/Clock.h"

#include <QTemporaryDir>
#include <QTest>

using namespace rapport;

class TestFollowUpStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void doneRecurringSchedulesNext();
    void snoozeMovesEffectiveDate();
    void rescheduleClearsSnooze();
    void restorePutsItBackExactly();
    void openListSkipsTrashedAndArchivedContacts();
    void refusesUnknownContactAndBadDate();

private:
    qint64 m_contact = 0;
    QTemporaryDir m_dir;
    std::unique_ptr<db::Database> m_db;
    int m_n = 0;
};

void TestFollowUpStore::init()
{
    Clock::setFixed(QDateTime(QDate(2026, 11, 23), QTime(8, 0)));
    auto db = db::Database::open(m_dir.filePath(QStringLiteral("f%1.sqlite").arg(++m_n)));
    QVERIFY(db);
    m_db = std::move(db).value();
    Contact c;
    c.displayName = QStringLiteral("Grace Hughes");
    QVERIFY(ContactStore(*m_db).add(c));
    m_contact = c.id;
}

void TestFollowUpStore::cleanup()
{
    m_db.reset();
    Clock::setFixed({});
}

void TestFollowUpStore::doneRecurringSchedulesNext()
{
    FollowUp f;
    f.contactId = m_contact;
    f.due = QDate(2026, 11, 20);
    f.reason = QStringLiteral("Monthly check-in");
    f.recurrenceDays = 30;
    FollowUpStore store(*m_db);
    QVERIFY(store.add(f));
    auto next = store.markDone(f.id);
    QVERIFY(next);
    QVERIFY(next.value() > 0);
    QCOMPARE(store.get(f.id)->status, FollowUp::Status::Done);
    auto n = store.get(next.value());
    QCOMPARE(n->due, QDate(2026, 12, 23));
    QCOMPARE(n->reason, f.reason);
    QCOMPARE(n->status, FollowUp::Status::Open);
}

void TestFollowUpStore::snoozeMovesEffectiveDate()
{
    FollowUp f;
    f.contactId = m_contact;
    f.due = QDate(2026, 11, 23);
    FollowUpStore store(*m_db);
    QVERIFY(store.add(f));
    QCOMPARE(store.open({}, QDate(2026, 11, 23))->size(), 1);
    QVERIFY(store.snooze(f.id, QDate(2026, 11, 30)));
    QCOMPARE(store.open({}, QDate(2026, 11, 29))->size(), 0);
    QCOMPARE(store.open({}, QDate(2026, 11, 30))->size(), 1);
    QCOMPARE(store.get(f.id)->effectiveDue(), QDate(2026, 11, 30));
}

void TestFollowUpStore::rescheduleClearsSnooze()
{
    FollowUp f;
    f.contactId = m_contact;
    f.due = QDate(2026, 11, 23);
    FollowUpStore store(*m_db);
    QVERIFY(store.add(f));
    QVERIFY(store.snooze(f.id, QDate(2026, 12, 30)));
    QVERIFY(store.reschedule(f.id, QDate(2026, 12, 1)));
    auto back = store.get(f.id);
    QCOMPARE(back->due, QDate(2026, 12, 1));
    QVERIFY(!back->snoozedUntil.isValid());
}

void TestFollowUpStore::restorePutsItBackExactly()
{
    FollowUp f;
    f.contactId = m_contact;
    f.due = QDate(2026, 11, 23);
    f.reason = QStringLiteral("Ask about the launch");
    FollowUpStore store(*m_db);
    QVERIFY(store.add(f));
    const FollowUp before = store.get(f.id).value();
    QVERIFY(store.markDone(f.id));
    QVERIFY(store.restore(before));
    auto back = store.get(f.id);
    QCOMPARE(back->status, FollowUp::Status::Open);
    QCOMPARE(back->due, before.due);
    QVERIFY(back->doneAt.isEmpty());
}

void TestFollowUpStore::openListSkipsTrashedAndArchivedContacts()
{
    FollowUp f;
    f.contactId = m_contact;
    f.due = QDate(2026, 11, 22);
    FollowUpStore store(*m_db);
    QVERIFY(store.add(f));
    QCOMPARE(store.open({}, QDate(2026, 11, 30))->size(), 1);
    QVERIFY(ContactStore(*m_db).moveToTrash({m_contact}));
    QCOMPARE(store.open({}, QDate(2026, 11, 30))->size(), 0);
    QVERIFY(ContactStore(*m_db).restoreFromTrash({m_contact}));
    QVERIFY(ContactStore(*m_db).setArchived({m_contact}, true));
    QCOMPARE(store.open({}, QDate(2026, 11, 30))->size(), 0);
}

void TestFollowUpStore::refusesUnknownContactAndBadDate()
{
    FollowUp f;
    f.contactId = 4242;
    f.due = QDate(2026, 11, 23);
    auto r = FollowUpStore(*m_db).add(f);
    QVERIFY(!r);
    QVERIFY2(r.error().contains(QLatin1String("4242")), qPrintable(r.error()));
    f.contactId = m_contact;
    f.due = QDate();
    QVERIFY(!FollowUpStore(*m_db).add(f));
}

QTEST_GUILESS_MAIN(TestFollowUpStore)
#include "tst_followupstore.moc"
