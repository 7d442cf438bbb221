#include "Contact.h"

#include <QCoreApplication>

namespace rapport {

QString championStageName(ChampionStage stage)
{
    switch (stage) {
    case ChampionStage::Connection:
        return QCoreApplication::translate("ChampionStage", "Connection");
    case ChampionStage::Conversation:
        return QCoreApplication::translate("ChampionStage", "Conversation");
    case ChampionStage::Relationship:
        return QCoreApplication::translate("ChampionStage", "Relationship");
    case ChampionStage::Champion:
        return QCoreApplication::translate("ChampionStage", "Champion");
    }
    return {};
}

QString championStageKey(ChampionStage stage)
{
    switch (stage) {
    case ChampionStage::Connection:
        return QStringLiteral("connection");
    case ChampionStage::Conversation:
        return QStringLiteral("conversation");
    case ChampionStage::Relationship:
        return QStringLiteral("relationship");
    case ChampionStage::Champion:
        return QStringLiteral("champion");
    }
    return {};
}

ChampionStage championStageFromKey(const QString& key, bool* ok)
{
    const QString k = key.trimmed().toLower();
    for (int i = 0; i <= 3; ++i) {
        const auto s = static_cast<ChampionStage>(i);
        if (k == championStageKey(s)) {
            if (ok != nullptr) {
                *ok = true;
            }
            return s;
        }
    }
    if (ok != nullptr) {
        *ok = false;
    }
    return ChampionStage::Connection;
}

QString Contact::name() const
{
    if (!displayName.trimmed().isEmpty()) {
        return displayName.trimmed();
    }
    const QString joined = QStringList{firstName.trimmed(), lastName.trimmed()}.join(QLatin1Char(' ')).trimmed();
    if (!joined.isEmpty()) {
        return joined;
    }
    if (!emails.isEmpty()) {
        return emails.first().value;
    }
    return company;
}

void Contact::deriveDisplayName()
{
    if (displayName.trimmed().isEmpty()) {
        displayName = name();
    }
}

} // namespace rapport
