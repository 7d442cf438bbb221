#include "CadencePolicy.h"

#include "store/SettingsStore.h"

#include <QCoreApplication>

namespace rapport::followups {

namespace {
const QString kIdeal = QStringLiteral("ideal");
const QString kMax = QStringLiteral("max");
} // namespace

CadenceStatus evaluateCadence(const Cadence& cadence, const QDate& anchor, const QDate& day)
{
    CadenceStatus s;
    if (!cadence.isSet() || !anchor.isValid() || !day.isValid()) {
        return s;
    }
    const int maxDays = std::max(cadence.maxDays, cadence.idealDays);
    s.dueOn = anchor.addDays(cadence.idealDays);
    s.overdueOn = anchor.addDays(maxDays);
    s.daysSince = static_cast<int>(anchor.daysTo(day));
    if (day >= s.overdueOn) {
        s.state = CadenceStatus::State::Overdue;
    } else if (day >= s.dueOn) {
        s.state = CadenceStatus::State::Due;
    } else {
        s.state = CadenceStatus::State::NotYet;
    }
    return s;
}

QStringList CadencePolicy::tierKeys()
{
    return {QStringLiteral("champion"), QStringLiteral("inner"), QStringLiteral("active"), QStringLiteral("dormant"),
            QStringLiteral("collected")};
}

QString CadencePolicy::tierName(const QString& tierKey)
{
    if (tierKey == QLatin1String("champion")) {
        return QCoreApplication::translate("FollowUps", "Champion");
    }
    if (tierKey == QLatin1String("inner")) {
        return QCoreApplication::translate("FollowUps", "Inner circle");
    }
    if (tierKey == QLatin1String("active")) {
        return QCoreApplication::translate("FollowUps", "Active");
    }
    if (tierKey == QLatin1String("dormant")) {
        return QCoreApplication::translate("FollowUps", "Dormant");
    }
    if (tierKey == QLatin1String("collected")) {
        return QCoreApplication::translate("FollowUps", "Collected");
    }
    return QCoreApplication::translate("FollowUps", "Not scored yet");
}

QHash<QString, Cadence> CadencePolicy::builtInDefaults()
{
    return {
        {QStringLiteral("champion"), {30, 60}}, {QStringLiteral("inner"), {45, 90}},
        {QStringLiteral("active"), {90, 180}},  {QStringLiteral("dormant"), {180, 365}},
        {QStringLiteral("collected"), {0, 0}},
    };
}

Status CadencePolicy::validate(const Cadence& c)
{
    if (c.idealDays < 0 || c.maxDays < 0) {
        return Status::fail(QCoreApplication::translate("FollowUps", "An interval cannot be negative."));
    }
    if (c.idealDays > 0 && c.maxDays > 0 && c.maxDays < c.idealDays) {
        return Status::fail(
            QCoreApplication::translate("FollowUps", "The maximum interval cannot be shorter than the ideal one."));
    }
    if (c.idealDays > 3660 || c.maxDays > 3660) {
        return Status::fail(QCoreApplication::translate("FollowUps", "An interval cannot be longer than ten years."));
    }
    return Status::ok();
}

CadencePolicy::CadencePolicy(db::Database& db) : m_defaults(builtInDefaults())
{
    SettingsStore settings(db);
    const auto stored = fromJson(settings.json(settingsKey()));
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        if (validate(it.value())) {
            m_defaults.insert(it.key(), it.value());
        }
    }
}

CadencePolicy::CadencePolicy(QHash<QString, Cadence> defaults) : m_defaults(std::move(defaults)) {}

Cadence CadencePolicy::defaultFor(const QString& tierKey) const
{
    return m_defaults.value(tierKey);
}

Status CadencePolicy::setDefaults(db::Database& db, const QHash<QString, Cadence>& defaults)
{
    for (auto it = defaults.cbegin(); it != defaults.cend(); ++it) {
        if (!tierKeys().contains(it.key())) {
            return Status::fail(QCoreApplication::translate("FollowUps", "There is no tier called %1.").arg(it.key()));
        }
        if (auto s = validate(it.value()); !s) {
            return Status::fail(QStringLiteral("%1: %2").arg(tierName(it.key()), s.error()));
        }
    }
    QHash<QString, Cadence> merged = m_defaults;
    for (auto it = defaults.cbegin(); it != defaults.cend(); ++it) {
        merged.insert(it.key(), it.value());
    }
    SettingsStore settings(db);
    if (auto s = settings.setJson(settingsKey(), toJson(merged)); !s) {
        return s;
    }
    m_defaults = std::move(merged);
    return Status::ok();
}

Cadence CadencePolicy::resolve(const QString& tierKey, int contactIdealDays, int contactMaxDays) const
{
    const Cadence tier = defaultFor(tierKey);
    const int ownIdeal = std::max(contactIdealDays, 0);
    const int ownMax = std::max(contactMaxDays, 0);
    Cadence c;
    if (ownIdeal > 0) {
        c.idealDays = ownIdeal;
        // Keep the tier's ratio between ideal and maximum when only the ideal was customised.
        const double ratio =
            tier.isSet() && tier.maxDays >= tier.idealDays ? double(tier.maxDays) / tier.idealDays : 2.0;
        c.maxDays = ownMax > 0 ? ownMax : static_cast<int>(std::lround(ownIdeal * ratio));
    } else if (ownMax > 0) {
        c.maxDays = ownMax;
        c.idealDays = tier.isSet() ? std::min(tier.idealDays, ownMax) : std::max(1, ownMax / 2);
    } else {
        c = tier;
    }
    if (c.isSet() && c.maxDays < c.idealDays) {
        c.maxDays = c.idealDays;
    }
    return c;
}

QJsonObject CadencePolicy::toJson(const QHash<QString, Cadence>& defaults)
{
    QJsonObject o;
    for (auto it = defaults.cbegin(); it != defaults.cend(); ++it) {
        o.insert(it.key(), QJsonObject{{kIdeal, it.value().idealDays}, {kMax, it.value().maxDays}});
    }
    return o;
}

QHash<QString, Cadence> CadencePolicy::fromJson(const QJsonObject& json)
{
    QHash<QString, Cadence> out;
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        const QJsonObject o = it.value().toObject();
        if (!o.contains(kIdeal)) {
            continue;
        }
        out.insert(it.key(), {o.value(kIdeal).toInt(), o.value(kMax).toInt()});
    }
    return out;
}

} // namespace rapport::followups
