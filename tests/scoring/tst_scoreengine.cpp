// The pure relationship score: every reason with its words, determinism, tier boundaries, weights.
#include "scoring/ScoreEngine.h"
#include "scoring/ScoringText.h"

#include <QJsonObject>
#include <QTest>

using namespace rapport;
using namespace rapport::scoring;

Q_DECLARE_METATYPE(rapport::scoring::ContactSignals)

namespace {

// Someone the user talks to: one two-way conversation a month ago, nothing else.
ContactSignals talkedOnce()
{
    ContactSignals s;
    s.contactId = 7;
    s.twoWayTotal = 1;
    s.twoWayLastYear = 1;
    s.daysSinceLastTwoWay = 30;
    s.daysSinceFirstTwoWay = 30;
    s.written = 1;
    return s;
}

const ScoreReason* findReason(const ScoreResult& r, const QString& key)
{
    for (const ScoreReason& reason : r.reasons) {
        if (reason.key == key) {
            return &reason;
        }
    }
    return nullptr;
}

} // namespace

class tst_ScoreEngine : public QObject
{
    Q_OBJECT

private slots:
    void eachSignalGivesItsReason_data();
    void eachSignalGivesItsReason();
    void pluralTextsReadNaturally();
    void neverTalkedIsCollectedWhateverTheScore();
    void sameSignalsGiveSameResult();
    void scoreStaysWithinZeroToHundred();
    void tierBoundaries_data();
    void tierBoundaries();
    void moreContactScoresHigher();
    void weightsRoundTripThroughJson();
    void weightsIgnoreJunkAndClamp();
    void reasonsJsonRoundTrip();
};

void tst_ScoreEngine::eachSignalGivesItsReason_data()
{
    QTest::addColumn<ContactSignals>("contact");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("sign"); // +1 adds points, -1 takes them away, 0 none

    ContactSignals s = talkedOnce();
    s.twoWayTotal = s.twoWayLastYear = 3;
    QTest::newRow("frequency") << s << "conversationsThisYear"
                               << "3 two-way conversations this year" << 1;
    s = talkedOnce();
    QTest::newRow("frequency, one") << s << "conversationsThisYear"
                                    << "1 two-way conversation this year" << 1;

    s = talkedOnce();
    s.daysSinceLastTwoWay = 0.2;
    QTest::newRow("spoke today") << s << "spokeToday"
                                 << "you spoke today" << 1;
    s.daysSinceLastTwoWay = 1;
    QTest::newRow("spoke a day ago") << s << "spokeDaysAgo"
                                     << "last spoke 1 day ago" << 1;
    s.daysSinceLastTwoWay = 21;
    QTest::newRow("spoke weeks ago") << s << "spokeWeeksAgo"
                                     << "last spoke 3 weeks ago" << 1;
    s.daysSinceLastTwoWay = 92;
    QTest::newRow("spoke months ago") << s << "spokeMonthsAgo"
                                      << "last spoke 3 months ago" << 1;
    s = talkedOnce();
    s.twoWayLastYear = 0;
    s.daysSinceLastTwoWay = s.daysSinceFirstTwoWay = 426;
    QTest::newRow("not spoken") << s << "notSpoken"
                                << "you have not spoken in 14 months" << 1;

    s = talkedOnce();
    s.introductionsReceived = 2;
    QTest::newRow("introductions") << s << "introducedYou"
                                   << "introduced you to 2 people" << 1;
    s.introductionsReceived = 1;
    QTest::newRow("introduction") << s << "introducedYou"
                                  << "introduced you to 1 person" << 1;
    s = talkedOnce();
    s.referralsReceived = 3;
    QTest::newRow("referrals") << s << "referredYou"
                               << "sent you 3 referrals" << 1;
    s = talkedOnce();
    s.helpReceived = 1;
    QTest::newRow("help received") << s << "helpedYou"
                                   << "helped you 1 time" << 1;
    s = talkedOnce();
    s.helpGiven = 2;
    QTest::newRow("help given") << s << "youHelped"
                                << "you helped them 2 times" << 1;

    s = talkedOnce();
    s.initiatedByThem = 2;
    s.initiatedByMe = 1;
    QTest::newRow("they start") << s << "theyStarted"
                                << "they started 2 conversations" << 1;
    s = talkedOnce();
    s.initiatedByMe = 4;
    QTest::newRow("you always start") << s << "youAlwaysStart"
                                      << "you started all 4 conversations" << 0;
    s = talkedOnce();
    s.messagesFromMe = 3;
    s.messagesFromThem = 5;
    QTest::newRow("they write back") << s << "theyWroteBack"
                                     << "they wrote 5 messages to you" << 1;

    s = talkedOnce();
    s.meetings = 2;
    QTest::newRow("met in person") << s << "metInPerson"
                                   << "met in person 2 times" << 1;
    s = talkedOnce();
    s.written = 0;
    s.calls = 1;
    QTest::newRow("calls") << s << "calls"
                           << "1 call or video call" << 1;
    s = talkedOnce();
    s.written = 4;
    QTest::newRow("only written") << s << "onlyWritten"
                                  << "4 written exchanges, no calls or meetings" << 1;

    s = talkedOnce();
    s.daysSinceConnected = 3 * 365.25 + 10;
    QTest::newRow("known years") << s << "knownYears"
                                 << "known for 3 years" << 1;
    s.daysSinceConnected = 95;
    QTest::newRow("known months") << s << "knownMonths"
                                  << "known for 3 months" << 1;

    s = talkedOnce();
    s.marketDimensions = 3;
    s.marketMatches = 2;
    QTest::newRow("market fit") << s << "marketFit"
                                << "fits your target market on 2 points" << 1;

    s = talkedOnce();
    s.knowsHowMet = true;
    s.knowsWhatTheyDo = true;
    QTest::newRow("knows both") << s << "knowsBoth"
                                << "you know what they do and how you met" << 1;
    s.knowsWhatTheyDo = false;
    QTest::newRow("knows how met") << s << "knowsHowMet"
                                   << "you know how you met" << 1;
    s.knowsHowMet = false;
    s.knowsWhatTheyDo = true;
    QTest::newRow("knows work") << s << "knowsWork"
                                << "you know what they do" << 1;
    s.knowsWhatTheyDo = false;
    QTest::newRow("knows nothing") << s << "knowsNothing"
                                   << "you have not noted what they do or how you met" << 0;

    s = talkedOnce();
    s.stage = ChampionStage::Relationship;
    QTest::newRow("stage") << s << "stage"
                           << "you put them at the Relationship stage" << 1;

    s = ContactSignals();
    s.collectorInvitation = true;
    QTest::newRow("collector") << s << "collector"
                               << "their invitation looked like a collector's" << -1;
    s = ContactSignals();
    s.daysSinceConnected = 14 * 30.44;
    QTest::newRow("never talked") << s << "neverTalkedMonths"
                                  << "connected 14 months ago but never talked" << -1;
    s.daysSinceConnected = 3;
    QTest::newRow("never talked, new") << s << "neverTalked"
                                       << "connected but never talked" << -1;
    s = ContactSignals();
    s.unansweredOutreach = 2;
    QTest::newRow("never replied") << s << "neverReplied"
                                   << "never replied to your 2 messages" << -1;
    s.unansweredOutreach = 1;
    QTest::newRow("never replied once") << s << "neverReplied"
                                        << "never replied to your 1 message" << -1;
    s = talkedOnce();
    s.unansweredOutreach = 2;
    QTest::newRow("some unanswered") << s << "someUnanswered"
                                     << "left 2 of your messages unanswered" << -1;
}

void tst_ScoreEngine::eachSignalGivesItsReason()
{
    QFETCH(ContactSignals, contact);
    QFETCH(QString, key);
    QFETCH(QString, text);
    QFETCH(int, sign);

    const ScoreResult r = ScoreEngine().score(contact);
    const ScoreReason* reason = findReason(r, key);
    QVERIFY2(reason != nullptr, qPrintable(reasonsToJson(r.reasons)));
    QCOMPARE(reason->text(), text);
    if (sign > 0) {
        QVERIFY(reason->points > 0);
    } else if (sign < 0) {
        QVERIFY(reason->points < 0);
    } else {
        QCOMPARE(reason->points, 0.0);
    }
}

void tst_ScoreEngine::pluralTextsReadNaturally()
{
    QCOMPARE(scoringText("%n person(s)", 1), QStringLiteral("1 person"));
    QCOMPARE(scoringText("%n person(s)", 0), QStringLiteral("0 people"));
    QCOMPARE(scoringText("%n month(s) and %n day(s)", 2), QStringLiteral("2 months and 2 days"));
}

void tst_ScoreEngine::neverTalkedIsCollectedWhateverTheScore()
{
    ContactSignals s;
    s.introductionsReceived = 2;
    s.helpGiven = 3;
    s.knowsHowMet = true;
    s.knowsWhatTheyDo = true;
    s.stage = ChampionStage::Champion;
    const ScoreResult r = ScoreEngine().score(s);
    QVERIFY(r.score > 0);
    QCOMPARE(r.tier, ScoreTier::Collected);
}

void tst_ScoreEngine::sameSignalsGiveSameResult()
{
    ContactSignals s = talkedOnce();
    s.twoWayTotal = 9;
    s.twoWayLastYear = 5;
    s.initiatedByThem = 3;
    s.initiatedByMe = 3;
    s.meetings = 2;
    s.introductionsReceived = 1;
    s.daysSinceConnected = 1000;
    const ScoreEngine engine;
    const ScoreResult a = engine.score(s);
    for (int i = 0; i < 20; ++i) {
        const ScoreResult b = ScoreEngine().score(s);
        QCOMPARE(b.score, a.score);
        QCOMPARE(b.tier, a.tier);
        QCOMPARE(reasonsToJson(b.reasons), reasonsToJson(a.reasons));
    }
    // The reasons add up to the score (before clamping) and are sorted weightiest first.
    double sum = 0;
    for (int i = 0; i < a.reasons.size(); ++i) {
        sum += a.reasons.at(i).points;
        if (i > 0) {
            QVERIFY(std::abs(a.reasons.at(i - 1).points) >= std::abs(a.reasons.at(i).points));
        }
    }
    QVERIFY(std::abs(sum - a.score) < 0.5);
}

void tst_ScoreEngine::scoreStaysWithinZeroToHundred()
{
    ContactSignals most = talkedOnce();
    most.twoWayTotal = most.twoWayLastYear = 500;
    most.daysSinceLastTwoWay = 0;
    most.daysSinceFirstTwoWay = 5000;
    most.initiatedByThem = 400;
    most.meetings = 300;
    most.introductionsReceived = most.referralsReceived = most.helpReceived = most.helpGiven = 50;
    most.marketDimensions = most.marketMatches = 4;
    most.knowsHowMet = most.knowsWhatTheyDo = true;
    most.stage = ChampionStage::Champion;
    QCOMPARE(ScoreEngine().score(most).score, 100.0);

    ContactSignals least;
    least.collectorInvitation = true;
    least.unansweredOutreach = 10;
    least.daysSinceConnected = 2000;
    QCOMPARE(ScoreEngine().score(least).score, 0.0);
}

void tst_ScoreEngine::tierBoundaries_data()
{
    QTest::addColumn<double>("score");
    QTest::addColumn<bool>("advocates");
    QTest::addColumn<double>("daysSinceLast");
    QTest::addColumn<QString>("tier");

    QTest::newRow("champion at threshold") << 65.0 << true << 10.0 << "champion";
    QTest::newRow("just below champion") << 64.9 << true << 10.0 << "inner";
    QTest::newRow("high score, no advocacy") << 90.0 << false << 10.0 << "inner";
    QTest::newRow("inner at threshold") << 45.0 << false << 10.0 << "inner";
    QTest::newRow("just below inner") << 44.9 << false << 10.0 << "active";
    QTest::newRow("inner needs recency") << 50.0 << false << 400.0 << "dormant";
    QTest::newRow("active at a year") << 10.0 << false << 365.0 << "active";
    QTest::newRow("dormant past a year") << 10.0 << false << 366.0 << "dormant";
    QTest::newRow("old champion stays champion") << 70.0 << true << 800.0 << "champion";
}

void tst_ScoreEngine::tierBoundaries()
{
    QFETCH(double, score);
    QFETCH(bool, advocates);
    QFETCH(double, daysSinceLast);
    QFETCH(QString, tier);
    ContactSignals s = talkedOnce();
    s.daysSinceLastTwoWay = daysSinceLast;
    s.referralsReceived = advocates ? 1 : 0;
    QCOMPARE(tierKey(ScoreEngine().tierFor(s, score)), tier);
}

void tst_ScoreEngine::moreContactScoresHigher()
{
    ContactSignals a = talkedOnce();
    ContactSignals b = a;
    b.twoWayTotal = b.twoWayLastYear = 6;
    b.meetings = 2;
    QVERIFY(ScoreEngine().score(b).score > ScoreEngine().score(a).score);
    ContactSignals c = b;
    c.daysSinceLastTwoWay = 300;
    QVERIFY(ScoreEngine().score(c).score < ScoreEngine().score(b).score);
}

void tst_ScoreEngine::weightsRoundTripThroughJson()
{
    ScoreWeights w;
    w.recency = 30;
    w.championThreshold = 70;
    QCOMPARE(ScoreWeights::fromJson(w.toJson()), w);
    QCOMPARE(ScoreWeights::fromJson(QJsonObject()), ScoreWeights());
    QCOMPARE(w.toJson().size(), ScoreWeights::fields().size());
}

void tst_ScoreEngine::weightsIgnoreJunkAndClamp()
{
    const ScoreWeights w = ScoreWeights::fromJson(QJsonObject{{QStringLiteral("recency"), QStringLiteral("lots")},
                                                              {QStringLiteral("frequency"), 1e9},
                                                              {QStringLiteral("unknown"), 3}});
    QCOMPARE(w.recency, ScoreWeights().recency);
    QCOMPARE(w.frequency, 100.0);
}

void tst_ScoreEngine::reasonsJsonRoundTrip()
{
    const QList<ScoreReason> reasons{{QStringLiteral("introducedYou"), 2, 15.0}, {QStringLiteral("collector"), 0, -20}};
    const QList<ScoreReason> back = reasonsFromJson(reasonsToJson(reasons));
    QCOMPARE(back, reasons);
    QVERIFY(reasonsToJson(reasons).contains(QStringLiteral("\"text\":\"introduced you to 2 people\"")));
}

QTEST_GUILESS_MAIN(tst_ScoreEngine)
#include "tst_scoreengine.moc"
