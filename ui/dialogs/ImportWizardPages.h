#pragma once

#include "importers/FieldConflicts.h"
#include "importers/ImportPreview.h"
#include "importers/ImportService.h"

#include <QWizardPage>

#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTableWidgetItem;

namespace rapport {

class ImportJob;
class ImportWizard;

/// Step 1: files, folders or a LinkedIn zip, typed, chosen or dropped on the page.
class ImportPickPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportPickPage(QWidget* parent = nullptr);

    /// The paths in the line edit: the whole text if it names one existing path, else split at ';'.
    QStringList paths() const;
    void setPaths(const QStringList& paths);
    bool isComplete() const override;

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void chooseFiles();
    void chooseFolder();
    void update();

    QLineEdit* m_edit = nullptr;
    QLabel* m_problem = nullptr;
};

/// Step 2: per file the detected format, rows and a sample; what a dry run would change; the rows
/// that cannot be read, and whether to skip them (off by default: all or nothing).
class ImportPreviewPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportPreviewPage(ImportWizard* wizard);
    ~ImportPreviewPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    /// The preview and the dry run have finished.
    bool isReady() const { return m_ready; }
    bool skipBadRows() const;
    int problemCount() const { return m_problems; }
    const QList<importers::FilePreview>& previews() const { return m_previews; }
    const importers::ImportReport& dryRun() const { return m_dryRun; }
    /// Stops reading (the wizard is closing).
    void cancel();

private:
    struct Outcome;
    void showOutcome(const Outcome& outcome, const QString& openError);
    void showFile(int row);
    void updateVerdict();

    ImportWizard* m_wizard;
    ImportJob* m_job = nullptr;
    QLabel* m_status = nullptr;
    QProgressBar* m_busy = nullptr;
    QTableWidget* m_files = nullptr;
    QLabel* m_sampleTitle = nullptr;
    QTableWidget* m_sample = nullptr;
    QLabel* m_fileDetails = nullptr;
    QTableWidget* m_errors = nullptr;
    QCheckBox* m_skipBad = nullptr;
    QLabel* m_verdict = nullptr;
    QList<importers::FilePreview> m_previews;
    importers::ImportReport m_dryRun;
    std::shared_ptr<Outcome> m_pending;
    QString m_failure; ///< why nothing can be imported at all
    int m_problems = 0;
    bool m_ready = false;
};

/// Step 3: the import itself, with a progress bar; the wizard's Cancel stops it and rolls it back.
class ImportRunPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportRunPage(ImportWizard* wizard);
    ~ImportRunPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override { return m_succeeded; }

    bool isRunning() const;
    bool wasCancelled() const { return m_cancelled; }
    /// Sets the cancel flag; the worker rolls back and finished() follows.
    void cancelImport();

signals:
    /// The import ended, committed or not.
    void stopped();

private:
    void onProgress(qint64 done, qint64 total);
    void onFinished(const importers::ImportReport& report, const QString& openError);

    ImportWizard* m_wizard;
    ImportJob* m_job = nullptr;
    QLabel* m_status = nullptr;
    QProgressBar* m_progress = nullptr;
    QPlainTextEdit* m_errors = nullptr;
    QPushButton* m_restart = nullptr;
    std::shared_ptr<importers::ImportReport> m_pending;
    bool m_succeeded = false;
    bool m_cancelled = false;
};

/// Step 4: counts per file, notes and problems, the batch number (File › Import History undoes it),
/// and the conflicts this import left, each answered with Keep Mine or Use Imported.
class ImportSummaryPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportSummaryPage(ImportWizard* wizard);

    void initializePage() override;
    /// The open conflicts of this import, as shown.
    const QList<importers::FieldConflict>& conflicts() const { return m_conflicts; }
    /// Answers the selected conflicts (or the current one).
    void resolveSelected(importers::FieldConflicts::Resolution resolution);

private:
    void loadConflicts();
    void updateButtons();

    ImportWizard* m_wizard;
    QLabel* m_headline = nullptr;
    QTableWidget* m_files = nullptr;
    QTableWidget* m_notes = nullptr;
    QLabel* m_conflictsTitle = nullptr;
    QTableWidget* m_conflictTable = nullptr;
    QPushButton* m_keepMine = nullptr;
    QPushButton* m_useImported = nullptr;
    QLabel* m_conflictError = nullptr;
    QList<importers::FieldConflict> m_conflicts;
};

/// Small widget helpers the import wizard's pages share.
namespace importui {
/// A read-only table for looking, not editing; Tab leaves it, arrows move inside it.
QTableWidget* makeTable(QWidget* parent, const char* objectName, const QString& accessibleName,
                        const QStringList& headers);
/// A wrapping, selectable label.
QLabel* makeLabel(QWidget* parent, const char* objectName, const QString& accessibleName);
QTableWidgetItem* textItem(const QString& text);
QTableWidgetItem* numberItem(qint64 n);
void setRow(QTableWidget* table, int row, const QList<QTableWidgetItem*>& items);
/// "12", or "whole file" for line 0.
QString lineText(qint64 line);
} // namespace importui

} // namespace rapport
