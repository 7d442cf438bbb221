#pragma once

#include "ParsedFile.h"

#include <functional>

namespace rapport::importers {

class CsvReader;
class HeaderMap;

/// Limits that keep a hostile or broken file from exhausting memory.
struct ParseLimits
{
    qsizetype maxRecordChars = 16 * 1024 * 1024;
    qint64 maxVCardFileBytes = 256LL * 1024 * 1024;
};

/// Reads one file: detects its format from the content and hands it to the matching parser.
/// File-level problems (binary, unknown header, truncated quote) land in ParsedFile::errors.
ParsedFile parseFile(const QString& path, const QString& displayName, const ParseLimits& limits = {});

/// The row loop every CSV parser shares: blank lines skipped, an oversized record reported and
/// skipped, an unterminated quote reported and the file stopped there.
void forEachCsvRow(CsvReader& reader, ParsedFile& file, const std::function<void(const QStringList&, qint64)>& row);

} // namespace rapport::importers
