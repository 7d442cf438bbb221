#pragma once

#include "TriageFeatures.h"
#include "TriageTypes.h"
#include "TriageWeights.h"

#include <QList>

#include <optional>

namespace rapport::triage {

/// One invitation the user decided on, as the learner sees it.
struct LabelledExample
{
    FeatureValues values{};
    bool collector = false;
};

/// A stored decision: the invitation, what the user did and the verdict Rapport had shown.
struct UserDecision
{
    TriageInput input;
    QString decision; ///< accepted, ignored or flag_wrong (the `user_decision` column)
    std::optional<Verdict> shownVerdict;
};

/// Adapts the detector to the user: a few steps of logistic-regression gradient descent that
/// start at the current weights and are pulled back towards the hand-set defaults (an L2
/// penalty on the distance), so a handful of decisions nudges the model and only a consistent
/// pattern moves it far. Stateless and deterministic.
class TriageLearner
{
public:
    struct Options
    {
        int epochs = 300;
        double learningRate = 1.0;
        /// Strength of the pull towards the prior weights, in "examples": with this many
        /// decisions the data and the defaults weigh about the same.
        double regularization = 3.0;
    };

    /// accepted → genuine, ignored → collector, flag_wrong → the opposite of the verdict shown
    /// (nothing when the shown verdict was unclear or unknown: the user told us only "not that").
    static std::optional<bool> isCollector(QStringView decision, std::optional<Verdict> shownVerdict);

    /// Recomputes each decision's feature vector (extraction is deterministic) and labels it.
    static QList<LabelledExample> examplesFrom(const QList<UserDecision>& decisions);

    static TriageWeights train(const QList<LabelledExample>& examples, const TriageWeights& prior,
                               const Options& options);
    static TriageWeights train(const QList<LabelledExample>& examples,
                               const TriageWeights& prior = TriageWeights::defaults())
    {
        return train(examples, prior, Options());
    }
};

} // namespace rapport::triage
