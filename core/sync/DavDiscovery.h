#pragma once

#include "DavClient.h"

#include <QObject>
#include <QStringList>
#include <QUrl>

namespace rapport::sync {

namespace dav {
struct MultiStatus;
}

struct DiscoveryResult
{
    NetError error = NetError::None;
    QString message; ///< translated, when nothing usable was found
    QUrl addressbook;
    QUrl calendar; ///< empty unless asked for
    bool isOk() const { return error == NetError::None && message.isEmpty() && addressbook.isValid(); }
};

/// Finds the address book (and the follow-ups calendar) from what the user typed: the URL
/// itself if it is one, else /.well-known/carddav, current-user-principal, the home sets,
/// and the first address book there; creates "contacts/" and a VTODO calendar
/// "rapport-followups/" when there are none (Rapport's to-dos get their own list rather
/// than mixing into the user's appointments).
class DavDiscovery : public QObject
{
    Q_OBJECT
public:
    DavDiscovery(DavClient& client, const QUrl& server, bool wantCalendar, QObject* parent = nullptr);
    void start();

    static QString calendarSegment() { return QStringLiteral("rapport-followups"); }

signals:
    void finished(const rapport::sync::DiscoveryResult& result);

private:
    void tryPrincipal(int candidate);
    void readHomes(const QUrl& principal);
    void findAddressBook();
    void findCalendar();
    void fail(NetError error, const QString& message);
    void succeed();
    /// False after finishing with the transport error, if there was one.
    bool usable(const DavResult& r);

    DavClient& m_client;
    QUrl m_server;
    bool m_wantCalendar;
    QList<QUrl> m_candidates;
    QUrl m_addressbookHome;
    QUrl m_calendarHome;
    DiscoveryResult m_result;
    bool m_done = false;
};

} // namespace rapport::sync
