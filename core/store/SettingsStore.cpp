#include "SettingsStore.h"

#include "db/Database.h"
#include "db/SqlQuery.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace rapport {

SettingsStore::SettingsStore(db::Database& db) : m_db(db) {}

QString SettingsStore::value(const QString& key, const QString& fallback)
{
    const QVariant v = db::scalar(m_db, QStringLiteral("SELECT value FROM settings WHERE key=?"), {key});
    return v.isValid() ? v.toString() : fallback;
}

Status SettingsStore::setValue(const QString& key, const QString& value)
{
    auto s = db::exec(m_db,
                      QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE "
                                     "SET value=excluded.value"),
                      {key, value});
    if (s) {
        m_db.notifyChanged(db::Entity::Settings);
    }
    return s;
}

QJsonObject SettingsStore::json(const QString& key)
{
    return QJsonDocument::fromJson(value(key).toUtf8()).object();
}

Status SettingsStore::setJson(const QString& key, const QJsonObject& value)
{
    return setValue(key, QString::fromUtf8(QJsonDocument(value).toJson(QJsonDocument::Compact)));
}

namespace {
QStringList toStrings(const QJsonValue& v)
{
    QStringList out;
    for (const auto& item : v.toArray()) {
        out << item.toString();
    }
    return out;
}
} // namespace

UserProfile SettingsStore::profile()
{
    const QJsonObject o = json(QStringLiteral("profile"));
    UserProfile p;
    p.name = o.value(QStringLiteral("name")).toString();
    p.linkedinUrl = o.value(QStringLiteral("linkedinUrl")).toString();
    p.headline = o.value(QStringLiteral("headline")).toString();
    p.industries = toStrings(o.value(QStringLiteral("industries")));
    p.roles = toStrings(o.value(QStringLiteral("roles")));
    p.companies = toStrings(o.value(QStringLiteral("companies")));
    p.regions = toStrings(o.value(QStringLiteral("regions")));
    return p;
}

Status SettingsStore::setProfile(const UserProfile& p)
{
    return setJson(QStringLiteral("profile"),
                   QJsonObject{{QStringLiteral("name"), p.name},
                               {QStringLiteral("linkedinUrl"), p.linkedinUrl},
                               {QStringLiteral("headline"), p.headline},
                               {QStringLiteral("industries"), QJsonArray::fromStringList(p.industries)},
                               {QStringLiteral("roles"), QJsonArray::fromStringList(p.roles)},
                               {QStringLiteral("companies"), QJsonArray::fromStringList(p.companies)},
                               {QStringLiteral("regions"), QJsonArray::fromStringList(p.regions)}});
}

} // namespace rapport
