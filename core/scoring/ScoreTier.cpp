#include "ScoreTier.h"

#include <QCoreApplication>

namespace rapport::scoring {

QString tierKey(ScoreTier tier)
{
    switch (tier) {
    case ScoreTier::Champion:
        return QStringLiteral("champion");
    case ScoreTier::Inner:
        return QStringLiteral("inner");
    case ScoreTier::Active:
        return QStringLiteral("active");
    case ScoreTier::Dormant:
        return QStringLiteral("dormant");
    case ScoreTier::Collected:
        break;
    }
    return QStringLiteral("collected");
}

QString tierName(ScoreTier tier)
{
    switch (tier) {
    case ScoreTier::Champion:
        return QCoreApplication::translate("Scoring", "Champion");
    case ScoreTier::Inner:
        return QCoreApplication::translate("Scoring", "Inner circle");
    case ScoreTier::Active:
        return QCoreApplication::translate("Scoring", "Active");
    case ScoreTier::Dormant:
        return QCoreApplication::translate("Scoring", "Dormant");
    case ScoreTier::Collected:
        break;
    }
    return QCoreApplication::translate("Scoring", "Collected");
}

QString tierNameForKey(const QString& key)
{
    bool ok = false;
    const ScoreTier tier = tierFromKey(key, &ok);
    return ok ? tierName(tier) : key;
}

QList<ScoreTier> allTiers()
{
    return {ScoreTier::Champion, ScoreTier::Inner, ScoreTier::Active, ScoreTier::Dormant, ScoreTier::Collected};
}

ScoreTier tierFromKey(const QString& key, bool* ok)
{
    for (const ScoreTier t : allTiers()) {
        if (tierKey(t) == key) {
            if (ok != nullptr) {
                *ok = true;
            }
            return t;
        }
    }
    if (ok != nullptr) {
        *ok = false;
    }
    return ScoreTier::Collected;
}

} // namespace rapport::scoring
