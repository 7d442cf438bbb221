#pragma once

#include <QJsonArray>
#include <QList>
#include <QString>

namespace rapport::scoring {

/// One plain-words reason behind a score, with the points it contributed (negative for penalties).
/// Stored with key and count too, so a reader can render the words in its own language.
struct ScoreReason
{
    QString key; ///< stable id, e.g. "conversationsThisYear", "introducedYou", "notSpoken"
    int n = 0;   ///< the count the words mention (days, months, people, ...)
    double points = 0;

    /// E.g. "3 two-way conversations this year", "you have not spoken in 14 months".
    QString text() const;

    bool operator==(const ScoreReason&) const = default;
};

/// contact_scores.reasons: a compact JSON array of {"key","n","points","text"}.
QString reasonsToJson(const QList<ScoreReason>& reasons);
QList<ScoreReason> reasonsFromJson(const QString& json);
/// For output: [{"key","n","points","text"}].
QJsonArray reasonsToDisplayJson(const QList<ScoreReason>& reasons);

} // namespace rapport::scoring
