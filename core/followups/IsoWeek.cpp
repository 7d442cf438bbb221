#include "IsoWeek.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace rapport::followups {

IsoWeek::IsoWeek(int year, int week)
{
    if (year >= 1 && year <= 9999 && week >= 1 && week <= weeksInYear(year)) {
        m_year = year;
        m_week = week;
    }
}

IsoWeek IsoWeek::containing(const QDate& date)
{
    if (!date.isValid()) {
        return {};
    }
    int year = 0;
    const int week = date.weekNumber(&year);
    return IsoWeek(year, week);
}

IsoWeek IsoWeek::fromString(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("^\\s*(\\d{4})-?[Ww](\\d{1,2})\\s*$"));
    const auto m = re.match(text);
    if (!m.hasMatch()) {
        return {};
    }
    return IsoWeek(m.captured(1).toInt(), m.captured(2).toInt());
}

int IsoWeek::weeksInYear(int isoYear)
{
    // 28 December is always in the last ISO week of its year.
    return QDate(isoYear, 12, 28).weekNumber();
}

QDate IsoWeek::monday() const
{
    if (!isValid()) {
        return {};
    }
    // 4 January is always in week 1.
    const QDate jan4(m_year, 1, 4);
    const QDate week1Monday = jan4.addDays(1 - jan4.dayOfWeek());
    return week1Monday.addDays(qint64(m_week - 1) * 7);
}

QString IsoWeek::toString() const
{
    if (!isValid()) {
        return {};
    }
    return QStringLiteral("%1-W%2").arg(m_year, 4, 10, QLatin1Char('0')).arg(m_week, 2, 10, QLatin1Char('0'));
}

QString IsoWeek::label() const
{
    if (!isValid()) {
        return {};
    }
    // monthName(), not the standalone form: next to a day number Slovak needs "29. novembra".
    const QLocale locale;
    const QDate from = monday();
    const QDate to = sunday();
    const QString toMonth = locale.monthName(to.month(), QLocale::LongFormat);
    if (from.month() == to.month()) {
        return QCoreApplication::translate("FollowUps", "Week %1, %2\u2013%3 %4 %5")
            .arg(m_week)
            .arg(from.day())
            .arg(to.day())
            .arg(toMonth)
            .arg(to.year());
    }
    const QString fromMonth = locale.monthName(from.month(), QLocale::LongFormat);
    if (from.year() == to.year()) {
        return QCoreApplication::translate("FollowUps", "Week %1, %2 %3 \u2013 %4 %5 %6")
            .arg(m_week)
            .arg(from.day())
            .arg(fromMonth)
            .arg(to.day())
            .arg(toMonth)
            .arg(to.year());
    }
    return QCoreApplication::translate("FollowUps", "Week %1, %2 %3 %4 \u2013 %5 %6 %7")
        .arg(m_week)
        .arg(from.day())
        .arg(fromMonth)
        .arg(from.year())
        .arg(to.day())
        .arg(toMonth)
        .arg(to.year());
}

} // namespace rapport::followups
