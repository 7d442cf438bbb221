#include "WeeklyListHtml.h"

#include "followups/PlainWords.h"
#include "util/Text.h"

#include <QCoreApplication>
#include <QSizeF>

namespace rapport::reports::html {

namespace {

// Shortened for display, made one line, then escaped: the only way user text reaches the HTML.
QString esc(const QString& userText, int maxChars)
{
    return text::elide(userText.simplified(), maxChars).toHtmlEscaped();
}

QString px(double v, double unit)
{
    return QString::number(qRound(v * unit)) + QStringLiteral("px");
}

QString dueNote(const followups::PlanItem& item, const QDate& today)
{
    if (item.daysOverdue > 0) {
        return QCoreApplication::translate("Reports", "%1 overdue").arg(followups::words::duration(item.daysOverdue));
    }
    if (item.isProjected()) {
        return QCoreApplication::translate("Reports", "expected %1").arg(followups::words::day(item.due, today));
    }
    return QCoreApplication::translate("Reports", "due %1").arg(followups::words::day(item.due, today));
}

} // namespace

QString styleSheet(double unit)
{
    // Sizes in points; margins scaled to the target so a 300 dpi printer and a browser agree.
    return QStringLiteral("body { font-family: 'DejaVu Sans', 'Helvetica', 'Arial', sans-serif; font-size: 10pt; "
                          "color: #000; }\n"
                          "h1 { font-size: 15pt; font-weight: bold; margin: 0 0 %1 0; }\n"
                          "h2 { font-size: 12pt; font-weight: bold; margin: %2 0 %3 0; }\n"
                          "p { margin: 0; }\n"
                          "p.intro { font-size: 9pt; margin-bottom: %3; }\n"
                          "p.name { font-size: 11pt; margin-top: %5; }\n"
                          "p.why, p.reach, p.last, p.opener { margin-left: %4; }\n"
                          "p.opener { font-style: italic; margin-bottom: %3; }\n"
                          "span.tag { font-weight: bold; }\n"
                          "span.label { font-weight: bold; }\n")
        .arg(px(4, unit), px(10, unit), px(4, unit), px(20, unit), px(9, unit));
}

QString intro(const WeeklyList& list)
{
    QString out = QStringLiteral("<h1>%1</h1>").arg(list.week.label().toHtmlEscaped());
    const int n = static_cast<int>(list.entries.size());
    const QString count = n == 1
                              ? QCoreApplication::translate("Reports", "1 person to get in touch with.")
                              : QCoreApplication::translate("Reports", "%n people to get in touch with.", nullptr, n);
    out += QStringLiteral("<p class=\"intro\">%1 %2</p>")
               .arg(count.toHtmlEscaped(), QCoreApplication::translate("Reports", "Tick the box when done. Printed %1.")
                                               .arg(followups::words::longDate(list.today))
                                               .toHtmlEscaped());
    return out;
}

QString heading(const QString& text)
{
    return QStringLiteral("<h2>%1</h2>").arg(text.toHtmlEscaped());
}

QString emptyNote()
{
    return QStringLiteral("<p>%1</p>")
        .arg(QCoreApplication::translate("Reports", "Nothing is due this week.").toHtmlEscaped());
}

QString entry(const WeeklyEntry& e, const QDate& today, const WeeklyListOptions& o)
{
    const auto& item = e.item;
    QString name = QStringLiteral("\u2610&nbsp;<b>%1</b>").arg(esc(item.contactName, o.maxNameChars));
    if (!item.company.trimmed().isEmpty()) {
        name += QStringLiteral(" \u00b7 %1").arg(esc(item.company, o.maxCompanyChars));
    }
    QString tag = followups::planKindName(item.kind);
    if (const QString note = dueNote(item, today); !note.isEmpty()) {
        tag += QStringLiteral(", ") + note;
    }
    name += QStringLiteral(" \u2014 <span class=\"tag\">[%1]</span>").arg(tag.toHtmlEscaped());

    QStringList reach;
    if (!e.phone.trimmed().isEmpty()) {
        reach << QStringLiteral("<span class=\"label\">%1</span> %2")
                     .arg(QCoreApplication::translate("Reports", "Phone:").toHtmlEscaped(), esc(e.phone, 40));
    }
    if (!e.email.trimmed().isEmpty()) {
        reach << QStringLiteral("<span class=\"label\">%1</span> %2")
                     .arg(QCoreApplication::translate("Reports", "E-mail:").toHtmlEscaped(), esc(e.email, 80));
    }
    if (reach.isEmpty()) {
        reach << QCoreApplication::translate("Reports", "No phone or e-mail on file.").toHtmlEscaped();
    }

    QString last;
    if (e.lastConversationOn.isValid()) {
        last = QStringLiteral("<span class=\"label\">%1</span> %2")
                   .arg(QCoreApplication::translate("Reports", "Last conversation:").toHtmlEscaped(),
                        followups::words::longDate(e.lastConversationOn).toHtmlEscaped());
        if (!e.lastSummary.trimmed().isEmpty()) {
            last += QStringLiteral(" \u2014 ") + esc(e.lastSummary, o.maxTextChars);
        }
    } else {
        last = QCoreApplication::translate("Reports", "No conversation on record yet.").toHtmlEscaped();
    }

    return QStringLiteral("<div class=\"entry\">"
                          "<p class=\"name\">%1</p>"
                          "<p class=\"why\"><span class=\"label\">%2</span> %3</p>"
                          "<p class=\"reach\">%4</p>"
                          "<p class=\"last\">%5</p>"
                          "<p class=\"opener\"><span class=\"label\">%6</span> %7</p>"
                          "</div>")
        .arg(name, QCoreApplication::translate("Reports", "Why now:").toHtmlEscaped(), esc(item.whyNow, o.maxTextChars),
             reach.join(QStringLiteral(" &nbsp;\u00b7&nbsp; ")), last,
             QCoreApplication::translate("Reports", "Opener:").toHtmlEscaped(), esc(e.opener, o.maxTextChars));
}

QString document(const WeeklyList& list, const WeeklyListOptions& options, const QPageSize& pageSize)
{
    const QSizeF mm = pageSize.size(QPageSize::Millimeter);
    const QString page = QStringLiteral("@page { size: %1mm %2mm; margin: 15mm 15mm 18mm 15mm; "
                                        "@bottom-right { content: \"%3 \" counter(page) \" / \" counter(pages); "
                                        "font-size: 8pt; } }\n"
                                        ".entry { page-break-inside: avoid; break-inside: avoid; }\n"
                                        "h2 { page-break-after: avoid; break-after: avoid; }\n")
                             .arg(mm.width(), 0, 'f', 1)
                             .arg(mm.height(), 0, 'f', 1)
                             .arg(QCoreApplication::translate("Reports", "Page"));
    QString body = intro(list);
    const auto groups = groupEntries(list, options.grouping);
    if (groups.isEmpty()) {
        body += emptyNote();
    }
    for (const auto& g : groups) {
        body += QStringLiteral("<section>") + heading(g.heading);
        for (const qsizetype i : g.entries) {
            body += entry(list.entries.at(i), list.today, options);
        }
        body += QStringLiteral("</section>\n");
    }
    return QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
                          "<title>%1</title>\n<style>\n%2%3</style></head>\n<body>\n%4</body></html>\n")
        .arg(list.week.label().toHtmlEscaped(), styleSheet(1.0), page, body);
}

} // namespace rapport::reports::html
