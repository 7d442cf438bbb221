#pragma once

#include "SyncStateStore.h"
#include "VCardCodec.h"
#include "util/Result.h"

#include <QHash>
#include <QSet>

namespace rapport::db {
class Database;
}

namespace rapport::sync {

/// The local half of contact sync for one account: what each contact looks like now, what was
/// last synced, and the writes that keep both in step. Every write puts the contact and its
/// sync_items row in one transaction, so an interrupted sync never leaves one without the other.
class LocalContacts
{
public:
    LocalContacts(db::Database& db, SyncStateStore& state, qint64 accountId);

    Status load();

    bool exists(const QString& uid) const { return m_contacts.contains(uid); }
    bool isTrashed(const QString& uid) const;
    bool isTombstoned(const QString& uid) const { return m_tombstones.contains(uid); }
    /// Not in the Trash, and new or edited since the last sync.
    bool isChanged(const QString& uid) const;
    const Contact* contact(const QString& uid) const;
    QString hash(const QString& uid) const { return m_hashes.value(uid); }
    const SyncItem* item(const QString& uid) const;
    QString uidForHref(const QString& href) const { return m_byHref.value(href); }
    QStringList uids() const { return m_contacts.keys(); }
    QStringList tombstones() const { return QStringList(m_tombstones.begin(), m_tombstones.end()); }

    /// The card to send: the contact, its score, and the unknown lines of the server's card.
    QByteArray encode(const QString& uid, const DecodedCard* serverCard) const;

    /// Creates or updates the contact from a server card (restoring it from the Trash when
    /// restore is set) and records the server's href and ETag.
    Status applyRemote(const QString& href, const QString& etag, const DecodedCard& card, bool restore);
    /// A deletion on the server: the contact goes to the Trash (restorable), the item is dropped.
    Status trashFromServer(const QString& uid);
    /// Records that the server now holds what we have (after a PUT or an identical card).
    Status link(const QString& uid, const QString& href, const QString& etag, const QString& hash);
    /// Forgets the server copy (after a DELETE, or when the server lost it); drops a finished tombstone.
    Status forget(const QString& uid);
    Status recordConflict(const QString& uid, const QByteArray& localCard, const QByteArray& remoteCard,
                          const char* resolution);

private:
    Status writeScore(qint64 contactId, const CardExtras& extras);
    Status reload(const QString& uid);

    db::Database& m_db;
    SyncStateStore& m_state;
    qint64 m_accountId;
    QHash<QString, Contact> m_contacts; ///< by uid, Trash included
    QHash<QString, QString> m_hashes;
    QHash<QString, SyncItem> m_items;
    QHash<QString, QString> m_byHref;
    QSet<QString> m_tombstones;
};

} // namespace rapport::sync
