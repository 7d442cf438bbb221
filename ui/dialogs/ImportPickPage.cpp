#include "ImportWizardPages.h"

#include "ImportWizard.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace rapport {

using namespace importui;

ImportPickPage::ImportPickPage(QWidget* parent) : QWizardPage(parent)
{
    setObjectName(QStringLiteral("importPickPage"));
    setTitle(tr("Choose What to Import"));
    setAcceptDrops(true);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("A LinkedIn export (the .zip file or its unpacked folder), single LinkedIn CSV "
                                "files, vCard files (.vcf), or a Google or Outlook contacts CSV. You can also drop "
                                "files or folders on this page."),
                             this);
    intro->setObjectName(QStringLiteral("pickIntro"));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* label = new QLabel(tr("&Path:"), this);
    label->setObjectName(QStringLiteral("importPathsLabel"));
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("importPaths"));
    m_edit->setAccessibleName(tr("Files or folder to import"));
    m_edit->setPlaceholderText(tr("A file, a folder or a .zip; separate several with ;"));
    m_edit->setClearButtonEnabled(true);
    // A file dropped on the line edit would insert its file:// URL; the page takes it as a path instead.
    m_edit->setAcceptDrops(false);
    label->setBuddy(m_edit);
    auto* chooseFile = new QPushButton(tr("Choose &File…"), this);
    chooseFile->setObjectName(QStringLiteral("chooseFileButton"));
    chooseFile->setAccessibleName(tr("Choose files"));
    auto* chooseFolder = new QPushButton(tr("Choose F&older…"), this);
    chooseFolder->setObjectName(QStringLiteral("chooseFolderButton"));
    chooseFolder->setAccessibleName(tr("Choose a folder"));
    auto* row = new QHBoxLayout;
    row->addWidget(label);
    row->addWidget(m_edit, 1);
    row->addWidget(chooseFile);
    row->addWidget(chooseFolder);
    layout->addLayout(row);

    m_problem = makeLabel(this, "pickProblem", tr("Problem with the chosen path"));
    m_problem->hide();
    layout->addWidget(m_problem);

    auto* drop = new QLabel(tr("Drop files or folders here"), this);
    drop->setObjectName(QStringLiteral("dropTarget"));
    drop->setAccessibleName(tr("Drop area for files and folders"));
    drop->setAlignment(Qt::AlignCenter);
    drop->setFrameShape(QFrame::StyledPanel);
    drop->setMinimumHeight(120);
    layout->addWidget(drop, 1);

    connect(m_edit, &QLineEdit::textChanged, this, &ImportPickPage::update);
    connect(chooseFile, &QPushButton::clicked, this, &ImportPickPage::chooseFiles);
    connect(chooseFolder, &QPushButton::clicked, this, &ImportPickPage::chooseFolder);
}

QStringList ImportPickPage::paths() const
{
    const QString text = m_edit->text().trimmed();
    if (text.isEmpty()) {
        return {};
    }
    if (QFileInfo::exists(text)) {
        return {text}; // a path that itself contains ';'
    }
    QStringList out;
    for (const QString& part : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        QString p = part.trimmed();
        if (p.startsWith(QLatin1String("file://"))) {
            p = QUrl(p).toLocalFile(); // pasted from a file manager
        }
        if (!p.isEmpty()) {
            out.append(p);
        }
    }
    return out;
}

void ImportPickPage::setPaths(const QStringList& paths)
{
    m_edit->setText(paths.join(QLatin1String("; ")));
}

bool ImportPickPage::isComplete() const
{
    const QStringList list = paths();
    return !list.isEmpty() &&
           std::all_of(list.cbegin(), list.cend(), [](const QString& p) { return QFileInfo::exists(p); });
}

void ImportPickPage::update()
{
    QStringList missing;
    for (const QString& p : paths()) {
        if (!QFileInfo::exists(p)) {
            missing.append(p);
        }
    }
    m_problem->setText(missing.isEmpty() ? QString()
                                         : tr("No such file or folder: %1").arg(missing.join(QLatin1String(", "))));
    m_problem->setVisible(!missing.isEmpty());
    emit completeChanged();
}

void ImportPickPage::chooseFiles()
{
    const QStringList current = paths();
    const QString start = current.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DownloadLocation)
                                            : QFileInfo(current.first()).absolutePath();
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Import"), start, tr("LinkedIn export or address book (*.zip *.csv *.vcf *.vcard);;All files (*)"));
    if (!files.isEmpty()) {
        setPaths(files);
    }
}

void ImportPickPage::chooseFolder()
{
    const QStringList current = paths();
    const QString start =
        current.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DownloadLocation) : current.first();
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Import a Folder"), start);
    if (!folder.isEmpty()) {
        setPaths({folder});
    }
}

void ImportPickPage::dragEnterEvent(QDragEnterEvent* event)
{
    if (!ImportWizard::droppedPaths(event->mimeData()).isEmpty()) {
        event->acceptProposedAction();
    }
}

void ImportPickPage::dragMoveEvent(QDragMoveEvent* event)
{
    if (!ImportWizard::droppedPaths(event->mimeData()).isEmpty()) {
        event->acceptProposedAction();
    }
}

void ImportPickPage::dropEvent(QDropEvent* event)
{
    const QStringList dropped = ImportWizard::droppedPaths(event->mimeData());
    if (dropped.isEmpty()) {
        return;
    }
    setPaths(dropped);
    event->acceptProposedAction();
}

} // namespace rapport
