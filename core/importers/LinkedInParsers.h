#pragma once

#include "ParsedFile.h"

namespace rapport::importers {

class CsvReader;
class HeaderMap;

/// The four LinkedIn export files that carry a network. Each reads the rows after the header the
/// caller found and fills ParsedFile; columns are looked up by name, so every era maps the same way.

/// Connections.csv: 6- or 7-column eras, preamble or not, all date shapes; hidden profiles skipped.
void parseConnections(CsvReader& reader, const HeaderMap& header, ParsedFile& file);
/// messages.csv / Messages.csv: 7- to 12-column eras; drafts, SPAM, sponsored and system notices skipped.
void parseMessages(CsvReader& reader, const HeaderMap& header, ParsedFile& file);
/// Invitations.csv: 5- and 7-column eras, URL or URN variant.
void parseInvitations(CsvReader& reader, const HeaderMap& header, ParsedFile& file);
/// Profile.csv: the account owner.
void parseProfile(CsvReader& reader, const HeaderMap& header, ParsedFile& file);

} // namespace rapport::importers
