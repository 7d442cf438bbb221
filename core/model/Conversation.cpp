#include "Conversation.h"

#include <QCoreApplication>

namespace rapport {

QString conversationKindKey(ConversationKind kind)
{
    switch (kind) {
    case ConversationKind::Meeting:
        return QStringLiteral("meeting");
    case ConversationKind::Call:
        return QStringLiteral("call");
    case ConversationKind::Video:
        return QStringLiteral("video");
    case ConversationKind::Message:
        return QStringLiteral("message");
    case ConversationKind::Email:
        return QStringLiteral("email");
    case ConversationKind::Event:
        return QStringLiteral("event");
    }
    return {};
}

QString conversationKindName(ConversationKind kind)
{
    switch (kind) {
    case ConversationKind::Meeting:
        return QCoreApplication::translate("ConversationKind", "Meeting");
    case ConversationKind::Call:
        return QCoreApplication::translate("ConversationKind", "Call");
    case ConversationKind::Video:
        return QCoreApplication::translate("ConversationKind", "Video call");
    case ConversationKind::Message:
        return QCoreApplication::translate("ConversationKind", "Message");
    case ConversationKind::Email:
        return QCoreApplication::translate("ConversationKind", "E-mail");
    case ConversationKind::Event:
        return QCoreApplication::translate("ConversationKind", "Event");
    }
    return {};
}

QList<ConversationKind> allConversationKinds()
{
    return {ConversationKind::Meeting, ConversationKind::Call,  ConversationKind::Video,
            ConversationKind::Message, ConversationKind::Email, ConversationKind::Event};
}

ConversationKind conversationKindFromKey(const QString& key, bool* ok)
{
    const QString k = key.trimmed().toLower();
    for (const auto kind : allConversationKinds()) {
        if (k == conversationKindKey(kind)) {
            if (ok != nullptr) {
                *ok = true;
            }
            return kind;
        }
    }
    if (ok != nullptr) {
        *ok = false;
    }
    return ConversationKind::Meeting;
}

QString initiatorKey(Initiator who)
{
    switch (who) {
    case Initiator::Me:
        return QStringLiteral("me");
    case Initiator::Them:
        return QStringLiteral("them");
    case Initiator::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

Initiator initiatorFromKey(const QString& key)
{
    if (key == QLatin1String("me")) {
        return Initiator::Me;
    }
    if (key == QLatin1String("them")) {
        return Initiator::Them;
    }
    return Initiator::Unknown;
}

} // namespace rapport
