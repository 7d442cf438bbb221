#pragma once

#include "util/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace rapport {
class SettingsStore;
}

namespace rapport::scoring {

/// The knobs of the relationship score, in points out of 100 (penalties are subtracted), plus the
/// tier thresholds. Persisted as JSON under "scoring.weights" so Settings can show and adjust them;
/// keys missing from the stored JSON keep their defaults, so adding a knob never breaks old files.
struct ScoreWeights
{
    // Tie strength (Gilbert & Karahalios 2009): recency, intensity, reciprocity, intimacy, duration.
    double recency = 25;              ///< points for having just spoken; halves every recencyHalfLifeDays
    double recencyHalfLifeDays = 120; ///< how fast recency fades
    double frequency = 20;            ///< two-way conversations in the last year, saturating
    double frequencySaturation = 12;  ///< conversations a year that earn all frequency points (monthly)
    double reciprocity = 10;          ///< they start conversations and write back as much as the user
    double depth = 10;                ///< channel depth: meetings > calls > video > events > messages
    double duration = 8;              ///< how long known (only once there has been a real conversation)
    double durationSaturationYears = 5;
    double helpReceived = 15; ///< introductions, referrals and help they gave the user (2 earn all)
    double helpGiven = 5;     ///< what the user gave them (3 earn all)
    double marketFit = 6;     ///< they match the user's target market (2 dimensions earn all)
    double knowledge = 5;     ///< the user knows what they do and how they met
    double stage = 6;         ///< the champion stage the user set, proportionally

    // Penalties
    double collectorPenalty = 20;  ///< their invitation was flagged as a collector's
    double neverTalkedPenalty = 5; ///< connected but never a real conversation
    double unansweredPenalty = 10; ///< outreach never answered (3 unanswered earn all)

    // Tiers (see ScoreEngine::tierFor)
    double championThreshold = 65;
    double innerThreshold = 45;
    double activeWithinDays = 365; ///< a two-way conversation this recent keeps a contact out of Dormant

    static QString settingsKey() { return QStringLiteral("scoring.weights"); }

    QJsonObject toJson() const;
    /// Values from the JSON where present and finite; defaults elsewhere.
    static ScoreWeights fromJson(const QJsonObject& json);
    static ScoreWeights load(SettingsStore& settings);
    Status save(SettingsStore& settings) const;

    bool operator==(const ScoreWeights&) const = default;

    /// One adjustable knob, for a generic Settings form: key in the JSON, label, range.
    struct Field
    {
        QString key;
        double ScoreWeights::*member;
        QString label; ///< translated
        double minimum;
        double maximum;
    };
    static QList<Field> fields();
};

} // namespace rapport::scoring
