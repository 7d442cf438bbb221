#pragma once

#include "SyncTypes.h"
#include "util/Result.h"

#include <QHash>
#include <QList>
#include <QUrl>

namespace rapport::db {
class Database;
}

namespace rapport::sync {

/// One server and user this database syncs with (table sync_accounts).
struct SyncAccount
{
    qint64 id = 0;
    QUrl serverUrl;
    QString username;
    QUrl addressbookUrl; ///< empty until discovery found or made one
    QUrl calendarUrl;
    QString addressbookToken; ///< RFC 6578 sync-token of the last complete pull
    QString calendarToken;
    QString lastSyncAt;
};

/// What was last synced for one local item (table sync_items).
struct SyncItem
{
    QString localUid;
    QString href;      ///< decoded path on the server
    QString etag;      ///< the server's ETag when we last read or wrote it
    QString localHash; ///< hash::contact()/hash::followUp() of what was synced
};

/// Collections in sync_items.collection.
inline const char* const kContactsCollection = "contacts";
inline const char* const kFollowUpsCollection = "followups";

/// Sync bookkeeping: accounts, per-item state, conflicts and tombstones. Bound values only.
class SyncStateStore
{
public:
    explicit SyncStateStore(db::Database& db);

    /// The account for this server and user, created when missing.
    Result<SyncAccount> account(const QUrl& serverUrl, const QString& username);
    Status saveAccount(const SyncAccount& account);
    Result<QList<SyncAccount>> accounts();

    /// Items by local uid.
    Result<QHash<QString, SyncItem>> items(qint64 accountId, const char* collection);
    Status putItem(qint64 accountId, const char* collection, const SyncItem& item);
    Status removeItem(qint64 accountId, const char* collection, const QString& localUid);

    Status recordConflict(qint64 accountId, const QString& localUid, const QString& localData,
                          const QString& remoteData, const char* resolution);
    /// Newest first; accountId 0 lists every account's.
    Result<QList<SyncConflict>> conflicts(qint64 accountId = 0);
    Status dismissConflict(qint64 conflictId);

    /// Local uids purged in this collection and not yet deleted from every server.
    Result<QStringList> tombstones(const char* collection);
    /// Drops the tombstone once no account still has an item for that uid.
    Status dropTombstoneIfDone(const char* collection, const QString& localUid);
    Status dropTombstone(const char* collection, const QString& localUid);

private:
    db::Database& m_db;
};

} // namespace rapport::sync
