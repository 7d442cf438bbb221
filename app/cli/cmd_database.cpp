// rapport-cli check | backup FILE | restore FILE
#include "Command.h"

#include "db/Backup.h"
#include "util/Clock.h"
#include "util/Paths.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace rapport::cli {
namespace {

int runCheck(Context& ctx)
{
    QCommandLineParser p;
    const int early = ctx.parse(
        p,
        QCoreApplication::translate("cli", "Check the database's integrity (SQLite integrity and foreign keys, search "
                                           "index)."));
    if (early >= 0) {
        return early;
    }
    db::Database* db = ctx.database();
    if (db == nullptr) {
        return ExitFailure;
    }
    const QStringList problems = db->integrityProblems();
    if (ctx.json()) {
        ctx.printJson(QJsonObject{{QStringLiteral("ok"), problems.isEmpty()},
                                  {QStringLiteral("path"), db->path()},
                                  {QStringLiteral("schemaVersion"), db->schemaVersion()},
                                  {QStringLiteral("problems"), QJsonArray::fromStringList(problems)}});
    } else if (problems.isEmpty()) {
        ctx.out() << QCoreApplication::translate("cli", "%1: ok (schema %2).").arg(db->path()).arg(db->schemaVersion())
                  << Qt::endl;
    } else {
        const int n = static_cast<int>(problems.size());
        ctx.err() << QCoreApplication::translate("cli", "%1: %n problem(s) found:", nullptr, n).arg(db->path()) << '\n';
        for (const QString& line : problems) {
            ctx.err() << "  " << line << '\n';
        }
        ctx.err().flush();
    }
    return problems.isEmpty() ? ExitOk : ExitFailure;
}

int runBackup(Context& ctx)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("FILE"), QCoreApplication::translate("cli", "Where to write the backup."));
    const int early = ctx.parse(
        p,
        QCoreApplication::translate("cli", "Write a verified copy of the database (safe while Rapport is running)."));
    if (early >= 0) {
        return early;
    }
    if (p.positionalArguments().size() != 1) {
        return ctx.fail(
            QCoreApplication::translate("cli", "Give the file to write, e.g. \"backup ~/rapport-backup.sqlite\"."),
            ExitUsage);
    }
    const QString file = QFileInfo(p.positionalArguments().first()).absoluteFilePath();
    db::Database* db = ctx.database();
    if (db == nullptr) {
        return ExitFailure;
    }
    if (QFileInfo(file) == QFileInfo(db->path())) {
        return ctx.fail(QCoreApplication::translate("cli", "The backup cannot overwrite the database itself."));
    }
    if (auto s = db::backupTo(*db, file); !s) {
        return ctx.fail(s.error());
    }
    if (ctx.json()) {
        ctx.printJson(QJsonObject{{QStringLiteral("backup"), file}, {QStringLiteral("verified"), true}});
    } else {
        ctx.out() << QCoreApplication::translate("cli", "Backed up to %1 (verified).").arg(file) << Qt::endl;
    }
    return ExitOk;
}

int runRestore(Context& ctx)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("FILE"), QCoreApplication::translate("cli", "The backup to restore."));
    const int early = ctx.parse(
        p,
        QCoreApplication::translate("cli", "Replace the database with a backup. The backup is verified first and the "
                                           "current database is backed up before it is replaced."));
    if (early >= 0) {
        return early;
    }
    if (p.positionalArguments().size() != 1) {
        return ctx.fail(QCoreApplication::translate("cli", "Give the backup file to restore."), ExitUsage);
    }
    const QString file = QFileInfo(p.positionalArguments().first()).absoluteFilePath();
    // Verify before touching anything, so a bad file leaves the database as it was.
    if (auto v = db::verifyBackupFile(file); !v) {
        return ctx.fail(QCoreApplication::translate("cli", "Nothing was restored: %1").arg(v.error()));
    }
    db::Database* db = ctx.database();
    if (db == nullptr) {
        return ExitFailure;
    }
    db::BackupManager backups(db->path());
    auto safety = backups.eventBackup(*db, QStringLiteral("pre-restore"));
    if (!safety) {
        return ctx.fail(
            QCoreApplication::translate("cli", "Nothing was restored: the backup of the current database failed: %1")
                .arg(safety.error()));
    }
    if (auto s = db::restoreFrom(*db, file); !s) {
        return ctx.fail(s.error());
    }
    if (ctx.json()) {
        ctx.printJson(QJsonObject{{QStringLiteral("restored"), file}, {QStringLiteral("previous"), safety.value()}});
    } else {
        ctx.out() << QCoreApplication::translate("cli", "Restored %1. The previous database was saved as %2.")
                         .arg(file, safety.value())
                  << Qt::endl;
    }
    return ExitOk;
}

const Registration regCheck("check", QT_TRANSLATE_NOOP("cli", "check the database's integrity"), runCheck);
const Registration regBackup("backup", QT_TRANSLATE_NOOP("cli", "write a verified backup to FILE"), runBackup);
const Registration regRestore("restore", QT_TRANSLATE_NOOP("cli", "restore the database from a backup FILE"),
                              runRestore);

} // namespace
} // namespace rapport::cli
