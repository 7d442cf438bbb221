// libFuzzer: the whole import (source discovery, format detection, parsing, the writers) on one
// file, as a dry run against a temporary database, so every input meets the same empty database.
#include "FuzzCommon.h"
#include "db/Database.h"
#include "importers/ImportService.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdlib>
#include <cstring>
#include <memory>

using namespace rapport;

namespace {
std::unique_ptr<QCoreApplication> g_app; // the QSQLITE plugin is found through the application
std::unique_ptr<QTemporaryDir> g_dir;
std::unique_ptr<db::Database> g_db;

// libFuzzer ends with exit(): close the database before Qt's own statics (the SQL connection
// registry among them, created after ours) are torn down, or ~Database meets a dead registry.
void closeAtExit()
{
    g_db.reset();
    g_dir.reset();
    g_app.reset();
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    g_app = std::make_unique<QCoreApplication>(*argc, *argv);
    const QString base = QDir(QStringLiteral("/dev/shm")).exists()
                             ? QStringLiteral("/dev/shm/rapport-fuzz-import-XXXXXX")
                             : QDir::tempPath() + QStringLiteral("/rapport-fuzz-import-XXXXXX");
    g_dir = std::make_unique<QTemporaryDir>(base);
    db::Database::Options o;
    o.backupBeforeMigration = false;
    auto opened = db::Database::open(g_dir->filePath(QStringLiteral("fuzz.sqlite")), o);
    if (!opened) {
        qFatal("cannot open the fuzz database: %s", qPrintable(opened.error()));
    }
    g_db = std::move(opened).value();
    std::atexit(closeAtExit); // registered after Qt's statics, so it runs before they are destroyed
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    // A zip goes through the archive path, everything else through format detection by content.
    const bool zip = size >= 4 && memcmp(data, "PK\x03\x04", 4) == 0;
    const QString path = g_dir->filePath(zip ? QStringLiteral("input.zip") : QStringLiteral("input.csv"));
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            return 0;
        }
        f.write(reinterpret_cast<const char*>(data), qint64(size));
    }
    importers::ImportOptions options;
    options.dryRun = true;      // rolled back: the next input meets the same database
    options.skipBadRows = true; // reach the writers even when some rows are bad
    options.backup = false;
    options.parseLimits.maxRecordChars = 1 << 20;
    options.parseLimits.maxVCardFileBytes = 4 * 1024 * 1024;
    options.zipLimits.maxMemberBytes = 4 * 1024 * 1024;
    options.zipLimits.maxTotalBytes = 16 * 1024 * 1024;
    options.zipLimits.ratioFloorBytes = 1024 * 1024;
    options.zipLimits.maxEntries = 256;
    const importers::ImportReport report = importers::ImportService(*g_db).run({path}, options);
    (void)report.toJson();
    if (g_db->transactionDepth() != 0) {
        __builtin_trap(); // a dry run must leave no transaction open
    }
    QFile::remove(path);
    return 0;
}
