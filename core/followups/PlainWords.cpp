#include "PlainWords.h"

#include "util/Text.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace rapport::followups::words {

namespace {

// English needs "1 month" even without a loaded catalogue; the plural form stays translatable.
QString count(int n, const char* one, const char* many)
{
    return n == 1 ? QCoreApplication::translate("FollowUps", one)
                  : QCoreApplication::translate("FollowUps", many, nullptr, n);
}

QString oneLine(const QString& s)
{
    return s.simplified();
}

// Word order and punctuation around a date differ by language ("Tuesday 17 November",
// "Dienstag, 17. November", "utorok 17. novembra"), so the QLocale pattern is translatable.
QString formatDate(const QDate& date, const char* pattern)
{
    return QLocale().toString(date, QCoreApplication::translate("FollowUps", pattern));
}

} // namespace

QString duration(int days)
{
    days = std::max(days, 0);
    if (days < 14) {
        return count(days, QT_TRANSLATE_NOOP("FollowUps", "1 day"), QT_TRANSLATE_N_NOOP("FollowUps", "%n days"));
    }
    if (days < 56) {
        return count(static_cast<int>(std::lround(days / 7.0)), QT_TRANSLATE_NOOP("FollowUps", "1 week"),
                     QT_TRANSLATE_N_NOOP("FollowUps", "%n weeks"));
    }
    if (days >= 350) {
        const int years = static_cast<int>(std::lround(days / 365.25));
        if (std::abs(years * 365.25 - days) <= 31 || years >= 2) {
            return count(years, QT_TRANSLATE_NOOP("FollowUps", "1 year"), QT_TRANSLATE_N_NOOP("FollowUps", "%n years"));
        }
    }
    return count(static_cast<int>(std::lround(days / 30.4375)), QT_TRANSLATE_NOOP("FollowUps", "1 month"),
                 QT_TRANSLATE_N_NOOP("FollowUps", "%n months"));
}

QString every(int days)
{
    if (days <= 1) {
        return QCoreApplication::translate("FollowUps", "every day");
    }
    const QString d = duration(days);
    if (d == duration(7)) {
        return QCoreApplication::translate("FollowUps", "every week");
    }
    if (d == duration(30)) {
        return QCoreApplication::translate("FollowUps", "every month");
    }
    if (d == duration(365)) {
        return QCoreApplication::translate("FollowUps", "every year");
    }
    return QCoreApplication::translate("FollowUps", "every %1").arg(d);
}

QString longDate(const QDate& date)
{
    //: QLocale date pattern for "25 November 2026": d day, MMMM month name, yyyy year.
    return formatDate(date, QT_TRANSLATE_NOOP("FollowUps", "d MMMM yyyy"));
}

QString weekdayDate(const QDate& date)
{
    //: QLocale date pattern for "Tuesday 17 November": dddd weekday, d day, MMMM month name.
    return formatDate(date, QT_TRANSLATE_NOOP("FollowUps", "dddd d MMMM"));
}

QString day(const QDate& date, const QDate& today)
{
    if (!date.isValid()) {
        return {};
    }
    const qint64 diff = today.daysTo(date);
    if (diff == 0) {
        return QCoreApplication::translate("FollowUps", "today");
    }
    if (diff == 1) {
        return QCoreApplication::translate("FollowUps", "tomorrow");
    }
    if (diff == -1) {
        return QCoreApplication::translate("FollowUps", "yesterday");
    }
    const QLocale locale;
    const QString weekday = locale.standaloneDayName(date.dayOfWeek(), QLocale::LongFormat);
    if (diff > 1 && diff < 7) {
        return weekday;
    }
    if (date.year() == today.year()) {
        return weekdayDate(date);
    }
    //: QLocale date pattern for "Tuesday 5 January 2027": dddd weekday, d day, MMMM month name, yyyy year.
    return formatDate(date, QT_TRANSLATE_NOOP("FollowUps", "dddd d MMMM yyyy"));
}

QString asClause(const QString& reason)
{
    QString r = oneLine(reason);
    while (r.endsWith(QLatin1Char('.')) || r.endsWith(QLatin1Char('!'))) {
        r.chop(1);
    }
    // "Send the deck" → "send the deck", but keep "I", "CV" and names written in capitals.
    if (r.size() >= 2 && r.at(0).isUpper() && r.at(1).isLower()) {
        r[0] = r.at(0).toLower();
    }
    return r;
}

QString cadenceWhy(const CadenceStatus& status, const Cadence& cadence, bool neverTalked)
{
    const QString aim = every(cadence.idealDays);
    const QString since = duration(status.daysSince);
    QString text;
    if (neverTalked) {
        text = QCoreApplication::translate("FollowUps",
                                           "No conversation on record in the %1 since you connected; you aim for %2")
                   .arg(since, aim);
    } else {
        text = QCoreApplication::translate("FollowUps", "No conversation in %1; you aim for %2").arg(since, aim);
    }
    if (status.state == CadenceStatus::State::Overdue && cadence.maxDays > cadence.idealDays) {
        text = QCoreApplication::translate("FollowUps", "%1, %2 at most").arg(text, duration(cadence.maxDays));
    }
    return text + QLatin1Char('.');
}

QString nextStepWhy(const QString& reason, const QDate& due, const QDate& today)
{
    const QString what = asClause(reason);
    const qint64 late = due.daysTo(today);
    QString text =
        what.isEmpty()
            ? QCoreApplication::translate("FollowUps", "You agreed on a next step for %1").arg(day(due, today))
            : QCoreApplication::translate("FollowUps", "You agreed to %1 by %2").arg(what, day(due, today));
    if (late > 1) {
        text =
            QCoreApplication::translate("FollowUps", "%1; that was %2 ago").arg(text, duration(static_cast<int>(late)));
    }
    return text + QLatin1Char('.');
}

QString manualWhy(const QString& reason, const QDate& due, const QDate& today)
{
    const QString what = asClause(reason);
    const qint64 late = due.daysTo(today);
    QString text =
        what.isEmpty()
            ? QCoreApplication::translate("FollowUps", "You set a reminder for %1").arg(day(due, today))
            : QCoreApplication::translate("FollowUps", "Your reminder for %1: %2").arg(day(due, today), what);
    if (late > 1) {
        text = QCoreApplication::translate("FollowUps", "%1 (%2 ago)").arg(text, duration(static_cast<int>(late)));
    }
    return text + QLatin1Char('.');
}

QString opener(const OpenerFacts& f)
{
    const QString what = asClause(f.reason);
    const QString when = f.lastConversationOn.isValid() ? day(f.lastConversationOn, f.today) : QString();
    if (f.isNextStep && !what.isEmpty()) {
        if (!when.isEmpty()) {
            return QCoreApplication::translate("FollowUps", "Open with what you promised on %1: %2.").arg(when, what);
        }
        return QCoreApplication::translate("FollowUps", "Open with what you promised: %1.").arg(what);
    }
    if (f.isManual && !what.isEmpty() && !f.lastConversationOn.isValid()) {
        return QCoreApplication::translate("FollowUps", "Open with: %1.").arg(what);
    }
    QString summary = text::elide(oneLine(f.lastSummary), 160);
    // The sentence adds its own full stop after the closing quote.
    while (summary.endsWith(QLatin1Char('.'))) {
        summary.chop(1);
    }
    if (f.lastConversationOn.isValid() && !summary.isEmpty()) {
        return QCoreApplication::translate(
                   "FollowUps", "Pick up where you left off on %1: \u201c%2\u201d. Ask how it has gone since.")
            .arg(when, summary);
    }
    const QString company = text::elide(oneLine(f.company), 80);
    if (f.lastConversationOn.isValid()) {
        const QString gap = duration(static_cast<int>(f.lastConversationOn.daysTo(f.today)));
        return company.isEmpty()
                   ? QCoreApplication::translate("FollowUps",
                                                 "Say it has been %1 since you last spoke and ask what is new.")
                         .arg(gap)
                   : QCoreApplication::translate("FollowUps",
                                                 "Say it has been %1 since you last spoke and ask what is new at %2.")
                         .arg(gap, company);
    }
    const QString howMet = text::elide(oneLine(f.howMet), 120);
    if (!howMet.isEmpty()) {
        return QCoreApplication::translate("FollowUps",
                                           "Remind them how you met (%1) and ask what they are working on now.")
            .arg(howMet);
    }
    return QCoreApplication::translate("FollowUps",
                                       "Introduce yourself in a sentence and ask what they are working on now.");
}

} // namespace rapport::followups::words
