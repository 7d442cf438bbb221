#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace rapport::sync {

/// Where a sync run stands; the status bar shows stateText().
enum class SyncState {
    Idle,
    Discovering, ///< finding the address book and calendar on the server
    Pulling,     ///< reading server changes and applying them here
    Pushing,     ///< sending local changes and deletions to the server
    Publishing,  ///< writing follow-ups as to-dos to the calendar
    Done,
    Offline,          ///< host not found, connection refused or dropped: nothing lost, try later
    AuthFailed,       ///< the server refused the user name or password
    CertificateError, ///< the server's certificate is not trusted; see SyncEngine::sslErrors
    ServerError,      ///< the server answered in a way sync cannot use
    Cancelled,
};

/// A translated one-line status ("Offline, will sync later").
QString stateText(SyncState state);
/// True for the states a run ends in.
bool isFinalState(SyncState state);

/// Counts for one run, for the CLI and the status bar's tooltip.
struct SyncSummary
{
    SyncState state = SyncState::Idle;
    QString message; ///< translated; why a run failed, or empty
    int pulledNew = 0;
    int pulledUpdated = 0;
    int pulledDeleted = 0; ///< server deletions moved to the Trash here
    int pushedNew = 0;
    int pushedUpdated = 0;
    int pushedDeleted = 0; ///< local deletions removed from the server
    int conflicts = 0;     ///< both sides changed; see sync_conflicts
    int failed = 0;        ///< items the server refused; retried next time
    int todosPublished = 0;
    int todosDeleted = 0;
    qint64 elapsedMs = 0;

    bool isOk() const { return state == SyncState::Done; }
};

/// One conflict as recorded in sync_conflicts: both versions are kept so nothing is lost.
struct SyncConflict
{
    qint64 id = 0;
    qint64 accountId = 0;
    QString localUid;
    QString localData;  ///< the local version as a vCard (or VTODO)
    QString remoteData; ///< the server version as it was fetched
    QString resolution; ///< one of the kResolution* keys
    QString createdAt;
};

/// Stable resolution keys stored in sync_conflicts.resolution.
inline const char* const kResolutionServerWon = "server-won";
inline const char* const kResolutionLocalWon = "local-won";
inline const char* const kResolutionEditBeatsDelete = "edit-kept-deletion-undone";
/// Translated explanation of a resolution key, for the conflicts list.
QString resolutionText(const QString& key);

} // namespace rapport::sync

Q_DECLARE_METATYPE(rapport::sync::SyncState)
Q_DECLARE_METATYPE(rapport::sync::SyncSummary)
