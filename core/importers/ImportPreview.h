#pragma once

#include "ImportFormat.h"
#include "ImportRecords.h"
#include "util/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>

namespace rapport::importers {

/// A few rows of a file as text, for a person to recognise what they picked.
struct PreviewTable
{
    QStringList columns; ///< translated titles
    QList<QStringList> rows;
};

/// What one file of an import holds, read without touching the database.
struct FilePreview
{
    QString displayName; ///< as ImportReport names it: the path, or "export.zip:Connections.csv"
    ImportFormat format = ImportFormat::Unknown;
    QString formatKey;  ///< formatKey(format)
    QString formatName; ///< translated: "LinkedIn connections", "vCard", ...
    QString encoding;   ///< "UTF-8", "Windows-1252", ...
    int records = 0;    ///< data rows or cards seen
    int items = 0;      ///< people, messages and invitations that would be written
    int skipped = 0;    ///< left out on purpose (hidden profiles, drafts, spam, group cards)
    QList<RowError> errors;
    QStringList notes;
    PreviewTable sample;
    /// False for files found in a folder or zip that hold no contacts (Positions.csv, photos' companions)
    /// and for files that could not be read at all.
    bool willImport = true;
};

/// The translated name of a format, for people ("LinkedIn connections", "Google Contacts CSV").
QString formatDisplayName(ImportFormat format);
/// The same for a formatKey() as ImportReport and import_batches store it; the key itself if unknown.
QString formatDisplayName(const QString& key);

/// Expands the paths (files, export folders, LinkedIn zips) and parses each file the way ImportService
/// would, returning per file its format, counts, problems and the first `sampleRows` records as text.
/// A file or folder that cannot be read is listed with its error; only an empty list of paths or a
/// cancel fails.
Result<QList<FilePreview>> previewImport(const QStringList& paths, int sampleRows = 5,
                                         std::atomic<bool>* cancel = nullptr);

} // namespace rapport::importers
