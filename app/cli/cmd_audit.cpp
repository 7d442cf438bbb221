// rapport-cli audit: the network against Dunbar's layers, and who you have never talked to.
#include "Command.h"

#include "scoring/NetworkAudit.h"

#include <QCoreApplication>

using namespace rapport;
using namespace rapport::cli;
using namespace rapport::scoring;

namespace {

QJsonObject toJson(const AuditSummary& s, const QList<AuditEntry>& queue, int queueTotal)
{
    QJsonObject tiers;
    for (const ScoreTier t : allTiers()) {
        tiers.insert(tierKey(t), s.tierCounts[static_cast<int>(t)]);
    }
    QJsonArray layers;
    for (const DunbarLayer& l : s.layers) {
        layers.append(QJsonObject{{QStringLiteral("capacity"), l.capacity},
                                  {QStringLiteral("count"), l.count},
                                  {QStringLiteral("lowestScore"), l.lowestScore}});
    }
    QJsonArray entries;
    for (const AuditEntry& e : queue) {
        entries.append(QJsonObject{{QStringLiteral("id"), e.contactId},
                                   {QStringLiteral("name"), e.name},
                                   {QStringLiteral("headline"), e.headline},
                                   {QStringLiteral("position"), e.position},
                                   {QStringLiteral("company"), e.company},
                                   {QStringLiteral("connectedOn"), e.connectedOn.toString(Qt::ISODate)},
                                   {QStringLiteral("collector"), e.collector},
                                   {QStringLiteral("unansweredOutreach"), e.unansweredOutreach}});
    }
    return {{QStringLiteral("contacts"), s.contacts},
            {QStringLiteral("realRelationships"), s.realRelationships},
            {QStringLiteral("connectionsOnly"), s.connectionsOnly},
            {QStringLiteral("tiers"), tiers},
            {QStringLiteral("layers"), layers},
            {QStringLiteral("beyondLayers"), s.beyondLayers},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(s.warnings)},
            {QStringLiteral("neverTalked"), queueTotal},
            {QStringLiteral("queue"), entries}};
}

void printText(QTextStream& out, const AuditSummary& s, const QList<AuditEntry>& queue, int queueTotal)
{
    out << QCoreApplication::translate("cli", "Contacts: %1 (real relationships %2, connections only %3)")
               .arg(s.contacts)
               .arg(s.realRelationships)
               .arg(s.connectionsOnly)
        << '\n';
    out << QCoreApplication::translate("cli", "Tiers:");
    for (const ScoreTier t : allTiers()) {
        out << QStringLiteral("  %1 %2").arg(tierName(t)).arg(s.tierCounts[static_cast<int>(t)]);
    }
    out << "\n\n" << QCoreApplication::translate("cli", "Dunbar layers (by score, among real relationships)") << '\n';
    for (const DunbarLayer& l : s.layers) {
        out << QStringLiteral("  %1  %2").arg(l.capacity, 4).arg(l.count, 4);
        if (l.lowestScore >= 0) {
            out << "  " << QCoreApplication::translate("cli", "lowest score %1").arg(l.lowestScore, 0, 'f', 1);
        }
        out << '\n';
    }
    out << QStringLiteral("  %1  %2").arg(QCoreApplication::translate("cli", "more"), 4).arg(s.beyondLayers, 4) << '\n';
    if (!s.warnings.isEmpty()) {
        out << '\n' << QCoreApplication::translate("cli", "Warnings") << '\n';
        for (const QString& w : s.warnings) {
            out << "  ! " << w << '\n';
        }
    }
    out << '\n' << QCoreApplication::translate("cli", "Never talked to, no context noted: %1").arg(queueTotal) << '\n';
    for (const AuditEntry& e : queue) {
        out << QStringLiteral("  #%1 %2").arg(e.contactId).arg(e.name);
        if (!e.headline.isEmpty()) {
            out << QStringLiteral(", ") << e.headline;
        }
        if (e.collector) {
            out << QStringLiteral(" [") << QCoreApplication::translate("cli", "collector") << QStringLiteral("]");
        }
        out << '\n';
    }
}

int run(Context& ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption queueOption(
        QStringLiteral("queue"),
        QCoreApplication::translate("cli", "Also list the first N contacts you have never talked to."),
        QCoreApplication::translate("cli", "N"), QStringLiteral("0"));
    parser.addOption(queueOption);
    if (const int code = ctx.parse(
            parser, QCoreApplication::translate("cli", "Network audit: real relationships against Dunbar's layers "
                                                       "(5/15/50/150), warnings, and who you have never talked to."));
        code >= 0) {
        return code;
    }
    int n = 0;
    if (const int code = ctx.intOption(parser, QStringLiteral("queue"), 0,
                                       QCoreApplication::translate("cli", "--queue needs a number."), &n);
        code >= 0) {
        return code;
    }
    if (const int code = ctx.refuseArguments(parser); code >= 0) {
        return code;
    }
    db::Database* db = ctx.database();
    if (db == nullptr) {
        return ExitFailure;
    }
    NetworkAudit audit(*db);
    auto summary = audit.summary();
    if (!summary) {
        return ctx.fail(summary.error());
    }
    auto queue = audit.queue();
    if (!queue) {
        return ctx.fail(queue.error());
    }
    const int total = static_cast<int>(queue->size());
    const QList<AuditEntry> shown = queue->mid(0, n);
    if (ctx.json()) {
        ctx.printJson(toJson(summary.value(), shown, total));
    } else {
        printText(ctx.out(), summary.value(), shown, total);
    }
    return ExitOk;
}

const Registration reg("audit", QT_TRANSLATE_NOOP("cli", "Network audit: Dunbar layers and warnings"), run);

} // namespace
