#pragma once

#include "util/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace rapport::db {

class Database;

/// One backup file on disk.
struct BackupInfo
{
    QString path;
    QString kind; ///< "daily" or an event such as "pre-import" or "pre-migration-v1"
    QDateTime createdAt;
    qint64 size = 0;
    QString stamp; ///< sortable time stamp from the file name
};

/// How deeply verifyBackupFile() reads a file.
enum class Verify {
    /// PRAGMA integrity_check: also that every index agrees with its table. For files from
    /// elsewhere (a restore source), the daily backup and the user's own `backup` command, so
    /// that a database whose indexes went bad is noticed while there are still good copies.
    Full,
    /// PRAGMA quick_check: every page and record read and checked, without matching indexes to
    /// tables (five to ten times faster). For the safety copy taken just before an import,
    /// migration or restore, where the user is waiting and the danger is a bad write.
    JustWritten,
};

/// Copies a live database with SQLite's online backup API (consistent while in use; file 0600),
/// checks what it wrote, and restores a verified copy into a live database.
Status backupTo(Database& db, const QString& targetFile, Verify depth = Verify::Full);
Status restoreFrom(Database& db, const QString& sourceFile);
/// Opens a file read-only and checks it is an intact Rapport database this version can read.
Status verifyBackupFile(const QString& file, int* schemaVersion = nullptr, Verify depth = Verify::Full);

/// Rolling backups next to the database in "backups/": the last 7 daily copies and the last 5
/// per-event copies (before imports, migrations, restores).
class BackupManager
{
public:
    static constexpr int keepDaily = 7;
    static constexpr int keepPerEvent = 5;

    explicit BackupManager(const QString& databasePath);

    QString directory() const { return m_dir; }
    Result<QString> eventBackup(Database& db, const QString& event);
    /// Makes today's backup if there is none yet; returns its path or an empty string if not due.
    Result<QString> dailyBackupIfDue(Database& db);
    QList<BackupInfo> list() const;

private:
    void prune(const QString& kindPrefix, int keep) const;
    QString m_dir;
    QString m_baseName;
};

} // namespace rapport::db
