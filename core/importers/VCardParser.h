#pragma once

#include "ParsedFile.h"

#include <QByteArray>

namespace rapport::importers {

/// Reads vCard 2.1, 3.0 and 4.0 cards into people. Works on bytes, in the order the formats demand:
/// split lines (CRLF or LF), join quoted-printable soft breaks, RFC-unfold, parse, decode QP/charset,
/// unescape. Group and organisation cards are skipped; of several cards with one UID the newest REV wins.
void parseVCards(const QByteArray& data, ParsedFile& file);

} // namespace rapport::importers
