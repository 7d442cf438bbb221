#pragma once

#include "LocalContacts.h"
#include "SyncJob.h"

#include <QHash>
#include <QSet>

namespace rapport::sync {

/// One two-way sync of the contacts with a CardDAV address book:
/// 1. server changes by sync-token (RFC 6578), or a full ETag listing when there is no valid
///    token or the server has no sync-collection;
/// 2. changed cards (and the server copies of locally edited ones, whose unknown lines must
///    survive) fetched with addressbook-multiget;
/// 3. each server change applied, unless the contact also changed here: then the newer side
///    (REV against updated_at) wins and the other version goes to sync_conflicts; an edit always
///    beats a deletion;
/// 4. local changes PUT with If-Match (If-None-Match: * for new cards), local deletions DELETEd
///    with If-Match; a 412 means the server changed meanwhile: refetch and decide again.
/// The new sync-token is stored only when everything went through, so an interrupted run repeats
/// from the old one; items already done are recognised by their ETag.
class ContactSync : public SyncJob
{
    Q_OBJECT
public:
    ContactSync(db::Database& db, DavClient& client, SyncStateStore& state, SyncAccount& account, SyncSummary& summary,
                QObject* parent = nullptr);
    ~ContactSync() override;

    void start();

signals:
    void phaseChanged(rapport::sync::SyncState phase);

private:
    struct ServerCard
    {
        QString etag;
        QByteArray data;
    };

    void listChanges(bool allowToken);
    void listByEtag();
    void listed(const QHash<QString, QString>& etags, const QStringList& removed, bool full, const QString& token);
    void fetchNext();
    void reconcile();
    void handleRemoved(const QString& href);
    void handleServerCard(const QString& href, const ServerCard& card);
    void planLocal();
    void putCard(const QString& uid, const QString& href, const QString& ifMatch, const DecodedCard* base);
    void deleteCard(const QString& uid, const SyncItem& item);
    void refetchAfterConflict(const QString& uid, const QString& href);
    void done();
    void itemFailed(const QString& uid, const QString& why);

    QString hrefKey(const QString& href) const;
    QUrl urlFor(const QString& hrefKey) const;
    QString newHrefFor(const QString& uid) const;

    db::Database& m_db;
    SyncStateStore& m_state;
    SyncAccount& m_account;
    SyncSummary& m_summary;
    LocalContacts m_local;

    QHash<QString, QString> m_changedEtags; ///< href -> etag the server reported as changed
    QStringList m_removed;
    QStringList m_toFetch;
    qsizetype m_fetchPos = 0;
    QHash<QString, ServerCard> m_fetched;
    QString m_newToken;
    QSet<QString> m_handled; ///< uids decided in this run
    QSet<QString> m_retried; ///< uids that already hit one 412
    int m_failedHere = 0;
};

} // namespace rapport::sync
