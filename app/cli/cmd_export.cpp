// rapport-cli export [--format vcard|vcard3|vcard4|csv|json] [--circle NAME] [--ids 1,2,3] FILE
#include "Command.h"

#include "exporters/ExportService.h"

#include <QCoreApplication>

#include <atomic>
#include <csignal>

using namespace rapport;
using namespace rapport::cli;
using namespace rapport::exporters;

namespace {

// Ctrl+C stops the export; QSaveFile then leaves the target file as it was.
std::atomic<bool> g_cancel{false};
// extern "C" names are global even in an anonymous namespace: this one must be unique to the file.
extern "C" void onExportInterrupt(int)
{
    g_cancel.store(true);
}

/// "1,2, 3" to ids; false for anything that is not a list of positive whole numbers.
bool parseIds(const QString& text, QList<qint64>& ids)
{
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const qint64 id = part.trimmed().toLongLong(&ok);
        if (!ok || id <= 0) {
            return false;
        }
        if (!ids.contains(id)) {
            ids.append(id);
        }
    }
    return !ids.isEmpty();
}

int run(Context& ctx)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("format"),
                 QCoreApplication::translate(
                     "cli", "vcard (= vcard4), vcard3, vcard4, csv or json; by default guessed from the file name."),
                 QStringLiteral("FORMAT")});
    p.addOption({QStringLiteral("circle"), QCoreApplication::translate("cli", "Only the contacts in this circle."),
                 QStringLiteral("NAME")});
    p.addOption({QStringLiteral("ids"),
                 QCoreApplication::translate("cli", "Only these contacts (comma-separated ids, repeatable)."),
                 QStringLiteral("IDS")});
    p.addPositionalArgument(QStringLiteral("file"),
                            QCoreApplication::translate("cli", "The file to write (replaced if it exists)."));
    const int early =
        ctx.parse(p, QCoreApplication::translate("cli", "Export contacts to vCard or CSV, or everything to JSON."));
    if (early >= 0) {
        return early;
    }
    const QStringList pos = p.positionalArguments();
    if (pos.size() != 1) {
        return ctx.fail(QCoreApplication::translate(
                            "cli", "Give exactly one file to write, e.g. \"export --format vcard contacts.vcf\"."),
                        ExitUsage);
    }
    ExportOptions options;
    options.filePath = pos.first();
    std::optional<ExportFormat> format = p.isSet(QStringLiteral("format"))
                                             ? exportFormatFromKey(p.value(QStringLiteral("format")))
                                             : exportFormatForFile(options.filePath);
    if (!format) {
        return ctx.fail(
            p.isSet(QStringLiteral("format"))
                ? QCoreApplication::translate("cli", "Unknown format \"%1\"; use vcard, vcard3, vcard4, csv or json.")
                      .arg(p.value(QStringLiteral("format")))
                : QCoreApplication::translate(
                      "cli", "Cannot tell the format from \"%1\"; add --format vcard, vcard3, vcard4, csv or json.")
                      .arg(options.filePath),
            ExitUsage);
    }
    options.format = *format;
    options.circle = p.value(QStringLiteral("circle"));
    if (p.isSet(QStringLiteral("circle")) && options.circle.trimmed().isEmpty()) {
        return ctx.fail(QCoreApplication::translate("cli", "--circle needs a circle name."), ExitUsage);
    }
    for (const QString& list : p.values(QStringLiteral("ids"))) {
        if (!parseIds(list, options.ids)) {
            return ctx.fail(
                QCoreApplication::translate("cli", "--ids needs contact ids separated by commas, e.g. --ids 3,14,15."),
                ExitUsage);
        }
    }
    db::Database* db = ctx.database();
    if (db == nullptr) {
        return ExitFailure;
    }
    options.cancel = &g_cancel;
    std::signal(SIGINT, onExportInterrupt);
    const ExportReport report = ExportService(*db).run(options);
    std::signal(SIGINT, SIG_DFL);
    if (!report.ok()) {
        return ctx.fail(report.error);
    }
    if (ctx.json()) {
        ctx.printJson(report.toJson());
    } else {
        ctx.out() << report.summary() << Qt::endl;
    }
    return ExitOk;
}

const Registration reg("export", QT_TRANSLATE_NOOP("cli", "Export contacts (vCard, CSV) or everything (JSON)"), run);

} // namespace
