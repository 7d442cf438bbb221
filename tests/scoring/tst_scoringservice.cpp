// Scoring through a real database: signals counted by the loader, rescoring, and a generated
// network whose planted closeness the scores must recover.
#include "ScoringFixture.h"

#include "scoring/ScoringService.h"
#include "scoring/SignalLoader.h"
#include "scoring/SyntheticNetwork.h"
#include "store/SettingsStore.h"

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace rapport;
using namespace rapport::scoring;
using rapport::scoring::test::Fixture;

namespace {

// Ranks with ties sharing their average rank (1-based).
QList<double> ranks(const QList<double>& values)
{
    QList<qsizetype> order(values.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) { return values[a] < values[b]; });
    QList<double> out(values.size());
    for (qsizetype i = 0; i < order.size();) {
        qsizetype j = i;
        while (j + 1 < order.size() && values[order[j + 1]] == values[order[i]]) {
            ++j;
        }
        const double avg = (i + j) / 2.0 + 1;
        for (qsizetype k = i; k <= j; ++k) {
            out[order[k]] = avg;
        }
        i = j + 1;
    }
    return out;
}

// Spearman's rho: Pearson correlation of the ranks (handles ties).
double spearman(const QList<double>& x, const QList<double>& y)
{
    const QList<double> rx = ranks(x);
    const QList<double> ry = ranks(y);
    const double n = rx.size();
    const double mx = std::accumulate(rx.begin(), rx.end(), 0.0) / n;
    const double my = std::accumulate(ry.begin(), ry.end(), 0.0) / n;
    double sxy = 0, sxx = 0, syy = 0;
    for (qsizetype i = 0; i < rx.size(); ++i) {
        sxy += (rx[i] - mx) * (ry[i] - my);
        sxx += (rx[i] - mx) * (rx[i] - mx);
        syy += (ry[i] - my) * (ry[i] - my);
    }
    return sxy / std::sqrt(sxx * syy);
}

} // namespace

class tst_ScoringService : public QObject
{
    Q_OBJECT

private slots:
    void loaderCountsEverySignal();
    void loaderMatchesTargetMarketIgnoringAccents();
    void loaderCountsMessagesEachWay();
    void loaderHandlesSparseIdsAndMixedDateForms();
    void oneContactLoadsLikeEveryone();
    void generatedNetworkRanksPlantedClosenessHigh();
    void rescoreAllWritesOneRowPerContact();
    void rescoreContactUpdatesOnlyThatContact();
    void trashedContactsAreNotScored();
    void rescoreDropsTheScoreOfAContactMovedToTrash();
    void weightsPersistInSettings();
    void newWeightsChangeScores();
};

void tst_ScoringService::loaderCountsEverySignal()
{
    Fixture f;
    const qint64 ana = f.contact(QStringLiteral("Ana"), QStringLiteral("school"), QStringLiteral("CTO"), 800);
    const qint64 bob = f.contact(QStringLiteral("Bob"));
    f.talk(ana, 10, ConversationKind::Meeting, Initiator::Them);
    f.talk(ana, 200, ConversationKind::Message, Initiator::Me);
    f.talk(ana, 500, ConversationKind::Video, Initiator::Unknown);
    f.talk(ana, 3, ConversationKind::Message, Initiator::Me, false);
    f.talk(bob, 40, ConversationKind::Message, Initiator::Me, false);
    f.introducedMe(ana);
    f.introducedMe(ana, Introduction::Kind::Referral);
    f.introducedThem(bob, ana);
    f.collectorInvitation(bob);

    auto all = SignalLoader(f.db()).loadAll();
    QVERIFY2(all, qPrintable(all.error()));
    QCOMPARE(all->size(), 2);
    const ContactSignals& a = all->at(0);
    QCOMPARE(a.contactId, ana);
    QCOMPARE(a.name, QStringLiteral("Ana"));
    QCOMPARE(a.twoWayTotal, 3);
    QCOMPARE(a.twoWayLastYear, 2);
    QCOMPARE(qRound(a.daysSinceLastTwoWay), 10);
    QCOMPARE(qRound(a.daysSinceFirstTwoWay), 500);
    QCOMPARE(int(a.daysSinceConnected), 800); // a date: counted from its midnight
    QCOMPARE(a.initiatedByThem, 1);
    QCOMPARE(a.initiatedByMe, 1);
    QCOMPARE(a.unansweredOutreach, 1);
    QCOMPARE(a.meetings, 1);
    QCOMPARE(a.videos, 1);
    QCOMPARE(a.written, 1);
    QCOMPARE(a.introductionsReceived, 1);
    QCOMPARE(a.referralsReceived, 1);
    QCOMPARE(a.helpGiven, 1); // the target of the user's introduction
    QVERIFY(a.knowsHowMet);
    QVERIFY(a.knowsWhatTheyDo);
    QVERIFY(!a.collectorInvitation);

    const ContactSignals& b = all->at(1);
    QCOMPARE(b.twoWayTotal, 0);
    QCOMPARE(b.daysSinceLastTwoWay, -1.0);
    QCOMPARE(b.unansweredOutreach, 1);
    QCOMPARE(b.helpGiven, 1);
    QVERIFY(b.collectorInvitation);
    QVERIFY(!b.knowsHowMet);

    // Loading one contact gives the same numbers as loading everyone.
    auto one = SignalLoader(f.db()).load(ana);
    QVERIFY(one);
    QCOMPARE(one->twoWayTotal, a.twoWayTotal);
    QCOMPARE(one->helpGiven, a.helpGiven);
    QCOMPARE(one->referralsReceived, a.referralsReceived);
    QVERIFY(!SignalLoader(f.db()).load(9999));
}

void tst_ScoringService::loaderMatchesTargetMarketIgnoringAccents()
{
    Fixture f;
    UserProfile p;
    p.industries = {QStringLiteral("Software")};
    p.regions = {QStringLiteral("Kosice")};
    p.roles = {QStringLiteral("CTO")};
    QVERIFY(SettingsStore(f.db()).setProfile(p));
    Contact c;
    c.displayName = QStringLiteral("Eva");
    c.industry = QStringLiteral("Computer Software");
    c.location = QStringLiteral("Košice, Slovakia");
    c.position = QStringLiteral("Director"); // contains "cto" but not as a word
    QVERIFY(ContactStore(f.db()).add(c));
    auto all = SignalLoader(f.db()).loadAll();
    QVERIFY(all);
    QCOMPARE(all->first().marketDimensions, 3);
    QCOMPARE(all->first().marketMatches, 2);
}

void tst_ScoringService::loaderCountsMessagesEachWay()
{
    Fixture f;
    const qint64 ana = f.contact(QStringLiteral("Ana"));
    const qint64 bob = f.contact(QStringLiteral("Bob"));
    const qint64 thread = f.talk(ana, 3, ConversationKind::Message);
    // A group thread: both take part, so both are credited with its messages.
    QVERIFY(db::exec(f.db(),
                     QStringLiteral("INSERT INTO conversation_contacts (conversation_id, contact_id) "
                                    "VALUES (?, ?)"),
                     {thread, bob}));
    int key = 0;
    for (const bool fromMe : {true, true, false, true, false}) {
        QVERIFY(db::exec(f.db(),
                         QStringLiteral("INSERT INTO messages (conversation_id, sent_at, from_me, external_key) "
                                        "VALUES (?, '2025-02-26T10:00:00', ?, ?)"),
                         {thread, fromMe ? 1 : 0, QStringLiteral("k%1").arg(++key)}));
    }
    auto all = SignalLoader(f.db()).loadAll();
    QVERIFY2(all, qPrintable(all.error()));
    for (const ContactSignals& c : all.value()) {
        QCOMPARE(c.messagesFromMe, 3);
        QCOMPARE(c.messagesFromThem, 2);
        QCOMPARE(c.twoWayTotal, 1);
    }
    auto one = SignalLoader(f.db()).load(bob);
    QVERIFY(one);
    QCOMPARE(one->messagesFromMe, 3);
    QCOMPARE(one->messagesFromThem, 2);
}

void tst_ScoringService::loaderHandlesSparseIdsAndMixedDateForms()
{
    // Ids far apart (rows restored from elsewhere) take the loader's hash path instead of its
    // array; dates stored with a zone, a space or as a bare day are compared as instants.
    Fixture f;
    const qint64 ana = f.contact(QStringLiteral("Ana"));
    QVERIFY(db::exec(f.db(),
                     QStringLiteral("INSERT INTO contacts (id, uid, display_name, created_at, updated_at) VALUES "
                                    "(50000000, 'far-away', 'Far', ?, ?)"),
                     {Clock::isoNow(), Clock::isoNow()}));
    const qint64 far = 50000000;
    const qint64 c1 = f.talk(far, 400);
    const qint64 c2 = f.talk(far, 20);
    const qint64 c3 = f.talk(far, 5);
    f.talk(ana, 2);
    QVERIFY(db::exec(f.db(), QStringLiteral("UPDATE conversations SET happened_at='2024-02-26 12:00:00Z' WHERE id=?"),
                     {c1}));
    QVERIFY(db::exec(f.db(), QStringLiteral("UPDATE conversations SET happened_at='2025-02-09' WHERE id=?"), {c2}));
    QVERIFY(db::exec(
        f.db(), QStringLiteral("UPDATE conversations SET happened_at='2025-02-24T14:00:00+02:00' WHERE id=?"), {c3}));
    // A position of nothing but a no-break space and an ideographic space is not knowing what they do.
    QVERIFY(db::exec(f.db(), QStringLiteral("UPDATE contacts SET position=?, how_met=? WHERE id=?"),
                     {QStringLiteral("\u00a0\u3000"), QStringLiteral(" Šaľa "), ana}));
    auto all = SignalLoader(f.db()).loadAll();
    QVERIFY2(all, qPrintable(all.error()));
    QCOMPARE(all->size(), 2);
    const ContactSignals& a = all->at(0);
    QCOMPARE(a.contactId, ana);
    QVERIFY(!a.knowsWhatTheyDo);
    QVERIFY(a.knowsHowMet);
    QCOMPARE(a.twoWayTotal, 1);
    const ContactSignals& b = all->at(1);
    QCOMPARE(b.contactId, far);
    QCOMPARE(b.twoWayTotal, 3);
    QCOMPARE(b.twoWayLastYear, 2);
    QCOMPARE(qRound(b.daysSinceLastTwoWay), 5);    // 12:00 UTC on 24 February
    QCOMPARE(qRound(b.daysSinceFirstTwoWay), 369); // 26 February 2024, a leap year before
}

void tst_ScoringService::oneContactLoadsLikeEveryone()
{
    // The full load counts while rows stream past, the single load goes through the contact's
    // index: every signal of every contact must come out the same either way.
    Fixture f;
    SyntheticNetwork::Options o;
    o.contacts = 300;
    o.active = 60;
    auto planted = SyntheticNetwork::generate(f.db(), o);
    QVERIFY2(planted, qPrintable(planted.error()));
    auto all = SignalLoader(f.db()).loadAll();
    QVERIFY2(all, qPrintable(all.error()));
    QCOMPARE(all->size(), o.contacts);
    int withConversations = 0;
    for (const ContactSignals& c : all.value()) {
        auto one = SignalLoader(f.db()).load(c.contactId);
        QVERIFY2(one, qPrintable(one.error()));
        const ContactSignals& s = one.value();
        QCOMPARE(s.name, c.name);
        QCOMPARE(s.stage, c.stage);
        QCOMPARE(s.twoWayTotal, c.twoWayTotal);
        QCOMPARE(s.twoWayLastYear, c.twoWayLastYear);
        QCOMPARE(s.daysSinceLastTwoWay, c.daysSinceLastTwoWay);
        QCOMPARE(s.daysSinceFirstTwoWay, c.daysSinceFirstTwoWay);
        QCOMPARE(s.daysSinceConnected, c.daysSinceConnected);
        QCOMPARE(s.initiatedByMe, c.initiatedByMe);
        QCOMPARE(s.initiatedByThem, c.initiatedByThem);
        QCOMPARE(s.unansweredOutreach, c.unansweredOutreach);
        QCOMPARE(s.meetings, c.meetings);
        QCOMPARE(s.calls, c.calls);
        QCOMPARE(s.videos, c.videos);
        QCOMPARE(s.events, c.events);
        QCOMPARE(s.written, c.written);
        QCOMPARE(s.messagesFromMe, c.messagesFromMe);
        QCOMPARE(s.messagesFromThem, c.messagesFromThem);
        QCOMPARE(s.introductionsReceived, c.introductionsReceived);
        QCOMPARE(s.referralsReceived, c.referralsReceived);
        QCOMPARE(s.helpReceived, c.helpReceived);
        QCOMPARE(s.helpGiven, c.helpGiven);
        QCOMPARE(s.knowsWhatTheyDo, c.knowsWhatTheyDo);
        QCOMPARE(s.knowsHowMet, c.knowsHowMet);
        QCOMPARE(s.marketMatches, c.marketMatches);
        QCOMPARE(s.collectorInvitation, c.collectorInvitation);
        withConversations += c.twoWayTotal > 0 ? 1 : 0;
    }
    QVERIFY(withConversations >= o.active);
}

void tst_ScoringService::generatedNetworkRanksPlantedClosenessHigh()
{
    Fixture f;
    SyntheticNetwork::Options o;
    o.contacts = 600;
    o.active = 80;
    auto planted = SyntheticNetwork::generate(f.db(), o);
    QVERIFY2(planted, qPrintable(planted.error()));
    ScoringService scoring(f.db());
    QVERIFY(scoring.rescoreAll());
    auto ranked = scoring.ranked(-1, true);
    QVERIFY(ranked);
    QCOMPARE(ranked->size(), o.contacts);

    QList<double> closeness;
    QList<double> scores;
    double lowestChampion = 101;
    double highestCollected = -1;
    for (const StoredScore& s : ranked.value()) {
        const int level = planted->closeness.value(s.contactId);
        closeness << level;
        scores << s.score;
        if (level == SyntheticNetwork::Champion) {
            lowestChampion = std::min(lowestChampion, s.score);
        } else if (level == SyntheticNetwork::Collected) {
            highestCollected = std::max(highestCollected, s.score);
            QCOMPARE(s.tier, ScoreTier::Collected);
        }
    }
    const double rho = spearman(closeness, scores);
    qInfo("Spearman rank correlation, planted closeness vs score: %.3f over %d contacts (lowest champion %.1f, "
          "highest collected %.1f)",
          rho, o.contacts, lowestChampion, highestCollected);
    QVERIFY(rho > 0.8);
    QVERIFY(lowestChampion > highestCollected);
    // The top of the ranking is the planted champions.
    for (int i = 0; i < o.champions; ++i) {
        QCOMPARE(planted->closeness.value(ranked->at(i).contactId), int(SyntheticNetwork::Champion));
    }
}

void tst_ScoringService::rescoreAllWritesOneRowPerContact()
{
    Fixture f;
    const qint64 a = f.contact(QStringLiteral("A"));
    f.contact(QStringLiteral("B"));
    f.talk(a, 5);
    ScoringService scoring(f.db());
    QCOMPARE(scoring.unscoredCount(), 2);
    auto summary = scoring.rescoreAll();
    QVERIFY(summary);
    QCOMPARE(summary->contacts, 2);
    QCOMPARE(summary->perTier[int(ScoreTier::Collected)], 1);
    QCOMPARE(scoring.unscoredCount(), 0);
    QCOMPARE(db::scalar(f.db(), QStringLiteral("SELECT count(*) FROM contact_scores")).toInt(), 2);
    auto stored = scoring.stored(a);
    QVERIFY(stored);
    QCOMPARE(stored->tier, ScoreTier::Active);
    QCOMPARE(stored->computedAt, Clock::isoNow());
    QVERIFY(!stored->reasons.isEmpty());
    // Rescoring again replaces, never duplicates.
    QVERIFY(scoring.rescoreAll());
    QCOMPARE(db::scalar(f.db(), QStringLiteral("SELECT count(*) FROM contact_scores")).toInt(), 2);
}

void tst_ScoringService::rescoreContactUpdatesOnlyThatContact()
{
    Fixture f;
    const qint64 a = f.contact(QStringLiteral("A"));
    const qint64 b = f.contact(QStringLiteral("B"));
    f.talk(a, 100);
    f.talk(b, 100);
    ScoringService scoring(f.db());
    QVERIFY(scoring.rescoreAll());
    const double before = scoring.stored(a)->score;
    const double other = scoring.stored(b)->score;
    f.talk(a, 1, ConversationKind::Meeting, Initiator::Them);
    auto r = scoring.rescoreContact(a);
    QVERIFY2(r, qPrintable(r.error()));
    QVERIFY(r->score > before);
    QCOMPARE(scoring.stored(a)->score, r->score);
    QCOMPARE(scoring.stored(b)->score, other);
    QVERIFY(!scoring.rescoreContact(12345));
}

void tst_ScoringService::trashedContactsAreNotScored()
{
    Fixture f;
    const qint64 a = f.contact(QStringLiteral("A"));
    f.contact(QStringLiteral("B"));
    QVERIFY(ContactStore(f.db()).moveToTrash({a}));
    ScoringService scoring(f.db());
    QCOMPARE(scoring.rescoreAll()->contacts, 1);
    QVERIFY(!scoring.stored(a));
}

void tst_ScoringService::rescoreDropsTheScoreOfAContactMovedToTrash()
{
    Fixture f;
    const qint64 a = f.contact(QStringLiteral("A"));
    const qint64 b = f.contact(QStringLiteral("B"));
    ScoringService scoring(f.db());
    QVERIFY(scoring.rescoreAll());
    QVERIFY(scoring.stored(a));
    QVERIFY(ContactStore(f.db()).moveToTrash({a}));
    QCOMPARE(scoring.rescoreAll()->contacts, 1);
    QVERIFY(!scoring.stored(a));
    QVERIFY(scoring.stored(b));
    QCOMPARE(db::scalar(f.db(), QStringLiteral("SELECT count(*) FROM contact_scores")).toInt(), 1);
}

void tst_ScoringService::weightsPersistInSettings()
{
    Fixture f;
    ScoringService scoring(f.db());
    QCOMPARE(scoring.weights(), ScoreWeights());
    ScoreWeights w;
    w.helpReceived = 30;
    w.innerThreshold = 40;
    QVERIFY(scoring.setWeights(w));
    QCOMPARE(scoring.weights(), w);
    QCOMPARE(
        SettingsStore(f.db()).json(QStringLiteral("scoring.weights")).value(QStringLiteral("helpReceived")).toDouble(),
        30.0);
}

void tst_ScoringService::newWeightsChangeScores()
{
    Fixture f;
    const qint64 a = f.contact(QStringLiteral("A"));
    f.talk(a, 5);
    f.introducedMe(a);
    ScoringService scoring(f.db());
    QVERIFY(scoring.rescoreAll());
    const double before = scoring.stored(a)->score;
    ScoreWeights w;
    w.helpReceived = 0;
    QVERIFY(scoring.setWeights(w));
    QVERIFY(scoring.rescoreAll());
    QVERIFY(scoring.stored(a)->score < before);
}

QTEST_GUILESS_MAIN(tst_ScoringService)
#include "tst_scoringservice.moc"
