#include "SyncTypes.h"

#include <QCoreApplication>

namespace rapport::sync {

QString stateText(SyncState state)
{
    switch (state) {
    case SyncState::Idle:
        return QCoreApplication::translate("Sync", "Not synced yet");
    case SyncState::Discovering:
        return QCoreApplication::translate("Sync", "Looking for the address book…");
    case SyncState::Pulling:
        return QCoreApplication::translate("Sync", "Reading changes from the server…");
    case SyncState::Pushing:
        return QCoreApplication::translate("Sync", "Sending changes to the server…");
    case SyncState::Publishing:
        return QCoreApplication::translate("Sync", "Publishing follow-ups to the calendar…");
    case SyncState::Done:
        return QCoreApplication::translate("Sync", "Synced");
    case SyncState::Offline:
        return QCoreApplication::translate("Sync", "Offline, will sync later");
    case SyncState::AuthFailed:
        return QCoreApplication::translate("Sync", "The server refused the user name or password");
    case SyncState::CertificateError:
        return QCoreApplication::translate("Sync", "The server's certificate is not trusted");
    case SyncState::ServerError:
        return QCoreApplication::translate("Sync", "The server could not be synced with");
    case SyncState::Cancelled:
        return QCoreApplication::translate("Sync", "Sync cancelled");
    }
    return {};
}

bool isFinalState(SyncState state)
{
    switch (state) {
    case SyncState::Discovering:
    case SyncState::Pulling:
    case SyncState::Pushing:
    case SyncState::Publishing:
        return false;
    default:
        return true;
    }
}

QString resolutionText(const QString& key)
{
    if (key == QLatin1String(kResolutionServerWon)) {
        return QCoreApplication::translate(
            "Sync", "Both sides changed; the server's newer version was kept, the local one is saved here.");
    }
    if (key == QLatin1String(kResolutionLocalWon)) {
        return QCoreApplication::translate(
            "Sync", "Both sides changed; the newer local version was kept, the server's one is saved here.");
    }
    if (key == QLatin1String(kResolutionEditBeatsDelete)) {
        return QCoreApplication::translate("Sync",
                                           "One side deleted what the other changed; the changed version was kept.");
    }
    return key;
}

} // namespace rapport::sync
