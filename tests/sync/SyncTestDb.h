#pragma once

// Helpers shared by the sync tests: temporary databases, generated contacts, a blocking sync.

#include "db/Database.h"
#include "db/SqlQuery.h"
#include "store/ContactStore.h"
#include "sync/SyncEngine.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace rapport::test {

inline std::unique_ptr<db::Database> openSyncDb(const QTemporaryDir& dir, const QString& name)
{
    db::Database::Options o;
    o.backupBeforeMigration = false;
    auto db = db::Database::open(dir.filePath(name), o);
    if (!db) {
        qFatal("cannot open test database: %s", qPrintable(db.error()));
    }
    return std::move(db).value();
}

/// Runs one sync to the end (or the timeout) and returns its summary.
inline sync::SyncSummary runSync(sync::SyncEngine& engine, const sync::SyncOptions& options, int timeoutMs = 300000)
{
    QSignalSpy done(&engine, &sync::SyncEngine::finished);
    engine.start(options);
    if (engine.isRunning() && !done.wait(timeoutMs)) {
        qWarning("sync did not finish in %d ms", timeoutMs);
        engine.cancel();
    }
    return engine.summary();
}

inline qint64 count(db::Database& db, const QString& sql, std::initializer_list<QVariant> values = {})
{
    return db::scalar(db, sql, values).toLongLong();
}

} // namespace rapport::test
