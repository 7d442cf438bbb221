#pragma once

#include "ImportRecords.h"
#include "OwnerIdentity.h"
#include "db/NativeStatement.h"

#include <QHash>

#include <functional>
#include <memory>
#include <unordered_set>
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
    /// For a bulk import that has dropped the unique index on messages.external_key (and builds
    /// it again at its end): tells stored and repeated messages apart in memory instead, starting
    /// from the keys already stored. `expected`: stored plus incoming messages, to size the set once.
    bool keepKeysInMemory(qint64 expected);
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
    bool fail(const db::NativeStatement& q);
    /// A batch string as UTF-8, converted once per file (senders and folders repeat thousands of
    /// times). The reference stays valid until the next file: the cache is sized once per file.
    const QByteArray& utf8(const MessageBatch& batch, int index);
    /// When the message was sent, as the local ISO time every timestamp column uses.
    QByteArray localIso(const MessageRecord& m);

    db::Database& m_db;
    qint64 m_batchId;
    ChangeLog& m_changes;
    const ContactWriter& m_contacts;
    qint64 m_gapSecs;
    QString m_now;
    QString m_error;
    QHash<QString, Existing> m_conversations; ///< external_id → row

    /// A message key's 128 bits ("li:" and 32 hex digits, or a digest of any other key).
    struct Key
    {
        quint64 hi = 0;
        quint64 lo = 0;
        bool operator==(const Key&) const = default;
    };
    struct KeyHash
    {
        std::size_t operator()(const Key& k) const noexcept { return std::size_t(k.lo ^ (k.hi >> 7)); }
    };
    static Key keyBits(QByteArrayView key);
    std::unique_ptr<std::unordered_set<Key, KeyHash>> m_keys; ///< set by keepKeysInMemory()

    QByteArray m_nowUtf8;
    // On SQLite's own handle: 200,000 messages in 50,000 conversations are a quarter of a million
    // statements, and Qt's per-value QVariant binding was a third of the import's time.
    db::NativeStatement m_insertConversation;
    db::NativeStatement m_updateConversation;
    db::NativeStatement m_insertMessage;
    db::NativeStatement m_linkContact;
    std::vector<QByteArray> m_utf8;
    std::vector<bool> m_utf8Done;
    QHash<qint64, int> m_offsetByDay; ///< UTC day → the local zone's offset that whole day (or kMixedDay)
};

} // namespace rapport::importers
