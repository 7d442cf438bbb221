#include "Backup.h"

#include "Database.h"
#include "Migrations.h"
#include "NativeStatement.h"
#include "util/Clock.h"
#include "util/Logging.h"
#include "util/Paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <sqlite3.h>
#include <sys/stat.h>

namespace rapport::db {

namespace {

// Copies all pages from one connection to another; both handles stay owned by their callers.
int copyDatabase(sqlite3* from, sqlite3* to)
{
    sqlite3_backup* b = sqlite3_backup_init(to, "main", from, "main");
    if (b == nullptr) {
        return sqlite3_errcode(to);
    }
    int rc = SQLITE_OK;
    do {
        rc = sqlite3_backup_step(b, 256);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
            sqlite3_sleep(20);
        }
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    sqlite3_backup_finish(b);
    return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

QString sqliteMessage(int rc)
{
    return QString::fromUtf8(sqlite3_errstr(rc));
}

} // namespace

Status verifyBackupFile(const QString& file, int* schemaVersion, Verify depth)
{
    if (!QFileInfo::exists(file)) {
        return Status::fail(QCoreApplication::translate("Backup", "The file %1 does not exist.").arg(file));
    }
    sqlite3* h = nullptr;
    const QByteArray name = QFile::encodeName(file);
    int rc = sqlite3_open_v2(name.constData(), &h, SQLITE_OPEN_READONLY, nullptr);
    auto closer = qScopeGuard([&] { sqlite3_close(h); });
    if (rc != SQLITE_OK) {
        return Status::fail(QCoreApplication::translate("Backup", "Cannot open %1: %2").arg(file, sqliteMessage(rc)));
    }
    auto single = [&](const char* sql, QString* text) -> int {
        sqlite3_stmt* st = nullptr;
        int r = sqlite3_prepare_v2(h, sql, -1, &st, nullptr);
        if (r == SQLITE_OK) {
            r = sqlite3_step(st);
            if (r == SQLITE_ROW) {
                *text = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
                r = SQLITE_OK;
            }
        }
        sqlite3_finalize(st);
        return r;
    };
    QString value;
    if (single("PRAGMA user_version", &value) != SQLITE_OK) {
        return Status::fail(QCoreApplication::translate("Backup", "%1 is not a Rapport database.").arg(file));
    }
    const int version = value.toInt();
    if (version < 1) {
        return Status::fail(
            QCoreApplication::translate("Backup", "%1 is not a Rapport database (it has no Rapport schema).")
                .arg(file));
    }
    if (version > Migrations::latestVersion) {
        return Status::fail(
            QCoreApplication::translate("Backup", "%1 was written by a newer version of Rapport (schema %2).")
                .arg(file)
                .arg(version));
    }
    QString contactsTable;
    if (single("SELECT name FROM sqlite_master WHERE type='table' AND name='contacts'", &contactsTable) != SQLITE_OK ||
        contactsTable.isEmpty()) {
        return Status::fail(
            QCoreApplication::translate("Backup", "%1 is not a Rapport database (no contacts table).").arg(file));
    }
    // SQLite reads a short last page as zeros, so integrity_check alone passes a file cut by a
    // few bytes: the size must be exactly page_size × page_count.
    QString pageSize;
    QString pageCount;
    if (single("PRAGMA page_size", &pageSize) != SQLITE_OK || single("PRAGMA page_count", &pageCount) != SQLITE_OK ||
        QFileInfo(file).size() != pageSize.toLongLong() * pageCount.toLongLong()) {
        return Status::fail(QCoreApplication::translate("Backup", "%1 is truncated or damaged.").arg(file));
    }
    if (single(depth == Verify::Full ? "PRAGMA integrity_check" : "PRAGMA quick_check", &value) != SQLITE_OK ||
        value != QLatin1String("ok")) {
        return Status::fail(QCoreApplication::translate("Backup", "%1 is damaged: %2").arg(file, value));
    }
    if (schemaVersion != nullptr) {
        *schemaVersion = version;
    }
    return Status::ok();
}

Status backupTo(Database& db, const QString& targetFile, Verify depth)
{
    sqlite3* from = nativeHandle(db);
    if (from == nullptr) {
        return Status::fail(QCoreApplication::translate("Backup", "The database connection does not support backups."));
    }
    const QFileInfo info(targetFile);
    QDir().mkpath(info.absolutePath());
    // Write to a temporary name and rename, so a crash never leaves a half-written backup
    // under the real name.
    const QString tmp = targetFile + QStringLiteral(".part-") + QUuid::createUuid().toString(QUuid::Id128).left(8);
    const QByteArray tmpName = QFile::encodeName(tmp);
    const mode_t old = ::umask(0077);
    sqlite3* to = nullptr;
    int rc = sqlite3_open_v2(tmpName.constData(), &to, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    ::umask(old);
    if (rc == SQLITE_OK) {
        rc = copyDatabase(from, to);
    }
    if (rc == SQLITE_OK) {
        rc = sqlite3_exec(to, "PRAGMA journal_mode=DELETE", nullptr, nullptr, nullptr);
    }
    sqlite3_close(to);
    ::chmod(tmpName.constData(), 0600);
    if (rc != SQLITE_OK) {
        QFile::remove(tmp);
        return Status::fail(
            QCoreApplication::translate("Backup", "Cannot write the backup %1: %2").arg(targetFile, sqliteMessage(rc)));
    }
    if (auto v = verifyBackupFile(tmp, nullptr, depth); !v) {
        QFile::remove(tmp);
        return Status::fail(QCoreApplication::translate("Backup", "The backup %1 could not be verified: %2")
                                .arg(targetFile, v.error()));
    }
    QFile::remove(targetFile);
    if (!QFile::rename(tmp, targetFile)) {
        QFile::remove(tmp);
        return Status::fail(
            QCoreApplication::translate("Backup", "Cannot move the backup into place at %1.").arg(targetFile));
    }
    return Status::ok();
}

Status restoreFrom(Database& db, const QString& sourceFile)
{
    int version = 0;
    if (auto v = verifyBackupFile(sourceFile, &version); !v) {
        return Status::fail(QCoreApplication::translate("Backup", "Nothing was restored: %1").arg(v.error()));
    }
    sqlite3* to = nativeHandle(db);
    if (to == nullptr) {
        return Status::fail(
            QCoreApplication::translate("Backup", "The database connection does not support restoring."));
    }
    sqlite3* from = nullptr;
    const QByteArray name = QFile::encodeName(sourceFile);
    int rc = sqlite3_open_v2(name.constData(), &from, SQLITE_OPEN_READONLY, nullptr);
    if (rc == SQLITE_OK) {
        rc = copyDatabase(from, to);
    }
    sqlite3_close(from);
    if (rc != SQLITE_OK) {
        return Status::fail(
            QCoreApplication::translate("Backup", "Restoring from %1 failed: %2").arg(sourceFile, sqliteMessage(rc)));
    }
    // An older backup comes back at its own schema version; bring it up to date.
    if (auto m = Migrations::migrate(db.sql()); !m) {
        return m;
    }
    QSqlQuery q(db.sql());
    q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    db.notifyChanged(Entity::Everything);
    return Status::ok();
}

BackupManager::BackupManager(const QString& databasePath)
    : m_dir(paths::backupDirFor(databasePath)), m_baseName(QFileInfo(databasePath).completeBaseName())
{}

Result<QString> BackupManager::eventBackup(Database& db, const QString& event)
{
    const QString stamp = Clock::now().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    const QString file = QDir(m_dir).filePath(QStringLiteral("%1.%2.%3.sqlite").arg(m_baseName, event, stamp));
    if (auto s = backupTo(db, file, Verify::JustWritten); !s) {
        return Result<QString>::fail(s.error());
    }
    prune(QStringLiteral("event"), keepPerEvent);
    return Result<QString>::ok(file);
}

Result<QString> BackupManager::dailyBackupIfDue(Database& db)
{
    const QString day = Clock::today().toString(Qt::ISODate);
    const QString file = QDir(m_dir).filePath(QStringLiteral("%1.daily.%2.sqlite").arg(m_baseName, day));
    if (QFileInfo::exists(file)) {
        return Result<QString>::ok(QString());
    }
    if (auto s = backupTo(db, file); !s) {
        return Result<QString>::fail(s.error());
    }
    prune(QStringLiteral("daily"), keepDaily);
    return Result<QString>::ok(file);
}

QList<BackupInfo> BackupManager::list() const
{
    QList<BackupInfo> out;
    const QDir dir(m_dir);
    const QRegularExpression re(
        QStringLiteral("^%1\\.([^.]+)\\.([0-9-]+)\\.sqlite$").arg(QRegularExpression::escape(m_baseName)));
    const auto entries = dir.entryInfoList({QStringLiteral("*.sqlite")}, QDir::Files, QDir::Time);
    for (const QFileInfo& fi : entries) {
        const auto m = re.match(fi.fileName());
        if (!m.hasMatch()) {
            continue;
        }
        out.append({fi.absoluteFilePath(), m.captured(1), fi.lastModified(), fi.size(), m.captured(2)});
    }
    return out;
}

void BackupManager::prune(const QString& kindPrefix, int keep) const
{
    // Copies interrupted by a crash or a kill are partial copies of the user's data: remove
    // them once they are clearly not being written any more.
    const QDir dir(m_dir);
    const auto parts = dir.entryInfoList({QStringLiteral("*.part-*")}, QDir::Files);
    for (const QFileInfo& fi : parts) {
        if (fi.lastModified().secsTo(QDateTime::currentDateTime()) > 60) {
            QFile::remove(fi.absoluteFilePath());
        }
    }
    const bool daily = kindPrefix == QLatin1String("daily");
    QList<BackupInfo> matching;
    for (const BackupInfo& b : list()) {
        if ((b.kind == QLatin1String("daily")) == daily) {
            matching.append(b);
        }
    }
    // Names sort by time stamp; the newest are kept.
    std::sort(matching.begin(), matching.end(),
              [](const BackupInfo& a, const BackupInfo& b) { return a.stamp > b.stamp; });
    for (int i = keep; i < matching.size(); ++i) {
        qCInfo(lcDb) << "pruning old backup" << matching.at(i).path;
        QFile::remove(matching.at(i).path);
    }
}

} // namespace rapport::db
