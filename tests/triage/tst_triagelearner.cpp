#include "db/Database.h"
#include "db/SqlQuery.h"
#include "triage/CollectorDetector.h"
#include "triage/TriageLearner.h"
#include "triage/TriageTraining.h"
#include "triage/TriageWeightStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace rapport;
using namespace rapport::triage;
using namespace Qt::StringLiterals;

namespace {

// A note whose only real evidence is the "many mutual connections" pretext: collector by default.
TriageInput pretextNote(int variant)
{
    const QStringList openers = {u"Hi Jana"_s,   u"Hello Jana"_s, u"Hey Jana"_s,
                                 u"Dear Jana"_s, u"Hi there"_s,   u"Good morning Jana"_s};
    TriageInput in;
    in.message = openers.at(variant % openers.size()) +
                 u", we have many mutual connections in the Košice tech scene, so connecting here."_s;
    in.mutualConnections = 9;
    in.senderConnectionCount = 700;
    return in;
}

} // namespace

/// Learning from the user's decisions, and keeping what was learned.
class TestTriageLearner : public QObject
{
    Q_OBJECT

private slots:
    void decisionsBecomeLabels_data();
    void decisionsBecomeLabels();
    void noDecisionsKeepsTheDefaults();
    void correctionsMoveTheWeightAndFlipABorderlineVerdict();
    void fewDecisionsStayCloseToTheDefaults();
    void weightsRoundTripThroughTheDatabase();
    void relearnReadsStoredDecisions();
};

void TestTriageLearner::decisionsBecomeLabels_data()
{
    QTest::addColumn<QString>("decision");
    QTest::addColumn<QString>("shown");
    QTest::addColumn<int>("expected"); // -1 none, 0 genuine, 1 collector
    QTest::newRow("accepted") << u"accepted"_s << u"collector"_s << 0;
    QTest::newRow("ignored") << u"ignored"_s << u"genuine"_s << 1;
    QTest::newRow("flag wrong collector") << u"flag_wrong"_s << u"collector"_s << 0;
    QTest::newRow("flag wrong genuine") << u"flag_wrong"_s << u"genuine"_s << 1;
    QTest::newRow("flag wrong unclear") << u"flag_wrong"_s << u"unclear"_s << -1;
    QTest::newRow("undecided") << QString() << u"collector"_s << -1;
}

void TestTriageLearner::decisionsBecomeLabels()
{
    QFETCH(QString, decision);
    QFETCH(QString, shown);
    QFETCH(int, expected);
    const auto label = TriageLearner::isCollector(decision, verdictFromKey(shown));
    QCOMPARE(label.has_value(), expected >= 0);
    if (label) {
        QCOMPARE(*label, expected == 1);
    }
}

void TestTriageLearner::noDecisionsKeepsTheDefaults()
{
    QCOMPARE(TriageLearner::train({}), TriageWeights::defaults());
}

void TestTriageLearner::correctionsMoveTheWeightAndFlipABorderlineVerdict()
{
    const CollectorDetector before;
    const TriageInput probe = pretextNote(99);
    const TriageResult first = before.analyze(probe);
    QVERIFY2(first.score >= 0.5, qPrintable(QString::number(first.score)));

    // The user keeps saying these are wrong: for them, shared contacts in their city matter.
    QList<UserDecision> decisions;
    for (int i = 0; i < 8; ++i) {
        UserDecision d;
        d.input = pretextNote(i);
        d.decision = u"flag_wrong"_s;
        d.shownVerdict = before.analyze(d.input).verdict;
        QCOMPARE(*d.shownVerdict, Verdict::Collector);
        decisions << d;
    }
    const TriageWeights learned = TriageLearner::train(TriageLearner::examplesFrom(decisions));
    QVERIFY(learned.weight(Feature::Pretext) < defaultWeight(Feature::Pretext) - 0.5);
    // Features that never fired stay where they were.
    QCOMPARE(learned.weight(Feature::ScamOrMlm), defaultWeight(Feature::ScamOrMlm));

    const TriageResult after = CollectorDetector(learned).analyze(probe);
    QVERIFY2(after.score < 0.5, qPrintable(QString::number(after.score)));
    // The explanation shows the learned weight next to the same reason text.
    for (const TriageReason& r : after.reasons) {
        if (r.featureKey == u"fake.pretext"_s) {
            QCOMPARE(r.weight, learned.weight(Feature::Pretext));
        }
    }
    // A clear scam is still a scam.
    TriageInput scam;
    scam.message = u"Earn 4% weekly returns with my crypto trading bot, guaranteed!"_s;
    QCOMPARE(CollectorDetector(learned).analyze(scam).verdict, Verdict::Collector);
}

void TestTriageLearner::fewDecisionsStayCloseToTheDefaults()
{
    UserDecision d;
    d.input = pretextNote(0);
    d.decision = u"accepted"_s;
    const TriageWeights learned = TriageLearner::train(TriageLearner::examplesFrom({d}));
    const double moved = defaultWeight(Feature::Pretext) - learned.weight(Feature::Pretext);
    QVERIFY(moved > 0);
    QVERIFY2(moved < 0.6, qPrintable(QString::number(moved)));
}

void TestTriageLearner::weightsRoundTripThroughTheDatabase()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto db = db::Database::open(dir.filePath(u"t.sqlite"_s));
    QVERIFY2(db, qPrintable(db.error()));
    TriageWeightStore store(*db.value());

    auto fresh = store.load();
    QVERIFY(fresh);
    QCOMPARE(fresh.value(), TriageWeights::defaults());

    TriageWeights w = TriageWeights::defaults();
    w.setBias(-0.75);
    w.setWeight(Feature::Flattery, 0.123456789);
    w.setWeight(Feature::SharedHistory, -5.5);
    QVERIFY(store.save(w, u"2025-01-02T03:04:05"_s));
    QVERIFY(store.save(w, u"2025-01-02T03:04:06"_s)); // saving again updates, not duplicates
    QCOMPARE(db::scalar(*db.value(), u"SELECT COUNT(*) FROM triage_weights"_s).toInt(), int(kFeatureCount) + 1);
    QCOMPARE(db::scalar(*db.value(), u"SELECT updated_at FROM triage_weights WHERE feature = ?"_s, {u"fake.flattery"_s})
                 .toString(),
             u"2025-01-02T03:04:06"_s);

    auto loaded = store.load();
    QVERIFY(loaded);
    QCOMPARE(loaded.value(), w);

    QVERIFY(store.reset());
    QCOMPARE(store.load().value(), TriageWeights::defaults());
}

void TestTriageLearner::relearnReadsStoredDecisions()
{
    QTemporaryDir dir;
    auto db = db::Database::open(dir.filePath(u"t.sqlite"_s));
    QVERIFY2(db, qPrintable(db.error()));
    for (int i = 0; i < 8; ++i) {
        const TriageInput in = pretextNote(i);
        QVERIFY(
            db::exec(*db.value(),
                     u"INSERT INTO invitations (direction, from_name, message, mutual_connections, "
                     u"sender_connection_count, verdict, user_decision, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                     {u"incoming"_s, u"Sender %1"_s.arg(i), in.message, *in.mutualConnections,
                      *in.senderConnectionCount, u"collector"_s, u"flag_wrong"_s, u"2025-01-01T00:00:00"_s}));
    }
    // Outgoing and undecided rows are not evidence about incoming requests.
    QVERIFY(db::exec(*db.value(),
                     u"INSERT INTO invitations (direction, message, user_decision, created_at) VALUES (?, ?, ?, ?)"_s,
                     {u"outgoing"_s, u"Hi"_s, u"accepted"_s, u"2025-01-01T00:00:00"_s}));

    auto decisions = TriageTraining::loadDecisions(*db.value());
    QVERIFY(decisions);
    QCOMPARE(decisions->size(), 8);
    QCOMPARE(decisions->first().shownVerdict, std::optional<Verdict>(Verdict::Collector));

    auto learned = TriageTraining::relearn(*db.value(), u"2025-02-01T10:00:00"_s);
    QVERIFY2(learned, qPrintable(learned.error()));
    auto stored = TriageWeightStore(*db.value()).load();
    QVERIFY(stored);
    QCOMPARE(stored.value(), learned.value());
    QVERIFY(CollectorDetector(stored.value()).analyze(pretextNote(42)).score < 0.5);
}

QTEST_GUILESS_MAIN(TestTriageLearner)
#include "tst_triagelearner.moc"
