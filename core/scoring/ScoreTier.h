#pragma once

#include <QList>
#include <QString>

namespace rapport::scoring {

/// How close a contact is, from the score and the kind of contact there has been. The keys are
/// stored in contact_scores.tier and used by filters, so they never change.
enum class ScoreTier { Champion, Inner, Active, Dormant, Collected };

QString tierKey(ScoreTier tier);  ///< "champion", "inner", "active", "dormant", "collected"
QString tierName(ScoreTier tier); ///< translated, for people
ScoreTier tierFromKey(const QString& key, bool* ok = nullptr);
QString tierNameForKey(const QString& key); ///< tierName() of a stored key; an unknown key as it is
QList<ScoreTier> allTiers();                ///< closest first

} // namespace rapport::scoring
