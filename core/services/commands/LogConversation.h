#pragma once

#include "UndoCommand.h"
#include "model/Conversation.h"
#include "model/FollowUp.h"

namespace rapport {

/// Logs a conversation. ConversationStore::add also creates the next-step follow-up and closes
/// open keep-in-touch reminders; undo removes both and reopens exactly those reminders.
class LogConversation : public UndoCommand
{
public:
    explicit LogConversation(const Conversation& conversation);
    qint64 conversationId() const { return m_conversation.id; }

protected:
    Status doUndo() override;
    Status doRedo() override;

private:
    Conversation m_conversation;
    QList<FollowUp> m_openBefore;
};

} // namespace rapport
