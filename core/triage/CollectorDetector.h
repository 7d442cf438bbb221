#pragma once

#include "FeatureExtractor.h"
#include "TriageTypes.h"
#include "TriageWeights.h"

#include <QList>

namespace rapport::triage {

/// Decides whether a connection request comes from a name collector (issue #5): a transparent
/// logistic model over the rule features of FeatureExtractor, so every verdict comes with the
/// reasons, the words that triggered them and the weight each one carried. Deterministic, no
/// network, no state besides the weights; safe to share between threads.
class CollectorDetector
{
public:
    /// Score at or above which the verdict is Collector, and at or below which it is Genuine.
    static constexpr double kCollectorThreshold = 0.6;
    static constexpr double kGenuineThreshold = 0.4;

    explicit CollectorDetector(TriageWeights weights = TriageWeights::defaults());

    TriageResult analyze(const TriageInput& input) const;
    /// Analyses many requests at once, spread over the machine's cores (a whole LinkedIn export
    /// in well under a second); the results are in input order and equal analyze() of each.
    QList<TriageResult> analyzeAll(const QList<TriageInput>& inputs) const;
    /// Scores an already extracted vector (the learner and the draft coach reuse extraction).
    TriageResult score(const ExtractedFeatures& features) const;

    const TriageWeights& weights() const { return m_weights; }
    void setWeights(const TriageWeights& weights) { m_weights = weights; }

    static Verdict verdictFor(double score);
    /// P(collector) for a vector under the given weights.
    static double probability(const FeatureValues& values, const TriageWeights& weights);

private:
    TriageWeights m_weights;
};

} // namespace rapport::triage
