// rapport-cli champions: the pipeline Connection → Conversation → Relationship → Champion.
#include "Command.h"

#include "scoring/ChampionPipeline.h"

#include <QCoreApplication>

using namespace rapport;
using namespace rapport::cli;
using namespace rapport::scoring;

namespace {

constexpr ChampionStage kStages[] = {ChampionStage::Connection, ChampionStage::Conversation,
                                     ChampionStage::Relationship, ChampionStage::Champion};

QJsonObject toJson(const PipelineOverview& o)
{
    QJsonObject stages;
    for (const ChampionStage s : kStages) {
        stages.insert(championStageKey(s), o.stageCounts[static_cast<int>(s)]);
    }
    QJsonArray promotions;
    for (const StageSuggestion& s : o.promotions) {
        promotions.append(QJsonObject{{QStringLiteral("id"), s.contactId},
                                      {QStringLiteral("name"), s.name},
                                      {QStringLiteral("current"), championStageKey(s.current)},
                                      {QStringLiteral("suggested"), championStageKey(s.suggested)},
                                      {QStringLiteral("reason"), s.reason}});
    }
    QJsonArray develop;
    for (const DevelopSuggestion& s : o.developNext) {
        develop.append(QJsonObject{{QStringLiteral("id"), s.contactId},
                                   {QStringLiteral("name"), s.name},
                                   {QStringLiteral("stage"), championStageKey(s.stage)},
                                   {QStringLiteral("score"), s.score},
                                   {QStringLiteral("reason"), s.reason}});
    }
    QJsonArray people;
    for (const HelpBalance& b : o.balances) {
        people.append(QJsonObject{{QStringLiteral("id"), b.contactId},
                                  {QStringLiteral("name"), b.name},
                                  {QStringLiteral("given"), b.given},
                                  {QStringLiteral("received"), b.received},
                                  {QStringLiteral("balance"), b.balance()}});
    }
    return {{QStringLiteral("stages"), stages},
            {QStringLiteral("promotions"), promotions},
            {QStringLiteral("developNext"), develop},
            {QStringLiteral("balance"), QJsonObject{{QStringLiteral("given"), o.totalGiven},
                                                    {QStringLiteral("received"), o.totalReceived},
                                                    {QStringLiteral("contacts"), people}}}};
}

void printText(QTextStream& out, const PipelineOverview& o)
{
    out << QCoreApplication::translate("cli", "Pipeline") << '\n';
    for (const ChampionStage s : kStages) {
        out << QStringLiteral("  %1 %2")
                   .arg(championStageName(s).leftJustified(14))
                   .arg(o.stageCounts[static_cast<int>(s)], 6)
            << '\n';
    }
    out << '\n' << QCoreApplication::translate("cli", "Ready to move on") << '\n';
    if (o.promotions.isEmpty()) {
        out << "  " << QCoreApplication::translate("cli", "nobody right now") << '\n';
    }
    for (const StageSuggestion& s : o.promotions) {
        out << QStringLiteral("  %1 (#%2): %3 → %4, %5")
                   .arg(s.name)
                   .arg(s.contactId)
                   .arg(championStageName(s.current), championStageName(s.suggested), s.reason)
            << '\n';
    }
    out << '\n' << QCoreApplication::translate("cli", "Develop next") << '\n';
    if (o.developNext.isEmpty()) {
        out << "  " << QCoreApplication::translate("cli", "nobody right now") << '\n';
    }
    for (const DevelopSuggestion& s : o.developNext) {
        out << QStringLiteral("  %1  %2 (#%3), %4: %5")
                   .arg(s.score, 5, 'f', 1)
                   .arg(s.name)
                   .arg(s.contactId)
                   .arg(championStageName(s.stage), s.reason)
            << '\n';
    }
    out << '\n'
        << QCoreApplication::translate("cli", "Give and receive: you gave %1, you received %2")
               .arg(o.totalGiven)
               .arg(o.totalReceived)
        << '\n';
    for (const HelpBalance& b : o.balances) {
        out << QStringLiteral("  %1 (#%2): ").arg(b.name).arg(b.contactId)
            << QCoreApplication::translate("cli", "gave %1, received %2").arg(b.given).arg(b.received) << '\n';
    }
}

int run(Context& ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption limit(
        QStringLiteral("limit"),
        QCoreApplication::translate("cli", "How many people to suggest developing (default 10)."),
        QCoreApplication::translate("cli", "N"), QStringLiteral("10"));
    parser.addOption(limit);
    if (const int code = ctx.parse(
            parser,
            QCoreApplication::translate("cli", "The champions pipeline: counts per stage, who is ready to move on, "
                                               "whom to develop next, and the give/receive balance."));
        code >= 0) {
        return code;
    }
    int n = 10;
    if (const int code = ctx.intOption(parser, QStringLiteral("limit"), 0,
                                       QCoreApplication::translate("cli", "--limit needs a number."), &n);
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
    auto overview = ChampionPipeline(*db).overview(n);
    if (!overview) {
        return ctx.fail(overview.error());
    }
    if (ctx.json()) {
        ctx.printJson(toJson(overview.value()));
    } else {
        printText(ctx.out(), overview.value());
    }
    return ExitOk;
}

const Registration reg("champions", QT_TRANSLATE_NOOP("cli", "Champions pipeline, suggestions, give/receive"), run);

} // namespace
