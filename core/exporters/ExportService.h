#pragma once

#include "ExportFormat.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>

namespace rapport::db {
class Database;
}

namespace rapport::exporters {

struct ExportOptions
{
    ExportFormat format = ExportFormat::VCard4;
    /// Only the members of this circle (case-insensitive); empty: no circle filter.
    QString circle;
    /// Only these contacts; empty: no selection. With a circle too, only selected members of it.
    QList<qint64> ids;
    QString filePath;
    /// Set from another thread to stop; nothing is written then (the target file stays as it was).
    std::atomic<bool>* cancel = nullptr;
    /// Records written so far and in total; called from the exporting thread.
    std::function<void(qint64 done, qint64 total)> progress;
};

/// What an export wrote, or why it wrote nothing.
struct ExportReport
{
    QString filePath;
    ExportFormat format = ExportFormat::VCard4;
    QString error; ///< translated; empty on success
    bool cancelled = false;
    int contacts = 0;
    // The JSON export only:
    int conversations = 0;
    int messages = 0;
    int followUps = 0;
    int introductions = 0;
    int invitations = 0;
    int circles = 0;
    int importBatches = 0;
    qint64 bytes = 0;

    bool ok() const { return error.isEmpty(); }
    /// A sentence for a status bar or the CLI: "Wrote 12 contacts to people.vcf (vCard 4.0)."
    QString summary() const;
    QJsonObject toJson() const;
};

/// Writes contacts to vCard 3.0/4.0 or a CSV spreadsheet, or everything in the database to one JSON
/// file, so no user is ever locked in. vCard and CSV take the contacts not in the Trash (archived ones
/// included) unless a circle or ids narrow them; JSON takes everything, Trash included, or with a
/// filter the chosen contacts with their conversations, follow-ups, introductions and invitations.
///
/// The file is replaced atomically (QSaveFile): after an error or a cancel the old file is untouched.
/// Reading happens in one read transaction, so the file is a consistent snapshot. Long exports belong
/// on a worker thread with its own connection (Database::openAnother()); the connection given must
/// not be in a write transaction.
class ExportService
{
public:
    explicit ExportService(db::Database& db);
    ExportReport run(const ExportOptions& options);

private:
    db::Database& m_db;
};

} // namespace rapport::exporters
