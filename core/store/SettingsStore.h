#pragma once

#include "model/UserProfile.h"
#include "util/Result.h"

#include <QJsonObject>
#include <QVariant>

namespace rapport::db {
class Database;
}

namespace rapport {

/// Settings that belong to the data, not the machine (stored in the database so they travel
/// with it): the user's profile and target market, scoring weights, default cadences.
class SettingsStore
{
public:
    explicit SettingsStore(db::Database& db);

    QString value(const QString& key, const QString& fallback = QString());
    Status setValue(const QString& key, const QString& value);
    QJsonObject json(const QString& key);
    Status setJson(const QString& key, const QJsonObject& value);

    UserProfile profile();
    Status setProfile(const UserProfile& profile);

private:
    db::Database& m_db;
};

} // namespace rapport
