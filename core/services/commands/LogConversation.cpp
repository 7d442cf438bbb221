#include "LogConversation.h"

#include "db/Database.h"
#include "db/SqlQuery.h"
#include "db/Transaction.h"
#include "store/ConversationStore.h"
#include "store/FollowUpStore.h"

#include <QCoreApplication>

namespace rapport {

LogConversation::LogConversation(const Conversation& conversation)
    : UndoCommand(
          QCoreApplication::translate("LogConversation", "Log %1").arg(conversationKindName(conversation.kind))),
      m_conversation(conversation)
{}

Status LogConversation::doRedo()
{
    FollowUpStore followUps(database());
    m_openBefore.clear();
    for (const qint64 contactId : std::as_const(m_conversation.contactIds)) {
        auto open = followUps.forContact(contactId, true);
        if (!open) {
            return Status::fail(open.error());
        }
        m_openBefore += open.value();
    }
    m_conversation.id = 0;
    return Status::from(ConversationStore(database()).add(m_conversation));
}

Status LogConversation::doUndo()
{
    db::Database& db = database();
    db::Transaction tx(db);
    // The follow-ups the next step created point at the conversation; they go with it.
    if (auto s = db::exec(db, QStringLiteral("DELETE FROM followups WHERE conversation_id=? AND origin='next_step'"),
                          {m_conversation.id});
        !s) {
        return s;
    }
    if (auto s = ConversationStore(db).remove(m_conversation.id); !s) {
        return s;
    }
    FollowUpStore followUps(db);
    for (const FollowUp& f : std::as_const(m_openBefore)) {
        if (auto s = followUps.restore(f); !s) {
            return s;
        }
    }
    if (!tx.commit()) {
        return Status::fail(QCoreApplication::translate("LogConversation", "The database refused the change."));
    }
    return Status::ok();
}

} // namespace rapport
