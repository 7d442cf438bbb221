#include "TriageWeights.h"

#include <cmath>

namespace rapport::triage {

TriageWeights TriageWeights::defaults()
{
    TriageWeights w;
    w.m_bias = defaultBias();
    for (std::size_t i = 0; i < kFeatureCount; ++i) {
        w.m_weights[i] = defaultWeight(static_cast<Feature>(i));
    }
    return w;
}

QString TriageWeights::biasKey()
{
    return QStringLiteral("bias");
}

QHash<QString, double> TriageWeights::toMap() const
{
    QHash<QString, double> map;
    map.insert(biasKey(), m_bias);
    for (std::size_t i = 0; i < kFeatureCount; ++i) {
        map.insert(featureKey(static_cast<Feature>(i)), m_weights[i]);
    }
    return map;
}

TriageWeights TriageWeights::fromMap(const QHash<QString, double>& map)
{
    TriageWeights w = defaults();
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        if (!std::isfinite(it.value())) {
            continue; // a corrupted row must not poison every verdict
        }
        if (it.key() == biasKey()) {
            w.m_bias = it.value();
        } else if (const auto f = featureFromKey(it.key())) {
            w.m_weights[index(*f)] = it.value();
        }
    }
    return w;
}

} // namespace rapport::triage
