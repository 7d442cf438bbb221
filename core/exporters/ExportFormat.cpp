#include "ExportFormat.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace rapport::exporters {

QString exportFormatKey(ExportFormat format)
{
    switch (format) {
    case ExportFormat::VCard3:
        return QStringLiteral("vcard3");
    case ExportFormat::VCard4:
        return QStringLiteral("vcard4");
    case ExportFormat::Csv:
        return QStringLiteral("csv");
    case ExportFormat::Json:
        break;
    }
    return QStringLiteral("json");
}

std::optional<ExportFormat> exportFormatFromKey(const QString& key)
{
    const QString k = key.trimmed().toLower();
    if (k == QLatin1String("vcard") || k == QLatin1String("vcard4")) {
        return ExportFormat::VCard4;
    }
    if (k == QLatin1String("vcard3")) {
        return ExportFormat::VCard3;
    }
    if (k == QLatin1String("csv")) {
        return ExportFormat::Csv;
    }
    if (k == QLatin1String("json")) {
        return ExportFormat::Json;
    }
    return std::nullopt;
}

std::optional<ExportFormat> exportFormatForFile(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("vcf") || suffix == QLatin1String("vcard")) {
        return ExportFormat::VCard4;
    }
    return suffix == QLatin1String("csv") || suffix == QLatin1String("json") ? exportFormatFromKey(suffix)
                                                                             : std::nullopt;
}

QString exportFormatName(ExportFormat format)
{
    switch (format) {
    case ExportFormat::VCard3:
        return QCoreApplication::translate("Export", "vCard 3.0");
    case ExportFormat::VCard4:
        return QCoreApplication::translate("Export", "vCard 4.0");
    case ExportFormat::Csv:
        return QCoreApplication::translate("Export", "CSV spreadsheet");
    case ExportFormat::Json:
        break;
    }
    return QCoreApplication::translate("Export", "Rapport JSON (everything)");
}

QString exportFileSuffix(ExportFormat format)
{
    switch (format) {
    case ExportFormat::VCard3:
    case ExportFormat::VCard4:
        return QStringLiteral("vcf");
    case ExportFormat::Csv:
        return QStringLiteral("csv");
    case ExportFormat::Json:
        break;
    }
    return QStringLiteral("json");
}

QString exportFileFilter(ExportFormat format)
{
    return QStringLiteral("%1 (*.%2)").arg(exportFormatName(format), exportFileSuffix(format));
}

} // namespace rapport::exporters
