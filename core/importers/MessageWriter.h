#pragma once

#include "ImportRecords.h"
#include "OwnerIdentity.h"
#include "db/SqlQuery.h"

#include <QHash>

#include <functional>
#include <vector>

namespace rapport::db {
class Database;
}

namespace rapport::importers {

class ChangeLog;
class ContactWriter;

/// Turns LinkedIn messages into conversations. A thread is split into separate conversations
/// wherever two messages are more than `gapDays` apart, so "how often do we talk" counts real
/// exchanges, not one thread that has been open for years. Each conversation is linked to the
/// contacts taking part (by percent-decoded profile URL, else by an unambiguous exact name).
/// Re-importing finds conversations by (source, external_id) and messages by external_key.
class MessageWriter
{
public:
    struct Counts
    {
        int added = 0;     ///< messages written
        int unchanged = 0; ///< messages already in the database
        int conversations = 0;
        int updatedConversations = 0;
    };

    MessageWriter(db::Database& db, qint64 batchId, ChangeLog& changes, const ContactWriter& contacts, int gapDays);

    bool load();
    /// Writes one file's messages; `tick` is called per message and returns false to stop (cancel).
    bool write(const MessageBatch& messages, const OwnerIdentity& owner, Counts& counts,
               const std::function<bool()>& tick);
    const QString& error() const { return m_error; }

private:
    struct Existing
    {
        qint64 id = 0;
        int messageCount = 0;
        bool twoWay = false;
        QString initiatedBy;
        QString happenedAt;
        QString updatedAt;
        bool insertedByBatch = false;
        bool updateLogged = false; ///< a pre-existing row's previous values are already in import_changes
    };

    bool writeSession(const MessageBatch& batch, const std::vector<const MessageRecord*>& session,
                      const OwnerIdentity& owner, Counts& counts, const std::function<bool()>& tick);
    QList<qint64> participants(const MessageBatch& batch, const std::vector<const MessageRecord*>& session,
                               const OwnerIdentity& owner) const;
    bool fail(const db::SqlQuery& q);

    db::Database& m_db;
    qint64 m_batchId;
    ChangeLog& m_changes;
    const ContactWriter& m_contacts;
    qint64 m_gapSecs;
    QString m_now;
    QString m_error;
    QHash<QString, Existing> m_conversations; ///< external_id → row

    db::SqlQuery m_insertConversation;
    db::SqlQuery m_updateConversation;
    db::SqlQuery m_insertMessage;
    db::SqlQuery m_linkContact;
};

} // namespace rapport::importers
