#include "triage/DraftCoach.h"

#include <QTest>

using namespace rapport::triage;
using namespace Qt::StringLiterals;

/// The "Write a note" advice.
class TestDraftCoach : public QObject
{
    Q_OBJECT

private slots:
    void emptyDraftGetsTheBasics();
    void goodNoteNeedsLittle();
    void pitchIsFlagged();
    void placeholdersAreFlagged();
    void longNoteIsFlagged();
    void metadataDoesNotJudgeADraft();
    void defaultTextIsACollectorsNote();
};

void TestDraftCoach::emptyDraftGetsTheBasics()
{
    const DraftAdvice a = DraftCoach().analyzeDraft(QString(), u"Jana Novak"_s);
    QVERIFY(a.suggestions.size() >= 3);
    QVERIFY(a.suggestions.first().contains(u"Jana"_s) || a.suggestions.join(u' ').contains(u"Jana"_s));
}

void TestDraftCoach::goodNoteNeedsLittle()
{
    const DraftAdvice a = DraftCoach().analyzeDraft(
        u"Hi Jana, we met at the Košice Data Meetup on Tuesday — your talk on the ETL pipeline for the city buses "
        u"was great. Could I ask how you handled late GPS data? Happy to share our scripts."_s,
        u"Jana Novak"_s);
    QCOMPARE(a.result.verdict, Verdict::Genuine);
    QVERIFY2(a.suggestions.isEmpty(), qPrintable(a.suggestions.join(u" | "_s)));
}

void TestDraftCoach::pitchIsFlagged()
{
    const DraftAdvice a = DraftCoach().analyzeDraft(
        u"Hi Jana, we help data teams cut cloud costs by 30%. Can we schedule a quick call?"_s, u"Jana Novak"_s);
    QCOMPARE(a.result.verdict, Verdict::Collector);
    QVERIFY(a.suggestions.join(u' ').contains(u"pitch"_s));
}

void TestDraftCoach::placeholdersAreFlagged()
{
    const DraftAdvice a = DraftCoach().analyzeDraft(u"Hi {first_name}, great to connect!"_s, u"Jana Novak"_s);
    QVERIFY(a.suggestions.first().contains(u"placeholders"_s));
}

void TestDraftCoach::longNoteIsFlagged()
{
    const QString draft = u"Hi Jana, we worked together at Slovnaft on the SAP rollout. "_s.repeated(6);
    const DraftAdvice a = DraftCoach().analyzeDraft(draft, u"Jana Novak"_s);
    QVERIFY(a.suggestions.last().contains(QString::number(draft.size())));
}

void TestDraftCoach::metadataDoesNotJudgeADraft()
{
    const DraftAdvice a = DraftCoach().analyzeDraft(u"Hi Jana, let's connect!"_s, u"Jana Novak"_s);
    for (const TriageReason& r : a.result.reasons) {
        QVERIFY2(!r.featureKey.startsWith(u"meta."_s), qPrintable(r.featureKey));
    }
}

void TestDraftCoach::defaultTextIsACollectorsNote()
{
    // The user's own untouched default text is what the inbox flags; on a draft nothing outweighs it.
    for (const QString& draft :
         {u"I'd like to add you to my professional network on LinkedIn."_s,
          u"Ich möchte Sie gerne zu meinem beruflichen Netzwerk auf LinkedIn hinzufügen."_s, u"   "_s}) {
        const DraftAdvice a = DraftCoach().analyzeDraft(draft, u"Jana Novak"_s);
        QCOMPARE(a.result.verdict, Verdict::Collector);
        QVERIFY(a.result.score >= CollectorDetector::kCollectorThreshold);
        QVERIFY2(a.suggestions.join(u' ').contains(u"default invitation text"_s), qPrintable(a.suggestions.join(u'|')));
    }
    // Default text plus real shared context is not judged by the template alone.
    const DraftAdvice a = DraftCoach().analyzeDraft(
        u"Hi Jana, we met at the Košice Data Meetup on Tuesday. I'd like to add you to my professional network."_s,
        u"Jana Novak"_s);
    QVERIFY(!a.suggestions.join(u' ').contains(u"default invitation text"_s));
}

QTEST_GUILESS_MAIN(TestDraftCoach)
#include "tst_draftcoach.moc"
