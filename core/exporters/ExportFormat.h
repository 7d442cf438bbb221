#pragma once

#include <QString>

#include <optional>

namespace rapport::exporters {

/// What File → Export and `rapport-cli export` can write.
enum class ExportFormat { VCard3, VCard4, Csv, Json };

/// Stable keys: "vcard3", "vcard4", "csv", "json".
QString exportFormatKey(ExportFormat format);
/// Accepts the keys and "vcard" (= 4.0), case-insensitively.
std::optional<ExportFormat> exportFormatFromKey(const QString& key);
/// Guesses from the file name: .vcf/.vcard (4.0), .csv, .json.
std::optional<ExportFormat> exportFormatForFile(const QString& path);
/// For people: "vCard 4.0", "CSV spreadsheet", ... (translated).
QString exportFormatName(ExportFormat format);
/// A file dialog filter: "vCard 4.0 (*.vcf)" (translated).
QString exportFileFilter(ExportFormat format);
/// The usual suffix without dot: "vcf", "csv", "json".
QString exportFileSuffix(ExportFormat format);

} // namespace rapport::exporters
