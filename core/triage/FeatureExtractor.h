#pragma once

#include "TriageFeatures.h"
#include "TriageTypes.h"

#include <QString>

#include <array>

namespace rapport::triage {

/// Where a feature was found: a span of the message, or metadata (start -1) described in text.
struct FeatureEvidence
{
    int start = -1;
    int length = 0;
    QString text;
};

/// The feature vector of one invitation plus the evidence for each non-zero feature.
struct ExtractedFeatures
{
    FeatureValues values{};
    std::array<FeatureEvidence, kFeatureCount> evidence;

    bool fired(Feature f) const { return values[index(f)] > 0; }
};

/// Turns one invitation into feature values, deterministically and without any state: the
/// same input always gives the same vector, which the learner relies on to recompute vectors
/// of past decisions instead of storing them.
class FeatureExtractor
{
public:
    static ExtractedFeatures extract(const TriageInput& input);

    /// True for messages rule 9 calls weak: empty, emoji or punctuation only, LinkedIn's default
    /// text, or nothing but greetings and "let's connect".
    static bool isWeakMessage(const QString& message, const QString& recipientName, const QString& senderName);
};

} // namespace rapport::triage
