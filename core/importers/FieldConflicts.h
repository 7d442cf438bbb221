#pragma once

#include "util/Result.h"

#include <QList>
#include <QString>

namespace rapport::db {
class Database;
}

namespace rapport::importers {

/// A field the user had edited by hand that an import wanted to change (a field_conflicts row).
struct FieldConflict
{
    qint64 id = 0;
    qint64 contactId = 0;
    QString contactName;
    QString field;         ///< as ContactWriter records it: "company", "first_name", ...
    QString fieldLabel;    ///< translated: "Company", "First name", ...
    QString recordedValue; ///< the contact's value when the import ran
    QString currentValue;  ///< the contact's value now (it may have been edited since)
    QString importedValue;
    qint64 batchId = 0;
    QString createdAt;
};

/// The questions imports leave for the user: list the open field conflicts and answer them.
/// "Keep mine" only closes the question; "Use imported" writes the imported value into the contact
/// and logs the previous value in the batch's import_changes, so undoing that import restores it.
/// The field stays in edited_fields either way: the user chose the value, so later imports ask again
/// instead of overwriting it.
class FieldConflicts
{
public:
    enum class Resolution { KeepMine, UseImported };
    /// Stored in field_conflicts.resolution.
    static constexpr const char* keptMineKey = "mine";
    static constexpr const char* usedImportedKey = "imported";

    explicit FieldConflicts(db::Database& db);

    /// Open conflicts of contacts not in the Trash, by contact name; batchId 0 lists every batch's.
    Result<QList<FieldConflict>> open(qint64 batchId = 0);
    /// One transaction; announces the contact on Database::changed.
    Status resolve(qint64 conflictId, Resolution resolution);

    /// Translated label of a field name as ContactWriter or ContactStore spells it; the name itself if unknown.
    static QString fieldLabel(const QString& field);

private:
    db::Database& m_db;
};

} // namespace rapport::importers
