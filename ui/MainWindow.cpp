#include "MainWindow.h"

#include "AppContext.h"
#include "db/Backup.h"
#include "db/Database.h"
#include "demo/DemoGenerator.h"
#include "dialogs/ExportDialog.h"
#include "dialogs/ImportHistoryDialog.h"
#include "dialogs/ImportWizard.h"
#include "dialogs/LogConversationDialog.h"
#include "dialogs/NewContactDialog.h"
#include "navigation/NavigationPane.h"
#include "navigation/View.h"
#include "navigation/ViewRegistry.h"
#include "scoring/ScoreKeeper.h"
#include "services/Session.h"
#include "services/commands/AddContact.h"
#include "services/commands/LogConversation.h"
#include "settings/SettingsDialog.h"
#include "store/ContactStore.h"
#include "sync/SyncController.h"
#include "sync/SyncDialog.h"
#include "sync/SyncStatusWidget.h"
#include "util/Logging.h"
#include "views/ContactFilterBar.h"
#include "views/ContactsView.h"
#include "widgets/Icons.h"
#include "widgets/MessageBar.h"
#include "widgets/MessageBox.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QUndoGroup>
#include <QUndoStack>
#include <QUndoView>
#include <QVBoxLayout>

namespace rapport {

MainWindow::MainWindow(std::unique_ptr<Session> session, QWidget* parent) : QMainWindow(parent)
{
    icons::initResources();
    setWindowIcon(icons::appIcon());
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    m_undoGroup = new QUndoGroup(this);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_navList = new QListWidget(splitter);
    m_navList->setObjectName(QStringLiteral("navigation"));
    m_navList->setAccessibleName(tr("Navigation"));
    m_navList->setIconSize(QSize(20, 20));
    m_navList->setFrameShape(QFrame::NoFrame);
    m_navList->setMaximumWidth(220);
    m_navList->setSpacing(2);
    auto* right = new QWidget(splitter);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->setSpacing(0);
    m_messageBar = new MessageBar(right);
    m_stack = new QStackedWidget(right);
    rightLayout->addWidget(m_messageBar);
    rightLayout->addWidget(m_stack, 1);
    splitter->addWidget(m_navList);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({170, 1000});
    setCentralWidget(splitter);
    m_navigation = new NavigationPane(m_navList, m_stack, this);
    connect(m_navigation, &NavigationPane::currentViewChanged, this, &MainWindow::onViewChanged);
    m_syncStatus = new SyncStatusWidget(this);
    statusBar()->addPermanentWidget(m_syncStatus);
    m_status = new QLabel(this);
    statusBar()->addPermanentWidget(m_status);

    m_undoDock = new QDockWidget(tr("Undo History"), this);
    m_undoDock->setObjectName(QStringLiteral("undoDock"));
    auto* undoView = new QUndoView(m_undoGroup, m_undoDock);
    undoView->setEmptyLabel(tr("<opened>"));
    undoView->setAccessibleName(tr("Undo history"));
    m_undoDock->setWidget(undoView);
    addDockWidget(Qt::RightDockWidgetArea, m_undoDock);
    m_undoDock->hide();
    connect(m_messageBar, &MessageBar::actionTriggered, m_undoGroup, &QUndoGroup::undo);

    createMenus();
    setSession(std::move(session));
    resize(1280, 800);
    restoreState();
}

MainWindow::~MainWindow()
{
    if (m_backupThread) {
        m_backupThread->wait(); // the copy finishes; its own connection closes with it
    }
    m_navigation->clear();
}

QAction* MainWindow::action(const QString& name) const
{
    return m_actions.value(name);
}

View* MainWindow::view(const QString& id) const
{
    return m_navigation->view(id);
}

void MainWindow::createMenus()
{
    auto add = [this](QMenu* menu, const QString& name, const QString& iconName, const QString& text,
                      const QKeySequence& key, auto slot) {
        auto* a = menu->addAction(iconName.isEmpty() ? QIcon() : icons::icon(iconName), text);
        a->setObjectName(name);
        a->setShortcut(key);
        connect(a, &QAction::triggered, this, slot);
        m_actions.insert(name, a);
        return a;
    };
    QMenu* file = menuBar()->addMenu(tr("&File"));
    add(file, QStringLiteral("newContact"), QStringLiteral("add-contact"), tr("&New Contact…"), QKeySequence::New,
        &MainWindow::newContact);
    add(file, QStringLiteral("logConversation"), QStringLiteral("log-conversation"), tr("&Log Conversation…"),
        QKeySequence(Qt::CTRL | Qt::Key_L), [this] { logConversation(); });
    file->addSeparator();
    add(file, QStringLiteral("import"), QStringLiteral("import"), tr("&Import…"), QKeySequence(Qt::CTRL | Qt::Key_I),
        &MainWindow::chooseAndImport);
    add(file, QStringLiteral("importHistory"), QString(), tr("Import &History…"), QKeySequence(),
        &MainWindow::showImportHistory);
    add(file, QStringLiteral("export"), QString(), tr("&Export…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
        &MainWindow::exportContacts);
    file->addSeparator();
    add(file, QStringLiteral("sync"), QString(), tr("S&ync…"), QKeySequence(Qt::SHIFT | Qt::Key_F9),
        &MainWindow::showSync);
    add(file, QStringLiteral("syncNow"), QString(), tr("Sync No&w"), QKeySequence(Qt::Key_F9), &MainWindow::syncNow);
    add(file, QStringLiteral("cancelSync"), QString(), tr("&Cancel Sync"), QKeySequence(),
        [this] { m_sync->cancel(); });
    file->addSeparator();
    add(file, QStringLiteral("sampleData"), QStringLiteral("sample-data"), tr("Explore &Sample Data"), QKeySequence(),
        &MainWindow::loadSampleData);
    add(file, QStringLiteral("removeSampleData"), QString(), tr("&Remove Sample Data"), QKeySequence(),
        &MainWindow::removeSampleData);
    file->addSeparator();
    add(file, QStringLiteral("openDatabase"), QStringLiteral("database"), tr("&Open Database…"), QKeySequence::Open,
        &MainWindow::openAnotherDatabase);
    file->addSeparator();
    add(file, QStringLiteral("quit"), QString(), tr("&Quit"), QKeySequence::Quit, &QWidget::close);
    connect(file, &QMenu::aboutToShow, this, &MainWindow::updateFileMenu);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setIcon(icons::icon(QStringLiteral("undo")));
    QAction* redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    redo->setIcon(icons::icon(QStringLiteral("redo")));
    edit->addAction(undo);
    edit->addAction(redo);
    m_actions.insert(QStringLiteral("undo"), undo);
    m_actions.insert(QStringLiteral("redo"), redo);
    edit->addSeparator();
    add(edit, QStringLiteral("find"), QStringLiteral("search"), tr("&Find Contacts"), QKeySequence::Find, [this] {
        m_navigation->setCurrentView(QStringLiteral("contacts"));
        if (auto* v = view<ContactsView>(QStringLiteral("contacts"))) {
            v->focusSearch();
        }
    });
    edit->addSeparator();
    add(edit, QStringLiteral("settings"), QStringLiteral("settings"), tr("&Settings…"),
        QKeySequence(Qt::CTRL | Qt::Key_Comma), &MainWindow::showSettings);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->menuAction()->setVisible(false);
    m_goMenu = menuBar()->addMenu(tr("&Go"));
    QAction* history = m_undoDock->toggleViewAction();
    history->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    m_actions.insert(QStringLiteral("undoHistory"), history);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    add(help, QStringLiteral("about"), QString(), tr("&About Rapport"), QKeySequence(), [this] {
        MessageBox::information(this, tr("About Rapport"),
                                tr("Rapport %1 — a personal-network CRM for a small, real network.")
                                    .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::setSession(std::unique_ptr<Session> session)
{
    const QString lastView = m_navigation->currentViewId();
    m_navigation->clear();
    if (m_session) {
        m_undoGroup->removeStack(m_session->undoStack());
    }
    // The controller goes with the context: a run still going is cancelled (what it applied stays).
    m_syncStatus->setController(nullptr);
    delete m_context;
    m_session = std::move(session);
    m_context = new AppContext(*m_session, m_messageBar, this, this);
    m_undoGroup->addStack(m_session->undoStack());
    m_undoGroup->setActiveStack(m_session->undoStack());
    connect(m_session.get(), &Session::errorOccurred, this,
            [this](const QString& message) { m_messageBar->showMessage(message, MessageBar::Kind::Error); });
    connect(m_context, &AppContext::openContactRequested, this, [this](qint64 id) {
        m_navigation->setCurrentView(QStringLiteral("contacts"));
        if (auto* v = view<ContactsView>(QStringLiteral("contacts"))) {
            v->showContact(id);
        }
    });
    connect(m_context, &AppContext::openCircleRequested, this, [this](qint64 circleId) {
        m_navigation->setCurrentView(QStringLiteral("contacts"));
        if (auto* v = view<ContactsView>(QStringLiteral("contacts"))) {
            v->filterBar()->setCircle(circleId);
        }
    });
    connect(m_context, &AppContext::logConversationRequested, this, &MainWindow::logConversation);
    connect(m_context, &AppContext::showViewRequested, m_navigation, &NavigationPane::setCurrentView);
    connect(m_context, &AppContext::newContactRequested, this, &MainWindow::newContact);
    connect(m_context, &AppContext::importRequested, this, &MainWindow::chooseAndImport);
    connect(m_context, &AppContext::sampleDataRequested, this, &MainWindow::loadSampleData);
    // Scores follow the data: what changed is rescored when things are quiet (owned by the context,
    // so it goes, waiting for any background rescore, before the session closes).
    m_scoreKeeper = new scoring::ScoreKeeper(m_session->db(), m_context);
    connect(m_scoreKeeper, &scoring::ScoreKeeper::failed, this, [this](const QString& error) {
        m_messageBar->showMessage(tr("Scores could not be updated: %1").arg(error), MessageBar::Kind::Error);
    });
    // Sync belongs to this database, like the score keeper: progress in the status bar, results
    // on the message bar (offline as information), periodic runs once an account is set up.
    m_sync = new SyncController(m_session->db(), this, m_context);
    m_syncStatus->setController(m_sync);
    connect(m_sync, &SyncController::infoMessage, this,
            [this](const QString& text) { m_messageBar->showMessage(text); });
    connect(m_sync, &SyncController::errorMessage, this,
            [this](const QString& text) { m_messageBar->showMessage(text, MessageBar::Kind::Error); });
    connect(m_sync, &SyncController::runningChanged, this, &MainWindow::updateSyncActions);
    updateSyncActions();

    // Housekeeping for the file just opened (old Trash, today's backup) waits until the window
    // has painted: a backup of a large file takes seconds.
    QTimer::singleShot(1500, m_session.get(), [this, session = m_session.get()] {
        if (session == m_session.get()) {
            runHousekeeping();
            m_scoreKeeper->catchUp();
        }
    });
    buildViews();
    if (!lastView.isEmpty()) {
        m_navigation->setCurrentView(lastView);
    }
    updateTitle();
}

void MainWindow::runHousekeeping()
{
    ContactStore contacts(m_session->db());
    if (auto purged = contacts.purgeTrashOlderThan(30); !purged) {
        m_messageBar->showMessage(purged.error(), MessageBar::Kind::Error);
    } else if (purged.value() > 0) {
        qCInfo(lcUi) << "purged" << purged.value() << "contacts from the Trash";
    }
    const QString path = m_session->path();
    if (path == QLatin1String(":memory:") || m_backupThread) {
        return;
    }
    // Today's backup copies the whole file: seconds for a large network. It runs on a worker with
    // its own connection (the online backup API copies a consistent snapshot while the window
    // keeps working), and only a failure is reported.
    auto error = std::make_shared<QString>();
    m_backupThread = QThread::create([path, error] {
        db::Database::Options o;
        o.backupBeforeMigration = false;
        auto connection = db::Database::open(path, o);
        if (!connection) {
            *error = connection.error();
            return;
        }
        if (auto backup = db::BackupManager(path).dailyBackupIfDue(*connection.value()); !backup) {
            *error = backup.error();
        }
    });
    connect(m_backupThread, &QThread::finished, this, [this, error] {
        m_backupThread->deleteLater();
        m_backupThread = nullptr;
        if (!error->isEmpty()) {
            m_messageBar->showMessage(tr("Today's backup failed: %1").arg(*error), MessageBar::Kind::Error);
        }
    });
    m_backupThread->start(QThread::LowPriority);
}

void MainWindow::buildViews()
{
    for (QAction* a : std::as_const(m_goActions)) {
        m_goMenu->removeAction(a);
        delete a;
    }
    m_goActions.clear();
    m_goMenu->clear();
    int n = 0;
    for (const ViewEntry& e : views::registeredViews()) {
        View* v = e.create(*m_context);
        const QString title = e.title();
        m_navigation->addView(e.id, title, icons::icon(e.iconName), v);
        connect(v, &View::statusTextChanged, this, [this, v](const QString& text) {
            if (m_navigation->currentView() == v) {
                m_status->setText(text);
            }
        });
        auto* go = m_goMenu->addAction(icons::icon(e.iconName), title);
        if (++n <= 9) {
            go->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_0 + n)));
        }
        connect(go, &QAction::triggered, this, [this, id = e.id] { m_navigation->setCurrentView(id); });
        m_goActions << go;
    }
    m_goMenu->addSeparator();
    m_goMenu->addAction(m_actions.value(QStringLiteral("undoHistory")));
    m_navigation->setCurrentView(QStringLiteral("contacts"));
}

void MainWindow::onViewChanged(const QString& id)
{
    Q_UNUSED(id)
    View* v = m_navigation->currentView();
    m_viewMenu->clear();
    const QList<QAction*> actions = v ? v->viewActions() : QList<QAction*>();
    m_viewMenu->addActions(actions);
    m_viewMenu->setTitle(v ? v->viewMenuTitle() : QString());
    m_viewMenu->menuAction()->setVisible(!actions.isEmpty());
    // Views keep their actions' shortcuts; only the current view's may fire.
    for (const QString& other : m_navigation->viewIds()) {
        if (View* ov = m_navigation->view(other)) {
            for (QAction* a : ov->viewActions()) {
                a->setShortcutContext(ov == v ? Qt::WindowShortcut : Qt::WidgetShortcut);
            }
        }
    }
}

void MainWindow::updateTitle()
{
    setWindowTitle(tr("%1 — Rapport").arg(QFileInfo(m_session->path()).completeBaseName()));
}

void MainWindow::updateFileMenu()
{
    const bool sample = demo::hasSampleData(m_session->db());
    m_actions.value(QStringLiteral("removeSampleData"))->setEnabled(sample);
    m_actions.value(QStringLiteral("sampleData"))->setEnabled(!sample);
}

void MainWindow::updateSyncActions()
{
    const bool running = m_sync && m_sync->isRunning();
    m_actions.value(QStringLiteral("syncNow"))->setEnabled(!running);
    m_actions.value(QStringLiteral("cancelSync"))->setEnabled(running);
}

void MainWindow::newContact()
{
    NewContactDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    auto* command = new AddContact(dialog.contact());
    if (m_context->run(command)) {
        m_navigation->setCurrentView(QStringLiteral("contacts"));
        if (auto* v = view<ContactsView>(QStringLiteral("contacts"))) {
            v->showContact(command->contactId());
        }
    }
}

void MainWindow::logConversation(const QList<qint64>& contactIds)
{
    QList<qint64> ids = contactIds;
    if (ids.isEmpty()) {
        if (auto* v = view<ContactsView>(QStringLiteral("contacts")); v && m_navigation->currentView() == v) {
            ids = v->selectedIds();
        }
    }
    LogConversationDialog dialog(m_session->db(), ids, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    if (m_context->run(new LogConversation(dialog.conversation()))) {
        m_context->showUndoable(tr("Conversation logged."));
    }
}

void MainWindow::chooseAndImport()
{
    openImportWizard({});
}

void MainWindow::importFiles(const QStringList& paths)
{
    openImportWizard(paths);
}

void MainWindow::queueImport(const QString& path)
{
    bringToFront();
    m_pendingImports << path;
    emit importRequested(path);
    // The files of one launch arrive one event apart; they gather in the same wizard.
    openImportWizard({});
}

void MainWindow::openImportWizard(const QStringList& paths)
{
    const QStringList all = m_pendingImports + paths;
    if (m_importWizard) {
        if (m_importWizard->addPaths(all)) {
            m_pendingImports.clear();
        }
        m_importWizard->raise();
        m_importWizard->activateWindow();
        return;
    }
    m_pendingImports.clear();
    auto* wizard = new ImportWizard(m_session->db(), all, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    // The wizard has already announced the change on this session's connection: the views reload.
    connect(wizard, &ImportWizard::imported, this, [this, wizard](qint64 batchId) {
        const importers::FileReport t = wizard->report().totals();
        m_messageBar->showMessage(tr("Import #%1: %2 added, %3 updated, %4 unchanged, %5 skipped. "
                                     "File › Import History can undo it.")
                                      .arg(batchId)
                                      .arg(t.added)
                                      .arg(t.updated)
                                      .arg(t.unchanged)
                                      .arg(t.skipped));
    });
    m_importWizard = wizard;
    wizard->open();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (!ImportWizard::droppedPaths(event->mimeData()).isEmpty()) {
        event->acceptProposedAction();
    }
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QStringList paths = ImportWizard::droppedPaths(event->mimeData());
    if (paths.isEmpty()) {
        return;
    }
    event->acceptProposedAction();
    openImportWizard(paths);
}

void MainWindow::showImportHistory()
{
    ImportHistoryDialog dialog(*m_session, this);
    dialog.exec();
}

void MainWindow::exportContacts()
{
    QList<qint64> selected;
    if (auto* v = view<ContactsView>(QStringLiteral("contacts")); v && m_navigation->currentView() == v) {
        selected = v->selectedIds();
    }
    ExportDialog dialog(m_session->db(), selected, this);
    if (dialog.exec() == QDialog::Accepted) {
        const exporters::ExportReport report = dialog.exportReport();
        m_messageBar->showMessage(report.summary());
    }
}

void MainWindow::loadSampleData()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto stats = demo::generate(m_session->db(), demo::DemoOptions());
    QApplication::restoreOverrideCursor();
    if (!stats) {
        MessageBox::critical(this, tr("Sample Data"), stats.error());
        return;
    }
    m_session->db().notifyChanged(db::Entity::Everything);
    m_messageBar->showMessage(
        tr("Added a sample network of %n people. File › Remove Sample Data takes it away.", nullptr, stats->contacts));
}

void MainWindow::removeSampleData()
{
    if (MessageBox::question(this, tr("Remove Sample Data"),
                             tr("Remove the sample contacts and everything recorded about them?")) !=
        QMessageBox::Yes) {
        return;
    }
    if (auto s = demo::removeSampleData(m_session->db()); !s) {
        MessageBox::critical(this, tr("Remove Sample Data"), s.error());
        return;
    }
    m_session->undoStack()->clear();
    m_session->db().notifyChanged(db::Entity::Everything);
    m_messageBar->showMessage(tr("The sample data was removed."));
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_session->db(), this);
    connect(&dialog, &SettingsDialog::openAnotherDatabaseRequested, this, &MainWindow::openAnotherDatabase,
            Qt::QueuedConnection);
    connect(&dialog, &SettingsDialog::databaseRestored, this, [this] { m_session->undoStack()->clear(); });
    dialog.exec();
}

void MainWindow::showSync()
{
    SyncDialog dialog(*m_sync, this);
    dialog.exec();
}

void MainWindow::syncNow()
{
    if (m_sync->account().isValid()) {
        m_sync->syncNow();
    } else {
        showSync();
    }
}

void MainWindow::openAnotherDatabase()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Open or Create a Database"), QFileInfo(m_session->path()).absolutePath(),
        tr("Rapport databases (*.sqlite *.db);;All files (*)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty()) {
        return;
    }
    auto session = Session::open(path);
    if (!session) {
        MessageBox::critical(this, tr("Open Database"), session.error());
        return;
    }
    setSession(std::move(session).value());
    QSettings().setValue(QStringLiteral("database/path"), path);
}

void MainWindow::bringToFront()
{
    if (isMinimized()) {
        showNormal();
    }
    show();
    raise();
    activateWindow();
}

void MainWindow::restoreState()
{
    QSettings s;
    restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray());
    QMainWindow::restoreState(s.value(QStringLiteral("window/state")).toByteArray());
    if (auto* v = view<ContactsView>(QStringLiteral("contacts"))) {
        v->splitter()->restoreState(s.value(QStringLiteral("contacts/splitter")).toByteArray());
        v->table()->horizontalHeader()->restoreState(s.value(QStringLiteral("contacts/header")).toByteArray());
    }
    const QString last = s.value(QStringLiteral("window/lastView")).toString();
    if (!last.isEmpty()) {
        m_navigation->setCurrentView(last);
    }
}

void MainWindow::saveState() const
{
    QSettings s;
    s.setValue(QStringLiteral("window/geometry"), saveGeometry());
    s.setValue(QStringLiteral("window/state"), QMainWindow::saveState());
    s.setValue(QStringLiteral("window/lastView"), m_navigation->currentViewId());
    if (auto* v = view<ContactsView>(QStringLiteral("contacts"))) {
        s.setValue(QStringLiteral("contacts/splitter"), v->splitter()->saveState());
        s.setValue(QStringLiteral("contacts/header"), v->table()->horizontalHeader()->saveState());
    }
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveState();
    event->accept();
}

} // namespace rapport
