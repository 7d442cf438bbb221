#include "ExportDialog.h"

#include "db/Database.h"
#include "store/CircleStore.h"
#include "widgets/MessageBox.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <atomic>

namespace rapport {

using exporters::ExportFormat;

ExportDialog::ExportDialog(db::Database& db, const QList<qint64>& selectedIds, QWidget* parent)
    : QDialog(parent), m_db(db), m_selected(selectedIds)
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("exportFormat"));
    m_format->setAccessibleName(tr("Format"));
    for (const ExportFormat f : {ExportFormat::VCard4, ExportFormat::VCard3, ExportFormat::Csv, ExportFormat::Json}) {
        m_format->addItem(exporters::exportFormatName(f), static_cast<int>(f));
    }
    form->addRow(tr("&Format:"), m_format);

    auto* scope = new QWidget(this);
    auto* scopeLayout = new QVBoxLayout(scope);
    scopeLayout->setContentsMargins(0, 0, 0, 0);
    m_scopeAll = new QRadioButton(tr("&All contacts"), scope);
    m_scopeAll->setObjectName(QStringLiteral("scopeAll"));
    m_scopeAll->setChecked(true);
    auto* circleRow = new QHBoxLayout;
    m_scopeCircle = new QRadioButton(tr("The &circle"), scope);
    m_scopeCircle->setObjectName(QStringLiteral("scopeCircle"));
    m_circle = new QComboBox(scope);
    m_circle->setObjectName(QStringLiteral("exportCircle"));
    m_circle->setAccessibleName(tr("Circle to export"));
    if (auto circles = CircleStore(db).list(); circles) {
        for (const Circle& c : circles.value()) {
            m_circle->addItem(tr("%1 (%n contact(s))", nullptr, c.memberCount).arg(c.name), c.name);
        }
    }
    m_scopeCircle->setEnabled(m_circle->count() > 0);
    m_circle->setEnabled(false);
    circleRow->addWidget(m_scopeCircle);
    circleRow->addWidget(m_circle, 1);
    m_scopeSelection =
        new QRadioButton(tr("The &selected contacts (%n)", nullptr, static_cast<int>(selectedIds.size())), scope);
    m_scopeSelection->setObjectName(QStringLiteral("scopeSelection"));
    m_scopeSelection->setEnabled(!selectedIds.isEmpty());
    scopeLayout->addWidget(m_scopeAll);
    scopeLayout->addLayout(circleRow);
    scopeLayout->addWidget(m_scopeSelection);
    connect(m_scopeCircle, &QRadioButton::toggled, m_circle, &QWidget::setEnabled);
    form->addRow(tr("Contacts:"), scope);

    auto* fileRow = new QHBoxLayout;
    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("exportFile"));
    m_file->setAccessibleName(tr("File to write"));
    auto* browse = new QPushButton(tr("&Choose…"), this);
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    form->addRow(tr("&Save as:"), fileRow);
    layout->addLayout(form);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);

    auto* box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    box->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    layout->addWidget(box);
    connect(box, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::chooseFile);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChanged);
    if (!selectedIds.isEmpty()) {
        m_scopeSelection->setChecked(true);
    }
    formatChanged();
}

ExportFormat ExportDialog::format() const
{
    return static_cast<ExportFormat>(m_format->currentData().toInt());
}

void ExportDialog::formatChanged()
{
    const ExportFormat f = format();
    const QString dir = m_file->text().isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                                                 : QFileInfo(m_file->text()).absolutePath();
    const QString base =
        m_file->text().isEmpty() ? tr("rapport-contacts") : QFileInfo(m_file->text()).completeBaseName();
    m_file->setText(QDir(dir).filePath(base + QLatin1Char('.') + exporters::exportFileSuffix(f)));
    switch (f) {
    case ExportFormat::VCard4:
    case ExportFormat::VCard3:
        m_hint->setText(tr("For address books and phones. Rapport's own fields (stage, cadence, how you met) are "
                           "kept in X-RAPPORT properties, which other programs ignore."));
        break;
    case ExportFormat::Csv:
        m_hint->setText(tr("One row per contact for spreadsheets. Cells that start with = + - or @ are written as "
                           "text, so a spreadsheet never runs them as formulas."));
        break;
    case ExportFormat::Json:
        m_hint->setText(tr("Everything: contacts, conversations, follow-ups, introductions and invitations, in one "
                           "file any program can read."));
        break;
    }
}

void ExportDialog::chooseFile()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export"), m_file->text(), exporters::exportFileFilter(format()));
    if (!path.isEmpty()) {
        m_file->setText(path);
    }
}

exporters::ExportOptions ExportDialog::options() const
{
    exporters::ExportOptions o;
    o.format = format();
    o.filePath = m_file->text().trimmed();
    if (m_scopeCircle->isChecked()) {
        o.circle = m_circle->currentData().toString();
    } else if (m_scopeSelection->isChecked()) {
        o.ids = m_selected;
    }
    return o;
}

exporters::ExportReport ExportDialog::exportNow()
{
    exporters::ExportOptions o = options();
    std::atomic<bool> cancel{false};
    QProgressDialog progress(tr("Exporting…"), tr("Cancel"), 0, 100, this);
    progress.setObjectName(QStringLiteral("exportProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    o.cancel = &cancel;
    o.progress = [&progress, &cancel](qint64 done, qint64 total) {
        // Same thread: setValue() lets the dialog repaint and notice Cancel every few hundred rows.
        if (total > 0 && (done % 256 == 0 || done == total)) {
            progress.setValue(static_cast<int>(done * 100 / total));
            if (progress.wasCanceled()) {
                cancel = true;
            }
        }
    };
    exporters::ExportReport report = exporters::ExportService(m_db).run(o);
    progress.reset();
    return report;
}

void ExportDialog::accept()
{
    if (m_file->text().trimmed().isEmpty()) {
        MessageBox::warning(this, tr("Export"), tr("Choose a file to write."));
        return;
    }
    m_report = exportNow();
    const exporters::ExportReport& report = m_report;
    if (report.cancelled) {
        MessageBox::information(this, tr("Export"), tr("The export was cancelled; no file was written."));
        return;
    }
    if (!report.ok()) {
        MessageBox::critical(this, tr("Export"), report.error);
        return;
    }
    m_hint->setText(report.summary());
    QDialog::accept();
}

} // namespace rapport
