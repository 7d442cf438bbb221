#include "DavDiscovery.h"

#include "DavXml.h"
#include "util/Logging.h"

#include <QCoreApplication>

namespace rapport::sync {

namespace {

QUrl withTrailingSlash(QUrl url)
{
    if (!url.path().endsWith(QLatin1Char('/'))) {
        url.setPath(url.path() + QLatin1Char('/'));
    }
    return url;
}

QUrl resolve(const QUrl& base, const QString& href)
{
    return withTrailingSlash(base.resolved(QUrl(href)));
}

DavRequest propfind(const QUrl& url, int depth, const QByteArray& body)
{
    DavRequest r;
    r.verb = "PROPFIND";
    r.url = url;
    r.depth = depth;
    r.body = body;
    return r;
}

} // namespace

DavDiscovery::DavDiscovery(DavClient& client, const QUrl& server, bool wantCalendar, QObject* parent)
    : QObject(parent), m_client(client), m_server(server), m_wantCalendar(wantCalendar)
{}

void DavDiscovery::start()
{
    m_candidates.clear();
    if (m_server.path().length() > 1) {
        m_candidates << withTrailingSlash(m_server);
    }
    QUrl wellKnown = m_server;
    wellKnown.setPath(QStringLiteral("/.well-known/carddav"));
    m_candidates << wellKnown;
    QUrl root = m_server;
    root.setPath(QStringLiteral("/"));
    m_candidates << root;
    tryPrincipal(0);
}

bool DavDiscovery::usable(const DavResult& r)
{
    if (r.error != NetError::None) {
        fail(r.error, r.errorText);
        return false;
    }
    return true;
}

void DavDiscovery::tryPrincipal(int candidate)
{
    if (candidate >= m_candidates.size()) {
        fail(NetError::None,
             QCoreApplication::translate(
                 "Sync", "%1 does not look like a CardDAV server (no address book or user principal found).")
                 .arg(m_server.toString()));
        return;
    }
    m_client.send(propfind(m_candidates.at(candidate), 0, dav::principalQuery()),
                  [this, candidate](const DavResult& r) {
                      if (!usable(r)) {
                          return;
                      }
                      const dav::MultiStatus ms = r.status == 207 ? dav::parseMultiStatus(r.body) : dav::MultiStatus();
                      QString principal;
                      for (const auto& e : ms.entries) {
                          if (e.isAddressBook && !m_result.addressbook.isValid()) {
                              m_result.addressbook = resolve(r.url, e.href.isEmpty() ? r.url.path() : e.href);
                          }
                          if (!e.principal.isEmpty()) {
                              principal = e.principal;
                          }
                      }
                      if (principal.isEmpty()) {
                          if (m_result.addressbook.isValid() && !m_wantCalendar) {
                              succeed();
                              return;
                          }
                          tryPrincipal(candidate + 1);
                          return;
                      }
                      readHomes(resolve(r.url, principal));
                  });
}

void DavDiscovery::readHomes(const QUrl& principal)
{
    m_client.send(propfind(principal, 0, dav::homeSetQuery()), [this, principal](const DavResult& r) {
        if (!usable(r)) {
            return;
        }
        const dav::MultiStatus ms = r.status == 207 ? dav::parseMultiStatus(r.body) : dav::MultiStatus();
        for (const auto& e : ms.entries) {
            if (!e.addressbookHome.isEmpty()) {
                m_addressbookHome = resolve(r.url, e.addressbookHome);
            }
            if (!e.calendarHome.isEmpty()) {
                m_calendarHome = resolve(r.url, e.calendarHome);
            }
        }
        if (!m_addressbookHome.isValid() || m_addressbookHome.isEmpty()) {
            m_addressbookHome = principal;
        }
        if (!m_calendarHome.isValid() || m_calendarHome.isEmpty()) {
            m_calendarHome = principal;
        }
        if (m_result.addressbook.isValid()) {
            findCalendar();
        } else {
            findAddressBook();
        }
    });
}

void DavDiscovery::findAddressBook()
{
    m_client.send(propfind(m_addressbookHome, 1, dav::collectionsQuery()), [this](const DavResult& r) {
        if (!usable(r)) {
            return;
        }
        const dav::MultiStatus ms = r.status == 207 ? dav::parseMultiStatus(r.body) : dav::MultiStatus();
        for (const auto& e : ms.entries) {
            if (e.isAddressBook) {
                m_result.addressbook = resolve(r.url, e.href);
                qCInfo(lcSync) << "using address book" << m_result.addressbook.toString();
                findCalendar();
                return;
            }
        }
        DavRequest mk;
        mk.verb = "MKCOL";
        mk.url = m_addressbookHome.resolved(QUrl(QStringLiteral("contacts/")));
        mk.body = dav::makeAddressBook(QCoreApplication::translate("Sync", "Contacts"));
        m_client.send(mk, [this, url = mk.url](const DavResult& made) {
            if (!usable(made)) {
                return;
            }
            if (!made.isSuccess()) {
                fail(NetError::None, QCoreApplication::translate(
                                         "Sync", "The server has no address book and refused to create one (HTTP %1).")
                                         .arg(made.status));
                return;
            }
            qCInfo(lcSync) << "created address book" << url.toString();
            m_result.addressbook = url;
            findCalendar();
        });
    });
}

void DavDiscovery::findCalendar()
{
    if (!m_wantCalendar) {
        succeed();
        return;
    }
    m_client.send(propfind(m_calendarHome, 1, dav::collectionsQuery()), [this](const DavResult& r) {
        if (!usable(r)) {
            return;
        }
        const dav::MultiStatus ms = r.status == 207 ? dav::parseMultiStatus(r.body) : dav::MultiStatus();
        const QString segment = calendarSegment() + QLatin1Char('/');
        for (const auto& e : ms.entries) {
            if (e.isCalendar && e.href.endsWith(segment)) {
                m_result.calendar = resolve(r.url, e.href);
                succeed();
                return;
            }
        }
        DavRequest mk;
        mk.verb = "MKCALENDAR";
        mk.url = m_calendarHome.resolved(QUrl(segment));
        mk.body = dav::makeTodoCalendar(QCoreApplication::translate("Sync", "Rapport follow-ups"));
        m_client.send(mk, [this, url = mk.url](const DavResult& made) {
            if (!usable(made)) {
                return;
            }
            if (!made.isSuccess()) {
                fail(NetError::None, QCoreApplication::translate(
                                         "Sync", "The server refused to create the follow-ups calendar (HTTP %1).")
                                         .arg(made.status));
                return;
            }
            qCInfo(lcSync) << "created calendar" << url.toString();
            m_result.calendar = url;
            succeed();
        });
    });
}

void DavDiscovery::fail(NetError error, const QString& message)
{
    if (m_done) {
        return;
    }
    m_done = true;
    m_result.error = error;
    m_result.message = message;
    emit finished(m_result);
}

void DavDiscovery::succeed()
{
    if (m_done) {
        return;
    }
    m_done = true;
    emit finished(m_result);
}

} // namespace rapport::sync
