#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace rapport {

/// How a conversation happened; deeper channels say more about a tie (meeting > call > video > message).
enum class ConversationKind { Meeting, Call, Video, Message, Email, Event };
QString conversationKindKey(ConversationKind kind);
QString conversationKindName(ConversationKind kind);
ConversationKind conversationKindFromKey(const QString& key, bool* ok = nullptr);
QList<ConversationKind> allConversationKinds();

enum class Initiator { Me, Them, Unknown };
QString initiatorKey(Initiator who);
Initiator initiatorFromKey(const QString& key);

/// A real conversation with one or more contacts: a call, a meeting, a message thread.
struct Conversation
{
    qint64 id = 0;
    QString uid;
    QDateTime happenedAt;
    ConversationKind kind = ConversationKind::Meeting;
    Initiator initiatedBy = Initiator::Unknown;
    int durationMinutes = 0;
    QString summary;
    bool twoWay = true; ///< a real exchange both ways, not a one-way blast
    QString nextStep;
    QDate nextStepDue;
    QString source = QStringLiteral("manual");
    QString externalId;
    int messageCount = 0;
    qint64 batchId = 0;
    QList<qint64> contactIds;
};

} // namespace rapport
