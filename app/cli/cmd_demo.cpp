// rapport-cli demo: fill the database with a deterministic sample network, or remove it.
#include "Command.h"

#include "demo/DemoGenerator.h"

#include <QCoreApplication>

namespace rapport::cli {
namespace {

int run(Context& ctx)
{
    QCommandLineParser p;
    p.addOption({QStringLiteral("contacts"),
                 QCoreApplication::translate("cli", "How many sample contacts (default 150)."), QStringLiteral("N")});
    p.addOption({QStringLiteral("seed"),
                 QCoreApplication::translate("cli", "Random seed; the same seed gives the same network (default 42)."),
                 QStringLiteral("SEED")});
    p.addOption({QStringLiteral("conversations"),
                 QCoreApplication::translate("cli", "Average conversations per contact who has any (default 6)."),
                 QStringLiteral("N")});
    p.addOption({QStringLiteral("remove"),
                 QCoreApplication::translate("cli", "Remove the sample data again (your own data stays).")});
    const int early =
        ctx.parse(p, QCoreApplication::translate("cli", "Create or remove a sample network to try Rapport with."));
    if (early >= 0) {
        return early;
    }
    demo::DemoOptions o;
    bool ok = true;
    if (const int code =
            ctx.intOption(p, QStringLiteral("contacts"), 0,
                          QCoreApplication::translate("cli", "--contacts needs a number of contacts."), &o.contacts);
        code >= 0) {
        return code;
    }
    if (p.isSet(QStringLiteral("seed"))) {
        o.seed = p.value(QStringLiteral("seed")).toUInt(&ok);
        if (!ok) {
            return ctx.fail(QCoreApplication::translate("cli", "--seed needs a whole number."), ExitUsage);
        }
    }
    if (p.isSet(QStringLiteral("conversations"))) {
        o.conversationsPerContact = p.value(QStringLiteral("conversations")).toDouble(&ok);
        if (!ok || o.conversationsPerContact < 0) {
            return ctx.fail(QCoreApplication::translate("cli", "--conversations needs a number."), ExitUsage);
        }
    }
    db::Database* db = ctx.database();
    if (db == nullptr) {
        return ExitFailure;
    }
    if (p.isSet(QStringLiteral("remove"))) {
        if (auto s = demo::removeSampleData(*db); !s) {
            return ctx.fail(s.error());
        }
        ctx.out() << QCoreApplication::translate("cli", "Sample data removed.") << Qt::endl;
        return ExitOk;
    }
    auto stats = demo::generate(*db, o);
    if (!stats) {
        return ctx.fail(stats.error());
    }
    if (ctx.json()) {
        ctx.printJson(QJsonObject{{QStringLiteral("batch"), stats->batchId},
                                  {QStringLiteral("contacts"), stats->contacts},
                                  {QStringLiteral("conversations"), stats->conversations},
                                  {QStringLiteral("followUps"), stats->followUps},
                                  {QStringLiteral("introductions"), stats->introductions},
                                  {QStringLiteral("invitations"), stats->invitations}});
    } else {
        ctx.out() << QCoreApplication::translate(
                         "cli",
                         "Added a sample network: %1 contacts, %2 conversations, %3 follow-ups, %4 introductions, "
                         "%5 invitations. Remove it with \"rapport-cli demo --remove\".")
                         .arg(stats->contacts)
                         .arg(stats->conversations)
                         .arg(stats->followUps)
                         .arg(stats->introductions)
                         .arg(stats->invitations)
                  << Qt::endl;
    }
    return ExitOk;
}

const Registration reg("demo", QT_TRANSLATE_NOOP("cli", "create (or --remove) a sample network"), run);

} // namespace
} // namespace rapport::cli
