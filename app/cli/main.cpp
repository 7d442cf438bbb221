// rapport-cli: the headless tool. Global options, then a command that registered itself.
#include "Command.h"
#include "util/Translations.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>

using namespace rapport::cli;

namespace {

void printUsage(QTextStream& s)
{
    s << QCoreApplication::translate("cli", "Usage: rapport-cli [--db PATH] [--json] COMMAND [options]") << "\n\n"
      << QCoreApplication::translate("cli", "Commands:") << '\n';
    for (const auto& c : commands()) {
        s << "  " << c.name.leftJustified(12) << QCoreApplication::translate("cli", c.summary.toUtf8().constData())
          << '\n';
    }
    s << '\n'
      << QCoreApplication::translate("cli",
                                     "Global options:\n"
                                     "  --db PATH   the database file (default: $RAPPORT_DB, else rapport.sqlite "
                                     "in the application data folder)\n"
                                     "  --json      machine-readable output\n"
                                     "  --help      this text; COMMAND --help for a command's options\n");
    s.flush();
}

} // namespace

int main(int argc, char* argv[])
{
    // A QGuiApplication (on the offscreen platform unless told otherwise) lets the weekly list
    // lay out text for PDF; the CLI never opens a window.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Rapport"));
    QCoreApplication::setApplicationName(QStringLiteral("rapport"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RAPPORT_VERSION));
    rapport::i18n::install(app, qEnvironmentVariable("RAPPORT_LANGUAGE"));

    QTextStream out(stdout);
    QTextStream err(stderr);

    // Global options come before the command; everything after the command belongs to it.
    QStringList args = QCoreApplication::arguments();
    QString dbPath;
    bool json = false;
    int i = 1;
    for (; i < args.size(); ++i) {
        const QString& a = args.at(i);
        if (a == QLatin1String("--db") && i + 1 < args.size()) {
            dbPath = args.at(++i);
        } else if (a.startsWith(QLatin1String("--db="))) {
            dbPath = a.mid(5);
        } else if (a == QLatin1String("--json")) {
            json = true;
        } else if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            printUsage(out);
            return ExitOk;
        } else if (a == QLatin1String("--version")) {
            out << "rapport-cli " << QCoreApplication::applicationVersion() << Qt::endl;
            return ExitOk;
        } else if (a.startsWith(QLatin1Char('-'))) {
            err << QCoreApplication::translate("cli", "rapport-cli: unknown option %1").arg(a) << "\n\n";
            printUsage(err);
            return ExitUsage;
        } else {
            break;
        }
    }
    if (i >= args.size()) {
        printUsage(err);
        return ExitUsage;
    }
    const QString name = args.at(i);
    for (const auto& c : commands()) {
        if (c.name == name) {
            QStringList rest = args.mid(i + 1);
            // Let the command's own parser accept --db after the command too.
            QStringList commandArgs{QStringLiteral("rapport-cli ") + name};
            for (int k = 0; k < rest.size(); ++k) {
                if (rest.at(k) == QLatin1String("--db") && k + 1 < rest.size()) {
                    dbPath = rest.at(++k);
                } else if (rest.at(k).startsWith(QLatin1String("--db="))) {
                    dbPath = rest.at(k).mid(5);
                } else {
                    commandArgs << rest.at(k);
                }
            }
            Context ctx(dbPath, json, commandArgs, out, err);
            const int code = c.handler(ctx);
            out.flush();
            err.flush();
            return code;
        }
    }
    err << QCoreApplication::translate("cli", "rapport-cli: unknown command %1").arg(name) << "\n\n";
    printUsage(err);
    return ExitUsage;
}
