#pragma once

#include "Encoding.h"
#include "ImportFormat.h"
#include "ImportRecords.h"

#include <optional>
#include <vector>

namespace rapport::importers {

/// Everything read from one file, ready to be written; no database involved yet.
struct ParsedFile
{
    QString path;        ///< where it was read from (a temporary file for zip members)
    QString displayName; ///< what the user knows it as: "export.zip:Connections.csv" or the path
    ImportFormat format = ImportFormat::Unknown;
    TextEncoding encoding = TextEncoding::Utf8;
    std::vector<PersonRecord> people;
    MessageBatch messages;
    std::vector<InvitationRecord> invitations;
    std::optional<OwnerRecord> owner;
    QList<RowError> errors;
    int skipped = 0; ///< rows the parser dropped on purpose (hidden profiles, drafts, spam, group cards, ...)
    int records = 0; ///< data rows or cards seen
    QStringList notes;

    void addError(qint64 line, const QString& reason) { errors.append({displayName, line, reason}); }
};

} // namespace rapport::importers
