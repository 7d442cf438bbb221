#pragma once

#include "ParsedFile.h"

namespace rapport::importers {

class CsvReader;
class HeaderMap;

/// Google Contacts CSV, current ("First Name" + "Labels") and legacy ("Given Name" + "Group
/// Membership") headers: " ::: " multi-values, "* " system labels ignored, user labels become circles.
void parseGoogleCsv(CsvReader& reader, const HeaderMap& header, ParsedFile& file);

/// Outlook desktop (92 columns) and Outlook.com (61 columns) CSV, mapped by header name; placeholder
/// values ("0/0/00", Exchange X.500 addresses) dropped; Categories become circles.
void parseOutlookCsv(CsvReader& reader, const HeaderMap& header, ParsedFile& file);

} // namespace rapport::importers
