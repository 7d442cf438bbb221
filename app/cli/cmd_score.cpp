// rapport-cli score: relationship scores with their tiers and reasons.
#include "Command.h"

#include "scoring/ScoringService.h"

#include <QCoreApplication>

using namespace rapport;
using namespace rapport::cli;
using namespace rapport::scoring;

namespace {

QJsonObject toJson(const StoredScore& s)
{
    return {{QStringLiteral("id"), s.contactId},
            {QStringLiteral("name"), s.name},
            {QStringLiteral("score"), s.score},
            {QStringLiteral("tier"), tierKey(s.tier)},
            {QStringLiteral("reasons"), reasonsToDisplayJson(s.reasons)},
            {QStringLiteral("computedAt"), s.computedAt}};
}

void printText(QTextStream& out, const StoredScore& s)
{
    out << QStringLiteral("%1  %2  %3 (#%4)")
               .arg(s.score, 5, 'f', 1)
               .arg(tierName(s.tier).leftJustified(12))
               .arg(s.name)
               .arg(s.contactId)
        << '\n';
    for (const ScoreReason& r : s.reasons) {
        if (r.points == 0) {
            out << QStringLiteral("        - %1").arg(r.text()) << '\n';
        } else {
            out << QStringLiteral("        - %1 (%2%3)")
                       .arg(r.text(), r.points > 0 ? QStringLiteral("+") : QString())
                       .arg(r.points, 0, 'f', 1)
                << '\n';
        }
    }
}

// A positive whole number, or 0 when the text is not one.
qint64 positive(const QString& text)
{
    bool ok = false;
    const qint64 v = text.toLongLong(&ok);
    return ok && v > 0 ? v : 0;
}

int run(Context& ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption top(QStringLiteral("top"),
                                 QCoreApplication::translate("cli", "Show only the N best-scored contacts."),
                                 QCoreApplication::translate("cli", "N"));
    const QCommandLineOption contact(QStringLiteral("contact"),
                                     QCoreApplication::translate("cli", "Show one contact's score."),
                                     QCoreApplication::translate("cli", "ID"));
    const QCommandLineOption rescore(QStringLiteral("rescore"),
                                     QCoreApplication::translate("cli", "Recompute every score first."));
    parser.addOptions({top, contact, rescore});
    if (const int code = ctx.parse(
            parser,
            QCoreApplication::translate("cli", "Relationship scores (0-100) with their tiers and the reasons behind "
                                               "them. Scores are computed first when any are missing."));
        code >= 0) {
        return code;
    }
    if (const int code = ctx.refuseArguments(parser); code >= 0) {
        return code;
    }
    const qint64 topN = parser.isSet(top) ? positive(parser.value(top)) : -1;
    const qint64 contactId = parser.isSet(contact) ? positive(parser.value(contact)) : -1;
    if (topN == 0) {
        return ctx.fail(QCoreApplication::translate("cli", "--top needs a positive number."), ExitUsage);
    }
    if (contactId == 0) {
        return ctx.fail(QCoreApplication::translate("cli", "--contact needs a contact id."), ExitUsage);
    }
    db::Database* db = ctx.database();
    if (db == nullptr) {
        return ExitFailure;
    }
    ScoringService scoring(*db);
    if (parser.isSet(rescore) || scoring.unscoredCount() > 0) {
        if (auto r = scoring.rescoreAll(); !r) {
            return ctx.fail(r.error());
        }
    }
    if (contactId > 0) {
        auto one = scoring.stored(contactId);
        if (!one) {
            // Not scored (in the Trash, or no such contact): rescoring says which.
            if (auto r = scoring.rescoreContact(contactId); !r) {
                return ctx.fail(r.error());
            }
            one = scoring.stored(contactId);
            if (!one) {
                return ctx.fail(one.error());
            }
        }
        if (ctx.json()) {
            ctx.printJson(toJson(one.value()));
        } else {
            printText(ctx.out(), one.value());
        }
        return ExitOk;
    }
    auto ranked = scoring.ranked(static_cast<int>(topN));
    if (!ranked) {
        return ctx.fail(ranked.error());
    }
    if (ctx.json()) {
        QJsonArray a;
        for (const StoredScore& s : ranked.value()) {
            a.append(toJson(s));
        }
        ctx.printJson(a);
    } else if (ranked->isEmpty()) {
        ctx.out() << QCoreApplication::translate("cli", "No contacts to score.") << '\n';
    } else {
        for (const StoredScore& s : ranked.value()) {
            printText(ctx.out(), s);
        }
    }
    return ExitOk;
}

const Registration reg("score", QT_TRANSLATE_NOOP("cli", "Relationship scores with tiers and reasons"), run);

} // namespace
