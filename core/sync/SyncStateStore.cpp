#include "SyncStateStore.h"

#include "db/Database.h"
#include "db/SqlQuery.h"
#include "util/Clock.h"

#include <QCoreApplication>

namespace rapport::sync {

using db::SqlQuery;

namespace {

QString coll(const char* collection)
{
    return QString::fromLatin1(collection);
}

const QString kAccountColumns = QStringLiteral("SELECT id, server_url, username, addressbook_url, calendar_url, "
                                               "addressbook_token, calendar_token, last_sync_at FROM sync_accounts ");

SyncAccount accountFromRow(SqlQuery& q)
{
    SyncAccount a;
    a.id = q.int64(0);
    a.serverUrl = QUrl(q.string(1));
    a.username = q.string(2);
    a.addressbookUrl = QUrl(q.string(3));
    a.calendarUrl = QUrl(q.string(4));
    a.addressbookToken = q.string(5);
    a.calendarToken = q.string(6);
    a.lastSyncAt = q.string(7);
    return a;
}

} // namespace

SyncStateStore::SyncStateStore(db::Database& db) : m_db(db) {}

Result<SyncAccount> SyncStateStore::account(const QUrl& serverUrl, const QString& username)
{
    const QString url = serverUrl.toString(QUrl::FullyEncoded);
    for (int attempt = 0; attempt < 2; ++attempt) {
        SqlQuery q(m_db, kAccountColumns + QStringLiteral("WHERE server_url=? AND username=?"));
        q.bindAll({url, username});
        if (!q.exec()) {
            return Result<SyncAccount>::fail(
                QCoreApplication::translate("Sync", "Cannot read the sync account: %1").arg(q.error()));
        }
        if (q.next()) {
            return Result<SyncAccount>::ok(accountFromRow(q));
        }
        if (auto s = db::exec(m_db, QStringLiteral("INSERT INTO sync_accounts (server_url, username) VALUES (?,?)"),
                              {url, username});
            !s) {
            return Result<SyncAccount>::fail(
                QCoreApplication::translate("Sync", "Cannot save the sync account: %1").arg(s.error()));
        }
    }
    return Result<SyncAccount>::fail(QCoreApplication::translate("Sync", "Cannot save the sync account."));
}

Status SyncStateStore::saveAccount(const SyncAccount& a)
{
    return db::exec(m_db,
                    QStringLiteral("UPDATE sync_accounts SET addressbook_url=?, calendar_url=?, addressbook_token=?, "
                                   "calendar_token=?, last_sync_at=? WHERE id=?"),
                    {a.addressbookUrl.toString(QUrl::FullyEncoded), a.calendarUrl.toString(QUrl::FullyEncoded),
                     a.addressbookToken, a.calendarToken, db::nullIfEmpty(a.lastSyncAt), a.id});
}

Result<QList<SyncAccount>> SyncStateStore::accounts()
{
    SqlQuery q(m_db, kAccountColumns + QStringLiteral("ORDER BY id"));
    if (!q.exec()) {
        return Result<QList<SyncAccount>>::fail(q.error());
    }
    QList<SyncAccount> out;
    while (q.next()) {
        out << accountFromRow(q);
    }
    return Result<QList<SyncAccount>>::ok(out);
}

Result<QHash<QString, SyncItem>> SyncStateStore::items(qint64 accountId, const char* collection)
{
    SqlQuery q(m_db, QStringLiteral("SELECT local_uid, href, etag, local_hash FROM sync_items "
                                    "WHERE account_id=? AND collection=?"));
    q.bindAll({accountId, coll(collection)});
    if (!q.exec()) {
        return Result<QHash<QString, SyncItem>>::fail(
            QCoreApplication::translate("Sync", "Cannot read the sync state: %1").arg(q.error()));
    }
    QHash<QString, SyncItem> out;
    while (q.next()) {
        out.insert(q.string(0), SyncItem{q.string(0), q.string(1), q.string(2), q.string(3)});
    }
    return Result<QHash<QString, SyncItem>>::ok(out);
}

Status SyncStateStore::putItem(qint64 accountId, const char* collection, const SyncItem& item)
{
    return db::exec(m_db,
                    QStringLiteral("INSERT OR REPLACE INTO sync_items (account_id, collection, local_uid, href, etag, "
                                   "local_hash) VALUES (?,?,?,?,?,?)"),
                    {accountId, coll(collection), item.localUid, item.href, item.etag, item.localHash});
}

Status SyncStateStore::removeItem(qint64 accountId, const char* collection, const QString& localUid)
{
    return db::exec(m_db, QStringLiteral("DELETE FROM sync_items WHERE account_id=? AND collection=? AND local_uid=?"),
                    {accountId, coll(collection), localUid});
}

Status SyncStateStore::recordConflict(qint64 accountId, const QString& localUid, const QString& localData,
                                      const QString& remoteData, const char* resolution)
{
    return db::exec(m_db,
                    QStringLiteral("INSERT INTO sync_conflicts (account_id, local_uid, local_data, remote_data, "
                                   "resolution, created_at) VALUES (?,?,?,?,?,?)"),
                    {accountId, localUid, localData, remoteData, QString::fromLatin1(resolution), Clock::isoNow()});
}

Result<QList<SyncConflict>> SyncStateStore::conflicts(qint64 accountId)
{
    SqlQuery q(m_db, QStringLiteral("SELECT id, account_id, local_uid, local_data, remote_data, resolution, "
                                    "created_at FROM sync_conflicts WHERE ?=0 OR account_id=? ORDER BY id DESC"));
    q.bindAll({accountId, accountId});
    if (!q.exec()) {
        return Result<QList<SyncConflict>>::fail(q.error());
    }
    QList<SyncConflict> out;
    while (q.next()) {
        out << SyncConflict{q.int64(0), q.int64(1), q.string(2), q.string(3), q.string(4), q.string(5), q.string(6)};
    }
    return Result<QList<SyncConflict>>::ok(out);
}

Status SyncStateStore::dismissConflict(qint64 conflictId)
{
    return db::exec(m_db, QStringLiteral("DELETE FROM sync_conflicts WHERE id=?"), {conflictId});
}

Result<QStringList> SyncStateStore::tombstones(const char* collection)
{
    SqlQuery q(m_db, QStringLiteral("SELECT local_uid FROM sync_tombstones WHERE collection=?"));
    q.bind(coll(collection));
    if (!q.exec()) {
        return Result<QStringList>::fail(q.error());
    }
    QStringList out;
    while (q.next()) {
        out << q.string(0);
    }
    return Result<QStringList>::ok(out);
}

Status SyncStateStore::dropTombstoneIfDone(const char* collection, const QString& localUid)
{
    return db::exec(m_db,
                    QStringLiteral("DELETE FROM sync_tombstones WHERE collection=? AND local_uid=? AND NOT EXISTS "
                                   "(SELECT 1 FROM sync_items WHERE collection=? AND local_uid=?)"),
                    {coll(collection), localUid, coll(collection), localUid});
}

Status SyncStateStore::dropTombstone(const char* collection, const QString& localUid)
{
    return db::exec(m_db, QStringLiteral("DELETE FROM sync_tombstones WHERE collection=? AND local_uid=?"),
                    {coll(collection), localUid});
}

} // namespace rapport::sync
