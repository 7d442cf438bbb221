#pragma once

#include "SyncJob.h"
#include "SyncStateStore.h"

#include <QSet>

namespace rapport::db {
class Database;
}

namespace rapport::sync {

/// Publishes follow-ups as VTODOs to a CalDAV calendar, one resource per follow-up
/// (UID = followups.uid, DUE;VALUE=DATE, SUMMARY "Name: reason", STATUS, COMPLETED when done;
/// written by reports::calendar::writeVTodo). One way: Rapport owns its follow-ups. Changed ones
/// are PUT (If-Match / If-None-Match: *), removed ones and those of trashed contacts DELETEd.
/// A 412 means someone edited the to-do in a calendar app: their version goes to
/// sync_conflicts, then Rapport's is written over it.
class FollowUpPublisher : public SyncJob
{
    Q_OBJECT
public:
    FollowUpPublisher(db::Database& db, DavClient& client, SyncStateStore& state, const SyncAccount& account,
                      SyncSummary& summary, QObject* parent = nullptr);
    void start();

private:
    struct Todo
    {
        QString uid;
        QByteArray ics;
        QString hash;
    };

    void put(const Todo& todo, const QString& href, const QString& ifMatch);
    void remove(const SyncItem& item);
    void refetchAndOverwrite(const Todo& todo, const QString& href);
    QUrl urlFor(const QString& key) const;

    db::Database& m_db;
    SyncStateStore& m_state;
    SyncAccount m_account;
    SyncSummary& m_summary;
    QSet<QString> m_retried;
};

} // namespace rapport::sync
