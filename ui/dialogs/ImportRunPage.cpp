#include "ImportWizardPages.h"

#include "ImportJob.h"
#include "ImportWizard.h"

#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace rapport {

using namespace importui;

using importers::FileReport;
using importers::ImportReport;

ImportRunPage::ImportRunPage(ImportWizard* wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setObjectName(QStringLiteral("importRunPage"));
    setTitle(tr("Importing"));
    m_job = new ImportJob(wizard->database(), this);
    auto* layout = new QVBoxLayout(this);
    m_status = makeLabel(this, "importStatus", tr("Import status"));
    layout->addWidget(m_status);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setAccessibleName(tr("Import progress"));
    layout->addWidget(m_progress);
    auto* hint = new QLabel(tr("Cancel stops the import and puts everything back as it was."), this);
    hint->setObjectName(QStringLiteral("importCancelHint"));
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_errors = new QPlainTextEdit(this);
    m_errors->setObjectName(QStringLiteral("importErrors"));
    m_errors->setAccessibleName(tr("Why nothing was imported"));
    m_errors->setReadOnly(true);
    m_errors->setTabChangesFocus(true);
    m_errors->hide();
    layout->addWidget(m_errors, 1);
    m_restart = new QPushButton(tr("Start &Over"), this);
    m_restart->setObjectName(QStringLiteral("restartImportButton"));
    m_restart->setAccessibleName(tr("Start over"));
    m_restart->hide();
    layout->addWidget(m_restart, 0, Qt::AlignLeft);
    layout->addStretch();

    connect(m_job, &ImportJob::progress, this, &ImportRunPage::onProgress);
    connect(m_job, &ImportJob::finished, this, [this](const QString& openError) {
        if (m_pending) {
            onFinished(*m_pending, openError);
        }
    });
    connect(m_restart, &QPushButton::clicked, m_wizard, &QWizard::restart);
}

ImportRunPage::~ImportRunPage() = default;

bool ImportRunPage::isRunning() const
{
    return m_job->isRunning();
}

void ImportRunPage::initializePage()
{
    m_succeeded = false;
    m_cancelled = false;
    m_restart->hide();
    m_errors->clear();
    m_errors->hide();
    m_progress->setRange(0, 0);
    m_status->setText(tr("Importing…"));
    m_wizard->setButtonText(QWizard::CancelButton, tr("Cancel"));

    importers::ImportOptions options;
    options.skipBadRows = m_wizard->skipBadRows();
    options.backup = m_wizard->backupBeforeImport();
    const QStringList paths = m_wizard->paths();
    auto report = std::make_shared<ImportReport>();
    m_pending = report;
    m_job->start([options, paths, report](ImportJob::Context& context) {
        importers::ImportOptions o = options;
        o.cancel = context.cancel;
        o.progress = context.progress;
        *report = importers::ImportService(context.db).run(paths, o);
    });
}

void ImportRunPage::cleanupPage()
{
    m_job->stopAndWait();
    m_pending.reset();
    QWizardPage::cleanupPage();
}

void ImportRunPage::cancelImport()
{
    if (!m_job->isRunning()) {
        return;
    }
    m_job->cancel();
    m_status->setText(tr("Cancelling: putting everything back as it was…"));
}

void ImportRunPage::onProgress(qint64 done, qint64 total)
{
    if (total <= 0) {
        return;
    }
    m_progress->setRange(0, 100);
    m_progress->setValue(int(std::min<qint64>(100, done * 100 / total)));
    if (!m_job->cancelRequested()) {
        m_status->setText(tr("Importing… %1 of %2 records").arg(QLocale().toString(done), QLocale().toString(total)));
    }
}

void ImportRunPage::onFinished(const ImportReport& report, const QString& openError)
{
    m_wizard->importFinished(report);
    m_progress->setRange(0, 100);
    if (!openError.isEmpty()) {
        m_status->setText(tr("Nothing was imported: the database could not be opened: %1").arg(openError));
    } else if (report.cancelled) {
        m_cancelled = true;
        m_status->setText(tr("Cancelled: nothing was imported."));
    } else if (!report.ok()) {
        m_status->setText(tr("Nothing was imported: %1").arg(report.error));
        QStringList lines;
        for (const FileReport& f : report.files) {
            for (const importers::RowError& e : f.errors) {
                lines.append(tr("%1, line %2: %3").arg(e.file, lineText(e.line), e.reason));
            }
        }
        m_errors->setPlainText(lines.join(QLatin1Char('\n')));
        m_errors->setVisible(!lines.isEmpty());
    } else {
        m_succeeded = true;
        m_progress->setValue(100);
        m_status->setText(tr("Done."));
    }
    if (!m_succeeded) {
        m_progress->setValue(0);
    }
    m_restart->setVisible(!m_succeeded);
    emit completeChanged();
    emit stopped();
    if (m_succeeded && m_wizard->currentId() == ImportWizard::ImportPageId) {
        m_wizard->next();
    }
}

} // namespace rapport
