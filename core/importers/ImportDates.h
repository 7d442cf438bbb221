#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace rapport::importers::dates {

/// The date shapes found across exports, parsed with a fixed English month table (never the
/// system locale): "08 Feb 2024", "8-Feb-24", "3/12/18, 9:05 AM", "2024-02-08", "M/D/YYYY".
/// Two-digit years are 20yy unless that lies in the future, then 19yy.
QDate parseDate(const QString& text);

/// Timestamps: "2023-06-11 15:33:58 UTC" (UTC), "2019-11-06T02:08:20" and "3/12/18, 9:05 AM"
/// (no zone: taken as local time). Invalid when the shape is unknown.
QDateTime parseDateTime(const QString& text);

/// Birthdays as stored in contacts.birthday: ISO date, or "--MM-DD" without a year; empty if unusable.
/// Accepts "1988-04-23", "19880423", "--0901", "--11-14", "4/23/1988", "Mar 14", and Outlook's "0/0/00".
QString parseBirthday(const QString& text);

/// English three-letter (or full) month name to 1..12, 0 if unknown.
int monthFromName(QStringView name);

} // namespace rapport::importers::dates
