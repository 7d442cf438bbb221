#include "CollectorDetector.h"

#include <algorithm>
#include <cmath>
#include <thread>
#include <vector>

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

QList<TriageResult> CollectorDetector::analyzeAll(const QList<TriageInput>& inputs) const
{
    QList<TriageResult> results(inputs.size());
    // Extraction is pure (the compiled phrase patterns are shared read-only; each match keeps its
    // own state), so chunks of the list can run side by side. Small lists are not worth a thread.
    constexpr qsizetype kMinPerThread = 256;
    const qsizetype hardware = std::max(1U, std::thread::hardware_concurrency());
    const qsizetype threads = std::clamp<qsizetype>(inputs.size() / kMinPerThread, 1, std::min<qsizetype>(hardware, 8));
    const auto work = [this, &inputs, &results](qsizetype begin, qsizetype end) {
        for (qsizetype i = begin; i < end; ++i) {
            results[i] = analyze(inputs.at(i));
        }
    };
    if (threads <= 1) {
        work(0, inputs.size());
        return results;
    }
    // Detach the list from any other owner before threads write to separate elements of it.
    results.detach();
    std::vector<std::thread> pool;
    pool.reserve(std::size_t(threads - 1));
    const qsizetype chunk = (inputs.size() + threads - 1) / threads;
    for (qsizetype t = 1; t < threads; ++t) {
        pool.emplace_back(work, t * chunk, std::min(inputs.size(), (t + 1) * chunk));
    }
    work(0, std::min(inputs.size(), chunk));
    for (std::thread& th : pool) {
        th.join();
    }
    return results;
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
