#include "PlainWords.h"

#include "util/Text.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace rapport::followups::words {

namespace {

QString tr(const char* s, int n = -1)
{
    return QCoreApplication::translate("FollowUps", s, nullptr, n);
}

// English needs "1 month" without a loaded translation; the plural form stays translatable.
QString count(int n, const char* one, const char* many)
{
    return n == 1 ? tr(one) : tr(many, n);
}

QString oneLine(const QString& s)
{
    return s.simplified();
}

} // namespace

QString duration(int days)
{
    days = std::max(days, 0);
    if (days < 14) {
        return count(days, "1 day", "%n days");
    }
    if (days < 56) {
        return count(static_cast<int>(std::lround(days / 7.0)), "1 week", "%n weeks");
    }
    if (days >= 350) {
        const int years = static_cast<int>(std::lround(days / 365.25));
        if (std::abs(years * 365.25 - days) <= 31 || years >= 2) {
            return count(years, "1 year", "%n years");
        }
    }
    return count(static_cast<int>(std::lround(days / 30.4375)), "1 month", "%n months");
}

QString every(int days)
{
    if (days <= 1) {
        return tr("every day");
    }
    const QString d = duration(days);
    if (d == duration(7)) {
        return tr("every week");
    }
    if (d == duration(30)) {
        return tr("every month");
    }
    if (d == duration(365)) {
        return tr("every year");
    }
    return tr("every %1").arg(d);
}

QString longDate(const QDate& date)
{
    const QLocale locale;
    return QStringLiteral("%1 %2 %3")
        .arg(date.day())
        .arg(locale.standaloneMonthName(date.month(), QLocale::LongFormat))
        .arg(date.year());
}

QString day(const QDate& date, const QDate& today)
{
    if (!date.isValid()) {
        return {};
    }
    const qint64 diff = today.daysTo(date);
    if (diff == 0) {
        return tr("today");
    }
    if (diff == 1) {
        return tr("tomorrow");
    }
    if (diff == -1) {
        return tr("yesterday");
    }
    const QLocale locale;
    const QString weekday = locale.standaloneDayName(date.dayOfWeek(), QLocale::LongFormat);
    if (diff > 1 && diff < 7) {
        return weekday;
    }
    const QString month = locale.standaloneMonthName(date.month(), QLocale::LongFormat);
    if (date.year() == today.year()) {
        return QStringLiteral("%1 %2 %3").arg(weekday).arg(date.day()).arg(month);
    }
    return QStringLiteral("%1 %2 %3 %4").arg(weekday).arg(date.day()).arg(month).arg(date.year());
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
        text = tr("No conversation on record in the %1 since you connected; you aim for %2").arg(since, aim);
    } else {
        text = tr("No conversation in %1; you aim for %2").arg(since, aim);
    }
    if (status.state == CadenceStatus::State::Overdue && cadence.maxDays > cadence.idealDays) {
        text = tr("%1, %2 at most").arg(text, duration(cadence.maxDays));
    }
    return text + QLatin1Char('.');
}

QString nextStepWhy(const QString& reason, const QDate& due, const QDate& today)
{
    const QString what = asClause(reason);
    const qint64 late = due.daysTo(today);
    QString text = what.isEmpty() ? tr("You agreed on a next step for %1").arg(day(due, today))
                                  : tr("You agreed to %1 by %2").arg(what, day(due, today));
    if (late > 1) {
        text = tr("%1; that was %2 ago").arg(text, duration(static_cast<int>(late)));
    }
    return text + QLatin1Char('.');
}

QString manualWhy(const QString& reason, const QDate& due, const QDate& today)
{
    const QString what = asClause(reason);
    const qint64 late = due.daysTo(today);
    QString text = what.isEmpty() ? tr("You set a reminder for %1").arg(day(due, today))
                                  : tr("Your reminder for %1: %2").arg(day(due, today), what);
    if (late > 1) {
        text = tr("%1 (%2 ago)").arg(text, duration(static_cast<int>(late)));
    }
    return text + QLatin1Char('.');
}

QString opener(const OpenerFacts& f)
{
    const QString what = asClause(f.reason);
    const QString when = f.lastConversationOn.isValid() ? day(f.lastConversationOn, f.today) : QString();
    if (f.isNextStep && !what.isEmpty()) {
        if (!when.isEmpty()) {
            return tr("Open with what you promised on %1: %2.").arg(when, what);
        }
        return tr("Open with what you promised: %1.").arg(what);
    }
    if (f.isManual && !what.isEmpty() && !f.lastConversationOn.isValid()) {
        return tr("Open with: %1.").arg(what);
    }
    QString summary = text::elide(oneLine(f.lastSummary), 160);
    // The sentence adds its own full stop after the closing quote.
    while (summary.endsWith(QLatin1Char('.'))) {
        summary.chop(1);
    }
    if (f.lastConversationOn.isValid() && !summary.isEmpty()) {
        return tr("Pick up where you left off on %1: \u201c%2\u201d. Ask how it has gone since.").arg(when, summary);
    }
    const QString company = text::elide(oneLine(f.company), 80);
    if (f.lastConversationOn.isValid()) {
        const QString gap = duration(static_cast<int>(f.lastConversationOn.daysTo(f.today)));
        return company.isEmpty()
                   ? tr("Say it has been %1 since you last spoke and ask what is new.").arg(gap)
                   : tr("Say it has been %1 since you last spoke and ask what is new at %2.").arg(gap, company);
    }
    const QString howMet = text::elide(oneLine(f.howMet), 120);
    if (!howMet.isEmpty()) {
        return tr("Remind them how you met (%1) and ask what they are working on now.").arg(howMet);
    }
    return tr("Introduce yourself in a sentence and ask what they are working on now.");
}

} // namespace rapport::followups::words
