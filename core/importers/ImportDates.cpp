#include "ImportDates.h"

#include "util/Clock.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace rapport::importers::dates {

namespace {

int fullYear(int yy)
{
    if (yy >= 100) {
        return yy;
    }
    const int century = 2000 + yy;
    return century > Clock::today().year() + 1 ? 1900 + yy : century;
}

QTime parseClock(const QString& h, const QString& m, const QString& s, const QString& ampm)
{
    int hour = h.toInt();
    if (!ampm.isEmpty()) {
        const bool pm = ampm.compare(QLatin1String("PM"), Qt::CaseInsensitive) == 0;
        if (hour == 12) {
            hour = pm ? 12 : 0;
        } else if (pm) {
            hour += 12;
        }
    }
    return QTime(hour, m.toInt(), s.isEmpty() ? 0 : s.toInt());
}

} // namespace

int monthFromName(QStringView name)
{
    static const char* const months[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                         "jul", "aug", "sep", "oct", "nov", "dec"};
    if (name.size() < 3) {
        return 0;
    }
    const QString lower = name.left(3).toString().toLower();
    for (int i = 0; i < 12; ++i) {
        if (lower == QLatin1String(months[i])) {
            return i + 1;
        }
    }
    return 0;
}

QDate parseDate(const QString& input)
{
    const QString text = input.trimmed();
    if (text.isEmpty()) {
        return {};
    }
    // "08 Feb 2024", "8-Feb-24", "8 February 2024"
    static const QRegularExpression dmy(QStringLiteral("^(\\d{1,2})[ -]([A-Za-z]{3,9})[ -](\\d{2,4})$"));
    if (const auto m = dmy.match(text); m.hasMatch()) {
        const int month = monthFromName(m.capturedView(2));
        return month ? QDate(fullYear(m.captured(3).toInt()), month, m.captured(1).toInt()) : QDate();
    }
    // "3/12/18, 9:05 AM" or "4/23/1988" (US order, as every LinkedIn and Outlook sample)
    static const QRegularExpression us(QStringLiteral("^(\\d{1,2})/(\\d{1,2})/(\\d{2,4})(?:,? .*)?$"));
    if (const auto m = us.match(text); m.hasMatch()) {
        return QDate(fullYear(m.captured(3).toInt()), m.captured(1).toInt(), m.captured(2).toInt());
    }
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-?(\\d{2})-?(\\d{2})(?:[T ].*)?$"));
    if (const auto m = iso.match(text); m.hasMatch()) {
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    }
    // "Feb 8, 2024" / "Feb 8 2024"
    static const QRegularExpression mdy(QStringLiteral("^([A-Za-z]{3,9})\\.? (\\d{1,2}),? (\\d{4})$"));
    if (const auto m = mdy.match(text); m.hasMatch()) {
        const int month = monthFromName(m.capturedView(1));
        return month ? QDate(m.captured(3).toInt(), month, m.captured(2).toInt()) : QDate();
    }
    return {};
}

QDateTime parseDateTime(const QString& input)
{
    const QString text = input.trimmed();
    static const QRegularExpression isoRe(
        QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})[T ](\\d{2}):(\\d{2})(?::(\\d{2}))?(?:\\.\\d+)?\\s*(UTC|Z)?$"));
    if (const auto m = isoRe.match(text); m.hasMatch()) {
        const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        const QTime t = parseClock(m.captured(4), m.captured(5), m.captured(6), QString());
        if (!d.isValid() || !t.isValid()) {
            return {};
        }
        return m.captured(7).isEmpty() ? QDateTime(d, t) : QDateTime(d, t, QTimeZone::utc());
    }
    static const QRegularExpression usRe(
        QStringLiteral("^(\\d{1,2})/(\\d{1,2})/(\\d{2,4}),? (\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*([AaPp][Mm])?$"));
    if (const auto m = usRe.match(text); m.hasMatch()) {
        const QDate d(fullYear(m.captured(3).toInt()), m.captured(1).toInt(), m.captured(2).toInt());
        const QTime t = parseClock(m.captured(4), m.captured(5), m.captured(6), m.captured(7));
        if (!d.isValid() || !t.isValid()) {
            return {};
        }
        return QDateTime(d, t);
    }
    const QDate d = parseDate(text);
    return d.isValid() ? QDateTime(d, QTime(0, 0)) : QDateTime();
}

QString parseBirthday(const QString& input)
{
    const QString text = input.trimmed();
    if (text.isEmpty() || text == QLatin1String("0/0/00") || text == QLatin1String("0/0/0000")) {
        return {};
    }
    static const QRegularExpression noYear(QStringLiteral("^--(\\d{2})-?(\\d{2})$"));
    if (const auto m = noYear.match(text); m.hasMatch()) {
        const int month = m.captured(1).toInt();
        const int day = m.captured(2).toInt();
        if (QDate(2000, month, day).isValid()) { // 2000 is a leap year: 29 Feb is fine
            return QStringLiteral("--%1-%2").arg(month, 2, 10, QLatin1Char('0')).arg(day, 2, 10, QLatin1Char('0'));
        }
        return {};
    }
    // LinkedIn Profile.csv since 2024: "Mar 14"
    static const QRegularExpression monthDay(QStringLiteral("^([A-Za-z]{3,9}) (\\d{1,2})$"));
    if (const auto m = monthDay.match(text); m.hasMatch()) {
        const int month = monthFromName(m.capturedView(1));
        const int day = m.captured(2).toInt();
        if (month && QDate(2000, month, day).isValid()) {
            return QStringLiteral("--%1-%2").arg(month, 2, 10, QLatin1Char('0')).arg(day, 2, 10, QLatin1Char('0'));
        }
        return {};
    }
    const QDate d = parseDate(text);
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

} // namespace rapport::importers::dates
