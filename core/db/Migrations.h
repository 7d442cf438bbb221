#pragma once

#include "util/Result.h"

#include <QSqlDatabase>
#include <QStringList>

namespace rapport::db {

/// Ordered schema migrations. The version lives in PRAGMA user_version; each step takes the
/// schema from N-1 to N. All pending steps run in one transaction that rolls back on any error.
class Migrations
{
public:
    static constexpr int latestVersion = 4;

    /// Version stored in the file (0 for a new, empty database).
    static int currentVersion(QSqlDatabase& db);

    /// Runs every step after the current version up to target (latestVersion by default).
    /// Refuses a database newer than this build knows, leaving it untouched.
    static Status migrate(QSqlDatabase& db, int target = latestVersion);
};

/// The CREATE TRIGGER statements for contacts_fts_ai and contacts_fts_au, exactly as the
/// migration creates them, for a bulk import that drops them and rebuilds the index once.
QStringList ftsInsertUpdateTriggers();
/// The CREATE INDEX statements of the contacts table's non-unique secondary indexes (name key,
/// display name, import batch), which a bulk import drops and recreates at its end.
QStringList bulkImportContactIndexes();
/// The same for conversations, their contacts and messages (when, batch, contact, conversation),
/// and the unique index on messages.external_key (the import then tells duplicates apart itself).
QStringList bulkImportMessageIndexes();

} // namespace rapport::db
