#include "ImportHistoryDialog.h"

#include "db/Database.h"
#include "importers/FieldConflicts.h"
#include "importers/ImportHistory.h"
#include "services/Session.h"
#include "widgets/MessageBox.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace rapport {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kStatusRole = Qt::UserRole + 2;

QStandardItem* cell(const QString& text, qint64 id)
{
    auto* item = new QStandardItem(text);
    item->setData(id, kIdRole);
    item->setEditable(false);
    item->setToolTip(text);
    return item;
}

QStandardItem* count(int n, qint64 id)
{
    auto* item = cell(QLocale().toString(n), id);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QTableView* makeTable(QStandardItemModel* model, const QString& name, const QString& accessible, QWidget* parent)
{
    auto* t = new QTableView(parent);
    t->setObjectName(name);
    t->setAccessibleName(accessible);
    t->setModel(model);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

QString statusName(const QString& status)
{
    if (status == QLatin1String("done")) {
        return ImportHistoryDialog::tr("Imported");
    }
    if (status == QLatin1String("undone")) {
        return ImportHistoryDialog::tr("Undone");
    }
    if (status == QLatin1String("failed")) {
        return ImportHistoryDialog::tr("Failed");
    }
    if (status == QLatin1String("running")) {
        return ImportHistoryDialog::tr("Interrupted");
    }
    return status;
}

} // namespace

ImportHistoryDialog::ImportHistoryDialog(Session& session, QWidget* parent) : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("importHistoryDialog"));
    setWindowTitle(tr("Import History"));
    resize(880, 560);
    auto* layout = new QVBoxLayout(this);

    auto* intro = new QLabel(tr("Every import is kept as one batch. Undoing one removes what it added and puts back "
                                "what it changed; imports are undone newest first."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_batchModel = new QStandardItemModel(0, 9, this);
    m_batchModel->setHorizontalHeaderLabels({tr("#"), tr("When"), tr("File"), tr("Format"), tr("Status"), tr("Added"),
                                             tr("Updated"), tr("Skipped"), tr("Summary")});
    m_batches = makeTable(m_batchModel, QStringLiteral("importBatches"), tr("Imports"), this);
    m_batches->setSelectionMode(QAbstractItemView::SingleSelection);
    m_batches->setColumnWidth(0, 48);
    m_batches->setColumnWidth(1, 150);
    m_batches->setColumnWidth(2, 200);
    layout->addWidget(m_batches, 3);
    auto* batchButtons = new QHBoxLayout;
    m_undo = new QPushButton(tr("&Undo Import…"), this);
    m_undo->setObjectName(QStringLiteral("undoImport"));
    batchButtons->addWidget(m_undo);
    batchButtons->addStretch();
    layout->addLayout(batchButtons);

    m_conflictsTitle = new QLabel(this);
    m_conflictsTitle->setWordWrap(true);
    layout->addWidget(m_conflictsTitle);
    m_conflictModel = new QStandardItemModel(0, 5, this);
    m_conflictModel->setHorizontalHeaderLabels(
        {tr("Contact"), tr("Field"), tr("Your value"), tr("Imported value"), tr("Import #")});
    m_conflicts = makeTable(m_conflictModel, QStringLiteral("fieldConflicts"), tr("Questions from imports"), this);
    m_conflicts->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_conflicts->setColumnWidth(0, 180);
    m_conflicts->setColumnWidth(2, 200);
    m_conflicts->setColumnWidth(3, 200);
    layout->addWidget(m_conflicts, 2);
    auto* conflictButtons = new QHBoxLayout;
    m_keep = new QPushButton(tr("&Keep Mine"), this);
    m_keep->setObjectName(QStringLiteral("keepMine"));
    m_take = new QPushButton(tr("Use &Imported"), this);
    m_take->setObjectName(QStringLiteral("useImported"));
    conflictButtons->addWidget(m_keep);
    conflictButtons->addWidget(m_take);
    conflictButtons->addStretch();
    layout->addLayout(conflictButtons);

    auto* box = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(box);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_undo, &QPushButton::clicked, this, &ImportHistoryDialog::undoSelectedBatch);
    connect(m_keep, &QPushButton::clicked, this, &ImportHistoryDialog::keepMine);
    connect(m_take, &QPushButton::clicked, this, &ImportHistoryDialog::useImported);
    connect(m_batches->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ImportHistoryDialog::updateButtons);
    connect(m_conflicts->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ImportHistoryDialog::updateButtons);
    reload();
}

void ImportHistoryDialog::reload()
{
    const QLocale locale;
    m_batchModel->removeRows(0, m_batchModel->rowCount());
    auto batches = importers::listBatches(m_session.db());
    if (!batches) {
        MessageBox::critical(this, windowTitle(), batches.error());
    } else {
        for (const ImportBatch& b : batches.value()) {
            const QDateTime when = QDateTime::fromString(b.startedAt, Qt::ISODate).toLocalTime();
            auto* id = cell(locale.toString(b.id), b.id);
            id->setData(b.status, kStatusRole);
            m_batchModel->appendRow({id, cell(locale.toString(when, QLocale::ShortFormat), b.id),
                                     cell(QFileInfo(b.sourcePath).fileName(), b.id), cell(b.format, b.id),
                                     cell(statusName(b.status), b.id), count(b.added, b.id), count(b.updated, b.id),
                                     count(b.skipped, b.id), cell(b.summary, b.id)});
            m_batchModel->item(m_batchModel->rowCount() - 1, 2)->setToolTip(b.sourcePath);
        }
    }
    m_conflictModel->removeRows(0, m_conflictModel->rowCount());
    auto conflicts = importers::FieldConflicts(m_session.db()).open();
    if (!conflicts) {
        MessageBox::critical(this, windowTitle(), conflicts.error());
    } else {
        for (const importers::FieldConflict& c : conflicts.value()) {
            m_conflictModel->appendRow({cell(c.contactName, c.id), cell(c.fieldLabel, c.id), cell(c.currentValue, c.id),
                                        cell(c.importedValue, c.id), cell(locale.toString(c.batchId), c.id)});
        }
    }
    const int open = m_conflictModel->rowCount();
    m_conflictsTitle->setText(open == 0 ? tr("No open questions: imports never overwrite what you edited by hand.")
                                        : tr("%n field(s) you edited by hand differ from what an import brought. "
                                             "Nothing was overwritten; choose which value to keep.",
                                             nullptr, open));
    updateButtons();
}

qint64 ImportHistoryDialog::selectedBatchId() const
{
    const QModelIndexList rows = m_batches->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(kIdRole).toLongLong();
}

QList<qint64> ImportHistoryDialog::selectedConflictIds() const
{
    QList<qint64> ids;
    for (const QModelIndex& i : m_conflicts->selectionModel()->selectedRows()) {
        ids << i.data(kIdRole).toLongLong();
    }
    return ids;
}

void ImportHistoryDialog::updateButtons()
{
    const QModelIndexList rows = m_batches->selectionModel()->selectedRows();
    m_undo->setEnabled(!rows.isEmpty() && rows.first().data(kStatusRole).toString() == QLatin1String("done"));
    const bool anyConflict = m_conflicts->selectionModel()->hasSelection();
    m_keep->setEnabled(anyConflict);
    m_take->setEnabled(anyConflict);
}

bool ImportHistoryDialog::undoSelectedBatch()
{
    const qint64 id = selectedBatchId();
    if (id <= 0) {
        return false;
    }
    if (MessageBox::question(
            this, tr("Undo Import"),
            tr("Undo import #%1? What it added is removed and the values it changed are put back.").arg(id)) !=
        QMessageBox::Yes) {
        return false;
    }
    if (auto s = importers::undoBatch(m_session.db(), id); !s) {
        MessageBox::critical(this, tr("Undo Import"), s.error());
        return false;
    }
    // Undo steps recorded before may refer to rows the import added; they cannot be replayed.
    m_session.undoStack()->clear();
    reload();
    return true;
}

void ImportHistoryDialog::resolveSelected(bool useImported)
{
    importers::FieldConflicts conflicts(m_session.db());
    const auto resolution = useImported ? importers::FieldConflicts::Resolution::UseImported
                                        : importers::FieldConflicts::Resolution::KeepMine;
    for (const qint64 id : selectedConflictIds()) {
        if (auto s = conflicts.resolve(id, resolution); !s) {
            MessageBox::critical(this, windowTitle(), s.error());
            break;
        }
    }
    if (useImported) {
        // A contact changed outside the undo stack; earlier steps about it may no longer apply.
        m_session.undoStack()->clear();
    }
    reload();
}

void ImportHistoryDialog::keepMine()
{
    resolveSelected(false);
}

void ImportHistoryDialog::useImported()
{
    resolveSelected(true);
}

} // namespace rapport
