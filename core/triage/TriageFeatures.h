#pragma once

#include <QString>

#include <array>
#include <cstddef>
#include <optional>

namespace rapport::triage {

/// The detector's features, one per labelling rule or rule part. The list is the model's
/// vocabulary: keys are stored in `triage_weights`, so rename a key only with a migration.
enum class Feature : int {
    // Rule 9: empty / emoji-only / default-template messages, decided by metadata.
    DefaultTemplate,
    MetaFewMutuals,
    MetaLargeNetwork,
    MetaNetworkerHeadline,
    MetaTrusted,
    // Rule 4: volume networking.
    VolumeNetworking,
    AmplifyAsk,
    // Rules 3 and 5: self-promotion and asks in the first message.
    SelfPromotion,
    Credentials,
    ServicePitch,
    CallToAction,
    MeetingAsk,
    JobOrReferralAsk,
    MoneyAsk,
    RecruiterBlast,
    ColdAsk,
    // Rule 12.
    ScamOrMlm,
    // Rule 6: fake personalisation.
    Flattery,
    Pretext,
    VagueReference,
    MailMerge,
    GenericAudience,
    NothingSpecific,
    HookForPitch,
    // Rules 1 and 2: genuine signals.
    SharedHistory,
    MetAtNamedEvent,
    RecalledDetail,
    Introduced,
    ThanksForSomething,
    RecipientWork,
    Engagement,
    ConcreteNextStep,
    OfferHelp,
    MentionsRecipient,
    // Rapport's own records.
    PriorConversations,
    IntroducedInRapport,
    Count
};

constexpr std::size_t kFeatureCount = static_cast<std::size_t>(Feature::Count);

constexpr std::size_t index(Feature f)
{
    return static_cast<std::size_t>(f);
}

/// Per-feature values in [0, 1], indexed by Feature.
using FeatureValues = std::array<double, kFeatureCount>;

/// Key stored in the database and shown next to a learned weight ("pitch.service").
QString featureKey(Feature f);
std::optional<Feature> featureFromKey(QStringView key);
/// Plain-words, translated explanation of what the feature means.
QString featureDescription(Feature f);
/// The hand-set weight before any learning; positive means "collector".
double defaultWeight(Feature f);
/// The model's intercept before learning.
double defaultBias();

/// True for features that count as real shared history (rules 1 and 5's "unless").
bool isSharedHistory(Feature f);
/// True for features that are an ask or a pitch (rules 5, 7 and 12).
bool isAskOrPitch(Feature f);

} // namespace rapport::triage
