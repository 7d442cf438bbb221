#pragma once

#include "importers/ImportService.h"

#include <QStringList>
#include <QWizard>

class QMimeData;

namespace rapport {

namespace db {
class Database;
}
class ImportPickPage;
class ImportPreviewPage;
class ImportRunPage;
class ImportSummaryPage;

/// File › Import: pick files, folders or a LinkedIn zip (or drop them), see what each file is with a
/// few sample rows and what a dry run would change, import with progress and Cancel, then review the
/// summary and the fields that conflict with the user's own edits. Reading and writing run on a worker
/// thread with its own connection; the import is one transaction and one undoable batch. When it
/// commits, the caller's connection announces Entity::Everything so every view reloads.
class ImportWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { PickPageId, PreviewPageId, ImportPageId, SummaryPageId };

    /// With paths (dropped on the window, handed over by a second launch) it goes straight to the preview.
    explicit ImportWizard(db::Database& db, const QStringList& paths = {}, QWidget* parent = nullptr);
    ~ImportWizard() override;

    db::Database& database() const { return m_db; }

    /// The local files and folders in a drag (from a file manager); empty if it carries none.
    static QStringList droppedPaths(const QMimeData* mime);

    /// What the user chose on the first page.
    QStringList paths() const;
    /// Adds paths while the user is still choosing; false once the wizard has moved past that page.
    bool addPaths(const QStringList& paths);

    /// Back up the database before writing (on by default; tests of throw-away files turn it off).
    void setBackupBeforeImport(bool on) { m_backup = on; }
    bool backupBeforeImport() const { return m_backup; }
    /// The preview page's "Import the good rows and skip the bad ones".
    bool skipBadRows() const;

    /// The import's outcome, once the import page has finished.
    const importers::ImportReport& report() const { return m_report; }
    qint64 batchId() const { return m_report.batchId; }

    ImportPickPage* pickPage() const { return m_pick; }
    ImportPreviewPage* previewPage() const { return m_preview; }
    ImportRunPage* runPage() const { return m_run; }
    ImportSummaryPage* summaryPage() const { return m_summary; }

public slots:
    /// Cancel, Escape or closing the window: while the import runs, this cancels it (the transaction
    /// rolls back) and the wizard stays open to say so; otherwise it closes.
    void reject() override;

signals:
    /// The import committed as this batch; the database has already announced the change.
    void imported(qint64 batchId);

private:
    friend class ImportRunPage;
    void importFinished(const importers::ImportReport& report);

    db::Database& m_db;
    bool m_backup = true;
    importers::ImportReport m_report;
    ImportPickPage* m_pick = nullptr;
    ImportPreviewPage* m_preview = nullptr;
    ImportRunPage* m_run = nullptr;
    ImportSummaryPage* m_summary = nullptr;
};

} // namespace rapport
