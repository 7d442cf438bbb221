#pragma once

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QAction;
class QDockWidget;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QThread;
class QUndoGroup;

namespace rapport {

class AppContext;
class ImportWizard;
class MessageBar;
class NavigationPane;
class Session;
class SyncController;
class SyncStatusWidget;
class View;
namespace scoring {
class ScoreKeeper;
}

/// The main window: navigation on the left, the current view, the message bar, the menus with
/// every action and its shortcut. Owns the open database's Session; views are rebuilt when
/// another database is opened. Decisions live in core; this class wires and forwards.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(std::unique_ptr<Session> session, QWidget* parent = nullptr);
    ~MainWindow() override;

    Session& session() const { return *m_session; }
    AppContext& context() const { return *m_context; }
    scoring::ScoreKeeper* scoreKeeper() const { return m_scoreKeeper; }
    SyncController* syncController() const { return m_sync; }
    SyncStatusWidget* syncStatus() const { return m_syncStatus; }
    NavigationPane* navigation() const { return m_navigation; }
    MessageBar* messageBar() const { return m_messageBar; }
    View* view(const QString& id) const;
    template <typename T> T* view(const QString& id) const { return qobject_cast<T*>(view(id)); }
    QAction* action(const QString& name) const;

    /// Replaces the open database (rebuilding every view); the old session is closed.
    void setSession(std::unique_ptr<Session> session);
    /// Files handed over by a second launch, waiting for the user to confirm the import.
    QStringList pendingImports() const { return m_pendingImports; }

public slots:
    void newContact();
    void logConversation(const QList<qint64>& contactIds = {});
    /// File › Import: the import wizard, empty.
    void chooseAndImport();
    void showImportHistory();
    void exportContacts();
    /// The import wizard with these files, folders or zips, straight at their preview.
    void importFiles(const QStringList& paths);
    /// A file to import arrived (second launch with a file argument): raise, and show it in the wizard.
    void queueImport(const QString& path);
    void loadSampleData();
    void removeSampleData();
    void showSettings();
    /// File › Sync…: the CardDAV account, Sync Now, the conflicts list.
    void showSync();
    /// Sync Now: a run with the stored account, or the dialog when there is none yet.
    void syncNow();
    void openAnotherDatabase();
    void bringToFront();

signals:
    /// Emitted for every file queued by queueImport(), for whoever wants to handle imports.
    void importRequested(const QString& path);

protected:
    void closeEvent(QCloseEvent* event) override;
    /// Files and folders dropped on the window open the import wizard with them.
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createMenus();
    /// One wizard at a time: paths arriving while it still asks what to import join it.
    void openImportWizard(const QStringList& paths);
    void buildViews();
    void runHousekeeping();
    void onViewChanged(const QString& id);
    void restoreState();
    void saveState() const;
    void updateFileMenu();
    void updateSyncActions();
    void updateTitle();

    std::unique_ptr<Session> m_session;
    AppContext* m_context = nullptr;
    scoring::ScoreKeeper* m_scoreKeeper = nullptr;
    SyncController* m_sync = nullptr; ///< the open database's, owned by the context
    SyncStatusWidget* m_syncStatus = nullptr;
    QThread* m_backupThread = nullptr; ///< today's backup, while it runs
    QUndoGroup* m_undoGroup = nullptr;
    QListWidget* m_navList = nullptr;
    QStackedWidget* m_stack = nullptr;
    NavigationPane* m_navigation = nullptr;
    MessageBar* m_messageBar = nullptr;
    QLabel* m_status = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_goMenu = nullptr;
    QDockWidget* m_undoDock = nullptr;
    QList<QAction*> m_goActions;
    QHash<QString, QAction*> m_actions;
    QStringList m_pendingImports;
    QPointer<ImportWizard> m_importWizard;
};

} // namespace rapport
