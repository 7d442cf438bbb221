#include "ScoreWeights.h"

#include "store/SettingsStore.h"

#include <QCoreApplication>

#include <cmath>

namespace rapport::scoring {

QList<ScoreWeights::Field> ScoreWeights::fields()
{
    using W = ScoreWeights;
    return {
        {QStringLiteral("recency"), &W::recency, QCoreApplication::translate("Scoring", "Recent conversation"), 0, 100},
        {QStringLiteral("recencyHalfLifeDays"), &W::recencyHalfLifeDays,
         QCoreApplication::translate("Scoring", "Recency fades by half every (days)"), 7, 3650},
        {QStringLiteral("frequency"), &W::frequency,
         QCoreApplication::translate("Scoring", "Conversations in the last year"), 0, 100},
        {QStringLiteral("frequencySaturation"), &W::frequencySaturation,
         QCoreApplication::translate("Scoring", "Conversations a year that count fully"), 1, 365},
        {QStringLiteral("reciprocity"), &W::reciprocity, QCoreApplication::translate("Scoring", "They reach out too"),
         0, 100},
        {QStringLiteral("depth"), &W::depth,
         QCoreApplication::translate("Scoring", "Meetings and calls rather than messages"), 0, 100},
        {QStringLiteral("duration"), &W::duration, QCoreApplication::translate("Scoring", "Known for a long time"), 0,
         100},
        {QStringLiteral("durationSaturationYears"), &W::durationSaturationYears,
         QCoreApplication::translate("Scoring", "Years that count fully"), 1, 50},
        {QStringLiteral("helpReceived"), &W::helpReceived,
         QCoreApplication::translate("Scoring", "Introductions and help you received"), 0, 100},
        {QStringLiteral("helpGiven"), &W::helpGiven,
         QCoreApplication::translate("Scoring", "Introductions and help you gave"), 0, 100},
        {QStringLiteral("marketFit"), &W::marketFit, QCoreApplication::translate("Scoring", "Fits your target market"),
         0, 100},
        {QStringLiteral("knowledge"), &W::knowledge,
         QCoreApplication::translate("Scoring", "You know what they do and how you met"), 0, 100},
        {QStringLiteral("stage"), &W::stage, QCoreApplication::translate("Scoring", "Champion stage you set"), 0, 100},
        {QStringLiteral("collectorPenalty"), &W::collectorPenalty,
         QCoreApplication::translate("Scoring", "Penalty: invitation from a collector"), 0, 100},
        {QStringLiteral("neverTalkedPenalty"), &W::neverTalkedPenalty,
         QCoreApplication::translate("Scoring", "Penalty: connected but never talked"), 0, 100},
        {QStringLiteral("unansweredPenalty"), &W::unansweredPenalty,
         QCoreApplication::translate("Scoring", "Penalty: messages never answered"), 0, 100},
        {QStringLiteral("championThreshold"), &W::championThreshold,
         QCoreApplication::translate("Scoring", "Score for Champion"), 0, 100},
        {QStringLiteral("innerThreshold"), &W::innerThreshold,
         QCoreApplication::translate("Scoring", "Score for Inner circle"), 0, 100},
        {QStringLiteral("activeWithinDays"), &W::activeWithinDays,
         QCoreApplication::translate("Scoring", "Active if spoken within (days)"), 1, 3650},
    };
}

QJsonObject ScoreWeights::toJson() const
{
    QJsonObject o;
    for (const Field& f : fields()) {
        o.insert(f.key, this->*f.member);
    }
    return o;
}

ScoreWeights ScoreWeights::fromJson(const QJsonObject& json)
{
    ScoreWeights w;
    for (const Field& f : fields()) {
        const QJsonValue v = json.value(f.key);
        if (v.isDouble() && std::isfinite(v.toDouble())) {
            w.*f.member = qBound(f.minimum, v.toDouble(), f.maximum);
        }
    }
    return w;
}

ScoreWeights ScoreWeights::load(SettingsStore& settings)
{
    return fromJson(settings.json(settingsKey()));
}

Status ScoreWeights::save(SettingsStore& settings) const
{
    return settings.setJson(settingsKey(), toJson());
}

} // namespace rapport::scoring
