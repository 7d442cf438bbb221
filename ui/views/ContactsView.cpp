#include "ContactsView.h"

#include "AppContext.h"
#include "ContactFilterBar.h"
#include "WelcomeWidget.h"
#include "detail/ContactDetailPanel.h"
#include "dialogs/MergeContactsDialog.h"
#include "dialogs/SetCadenceDialog.h"
#include "models/CircleListModel.h"
#include "models/ContactTableModel.h"
#include "services/commands/AddToCircle.h"
#include "services/commands/MergeContacts.h"
#include "services/commands/MoveToTrash.h"
#include "services/commands/SetArchived.h"
#include "services/commands/SetCadence.h"
#include "store/ContactStore.h"
#include "widgets/Icons.h"
#include "widgets/MessageBox.h"

#include <QAction>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMenu>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace rapport {

ContactsView::ContactsView(AppContext& ctx, QWidget* parent) : View(ctx, parent)
{
    setObjectName(QStringLiteral("contactsView"));
    m_circles = new CircleListModel(ctx.db(), this);
    m_model = new ContactTableModel(ctx.db(), this);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("contactsSplitter"));
    m_splitter->setChildrenCollapsible(false);

    auto* left = new QWidget(m_splitter);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(6, 6, 0, 6);
    m_filters = new ContactFilterBar(m_circles, left);
    leftLayout->addWidget(m_filters);
    m_pages = new QStackedWidget(left);
    m_table = new QTableView(m_pages);
    m_table->setObjectName(QStringLiteral("contactTable"));
    m_table->setAccessibleName(tr("Contacts"));
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ContactTableModel::Name, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Fixed row heights let the view skip measuring 100,000 rows.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setObjectName(QStringLiteral("contactHeader"));
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->setColumnWidth(ContactTableModel::Name, 160);
    m_table->setColumnWidth(ContactTableModel::Company, 140);
    m_table->setColumnWidth(ContactTableModel::Position, 140);
    m_table->setColumnWidth(ContactTableModel::LastConversation, 130);
    m_table->setColumnWidth(ContactTableModel::NextFollowUp, 100);
    m_table->setColumnWidth(ContactTableModel::Score, 90);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_welcome = new WelcomeWidget(m_pages);
    m_pages->addWidget(m_table);
    m_pages->addWidget(m_welcome);
    leftLayout->addWidget(m_pages, 1);

    m_detail = new ContactDetailPanel(ctx, m_splitter);
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({680, 420});
    layout->addWidget(m_splitter);

    auto makeAction = [this](const QString& iconName, const QString& text, const QKeySequence& key) {
        auto* a = new QAction(icons::icon(iconName), text, this);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WindowShortcut);
        addAction(a);
        return a;
    };
    m_logAction = makeAction(QStringLiteral("log-conversation"), tr("&Log Conversation with Selection…"),
                             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_circleAction =
        makeAction(QStringLiteral("circle-add"), tr("Add to C&ircle…"), QKeySequence(Qt::CTRL | Qt::Key_G));
    m_cadenceAction =
        makeAction(QStringLiteral("cadence"), tr("Set &Cadence…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    m_archiveAction =
        makeAction(QStringLiteral("archive"), tr("&Archive"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_trashAction = makeAction(QStringLiteral("trash"), tr("Move to &Trash"), QKeySequence::Delete);
    m_mergeAction = makeAction(QStringLiteral("merge"), tr("&Merge Two Contacts…"), QKeySequence(Qt::CTRL | Qt::Key_M));
    connect(m_logAction, &QAction::triggered, this, [this] { emit context().logConversationRequested(selectedIds()); });
    connect(m_circleAction, &QAction::triggered, this, &ContactsView::addToCircle);
    connect(m_cadenceAction, &QAction::triggered, this, &ContactsView::setCadence);
    connect(m_archiveAction, &QAction::triggered, this, &ContactsView::archive);
    connect(m_trashAction, &QAction::triggered, this, &ContactsView::moveToTrash);
    connect(m_mergeAction, &QAction::triggered, this, &ContactsView::merge);

    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        QMenu menu(this);
        menu.addActions(viewActions());
        menu.exec(m_table->viewport()->mapToGlobal(pos));
    });
    connect(m_filters, &ContactFilterBar::filterChanged, m_model, &ContactTableModel::setFilter);
    connect(m_model, &ContactTableModel::totalCountChanged, this, [this](qint64 total) {
        emit statusTextChanged(tr("%n contact(s)", nullptr, static_cast<int>(total)));
        updatePage();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // Keep the contact in the detail panel selected across reloads when it is still listed.
        const int row = m_model->rowOf(m_currentId);
        if (row >= 0) {
            const QSignalBlocker block(m_table->selectionModel());
            m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                                       QItemSelectionModel::SelectCurrent | QItemSelectionModel::Rows);
        }
        updateActions();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ContactsView::onCurrentChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ContactsView::updateActions);
    connect(m_welcome, &WelcomeWidget::importClicked, &context(), &AppContext::importRequested);
    connect(m_welcome, &WelcomeWidget::addContactClicked, &context(), &AppContext::newContactRequested);
    connect(m_welcome, &WelcomeWidget::sampleDataClicked, &context(), &AppContext::sampleDataRequested);
    setFocusProxy(m_filters->searchField());
    QWidget::setTabOrder(m_filters->searchField(), m_table);
    updatePage();
    updateActions();
}

void ContactsView::activated()
{
    emit statusTextChanged(tr("%n contact(s)", nullptr, static_cast<int>(m_model->totalCount())));
    if (m_pages->currentWidget() == m_table) {
        m_filters->searchField()->setFocus();
    }
}

QList<QAction*> ContactsView::viewActions() const
{
    return {m_logAction, m_circleAction, m_cadenceAction, m_archiveAction, m_trashAction, m_mergeAction};
}

QList<qint64> ContactsView::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex& idx : m_table->selectionModel()->selectedRows()) {
        ids << m_model->idAt(idx.row());
    }
    if (ids.isEmpty() && m_currentId > 0) {
        ids << m_currentId;
    }
    return ids;
}

void ContactsView::focusSearch()
{
    m_filters->searchField()->setFocus();
    m_filters->searchField()->selectAll();
}

void ContactsView::showContact(qint64 contactId)
{
    int row = m_model->rowOf(contactId);
    if (row < 0 && m_filters->isFiltering()) {
        m_filters->searchField()->clear();
        m_filters->setCircle(0);
        m_model->setFilter(ContactFilter());
        row = m_model->rowOf(contactId);
    }
    while (row < 0 && m_model->canFetchMore({})) {
        m_model->fetchMore({});
        row = m_model->rowOf(contactId);
    }
    if (row >= 0) {
        m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_table->scrollTo(m_model->index(row, 0));
    }
    m_currentId = contactId;
    m_detail->setContactId(contactId);
}

void ContactsView::onCurrentChanged()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    m_currentId = current.isValid() ? m_model->idAt(current.row()) : 0;
    m_detail->setContactId(m_currentId);
    updateActions();
}

void ContactsView::updateActions()
{
    const qsizetype n = selectedIds().size();
    for (QAction* a : {m_logAction, m_circleAction, m_cadenceAction, m_archiveAction, m_trashAction}) {
        a->setEnabled(n > 0);
    }
    m_mergeAction->setEnabled(n == 2);
}

void ContactsView::updatePage()
{
    const bool empty =
        m_model->totalCount() == 0 && !m_filters->isFiltering() && ContactStore(context().db()).count(true) == 0;
    m_pages->setCurrentWidget(empty ? static_cast<QWidget*>(m_welcome) : m_table);
    // Nothing to filter or show yet: the welcome page gets the whole width.
    m_filters->setVisible(!empty);
    m_detail->setVisible(!empty);
}

void ContactsView::addToCircle()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty()) {
        return;
    }
    QStringList names;
    for (int i = 0; i < m_circles->rowCount(); ++i) {
        names << m_circles->index(i).data(CircleListModel::NameRole).toString();
    }
    bool ok = false;
    const QString name = QInputDialog::getItem(
        this, tr("Add to Circle"),
        tr("Add %n contact(s) to the circle (type a new name to create one):", nullptr, static_cast<int>(ids.size())),
        names, 0, true, &ok);
    if (!ok || name.trimmed().isEmpty()) {
        return;
    }
    if (context().run(new AddToCircle(name, ids))) {
        context().showUndoable(tr("Added %n contact(s) to %1.", nullptr, static_cast<int>(ids.size())).arg(name));
    }
}

void ContactsView::setCadence()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty()) {
        return;
    }
    SetCadenceDialog dialog(static_cast<int>(ids.size()), this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    context().run(new rapport::SetCadence(ids, dialog.idealDays(), dialog.maxDays()));
}

void ContactsView::archive()
{
    const QList<qint64> ids = selectedIds();
    if (!ids.isEmpty() && context().run(new SetArchived(ids, true))) {
        context().showUndoable(tr("Archived %n contact(s).", nullptr, static_cast<int>(ids.size())));
    }
}

void ContactsView::moveToTrash()
{
    const QList<qint64> ids = selectedIds();
    if (!ids.isEmpty() && context().run(new MoveToTrash(ids))) {
        context().showUndoable(tr("Moved %n contact(s) to the Trash.", nullptr, static_cast<int>(ids.size())));
    }
}

void ContactsView::merge()
{
    const QList<qint64> ids = selectedIds();
    if (ids.size() != 2) {
        MessageBox::information(this, tr("Merge Contacts"), tr("Select exactly two contacts to merge."));
        return;
    }
    MergeContactsDialog dialog(context().db(), ids.at(0), ids.at(1), this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    if (context().run(new MergeContacts(dialog.keptId(), dialog.removedId(), dialog.merged()))) {
        context().showUndoable(tr("Merged into %1; the other contact is in the Trash.").arg(dialog.merged().name()));
        showContact(dialog.keptId());
    }
}

} // namespace rapport
