#include "LinkedInParsers.h"

#include "CsvReader.h"
#include "FileParser.h"
#include "HtmlEntities.h"
#include "ImportDates.h"
#include "util/Text.h"

#include <QCoreApplication>
#include <QHash>
#include <QTimeZone>

namespace rapport::importers {

namespace {

QString joinName(const QString& first, const QString& last)
{
    return (first.trimmed() + QLatin1Char(' ') + last.trimmed()).trimmed();
}

bool shortRow(const QStringList& row, const HeaderMap& header, qint64 line, ParsedFile& file)
{
    if (row.size() >= header.size()) {
        return false;
    }
    file.addError(line, QCoreApplication::translate("Import", "The row has %1 fields; the header has %2.")
                            .arg(row.size())
                            .arg(header.size()));
    return true;
}

bool isSystemNotice(const QString& content)
{
    static const QStringList notices = {
        QStringLiteral("Message request accepted"),
        QStringLiteral("A LinkedIn member left the conversation."),
    };
    return notices.contains(content.trimmed());
}

QString legacyThreadKey(const QString& from, const QString& to)
{
    // Folded, so "Katarína" in one row and "Katarina" in the reply still make one thread.
    QStringList parts = {text::foldForSearch(from).simplified(), text::foldForSearch(to).simplified()};
    parts.sort();
    return QStringLiteral("legacy:") + parts.join(QLatin1Char('|'));
}

} // namespace

void parseConnections(CsvReader& reader, const HeaderMap& h, ParsedFile& file)
{
    const int cFirst = h.index("first name");
    const int cLast = h.index("last name");
    const int cUrl = h.index("url");
    const int cEmail = h.index("email address");
    const int cCompany = h.index("company");
    const int cPosition = h.index("position");
    const int cConnected = h.index("connected on");
    forEachCsvRow(reader, file, [&](const QStringList& row, qint64 line) {
        if (shortRow(row, h, line, file)) {
            return;
        }
        PersonRecord p;
        p.line = line;
        p.firstName = h.value(row, cFirst).trimmed();
        p.lastName = h.value(row, cLast).trimmed();
        const QString url = h.value(row, cUrl).trimmed();
        if (p.firstName.isEmpty() && p.lastName.isEmpty() && url.isEmpty()) {
            // A hidden or closed profile: LinkedIn exports only the date. Nothing to match it on.
            ++file.skipped;
            return;
        }
        const QString connected = h.value(row, cConnected).trimmed();
        p.connectedOn = dates::parseDate(connected);
        if (!connected.isEmpty() && !p.connectedOn.isValid()) {
            file.addError(line,
                          QCoreApplication::translate("Import", "\"Connected On\" is not a date: %1").arg(connected));
            return;
        }
        p.displayName = joinName(p.firstName, p.lastName);
        p.linkedinUrl = text::normalizedLinkedInUrl(url);
        if (p.linkedinUrl.isEmpty() && !url.isEmpty()) {
            p.urls.append({QStringLiteral("web"), url});
        }
        const QString email = h.value(row, cEmail).trimmed();
        if (!email.isEmpty()) {
            p.emails.append({QString(), email});
        }
        p.company = h.value(row, cCompany).trimmed();
        p.position = h.value(row, cPosition).trimmed();
        file.people.push_back(std::move(p));
    });
}

void parseMessages(CsvReader& reader, const HeaderMap& h, ParsedFile& file)
{
    const int cId = h.index("conversation id");
    const int cTitle = h.index("conversation title");
    const int cFrom = h.index("from");
    const int cFromUrl = h.index("sender profile url");
    const int cTo = h.index("to");
    const int cToUrls = h.index("recipient profile urls");
    const int cDate = h.index("date");
    const int cSubject = h.index("subject");
    const int cContent = h.index("content");
    const int cFolder = h.index("folder");
    const int cDraft = h.index("is message draft");
    const int cDirection = h.index("direction");
    MessageBatch& batch = file.messages;
    StringTable& strings = batch.strings;
    QHash<QString, int> urlIndex; // raw URL → interned normalised URL (normalising is the costly part)
    const auto url = [&](const QString& raw) {
        auto it = urlIndex.constFind(raw);
        if (it == urlIndex.constEnd()) {
            it = urlIndex.insert(raw, strings.intern(text::normalizedLinkedInUrl(raw)));
        }
        return *it;
    };
    forEachCsvRow(reader, file, [&](const QStringList& row, qint64 line) {
        if (shortRow(row, h, line, file)) {
            return;
        }
        const QString folder = h.value(row, cFolder).trimmed().toUpper();
        const QString raw = h.value(row, cContent);
        if (h.value(row, cDraft).trimmed().compare(QLatin1String("yes"), Qt::CaseInsensitive) == 0 ||
            folder == QLatin1String("SPAM") || looksSponsored(raw) || isSystemNotice(raw)) {
            ++file.skipped;
            return;
        }
        const QString date = h.value(row, cDate).trimmed();
        const QDateTime sentAt = dates::parseDateTime(date);
        if (!sentAt.isValid()) {
            file.addError(line, QCoreApplication::translate("Import", "\"DATE\" is not a date and time: %1").arg(date));
            return;
        }
        MessageRecord m;
        m.line = line;
        m.utc = sentAt.timeSpec() != Qt::LocalTime;
        m.sentAtSecs = m.utc ? sentAt.toSecsSinceEpoch()
                             : QDateTime(sentAt.date(), sentAt.time(), QTimeZone::utc()).toSecsSinceEpoch();
        const QString fromName = h.value(row, cFrom).trimmed();
        const QString toNames = h.value(row, cTo).trimmed();
        m.fromName = strings.intern(fromName);
        m.fromUrl = url(h.value(row, cFromUrl));
        m.toNames = strings.intern(toNames);
        const QString rawUrls = h.value(row, cToUrls);
        m.recipientUrls = strings.findList(rawUrls);
        if (m.recipientUrls < 0) {
            QStringList urls;
            for (const QString& part : rawUrls.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                const QString& u = strings.at(url(part.trimmed()));
                if (!u.isEmpty()) {
                    urls.append(u);
                }
            }
            m.recipientUrls = strings.internList(rawUrls, urls);
        }
        m.title = strings.intern(h.value(row, cTitle).trimmed());
        m.subject = strings.intern(decodeHtmlEntities(h.value(row, cSubject)).trimmed());
        m.content = decodeHtmlEntities(raw).toUtf8();
        m.folder = strings.intern(folder);
        const QString direction = h.value(row, cDirection).trimmed().toUpper();
        if (direction == QLatin1String("OUTGOING") || folder == QLatin1String("SENT")) {
            m.legacyDirection = 1;
        } else if (direction == QLatin1String("INCOMING")) {
            m.legacyDirection = -1;
        }
        const QString id = h.value(row, cId).trimmed();
        m.threadKey = strings.intern(id.isEmpty() ? legacyThreadKey(fromName, toNames) : id);
        batch.rows.push_back(std::move(m));
    });
}

void parseInvitations(CsvReader& reader, const HeaderMap& h, ParsedFile& file)
{
    const int cFrom = h.index("from");
    const int cTo = h.index("to");
    const int cSent = h.index("sent at");
    const int cMessage = h.index("message");
    const int cDirection = h.index("direction");
    const int cFromUrl =
        h.index("inviterprofileurl") >= 0 ? h.index("inviterprofileurl") : h.index("inviterprofileurn");
    const int cToUrl = h.index("inviteeprofileurl") >= 0 ? h.index("inviteeprofileurl") : h.index("inviteeprofileurn");
    const auto keyOf = [](const QString& raw) {
        const QString t = raw.trimmed();
        const QString norm = text::normalizedLinkedInUrl(t);
        return norm.isEmpty() ? t : norm; // a member URN stays verbatim: it cannot be joined, but dedupes
    };
    forEachCsvRow(reader, file, [&](const QStringList& row, qint64 line) {
        if (row.size() < 5) {
            shortRow(row, h, line, file);
            return;
        }
        InvitationRecord inv;
        inv.line = line;
        const QString direction = h.value(row, cDirection).trimmed().toUpper();
        if (direction != QLatin1String("INCOMING") && direction != QLatin1String("OUTGOING")) {
            file.addError(line, QCoreApplication::translate("Import", "\"Direction\" must be INCOMING or OUTGOING, "
                                                                      "not \"%1\".")
                                    .arg(direction));
            return;
        }
        inv.incoming = direction == QLatin1String("INCOMING");
        const QString sent = h.value(row, cSent).trimmed();
        inv.sentAt = dates::parseDateTime(sent);
        if (!sent.isEmpty() && !inv.sentAt.isValid()) {
            file.addError(line,
                          QCoreApplication::translate("Import", "\"Sent At\" is not a date and time: %1").arg(sent));
            return;
        }
        inv.fromName = h.value(row, cFrom).trimmed();
        inv.toName = h.value(row, cTo).trimmed();
        inv.fromUrl = keyOf(h.value(row, cFromUrl));
        inv.toUrl = keyOf(h.value(row, cToUrl));
        inv.message = decodeHtmlEntities(h.value(row, cMessage)).trimmed();
        file.invitations.push_back(std::move(inv));
    });
}

void parseProfile(CsvReader& reader, const HeaderMap& h, ParsedFile& file)
{
    forEachCsvRow(reader, file, [&](const QStringList& row, qint64) {
        if (file.owner) {
            return; // one row: the account owner
        }
        OwnerRecord owner;
        owner.name = joinName(h.value(row, "first name"), h.value(row, "last name"));
        owner.headline = h.value(row, "headline").trimmed();
        // Websites may list the public profile in some eras: "[PORTFOLIO:https://...]".
        for (QString site : h.value(row, "websites").split(QLatin1Char(','))) {
            site.remove(QLatin1Char('[')).remove(QLatin1Char(']'));
            const qsizetype http = site.indexOf(QLatin1String("http"));
            const QString url = text::normalizedLinkedInUrl(http >= 0 ? site.mid(http) : site);
            if (!url.isEmpty()) {
                owner.linkedinUrl = url;
            }
        }
        if (!owner.name.isEmpty()) {
            file.owner = owner;
        }
    });
}

} // namespace rapport::importers
