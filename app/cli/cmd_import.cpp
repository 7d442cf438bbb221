// rapport-cli import [--dry-run] [--skip-bad-rows] PATH... | --list | --undo BATCH
#include "Command.h"

#include "importers/ImportHistory.h"
#include "importers/ImportService.h"

#include <QCoreApplication>

#include <atomic>
#include <csignal>

using namespace rapport;
using namespace rapport::cli;
using namespace rapport::importers;

namespace {

// Ctrl+C during an import rolls the transaction back instead of killing the process mid-write.
std::atomic<bool> g_cancel{false};
extern "C" void rapportImportOnInterrupt(int)
{
    g_cancel.store(true);
}

void printReport(QTextStream& out, const ImportReport& report)
{
    for (const FileReport& f : report.files) {
        out << f.file << '\n';
        if (!f.format.isEmpty()) {
            out << "  " << QCoreApplication::translate("cli", "format:") << ' ' << f.format << '\n';
        }
        out << "  "
            << QCoreApplication::translate("cli", "added %1, updated %2, merged %3, unchanged %4, skipped %5")
                   .arg(f.added)
                   .arg(f.updated)
                   .arg(f.merged)
                   .arg(f.unchanged)
                   .arg(f.skipped)
            << '\n';
        if (f.conflicts > 0) {
            out << "  "
                << QCoreApplication::translate("cli",
                                               "%1 hand-edited field(s) kept; the imported values wait for review")
                       .arg(f.conflicts)
                << '\n';
        }
        for (const QString& n : f.notes) {
            out << "  " << n << '\n';
        }
        for (const RowError& e : f.errors) {
            const QString where = e.file == f.file || e.file.isEmpty() ? QString() : e.file + QLatin1Char(' ');
            out << "  " << QCoreApplication::translate("cli", "error:") << ' ' << where
                << (e.line > 0 ? QCoreApplication::translate("cli", "line %1: ").arg(e.line) : QString()) << e.reason
                << '\n';
        }
    }
    const FileReport t = report.totals();
    if (report.dryRun) {
        out << QCoreApplication::translate(
                   "cli", "Dry run, nothing was written. Would add %1, update %2, merge %3; %4 unchanged, %5 skipped, "
                          "%6 error(s).")
                   .arg(t.added)
                   .arg(t.updated)
                   .arg(t.merged)
                   .arg(t.unchanged)
                   .arg(t.skipped)
                   .arg(t.errors.size())
            << '\n';
    } else if (report.committed) {
        out << QCoreApplication::translate(
                   "cli",
                   "Import #%1: %2 added, %3 updated, %4 merged, %5 unchanged, %6 skipped, %7 error(s). Undo with "
                   "\"rapport-cli import --undo %1\".")
                   .arg(report.batchId)
                   .arg(t.added)
                   .arg(t.updated)
                   .arg(t.merged)
                   .arg(t.unchanged)
                   .arg(t.skipped)
                   .arg(t.errors.size())
            << '\n';
    }
    out.flush();
}

int list(Context& ctx, db::Database& db)
{
    const auto batches = listBatches(db);
    if (!batches) {
        return ctx.fail(batches.error());
    }
    if (ctx.json()) {
        QJsonArray a;
        for (const ImportBatch& b : batches.value()) {
            a.append(QJsonObject{{QStringLiteral("id"), b.id},
                                 {QStringLiteral("startedAt"), b.startedAt},
                                 {QStringLiteral("finishedAt"), b.finishedAt},
                                 {QStringLiteral("source"), b.sourcePath},
                                 {QStringLiteral("format"), b.format},
                                 {QStringLiteral("status"), b.status},
                                 {QStringLiteral("added"), b.added},
                                 {QStringLiteral("updated"), b.updated},
                                 {QStringLiteral("merged"), b.merged},
                                 {QStringLiteral("unchanged"), b.unchanged},
                                 {QStringLiteral("skipped"), b.skipped},
                                 {QStringLiteral("errors"), b.errors},
                                 {QStringLiteral("undoneAt"), b.undoneAt}});
        }
        ctx.printJson(a);
        return ExitOk;
    }
    if (batches->isEmpty()) {
        ctx.out() << QCoreApplication::translate("cli", "No imports yet.") << Qt::endl;
        return ExitOk;
    }
    for (const ImportBatch& b : batches.value()) {
        ctx.out() << QStringLiteral("#%1  %2  %3  %4  ").arg(b.id).arg(b.startedAt, b.status, b.format)
                  << QCoreApplication::translate("cli",
                                                 "added %1, updated %2, merged %3, unchanged %4, skipped %5, errors %6")
                         .arg(b.added)
                         .arg(b.updated)
                         .arg(b.merged)
                         .arg(b.unchanged)
                         .arg(b.skipped)
                         .arg(b.errors)
                  << "  " << b.sourcePath << '\n';
    }
    ctx.out().flush();
    return ExitOk;
}

int run(Context& ctx)
{
    QCommandLineParser p;
    p.addPositionalArgument(
        QStringLiteral("PATH"),
        QCoreApplication::translate("cli", "LinkedIn export (.zip or unpacked folder), Connections.csv, messages.csv, "
                                           "Invitations.csv, a .vcf file, or a Google/Outlook CSV."),
        QStringLiteral("PATH..."));
    p.addOption({QStringLiteral("dry-run"),
                 QCoreApplication::translate("cli", "Show what would change without writing anything.")});
    p.addOption({QStringLiteral("skip-bad-rows"),
                 QCoreApplication::translate("cli", "Import the good rows and list the bad ones (default: a bad "
                                                    "row stops the whole import).")});
    p.addOption({QStringLiteral("list"), QCoreApplication::translate("cli", "List past imports.")});
    p.addOption({QStringLiteral("undo"),
                 QCoreApplication::translate("cli", "Undo an import: remove what it added, restore what it changed."),
                 QStringLiteral("BATCH")});
    const int early = ctx.parse(
        p, QCoreApplication::translate("cli", "Import a network: LinkedIn export, vCard, Google or Outlook contacts."));
    if (early >= 0) {
        return early;
    }
    const QStringList paths = p.positionalArguments();
    const bool listing = p.isSet(QStringLiteral("list"));
    const bool undoing = p.isSet(QStringLiteral("undo"));
    if (int(listing) + int(undoing) + int(!paths.isEmpty()) != 1) {
        return ctx.fail(QCoreApplication::translate("cli", "Give paths to import, or --list, or --undo BATCH."),
                        ExitUsage);
    }
    qint64 batchId = 0;
    if (undoing) {
        bool ok = false;
        batchId = p.value(QStringLiteral("undo")).toLongLong(&ok);
        if (!ok || batchId <= 0) {
            return ctx.fail(QCoreApplication::translate("cli", "--undo needs an import number (see --list)."),
                            ExitUsage);
        }
    }
    db::Database* db = ctx.database();
    if (db == nullptr) {
        return ExitFailure;
    }
    if (listing) {
        return list(ctx, *db);
    }
    if (undoing) {
        if (const Status s = undoBatch(*db, batchId); !s) {
            return ctx.fail(s.error());
        }
        if (ctx.json()) {
            ctx.printJson(QJsonObject{{QStringLiteral("undone"), batchId}});
        } else {
            ctx.out() << QCoreApplication::translate("cli", "Import #%1 undone.").arg(batchId) << Qt::endl;
        }
        return ExitOk;
    }

    ImportOptions options;
    options.dryRun = p.isSet(QStringLiteral("dry-run"));
    options.skipBadRows = p.isSet(QStringLiteral("skip-bad-rows"));
    options.cancel = &g_cancel;
    const auto previous = std::signal(SIGINT, rapportImportOnInterrupt);
    const ImportReport report = ImportService(*db).run(paths, options);
    std::signal(SIGINT, previous);

    if (ctx.json()) {
        ctx.printJson(report.toJson());
    } else {
        printReport(ctx.out(), report);
        if (!report.ok()) {
            ctx.err() << QStringLiteral("rapport-cli: ") << report.error << Qt::endl;
        }
    }
    return report.ok() ? ExitOk : ExitFailure;
}

} // namespace

const Registration reg("import", QT_TRANSLATE_NOOP("cli", "import a LinkedIn export, vCards, Google or Outlook CSV"),
                       run);
