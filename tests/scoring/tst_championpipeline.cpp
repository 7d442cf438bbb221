// The champions pipeline: earned stages, never demoting, suggestions and the give/receive balance.
#include "ScoringFixture.h"

#include "scoring/ChampionPipeline.h"

using namespace rapport;
using namespace rapport::scoring;
using rapport::scoring::test::Fixture;

Q_DECLARE_METATYPE(rapport::scoring::ContactSignals)

class tst_ChampionPipeline : public QObject
{
    Q_OBJECT

private slots:
    void earnedStage_data();
    void earnedStage();
    void neverSuggestsADemotion();
    void overviewCountsSuggestsAndBalances();
    void applyReturnsThePreviousStage();
};

void tst_ChampionPipeline::earnedStage_data()
{
    QTest::addColumn<ContactSignals>("contact");
    QTest::addColumn<int>("stage");

    ContactSignals s;
    QTest::newRow("no conversation") << s << int(ChampionStage::Connection);
    s.twoWayTotal = 1;
    s.daysSinceFirstTwoWay = s.daysSinceLastTwoWay = 20;
    QTest::newRow("one conversation") << s << int(ChampionStage::Conversation);
    s.twoWayTotal = 2;
    s.daysSinceFirstTwoWay = 25;
    QTest::newRow("two, same week") << s << int(ChampionStage::Conversation);
    s.daysSinceFirstTwoWay = 120;
    QTest::newRow("two over time") << s << int(ChampionStage::Relationship);
    s.helpReceived = 3;
    QTest::newRow("help is not advocacy") << s << int(ChampionStage::Relationship);
    s.referralsReceived = 1;
    QTest::newRow("referral") << s << int(ChampionStage::Champion);
    ContactSignals intro;
    intro.introductionsReceived = 1;
    QTest::newRow("introduction without talking") << intro << int(ChampionStage::Champion);
}

void tst_ChampionPipeline::earnedStage()
{
    QFETCH(ContactSignals, contact);
    QFETCH(int, stage);
    QCOMPARE(int(ChampionPipeline::earnedStage(contact)), stage);
}

void tst_ChampionPipeline::neverSuggestsADemotion()
{
    ContactSignals s;
    s.stage = ChampionStage::Champion; // the user said so; no evidence in the data
    QVERIFY(!ChampionPipeline::suggestion(s).has_value());
    s.stage = ChampionStage::Conversation;
    s.twoWayTotal = 1;
    QVERIFY(!ChampionPipeline::suggestion(s).has_value());
    s.twoWayTotal = 4;
    s.daysSinceFirstTwoWay = 300;
    s.daysSinceLastTwoWay = 10;
    const auto up = ChampionPipeline::suggestion(s);
    QVERIFY(up.has_value());
    QCOMPARE(up->current, ChampionStage::Conversation);
    QCOMPARE(up->suggested, ChampionStage::Relationship);
    QCOMPARE(up->reason, QStringLiteral("4 two-way conversations over time"));
}

void tst_ChampionPipeline::overviewCountsSuggestsAndBalances()
{
    Fixture f;
    const qint64 ana = f.contact(QStringLiteral("Ana")); // will refer the user: Champion
    const qint64 bob = f.contact(QStringLiteral("Bob")); // talks, reaches out: develop next
    const qint64 cid = f.contact(QStringLiteral("Cid")); // one-sided: not suggested for developing
    const qint64 dan = f.contact(QStringLiteral("Dan")); // never talked
    f.talk(ana, 20, ConversationKind::Meeting, Initiator::Them);
    f.talk(ana, 200, ConversationKind::Call, Initiator::Me);
    f.introducedMe(ana, Introduction::Kind::Referral);
    f.talk(bob, 10, ConversationKind::Call, Initiator::Them);
    f.talk(bob, 90, ConversationKind::Meeting, Initiator::Me);
    f.talk(cid, 15, ConversationKind::Message, Initiator::Me);
    f.introducedThem(bob, dan);
    f.introducedThem(bob, cid);
    QVERIFY(ContactStore(f.db()).setChampionStage(cid, ChampionStage::Relationship));

    auto o = ChampionPipeline(f.db()).overview();
    QVERIFY2(o, qPrintable(o.error()));
    QCOMPARE(o->stageCounts[int(ChampionStage::Connection)], 3);
    QCOMPARE(o->stageCounts[int(ChampionStage::Relationship)], 1);

    // Ana → Champion first, then Bob → Relationship; Cid (already Relationship) and Dan get nothing.
    QCOMPARE(o->promotions.size(), 2);
    QCOMPARE(o->promotions.at(0).contactId, ana);
    QCOMPARE(o->promotions.at(0).suggested, ChampionStage::Champion);
    QCOMPARE(o->promotions.at(0).reason, QStringLiteral("made 1 introduction or referral for you"));
    QCOMPARE(o->promotions.at(1).contactId, bob);
    QCOMPARE(o->promotions.at(1).suggested, ChampionStage::Relationship);

    // Develop next: Bob (Relationship earned, they reach out); not Ana (Champion), not Cid (one-sided).
    QCOMPARE(o->developNext.size(), 1);
    QCOMPARE(o->developNext.first().contactId, bob);
    QCOMPARE(o->developNext.first().stage, ChampionStage::Relationship);
    QVERIFY(!o->developNext.first().reason.isEmpty());

    // Balance: Bob received 2 from the user, Ana gave 1, Cid and Dan received 1 each.
    QCOMPARE(o->totalGiven, 2);
    QCOMPARE(o->totalReceived, 1);
    QCOMPARE(o->balances.size(), 4);
    QCOMPARE(o->balances.first().contactId, bob);
    QCOMPARE(o->balances.first().given, 2);
    QCOMPARE(o->balances.first().balance(), -2);
    const auto anaBalance = std::find_if(o->balances.cbegin(), o->balances.cend(),
                                         [&](const HelpBalance& b) { return b.contactId == ana; });
    QVERIFY(anaBalance != o->balances.cend());
    QCOMPARE(anaBalance->received, 1);
    QCOMPARE(anaBalance->balance(), 1);
}

void tst_ChampionPipeline::applyReturnsThePreviousStage()
{
    Fixture f;
    const qint64 ana = f.contact(QStringLiteral("Ana"));
    ChampionPipeline pipeline(f.db());
    auto previous = pipeline.apply(ana, ChampionStage::Relationship);
    QVERIFY(previous);
    QCOMPARE(previous.value(), ChampionStage::Connection);
    QCOMPARE(ContactStore(f.db()).get(ana)->championStage, ChampionStage::Relationship);
    // Undo is applying the previous stage.
    QCOMPARE(pipeline.apply(ana, previous.value()).value(), ChampionStage::Relationship);
    QCOMPARE(ContactStore(f.db()).get(ana)->championStage, ChampionStage::Connection);
    QVERIFY(!pipeline.apply(999, ChampionStage::Champion));
}

QTEST_GUILESS_MAIN(tst_ChampionPipeline)
#include "tst_championpipeline.moc"
