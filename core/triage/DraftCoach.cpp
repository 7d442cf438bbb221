#include "DraftCoach.h"

#include "FeatureExtractor.h"

#include <QCoreApplication>

#include <algorithm>

namespace rapport::triage {

namespace {

QString firstName(const QString& name)
{
    return name.trimmed().section(QLatin1Char(' '), 0, 0);
}

} // namespace

DraftCoach::DraftCoach(TriageWeights weights) : m_detector(std::move(weights)) {}

DraftAdvice DraftCoach::analyzeDraft(const QString& draft, const QString& recipientName) const
{
    TriageInput input;
    input.message = draft;
    input.recipientName = recipientName;
    ExtractedFeatures features = FeatureExtractor::extract(input);
    // The user's own profile data is not evidence about the user's own note.
    for (const Feature f :
         {Feature::MetaFewMutuals, Feature::MetaLargeNetwork, Feature::MetaNetworkerHeadline, Feature::MetaTrusted}) {
        features.values[index(f)] = 0;
    }

    DraftAdvice advice;
    advice.result = m_detector.score(features);
    const auto has = [&](Feature f) { return features.fired(f); };
    const QString name = firstName(recipientName);
    QStringList& s = advice.suggestions;

    const bool sharedContext = has(Feature::SharedHistory) || has(Feature::MetAtNamedEvent) ||
                               has(Feature::Introduced) || has(Feature::RecalledDetail);
    const bool aboutThem = has(Feature::RecipientWork) || has(Feature::ThanksForSomething);

    // A note of the user's own that is only the default text (or nothing) is exactly what the
    // user's inbox flags: on a draft there is no sender profile to outweigh it, so say so plainly.
    if ((has(Feature::DefaultTemplate) || draft.trimmed().isEmpty()) && !sharedContext && !aboutThem) {
        advice.result.verdict = Verdict::Collector;
        advice.result.score = std::max(advice.result.score, CollectorDetector::kCollectorThreshold);
        s << QCoreApplication::translate("Triage", "Write your own words: the default invitation text is what name "
                                                   "collectors send.");
    }
    if (has(Feature::MailMerge)) {
        s << QCoreApplication::translate("Triage", "Fill in the placeholders: they show the note was sent in bulk.");
    }
    if (has(Feature::ColdAsk) || has(Feature::ServicePitch) || has(Feature::CallToAction)) {
        s << QCoreApplication::translate(
            "Triage", "Leave the pitch for later: a first note that asks for business reads as collecting names.");
    }
    if (has(Feature::VolumeNetworking) || has(Feature::AmplifyAsk)) {
        s << QCoreApplication::translate("Triage",
                                         "Drop requests to follow, endorse or share, and talk of connection counts.");
    }
    if (!sharedContext) {
        s << (name.isEmpty()
                  ? QCoreApplication::translate(
                        "Triage", "Say where you know them from: a project, a named event, or who introduced you.")
                  : QCoreApplication::translate(
                        "Triage", "Say where you know %1 from: a project, a named event, or who introduced you.")
                        .arg(name));
    }
    if (!aboutThem) {
        s << QCoreApplication::translate(
            "Triage", "Mention something specific about their work (which talk, post, paper or project) and why it "
                      "mattered to you.");
    }
    if (has(Feature::Flattery) || has(Feature::VagueReference) || has(Feature::Pretext)) {
        s << QCoreApplication::translate("Triage",
                                         "Replace general praise or \"mutual connections\" with one concrete detail.");
    }
    if (has(Feature::SelfPromotion) || has(Feature::Credentials)) {
        s << QCoreApplication::translate("Triage",
                                         "Say less about yourself and more about why you are writing to them.");
    }
    if (!has(Feature::OfferHelp) && !has(Feature::Engagement)) {
        s << QCoreApplication::translate("Triage", "Say how you could help them, or ask one concrete question.");
    }
    if (draft.size() > kMaxNoteLength) {
        s << QCoreApplication::translate("Triage", "LinkedIn notes are limited to %1 characters; this one has %2.")
                 .arg(kMaxNoteLength)
                 .arg(draft.size());
    }
    return advice;
}

} // namespace rapport::triage
