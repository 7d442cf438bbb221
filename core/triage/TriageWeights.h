#pragma once

#include "TriageFeatures.h"

#include <QHash>
#include <QString>

namespace rapport::triage {

/// The linear model's parameters: one weight per feature plus an intercept. A value type, so a
/// detector can be handed the defaults, a learned set, or a test's hand-made set.
class TriageWeights
{
public:
    /// The hand-set weights from the labelling rules.
    static TriageWeights defaults();

    double bias() const { return m_bias; }
    void setBias(double bias) { m_bias = bias; }
    double weight(Feature f) const { return m_weights[index(f)]; }
    void setWeight(Feature f, double weight) { m_weights[index(f)] = weight; }
    const FeatureValues& weights() const { return m_weights; }

    /// Key → weight, with the intercept under biasKey(); the form the store persists.
    QHash<QString, double> toMap() const;
    /// Starts from the defaults and overrides what the map holds; unknown keys are ignored
    /// (a newer Rapport may have written features this one does not know).
    static TriageWeights fromMap(const QHash<QString, double>& map);
    static QString biasKey();

    bool operator==(const TriageWeights& other) const = default;

private:
    double m_bias = 0;
    FeatureValues m_weights{};
};

} // namespace rapport::triage
