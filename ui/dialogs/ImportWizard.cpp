#include "ImportWizard.h"

#include "ImportWizardPages.h"
#include "db/Database.h"
#include "util/Logging.h"

#include <QAbstractButton>
#include <QMimeData>
#include <QTimer>

namespace rapport {

ImportWizard::ImportWizard(db::Database& db, const QStringList& paths, QWidget* parent) : QWizard(parent), m_db(db)
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import"));
    setAccessibleName(tr("Import wizard"));
    // The import cannot be taken back from inside the wizard (File › Import History can undo it), so the
    // last page offers only Finish.
    setOption(QWizard::NoCancelButtonOnLastPage);
    setOption(QWizard::NoBackButtonOnLastPage);
    setMinimumSize(760, 560);

    m_pick = new ImportPickPage(this);
    m_preview = new ImportPreviewPage(this);
    m_run = new ImportRunPage(this);
    m_summary = new ImportSummaryPage(this);
    setPage(PickPageId, m_pick);
    setPage(PreviewPageId, m_preview);
    setPage(ImportPageId, m_run);
    setPage(SummaryPageId, m_summary);
    setStartId(PickPageId);

    const struct
    {
        WizardButton which;
        const char* name;
        const char* accessible;
    } buttons[] = {
        {BackButton, "importBackButton", QT_TR_NOOP("Back")},
        {NextButton, "importNextButton", QT_TR_NOOP("Next")},
        {CommitButton, "importCommitButton", QT_TR_NOOP("Import")},
        {FinishButton, "importFinishButton", QT_TR_NOOP("Finish")},
        {CancelButton, "importCancelButton", QT_TR_NOOP("Cancel")},
    };
    for (const auto& b : buttons) {
        button(b.which)->setObjectName(QLatin1String(b.name));
        button(b.which)->setAccessibleName(tr(b.accessible));
    }
    setButtonText(CommitButton, tr("&Import"));

    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (id == PickPageId) {
            setButtonText(CancelButton, tr("Cancel")); // after Start Over
        }
    });
    connect(m_run, &ImportRunPage::stopped, this, [this] {
        if (!m_run->isComplete()) {
            // Nothing was imported: the remaining way out is closing.
            setButtonText(CancelButton, tr("&Close"));
        }
    });

    if (!paths.isEmpty()) {
        m_pick->setPaths(paths);
        // Dropped or handed-over files need no second choice: show what they hold once the wizard is up.
        QTimer::singleShot(0, this, [this] {
            if (currentId() == PickPageId && m_pick->isComplete()) {
                next();
            }
        });
    }
}

ImportWizard::~ImportWizard() = default;

QStringList ImportWizard::droppedPaths(const QMimeData* mime)
{
    QStringList out;
    if (!mime || !mime->hasUrls()) {
        return out;
    }
    for (const QUrl& url : mime->urls()) {
        if (url.isLocalFile()) {
            out.append(url.toLocalFile());
        }
    }
    return out;
}

QStringList ImportWizard::paths() const
{
    return m_pick->paths();
}

bool ImportWizard::addPaths(const QStringList& paths)
{
    if (currentId() > PickPageId) {
        return false;
    }
    QStringList all = m_pick->paths();
    for (const QString& p : paths) {
        if (!all.contains(p)) {
            all.append(p);
        }
    }
    m_pick->setPaths(all);
    return true;
}

bool ImportWizard::skipBadRows() const
{
    return m_preview->skipBadRows();
}

void ImportWizard::reject()
{
    if (m_run->isRunning()) {
        m_run->cancelImport();
        return;
    }
    m_preview->cancel();
    QWizard::reject();
}

void ImportWizard::importFinished(const importers::ImportReport& report)
{
    m_report = report;
    if (report.committed) {
        qCInfo(lcUi) << "import batch" << report.batchId << "committed from the wizard";
        // The worker's connection announced it to nobody; the views listen on this one.
        m_db.notifyChanged(db::Entity::Everything);
        emit imported(report.batchId);
    }
}

} // namespace rapport
