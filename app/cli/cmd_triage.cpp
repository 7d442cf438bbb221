// rapport-cli triage: flag name-collector connection requests and say why.
#include "Command.h"

#include "importers/FileParser.h"
#include "triage/CollectorDetector.h"
#include "triage/DraftCoach.h"
#include "triage/InvitationTriage.h"
#include "triage/TriageWeightStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

#include <cstdio>

namespace rapport::cli {
namespace {

QJsonArray reasonsJson(const triage::TriageResult& r)
{
    QJsonArray a;
    for (const auto& reason : r.reasons) {
        a.append(QJsonObject{{QStringLiteral("feature"), reason.featureKey},
                             {QStringLiteral("reason"), reason.text},
                             {QStringLiteral("evidence"), reason.evidence},
                             {QStringLiteral("weight"), reason.contribution()}});
    }
    return a;
}

void printOne(Context& ctx, const QJsonValue& id, const QString& who, const triage::TriageResult& r)
{
    if (ctx.json()) {
        ctx.printJsonLine(QJsonObject{{QStringLiteral("id"), id},
                                      {QStringLiteral("verdict"), triage::verdictKey(r.verdict)},
                                      {QStringLiteral("score"), qRound(r.score * 1000) / 1000.0},
                                      {QStringLiteral("reasons"), reasonsJson(r)}});
        return;
    }
    QTextStream& o = ctx.out();
    o << id.toVariant().toString() << "  " << triage::verdictDisplayName(r.verdict) << "  "
      << QString::number(r.score, 'f', 2) << "  " << who << '\n';
    for (const auto& reason : r.reasons) {
        o << "    " << (reason.contribution() > 0 ? "+ " : "- ") << reason.text;
        if (!reason.evidence.isEmpty()) {
            o << "  «" << reason.evidence.left(80) << "»";
        }
        o << '\n';
    }
}

// JSON Lines in the eval-dev shape: id, from_name, from_headline, message, mutual_connections,
// sender_connection_count.
int triageJsonLines(Context& ctx, const QByteArray& data, const QString& name, const triage::CollectorDetector& d)
{
    int lineNo = 0;
    int bad = 0;
    for (const QByteArray& raw : data.split('\n')) {
        ++lineNo;
        if (raw.trimmed().isEmpty()) {
            continue;
        }
        QJsonParseError err{};
        const QJsonDocument doc = QJsonDocument::fromJson(raw, &err);
        if (!doc.isObject()) {
            ctx.err() << QCoreApplication::translate("cli", "%1, line %2: not a JSON object (%3); skipped.")
                             .arg(name)
                             .arg(lineNo)
                             .arg(err.errorString())
                      << '\n';
            ++bad;
            continue;
        }
        const QJsonObject o = doc.object();
        triage::TriageInput in;
        in.message = o.value(QStringLiteral("message")).toString();
        in.fromName = o.value(QStringLiteral("from_name")).toString();
        in.fromHeadline = o.value(QStringLiteral("from_headline")).toString();
        if (o.value(QStringLiteral("mutual_connections")).isDouble()) {
            in.mutualConnections = o.value(QStringLiteral("mutual_connections")).toInt();
        }
        if (o.value(QStringLiteral("sender_connection_count")).isDouble()) {
            in.senderConnectionCount = o.value(QStringLiteral("sender_connection_count")).toInt();
        }
        const QJsonValue id = o.contains(QStringLiteral("id")) ? o.value(QStringLiteral("id")) : QJsonValue(lineNo);
        printOne(ctx, id, in.fromName, d.analyze(in));
    }
    ctx.out().flush();
    ctx.err().flush();
    return bad == 0 ? ExitOk : ExitFailure;
}

int triageCsv(Context& ctx, const QString& path, const triage::CollectorDetector& d)
{
    const importers::ParsedFile parsed = importers::parseFile(path, path);
    if (!parsed.errors.isEmpty() && parsed.invitations.empty()) {
        const auto& e = parsed.errors.first();
        return ctx.fail(QCoreApplication::translate("cli", "%1, line %2: %3").arg(e.file).arg(e.line).arg(e.reason));
    }
    if (parsed.invitations.empty()) {
        return ctx.fail(QCoreApplication::translate(
                            "cli", "%1 holds no invitations (expected LinkedIn's Invitations.csv or JSON Lines).")
                            .arg(path));
    }
    QList<triage::TriageInput> inputs;
    QList<qint64> lines;
    for (const auto& inv : parsed.invitations) {
        if (!inv.incoming) {
            continue;
        }
        triage::TriageInput in;
        in.message = inv.message;
        in.fromName = inv.fromName;
        in.recipientName = inv.toName;
        inputs.append(in);
        lines.append(static_cast<qint64>(inv.line));
    }
    const QList<triage::TriageResult> results = d.analyzeAll(inputs);
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        printOne(ctx, QJsonValue(lines.at(i)), inputs.at(i).fromName, results.at(i));
    }
    ctx.out().flush();
    return ExitOk;
}

int run(Context& ctx)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("FILE"),
                            QCoreApplication::translate(
                                "cli",
                                "Invitations.csv or JSON Lines to triage; - reads standard input. Without a file the "
                                "invitations in the database are triaged and their verdicts saved."));
    p.addOption({QStringLiteral("all"),
                 QCoreApplication::translate("cli", "Database: also re-triage invitations already decided.")});
    p.addOption({QStringLiteral("decide"),
                 QCoreApplication::translate("cli", "Record your decision on invitation ID (with --as)."),
                 QStringLiteral("ID")});
    p.addOption({QStringLiteral("as"),
                 QCoreApplication::translate("cli", "accepted, ignored or flag_wrong (the flag was wrong)."),
                 QStringLiteral("DECISION")});
    p.addOption({QStringLiteral("draft"), QCoreApplication::translate("cli", "Check your own note before sending it."),
                 QStringLiteral("TEXT")});
    p.addOption({QStringLiteral("to"), QCoreApplication::translate("cli", "With --draft: the recipient's name."),
                 QStringLiteral("NAME")});
    const int early =
        ctx.parse(p, QCoreApplication::translate(
                         "cli", "Flag name-collector connection requests, with the reasons in plain words."));
    if (early >= 0) {
        return early;
    }
    if (p.isSet(QStringLiteral("draft"))) {
        triage::DraftCoach coach;
        const auto advice = coach.analyzeDraft(p.value(QStringLiteral("draft")), p.value(QStringLiteral("to")));
        if (ctx.json()) {
            ctx.printJson(QJsonObject{{QStringLiteral("verdict"), triage::verdictKey(advice.result.verdict)},
                                      {QStringLiteral("score"), advice.result.score},
                                      {QStringLiteral("reasons"), reasonsJson(advice.result)},
                                      {QStringLiteral("suggestions"), QJsonArray::fromStringList(advice.suggestions)}});
        } else {
            printOne(ctx, QJsonValue(QStringLiteral("draft")), QString(), advice.result);
            for (const QString& s : advice.suggestions) {
                ctx.out() << "  → " << s << '\n';
            }
        }
        return ExitOk;
    }
    const QStringList files = p.positionalArguments();
    if (files.size() > 1) {
        return ctx.fail(QCoreApplication::translate("cli", "Give one file at a time."), ExitUsage);
    }
    if (files.size() == 1) {
        // Files are triaged with the user's learned weights when a database exists, else the defaults.
        const QString path = files.first();
        if (path == QLatin1String("-")) {
            QFile in;
            if (!in.open(stdin, QIODevice::ReadOnly)) {
                return ctx.fail(QCoreApplication::translate("cli", "Cannot read standard input."));
            }
            return triageJsonLines(ctx, in.readAll(), QCoreApplication::translate("cli", "standard input"),
                                   triage::CollectorDetector());
        }
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            return ctx.fail(QCoreApplication::translate("cli", "Cannot open %1: %2").arg(path, f.errorString()));
        }
        const QByteArray head = f.peek(64).trimmed();
        if (head.startsWith('{')) {
            return triageJsonLines(ctx, f.readAll(), path, triage::CollectorDetector());
        }
        f.close();
        return triageCsv(ctx, path, triage::CollectorDetector());
    }
    db::Database* db = ctx.database();
    if (db == nullptr) {
        return ExitFailure;
    }
    triage::InvitationTriage service(*db);
    if (p.isSet(QStringLiteral("decide"))) {
        bool ok = false;
        const qint64 id = p.value(QStringLiteral("decide")).toLongLong(&ok);
        if (!ok || !p.isSet(QStringLiteral("as"))) {
            return ctx.fail(QCoreApplication::translate("cli", "Use --decide ID --as accepted|ignored|flag_wrong."),
                            ExitUsage);
        }
        auto done = service.decide(id, p.value(QStringLiteral("as")));
        if (!done) {
            return ctx.fail(done.error());
        }
        if (ctx.json()) {
            ctx.printJson(QJsonObject{{QStringLiteral("id"), id},
                                      {QStringLiteral("decision"), p.value(QStringLiteral("as"))},
                                      {QStringLiteral("createdContact"), done->createdContactId}});
        } else {
            ctx.out() << QCoreApplication::translate("cli", "Recorded: invitation %1 %2.")
                             .arg(id)
                             .arg(p.value(QStringLiteral("as")))
                      << Qt::endl;
        }
        return ExitOk;
    }
    auto results = service.triageStored(p.isSet(QStringLiteral("all")));
    if (!results) {
        return ctx.fail(results.error());
    }
    for (const auto& t : results.value()) {
        printOne(ctx, QJsonValue(t.id), t.fromName, t.result);
    }
    ctx.out().flush();
    return ExitOk;
}

const Registration reg("triage", QT_TRANSLATE_NOOP("cli", "flag name-collector connection requests and say why"), run);

} // namespace
} // namespace rapport::cli
