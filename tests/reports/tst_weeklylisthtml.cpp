// html::*: the weekly list as HTML — every user string escaped, long text shortened for display
// only, grouping by day or priority, print CSS that keeps entries whole.
#include "../followups/TestNetwork.h"
#include "reports/WeeklyListHtml.h"

#include <QTest>

using namespace rapport;
using namespace rapport::reports;
using testing::addContact;
using testing::addConversation;

namespace {
const QDateTime kNow(QDate(2026, 11, 25), QTime(9, 0));
}

class TestWeeklyListHtml : public QObject
{
    Q_OBJECT
private slots:
    void init() { Clock::setFixed(kNow); }
    void cleanup() { Clock::setFixed({}); }

    void escapesHostileNamesAndSummaries();
    void longNameIsShortenedForDisplayButStoredIntact();
    void entryHasEverythingNeededToCall();
    void groupsByDayOrPriority();
    void printCssKeepsEntriesWhole();
    void emptyWeekSaysSo();
};

void TestWeeklyListHtml::escapesHostileNamesAndSummaries()
{
    testing::TestDb t;
    QVERIFY(t.isOpen());
    const qint64 id = addContact(t.db(), {.name = QStringLiteral("<img src=x>"),
                                          .company = QStringLiteral("<script>alert(1)</script>"),
                                          .tier = QStringLiteral("champion"),
                                          .phone = QStringLiteral("<b>+1</b>"),
                                          .email = QStringLiteral("\"x\"&y@example.com")});
    addConversation(t.db(), id, kNow.addDays(-45), QStringLiteral("<script>alert(1)</script> & <i>more</i>"));
    const qint64 other =
        addContact(t.db(), {.name = QStringLiteral("Plain & Simple"), .tier = QStringLiteral("inner")});
    addConversation(t.db(), other, kNow.addDays(-50), {}, true, QStringLiteral("<a href=\"javascript:x\">click</a>"),
                    kNow.date());

    auto list = buildWeeklyList(t.db(), followups::IsoWeek(2026, 48));
    QVERIFY2(list, qPrintable(list.error()));
    QCOMPARE(list->entries.size(), 3);
    for (const Grouping g : {Grouping::ByDay, Grouping::ByPriority}) {
        WeeklyListOptions o;
        o.grouping = g;
        const QString doc = html::document(list.value(), o, QPageSize(QPageSize::A4));
        QVERIFY(!doc.contains(QStringLiteral("<img")));
        QVERIFY(!doc.contains(QStringLiteral("<script")));
        QVERIFY(!doc.contains(QStringLiteral("<a ")));
        QVERIFY(!doc.contains(QStringLiteral("<i>more")));
        QVERIFY(!doc.contains(QStringLiteral("<b>+1")));
        QVERIFY(doc.contains(QStringLiteral("&lt;img src=x&gt;")));
        QVERIFY(doc.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;")));
        QVERIFY(doc.contains(QStringLiteral("Plain &amp; Simple")));
        QVERIFY(doc.contains(QStringLiteral("&quot;x&quot;&amp;y@example.com")));
        QVERIFY(doc.contains(QStringLiteral("&lt;a href=&quot;javascript:x&quot;&gt;click&lt;/a&gt;")));
    }
}

void TestWeeklyListHtml::longNameIsShortenedForDisplayButStoredIntact()
{
    testing::TestDb t;
    QVERIFY(t.isOpen());
    const QString huge(100000, QLatin1Char('A'));
    const qint64 id = addContact(t.db(), {.name = huge, .tier = QStringLiteral("champion")});
    addConversation(t.db(), id, kNow.addDays(-45), QString(100000, QLatin1Char('s')));
    QCOMPARE(ContactStore(t.db()).get(id)->displayName.size(), 100000);

    auto list = buildWeeklyList(t.db(), followups::IsoWeek(2026, 48));
    QVERIFY(list);
    QCOMPARE(list->entries.size(), 1);
    QCOMPARE(list->entries.first().item.contactName.size(), 100000); // the data is not cut
    const WeeklyListOptions o;
    const QString entry = html::entry(list->entries.first(), list->today, o);
    QVERIFY(entry.size() < 5000);
    QVERIFY(entry.contains(QString(o.maxNameChars, QLatin1Char('A')) + QChar(0x2026)));
    QVERIFY(!entry.contains(QString(o.maxNameChars + 1, QLatin1Char('A'))));
    QVERIFY(!entry.contains(QString(o.maxTextChars + 1, QLatin1Char('s'))));
}

void TestWeeklyListHtml::entryHasEverythingNeededToCall()
{
    testing::TestDb t;
    QVERIFY(t.isOpen());
    const qint64 id = addContact(t.db(), {.name = QStringLiteral("Jana Kováčová"),
                                          .company = QStringLiteral("Nordlicht Analytics"),
                                          .tier = QStringLiteral("champion"),
                                          .phone = QStringLiteral("+421 905 123 456"),
                                          .email = QStringLiteral("jana@nordlicht.example")});
    addConversation(t.db(), id, kNow.addDays(-70), QStringLiteral("Three open roles in the data team"));
    auto list = buildWeeklyList(t.db(), followups::IsoWeek(2026, 48));
    QVERIFY(list);
    QCOMPARE(list->entries.size(), 1);
    const QString e = html::entry(list->entries.first(), list->today, {});
    QVERIFY(e.contains(QStringLiteral("\u2610")));
    QVERIFY(e.contains(QStringLiteral("Jana Kováčová")));
    QVERIFY(e.contains(QStringLiteral("Nordlicht Analytics")));
    QVERIFY(e.contains(QStringLiteral("+421 905 123 456")));
    QVERIFY(e.contains(QStringLiteral("jana@nordlicht.example")));
    QVERIFY(e.contains(QStringLiteral("16 September 2026")));
    QVERIFY(e.contains(QStringLiteral("Three open roles in the data team")));
    QVERIFY(e.contains(QStringLiteral("No conversation in 2 months; you aim for every month, 2 months at most.")));
    QVERIFY(e.contains(QStringLiteral("Pick up where you left off")));
    // Black and white: the priority is written out, not coloured.
    QVERIFY(e.contains(QStringLiteral("[Past the longest gap you want, 6 weeks overdue]")));
    QVERIFY(!e.contains(QStringLiteral("color"), Qt::CaseInsensitive));
}

void TestWeeklyListHtml::groupsByDayOrPriority()
{
    testing::TestDb t;
    QVERIFY(t.isOpen());
    const qint64 a = addContact(t.db(), {.name = QStringLiteral("Overdue"), .tier = QStringLiteral("champion")});
    addConversation(t.db(), a, kNow.addDays(-90));
    const qint64 b = addContact(t.db(), {.name = QStringLiteral("Thursday"), .tier = QStringLiteral("active")});
    addConversation(t.db(), b, kNow.addDays(-1), {}, true, QStringLiteral("Call back"), QDate(2026, 11, 26));
    const qint64 c = addContact(t.db(), {.name = QStringLiteral("Saturday"), .tier = QStringLiteral("champion")});
    addConversation(t.db(), c, kNow.addDays(-27));
    auto list = buildWeeklyList(t.db(), followups::IsoWeek(2026, 48));
    QVERIFY(list);

    auto byDay = groupEntries(list.value(), Grouping::ByDay);
    QStringList headings;
    for (const auto& g : byDay) {
        headings << g.heading;
    }
    QCOMPARE(headings, (QStringList{QStringLiteral("Still open from before this week"),
                                    QStringLiteral("Thursday 26 November"), QStringLiteral("Saturday 28 November")}));

    auto byPriority = groupEntries(list.value(), Grouping::ByPriority);
    headings.clear();
    for (const auto& g : byPriority) {
        headings << g.heading;
    }
    QCOMPARE(headings, (QStringList{QStringLiteral("Past the longest gap you want"),
                                    QStringLiteral("Agreed next steps"), QStringLiteral("Time to get in touch")}));
}

void TestWeeklyListHtml::printCssKeepsEntriesWhole()
{
    WeeklyList list;
    list.week = followups::IsoWeek(2026, 48);
    list.today = kNow.date();
    const QString a4 = html::document(list, {}, QPageSize(QPageSize::A4));
    QVERIFY(a4.contains(QStringLiteral("page-break-inside: avoid")));
    QVERIFY(a4.contains(QStringLiteral("size: 210.0mm 297.0mm")));
    QVERIFY(a4.contains(QStringLiteral("counter(page)")));
    QVERIFY(a4.contains(QStringLiteral("<h1>Week 48, 23\u201329 November 2026</h1>")));
    const QString letter = html::document(list, {}, QPageSize(QPageSize::Letter));
    QVERIFY(letter.contains(QStringLiteral("size: 215.9mm 279.4mm")));
}

void TestWeeklyListHtml::emptyWeekSaysSo()
{
    testing::TestDb t;
    QVERIFY(t.isOpen());
    auto list = buildWeeklyList(t.db(), followups::IsoWeek(2026, 48));
    QVERIFY(list);
    QVERIFY(list->entries.isEmpty());
    QVERIFY(html::document(list.value(), {}, QPageSize(QPageSize::A4)).contains(QStringLiteral("Nothing is due")));
}

QTEST_GUILESS_MAIN(TestWeeklyListHtml)
#include "tst_weeklylisthtml.moc"
