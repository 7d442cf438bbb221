#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace rapport::sync::dav {

/// One <response> of a 207 Multi-Status, with the properties sync asks for.
struct Entry
{
    QString href;   ///< as sent (may be percent-encoded); resolve with the request URL
    int status = 0; ///< the response-level status (404 for a member deleted since a sync-token), 0 if none
    QString etag;
    QByteArray data; ///< address-data or calendar-data, UTF-8
    bool isAddressBook = false;
    bool isCalendar = false;
    bool isCollection = false;
    QString displayName;
    QStringList components; ///< supported-calendar-component-set names ("VEVENT", "VTODO")
    QString principal;      ///< current-user-principal href
    QString addressbookHome;
    QString calendarHome;
};

struct MultiStatus
{
    bool ok = false;
    QString error; ///< not translated; for the log
    QList<Entry> entries;
    QString syncToken;
};

/// Parses a 207 body (namespace-aware; any prefixes).
MultiStatus parseMultiStatus(const QByteArray& xml);
/// HTTP/1.1 200 OK -> 200; 0 when unreadable.
int statusCode(const QString& statusLine);

/// Request bodies.
QByteArray principalQuery();                     ///< current-user-principal and resourcetype
QByteArray homeSetQuery();                       ///< addressbook-home-set, calendar-home-set
QByteArray collectionsQuery();                   ///< resourcetype, displayname, supported-calendar-component-set
QByteArray etagQuery();                          ///< getetag
QByteArray syncCollection(const QString& token); ///< RFC 6578 REPORT, getetag only
QByteArray addressbookMultiget(const QStringList& hrefs);
QByteArray makeAddressBook(const QString& displayName);  ///< RFC 5689 extended MKCOL
QByteArray makeTodoCalendar(const QString& displayName); ///< MKCALENDAR with VTODO only

} // namespace rapport::sync::dav
