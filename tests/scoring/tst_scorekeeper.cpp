// ScoreKeeper: scores follow the data while the app runs — everyone in the background on a worker
// connection, a few edited contacts at once — and its own "scores changed" notice never loops.
#include "ScoringFixture.h"
#include "scoring/ScoreKeeper.h"
#include "scoring/ScoringService.h"

#include <QSignalSpy>

using namespace rapport;
using namespace rapport::scoring;

namespace {

double scoreOf(db::Database& db, qint64 id)
{
    return db::scalar(db, QStringLiteral("SELECT score FROM contact_scores WHERE contact_id = ?"), {id}).toDouble();
}

int scored(db::Database& db)
{
    return db::scalar(db, QStringLiteral("SELECT COUNT(*) FROM contact_scores")).toInt();
}

} // namespace

class TestScoreKeeper : public QObject
{
    Q_OBJECT
private slots:
    void catchUpScoresEveryoneInTheBackground();
    void aLoggedConversationRaisesTheScore();
    void anEditedContactIsRescoredAlone();
    void newWeightsRescoreEveryone();
};

void TestScoreKeeper::catchUpScoresEveryoneInTheBackground()
{
    test::Fixture f;
    for (int i = 0; i < 30; ++i) {
        f.contact(QStringLiteral("Person %1").arg(i));
    }
    ScoreKeeper keeper(f.db());
    keeper.setDelay(0);
    QSignalSpy done(&keeper, &ScoreKeeper::rescored);
    QSignalSpy contactsChanged(&f.db(), &db::Database::changed);
    QCOMPARE(scored(f.db()), 0);
    keeper.catchUp();
    QTRY_COMPARE(done.size(), 1);
    QCOMPARE(done.first().first().toInt(), 30);
    QCOMPARE(scored(f.db()), 30);
    QVERIFY(!keeper.isBusy());
    // The UI's connection heard about it once, and that notice did not start another round.
    QCOMPARE(contactsChanged.size(), 1);
    QTest::qWait(100);
    QCOMPARE(done.size(), 1);
    // Nothing unscored: catching up again does nothing.
    keeper.catchUp();
    QTest::qWait(100);
    QCOMPARE(done.size(), 1);
}

void TestScoreKeeper::aLoggedConversationRaisesTheScore()
{
    test::Fixture f;
    const qint64 ada = f.contact(QStringLiteral("Ada"));
    {
        auto r = ScoringService(f.db()).rescoreAll();
        QVERIFY2(r, qPrintable(r.error()));
    }
    const double before = scoreOf(f.db(), ada);
    ScoreKeeper keeper(f.db());
    keeper.setDelay(0);
    QSignalSpy done(&keeper, &ScoreKeeper::rescored);
    f.talk(ada, 3, ConversationKind::Meeting, Initiator::Them);
    QTRY_COMPARE(done.size(), 1);
    QVERIFY2(scoreOf(f.db(), ada) > before,
             qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(scoreOf(f.db(), ada))));
}

void TestScoreKeeper::anEditedContactIsRescoredAlone()
{
    test::Fixture f;
    const qint64 ada = f.contact(QStringLiteral("Ada"));
    const qint64 bob = f.contact(QStringLiteral("Bob"));
    f.talk(ada, 10);
    f.talk(bob, 10);
    {
        auto r = ScoringService(f.db()).rescoreAll();
        QVERIFY2(r, qPrintable(r.error()));
    }
    const double before = scoreOf(f.db(), ada);
    ScoreKeeper keeper(f.db());
    keeper.setDelay(0);
    QSignalSpy done(&keeper, &ScoreKeeper::rescored);
    // Knowing what they do and how you met counts towards the score.
    auto c = ContactStore(f.db()).get(ada);
    QVERIFY(c);
    Contact edited = c.value();
    edited.position = QStringLiteral("CTO");
    edited.howMet = QStringLiteral("Worked together at Acme");
    QVERIFY(ContactStore(f.db()).update(edited));
    QTRY_COMPARE(done.size(), 1);
    QCOMPARE(done.first().first().toInt(), 1); // only Ada
    QVERIFY(scoreOf(f.db(), ada) > before);
}

void TestScoreKeeper::newWeightsRescoreEveryone()
{
    test::Fixture f;
    const qint64 ada = f.contact(QStringLiteral("Ada"));
    f.talk(ada, 5);
    {
        auto r = ScoringService(f.db()).rescoreAll();
        QVERIFY2(r, qPrintable(r.error()));
    }
    const double before = scoreOf(f.db(), ada);
    ScoreKeeper keeper(f.db());
    keeper.setDelay(0);
    QSignalSpy done(&keeper, &ScoreKeeper::rescored);
    ScoreWeights w = ScoringService(f.db()).weights();
    w.recency = 0;
    w.frequency = 0;
    QVERIFY(ScoringService(f.db()).setWeights(w));
    f.db().notifyChanged(db::Entity::Settings);
    QTRY_COMPARE(done.size(), 1);
    QVERIFY2(scoreOf(f.db(), ada) < before,
             qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(scoreOf(f.db(), ada))));
}

QTEST_GUILESS_MAIN(TestScoreKeeper)
#include "tst_scorekeeper.moc"
