#include "TrashView.h"

#include "AppContext.h"
#include "models/ContactTableModel.h"
#include "services/Session.h"
#include "services/commands/MoveToTrash.h"
#include "store/ContactStore.h"
#include "widgets/Icons.h"
#include "widgets/MessageBox.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace rapport {

TrashView::TrashView(AppContext& ctx, QWidget* parent) : View(ctx, parent)
{
    setObjectName(QStringLiteral("trashView"));
    auto* layout = new QVBoxLayout(this);
    auto* hint =
        new QLabel(tr("Deleted contacts stay here for 30 days. Restore brings back everything they had."), this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_model = new ContactTableModel(ctx.db(), this);
    ContactFilter f;
    f.scope = ContactFilter::Scope::Trash;
    m_model->setFilter(f);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("trashTable"));
    m_table->setAccessibleName(tr("Deleted contacts"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(0, 200);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    layout->addWidget(m_table);
    setFocusProxy(m_table);

    auto* restore = new QAction(icons::icon(QStringLiteral("restore")), tr("&Restore"), this);
    restore->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    auto* purge = new QAction(icons::icon(QStringLiteral("trash")), tr("&Delete Permanently…"), this);
    purge->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_Delete));
    auto* empty = new QAction(tr("&Empty Trash…"), this);
    m_actions = {restore, purge, empty};
    for (QAction* a : std::as_const(m_actions)) {
        a->setShortcutContext(Qt::WindowShortcut);
        addAction(a);
        m_table->addAction(a);
    }
    connect(restore, &QAction::triggered, this, &TrashView::restoreSelected);
    connect(purge, &QAction::triggered, this, &TrashView::purgeSelected);
    connect(empty, &QAction::triggered, this, &TrashView::emptyTrash);
    connect(m_model, &ContactTableModel::totalCountChanged, this,
            [this](qint64 n) { emit statusTextChanged(tr("%n deleted contact(s)", nullptr, static_cast<int>(n))); });
}

void TrashView::activated()
{
    emit statusTextChanged(tr("%n deleted contact(s)", nullptr, static_cast<int>(m_model->totalCount())));
    m_table->setFocus();
}

QList<qint64> TrashView::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex& i : m_table->selectionModel()->selectedRows()) {
        ids << m_model->idAt(i.row());
    }
    return ids;
}

void TrashView::restoreSelected()
{
    const QList<qint64> ids = selectedIds();
    if (!ids.isEmpty() && context().run(new MoveToTrash(ids, true))) {
        context().showUndoable(tr("Restored %n contact(s).", nullptr, static_cast<int>(ids.size())));
    }
}

void TrashView::purgeSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty()) {
        return;
    }
    if (MessageBox::warning(
            this, tr("Delete Permanently"),
            tr("Delete %n contact(s) for good? This cannot be undone.", nullptr, static_cast<int>(ids.size())),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes) {
        return;
    }
    if (auto s = ContactStore(context().db()).purge(ids); !s) {
        context().showError(s.error());
        return;
    }
    // Commands on the stack may refer to the purged rows; they can no longer be undone.
    context().session().undoStack()->clear();
}

void TrashView::emptyTrash()
{
    if (m_model->totalCount() == 0) {
        return;
    }
    if (MessageBox::warning(this, tr("Empty Trash"),
                            tr("Delete all %n contact(s) in the Trash for good? This cannot be undone.", nullptr,
                               static_cast<int>(m_model->totalCount())),
                            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes) {
        return;
    }
    if (auto s = ContactStore(context().db()).purgeTrashOlderThan(-1); !s) {
        context().showError(s.error());
        return;
    }
    context().session().undoStack()->clear();
}

} // namespace rapport
