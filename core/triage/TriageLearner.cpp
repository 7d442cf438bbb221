#include "TriageLearner.h"

#include "CollectorDetector.h"
#include "FeatureExtractor.h"

namespace rapport::triage {

std::optional<bool> TriageLearner::isCollector(QStringView decision, std::optional<Verdict> shownVerdict)
{
    if (decision == u"accepted") {
        return false;
    }
    if (decision == u"ignored") {
        return true;
    }
    if (decision == u"flag_wrong" && shownVerdict && *shownVerdict != Verdict::Unclear) {
        return *shownVerdict == Verdict::Genuine;
    }
    return std::nullopt;
}

QList<LabelledExample> TriageLearner::examplesFrom(const QList<UserDecision>& decisions)
{
    QList<LabelledExample> out;
    out.reserve(decisions.size());
    for (const UserDecision& d : decisions) {
        const auto label = isCollector(d.decision, d.shownVerdict);
        if (!label) {
            continue;
        }
        out.append(LabelledExample{FeatureExtractor::extract(d.input).values, *label});
    }
    return out;
}

TriageWeights TriageLearner::train(const QList<LabelledExample>& examples, const TriageWeights& prior,
                                   const Options& options)
{
    TriageWeights w = prior;
    if (examples.isEmpty()) {
        return w;
    }
    const double lambda = options.regularization;
    // Averaging the gradient over (n + lambda) keeps one step size stable for 3 or 3,000 examples.
    const double step = options.learningRate / (double(examples.size()) + lambda);
    for (int epoch = 0; epoch < options.epochs; ++epoch) {
        FeatureValues grad{};
        double gradBias = 0;
        for (const LabelledExample& ex : examples) {
            const double err = CollectorDetector::probability(ex.values, w) - (ex.collector ? 1.0 : 0.0);
            gradBias += err;
            for (std::size_t i = 0; i < kFeatureCount; ++i) {
                grad[i] += err * ex.values[i];
            }
        }
        gradBias += lambda * (w.bias() - prior.bias());
        w.setBias(w.bias() - step * gradBias);
        for (std::size_t i = 0; i < kFeatureCount; ++i) {
            const auto f = static_cast<Feature>(i);
            const double g = grad[i] + lambda * (w.weight(f) - prior.weight(f));
            w.setWeight(f, w.weight(f) - step * g);
        }
    }
    return w;
}

} // namespace rapport::triage
