#include "ImportWizardPages.h"

#include "ImportWizard.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace rapport {

using namespace importui;

using importers::FileReport;
using importers::ImportReport;

ImportSummaryPage::ImportSummaryPage(ImportWizard* wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setObjectName(QStringLiteral("importSummaryPage"));
    setTitle(tr("Import Finished"));
    auto* layout = new QVBoxLayout(this);
    m_headline = makeLabel(this, "summaryHeadline", tr("Import result"));
    layout->addWidget(m_headline);
    m_files = makeTable(this, "summaryFiles", tr("Imported files"),
                        {tr("File"), tr("Format"), tr("Added"), tr("Updated"), tr("Merged"), tr("Unchanged"),
                         tr("Skipped"), tr("Conflicts"), tr("Problems")});
    layout->addWidget(m_files, 1);
    m_notes = makeTable(this, "summaryNotes", tr("Notes and skipped rows"), {tr("File"), tr("Line"), tr("Note")});
    layout->addWidget(m_notes, 1);

    m_conflictsTitle = makeLabel(this, "summaryConflictsTitle", tr("Conflicts to review"));
    layout->addWidget(m_conflictsTitle);
    m_conflictTable = makeTable(this, "summaryConflicts", tr("Fields you edited that the import would change"),
                                {tr("Contact"), tr("Field"), tr("Your value"), tr("Imported value")});
    layout->addWidget(m_conflictTable, 2);
    auto* buttons = new QHBoxLayout;
    m_keepMine = new QPushButton(tr("&Keep Mine"), this);
    m_keepMine->setObjectName(QStringLiteral("keepMineButton"));
    m_keepMine->setAccessibleName(tr("Keep my value"));
    m_useImported = new QPushButton(tr("&Use Imported"), this);
    m_useImported->setObjectName(QStringLiteral("useImportedButton"));
    m_useImported->setAccessibleName(tr("Use the imported value"));
    buttons->addWidget(m_keepMine);
    buttons->addWidget(m_useImported);
    buttons->addStretch();
    layout->addLayout(buttons);
    m_conflictError = makeLabel(this, "summaryConflictError", tr("Why the answer was not saved"));
    m_conflictError->hide();
    layout->addWidget(m_conflictError);

    connect(m_keepMine, &QPushButton::clicked, this,
            [this] { resolveSelected(importers::FieldConflicts::Resolution::KeepMine); });
    connect(m_useImported, &QPushButton::clicked, this,
            [this] { resolveSelected(importers::FieldConflicts::Resolution::UseImported); });
    connect(m_conflictTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ImportSummaryPage::updateButtons);
}

void ImportSummaryPage::initializePage()
{
    const ImportReport& r = m_wizard->report();
    const FileReport t = r.totals();
    m_headline->setText(tr("Import #%1 is done: %2 added, %3 updated, %4 merged, %5 unchanged, %6 skipped. "
                           "File › Import History can undo it.")
                            .arg(r.batchId)
                            .arg(t.added)
                            .arg(t.updated)
                            .arg(t.merged)
                            .arg(t.unchanged)
                            .arg(t.skipped));
    m_files->setRowCount(int(r.files.size()));
    QList<QStringList> notes;
    for (int i = 0; i < r.files.size(); ++i) {
        const FileReport& f = r.files.at(i);
        setRow(m_files, i,
               {textItem(f.file), textItem(importers::formatDisplayName(f.format)), numberItem(f.added),
                numberItem(f.updated), numberItem(f.merged), numberItem(f.unchanged), numberItem(f.skipped),
                numberItem(f.conflicts), numberItem(f.errors.size())});
        for (const QString& n : f.notes) {
            notes.append({f.file, QString(), n});
        }
        for (const importers::RowError& e : f.errors) {
            notes.append({e.file, lineText(e.line), tr("Not imported: %1").arg(e.reason)});
        }
    }
    m_files->resizeColumnsToContents();
    m_notes->setRowCount(int(notes.size()));
    for (int i = 0; i < notes.size(); ++i) {
        setRow(m_notes, i, {textItem(notes[i][0]), textItem(notes[i][1]), textItem(notes[i][2])});
    }
    m_notes->resizeColumnsToContents();
    m_notes->setVisible(!notes.isEmpty());
    loadConflicts();
}

void ImportSummaryPage::loadConflicts()
{
    const int previousRow = std::max(0, m_conflictTable->currentRow());
    m_conflicts.clear();
    m_conflictTable->setRowCount(0);
    if (m_wizard->batchId() > 0) {
        auto list = importers::FieldConflicts(m_wizard->database()).open(m_wizard->batchId());
        if (!list) {
            m_conflictError->setText(list.error());
            m_conflictError->show();
        } else {
            m_conflicts = list.value();
        }
    }
    m_conflictTable->setRowCount(int(m_conflicts.size()));
    for (int i = 0; i < m_conflicts.size(); ++i) {
        const importers::FieldConflict& c = m_conflicts.at(i);
        setRow(m_conflictTable, i,
               {textItem(c.contactName), textItem(c.fieldLabel), textItem(c.currentValue), textItem(c.importedValue)});
    }
    m_conflictTable->resizeColumnsToContents();
    m_conflictsTitle->setText(m_conflicts.isEmpty()
                                  ? tr("No conflicts to review.")
                                  : tr("%n field(s) you had edited differ from the import. Choose which value "
                                       "to keep:",
                                       nullptr, int(m_conflicts.size())));
    m_conflictTable->setVisible(!m_conflicts.isEmpty());
    m_keepMine->setVisible(!m_conflicts.isEmpty());
    m_useImported->setVisible(!m_conflicts.isEmpty());
    if (!m_conflicts.isEmpty()) {
        m_conflictTable->selectRow(std::min(previousRow, int(m_conflicts.size()) - 1));
    }
    updateButtons();
}

void ImportSummaryPage::updateButtons()
{
    const bool any = m_conflictTable->selectionModel()->hasSelection();
    m_keepMine->setEnabled(any);
    m_useImported->setEnabled(any);
}

void ImportSummaryPage::resolveSelected(importers::FieldConflicts::Resolution resolution)
{
    QList<qint64> ids;
    for (const QModelIndex& index : m_conflictTable->selectionModel()->selectedRows()) {
        if (index.row() < m_conflicts.size()) {
            ids.append(m_conflicts.at(index.row()).id);
        }
    }
    m_conflictError->hide();
    importers::FieldConflicts conflicts(m_wizard->database());
    for (const qint64 id : std::as_const(ids)) {
        if (const Status s = conflicts.resolve(id, resolution); !s) {
            m_conflictError->setText(s.error());
            m_conflictError->show();
            break;
        }
    }
    loadConflicts();
    m_conflictTable->setFocus();
}

} // namespace rapport
