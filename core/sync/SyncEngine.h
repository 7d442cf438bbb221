#pragma once

#include "DavClient.h"
#include "SyncStateStore.h"
#include "SyncTypes.h"
#include "util/Result.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslError>
#include <QUrl>

#include <memory>

namespace rapport::db {
class Database;
}

namespace rapport::sync {

class ContactSync;
class DavDiscovery;
class FollowUpPublisher;
struct DiscoveryResult;

struct SyncOptions
{
    QUrl server; ///< from serverUrlFromInput()
    QString username;
    QString password;              ///< from SyncCredentials; never stored by the engine
    bool publishFollowUps = false; ///< also write follow-ups as VTODOs to a CalDAV calendar
};

/// Two-way CardDAV contact sync and CalDAV follow-up publishing for one database, driven by
/// the event loop: start() returns at once; stateChanged()/progress() report as it goes and
/// finished() says what happened. Being offline is a normal outcome (state Offline), not an
/// error that changes data. A certificate the system does not trust stops the run and is
/// reported through sslErrors(); it is accepted only by an explicit trustCertificates() call.
class SyncEngine : public QObject
{
    Q_OBJECT
public:
    explicit SyncEngine(db::Database& db, QObject* parent = nullptr);
    ~SyncEngine() override;

    /// What the user typed, as a server URL: a bare host gets https://; http:// is kept only
    /// when typed. Invalid (empty QUrl) for anything else.
    static QUrl serverUrlFromInput(const QString& typed);

    void start(const SyncOptions& options);
    /// Stops at once; what was already applied stays (each item is saved whole), the sync-token
    /// is not moved on, so the next run picks up the rest.
    void cancel();
    bool isRunning() const { return m_running; }
    SyncState state() const { return m_summary.state; }
    const SyncSummary& summary() const { return m_summary; }

    /// The user's decision after looking at sslErrors(): accept exactly these certificates.
    void trustCertificates(const QList<QSslCertificate>& certificates);
    QList<QSslError> lastSslErrors() const { return m_sslErrors; }
    /// Per-request timeout (default 60 s).
    void setTimeout(int milliseconds);

    /// Conflicts recorded so far (newest first), for the conflicts view.
    Result<QList<SyncConflict>> conflicts();
    Status dismissConflict(qint64 conflictId);

signals:
    void stateChanged(rapport::sync::SyncState state, const QString& text);
    /// Items done and expected in the current phase; total 0 when not known yet.
    void progress(int done, int total);
    void sslErrors(const QList<QSslError>& errors);
    void finished(const rapport::sync::SyncSummary& summary);

private:
    void setState(SyncState state);
    void discovered(const DiscoveryResult& result);
    void syncContacts();
    void publishFollowUps();
    void stepFinished(NetError error, const QString& message);
    void finish(SyncState state, const QString& message);
    void cleanupJobs();

    db::Database& m_db;
    SyncStateStore m_state;
    DavClient m_client;
    SyncOptions m_options;
    SyncAccount m_account;
    SyncSummary m_summary;
    QList<QSslError> m_sslErrors;
    QElapsedTimer m_timer;
    QPointer<DavDiscovery> m_discovery;
    QPointer<ContactSync> m_contacts;
    QPointer<FollowUpPublisher> m_followUps;
    bool m_running = false;
};

} // namespace rapport::sync
