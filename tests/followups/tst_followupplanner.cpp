// FollowUpPlanner: materialising keep-in-touch reminders, the Today ranking with its reasons,
// the week's list, and the clock reset by a logged conversation.
#include "TestNetwork.h"
#include "followups/FollowUpPlanner.h"
#include "store/FollowUpStore.h"

#include <QTest>

using namespace rapport;
using namespace rapport::followups;
using testing::addContact;
using testing::addConversation;
using testing::ContactSpec;

namespace {
// Wednesday of ISO week 2026-W48 (23–29 November 2026).
const QDateTime kNow(QDate(2026, 11, 25), QTime(9, 0));
const QDate kToday = kNow.date();

QDateTime daysAgo(int days)
{
    return QDateTime(kToday.addDays(-days), QTime(14, 0));
}

int openCadence(db::Database& db, qint64 contactId)
{
    return testing::count(db,
                          QStringLiteral("SELECT count(*) FROM followups WHERE contact_id=? AND origin='cadence' "
                                         "AND status='open'"),
                          {contactId});
}
} // namespace

class TestFollowUpPlanner : public QObject
{
    Q_OBJECT
private slots:
    void init() { Clock::setFixed(kNow); }
    void cleanup() { Clock::setFixed({}); }

    void materialiseIsIdempotent();
    void materialiseSkipsContactsNotDue();
    void loggingAConversationResetsTheClock();
    void backfilledConversationStillResetsTheClock();
    void oneWayMessageDoesNotResetTheClock();
    void doneCadenceRestartsTheClock();
    void removedCadenceCancelsTheReminder();
    void todayRanksOverdueThenNextStepsThenDue();
    void whyNowSaysItInPlainWords();
    void snoozeHidesUntilTheDate();
    void actionsRefuseWhatCannotBeDone();
    void archivedContactsAreLeftOut();
    void currentWeekGroupsByDayAndCarriesOverdue();
    void futureWeekProjectsWithoutSaving();
    void pastWeekShowsWhatIsStillOpen();
    void cadenceForExplainsOneContact();
};

void TestFollowUpPlanner::materialiseIsIdempotent()
{
    testing::TestDb t;
    QVERIFY(t.isOpen());
    const qint64 jana = addContact(t.db(), {.name = QStringLiteral("Jana"), .tier = QStringLiteral("champion")});
    addConversation(t.db(), jana, daysAgo(40));
    FollowUpPlanner planner(t.db());
    QCOMPARE(planner.materialise(kToday).value(), 1);
    QCOMPARE(planner.materialise(kToday).value(), 0);
    QCOMPARE(FollowUpPlanner(t.db()).materialise(kToday.addDays(30)).value(), 0);
    QCOMPARE(openCadence(t.db(), jana), 1);
    const auto rows = FollowUpStore(t.db()).forContact(jana).value();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().due, kToday.addDays(-10)); // 40 days ago + 30
    QCOMPARE(rows.first().origin, FollowUp::Origin::Cadence);
    // Today and the week materialise too; still one row.
    QVERIFY(planner.today());
    QVERIFY(planner.week(IsoWeek::containing(kToday)));
    QCOMPARE(openCadence(t.db(), jana), 1);
}

void TestFollowUpPlanner::materialiseSkipsContactsNotDue()
{
    testing::TestDb t;
    QVERIFY(t.isOpen());
    const qint64 recent = addContact(t.db(), {.name = QStringLiteral("Recent"), .tier = QStringLiteral("inner")});
    addConversation(t.db(), recent, daysAgo(10));
    const qint64 collected =
        addContact(t.db(), {.name = QStringLiteral("Collector"), .tier = QStringLiteral("collected")});
    addConversation(t.db(), collected, daysAgo(900));
    const qint64 unscored = addContact(t.db(), {.name = QStringLiteral("Unscored")});
    addConversation(t.db(), unscored, daysAgo(900));
    FollowUpPlanner planner(t.db());
    QCOMPARE(planner.materialise(kToday).value(), 0);
    // Later the inner-circle contact comes up (45 days after the conversation).
    QCOMPARE(planner.materialise(kToday.addDays(35)).value(), 1);
    QCOMPARE(openCadence(t.db(), recent), 1);
    QCOMPARE(openCadence(t.db(), collected) + openCadence(t.db(), unscored), 0);
}

void TestFollowUpPlanner::loggingAConversationResetsTheClock()
{
    testing::TestDb t;
    QVERIFY(t.isOpen());
    const qint64 jana = addContact(t.db(), {.name = QStringLiteral("Jana"), .tier = QStringLiteral("champion")});
    addConversation(t.db(), jana, daysAgo(70));
    FollowUpPlanner planner(t.db());
    QCOMPARE(planner.today().value().size(), 1);
    QCOMPARE(planner.today().value().first().kind, PlanItem::Kind::CadenceOverdue);

    addConversation(t.db(), jana, kNow, QStringLiteral("Caught up"));
    QCOMPARE(openCadence(t.db(), jana), 0);
    QVERIFY(planner.today().value().isEmpty());
    QCOMPARE(planner.materialise(kToday.addDays(29)).value(), 0);
    QCOMPARE(planner.materialise(kToday.addDays(30)).value(), 1);
    const auto rows = FollowUpStore(t.db()).forContact(jana).value();
    QCOMPARE(rows.first().due, kToday.addDays(30));
}

void TestFollowUpPlanner::backfilledConversationStillResetsTheClock()
{
    testing::TestDb t;
    QVERIFY(t.isOpen());
    const qint64 jana = addContact(t.db(), {.name = QStringLiteral("Jana"), .tier = QStringLiteral("champion")});
    addConversation(t.db(), jana, daysAgo(70));
    FollowUpPlanner planner(t.db());
    QCOMPARE(planner.materialise(kToday).value(), 1);
    // Logged today, but it happened yesterday: before the reminder row was made.
    addConversation(t.db(), jana, daysAgo(1));
    QVERIFY(planner.today().value().isEmpty());
    QCOMPARE(openCadence(t.db(), jana), 0);
}

void TestFollowUpPlanner::oneWayMessageDoesNotResetTheClock()
{
    testing::TestDb t;
    QVERIFY(t.isOpen());
    const qint64 jana = addContact(t.db(), {.name = QStringLiteral("Jana"), .tier = QStringLiteral("champion")});
    addConversation(t.db(), jana, daysAgo(45));
    FollowUpPlanner planner(t.db());
    QCOMPARE(planner.materialise(kToday).value(), 1);
    addConversation(t.db(), jana, daysAgo(0), QStringLiteral("Sent a newsletter"), false);
    QCOMPARE(planner.today().value().size(), 1);
}

void TestFollowUpPlanner::doneCadenceRestartsTheClock()
{
    testing::TestDb t;
    QVERIFY(t.isOpen());
    const qint64 jana = addContact(t.db(), {.name = QStringLiteral("Jana"), .tier = QStringLiteral("champion")});
    addConversation(t.db(), jana, daysAgo(45));
    FollowUpPlanner planner(t.db());
    const auto today = planner.today().value();
    QCOMPARE(today.size(), 1);
    QCOMPARE(planner.done(today.first().followUp.id).value(), 0);
    QVERIFY(planner.today().value().isEmpty());
    QCOMPARE(planner.materialise(kToday.addDays(29)).value(), 0);
    QCOMPARE(planner.materialise(kToday.addDays(30)).value(), 1);
}

void TestFollowUpPlanner::removedCadenceCancelsTheReminder()
{
    testing::TestDb t;
    QVERIFY(t.isOpen());
    const qint64 jana = addContact(t.db(), {.name = QStringLiteral("Jana"), .tier = QStringLiteral("champion")});
    addConversation(t.db(), jana, daysAgo(45));
    FollowUpPlanner planner(t.db());
    QCOMPARE(planner.materialise(kToday).value(), 1);
    QVERIFY(db::exec(t.db(), QStringLiteral("UPDATE contact_scores SET tier='collected' WHERE contact_id=?"), {jana}));
    QVERIFY(FollowUpPlanner(t.db()).today().value().isEmpty());
    QCOMPARE(openCadence(t.db(), jana), 0);
}

void TestFollowUpPlanner::todayRanksOverdueThenNextStepsThenDue()
{
    testing::TestDb t;
    QVERIFY(t.isOpen());
    // Past the maximum, but a low score: still first.
    const qint64 overdue =
        addContact(t.db(), {.name = QStringLiteral("Overdue"), .tier = QStringLiteral("active"), .score = 10});
    addConversation(t.db(), overdue, daysAgo(200));
    const qint64 overdueMore =
        addContact(t.db(), {.name = QStringLiteral("Overdue longer"), .tier = QStringLiteral("active"), .score = 10});
    addConversation(t.db(), overdueMore, daysAgo(300));
    const qint64 promised =
        addContact(t.db(), {.name = QStringLiteral("Promised"), .tier = QStringLiteral("active"), .score = 40});
    addConversation(t.db(), promised, daysAgo(6), {}, true, QStringLiteral("Send the deck"), kToday.addDays(-1));
    const qint64 manual =
        addContact(t.db(), {.name = QStringLiteral("Manual"), .tier = QStringLiteral("dormant"), .score = 95});
    FollowUp f;
    f.contactId = manual;
    f.due = kToday;
    f.reason = QStringLiteral("Ask about the new role");
    QVERIFY(FollowUpStore(t.db()).add(f));
    const qint64 dueHigh =
        addContact(t.db(), {.name = QStringLiteral("Due high"), .tier = QStringLiteral("champion"), .score = 90});
    addConversation(t.db(), dueHigh, daysAgo(35));
    const qint64 dueLow =
        addContact(t.db(), {.name = QStringLiteral("Due low"), .tier = QStringLiteral("champion"), .score = 80});
    addConversation(t.db(), dueLow, daysAgo(50));
    const qint64 notYet =
        addContact(t.db(), {.name = QStringLiteral("Not yet"), .tier = QStringLiteral("champion"), .score = 99});
    addConversation(t.db(), notYet, daysAgo(3));

    const auto items = FollowUpPlanner(t.db()).today().value();
    QStringList names;
    for (const auto& i : items) {
        names << i.contactName;
    }
    QCOMPARE(names,
             (QStringList{QStringLiteral("Overdue longer"), QStringLiteral("Overdue"), QStringLiteral("Promised"),
                          QStringLiteral("Manual"), QStringLiteral("Due high"), QStringLiteral("Due low")}));
    QCOMPARE(items.at(0).kind, PlanItem::Kind::CadenceOverdue);
    QCOMPARE(items.at(2).kind, PlanItem::Kind::NextStep);
    QCOMPARE(items.at(3).kind, PlanItem::Kind::Manual);
    QCOMPARE(items.at(4).kind, PlanItem::Kind::CadenceDue);
    QCOMPARE(FollowUpPlanner(t.db()).today(3).value().size(), 3);
}

void TestFollowUpPlanner::whyNowSaysItInPlainWords()
{
    testing::TestDb t;
    QVERIFY(t.isOpen());
    const qint64 ana = addContact(
        t.db(), {.name = QStringLiteral("Ana"), .tier = QStringLiteral("active"), .idealDays = 60, .maxDays = 180});
    addConversation(t.db(), ana, daysAgo(122));
    const qint64 ben = addContact(t.db(), {.name = QStringLiteral("Ben"), .tier = QStringLiteral("active")});
    // Agreed last Friday, due yesterday... and one due next Tuesday for the week view.
    addConversation(t.db(), ben, daysAgo(5), {}, true, QStringLiteral("Send the deck."), kToday.addDays(6));
    const qint64 cy = addContact(t.db(), {.name = QStringLiteral("Cy"), .tier = QStringLiteral("champion")});
    addConversation(t.db(), cy, daysAgo(130));

    FollowUpPlanner planner(t.db());
    const auto today = planner.today().value();
    QCOMPARE(today.size(), 2);
    QCOMPARE(today.at(0).contactName, QStringLiteral("Cy"));
    QCOMPARE(today.at(0).whyNow,
             QStringLiteral("No conversation in 4 months; you aim for every month, 2 months at most."));
    QCOMPARE(today.at(1).whyNow, QStringLiteral("No conversation in 4 months; you aim for every 2 months."));

    const auto week = planner.week(IsoWeek(2026, 49)).value();
    const auto it = std::find_if(week.items.cbegin(), week.items.cend(),
                                 [](const PlanItem& i) { return i.contactName == QLatin1String("Ben"); });
    QVERIFY(it != week.items.cend());
    QCOMPARE(it->whyNow, QStringLiteral("You agreed to send the deck by Tuesday."));
}

void TestFollowUpPlanner::snoozeHidesUntilTheDate()
{
    testing::TestDb t;
    QVERIFY(t.isOpen());
    const qint64 jana = addContact(t.db(), {.name = QStringLiteral("Jana"), .tier = QStringLiteral("champion")});
    addConversation(t.db(), jana, daysAgo(45));
    FollowUpPlanner planner(t.db());
    const qint64 id = planner.today().value().first().followUp.id;
    QVERIFY(planner.snoozeDays(id, 7));
    QVERIFY(planner.today().value().isEmpty());
    QCOMPARE(openCadence(t.db(), jana), 1); // snoozed, not duplicated
    Clock::setFixed(kNow.addDays(7));
    const auto later = planner.today().value();
    QCOMPARE(later.size(), 1);
    QCOMPARE(later.first().followUp.id, id);
    QVERIFY(planner.reschedule(id, kToday.addDays(20)));
    QVERIFY(planner.today().value().isEmpty());
}

void TestFollowUpPlanner::actionsRefuseWhatCannotBeDone()
{
    testing::TestDb t;
    QVERIFY(t.isOpen());
    const qint64 jana = addContact(t.db(), {.name = QStringLiteral("Jana"), .tier = QStringLiteral("champion")});
    addConversation(t.db(), jana, daysAgo(45));
    FollowUpPlanner planner(t.db());
    const qint64 id = planner.today().value().first().followUp.id;
    QVERIFY(!planner.snoozeUntil(id, kToday));
    QVERIFY(!planner.snoozeDays(id, 0));
    QVERIFY(!planner.done(9999));
    QVERIFY(!planner.reschedule(9999, kToday));
    QVERIFY(planner.done(id));
    QVERIFY(!planner.done(id));
    QVERIFY(!planner.snoozeDays(id, 1));
}

void TestFollowUpPlanner::archivedContactsAreLeftOut()
{
    testing::TestDb t;
    QVERIFY(t.isOpen());
    const qint64 jana = addContact(t.db(), {.name = QStringLiteral("Jana"), .tier = QStringLiteral("champion")});
    addConversation(t.db(), jana, daysAgo(45));
    QVERIFY(ContactStore(t.db()).setArchived({jana}, true));
    FollowUpPlanner planner(t.db());
    QCOMPARE(planner.materialise(kToday).value(), 0);
    QVERIFY(planner.today().value().isEmpty());
}

void TestFollowUpPlanner::currentWeekGroupsByDayAndCarriesOverdue()
{
    testing::TestDb t;
    QVERIFY(t.isOpen());
    const qint64 old = addContact(t.db(), {.name = QStringLiteral("Old"), .tier = QStringLiteral("champion")});
    addConversation(t.db(), old, daysAgo(45)); // due 15 November, before this week
    const qint64 fri = addContact(t.db(), {.name = QStringLiteral("Friday"), .tier = QStringLiteral("champion")});
    addConversation(t.db(), fri, daysAgo(28)); // due Friday 27 November
    const qint64 next = addContact(t.db(), {.name = QStringLiteral("Next week"), .tier = QStringLiteral("champion")});
    addConversation(t.db(), next, daysAgo(20)); // due 5 December

    const auto plan = FollowUpPlanner(t.db()).week(IsoWeek(2026, 48)).value();
    QCOMPARE(plan.items.size(), 2);
    QCOMPARE(plan.items.at(0).contactName, QStringLiteral("Old"));
    QCOMPARE(plan.items.at(0).listedOn, QDate(2026, 11, 23));
    QVERIFY(plan.items.at(0).isOverdue());
    QCOMPARE(plan.items.at(1).contactName, QStringLiteral("Friday"));
    QCOMPARE(plan.items.at(1).listedOn, QDate(2026, 11, 27));
    QVERIFY(!plan.items.at(1).isProjected()); // the current week is saved through Sunday
    QCOMPARE(openCadence(t.db(), next), 0);
}

void TestFollowUpPlanner::futureWeekProjectsWithoutSaving()
{
    testing::TestDb t;
    QVERIFY(t.isOpen());
    const qint64 next = addContact(t.db(), {.name = QStringLiteral("Next week"), .tier = QStringLiteral("champion")});
    addConversation(t.db(), next, daysAgo(20)); // due Saturday 5 December
    const qint64 overdue = addContact(t.db(), {.name = QStringLiteral("Overdue"), .tier = QStringLiteral("champion")});
    addConversation(t.db(), overdue, daysAgo(100));

    const auto plan = FollowUpPlanner(t.db()).week(IsoWeek(2026, 49)).value();
    QCOMPARE(plan.items.size(), 1);
    QCOMPARE(plan.items.first().contactName, QStringLiteral("Next week"));
    QVERIFY(plan.items.first().isProjected());
    QCOMPARE(plan.items.first().due, QDate(2026, 12, 5));
    QCOMPARE(testing::count(t.db(), QStringLiteral("SELECT count(*) FROM followups")), 0);
}

void TestFollowUpPlanner::pastWeekShowsWhatIsStillOpen()
{
    testing::TestDb t;
    QVERIFY(t.isOpen());
    const qint64 jana = addContact(t.db(), {.name = QStringLiteral("Jana"), .tier = QStringLiteral("active")});
    FollowUp f;
    f.contactId = jana;
    f.due = QDate(2026, 11, 18); // W47
    f.reason = QStringLiteral("Send the intro");
    QVERIFY(FollowUpStore(t.db()).add(f));
    const auto plan = FollowUpPlanner(t.db()).week(IsoWeek(2026, 47)).value();
    QCOMPARE(plan.items.size(), 1);
    QCOMPARE(plan.items.first().daysOverdue, 7);
    QVERIFY(FollowUpPlanner(t.db()).week(IsoWeek(2026, 46)).value().items.isEmpty());
    QVERIFY(!FollowUpPlanner(t.db()).week(IsoWeek()));
}

void TestFollowUpPlanner::cadenceForExplainsOneContact()
{
    testing::TestDb t;
    QVERIFY(t.isOpen());
    const qint64 never = addContact(t.db(), {.name = QStringLiteral("Never"), .tier = QStringLiteral("inner")});
    FollowUpPlanner planner(t.db());
    auto c = planner.cadenceFor(never).value();
    QVERIFY(c.neverTalked);
    QCOMPARE(c.anchor, kToday); // created today
    QCOMPARE(c.status.state, CadenceStatus::State::NotYet);
    QVERIFY(c.whyNow.isEmpty());
    Clock::setFixed(kNow.addDays(50));
    c = planner.cadenceFor(never).value();
    QCOMPARE(c.status.state, CadenceStatus::State::Due);
    QCOMPARE(c.whyNow, QStringLiteral(
                           "No conversation on record in the 7 weeks since you connected; you aim for every 6 weeks."));
    QVERIFY(!planner.cadenceFor(4242));
}

QTEST_GUILESS_MAIN(TestFollowUpPlanner)
#include "tst_followupplanner.moc"
