#pragma once

#include "model/Contact.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace rapport::exporters {

/// A cell a spreadsheet will show as text and never run as a formula (CSV injection, CWE-1236):
/// text whose first character, or first after leading spaces, is = + - @ or which starts with a
/// tab, carriage return or line feed gets a leading apostrophe, which Excel and LibreOffice hide.
/// A phone number "+421 ..." thus reads "'+421 ..." in the file and "+421 ..." in the sheet.
QString neutralizeFormula(const QString& cell);

/// An RFC 4180 field: in double quotes (inner quotes doubled) when it holds a comma, a quote or a
/// line break; as is otherwise.
QString csvField(const QString& cell);

/// One record: every cell neutralised and quoted, joined with commas, ending in CRLF, as UTF-8.
QByteArray csvRecord(const QStringList& cells);

/// The UTF-8 byte order mark Excel needs to read the file as UTF-8 rather than the ANSI code page.
QByteArray csvByteOrderMark();

/// Column titles of the contact spreadsheet (translated) and one contact's cells in that order:
/// several e-mails, phones, web addresses, circles and tags are joined with "; ".
QStringList contactCsvHeader();
QStringList contactCsvCells(const Contact& contact);

} // namespace rapport::exporters
