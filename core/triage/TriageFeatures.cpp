#include "TriageFeatures.h"

#include <QCoreApplication>

namespace rapport::triage {

namespace {

struct FeatureInfo
{
    Feature feature;
    const char* key;
    const char* description;
    double weight;
};

// Weights were set by hand from the labelling rules: a single strong rule (volume networking, a
// scam, mail-merge fields, shared history) is enough on its own; weaker signals need company.
// The table order must follow the enum; a static_assert below checks the length.
constexpr FeatureInfo kFeatures[] = {
    {Feature::DefaultTemplate, "template.default",
     QT_TRANSLATE_NOOP("Triage", "The note is empty or LinkedIn's default text, so only the profile data can decide"),
     0.6},
    {Feature::MetaFewMutuals, "meta.fewMutuals", QT_TRANSLATE_NOOP("Triage", "Fewer than 15 mutual connections"), 1.1},
    {Feature::MetaLargeNetwork, "meta.largeNetwork",
     QT_TRANSLATE_NOOP("Triage", "The sender has more than 2,000 connections"), 1.1},
    {Feature::MetaNetworkerHeadline, "meta.networkerHeadline",
     QT_TRANSLATE_NOOP("Triage", "The sender's headline advertises open networking or selling"), 1.1},
    {Feature::MetaTrusted, "meta.trusted",
     QT_TRANSLATE_NOOP("Triage", "Many mutual connections, a modest network and a plain headline"), -1.6},
    {Feature::VolumeNetworking, "volume.networking",
     QT_TRANSLATE_NOOP("Triage", "Collects connections in bulk (open networker, connection goals, accepts everyone)"),
     3.2},
    {Feature::AmplifyAsk, "ask.amplify",
     QT_TRANSLATE_NOOP("Triage", "Asks you to follow, endorse, share or pass them on"), 2.0},
    {Feature::SelfPromotion, "self.promotion", QT_TRANSLATE_NOOP("Triage", "Talks about themselves, not about you"),
     1.4},
    {Feature::Credentials, "self.credentials",
     QT_TRANSLATE_NOOP("Triage", "Lists credentials, client counts or media mentions"), 1.0},
    {Feature::ServicePitch, "pitch.service", QT_TRANSLATE_NOOP("Triage", "Offers a product or service"), 1.8},
    {Feature::CallToAction, "pitch.callToAction",
     QT_TRANSLATE_NOOP("Triage", "Sales call to action (free offer, discount, booking link, messenger number)"), 1.4},
    {Feature::MeetingAsk, "ask.meeting", QT_TRANSLATE_NOOP("Triage", "Asks for a call or a meeting"), 0.6},
    {Feature::JobOrReferralAsk, "ask.jobOrReferral",
     QT_TRANSLATE_NOOP("Triage", "Asks for a job, a referral or to read a CV"), 1.6},
    {Feature::MoneyAsk, "ask.money", QT_TRANSLATE_NOOP("Triage", "Asks for money, sponsorship, buyers or investors"),
     1.6},
    {Feature::RecruiterBlast, "recruiter.blast",
     QT_TRANSLATE_NOOP("Triage", "Generic recruiter message (keyword match, rate and availability)"), 1.8},
    {Feature::ColdAsk, "ask.cold",
     QT_TRANSLATE_NOOP("Triage", "Asks for something in the first message without any shared history"), 1.2},
    {Feature::ScamOrMlm, "scam.finance",
     QT_TRANSLATE_NOOP("Triage", "Crypto, forex, passive income, MLM or pay-to-be-featured offer"), 3.2},
    {Feature::Flattery, "fake.flattery", QT_TRANSLATE_NOOP("Triage", "Flattery without saying anything specific"), 1.5},
    {Feature::Pretext, "fake.pretext",
     QT_TRANSLATE_NOOP(
         "Triage", "A pretext instead of a reason (mutual connections, same group, viewed your profile, synergies)"),
     1.5},
    {Feature::VagueReference, "fake.vagueReference",
     QT_TRANSLATE_NOOP("Triage", "Mentions your post, work or an event without saying which"), 1.2},
    {Feature::MailMerge, "fake.mailMerge", QT_TRANSLATE_NOOP("Triage", "Contains unfilled mail-merge fields"), 4.5},
    {Feature::GenericAudience, "fake.genericAudience",
     QT_TRANSLATE_NOOP("Triage", "Addresses a category of people, not you"), 0.9},
    {Feature::NothingSpecific, "fake.nothingSpecific",
     QT_TRANSLATE_NOOP("Triage", "Names nothing specific to you or to a shared past"), 0.8},
    {Feature::HookForPitch, "fake.hookForPitch",
     QT_TRANSLATE_NOOP("Triage", "Mentions your work only to lead into a pitch"), 2.2},
    {Feature::SharedHistory, "context.sharedHistory",
     QT_TRANSLATE_NOOP("Triage", "Refers to something you did together or an existing relationship"), -3.2},
    {Feature::MetAtNamedEvent, "context.metAtNamedEvent",
     QT_TRANSLATE_NOOP("Triage", "Met you at a named event or place"), -2.4},
    {Feature::RecalledDetail, "context.recalledDetail",
     QT_TRANSLATE_NOOP("Triage", "Recalls something you said or did"), -1.6},
    {Feature::Introduced, "context.introduced",
     QT_TRANSLATE_NOOP("Triage", "A named person introduced you or suggested the contact"), -3.0},
    {Feature::ThanksForSomething, "context.thanks",
     QT_TRANSLATE_NOOP("Triage", "Thanks you or congratulates you for something specific"), -1.2},
    {Feature::RecipientWork, "specific.recipientWork",
     QT_TRANSLATE_NOOP("Triage", "Refers to a specific piece of your work"), -2.6},
    {Feature::Engagement, "specific.engagement",
     QT_TRANSLATE_NOOP("Triage", "Asks a relevant question, gives feedback or offers something concrete"), -1.0},
    {Feature::ConcreteNextStep, "specific.nextStep", QT_TRANSLATE_NOOP("Triage", "Proposes a concrete next step"),
     -0.8},
    {Feature::OfferHelp, "specific.offerHelp", QT_TRANSLATE_NOOP("Triage", "Asks how they can help you"), -0.6},
    {Feature::MentionsRecipient, "specific.mentionsYou",
     QT_TRANSLATE_NOOP("Triage", "Mentions your company or work topics"), -0.4},
    {Feature::PriorConversations, "meta.priorConversations",
     QT_TRANSLATE_NOOP("Triage", "You have talked with this person before"), -3.5},
    {Feature::IntroducedInRapport, "meta.introduced",
     QT_TRANSLATE_NOOP("Triage", "Rapport records an introduction to this person"), -3.5},
};

static_assert(std::size(kFeatures) == kFeatureCount, "one FeatureInfo per Feature, in enum order");

constexpr bool tableFollowsEnum()
{
    for (std::size_t i = 0; i < kFeatureCount; ++i) {
        if (index(kFeatures[i].feature) != i) {
            return false;
        }
    }
    return true;
}
static_assert(tableFollowsEnum(), "kFeatures must list features in enum order");

} // namespace

QString featureKey(Feature f)
{
    return QLatin1String(kFeatures[index(f)].key);
}

std::optional<Feature> featureFromKey(QStringView key)
{
    for (const FeatureInfo& info : kFeatures) {
        if (key == QLatin1String(info.key)) {
            return info.feature;
        }
    }
    return std::nullopt;
}

QString featureDescription(Feature f)
{
    return QCoreApplication::translate("Triage", kFeatures[index(f)].description);
}

double defaultWeight(Feature f)
{
    return kFeatures[index(f)].weight;
}

double defaultBias()
{
    // Slightly towards genuine: without any evidence a person wrote a real note.
    return -0.3;
}

bool isSharedHistory(Feature f)
{
    switch (f) {
    case Feature::SharedHistory:
    case Feature::MetAtNamedEvent:
    case Feature::RecalledDetail:
    case Feature::Introduced:
    case Feature::PriorConversations:
    case Feature::IntroducedInRapport:
        return true;
    default:
        return false;
    }
}

bool isAskOrPitch(Feature f)
{
    switch (f) {
    case Feature::AmplifyAsk:
    case Feature::ServicePitch:
    case Feature::CallToAction:
    case Feature::MeetingAsk:
    case Feature::JobOrReferralAsk:
    case Feature::MoneyAsk:
    case Feature::RecruiterBlast:
    case Feature::ScamOrMlm:
        return true;
    default:
        return false;
    }
}

} // namespace rapport::triage
