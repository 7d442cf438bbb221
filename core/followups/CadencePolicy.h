#pragma once

#include "util/Result.h"

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QStringList>

namespace rapport::db {
class Database;
}

namespace rapport::followups {

/// How often to be in touch with someone: a reminder is due at the ideal interval and overdue at
/// the maximum. Zero ideal days means no keep-in-touch reminders.
struct Cadence
{
    int idealDays = 0;
    int maxDays = 0;

    bool isSet() const { return idealDays > 0; }
    bool operator==(const Cadence&) const = default;
};

/// Where one contact's keep-in-touch clock stands on a given day.
struct CadenceStatus
{
    enum class State { None, NotYet, Due, Overdue };
    State state = State::None;
    QDate dueOn;     ///< anchor + ideal interval
    QDate overdueOn; ///< anchor + maximum interval
    int daysSince = 0;
};

/// Pure rule: with the clock last reset on `anchor`, is a reminder due on `day`?
CadenceStatus evaluateCadence(const Cadence& cadence, const QDate& anchor, const QDate& day);

/// Per-tier default cadences (settings key "cadence.defaults", JSON {"champion": {"ideal": 30,
/// "max": 60}, ...}) and the rule that a contact's own cadence wins over its tier's. The Settings
/// dialog edits the defaults through defaults()/setDefaults().
class CadencePolicy
{
public:
    static QString settingsKey() { return QStringLiteral("cadence.defaults"); }
    /// "champion", "inner", "active", "dormant", "collected" (best first).
    static QStringList tierKeys();
    /// Translated tier name for people ("Champion", "Inner circle", ...).
    static QString tierName(const QString& tierKey);
    /// Champion 30/60 days, inner 45/90, active 90/180, dormant 180/365, collected none.
    static QHash<QString, Cadence> builtInDefaults();
    /// Refuses negative values and a maximum shorter than the ideal.
    static Status validate(const Cadence& cadence);

    /// Reads the stored defaults (built-ins for tiers not stored).
    explicit CadencePolicy(db::Database& db);
    /// Policy over given defaults, without a database (tests, previews in the Settings dialog).
    explicit CadencePolicy(QHash<QString, Cadence> defaults);

    const QHash<QString, Cadence>& defaults() const { return m_defaults; }
    Cadence defaultFor(const QString& tierKey) const;
    /// Validates and stores every tier's default; the policy object is updated too.
    Status setDefaults(db::Database& db, const QHash<QString, Cadence>& defaults);
    Status resetToBuiltIn(db::Database& db) { return setDefaults(db, builtInDefaults()); }

    /// The cadence that applies to a contact: its own ideal/maximum (0 = not set) over its tier's.
    /// An unknown or empty tier (not scored yet) has no default, like "collected".
    Cadence resolve(const QString& tierKey, int contactIdealDays, int contactMaxDays) const;

    static QJsonObject toJson(const QHash<QString, Cadence>& defaults);
    static QHash<QString, Cadence> fromJson(const QJsonObject& json);

private:
    QHash<QString, Cadence> m_defaults;
};

} // namespace rapport::followups
