// rapport-cli weekly / today: the week's list (text, JSON, HTML, PDF, iCalendar) and today's calls.
#include "Command.h"

#include "followups/FollowUpPlanner.h"
#include "reports/FollowUpCalendar.h"
#include "reports/WeeklyListHtml.h"
#include "reports/WeeklyListPrinter.h"
#include "util/Clock.h"
#include "util/Text.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSaveFile>

namespace rapport::cli {

namespace {

using reports::WeeklyEntry;
using reports::WeeklyList;

QString who(const followups::PlanItem& item)
{
    QString s = text::elide(item.contactName.simplified(), 60);
    if (!item.company.trimmed().isEmpty()) {
        s += QStringLiteral(" \u00b7 ") + text::elide(item.company.simplified(), 40);
    }
    return s;
}

QString idLabel(const followups::PlanItem& item)
{
    return item.isProjected() ? QStringLiteral("  -  ") : QStringLiteral("#%1").arg(item.followUp.id).leftJustified(5);
}

Status writeFile(const QString& path, const QByteArray& data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        return Status::fail(
            QCoreApplication::translate("Reports", "Cannot write %1: %2").arg(path, file.errorString()));
    }
    return Status::ok();
}

QJsonObject entryJson(const WeeklyEntry& e)
{
    QJsonObject o = followups::planItemToJson(e.item);
    o.insert(QStringLiteral("listedOn"), e.item.listedOn.toString(Qt::ISODate));
    o.insert(QStringLiteral("phone"), e.phone);
    o.insert(QStringLiteral("email"), e.email);
    o.insert(QStringLiteral("lastConversationOn"),
             e.lastConversationOn.isValid() ? QJsonValue(e.lastConversationOn.toString(Qt::ISODate)) : QJsonValue());
    o.insert(QStringLiteral("lastSummary"), e.lastSummary);
    o.insert(QStringLiteral("opener"), e.opener);
    return o;
}

void printText(Context& ctx, const WeeklyList& list, reports::Grouping grouping)
{
    QTextStream& out = ctx.out();
    out << list.week.label() << "  (" << list.week.toString() << ")\n";
    const auto groups = reports::groupEntries(list, grouping);
    if (groups.isEmpty()) {
        out << QCoreApplication::translate("Reports", "Nothing is due this week.") << '\n';
    }
    for (const auto& g : groups) {
        out << '\n' << g.heading << '\n';
        for (const qsizetype i : g.entries) {
            const WeeklyEntry& e = list.entries.at(i);
            out << "  [ ] " << idLabel(e.item) << ' ' << who(e.item) << '\n';
            out << "        " << text::elide(e.item.whyNow.simplified(), 200) << '\n';
            QStringList reach;
            if (!e.phone.isEmpty()) {
                reach << e.phone.simplified();
            }
            if (!e.email.isEmpty()) {
                reach << e.email.simplified();
            }
            if (!reach.isEmpty()) {
                out << "        " << text::elide(reach.join(QStringLiteral(" \u00b7 ")), 120) << '\n';
            }
            out << "        " << text::elide(e.opener.simplified(), 240) << '\n';
        }
    }
    out.flush();
}

int weekly(Context& ctx)
{
    QCommandLineParser p;
    const QString kWeek = QStringLiteral("week");
    const QString kPdf = QStringLiteral("pdf");
    const QString kHtml = QStringLiteral("html");
    const QString kIcs = QStringLiteral("ics");
    const QString kBy = QStringLiteral("by");
    const QString kPage = QStringLiteral("page");
    p.addOptions({
        {kWeek, QCoreApplication::translate("Reports", "The ISO week, e.g. 2026-W48 (default: this week)."),
         QStringLiteral("WEEK")},
        {kPdf, QCoreApplication::translate("Reports", "Write the printable list as PDF."), QStringLiteral("FILE")},
        {kHtml, QCoreApplication::translate("Reports", "Write the printable list as HTML."), QStringLiteral("FILE")},
        {kIcs, QCoreApplication::translate("Reports", "Write the week's follow-ups as iCalendar to-dos."),
         QStringLiteral("FILE")},
        {kBy, QCoreApplication::translate("Reports", "Group by day (default) or priority."),
         QStringLiteral("day|priority"), QStringLiteral("day")},
        {kPage, QCoreApplication::translate("Reports", "Paper size: a4 or letter (default: from the locale)."),
         QStringLiteral("SIZE")},
    });
    if (const int code =
            ctx.parse(p, QCoreApplication::translate("Reports", "The week's list of people to get in touch with."));
        code >= 0) {
        return code;
    }
    if (!p.positionalArguments().isEmpty()) {
        return ctx.fail(QCoreApplication::translate("Reports", "weekly takes no arguments; see --help."), ExitUsage);
    }
    bool byOk = false;
    const reports::Grouping grouping = reports::groupingFromKey(p.value(kBy), &byOk);
    if (!byOk) {
        return ctx.fail(QCoreApplication::translate("Reports", "--by takes day or priority."), ExitUsage);
    }
    followups::IsoWeek week = followups::IsoWeek::containing(Clock::today());
    if (p.isSet(kWeek)) {
        week = followups::IsoWeek::fromString(p.value(kWeek));
        if (!week.isValid()) {
            return ctx.fail(QCoreApplication::translate("Reports", "%1 is not an ISO week; write it like 2026-W48.")
                                .arg(p.value(kWeek)));
        }
    }
    QPageSize pageSize = reports::WeeklyListPrinter::pageSizeFor(QLocale());
    if (p.isSet(kPage)) {
        const QString page = p.value(kPage).toLower();
        if (page == QLatin1String("a4")) {
            pageSize = QPageSize(QPageSize::A4);
        } else if (page == QLatin1String("letter")) {
            pageSize = QPageSize(QPageSize::Letter);
        } else {
            return ctx.fail(QCoreApplication::translate("Reports", "--page takes a4 or letter."), ExitUsage);
        }
    }

    db::Database* db = ctx.database();
    if (!db) {
        return ExitFailure;
    }
    auto list = reports::buildWeeklyList(*db, week);
    if (!list) {
        return ctx.fail(list.error());
    }
    reports::WeeklyListOptions options;
    options.grouping = grouping;

    const bool toFiles = p.isSet(kPdf) || p.isSet(kHtml) || p.isSet(kIcs);
    if (!toFiles) {
        if (ctx.json()) {
            QJsonArray entries;
            for (const auto& e : list->entries) {
                entries.append(entryJson(e));
            }
            ctx.printJson(QJsonObject{{QStringLiteral("week"), week.toString()},
                                      {QStringLiteral("label"), week.label()},
                                      {QStringLiteral("monday"), week.monday().toString(Qt::ISODate)},
                                      {QStringLiteral("sunday"), week.sunday().toString(Qt::ISODate)},
                                      {QStringLiteral("entries"), entries}});
        } else {
            printText(ctx, list.value(), grouping);
        }
        return ExitOk;
    }

    QJsonArray written;
    if (p.isSet(kHtml)) {
        const QString html = reports::html::document(list.value(), options, pageSize);
        if (auto s = writeFile(p.value(kHtml), html.toUtf8()); !s) {
            return ctx.fail(s.error());
        }
        written.append(QJsonObject{{QStringLiteral("html"), p.value(kHtml)}});
    }
    if (p.isSet(kIcs)) {
        const QByteArray ics = reports::calendar::toIcs(reports::calendar::fromWeeklyList(list.value()), Clock::now());
        if (auto s = writeFile(p.value(kIcs), ics); !s) {
            return ctx.fail(s.error());
        }
        written.append(QJsonObject{{QStringLiteral("ics"), p.value(kIcs)}});
    }
    if (p.isSet(kPdf)) {
        reports::WeeklyListPrinter printer(list.value(), options);
        auto pages = printer.writePdf(p.value(kPdf), pageSize);
        if (!pages) {
            return ctx.fail(pages.error());
        }
        written.append(QJsonObject{{QStringLiteral("pdf"), p.value(kPdf)}, {QStringLiteral("pages"), pages.value()}});
    }
    if (ctx.json()) {
        ctx.printJson(QJsonObject{{QStringLiteral("week"), week.toString()},
                                  {QStringLiteral("entries"), list->entries.size()},
                                  {QStringLiteral("written"), written}});
    } else {
        for (const auto& w : std::as_const(written)) {
            const QJsonObject o = w.toObject();
            ctx.out() << QCoreApplication::translate("Reports", "Wrote %1").arg(o.constBegin().value().toString())
                      << '\n';
        }
        ctx.out().flush();
    }
    return ExitOk;
}

int today(Context& ctx)
{
    QCommandLineParser p;
    const QString kLimit = QStringLiteral("limit");
    p.addOption({kLimit, QCoreApplication::translate("Reports", "Show only the best N (e.g. 10 calls before 10)."),
                 QStringLiteral("N")});
    if (const int code =
            ctx.parse(p, QCoreApplication::translate("Reports", "Who to get in touch with today, best first."));
        code >= 0) {
        return code;
    }
    if (!p.positionalArguments().isEmpty()) {
        return ctx.fail(QCoreApplication::translate("Reports", "today takes no arguments; see --help."), ExitUsage);
    }
    int limit = 0;
    if (p.isSet(kLimit)) {
        bool ok = false;
        limit = p.value(kLimit).toInt(&ok);
        if (!ok || limit <= 0) {
            return ctx.fail(QCoreApplication::translate("Reports", "--limit takes a number greater than zero."));
        }
    }
    db::Database* db = ctx.database();
    if (!db) {
        return ExitFailure;
    }
    followups::FollowUpPlanner planner(*db);
    auto items = planner.today(limit);
    if (!items) {
        return ctx.fail(items.error());
    }
    if (ctx.json()) {
        QJsonArray a;
        int rank = 0;
        for (const auto& item : items.value()) {
            QJsonObject o = followups::planItemToJson(item);
            o.insert(QStringLiteral("rank"), ++rank);
            a.append(o);
        }
        ctx.printJson(a);
        return ExitOk;
    }
    if (items->isEmpty()) {
        ctx.out() << QCoreApplication::translate("Reports", "Nothing is due today.") << Qt::endl;
        return ExitOk;
    }
    int rank = 0;
    for (const auto& item : items.value()) {
        ctx.out() << QString::number(++rank).rightJustified(3) << ". " << idLabel(item) << ' ' << who(item) << '\n'
                  << "       " << text::elide(item.whyNow.simplified(), 200) << '\n';
    }
    ctx.out().flush();
    return ExitOk;
}

const Registration weeklyReg{
    "weekly", QT_TRANSLATE_NOOP("cli", "The week's list to print: text, JSON, HTML, PDF, iCalendar"), weekly};
const Registration todayReg{"today", QT_TRANSLATE_NOOP("cli", "Who to get in touch with today, best first"), today};

} // namespace

} // namespace rapport::cli
