#include "FeatureExtractor.h"

#include "TriagePhrases.h"
#include "TriageText.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace rapport::triage {

namespace {

constexpr int kMaxEvidenceChars = 160;

// Rule 9's thresholds.
constexpr int kTrustedMutuals = 15;
constexpr int kInflatedNetwork = 2000;

// A sender who says "I" three times as often as "you" over a whole note is talking about
// themselves (rule 3); short notes are left alone because a handful of pronouns proves nothing.
constexpr int kMinWordsForRatio = 12;
constexpr int kMinFirstPerson = 3;

void set(ExtractedFeatures& out, Feature f, double value, const QString& original, int start, int length)
{
    if (out.fired(f)) {
        return; // first evidence wins: it is the earliest in the message
    }
    out.values[index(f)] = value;
    FeatureEvidence& ev = out.evidence[index(f)];
    ev.start = start;
    ev.length = qMin(length, kMaxEvidenceChars);
    ev.text = start >= 0 ? original.mid(start, ev.length) : QString();
}

void setMeta(ExtractedFeatures& out, Feature f, double value, const QString& description)
{
    out.values[index(f)] = value;
    out.evidence[index(f)] = FeatureEvidence{-1, 0, description};
}

// Blanks every match of re in s (keeps the length).
void blank(QString& s, const QRegularExpression& re)
{
    auto it = re.globalMatch(s);
    while (it.hasNext()) {
        const auto m = it.next();
        for (qsizetype i = m.capturedStart(); i < m.capturedEnd(); ++i) {
            s[i] = QLatin1Char(' ');
        }
    }
}

// Blanks whole words of s that are one of the name's words (no expression is built per call:
// this runs for every invitation).
void blankWords(QString& s, const QString& names)
{
    const QStringList parts = text::foldKeepingLength(names).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (parts.isEmpty()) {
        return;
    }
    qsizetype i = 0;
    while (i < s.size()) {
        if (!s.at(i).isLetter()) {
            ++i;
            continue;
        }
        qsizetype j = i;
        while (j < s.size() && s.at(j).isLetter()) {
            ++j;
        }
        const QStringView word = QStringView(s).mid(i, j - i);
        for (const QString& p : parts) {
            if (p.size() >= 2 && word == p) {
                for (qsizetype k = i; k < j; ++k) {
                    s[k] = QLatin1Char(' ');
                }
                break;
            }
        }
        i = j;
    }
}

// "about testing checkout flows", "on error mitigation": a topic that says which piece of work.
bool hasTopicPhrase(QStringView foldedWindow)
{
    static const QRegularExpression re(
        QStringLiteral(
            R"(\b(?:on|about|regarding|uber|zur?|zum|o|sobre|sur|de|des|du)\s+(?:the\s+|a\s+|an\s+|la\s+|le\s+|les\s+|el\s+|los\s+|die\s+|der\s+|das\s+)?[\p{L}-]{3,}\s+[\p{L}-]{3,})"),
        QRegularExpression::UseUnicodePropertiesOption);
    return re.match(foldedWindow).hasMatch();
}

struct Context
{
    const QString& original;
    const QString& folded;
    bool upperCase;
};

bool windowIsSpecific(const Context& c, int from, int to)
{
    if (text::namesSomething(c.original, from, to, c.upperCase)) {
        return true;
    }
    const QStringView window = QStringView(c.folded).mid(from, to - from);
    if (hasTopicPhrase(window)) {
        return true;
    }
    // "last month" dates an encounter, but "the conference last month" still does not say which.
    return phrases::timeReference().match(window).hasMatch() && !phrases::vagueEvent().match(window).hasMatch();
}

// Blanks a leading salutation ("Hi Tom,", "Dobrý deň pani Horváthová,") so the recipient's own
// name does not count as the note naming something.
QString withoutSalutation(const QString& original)
{
    static const QRegularExpression re(
        QStringLiteral(
            R"(^\s*(?:hi|hello|hey|dear|hallo|liebe[r]?|guten tag|ahoj|dobry den|hola|estimad[oa]|bonjour|salut|good (?:morning|afternoon|evening))\b[^,!.:\n]{0,40}[,!.:\n])"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    QString s = original;
    const auto m = re.match(text::foldKeepingLength(original));
    if (m.hasMatch()) {
        for (qsizetype i = m.capturedStart(); i < m.capturedEnd(); ++i) {
            s[i] = QLatin1Char(' ');
        }
    }
    return s;
}

// Asks that make a first note a pitch. A call about the recipient's own work is not one, and a
// recruiter's concrete role tied to that work is genuine by rule 8.
bool isPitch(Feature f)
{
    return isAskOrPitch(f) && f != Feature::MeetingAsk && f != Feature::RecruiterBlast;
}

void findEncounters(const Context& c, ExtractedFeatures& out)
{
    auto it = phrases::encounter().globalMatch(c.folded);
    while (it.hasNext()) {
        const auto m = it.next();
        const int start = int(m.capturedStart());
        const int end = qMin(text::sentenceEnd(c.folded, int(m.capturedEnd())), start + kMaxEvidenceChars);
        if (windowIsSpecific(c, int(m.capturedEnd()), end)) {
            set(out, Feature::MetAtNamedEvent, 1.0, c.original, start, end - start);
            return;
        }
        set(out, Feature::VagueReference, 1.0, c.original, start, int(m.capturedLength()));
    }
}

void findWorkReferences(const Context& c, ExtractedFeatures& out)
{
    FeatureEvidence vague;
    auto it = phrases::workReference().globalMatch(c.folded);
    while (it.hasNext()) {
        const auto m = it.next();
        const int start = int(m.capturedStart());
        const int end = qMin(text::sentenceEnd(c.folded, int(m.capturedEnd())), start + kMaxEvidenceChars);
        // The trigger can itself hold the name ("maintainer of terraform-provider-x"); only in
        // all-caps text must the check start after it, or the trigger's own words would count.
        if (windowIsSpecific(c, c.upperCase ? int(m.capturedEnd()) : start, end)) {
            set(out, Feature::RecipientWork, 1.0, c.original, start, end - start);
            return;
        }
        if (vague.start < 0) {
            vague = FeatureEvidence{start, int(m.capturedLength()), QString()};
        }
    }
    if (vague.start >= 0) {
        set(out, Feature::VagueReference, 1.0, c.original, vague.start, vague.length);
    }
}

void findVagueEvents(const Context& c, ExtractedFeatures& out)
{
    if (out.fired(Feature::MetAtNamedEvent) || out.fired(Feature::RecipientWork)) {
        return;
    }
    auto it = phrases::vagueEvent().globalMatch(c.folded);
    while (it.hasNext()) {
        const auto m = it.next();
        const int end = text::sentenceEnd(c.folded, int(m.capturedEnd()));
        if (!windowIsSpecific(c, int(m.capturedEnd()), end)) {
            set(out, Feature::VagueReference, 1.0, c.original, int(m.capturedStart()), int(m.capturedLength()));
            return;
        }
    }
}

void findSelfPromotion(const Context& c, ExtractedFeatures& out)
{
    static const QRegularExpression word(QStringLiteral(R"(\p{L}+)"), QRegularExpression::UseUnicodePropertiesOption);
    int words = 0;
    for (auto it = word.globalMatch(c.folded); it.hasNext(); it.next()) {
        ++words;
    }
    if (words < kMinWordsForRatio) {
        return;
    }
    int first = 0;
    int firstStart = -1;
    for (auto it = phrases::firstPerson().globalMatch(c.folded); it.hasNext();) {
        const auto m = it.next();
        if (firstStart < 0) {
            firstStart = int(m.capturedStart());
        }
        ++first;
    }
    int second = 0;
    for (auto it = phrases::secondPerson().globalMatch(c.folded); it.hasNext(); it.next()) {
        ++second;
    }
    double value = 0;
    if (second == 0 && first >= 2) {
        value = 1.0; // a whole note about the sender without a single "you" (rule 3)
    } else if (first >= kMinFirstPerson) {
        const double share = double(first) / double(first + second);
        value = qBound(0.0, (share - 0.6) / 0.3, 1.0) * qMin(1.0, first / 6.0);
    }
    if (value <= 0.05) {
        return;
    }
    const int start = text::sentenceStart(c.folded, firstStart);
    set(out, Feature::SelfPromotion, value, c.original, start, text::sentenceEnd(c.folded, firstStart) - start);
}

void findRecipientMentions(const TriageInput& input, const Context& c, ExtractedFeatures& out)
{
    const QString foldedName = text::foldKeepingLength(input.recipientName);
    for (const QString& keyword : input.recipientKeywords) {
        const QString k = text::foldKeepingLength(keyword.trimmed());
        if (k.size() < 3 || foldedName.contains(k)) {
            continue; // the name is in every salutation; it says nothing about the note
        }
        qsizetype pos = c.folded.indexOf(k);
        while (pos >= 0) {
            const bool startOk = pos == 0 || !c.folded.at(pos - 1).isLetterOrNumber();
            const qsizetype endPos = pos + k.size();
            const bool endOk = endPos >= c.folded.size() || !c.folded.at(endPos).isLetterOrNumber();
            if (startOk && endOk) {
                set(out, Feature::MentionsRecipient, 1.0, c.original, int(pos), int(k.size()));
                return;
            }
            pos = c.folded.indexOf(k, pos + 1);
        }
    }
}

void applyRuleNine(const TriageInput& input, ExtractedFeatures& out)
{
    bool trusted = true;
    if (!input.mutualConnections || *input.mutualConnections < kTrustedMutuals) {
        trusted = false;
        setMeta(out, Feature::MetaFewMutuals, 1.0,
                input.mutualConnections ? QCoreApplication::translate("Triage", "%n mutual connection(s)", nullptr,
                                                                      *input.mutualConnections)
                                        : QCoreApplication::translate("Triage", "Mutual connections unknown"));
    }
    if (input.senderConnectionCount && *input.senderConnectionCount > kInflatedNetwork) {
        trusted = false;
        setMeta(out, Feature::MetaLargeNetwork, 1.0,
                QCoreApplication::translate("Triage", "%n connection(s)", nullptr, *input.senderConnectionCount));
    }
    const QString headline = text::foldKeepingLength(input.fromHeadline);
    const auto m = phrases::networkerHeadline().match(headline);
    const auto lion = phrases::lionOriginal().match(input.fromHeadline);
    if (m.hasMatch() || lion.hasMatch()) {
        trusted = false;
        const auto& hit = m.hasMatch() ? m : lion;
        setMeta(out, Feature::MetaNetworkerHeadline, 1.0,
                input.fromHeadline.mid(hit.capturedStart(), hit.capturedLength()));
    }
    if (trusted) {
        setMeta(out, Feature::MetaTrusted, 1.0,
                QCoreApplication::translate("Triage", "%n mutual connection(s)", nullptr, *input.mutualConnections));
    }
}

} // namespace

bool FeatureExtractor::isWeakMessage(const QString& message, const QString& recipientName, const QString& senderName)
{
    if (text::letterCount(message) == 0) {
        return true;
    }
    QString residue = text::foldKeepingLength(message);
    const bool isTemplate = phrases::defaultTemplate().match(residue).hasMatch();
    blank(residue, phrases::defaultTemplate());
    blank(residue, phrases::fillerWord());
    blankWords(residue, recipientName);
    blankWords(residue, senderName);
    const int left = text::letterCount(residue);
    // A template with a name or a "thanks" around it is still the template; a short note made
    // only of greetings and "let's connect" carries no more than the template does.
    return isTemplate ? left <= 12 : left <= 3;
}

ExtractedFeatures FeatureExtractor::extract(const TriageInput& input)
{
    ExtractedFeatures out;
    if (input.priorConversations > 0) {
        setMeta(out, Feature::PriorConversations, 1.0,
                QCoreApplication::translate("Triage", "%n earlier conversation(s) in Rapport", nullptr,
                                            input.priorConversations));
    }
    if (input.introducedBySomeone) {
        setMeta(out, Feature::IntroducedInRapport, 1.0,
                QCoreApplication::translate("Triage", "Introduction recorded in Rapport"));
    }

    const QString& original = input.message;
    if (isWeakMessage(original, input.recipientName, input.fromName)) {
        const auto t = phrases::defaultTemplate().match(text::foldKeepingLength(original));
        if (t.hasMatch()) {
            set(out, Feature::DefaultTemplate, 1.0, original, int(t.capturedStart()), int(t.capturedLength()));
        } else {
            set(out, Feature::DefaultTemplate, 1.0, original, original.isEmpty() ? -1 : 0, int(original.size()));
        }
        applyRuleNine(input, out);
        return out;
    }

    const QString folded = text::foldKeepingLength(original);
    const Context c{original, folded, text::isMostlyUpperCase(original)};

    for (std::size_t i = 0; i < kFeatureCount; ++i) {
        const auto f = static_cast<Feature>(i);
        if (const QRegularExpression* re = phrases::forFeature(f)) {
            const auto m = re->match(folded);
            if (m.hasMatch()) {
                set(out, f, 1.0, original, int(m.capturedStart()), int(m.capturedLength()));
            }
        }
    }
    if (const auto m = phrases::lionOriginal().match(original); m.hasMatch()) {
        set(out, Feature::VolumeNetworking, 1.0, original, int(m.capturedStart()), int(m.capturedLength()));
    }
    if (const auto m = phrases::namedRelativeOriginal().match(original); m.hasMatch()) {
        set(out, Feature::Introduced, 1.0, original, int(m.capturedStart()), int(m.capturedLength()));
    }

    findEncounters(c, out);
    findWorkReferences(c, out);
    findVagueEvents(c, out);
    findSelfPromotion(c, out);
    if (out.fired(Feature::VagueReference)) {
        for (std::size_t i = 0; i < kFeatureCount; ++i) {
            if (out.fired(static_cast<Feature>(i)) && isSharedHistory(static_cast<Feature>(i))) {
                // Rule 6 is about pretending to know someone; with a real shared past a loose
                // "the checklist you made" is just how people talk.
                out.values[index(Feature::VagueReference)] = 0;
                out.evidence[index(Feature::VagueReference)] = FeatureEvidence();
                break;
            }
        }
    }
    findRecipientMentions(input, c, out);

    bool history = false;
    bool ask = false;
    int firstAsk = -1;
    for (std::size_t i = 0; i < kFeatureCount; ++i) {
        const auto f = static_cast<Feature>(i);
        if (!out.fired(f)) {
            continue;
        }
        history = history || isSharedHistory(f);
        if (isAskOrPitch(f)) {
            ask = true;
            const int s = out.evidence[i].start;
            if (s >= 0 && (firstAsk < 0 || s < firstAsk)) {
                firstAsk = s;
            }
        }
    }
    if (ask && !history) {
        // Rules 5 and 7: the ask itself is the evidence; point at the first one.
        const FeatureEvidence& first = [&]() -> const FeatureEvidence& {
            for (std::size_t i = 0; i < kFeatureCount; ++i) {
                if (out.fired(static_cast<Feature>(i)) && out.evidence[i].start == firstAsk) {
                    return out.evidence[i];
                }
            }
            return out.evidence[index(Feature::ColdAsk)];
        }();
        set(out, Feature::ColdAsk, 1.0, original, first.start, first.length);
    }
    bool pitch = false;
    for (std::size_t i = 0; i < kFeatureCount; ++i) {
        pitch = pitch || (out.values[i] > 0 && isPitch(static_cast<Feature>(i)));
    }
    // Rule 7: with a cold pitch, the question is the pitch; it is not engagement with the work,
    // and the reference to the work is a hook.
    if (pitch && !history && out.fired(Feature::RecipientWork)) {
        const FeatureEvidence& hook = out.evidence[index(Feature::RecipientWork)];
        set(out, Feature::HookForPitch, 1.0, original, hook.start, hook.length);
    }
    if ((history || out.fired(Feature::RecipientWork)) && !(pitch && !history)) {
        if (const auto m = phrases::engagement().match(folded); m.hasMatch()) {
            set(out, Feature::Engagement, 1.0, original, int(m.capturedStart()), int(m.capturedLength()));
        }
    }
    const bool anythingSpecific =
        history || out.fired(Feature::RecipientWork) || out.fired(Feature::ThanksForSomething) ||
        out.fired(Feature::MentionsRecipient) ||
        text::namesSomething(withoutSalutation(original), 0, int(original.size()), c.upperCase);
    if (!anythingSpecific) {
        setMeta(out, Feature::NothingSpecific, 1.0, QString());
    }
    return out;
}

} // namespace rapport::triage
