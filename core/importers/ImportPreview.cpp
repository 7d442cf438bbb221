#include "ImportPreview.h"

#include "FileParser.h"
#include "ImportSources.h"
#include "util/Text.h"

#include <QCoreApplication>

#include <algorithm>

namespace rapport::importers {

namespace {

constexpr qsizetype kExcerptChars = 80;

QString excerpt(const QString& s)
{
    return text::elide(s.simplified(), kExcerptChars);
}

QString personName(const PersonRecord& p)
{
    if (!p.displayName.isEmpty()) {
        return p.displayName;
    }
    return QStringList{p.firstName, p.lastName}.join(QLatin1Char(' ')).trimmed();
}

PreviewTable sampleOf(const ParsedFile& f, int rows)
{
    PreviewTable t;
    const auto take = [rows](size_t available) { return std::min(size_t(std::max(rows, 0)), available); };
    if (!f.people.empty()) {
        t.columns = {QCoreApplication::translate("ImportPreview", "Name"),
                     QCoreApplication::translate("ImportPreview", "Company"),
                     QCoreApplication::translate("ImportPreview", "Position"),
                     QCoreApplication::translate("ImportPreview", "E-mail")};
        for (size_t i = 0; i < take(f.people.size()); ++i) {
            const PersonRecord& p = f.people[i];
            t.rows.append({personName(p), p.company, p.position, p.emails.value(0).value});
        }
    } else if (!f.messages.empty()) {
        t.columns = {QCoreApplication::translate("ImportPreview", "Date"),
                     QCoreApplication::translate("ImportPreview", "From"),
                     QCoreApplication::translate("ImportPreview", "To"),
                     QCoreApplication::translate("ImportPreview", "Subject or text")};
        for (size_t i = 0; i < take(f.messages.size()); ++i) {
            const MessageRecord& m = f.messages.rows[i];
            const QString subject = f.messages.s(m.subject);
            t.rows.append({m.sentAt().toString(QStringLiteral("yyyy-MM-dd HH:mm")), f.messages.s(m.fromName),
                           f.messages.s(m.toNames),
                           excerpt(subject.isEmpty() ? QString::fromUtf8(m.content) : subject)});
        }
    } else if (!f.invitations.empty()) {
        t.columns = {QCoreApplication::translate("ImportPreview", "From"),
                     QCoreApplication::translate("ImportPreview", "To"),
                     QCoreApplication::translate("ImportPreview", "Sent"),
                     QCoreApplication::translate("ImportPreview", "Message")};
        for (size_t i = 0; i < take(f.invitations.size()); ++i) {
            const InvitationRecord& inv = f.invitations[i];
            t.rows.append({inv.fromName, inv.toName, inv.sentAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                           excerpt(inv.message)});
        }
    } else if (f.owner && rows > 0) {
        t.columns = {QCoreApplication::translate("ImportPreview", "Name"),
                     QCoreApplication::translate("ImportPreview", "Headline"),
                     QCoreApplication::translate("ImportPreview", "LinkedIn")};
        t.rows.append({f.owner->name, f.owner->headline, f.owner->linkedinUrl});
    }
    return t;
}

} // namespace

QString formatDisplayName(ImportFormat format)
{
    switch (format) {
    case ImportFormat::Unknown:
        return QCoreApplication::translate("ImportPreview", "Unknown format");
    case ImportFormat::LinkedInConnections:
        return QCoreApplication::translate("ImportPreview", "LinkedIn connections");
    case ImportFormat::LinkedInMessages:
        return QCoreApplication::translate("ImportPreview", "LinkedIn messages");
    case ImportFormat::LinkedInInvitations:
        return QCoreApplication::translate("ImportPreview", "LinkedIn invitations");
    case ImportFormat::LinkedInProfile:
        return QCoreApplication::translate("ImportPreview", "LinkedIn profile");
    case ImportFormat::LinkedInOther:
        return QCoreApplication::translate("ImportPreview", "Other LinkedIn file");
    case ImportFormat::VCard:
        return QCoreApplication::translate("ImportPreview", "vCard");
    case ImportFormat::GoogleCsv:
        return QCoreApplication::translate("ImportPreview", "Google Contacts CSV");
    case ImportFormat::GoogleLegacyCsv:
        return QCoreApplication::translate("ImportPreview", "Google Contacts CSV (legacy)");
    case ImportFormat::OutlookCsv:
        return QCoreApplication::translate("ImportPreview", "Outlook CSV");
    case ImportFormat::OutlookComCsv:
        return QCoreApplication::translate("ImportPreview", "Outlook.com CSV");
    }
    return {};
}

QString formatDisplayName(const QString& key)
{
    for (int i = int(ImportFormat::Unknown); i <= int(ImportFormat::OutlookComCsv); ++i) {
        if (formatKey(ImportFormat(i)) == key) {
            return formatDisplayName(ImportFormat(i));
        }
    }
    return key;
}

Result<QList<FilePreview>> previewImport(const QStringList& paths, int sampleRows, std::atomic<bool>* cancel)
{
    using R = Result<QList<FilePreview>>;
    const auto cancelled = [cancel]() { return cancel && cancel->load(); };
    if (paths.isEmpty()) {
        return R::fail(QCoreApplication::translate("ImportPreview",
                                                   "Choose a file, a folder or a LinkedIn export (.zip) to import."));
    }
    QList<FilePreview> out;
    ImportSources sources;
    for (const QString& p : paths) {
        sources.add(p);
    }
    // A file that cannot be read whole refuses the import; it is listed first, as ImportService does.
    for (const RowError& e : sources.errors()) {
        FilePreview* into = nullptr;
        for (FilePreview& f : out) {
            if (f.displayName == e.file) {
                into = &f;
            }
        }
        if (!into) {
            FilePreview f;
            f.displayName = e.file;
            f.formatKey = formatKey(ImportFormat::Unknown);
            f.formatName = formatDisplayName(ImportFormat::Unknown);
            f.willImport = false;
            out.append(f);
            into = &out.last();
        }
        into->errors.append(e);
    }
    for (const SourceFile& s : sources.files()) {
        if (cancelled()) {
            return R::fail(QCoreApplication::translate("ImportPreview", "The preview was cancelled."));
        }
        ParsedFile parsed = parseFile(s.path, s.displayName);
        FilePreview f;
        f.displayName = parsed.displayName;
        f.format = parsed.format;
        f.formatKey = formatKey(parsed.format);
        f.formatName = formatDisplayName(parsed.format);
        f.encoding = encodingName(parsed.encoding);
        f.records = parsed.records;
        f.items = int(parsed.people.size() + parsed.messages.size() + parsed.invitations.size());
        f.skipped = parsed.skipped;
        f.notes = parsed.notes;
        // The same decisions and words as ImportService::run, so the preview says what the import will do.
        if (!s.explicitlyNamed &&
            (parsed.format == ImportFormat::Unknown || parsed.format == ImportFormat::LinkedInOther)) {
            f.willImport = false;
            f.notes.append(QCoreApplication::translate("Import", "Not imported: this file holds no contacts, "
                                                                 "messages or invitations."));
            out.append(f);
            continue;
        }
        if (parsed.format == ImportFormat::LinkedInOther) {
            parsed.addError(0,
                            QCoreApplication::translate("Import", "This LinkedIn file holds no contacts, messages or "
                                                                  "invitations; import Connections.csv, "
                                                                  "messages.csv, Invitations.csv or the whole "
                                                                  "export instead."));
        }
        f.errors = parsed.errors;
        f.sample = sampleOf(parsed, sampleRows);
        out.append(f);
    }
    return R::ok(out);
}

} // namespace rapport::importers
