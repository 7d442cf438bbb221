#pragma once

#include <QDate>
#include <QString>

namespace rapport::followups {

/// An ISO 8601 week (Monday to Sunday; week 1 holds the year's first Thursday), as the weekly
/// list and `rapport-cli weekly --week 2026-W48` name it.
class IsoWeek
{
public:
    IsoWeek() = default;
    IsoWeek(int year, int week);

    /// The week a date falls in (30 December 2024 is in 2025-W01).
    static IsoWeek containing(const QDate& date);
    /// Parses "2026-W48" (also "2026W48" and "2026-w48"); an invalid week when malformed or out of range.
    static IsoWeek fromString(const QString& text);
    /// 52 or 53.
    static int weeksInYear(int isoYear);

    bool isValid() const { return m_year > 0 && m_week > 0; }
    int year() const { return m_year; }
    int week() const { return m_week; }
    QDate monday() const;
    QDate sunday() const { return monday().addDays(6); }
    bool contains(const QDate& date) const { return isValid() && date >= monday() && date <= sunday(); }
    IsoWeek next() const { return containing(monday().addDays(7)); }
    IsoWeek previous() const { return containing(monday().addDays(-7)); }

    /// "2026-W48".
    QString toString() const;
    /// For people: "Week 48, 23–29 November 2026"; across months "Week 49, 30 November – 6 December 2026";
    /// across years "Week 53, 28 December 2026 – 3 January 2027".
    QString label() const;

    bool operator==(const IsoWeek&) const = default;

private:
    int m_year = 0;
    int m_week = 0;
};

} // namespace rapport::followups
