#include "ImportWizardPages.h"

#include "ImportJob.h"
#include "ImportWizard.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace rapport {

using namespace importui;

using importers::FileReport;
using importers::ImportReport;

namespace {

constexpr int kSampleRows = 5;
constexpr int kMaxListedErrors = 50;

const FileReport* reportFor(const ImportReport& report, const QString& file)
{
    const auto it =
        std::find_if(report.files.cbegin(), report.files.cend(), [&](const FileReport& f) { return f.file == file; });
    return it == report.files.cend() ? nullptr : &*it;
}

} // namespace

struct ImportPreviewPage::Outcome
{
    QList<importers::FilePreview> previews;
    QString previewError;
    ImportReport dryRun;
};

ImportPreviewPage::ImportPreviewPage(ImportWizard* wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setObjectName(QStringLiteral("importPreviewPage"));
    setTitle(tr("Check What Will Be Imported"));
    setCommitPage(true);
    m_job = new ImportJob(wizard->database(), this);
    auto* layout = new QVBoxLayout(this);

    auto* top = new QHBoxLayout;
    m_status = makeLabel(this, "previewStatus", tr("Preview status"));
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("previewBusy"));
    m_busy->setAccessibleName(tr("Reading the files"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(160);
    top->addWidget(m_status, 1);
    top->addWidget(m_busy);
    layout->addLayout(top);

    m_files = makeTable(this, "previewFiles", tr("Files to import"),
                        {tr("File"), tr("Format"), tr("Rows"), tr("New"), tr("Updated"), tr("Merged"), tr("Unchanged"),
                         tr("Skipped"), tr("Conflicts"), tr("Problems")});
    m_files->setSelectionMode(QAbstractItemView::SingleSelection);
    layout->addWidget(m_files, 2);

    m_sampleTitle = makeLabel(this, "previewSampleTitle", tr("Sample title"));
    layout->addWidget(m_sampleTitle);
    m_sample = makeTable(this, "previewSample", tr("First rows of the selected file"), {});
    layout->addWidget(m_sample, 2);
    m_fileDetails = makeLabel(this, "previewFileDetails", tr("Details of the selected file"));
    layout->addWidget(m_fileDetails);

    m_errors =
        makeTable(this, "previewProblems", tr("Rows that cannot be read"), {tr("File"), tr("Line"), tr("Problem")});
    layout->addWidget(m_errors, 1);
    m_skipBad = new QCheckBox(tr("Import the good rows and &skip the bad ones"), this);
    m_skipBad->setObjectName(QStringLiteral("skipBadRows"));
    m_skipBad->setAccessibleName(tr("Import the good rows and skip the bad ones"));
    layout->addWidget(m_skipBad);
    m_verdict = makeLabel(this, "previewVerdict", tr("What the import will do"));
    layout->addWidget(m_verdict);

    connect(m_files, &QTableWidget::currentCellChanged, this, [this](int row) { showFile(row); });
    connect(m_skipBad, &QCheckBox::toggled, this, [this] {
        updateVerdict();
        emit completeChanged();
    });
    connect(m_job, &ImportJob::finished, this, [this](const QString& openError) {
        if (m_pending) {
            showOutcome(*m_pending, openError);
        }
    });
}

ImportPreviewPage::~ImportPreviewPage() = default;

void ImportPreviewPage::initializePage()
{
    m_job->stopAndWait();
    m_ready = false;
    m_previews.clear();
    m_dryRun = {};
    m_failure.clear();
    m_problems = 0;
    m_files->setRowCount(0);
    m_sample->clear();
    m_sample->setRowCount(0);
    m_sample->setColumnCount(0);
    m_sampleTitle->clear();
    m_fileDetails->clear();
    m_errors->setRowCount(0);
    m_errors->hide();
    m_skipBad->setChecked(false);
    m_skipBad->hide();
    m_verdict->clear();
    m_busy->show();
    const QStringList paths = m_wizard->paths();
    m_status->setText(tr("Reading %n file(s) or folder(s)…", nullptr, int(paths.size())));

    auto outcome = std::make_shared<Outcome>();
    m_pending = outcome;
    m_job->start([outcome, paths](ImportJob::Context& context) {
        auto preview = importers::previewImport(paths, kSampleRows, context.cancel);
        if (!preview) {
            outcome->previewError = preview.error();
            return;
        }
        outcome->previews = std::move(preview).value();
        // Bad rows skipped here, so the counts say what importing the rest would do.
        importers::ImportOptions options;
        options.dryRun = true;
        options.skipBadRows = true;
        options.backup = false;
        options.cancel = context.cancel;
        outcome->dryRun = importers::ImportService(context.db).run(paths, options);
    });
}

void ImportPreviewPage::cleanupPage()
{
    m_job->stopAndWait();
    m_pending.reset();
    m_ready = false;
    QWizardPage::cleanupPage();
}

void ImportPreviewPage::cancel()
{
    m_job->cancel();
}

bool ImportPreviewPage::skipBadRows() const
{
    return m_problems > 0 && m_skipBad->isChecked();
}

bool ImportPreviewPage::isComplete() const
{
    return m_ready && m_failure.isEmpty() && (m_problems == 0 || m_skipBad->isChecked());
}

void ImportPreviewPage::showOutcome(const Outcome& outcome, const QString& openError)
{
    m_busy->hide();
    m_ready = true;
    if (!openError.isEmpty()) {
        m_failure = tr("The database could not be opened for the preview: %1").arg(openError);
    } else if (!outcome.previewError.isEmpty()) {
        m_failure = outcome.previewError;
    } else {
        m_previews = outcome.previews;
        m_dryRun = outcome.dryRun;
        if (!m_dryRun.ok()) {
            m_failure = m_dryRun.error;
        }
    }
    m_status->setText(tr("%n file(s) read.", nullptr, int(m_previews.size())));

    m_files->setRowCount(int(m_previews.size()));
    for (int i = 0; i < m_previews.size(); ++i) {
        const importers::FilePreview& p = m_previews.at(i);
        const FileReport* r = p.willImport ? reportFor(m_dryRun, p.displayName) : nullptr;
        const auto count = [r](int FileReport::*member) {
            return r ? numberItem(r->*member) : textItem(QStringLiteral("—"));
        };
        setRow(m_files, i,
               {textItem(p.displayName), textItem(p.formatName), numberItem(p.records), count(&FileReport::added),
                count(&FileReport::updated), count(&FileReport::merged), count(&FileReport::unchanged),
                numberItem(r ? r->skipped : p.skipped), count(&FileReport::conflicts), numberItem(p.errors.size())});
        m_problems += int(p.errors.size());
    }
    m_files->resizeColumnsToContents();

    int row = 0;
    m_errors->setRowCount(std::min(m_problems, kMaxListedErrors));
    for (const importers::FilePreview& p : std::as_const(m_previews)) {
        for (const importers::RowError& e : p.errors) {
            if (row < kMaxListedErrors) {
                setRow(m_errors, row++, {textItem(e.file), textItem(lineText(e.line)), textItem(e.reason)});
            }
        }
    }
    m_errors->resizeColumnsToContents();
    m_errors->setVisible(m_problems > 0);
    // File problems (an unreadable file, a damaged zip) cannot be skipped: the import always refuses them.
    m_skipBad->setVisible(m_problems > 0 && m_failure.isEmpty());
    if (!m_previews.isEmpty()) {
        m_files->setCurrentCell(0, 0);
    }
    updateVerdict();
    emit completeChanged();
}

void ImportPreviewPage::showFile(int row)
{
    if (row < 0 || row >= m_previews.size()) {
        return;
    }
    const importers::FilePreview& p = m_previews.at(row);
    m_sampleTitle->setText(tr("First rows of %1").arg(p.displayName));
    m_sample->clear();
    m_sample->setColumnCount(int(p.sample.columns.size()));
    m_sample->setHorizontalHeaderLabels(p.sample.columns);
    m_sample->setRowCount(int(p.sample.rows.size()));
    for (int r = 0; r < p.sample.rows.size(); ++r) {
        const QStringList& values = p.sample.rows.at(r);
        for (int c = 0; c < values.size(); ++c) {
            m_sample->setItem(r, c, textItem(values.at(c)));
        }
    }
    m_sample->resizeColumnsToContents();
    QStringList details{tr("Detected format: %1.").arg(p.formatName)};
    if (!p.encoding.isEmpty()) {
        details.append(tr("Encoding: %1.").arg(p.encoding));
    }
    details.append(tr("%n row(s) read, %1 to import.", nullptr, p.records).arg(p.items));
    details += p.notes;
    m_fileDetails->setText(details.join(QLatin1Char(' ')));
}

void ImportPreviewPage::updateVerdict()
{
    if (!m_ready) {
        m_verdict->clear();
        return;
    }
    if (!m_failure.isEmpty()) {
        m_verdict->setText(tr("Nothing can be imported: %1").arg(m_failure));
        return;
    }
    const FileReport t = m_dryRun.totals();
    const QString counts = tr("%1 new, %2 updated, %3 merged, %4 unchanged, %5 skipped; %6 conflict(s) with your "
                              "own edits to review afterwards.")
                               .arg(t.added)
                               .arg(t.updated)
                               .arg(t.merged)
                               .arg(t.unchanged)
                               .arg(t.skipped)
                               .arg(t.conflicts);
    if (m_problems > 0 && !m_skipBad->isChecked()) {
        m_verdict->setText(tr("%n row(s) cannot be read. Nothing will be imported until they are fixed or "
                              "skipped.",
                              nullptr, m_problems));
    } else if (m_problems > 0) {
        m_verdict->setText(tr("%n bad row(s) will be skipped. The rest: %1", nullptr, m_problems).arg(counts));
    } else {
        m_verdict->setText(tr("Ready to import: %1").arg(counts));
    }
}

} // namespace rapport
