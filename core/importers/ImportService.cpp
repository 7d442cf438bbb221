#include "ImportService.h"

#include "ChangeLog.h"
#include "ContactWriter.h"
#include "ImportSources.h"
#include "InvitationWriter.h"
#include "MessageWriter.h"
#include "OwnerIdentity.h"
#include "db/Backup.h"
#include "db/Database.h"
#include "db/Migrations.h"
#include "db/SqlQuery.h"
#include "db/Transaction.h"
#include "util/Clock.h"
#include "util/Logging.h"
#include "util/Text.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSqlQuery>

#include <algorithm>

namespace rapport::importers {

namespace {

/// People in one import from which the full-text index is rebuilt once instead of row by row.
constexpr size_t kBulkFtsThreshold = 2000;
/// Messages in one import from which the message indexes are built once at the end.
constexpr size_t kBulkMessagesThreshold = 10000;

/// Who must be written before whom: the owner first, people before the messages that link to them.
int priority(ImportFormat f)
{
    switch (f) {
    case ImportFormat::LinkedInProfile:
        return 0;
    case ImportFormat::LinkedInConnections:
        return 1;
    case ImportFormat::VCard:
    case ImportFormat::GoogleCsv:
    case ImportFormat::GoogleLegacyCsv:
    case ImportFormat::OutlookCsv:
    case ImportFormat::OutlookComCsv:
        return 2;
    case ImportFormat::LinkedInInvitations:
        return 3;
    case ImportFormat::LinkedInMessages:
        return 4;
    default:
        return 5;
    }
}

QString sourceFor(ImportFormat f)
{
    switch (f) {
    case ImportFormat::VCard:
        return QStringLiteral("vcard");
    case ImportFormat::GoogleCsv:
    case ImportFormat::GoogleLegacyCsv:
        return QStringLiteral("google");
    case ImportFormat::OutlookCsv:
    case ImportFormat::OutlookComCsv:
        return QStringLiteral("outlook");
    default:
        return QStringLiteral("linkedin");
    }
}

QJsonObject errorJson(const RowError& e)
{
    return {{QStringLiteral("file"), e.file}, {QStringLiteral("line"), e.line}, {QStringLiteral("reason"), e.reason}};
}

/// Stores the learned identity once, so a later messages-only import still knows who "me" is.
bool rememberOwner(db::Database& db, ChangeLog& changes, const OwnerIdentity& owner)
{
    const std::pair<QString, QString> keys[] = {{QStringLiteral("profile.linkedin_url"), owner.url()},
                                                {QStringLiteral("profile.name"), owner.name()}};
    for (const auto& [key, value] : keys) {
        if (value.isEmpty()) {
            continue;
        }
        db::SqlQuery q(db, QStringLiteral("INSERT OR IGNORE INTO settings (key, value) VALUES (?, ?)"));
        q.bindAll({key, value});
        if (!q.exec()) {
            return false;
        }
        if (q.numRowsAffected() > 0 &&
            !changes.recordKeyInsert(QStringLiteral("settings"), QJsonObject{{QStringLiteral("key"), key}})) {
            return false;
        }
    }
    return true;
}

} // namespace

QJsonObject FileReport::toJson() const
{
    QJsonArray errs;
    for (const RowError& e : errors) {
        errs.append(errorJson(e));
    }
    return {{QStringLiteral("file"), file},       {QStringLiteral("format"), format},
            {QStringLiteral("added"), added},     {QStringLiteral("updated"), updated},
            {QStringLiteral("merged"), merged},   {QStringLiteral("unchanged"), unchanged},
            {QStringLiteral("skipped"), skipped}, {QStringLiteral("conflicts"), conflicts},
            {QStringLiteral("errors"), errs},     {QStringLiteral("notes"), QJsonArray::fromStringList(notes)}};
}

FileReport ImportReport::totals() const
{
    FileReport t;
    for (const FileReport& f : files) {
        t.added += f.added;
        t.updated += f.updated;
        t.merged += f.merged;
        t.unchanged += f.unchanged;
        t.skipped += f.skipped;
        t.conflicts += f.conflicts;
        t.errors += f.errors;
    }
    return t;
}

QJsonObject ImportReport::toJson() const
{
    QJsonArray list;
    for (const FileReport& f : files) {
        list.append(f.toJson());
    }
    QJsonObject o{{QStringLiteral("batch"), batchId},
                  {QStringLiteral("dryRun"), dryRun},
                  {QStringLiteral("committed"), committed},
                  {QStringLiteral("cancelled"), cancelled},
                  {QStringLiteral("files"), list}};
    if (!error.isEmpty()) {
        o.insert(QStringLiteral("error"), error);
    }
    return o;
}

ImportService::ImportService(db::Database& db) : m_db(db) {}

ImportReport ImportService::run(const QStringList& paths, const ImportOptions& options)
{
    ImportReport report;
    report.dryRun = options.dryRun;
    const auto cancelled = [&]() { return options.cancel && options.cancel->load(); };

    // 1. Read everything. Parsing is cheap next to writing, and a bad row must stop the import before
    //    anything is written.
    ImportSources sources(options.zipLimits);
    for (const QString& p : paths) {
        sources.add(p);
    }
    QList<RowError> sourceErrors = sources.errors();
    std::vector<ParsedFile> parsed;
    for (const SourceFile& s : sources.files()) {
        if (cancelled()) {
            break;
        }
        ParsedFile f = parseFile(s.path, s.displayName, options.parseLimits);
        if (!s.explicitlyNamed && (f.format == ImportFormat::Unknown || f.format == ImportFormat::LinkedInOther)) {
            // Photos' companions, Positions.csv, Rich_Media.csv...: part of an export, not part of a network.
            FileReport r;
            r.file = f.displayName;
            r.format = formatKey(f.format);
            r.notes.append(QCoreApplication::translate("Import", "Not imported: this file holds no contacts, "
                                                                 "messages or invitations."));
            report.files.append(r);
            continue;
        }
        if (f.format == ImportFormat::LinkedInOther) {
            f.addError(0, QCoreApplication::translate("Import", "This LinkedIn file holds no contacts, messages or "
                                                                "invitations; import Connections.csv, messages.csv, "
                                                                "Invitations.csv or the whole export instead."));
        }
        parsed.push_back(std::move(f));
    }
    std::stable_sort(parsed.begin(), parsed.end(),
                     [](const ParsedFile& a, const ParsedFile& b) { return priority(a.format) < priority(b.format); });

    int errorCount = int(sourceErrors.size());
    qint64 total = 0;
    for (const ParsedFile& f : parsed) {
        errorCount += int(f.errors.size());
        total += qint64(f.people.size() + f.messages.size() + f.invitations.size());
    }
    if (!sourceErrors.isEmpty()) {
        FileReport r;
        r.file = paths.join(QLatin1String(", "));
        r.errors = sourceErrors;
        report.files.append(r);
    }
    const auto fillReports = [&]() {
        for (const ParsedFile& f : parsed) {
            FileReport r;
            r.file = f.displayName;
            r.format = formatKey(f.format);
            r.skipped = f.skipped;
            r.errors = f.errors;
            report.files.append(r);
        }
    };
    if (cancelled()) {
        report.cancelled = true;
        report.error = QCoreApplication::translate("Import", "The import was cancelled; nothing was changed.");
        return report;
    }
    // A file that cannot be read whole (missing, damaged, an unsafe or oversized archive member) is
    // not a bad row: skipping it would import half of what the user chose, so it always refuses.
    if (!sourceErrors.isEmpty()) {
        fillReports();
        report.error = QCoreApplication::translate("Import",
                                                   "%n file problem(s) found; nothing was imported. The files "
                                                   "must be readable in full before anything is imported.",
                                                   nullptr, int(sourceErrors.size()));
        return report;
    }
    if (errorCount > 0 && !options.skipBadRows) {
        fillReports();
        report.error = QCoreApplication::translate("Import",
                                                   "%n problem(s) found; nothing was imported. Fix the "
                                                   "file, or skip the bad rows to import the rest.",
                                                   nullptr, errorCount);
        return report;
    }
    if (parsed.empty()) {
        report.error = QCoreApplication::translate("Import", "Nothing to import: no LinkedIn, vCard, Google or "
                                                             "Outlook export was found.");
        return report;
    }

    // 2. Back up, then write everything in one transaction.
    if (!options.dryRun && options.backup && !m_db.path().isEmpty() && m_db.path() != QLatin1String(":memory:")) {
        const auto backup = db::BackupManager(m_db.path()).eventBackup(m_db, QStringLiteral("pre-import"));
        if (!backup) {
            fillReports();
            report.error = QCoreApplication::translate("Import", "No backup could be made before importing, so "
                                                                 "nothing was imported: %1")
                               .arg(backup.error());
            return report;
        }
    }
    // A bigger page cache for the one large transaction: the default spills dirty pages to the WAL
    // and reads them back many times over. Restored when the import ends, whatever the outcome.
    struct CacheSize
    {
        db::Database& db;
        QVariant previous;
        explicit CacheSize(db::Database& d) : db(d), previous(db::scalar(d, QStringLiteral("PRAGMA cache_size")))
        {
            QSqlQuery(db.sql()).exec(QStringLiteral("PRAGMA cache_size = -8192"));
        }
        ~CacheSize()
        {
            if (previous.isValid()) {
                // PRAGMA takes no bound values; this is the integer SQLite itself reported.
                QSqlQuery(db.sql()).exec(QStringLiteral("PRAGMA cache_size = %1").arg(previous.toLongLong()));
            }
        }
    } cacheSize(m_db);
    db::Transaction tx(m_db);
    if (!tx.isActive()) {
        report.error = QCoreApplication::translate("Import", "Cannot start writing to the database.");
        return report;
    }
    const QString startedAt = Clock::isoNow();
    QStringList formats;
    for (const ParsedFile& f : parsed) {
        if (!formats.contains(formatKey(f.format))) {
            formats.append(formatKey(f.format));
        }
    }
    db::SqlQuery batchInsert(m_db,
                             QStringLiteral("INSERT INTO import_batches (started_at, source_path, format, status) "
                                            "VALUES (?, ?, ?, 'running')"));
    batchInsert.bindAll({startedAt, paths.join(QLatin1String("; ")), formats.join(QLatin1Char(','))});
    if (!batchInsert.exec()) {
        report.error = batchInsert.error();
        return report;
    }
    const qint64 batchId = batchInsert.lastInsertId();
    ChangeLog changes(m_db, batchId);
    ContactWriter contacts(m_db, batchId, changes);
    InvitationWriter invitations(m_db, batchId, changes, contacts);
    MessageWriter messages(m_db, batchId, changes, contacts, options.sessionGapDays);
    const auto writeFailed = [&](const QString& why) {
        report.files.clear();
        fillReports();
        report.error = QCoreApplication::translate("Import", "Writing to the database failed, nothing was "
                                                             "imported: %1")
                           .arg(why);
        return report;
    };
    if (!contacts.load() || !invitations.load() || !messages.load()) {
        return writeFailed(contacts.error() + invitations.error() + messages.error());
    }
    size_t people = 0;
    for (const ParsedFile& f : parsed) {
        people += f.people.size();
    }
    contacts.reserve(people);

    // Full-text index and secondary indexes: a large import (at least as many people as the
    // database already holds) drops the row-by-row FTS triggers and three non-unique contact
    // indexes for its transaction and builds them once at the end, three to four times faster
    // than keeping them up row by row. DDL is transactional in SQLite, so a cancel, an error or
    // a crash puts the triggers and indexes back with everything else.
    const qint64 existing = db::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM contacts")).toLongLong();
    bool rebuildFts = !options.dryRun && people >= kBulkFtsThreshold && qint64(people) >= existing;
    // The same for the message indexes when the import brings more messages than the database holds.
    size_t incomingMessages = 0;
    for (const ParsedFile& f : parsed) {
        incomingMessages += f.messages.size();
    }
    const qint64 existingMessages = db::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM messages")).toLongLong();
    bool rebuildMessageIndexes =
        !options.dryRun && incomingMessages >= kBulkMessagesThreshold && qint64(incomingMessages) >= existingMessages;
    if (rebuildMessageIndexes) {
        db::Transaction ddl(m_db);
        bool dropped = ddl.isActive();
        for (const char* name : {"conversations_when", "conversations_batch", "conversation_contacts_contact",
                                 "messages_conversation", "messages_external_key"}) {
            dropped =
                dropped && db::exec(m_db, QStringLiteral("DROP INDEX IF EXISTS %1").arg(QLatin1String(name))).isOk();
        }
        rebuildMessageIndexes = dropped && ddl.commit();
        // Without the unique index the writer keeps every message key in memory (128 bits, about
        // 40 bytes with the set's own overhead: 8 MB for 200,000 messages) to skip the ones stored
        // or repeated; building the index at the end still checks it did.
        if (rebuildMessageIndexes && !messages.keepKeysInMemory(existingMessages + qint64(incomingMessages))) {
            return writeFailed(messages.error());
        }
    }
    if (rebuildFts) {
        // In a savepoint: SQLite refuses DDL while another statement on this connection is still
        // reading ("database table is locked"); then the import simply keeps the row-by-row path.
        db::Transaction ddl(m_db);
        bool dropped = ddl.isActive();
        for (const char* name : {"contacts_fts_ai", "contacts_fts_au"}) {
            dropped =
                dropped && db::exec(m_db, QStringLiteral("DROP TRIGGER IF EXISTS %1").arg(QLatin1String(name))).isOk();
        }
        // The writers match people in memory, so the non-unique indexes are not read meanwhile;
        // building each once from sorted data is cheaper than keeping it up row by row.
        for (const char* name : {"contacts_name_key", "contacts_display", "contacts_batch"}) {
            dropped =
                dropped && db::exec(m_db, QStringLiteral("DROP INDEX IF EXISTS %1").arg(QLatin1String(name))).isOk();
        }
        rebuildFts = dropped && ddl.commit();
        if (!rebuildFts) {
            qCInfo(lcImport) << "bulk index build not possible now; indexing row by row";
        }
    }

    // The owner: Profile.csv, then settings, then learned from the messages below.
    OwnerIdentity owner;
    {
        QString name =
            db::scalar(m_db, QStringLiteral("SELECT value FROM settings WHERE key = 'profile.name'")).toString();
        QString url = db::scalar(m_db, QStringLiteral("SELECT value FROM settings WHERE key = 'profile.linkedin_url'"))
                          .toString();
        for (const ParsedFile& f : parsed) {
            if (f.owner) {
                name = f.owner->name;
                url = f.owner->linkedinUrl.isEmpty() ? url : f.owner->linkedinUrl;
            }
        }
        owner = OwnerIdentity(name, text::normalizedLinkedInUrl(url));
    }

    qint64 done = 0;
    bool stop = false;
    const auto tick = [&]() {
        ++done;
        if ((done & 255) == 0) {
            if (cancelled()) {
                stop = true;
                return false;
            }
            if (options.progress) {
                options.progress(done, total);
            }
        }
        return true;
    };

    const int fileReportsBefore = int(report.files.size());
    for (ParsedFile& f : parsed) {
        FileReport r;
        r.file = f.displayName;
        r.format = formatKey(f.format);
        r.skipped = f.skipped;
        r.errors = f.errors;
        const int conflictsBefore = contacts.conflicts();
        for (const PersonRecord& p : f.people) {
            if (stop || !tick()) {
                break;
            }
            switch (contacts.write(p, sourceFor(f.format))) {
            case ContactWriter::Outcome::Added:
                ++r.added;
                break;
            case ContactWriter::Outcome::Updated:
                ++r.updated;
                break;
            case ContactWriter::Outcome::Merged:
                ++r.merged;
                break;
            case ContactWriter::Outcome::Unchanged:
                ++r.unchanged;
                break;
            case ContactWriter::Outcome::Failed:
                return writeFailed(contacts.error());
            }
        }
        r.conflicts = contacts.conflicts() - conflictsBefore;
        for (const InvitationRecord& inv : f.invitations) {
            if (stop || !tick()) {
                break;
            }
            switch (invitations.write(inv)) {
            case InvitationWriter::Outcome::Added:
                ++r.added;
                break;
            case InvitationWriter::Outcome::Updated:
                ++r.updated;
                break;
            case InvitationWriter::Outcome::Merged:
                ++r.merged;
                break;
            case InvitationWriter::Outcome::Unchanged:
                ++r.unchanged;
                break;
            case InvitationWriter::Outcome::Failed:
                return writeFailed(invitations.error());
            }
        }
        if (!f.messages.empty() && !stop) {
            owner.learnFrom(f.messages);
            if (!owner.isKnown()) {
                r.notes.append(QCoreApplication::translate("Import", "Could not tell which messages are yours; "
                                                                     "import Profile.csv with them."));
            }
            MessageWriter::Counts counts;
            if (!messages.write(f.messages, owner, counts, tick) && !stop) {
                return writeFailed(messages.error());
            }
            r.added += counts.added;
            r.unchanged += counts.unchanged;
            r.notes.append(
                QCoreApplication::translate("Import", "%n new conversation(s)", nullptr, counts.conversations));
        }
        // Free the parsed rows as soon as they are written: peak memory is one file, not all of them.
        f.people = {};
        f.messages = {};
        f.invitations = {};
        report.files.append(r);
        if (stop) {
            break;
        }
    }
    if (stop || cancelled()) {
        report.files = report.files.mid(0, fileReportsBefore);
        report.cancelled = true;
        report.error = QCoreApplication::translate("Import", "The import was cancelled; nothing was changed.");
        return report; // the transaction rolls back
    }
    if (owner.isKnown() && !rememberOwner(m_db, changes, owner)) {
        return writeFailed(changes.error());
    }
    if (rebuildMessageIndexes) {
        for (const QString& statement : db::bulkImportMessageIndexes()) {
            if (auto s = db::exec(m_db, statement); !s) {
                return writeFailed(s.error());
            }
        }
    }
    if (rebuildFts) {
        if (auto s = db::exec(m_db, QStringLiteral("INSERT INTO contacts_fts(contacts_fts) VALUES ('rebuild')")); !s) {
            return writeFailed(s.error());
        }
        for (const QString& statement : db::ftsInsertUpdateTriggers() + db::bulkImportContactIndexes()) {
            if (auto s = db::exec(m_db, statement); !s) {
                return writeFailed(s.error());
            }
        }
    }
    if (options.progress) {
        options.progress(total, total);
    }

    const FileReport t = report.totals();
    QStringList summary;
    for (const FileReport& f : std::as_const(report.files)) {
        summary.append(QCoreApplication::translate("Import", "%1: %2 added, %3 updated, %4 merged, %5 unchanged, "
                                                             "%6 skipped, %7 errors")
                           .arg(f.file)
                           .arg(f.added)
                           .arg(f.updated)
                           .arg(f.merged)
                           .arg(f.unchanged)
                           .arg(f.skipped)
                           .arg(f.errors.size()));
    }
    db::SqlQuery finish(m_db, QStringLiteral("UPDATE import_batches SET finished_at=?, status='done', added=?, "
                                             "updated=?, merged=?, unchanged=?, skipped=?, errors=?, summary=? "
                                             "WHERE id=?"));
    finish.bindAll({Clock::isoNow(), t.added, t.updated, t.merged, t.unchanged, t.skipped, int(t.errors.size()),
                    summary.join(QLatin1Char('\n')), batchId});
    if (!finish.exec()) {
        return writeFailed(finish.error());
    }
    if (options.dryRun) {
        qCInfo(lcImport) << "dry run:" << t.added << "would be added," << t.updated << "updated";
        return report; // rolled back by the transaction's destructor
    }
    if (!tx.commit()) {
        return writeFailed(QCoreApplication::translate("Import", "the final commit failed"));
    }
    report.batchId = batchId;
    report.committed = true;
    qCInfo(lcImport) << "import batch" << batchId << "done:" << t.added << "added," << t.updated << "updated,"
                     << t.merged << "merged," << t.unchanged << "unchanged," << t.skipped << "skipped";
    m_db.notifyChanged(db::Entity::Everything);
    return report;
}

} // namespace rapport::importers
