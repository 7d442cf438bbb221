#include "triage/CollectorDetector.h"
#include "triage/TriagePhrases.h"

#include <QTest>

using namespace rapport::triage;
using namespace Qt::StringLiterals;

namespace {

TriageInput note(const QString& message, std::optional<int> mutuals = 3, std::optional<int> network = 500,
                 const QString& headline = QString())
{
    TriageInput in;
    in.message = message;
    in.fromName = QStringLiteral("Alex Sender");
    in.fromHeadline = headline;
    in.mutualConnections = mutuals;
    in.senderConnectionCount = network;
    in.recipientName = QStringLiteral("Jana Novak");
    return in;
}

const TriageReason* reasonFor(const TriageResult& r, const QString& key)
{
    for (const TriageReason& reason : r.reasons) {
        if (reason.featureKey == key) {
            return &reason;
        }
    }
    return nullptr;
}

} // namespace

/// Rule-by-rule behaviour of the detector with the default weights.
class TestCollectorDetector : public QObject
{
    Q_OBJECT

private slots:
    void everyPhrasePatternCompiles();
    void analyzeAllMatchesOneAtATime();
    void featureKeysRoundTrip();

    void judgesByTheRules_data();
    void judgesByTheRules();

    void defaultTemplateIsDecidedByMetadata_data();
    void defaultTemplateIsDecidedByMetadata();

    void mailMergeFieldsAreCaught_data();
    void mailMergeFieldsAreCaught();

    void evidencePointsIntoTheMessage_data();
    void evidencePointsIntoTheMessage();

    void formIsNotEvidence();
    void hookCarryingAPitchStaysCollector();
    void rapportContextIsStrongGenuineEvidence();
    void reasonsAreSortedAndCarryWeights();
    void isDeterministic();
    void reasonsSurviveJson();
    void scoreIsAProbabilityForEmptyInput();
};

void TestCollectorDetector::everyPhrasePatternCompiles()
{
    for (std::size_t i = 0; i < kFeatureCount; ++i) {
        if (const QRegularExpression* re = phrases::forFeature(static_cast<Feature>(i))) {
            QVERIFY2(re->isValid(), qPrintable(featureKey(static_cast<Feature>(i)) + u": "_s + re->errorString()));
        }
    }
    for (const QRegularExpression* re :
         {&phrases::defaultTemplate(), &phrases::fillerWord(), &phrases::workReference(), &phrases::encounter(),
          &phrases::vagueEvent(), &phrases::timeReference(), &phrases::engagement(), &phrases::firstPerson(),
          &phrases::secondPerson(), &phrases::networkerHeadline(), &phrases::lionOriginal(),
          &phrases::namedRelativeOriginal()}) {
        QVERIFY2(re->isValid(), qPrintable(re->errorString()));
    }
}

void TestCollectorDetector::featureKeysRoundTrip()
{
    for (std::size_t i = 0; i < kFeatureCount; ++i) {
        const auto f = static_cast<Feature>(i);
        QCOMPARE(featureFromKey(featureKey(f)), std::optional<Feature>(f));
        QVERIFY(!featureDescription(f).isEmpty());
    }
}

void TestCollectorDetector::judgesByTheRules_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<bool>("collector");
    QTest::addColumn<QString>("expectedFeature");

    // Rule 1: shared context specific to the pair.
    QTest::newRow("en worked together") << u"Hi Jana, great working with you on the billing migration last spring. "
                                           u"I'll send the retro notes tomorrow."_s
                                        << false << u"context.sharedHistory"_s;
    QTest::newRow("en met at named event") << u"Hi Jana, we met at PyCon Prague on Saturday — you showed me the "
                                              u"trick with pandas categoricals. Thanks again!"_s
                                           << false << u"context.metAtNamedEvent"_s;
    QTest::newRow("en introduced") << u"Hi Jana, Peter Kral suggested I reach out about the data catalogue you "
                                      u"run at the ministry."_s
                                   << false << u"context.introduced"_s;
    QTest::newRow("de worked together") << u"Hallo Jana, wir haben zusammen am Migrationsprojekt bei Siemens "
                                           u"gearbeitet. Wie geht es dir im neuen Team?"_s
                                        << false << u"context.sharedHistory"_s;
    QTest::newRow("sk thanks for talk") << u"Ahoj Jana, ďakujem za včerajšiu prednášku o dátových skladoch na "
                                           u"konferencii v Košiciach. Mohla by som sa spýtať na tú architektúru?"_s
                                        << false << u"specific.recipientWork"_s;
    QTest::newRow("es worked together") << u"Hola Jana, trabajamos juntos en el proyecto de Telefónica en 2019. "
                                           u"¡Me alegra ver que te va tan bien!"_s
                                        << false << u"context.sharedHistory"_s;
    QTest::newRow("fr as agreed") << u"Bonjour Jana, comme convenu lors de notre appel, je vous envoie le cahier "
                                     u"des charges pour le projet Orion."_s
                                  << false << u"context.sharedHistory"_s;
    // Rule 2: specific reference to the recipient's work with a question.
    QTest::newRow("en paper question") << u"Hello, I read your 2023 paper on sparse attention for genomics. "
                                          u"Did you try it on the ENCODE benchmark?"_s
                                       << false << u"specific.recipientWork"_s;
    // Rule 3: self-promotion.
    QTest::newRow("en biography") << u"I am a serial entrepreneur with 15 years of experience in fintech. I have "
                                     u"built three companies and I mentor founders. My podcast has 40k listeners."_s
                                  << true << u"self.promotion"_s;
    // Rule 4: volume networking.
    QTest::newRow("en open networker") << u"Hi! I'm an open networker and I never IDK. Growing my network to "
                                          u"25,000 this year!"_s
                                       << true << u"volume.networking"_s;
    QTest::newRow("en endorse") << u"Hey, would you endorse me for project management? I'll endorse you back!"_s << true
                                << u"ask.amplify"_s;
    QTest::newRow("de follow") << u"Hallo! Folgen Sie mir für tägliche Tipps zum Thema Vertrieb."_s << true
                               << u"ask.amplify"_s;
    // Rule 5: asking for something in the first message.
    QTest::newRow("en call ask") << u"Hi Jana, we help logistics companies cut fuel costs by 18%. Can we "
                                    u"schedule a quick call this week?"_s
                                 << true << u"ask.cold"_s;
    QTest::newRow("en referral") << u"Dear Sir/Ma'am, please refer me for any openings in your company. My "
                                    u"resume: bit.ly/cv"_s
                                 << true << u"ask.jobOrReferral"_s;
    QTest::newRow("sk meeting pitch") << u"Dobrý deň, ponúkame školenia na mieru pre firmy. Mohli by sme si "
                                         u"dohodnúť krátke stretnutie?"_s
                                      << true << u"pitch.service"_s;
    QTest::newRow("es pitch") << u"Hola, ofrecemos servicios de contabilidad para pymes. ¿Le interesaría una "
                                 u"consulta gratuita?"_s
                              << true << u"pitch.service"_s;
    QTest::newRow("fr pitch") << u"Bonjour, je vous propose un audit gratuit de votre site internet. Seriez-vous "
                                 u"disponible pour un appel rapide ?"_s
                              << true << u"pitch.service"_s;
    QTest::newRow("de pitch") << u"Guten Tag, wir bieten kostenlose Beratung zur Prozessoptimierung. Hätten Sie "
                                 u"Zeit für ein kurzes Gespräch?"_s
                              << true << u"pitch.service"_s;
    // Rule 6: fake personalisation.
    QTest::newRow("en flattery") << u"Hi Jana, I came across your impressive profile and would love to explore "
                                    u"synergies."_s
                                 << true << u"fake.flattery"_s;
    QTest::newRow("en mutuals") << u"Hi Jana, we have many mutual connections so I thought we should connect!"_s << true
                                << u"fake.pretext"_s;
    QTest::newRow("en vague post") << u"Loved your recent post! Great insights. Let's stay in touch and see how "
                                      u"we can add value to each other."_s
                                   << true << u"fake.vagueReference"_s;
    QTest::newRow("en vague conference") << u"Great to meet you at the conference! Looking forward to "
                                            u"collaborating."_s
                                         << true << u"fake.vagueReference"_s;
    // Rule 8: recruiters.
    QTest::newRow("en recruiter blast") << u"Hello, your profile matched a search for a Java contract role. "
                                           u"Please reply with your rate and availability."_s
                                        << true << u"recruiter.blast"_s;
    // Rule 12: scams.
    QTest::newRow("en forex") << u"Hi dear, I make 5% weekly returns with forex signals. Want to join my "
                                 u"group?"_s
                              << true << u"scam.finance"_s;
    QTest::newRow("es passive income") << u"Hola, ¿quieres generar ingresos pasivos desde casa? Te explico."_s << true
                                       << u"scam.finance"_s;
    QTest::newRow("fr passive income") << u"Bonjour, découvrez comment obtenir des revenus passifs grâce à la "
                                          u"crypto trading."_s
                                       << true << u"scam.finance"_s;
}

void TestCollectorDetector::judgesByTheRules()
{
    QFETCH(QString, message);
    QFETCH(bool, collector);
    QFETCH(QString, expectedFeature);
    const TriageResult r = CollectorDetector().analyze(note(message));
    QVERIFY2(reasonFor(r, expectedFeature), qPrintable(u"missing "_s + expectedFeature));
    QVERIFY2((r.score >= 0.5) == collector, qPrintable(QString::number(r.score)));
    QCOMPARE(r.verdict, collector ? Verdict::Collector : Verdict::Genuine);
}

void TestCollectorDetector::defaultTemplateIsDecidedByMetadata_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("mutuals");
    QTest::addColumn<int>("network"); // -1: hidden
    QTest::addColumn<QString>("headline");
    QTest::addColumn<bool>("collector");

    const QString en = u"I'd like to add you to my professional network on LinkedIn."_s;
    QTest::newRow("en few mutuals") << en << 2 << 800 << QString() << true;
    QTest::newRow("en trusted") << en << 22 << 900 << u"Controller at Slovnaft"_s << false;
    QTest::newRow("en trusted hidden network") << en << 15 << -1 << QString() << false;
    QTest::newRow("en big network") << en << 40 << 12000 << QString() << true;
    QTest::newRow("en networker headline") << en << 30 << 1500 << u"LION | Open Networker"_s << true;
    QTest::newRow("en older form") << u"I'd like to join your LinkedIn network."_s << 1 << 300 << QString() << true;
    QTest::newRow("en with signature") << u"Hi Jana, I'd like to add you to my professional network on LinkedIn. "
                                          u"- Alex"_s
                                       << 20 << 400 << QString() << false;
    QTest::newRow("de") << u"Ich möchte Sie gerne zu meinem beruflichen Netzwerk auf LinkedIn hinzufügen."_s << 1 << 700
                        << QString() << true;
    QTest::newRow("de trusted") << u"Ich möchte Sie gerne zu meinem beruflichen Netzwerk auf LinkedIn hinzufügen."_s
                                << 18 << 700 << QString() << false;
    QTest::newRow("sk") << u"Rád by som si vás pridal do svojej profesijnej siete na LinkedIne."_s << 0 << 600
                        << QString() << true;
    QTest::newRow("sk trusted") << u"Rád by som si vás pridal do svojej profesijnej siete na LinkedIne."_s << 19 << -1
                                << QString() << false;
    QTest::newRow("es") << u"Me gustaría añadirte a mi red profesional de LinkedIn."_s << 4 << 3000 << QString()
                        << true;
    QTest::newRow("es trusted") << u"Me gustaría añadirte a mi red profesional de LinkedIn."_s << 16 << 1200
                                << QString() << false;
    QTest::newRow("fr") << u"J'aimerais vous inviter à rejoindre mon réseau professionnel sur LinkedIn."_s << 3 << 640
                        << QString() << true;
    QTest::newRow("fr trusted") << u"J’aimerais vous inviter à rejoindre mon réseau professionnel sur LinkedIn."_s << 25
                                << 700 << QString() << false;
    QTest::newRow("empty") << QString() << 18 << -1 << u"Backend Developer"_s << false;
    QTest::newRow("empty few mutuals") << QString() << 1 << 400 << QString() << true;
    QTest::newRow("emoji only") << u"👋🙂"_s << 2 << 900 << QString() << true;
    QTest::newRow("emoji trusted") << u"🙌"_s << 30 << 600 << QString() << false;
    QTest::newRow("content free") << u"Hi Jana! Let's connect :)"_s << 1 << 5000 << QString() << true;
}

void TestCollectorDetector::defaultTemplateIsDecidedByMetadata()
{
    QFETCH(QString, message);
    QFETCH(int, mutuals);
    QFETCH(int, network);
    QFETCH(QString, headline);
    QFETCH(bool, collector);
    const TriageResult r = CollectorDetector().analyze(
        note(message, mutuals, network < 0 ? std::nullopt : std::optional<int>(network), headline));
    QVERIFY(reasonFor(r, u"template.default"_s));
    QCOMPARE(r.score >= 0.5, collector);
    // Rule 9 verdicts are weak: they never reach the certainty of content evidence.
    QVERIFY2(r.score > 0.1 && r.score < 0.97, qPrintable(QString::number(r.score)));
}

void TestCollectorDetector::mailMergeFieldsAreCaught_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("field");
    QTest::newRow("braces") << u"Hi {first_name}, loved your work at {company}!"_s << u"{first_name}"_s;
    QTest::newRow("double braces") << u"Hi {{FirstName}}, quick question for you."_s << u"{{FirstName}}"_s;
    QTest::newRow("percent") << u"Hello %FIRSTNAME%, are you free this week?"_s << u"%FIRSTNAME%"_s;
    QTest::newRow("brackets") << u"Dear [Name], I have an opportunity for you."_s << u"[Name]"_s;
    QTest::newRow("angle") << u"Hi <first name>, let's talk growth."_s << u"<first name>"_s;
}

void TestCollectorDetector::mailMergeFieldsAreCaught()
{
    QFETCH(QString, message);
    QFETCH(QString, field);
    const TriageResult r = CollectorDetector().analyze(note(message));
    const TriageReason* reason = reasonFor(r, u"fake.mailMerge"_s);
    QVERIFY(reason);
    QCOMPARE(reason->evidence, field);
    QCOMPARE(message.mid(reason->start, reason->length), field);
    QCOMPARE(r.verdict, Verdict::Collector);
}

void TestCollectorDetector::evidencePointsIntoTheMessage_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("feature");
    QTest::addColumn<QString>("evidence");
    QTest::newRow("accented prefix keeps positions")
        << u"Dobrý deň, ďakujem! Sme open networker a LION."_s << u"volume.networking"_s << u"open networker"_s;
    QTest::newRow("curly apostrophe") << u"Great to see you at Config — here’s the pprof link I promised."_s
                                      << u"context.sharedHistory"_s << u"here’s the pprof link I promised"_s;
    QTest::newRow("scam in second line") << u"Hello!\nI earn passive income with a trading bot."_s << u"scam.finance"_s
                                         << u"passive income"_s;
}

void TestCollectorDetector::evidencePointsIntoTheMessage()
{
    QFETCH(QString, message);
    QFETCH(QString, feature);
    QFETCH(QString, evidence);
    const TriageResult r = CollectorDetector().analyze(note(message));
    const TriageReason* reason = reasonFor(r, feature);
    QVERIFY2(reason, qPrintable(feature));
    QCOMPARE(reason->evidence, evidence);
    QCOMPARE(reason->start, int(message.indexOf(evidence)));
    QCOMPARE(reason->length, int(evidence.size()));
}

void TestCollectorDetector::formIsNotEvidence()
{
    // Rule 10: the same genuine content in capitals, with typos, or lower-case stays genuine.
    const QString base = u"Hi Karen, I was your father's shift supervisor at the Dearborn plant for 12 years. I "
                         u"would like to send you some photos of him."_s;
    const CollectorDetector detector;
    QVERIFY(detector.analyze(note(base)).score < 0.4);
    QVERIFY(detector.analyze(note(base.toUpper())).score < 0.4);
    QVERIFY(detector.analyze(note(base.toLower())).score < 0.4);
}

void TestCollectorDetector::hookCarryingAPitchStaysCollector()
{
    // Rule 7: a real, named hook used only to carry a cold pitch.
    const QString hook = u"Hi Jana, loved your talk at Web Summit Lisbon on design tokens."_s;
    const CollectorDetector detector;
    QVERIFY(detector.analyze(note(hook + u" Could I ask which tool you used for the theming?"_s)).score < 0.4);
    QVERIFY(detector
                .analyze(note(hook + u" We build design-system tooling for agencies — open to a quick "
                                     u"demo call?"_s))
                .score >= 0.6);
}

void TestCollectorDetector::rapportContextIsStrongGenuineEvidence()
{
    const QString pitchy = u"Hi, would you be open to a quick call this week?"_s;
    const CollectorDetector detector;
    TriageInput in = note(pitchy);
    const double cold = detector.analyze(in).score;
    in.priorConversations = 3;
    const TriageResult known = detector.analyze(in);
    QVERIFY(known.score < cold);
    QVERIFY(known.score < 0.5);
    QVERIFY(reasonFor(known, u"meta.priorConversations"_s));
    QVERIFY(!reasonFor(known, u"ask.cold"_s)); // rule 5: not cold with a shared history
    in.priorConversations = 0;
    in.introducedBySomeone = true;
    QVERIFY(detector.analyze(in).score < 0.5);
}

void TestCollectorDetector::reasonsAreSortedAndCarryWeights()
{
    TriageWeights weights = TriageWeights::defaults();
    weights.setWeight(Feature::Flattery, 0.25);
    const TriageResult r = CollectorDetector(weights).analyze(
        note(u"I came across your impressive profile. We help startups scale — book a free strategy call!"_s));
    QVERIFY(r.reasons.size() >= 3);
    for (qsizetype i = 1; i < r.reasons.size(); ++i) {
        QVERIFY(std::abs(r.reasons.at(i - 1).contribution()) >= std::abs(r.reasons.at(i).contribution()));
    }
    const TriageReason* flattery = reasonFor(r, u"fake.flattery"_s);
    QVERIFY(flattery);
    QCOMPARE(flattery->weight, 0.25);
    QVERIFY(!flattery->text.isEmpty());
}

void TestCollectorDetector::isDeterministic()
{
    const TriageInput in = note(u"Hi Jana, we met at the Bratislava AI meetup — your demo of the OCR pipeline was "
                                u"great. Could I ask which model you used?"_s);
    const CollectorDetector detector;
    const TriageResult first = detector.analyze(in);
    for (int i = 0; i < 20; ++i) {
        const TriageResult again = CollectorDetector().analyze(in);
        QCOMPARE(again.score, first.score);
        QCOMPARE(again.verdict, first.verdict);
        QCOMPARE(reasonsToJson(again.reasons), reasonsToJson(first.reasons));
    }
}

void TestCollectorDetector::reasonsSurviveJson()
{
    const TriageResult r = CollectorDetector().analyze(note(u"Hi {first_name}, I'm an open networker — follow me!"_s));
    const QList<TriageReason> back = reasonsFromJson(reasonsToJson(r.reasons));
    QCOMPARE(back.size(), r.reasons.size());
    for (qsizetype i = 0; i < back.size(); ++i) {
        QCOMPARE(back.at(i).featureKey, r.reasons.at(i).featureKey);
        QCOMPARE(back.at(i).evidence, r.reasons.at(i).evidence);
        QCOMPARE(back.at(i).start, r.reasons.at(i).start);
        QCOMPARE(back.at(i).length, r.reasons.at(i).length);
        QCOMPARE(back.at(i).weight, r.reasons.at(i).weight);
    }
    QVERIFY(reasonsFromJson(u"not json"_s).isEmpty());
}

void TestCollectorDetector::scoreIsAProbabilityForEmptyInput()
{
    const TriageResult r = CollectorDetector().analyze(TriageInput());
    QVERIFY(r.score > 0 && r.score < 1);
    QCOMPARE(verdictKey(r.verdict), verdictKey(CollectorDetector::verdictFor(r.score)));
    QCOMPARE(verdictFromKey(u"collector"), std::optional<Verdict>(Verdict::Collector));
    QCOMPARE(verdictFromKey(u"nonsense"), std::optional<Verdict>());
}

void TestCollectorDetector::analyzeAllMatchesOneAtATime()
{
    // Enough requests to be spread over threads; every answer equals the one-at-a-time answer.
    const QStringList messages = {
        u"I'd like to add you to my professional network on LinkedIn."_s,
        u"Hi Jana, we met at the Košice Data Meetup on Tuesday. Could I ask how you handled late GPS data?"_s,
        u"We help SaaS founders scale to 7 figures. Book a free strategy call."_s,
        u"I'm a LION open networker with 28,000+ connections, never IDK."_s,
        u"Wir haben zusammen am Projekt Atlas bei Bosch gearbeitet."_s,
        QString()};
    QList<TriageInput> inputs;
    for (int i = 0; i < 1500; ++i) {
        inputs << note(messages.at(i % messages.size()) + QString(i % 7, u' '), i % 50, 100 + i);
    }
    const CollectorDetector detector;
    const QList<TriageResult> all = detector.analyzeAll(inputs);
    QCOMPARE(all.size(), inputs.size());
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        const TriageResult one = detector.analyze(inputs.at(i));
        QCOMPARE(all.at(i).verdict, one.verdict);
        QCOMPARE(all.at(i).score, one.score);
        QCOMPARE(all.at(i).reasons.size(), one.reasons.size());
    }
    QVERIFY(detector.analyzeAll({}).isEmpty());
}

QTEST_GUILESS_MAIN(TestCollectorDetector)
#include "tst_collectordetector.moc"
