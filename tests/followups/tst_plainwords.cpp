// words::*: intervals, days and reasons in the plain words the Today list and the printout use.
#include "followups/DateInput.h"
#include "followups/PlainWords.h"

#include <QTest>

using namespace rapport::followups;

class TestPlainWords : public QObject
{
    Q_OBJECT
private slots:
    void durations_data();
    void durations();
    void everies_data();
    void everies();
    void days();
    void clauses();
    void reasons();
    void openers();
    void dateInput_data();
    void dateInput();
};

void TestPlainWords::durations_data()
{
    QTest::addColumn<int>("days");
    QTest::addColumn<QString>("words");
    QTest::newRow("0") << 0 << "0 days";
    QTest::newRow("1") << 1 << "1 day";
    QTest::newRow("13") << 13 << "13 days";
    QTest::newRow("14") << 14 << "2 weeks";
    QTest::newRow("45") << 45 << "6 weeks";
    QTest::newRow("60") << 60 << "2 months";
    QTest::newRow("122") << 122 << "4 months";
    QTest::newRow("180") << 180 << "6 months";
    QTest::newRow("365") << 365 << "1 year";
    QTest::newRow("400") << 400 << "13 months";
    QTest::newRow("500") << 500 << "16 months";
    QTest::newRow("800") << 800 << "2 years";
}

void TestPlainWords::durations()
{
    QFETCH(int, days);
    QFETCH(QString, words);
    QCOMPARE(words::duration(days), words);
}

void TestPlainWords::everies_data()
{
    QTest::addColumn<int>("days");
    QTest::addColumn<QString>("words");
    QTest::newRow("1") << 1 << "every day";
    QTest::newRow("7") << 7 << "every week";
    QTest::newRow("14") << 14 << "every 2 weeks";
    QTest::newRow("30") << 30 << "every month";
    QTest::newRow("31") << 31 << "every month";
    QTest::newRow("90") << 90 << "every 3 months";
    QTest::newRow("365") << 365 << "every year";
}

void TestPlainWords::everies()
{
    QFETCH(int, days);
    QFETCH(QString, words);
    QCOMPARE(words::every(days), words);
}

void TestPlainWords::days()
{
    const QDate wed(2026, 11, 25);
    QCOMPARE(words::day(wed, wed), QStringLiteral("today"));
    QCOMPARE(words::day(wed.addDays(1), wed), QStringLiteral("tomorrow"));
    QCOMPARE(words::day(wed.addDays(-1), wed), QStringLiteral("yesterday"));
    QCOMPARE(words::day(QDate(2026, 12, 1), wed), QStringLiteral("Tuesday"));
    QCOMPARE(words::day(QDate(2026, 11, 17), wed), QStringLiteral("Tuesday 17 November"));
    QCOMPARE(words::day(QDate(2027, 1, 5), wed), QStringLiteral("Tuesday 5 January 2027"));
    QCOMPARE(words::longDate(wed), QStringLiteral("25 November 2026"));
}

void TestPlainWords::clauses()
{
    QCOMPARE(words::asClause(QStringLiteral("Send the deck.")), QStringLiteral("send the deck"));
    QCOMPARE(words::asClause(QStringLiteral("  CV to  Jana ")), QStringLiteral("CV to Jana"));
    QCOMPARE(words::asClause(QStringLiteral("I promised a call")), QStringLiteral("I promised a call"));
}

void TestPlainWords::reasons()
{
    const QDate wed(2026, 11, 25);
    QCOMPARE(words::nextStepWhy(QStringLiteral("Send the deck"), QDate(2026, 12, 1), wed),
             QStringLiteral("You agreed to send the deck by Tuesday."));
    QCOMPARE(words::nextStepWhy(QStringLiteral("Send the deck"), QDate(2026, 11, 17), wed),
             QStringLiteral("You agreed to send the deck by Tuesday 17 November; that was 8 days ago."));
    QCOMPARE(words::manualWhy(QStringLiteral("Ask about the role"), wed, wed),
             QStringLiteral("Your reminder for today: ask about the role."));
    QCOMPARE(words::manualWhy({}, wed, wed), QStringLiteral("You set a reminder for today."));
    const Cadence c{60, 90};
    CadenceStatus s = evaluateCadence(c, wed.addDays(-122), wed);
    QCOMPARE(words::cadenceWhy(s, c, false),
             QStringLiteral("No conversation in 4 months; you aim for every 2 months, 3 months at most."));
    // A %1 inside user text is not substituted again.
    QCOMPARE(words::manualWhy(QStringLiteral("Ask about %1 and %2"), wed, wed),
             QStringLiteral("Your reminder for today: ask about %1 and %2."));
}

void TestPlainWords::openers()
{
    words::OpenerFacts f;
    f.today = QDate(2026, 11, 25);
    f.isNextStep = true;
    f.reason = QStringLiteral("Send the deck");
    f.lastConversationOn = QDate(2026, 11, 20);
    QCOMPARE(words::opener(f), QStringLiteral("Open with what you promised on Friday 20 November: send the deck."));
    f.isNextStep = false;
    f.lastSummary = QStringLiteral("Hiring for the\ndata team");
    QCOMPARE(words::opener(f), QStringLiteral("Pick up where you left off on Friday 20 November: \u201cHiring for the "
                                              "data team\u201d. Ask how it has gone since."));
    f.lastSummary.clear();
    f.company = QStringLiteral("Nordlicht");
    f.lastConversationOn = QDate(2026, 7, 1);
    QCOMPARE(words::opener(f),
             QStringLiteral("Say it has been 5 months since you last spoke and ask what is new at Nordlicht."));
    f.lastConversationOn = {};
    f.howMet = QStringLiteral("at PyCon 2024");
    QCOMPARE(words::opener(f),
             QStringLiteral("Remind them how you met (at PyCon 2024) and ask what they are working on now."));
}

void TestPlainWords::dateInput_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("date");
    QTest::newRow("iso") << "2026-12-01" << QDate(2026, 12, 1);
    QTest::newRow("today") << "today" << QDate(2026, 11, 25);
    QTest::newRow("tomorrow") << "Tomorrow" << QDate(2026, 11, 26);
    QTest::newRow("+3") << "+3" << QDate(2026, 11, 28);
    QTest::newRow("+2w") << "+2w" << QDate(2026, 12, 9);
    QTest::newRow("31 February") << "2026-02-31" << QDate();
    QTest::newRow("US order") << "11/25/2026" << QDate();
    QTest::newRow("junk") << "soon" << QDate();
}

void TestPlainWords::dateInput()
{
    QFETCH(QString, text);
    QFETCH(QDate, date);
    QCOMPARE(parseDateInput(text, QDate(2026, 11, 25)), date);
}

QTEST_GUILESS_MAIN(TestPlainWords)
#include "tst_plainwords.moc"
