#include "Migrations.h"

#include "util/Logging.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace rapport::db {

namespace {

// Secondary contact indexes a large import drops and recreates in one sorted pass (see
// bulkImportContactIndexes()); they stay exactly as version 1 creates them.
const char* const kContactsNameKeyIndex = "CREATE INDEX contacts_name_key ON contacts(name_key)";
const char* const kContactsDisplayIndex = "CREATE INDEX contacts_display ON contacts(display_name COLLATE NOCASE)";
const char* const kContactsBatchIndex = "CREATE INDEX contacts_batch ON contacts(batch_id)";

// Secondary message indexes a large message import builds once at its end (see
// bulkImportMessageIndexes()); they stay exactly as version 1 creates them.
const char* const kConversationsWhenIndex = "CREATE INDEX conversations_when ON conversations(happened_at)";
const char* const kConversationsBatchIndex = "CREATE INDEX conversations_batch ON conversations(batch_id)";
const char* const kConversationContactsIndex =
    "CREATE INDEX conversation_contacts_contact ON conversation_contacts(contact_id)";
const char* const kMessagesConversationIndex =
    "CREATE INDEX messages_conversation ON messages(conversation_id, sent_at)";
// Since version 4 the uniqueness of a message's key is a named index rather than a column
// constraint, so that a large import can build it once from sorted keys (random 128-bit keys
// inserted one by one into a growing b-tree were a third of a 200,000-message import).
const char* const kMessagesKeyIndex = "CREATE UNIQUE INDEX messages_external_key ON messages(external_key)";

// Version 1: the whole product's tables. Later versions add (version 4 rebuilds one table to turn a
// column constraint into an index; the data is copied as it is).
const char* const kV1[] = {
    R"(CREATE TABLE import_batches (
        id INTEGER PRIMARY KEY,
        started_at TEXT NOT NULL,
        finished_at TEXT,
        source_path TEXT NOT NULL DEFAULT '',
        format TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'running' CHECK (status IN ('running','done','failed','undone')),
        added INTEGER NOT NULL DEFAULT 0,
        updated INTEGER NOT NULL DEFAULT 0,
        merged INTEGER NOT NULL DEFAULT 0,
        unchanged INTEGER NOT NULL DEFAULT 0,
        skipped INTEGER NOT NULL DEFAULT 0,
        errors INTEGER NOT NULL DEFAULT 0,
        summary TEXT NOT NULL DEFAULT '',
        undone_at TEXT))",
    R"(CREATE TABLE contacts (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        first_name TEXT NOT NULL DEFAULT '',
        last_name TEXT NOT NULL DEFAULT '',
        display_name TEXT NOT NULL DEFAULT '',
        name_key TEXT NOT NULL DEFAULT '',
        headline TEXT NOT NULL DEFAULT '',
        position TEXT NOT NULL DEFAULT '',
        company TEXT NOT NULL DEFAULT '',
        industry TEXT NOT NULL DEFAULT '',
        location TEXT NOT NULL DEFAULT '',
        linkedin_url TEXT,
        how_met TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        birthday TEXT NOT NULL DEFAULT '',
        source TEXT NOT NULL DEFAULT 'manual',
        connected_on TEXT,
        champion_stage INTEGER NOT NULL DEFAULT 0 CHECK (champion_stage BETWEEN 0 AND 3),
        cadence_ideal_days INTEGER,
        cadence_max_days INTEGER,
        archived INTEGER NOT NULL DEFAULT 0,
        deleted_at TEXT,
        edited_fields TEXT NOT NULL DEFAULT '',
        batch_id INTEGER REFERENCES import_batches(id) ON DELETE SET NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL))",
    "CREATE UNIQUE INDEX contacts_linkedin ON contacts(linkedin_url) WHERE linkedin_url IS NOT NULL",
    kContactsNameKeyIndex,
    kContactsDisplayIndex,
    kContactsBatchIndex,
    R"(CREATE TABLE contact_emails (
        id INTEGER PRIMARY KEY,
        contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
        label TEXT NOT NULL DEFAULT '',
        address TEXT NOT NULL,
        normalized TEXT NOT NULL,
        sort_order INTEGER NOT NULL DEFAULT 0))",
    "CREATE INDEX contact_emails_contact ON contact_emails(contact_id)",
    "CREATE INDEX contact_emails_norm ON contact_emails(normalized)",
    R"(CREATE TABLE contact_phones (
        id INTEGER PRIMARY KEY,
        contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
        label TEXT NOT NULL DEFAULT '',
        number TEXT NOT NULL,
        normalized TEXT NOT NULL,
        sort_order INTEGER NOT NULL DEFAULT 0))",
    "CREATE INDEX contact_phones_contact ON contact_phones(contact_id)",
    "CREATE INDEX contact_phones_norm ON contact_phones(normalized)",
    R"(CREATE TABLE contact_urls (
        id INTEGER PRIMARY KEY,
        contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
        label TEXT NOT NULL DEFAULT '',
        url TEXT NOT NULL,
        sort_order INTEGER NOT NULL DEFAULT 0))",
    "CREATE INDEX contact_urls_contact ON contact_urls(contact_id)",
    R"(CREATE TABLE circles (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        color TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL))",
    R"(CREATE TABLE contact_circles (
        contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
        circle_id INTEGER NOT NULL REFERENCES circles(id) ON DELETE CASCADE,
        PRIMARY KEY (contact_id, circle_id)) WITHOUT ROWID)",
    "CREATE INDEX contact_circles_circle ON contact_circles(circle_id)",
    R"(CREATE TABLE tags (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE))",
    R"(CREATE TABLE contact_tags (
        contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
        tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
        PRIMARY KEY (contact_id, tag_id)) WITHOUT ROWID)",
    R"(CREATE TABLE conversations (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        happened_at TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('meeting','call','video','message','email','event')),
        initiated_by TEXT NOT NULL DEFAULT 'unknown' CHECK (initiated_by IN ('me','them','unknown')),
        duration_minutes INTEGER,
        summary TEXT NOT NULL DEFAULT '',
        two_way INTEGER NOT NULL DEFAULT 1,
        next_step TEXT NOT NULL DEFAULT '',
        next_step_due TEXT,
        source TEXT NOT NULL DEFAULT 'manual',
        external_id TEXT,
        message_count INTEGER NOT NULL DEFAULT 0,
        batch_id INTEGER REFERENCES import_batches(id) ON DELETE SET NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL))",
    "CREATE UNIQUE INDEX conversations_external ON conversations(source, external_id) WHERE external_id IS NOT NULL",
    kConversationsWhenIndex,
    kConversationsBatchIndex,
    R"(CREATE TABLE conversation_contacts (
        conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
        contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
        PRIMARY KEY (conversation_id, contact_id)) WITHOUT ROWID)",
    kConversationContactsIndex,
    R"(CREATE TABLE messages (
        id INTEGER PRIMARY KEY,
        conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
        sent_at TEXT NOT NULL,
        from_me INTEGER NOT NULL,
        sender_name TEXT NOT NULL DEFAULT '',
        sender_url TEXT NOT NULL DEFAULT '',
        subject TEXT NOT NULL DEFAULT '',
        content TEXT NOT NULL DEFAULT '',
        folder TEXT NOT NULL DEFAULT '',
        external_key TEXT NOT NULL UNIQUE))",
    kMessagesConversationIndex,
    R"(CREATE TABLE followups (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
        due_date TEXT NOT NULL,
        reason TEXT NOT NULL DEFAULT '',
        origin TEXT NOT NULL DEFAULT 'manual' CHECK (origin IN ('manual','cadence','next_step')),
        conversation_id INTEGER REFERENCES conversations(id) ON DELETE SET NULL,
        status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open','done','cancelled')),
        snoozed_until TEXT,
        done_at TEXT,
        recurrence_days INTEGER,
        batch_id INTEGER REFERENCES import_batches(id) ON DELETE SET NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL))",
    "CREATE INDEX followups_due ON followups(status, due_date)",
    "CREATE INDEX followups_contact ON followups(contact_id)",
    R"(CREATE TABLE introductions (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL DEFAULT 'introduction' CHECK (kind IN ('introduction','referral','help')),
        introducer_id INTEGER REFERENCES contacts(id) ON DELETE SET NULL,
        introduced_id INTEGER REFERENCES contacts(id) ON DELETE SET NULL,
        target_id INTEGER REFERENCES contacts(id) ON DELETE SET NULL,
        direction TEXT NOT NULL DEFAULT 'received' CHECK (direction IN ('given','received')),
        happened_at TEXT NOT NULL,
        outcome TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        batch_id INTEGER REFERENCES import_batches(id) ON DELETE SET NULL,
        created_at TEXT NOT NULL))",
    "CREATE INDEX introductions_introducer ON introductions(introducer_id)",
    "CREATE INDEX introductions_introduced ON introductions(introduced_id)",
    "CREATE INDEX introductions_target ON introductions(target_id)",
    R"(CREATE TABLE invitations (
        id INTEGER PRIMARY KEY,
        direction TEXT NOT NULL CHECK (direction IN ('incoming','outgoing')),
        from_name TEXT NOT NULL DEFAULT '',
        from_headline TEXT NOT NULL DEFAULT '',
        from_url TEXT NOT NULL DEFAULT '',
        to_name TEXT NOT NULL DEFAULT '',
        to_url TEXT NOT NULL DEFAULT '',
        message TEXT NOT NULL DEFAULT '',
        sent_at TEXT,
        mutual_connections INTEGER,
        sender_connection_count INTEGER,
        contact_id INTEGER REFERENCES contacts(id) ON DELETE SET NULL,
        status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending','accepted','ignored')),
        verdict TEXT NOT NULL DEFAULT '' CHECK (verdict IN ('','collector','unclear','genuine')),
        score REAL,
        reasons TEXT NOT NULL DEFAULT '',
        user_decision TEXT NOT NULL DEFAULT '' CHECK (user_decision IN ('','accepted','ignored','flag_wrong')),
        decided_at TEXT,
        external_key TEXT UNIQUE,
        batch_id INTEGER REFERENCES import_batches(id) ON DELETE SET NULL,
        created_at TEXT NOT NULL))",
    "CREATE INDEX invitations_status ON invitations(direction, status, verdict, sent_at)",
    "CREATE INDEX invitations_contact ON invitations(contact_id)",
    R"(CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL) WITHOUT ROWID)",
};

// The triggers that keep contacts_fts in step row by row. A large import drops them for its
// transaction and rebuilds the index once instead (see ftsInsertUpdateTriggers()).
const char* const kFtsInsertTrigger =
    R"(CREATE TRIGGER contacts_fts_ai AFTER INSERT ON contacts BEGIN
        INSERT INTO contacts_fts(rowid, display_name, company, position, headline, notes, location)
        VALUES (new.id, new.display_name, new.company, new.position, new.headline, new.notes, new.location);
    END)";
const char* const kFtsUpdateTrigger =
    R"(CREATE TRIGGER contacts_fts_au AFTER UPDATE OF display_name, company, position, headline, notes, location
        ON contacts BEGIN
        INSERT INTO contacts_fts(contacts_fts, rowid, display_name, company, position, headline, notes, location)
        VALUES ('delete', old.id, old.display_name, old.company, old.position, old.headline, old.notes, old.location);
        INSERT INTO contacts_fts(rowid, display_name, company, position, headline, notes, location)
        VALUES (new.id, new.display_name, new.company, new.position, new.headline, new.notes, new.location);
    END)";

// Version 2: full-text search over contacts, kept in step by triggers.
const char* const kV2[] = {
    R"(CREATE VIRTUAL TABLE contacts_fts USING fts5(
        display_name, company, position, headline, notes, location,
        content='contacts', content_rowid='id', tokenize='unicode61 remove_diacritics 2'))",
    kFtsInsertTrigger,
    R"(CREATE TRIGGER contacts_fts_ad AFTER DELETE ON contacts BEGIN
        INSERT INTO contacts_fts(contacts_fts, rowid, display_name, company, position, headline, notes, location)
        VALUES ('delete', old.id, old.display_name, old.company, old.position, old.headline, old.notes, old.location);
    END)",
    kFtsUpdateTrigger,
    "INSERT INTO contacts_fts(contacts_fts) VALUES ('rebuild')",
};

// Version 3: undo of imports, conflicts for review, cached scores, sync bookkeeping, triage learning.
const char* const kV3[] = {
    R"(CREATE TABLE import_changes (
        id INTEGER PRIMARY KEY,
        batch_id INTEGER NOT NULL REFERENCES import_batches(id) ON DELETE CASCADE,
        table_name TEXT NOT NULL,
        row_id INTEGER NOT NULL,
        before_json TEXT NOT NULL))",  "CREATE INDEX import_changes_batch ON import_changes(batch_id)",
    R"(CREATE TABLE field_conflicts (
        id INTEGER PRIMARY KEY,
        contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
        field TEXT NOT NULL,
        current_value TEXT NOT NULL,
        imported_value TEXT NOT NULL,
        batch_id INTEGER REFERENCES import_batches(id) ON DELETE CASCADE,
        created_at TEXT NOT NULL,
        resolved_at TEXT,
        resolution TEXT NOT NULL DEFAULT ''))", "CREATE INDEX field_conflicts_open ON field_conflicts(resolved_at, contact_id)",
    R"(CREATE TABLE contact_scores (
        contact_id INTEGER PRIMARY KEY REFERENCES contacts(id) ON DELETE CASCADE,
        score REAL NOT NULL,
        tier TEXT NOT NULL,
        reasons TEXT NOT NULL DEFAULT '',
        computed_at TEXT NOT NULL))",  "CREATE INDEX contact_scores_score ON contact_scores(score DESC)",
    R"(CREATE TABLE triage_weights (
        feature TEXT PRIMARY KEY,
        weight REAL NOT NULL,
        updated_at TEXT NOT NULL) WITHOUT ROWID)",
    R"(CREATE TABLE sync_accounts (
        id INTEGER PRIMARY KEY,
        server_url TEXT NOT NULL,
        username TEXT NOT NULL,
        addressbook_url TEXT NOT NULL DEFAULT '',
        calendar_url TEXT NOT NULL DEFAULT '',
        addressbook_token TEXT NOT NULL DEFAULT '',
        calendar_token TEXT NOT NULL DEFAULT '',
        last_sync_at TEXT,
        UNIQUE (server_url, username)))",
    R"(CREATE TABLE sync_items (
        account_id INTEGER NOT NULL REFERENCES sync_accounts(id) ON DELETE CASCADE,
        collection TEXT NOT NULL CHECK (collection IN ('contacts','followups')),
        local_uid TEXT NOT NULL,
        href TEXT NOT NULL,
        etag TEXT NOT NULL DEFAULT '',
        local_hash TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (account_id, collection, local_uid)) WITHOUT ROWID)",
    R"(CREATE TABLE sync_conflicts (
        id INTEGER PRIMARY KEY,
        account_id INTEGER NOT NULL REFERENCES sync_accounts(id) ON DELETE CASCADE,
        local_uid TEXT NOT NULL,
        local_data TEXT NOT NULL,
        remote_data TEXT NOT NULL,
        resolution TEXT NOT NULL,
        created_at TEXT NOT NULL))",
    R"(CREATE TABLE sync_tombstones (
        collection TEXT NOT NULL,
        local_uid TEXT NOT NULL,
        deleted_at TEXT NOT NULL,
        PRIMARY KEY (collection, local_uid)) WITHOUT ROWID)",
};

// Version 4: messages.external_key UNIQUE becomes the index messages_external_key (same rule,
// droppable for a bulk import). SQLite cannot drop a column constraint, so the table is rebuilt;
// nothing references messages, and ids are kept.
const char* const kV4[] = {
    R"(CREATE TABLE messages_v4 (
        id INTEGER PRIMARY KEY,
        conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
        sent_at TEXT NOT NULL,
        from_me INTEGER NOT NULL,
        sender_name TEXT NOT NULL DEFAULT '',
        sender_url TEXT NOT NULL DEFAULT '',
        subject TEXT NOT NULL DEFAULT '',
        content TEXT NOT NULL DEFAULT '',
        folder TEXT NOT NULL DEFAULT '',
        external_key TEXT NOT NULL))",
    "INSERT INTO messages_v4 (id, conversation_id, sent_at, from_me, sender_name, sender_url, subject, content, "
    "folder, external_key) SELECT id, conversation_id, sent_at, from_me, sender_name, sender_url, subject, content, "
    "folder, external_key FROM messages",
    "DROP TABLE messages",
    "ALTER TABLE messages_v4 RENAME TO messages",
    kMessagesConversationIndex,
    kMessagesKeyIndex,
};

template <std::size_t N> QStringList toList(const char* const (&stmts)[N])
{
    QStringList out;
    for (const char* s : stmts) {
        out << QString::fromUtf8(s);
    }
    return out;
}

QList<QStringList> steps()
{
    return {toList(kV1), toList(kV2), toList(kV3), toList(kV4)};
}

} // namespace

int Migrations::currentVersion(QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next()) {
        return q.value(0).toInt();
    }
    return -1;
}

Status Migrations::migrate(QSqlDatabase& db, int target)
{
    const int from = currentVersion(db);
    if (from < 0) {
        return Status::fail(
            QCoreApplication::translate("Migrations", "Cannot read the schema version: %1").arg(db.lastError().text()));
    }
    if (from > latestVersion) {
        return Status::fail(QCoreApplication::translate("Migrations",
                                                        "This database was written by a newer version of Rapport "
                                                        "(schema %1; this version knows up to %2). It was not changed.")
                                .arg(from)
                                .arg(latestVersion));
    }
    if (from >= target) {
        return Status::ok();
    }
    if (!db.transaction()) {
        return Status::fail(
            QCoreApplication::translate("Migrations", "Cannot start the upgrade: %1").arg(db.lastError().text()));
    }
    const auto all = steps();
    for (int version = from + 1; version <= target; ++version) {
        for (const QString& sql : all.at(version - 1)) {
            QSqlQuery q(db);
            if (!q.exec(sql)) {
                const QString why = q.lastError().text();
                db.rollback();
                return Status::fail(QCoreApplication::translate("Migrations", "Upgrading the database to schema %1 "
                                                                              "failed and was undone: %2")
                                        .arg(version)
                                        .arg(why));
            }
        }
        qCInfo(lcDb) << "migrated to schema" << version;
    }
    QSqlQuery q(db);
    // PRAGMA cannot take a bound parameter; the value is an integer we computed, not user text.
    if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(target)) || !db.commit()) {
        const QString why = q.lastError().text();
        db.rollback();
        return Status::fail(
            QCoreApplication::translate("Migrations", "Upgrading the database failed and was undone: %1").arg(why));
    }
    return Status::ok();
}

QStringList ftsInsertUpdateTriggers()
{
    return {QString::fromUtf8(kFtsInsertTrigger), QString::fromUtf8(kFtsUpdateTrigger)};
}

QStringList bulkImportContactIndexes()
{
    return {QString::fromUtf8(kContactsNameKeyIndex), QString::fromUtf8(kContactsDisplayIndex),
            QString::fromUtf8(kContactsBatchIndex)};
}

QStringList bulkImportMessageIndexes()
{
    return {QString::fromUtf8(kConversationsWhenIndex), QString::fromUtf8(kConversationsBatchIndex),
            QString::fromUtf8(kConversationContactsIndex), QString::fromUtf8(kMessagesConversationIndex),
            QString::fromUtf8(kMessagesKeyIndex)};
}

} // namespace rapport::db
