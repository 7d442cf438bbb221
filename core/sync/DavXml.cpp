#include "DavXml.h"

#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace rapport::sync::dav {

namespace {

const QString kDav = QStringLiteral("DAV:");
const QString kCard = QStringLiteral("urn:ietf:params:xml:ns:carddav");
const QString kCal = QStringLiteral("urn:ietf:params:xml:ns:caldav");

/// Reads the first <href> inside the current element, leaving the reader at its end.
QString innerHref(QXmlStreamReader& r)
{
    QString href;
    const auto depthName = r.name().toString();
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && r.namespaceUri() == kDav && r.name() == QLatin1String("href") && href.isEmpty()) {
            href = r.readElementText().trimmed();
        } else if (r.isEndElement() && r.name() == depthName) {
            break;
        }
    }
    return href;
}

void readResourceType(QXmlStreamReader& r, Entry& e)
{
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            if (r.namespaceUri() == kCard && r.name() == QLatin1String("addressbook")) {
                e.isAddressBook = true;
            } else if (r.namespaceUri() == kCal && r.name() == QLatin1String("calendar")) {
                e.isCalendar = true;
            } else if (r.namespaceUri() == kDav && r.name() == QLatin1String("collection")) {
                e.isCollection = true;
            }
        } else if (r.isEndElement() && r.name() == QLatin1String("resourcetype")) {
            break;
        }
    }
}

void readComponents(QXmlStreamReader& r, Entry& e)
{
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && r.name() == QLatin1String("comp")) {
            e.components << r.attributes().value(QLatin1String("name")).toString().toUpper();
        } else if (r.isEndElement() && r.name() == QLatin1String("supported-calendar-component-set")) {
            break;
        }
    }
}

void readProp(QXmlStreamReader& r, Entry& e)
{
    while (!r.atEnd()) {
        r.readNext();
        if (r.isEndElement() && r.namespaceUri() == kDav && r.name() == QLatin1String("prop")) {
            return;
        }
        if (!r.isStartElement()) {
            continue;
        }
        const auto ns = r.namespaceUri();
        const auto name = r.name();
        if (ns == kDav && name == QLatin1String("getetag")) {
            e.etag = r.readElementText().trimmed();
        } else if (ns == kDav && name == QLatin1String("displayname")) {
            e.displayName = r.readElementText().trimmed();
        } else if (ns == kDav && name == QLatin1String("resourcetype")) {
            readResourceType(r, e);
        } else if (ns == kDav && name == QLatin1String("current-user-principal")) {
            e.principal = innerHref(r);
        } else if (ns == kCard && name == QLatin1String("addressbook-home-set")) {
            e.addressbookHome = innerHref(r);
        } else if (ns == kCal && name == QLatin1String("calendar-home-set")) {
            e.calendarHome = innerHref(r);
        } else if (ns == kCal && name == QLatin1String("supported-calendar-component-set")) {
            readComponents(r, e);
        } else if ((ns == kCard && name == QLatin1String("address-data")) ||
                   (ns == kCal && name == QLatin1String("calendar-data"))) {
            e.data = r.readElementText().toUtf8();
        } else {
            r.skipCurrentElement();
        }
    }
}

Entry readResponse(QXmlStreamReader& r)
{
    Entry e;
    bool inPropstat = false;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isEndElement() && r.namespaceUri() == kDav) {
            if (r.name() == QLatin1String("response")) {
                break;
            }
            if (r.name() == QLatin1String("propstat")) {
                inPropstat = false;
            }
        }
        if (!r.isStartElement() || r.namespaceUri() != kDav) {
            continue;
        }
        if (r.name() == QLatin1String("href")) {
            e.href = r.readElementText().trimmed();
        } else if (r.name() == QLatin1String("propstat")) {
            inPropstat = true;
        } else if (r.name() == QLatin1String("status") && !inPropstat) {
            e.status = statusCode(r.readElementText());
        } else if (r.name() == QLatin1String("prop")) {
            // A prop in a 404 propstat is empty and harmless.
            readProp(r, e);
        }
    }
    return e;
}

/// The writer every request body shares: DAV: as the default namespace, C/K prefixes.
class Body
{
public:
    explicit Body(const QString& ns, const QString& root)
    {
        m_w.setAutoFormatting(false);
        m_w.writeStartDocument();
        m_w.writeNamespace(kDav, QStringLiteral("D"));
        m_w.writeNamespace(kCard, QStringLiteral("C"));
        m_w.writeNamespace(kCal, QStringLiteral("K"));
        m_w.writeStartElement(ns, root);
    }
    QXmlStreamWriter& w() { return m_w; }
    void props(const QList<QPair<QString, QString>>& names)
    {
        m_w.writeStartElement(kDav, QStringLiteral("prop"));
        for (const auto& [ns, name] : names) {
            m_w.writeEmptyElement(ns, name);
        }
        m_w.writeEndElement();
    }
    QByteArray finish()
    {
        m_w.writeEndDocument();
        return m_data;
    }

private:
    QByteArray m_data;
    QXmlStreamWriter m_w{&m_data};
};

QByteArray propfind(const QList<QPair<QString, QString>>& names)
{
    Body b(kDav, QStringLiteral("propfind"));
    b.props(names);
    return b.finish();
}

} // namespace

int statusCode(const QString& statusLine)
{
    const QStringList parts = statusLine.simplified().split(QLatin1Char(' '));
    return parts.size() >= 2 ? parts.at(1).toInt() : 0;
}

MultiStatus parseMultiStatus(const QByteArray& xml)
{
    MultiStatus out;
    QXmlStreamReader r(xml);
    bool sawRoot = false;
    while (!r.atEnd()) {
        r.readNext();
        if (!r.isStartElement() || r.namespaceUri() != kDav) {
            continue;
        }
        if (r.name() == QLatin1String("multistatus")) {
            sawRoot = true;
        } else if (r.name() == QLatin1String("response")) {
            out.entries << readResponse(r);
        } else if (r.name() == QLatin1String("sync-token")) {
            out.syncToken = r.readElementText().trimmed();
        }
    }
    if (r.hasError()) {
        out.error = r.errorString();
        return out;
    }
    out.ok = sawRoot;
    if (!sawRoot) {
        out.error = QStringLiteral("no DAV:multistatus element");
    }
    return out;
}

QByteArray principalQuery()
{
    return propfind({{kDav, QStringLiteral("current-user-principal")}, {kDav, QStringLiteral("resourcetype")}});
}

QByteArray homeSetQuery()
{
    return propfind({{kCard, QStringLiteral("addressbook-home-set")}, {kCal, QStringLiteral("calendar-home-set")}});
}

QByteArray collectionsQuery()
{
    return propfind({{kDav, QStringLiteral("resourcetype")},
                     {kDav, QStringLiteral("displayname")},
                     {kCal, QStringLiteral("supported-calendar-component-set")}});
}

QByteArray etagQuery()
{
    return propfind({{kDav, QStringLiteral("getetag")}});
}

QByteArray syncCollection(const QString& token)
{
    Body b(kDav, QStringLiteral("sync-collection"));
    b.w().writeTextElement(kDav, QStringLiteral("sync-token"), token);
    b.w().writeTextElement(kDav, QStringLiteral("sync-level"), QStringLiteral("1"));
    b.props({{kDav, QStringLiteral("getetag")}});
    return b.finish();
}

QByteArray addressbookMultiget(const QStringList& hrefs)
{
    Body b(kCard, QStringLiteral("addressbook-multiget"));
    b.props({{kDav, QStringLiteral("getetag")}, {kCard, QStringLiteral("address-data")}});
    for (const QString& h : hrefs) {
        b.w().writeTextElement(kDav, QStringLiteral("href"), h);
    }
    return b.finish();
}

QByteArray makeAddressBook(const QString& displayName)
{
    Body b(kDav, QStringLiteral("mkcol"));
    b.w().writeStartElement(kDav, QStringLiteral("set"));
    b.w().writeStartElement(kDav, QStringLiteral("prop"));
    b.w().writeStartElement(kDav, QStringLiteral("resourcetype"));
    b.w().writeEmptyElement(kDav, QStringLiteral("collection"));
    b.w().writeEmptyElement(kCard, QStringLiteral("addressbook"));
    b.w().writeEndElement();
    b.w().writeTextElement(kDav, QStringLiteral("displayname"), displayName);
    b.w().writeEndElement();
    b.w().writeEndElement();
    return b.finish();
}

QByteArray makeTodoCalendar(const QString& displayName)
{
    Body b(kCal, QStringLiteral("mkcalendar"));
    b.w().writeStartElement(kDav, QStringLiteral("set"));
    b.w().writeStartElement(kDav, QStringLiteral("prop"));
    b.w().writeTextElement(kDav, QStringLiteral("displayname"), displayName);
    b.w().writeStartElement(kCal, QStringLiteral("supported-calendar-component-set"));
    b.w().writeEmptyElement(kCal, QStringLiteral("comp"));
    b.w().writeAttribute(QStringLiteral("name"), QStringLiteral("VTODO"));
    b.w().writeEndElement();
    b.w().writeEndElement();
    b.w().writeEndElement();
    return b.finish();
}

} // namespace rapport::sync::dav
