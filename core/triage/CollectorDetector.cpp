#include "CollectorDetector.h"

#include <algorithm>
#include <cmath>

namespace rapport::triage {

CollectorDetector::CollectorDetector(TriageWeights weights) : m_weights(std::move(weights)) {}

double CollectorDetector::probability(const FeatureValues& values, const TriageWeights& weights)
{
    double z = weights.bias();
    for (std::size_t i = 0; i < kFeatureCount; ++i) {
        z += values[i] * weights.weights()[i];
    }
    return 1.0 / (1.0 + std::exp(-z));
}

Verdict CollectorDetector::verdictFor(double score)
{
    if (score >= kCollectorThreshold) {
        return Verdict::Collector;
    }
    if (score <= kGenuineThreshold) {
        return Verdict::Genuine;
    }
    return Verdict::Unclear;
}

TriageResult CollectorDetector::analyze(const TriageInput& input) const
{
    return score(FeatureExtractor::extract(input));
}

TriageResult CollectorDetector::score(const ExtractedFeatures& features) const
{
    TriageResult result;
    result.score = probability(features.values, m_weights);
    result.verdict = verdictFor(result.score);
    for (std::size_t i = 0; i < kFeatureCount; ++i) {
        const double value = features.values[i];
        if (value <= 0) {
            continue;
        }
        const auto f = static_cast<Feature>(i);
        TriageReason r;
        r.featureKey = featureKey(f);
        r.text = featureDescription(f);
        r.evidence = features.evidence[i].text;
        r.start = features.evidence[i].start;
        r.length = r.start >= 0 ? features.evidence[i].length : 0;
        r.weight = m_weights.weight(f);
        r.value = value;
        result.reasons.append(r);
    }
    // Strongest first; ties keep the feature order so the list is stable.
    std::stable_sort(result.reasons.begin(), result.reasons.end(), [](const TriageReason& a, const TriageReason& b) {
        return std::abs(a.contribution()) > std::abs(b.contribution());
    });
    return result;
}

} // namespace rapport::triage
