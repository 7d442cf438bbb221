#pragma once

#include "FileParser.h"
#include "ImportRecords.h"
#include "ZipArchive.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace rapport::db {
class Database;
}

namespace rapport::importers {

struct ImportOptions
{
    /// Compute everything, write nothing (the transaction is rolled back).
    bool dryRun = false;
    /// Import the good rows and list the bad ones, instead of refusing the whole import.
    bool skipBadRows = false;
    /// Set from another thread to stop; the import then rolls back.
    std::atomic<bool>* cancel = nullptr;
    /// Records written so far and in total; called from the importing thread.
    std::function<void(qint64 done, qint64 total)> progress;
    /// A LinkedIn thread becomes a new conversation after this many quiet days.
    int sessionGapDays = 14;
    /// Back up the database before a real import (skipped for ":memory:").
    bool backup = true;
    ParseLimits parseLimits;
    ZipLimits zipLimits;
};

/// What happened to one file.
struct FileReport
{
    QString file;
    QString format; ///< formatKey()
    int added = 0;
    int updated = 0;
    int merged = 0; ///< folded into a record this same import had already added
    int unchanged = 0;
    int skipped = 0;   ///< left out on purpose: hidden profiles, drafts, spam, group cards, bad rows
    int conflicts = 0; ///< hand-edited fields not overwritten (see field_conflicts)
    QList<RowError> errors;
    QStringList notes;

    QJsonObject toJson() const;
};

struct ImportReport
{
    qint64 batchId = 0; ///< 0 for a dry run or a failed import
    bool dryRun = false;
    bool committed = false;
    bool cancelled = false;
    QString error; ///< why nothing was imported; empty on success
    QList<FileReport> files;

    bool ok() const { return error.isEmpty(); }
    FileReport totals() const;
    QJsonObject toJson() const;
};

/// Imports LinkedIn exports (zip, folder or single files), vCards, Google and Outlook CSVs into one
/// database in one transaction recorded as one import_batches row, so it can be listed and undone.
/// Files are parsed completely first: with bad rows and without skipBadRows nothing is written.
class ImportService
{
public:
    explicit ImportService(db::Database& db);
    ImportReport run(const QStringList& paths, const ImportOptions& options = {});

private:
    db::Database& m_db;
};

} // namespace rapport::importers
