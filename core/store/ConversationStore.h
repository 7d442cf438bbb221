#pragma once

#include "model/Conversation.h"
#include "util/Result.h"

namespace rapport::db {
class Database;
}

namespace rapport {

/// Conversations and who took part. Logging one with a next step and a date also creates
/// the follow-up; logging any conversation resets the contacts' keep-in-touch clock.
class ConversationStore
{
public:
    explicit ConversationStore(db::Database& db);

    /// Inserts (id, uid filled in). Needs at least one contact and a valid date.
    Result<qint64> add(Conversation& conversation);
    Result<Conversation> get(qint64 id);
    Status update(const Conversation& conversation);
    Status remove(qint64 id);
    /// Newest first.
    Result<QList<Conversation>> forContact(qint64 contactId, int limit = -1);
    /// Moves every conversation of one contact to another (merging contacts).
    Status reassign(qint64 fromContactId, qint64 toContactId);

private:
    db::Database& m_db;
};

} // namespace rapport
