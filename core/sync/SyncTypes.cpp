#include "SyncTypes.h"

#include <QCoreApplication>

namespace rapport::sync {

namespace {
QString tr(const char* s)
{
    return QCoreApplication::translate("Sync", s);
}
} // namespace

QString stateText(SyncState state)
{
    switch (state) {
    case SyncState::Idle:
        return tr("Not synced yet");
    case SyncState::Discovering:
        return tr("Looking for the address book…");
    case SyncState::Pulling:
        return tr("Reading changes from the server…");
    case SyncState::Pushing:
        return tr("Sending changes to the server…");
    case SyncState::Publishing:
        return tr("Publishing follow-ups to the calendar…");
    case SyncState::Done:
        return tr("Synced");
    case SyncState::Offline:
        return tr("Offline, will sync later");
    case SyncState::AuthFailed:
        return tr("The server refused the user name or password");
    case SyncState::CertificateError:
        return tr("The server's certificate is not trusted");
    case SyncState::ServerError:
        return tr("The server could not be synced with");
    case SyncState::Cancelled:
        return tr("Sync cancelled");
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
        return tr("Both sides changed; the server's newer version was kept, the local one is saved here.");
    }
    if (key == QLatin1String(kResolutionLocalWon)) {
        return tr("Both sides changed; the newer local version was kept, the server's one is saved here.");
    }
    if (key == QLatin1String(kResolutionEditBeatsDelete)) {
        return tr("One side deleted what the other changed; the changed version was kept.");
    }
    return key;
}

} // namespace rapport::sync
