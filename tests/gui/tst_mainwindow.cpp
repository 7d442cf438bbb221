// The main window driven like a user: keyboard into real widgets, dialogs answered as they open.
#include "GuiTestHelpers.h"
#include "MainWindow.h"
#include "TestDb.h"
#include "db/Backup.h"
#include "detail/ContactDetailPanel.h"
#include "dialogs/LogConversationDialog.h"
#include "dialogs/MergeContactsDialog.h"
#include "dialogs/NewContactDialog.h"
#include "models/ContactTableModel.h"
#include "services/Session.h"
#include "store/CircleStore.h"
#include "store/ConversationStore.h"
#include "store/FollowUpStore.h"
#include "views/ContactFilterBar.h"
#include "views/ContactsView.h"
#include "widgets/MessageBox.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>

using namespace rapport;

namespace {

void clickOk(QDialog* d)
{
    auto* box = d->findChild<QDialogButtonBox*>();
    QVERIFY(box);
    QTest::mouseClick(box->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void createsContact();
    void logsConversationAndUndoes();
    void searchNarrowsTheList();
    void bulkAddsToCircle();
    void mergesTwoContactsAndUndoes();
    void makesTodaysBackupInTheBackground();

private:
    ContactsView* contacts() const { return m_window->view<ContactsView>(QStringLiteral("contacts")); }
    void selectRows(const QList<int>& rows);
    /// Window shortcuts only fire in the active window; a closed dialog may leave none active.
    void activate()
    {
        m_window->activateWindow();
        QTRY_COMPARE(QApplication::activeWindow(), m_window.get());
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_jana = 0;
    qint64 m_peter = 0;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("RapportTest"));
    QApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
}

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = test::openTempDb(*m_dir);
    m_jana = test::addContact(*db, QStringLiteral("Jana"), QStringLiteral("Kováčová"), QStringLiteral("Acme"),
                              QStringLiteral("jana@acme.example"));
    m_peter = test::addContact(*db, QStringLiteral("Peter"), QStringLiteral("Novak"), QStringLiteral("Globex"));
    test::addContact(*db, QStringLiteral("Jana"), QStringLiteral("Kovacova"), QString(),
                     QStringLiteral("jana@home.example"));
    m_window = std::make_unique<MainWindow>(std::make_unique<Session>(std::move(db)));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QCOMPARE(contacts()->model()->rowCount(), 3);
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_dir.reset();
}

void TestMainWindow::selectRows(const QList<int>& rows)
{
    QTableView* table = contacts()->table();
    table->setFocus();
    table->clearSelection();
    for (const int row : rows) {
        table->selectionModel()->select(table->model()->index(row, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    table->selectionModel()->setCurrentIndex(table->model()->index(rows.first(), 0), QItemSelectionModel::NoUpdate);
}

void TestMainWindow::createsContact()
{
    test::whenModal<NewContactDialog>([](NewContactDialog* d) {
        QTest::keyClicks(d->findChild<QLineEdit*>(QStringLiteral("firstName")), QStringLiteral("Ada"));
        QTest::keyClicks(d->findChild<QLineEdit*>(QStringLiteral("lastName")), QStringLiteral("Lovelace"));
        QTest::keyClicks(d->findChild<QLineEdit*>(QStringLiteral("company")), QStringLiteral("Analytical"));
        clickOk(d);
    });
    QTest::keySequence(m_window.get(), QKeySequence::New);
    QTRY_COMPARE(contacts()->model()->totalCount(), 4);
    QTRY_COMPARE(contacts()->detailPanel()->contactId() > 0, true);
    QCOMPARE(ContactStore(m_window->session().db()).get(contacts()->detailPanel()->contactId())->name(),
             QStringLiteral("Ada Lovelace"));
    m_window->action(QStringLiteral("undo"))->trigger();
    QTRY_COMPARE(contacts()->model()->totalCount(), 3);
}

void TestMainWindow::logsConversationAndUndoes()
{
    db::Database& db = m_window->session().db();
    test::whenModal<LogConversationDialog>([](LogConversationDialog* d) {
        QTest::keyClicks(d->contactField(), QStringLiteral("Peter"));
        QTest::keyClick(d->contactField(), Qt::Key_Return);
        QCOMPARE(d->contactIds().size(), 1);
        QTest::keyClicks(d->summaryField(), QStringLiteral("Lunch; talked about the new role"));
        QTest::keyClicks(d->findChild<QLineEdit*>(QStringLiteral("nextStep")), QStringLiteral("Send intro"));
        QTest::keyClick(d, Qt::Key_Return, Qt::ControlModifier);
    });
    QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier);
    QTRY_COMPARE(ConversationStore(db).forContact(m_peter)->size(), 1);
    QCOMPARE(ConversationStore(db).forContact(m_peter)->first().summary,
             QStringLiteral("Lunch; talked about the new role"));
    QCOMPARE(FollowUpStore(db).forContact(m_peter)->size(), 1);
    QVERIFY(m_window->action(QStringLiteral("undo"))->text().contains(QStringLiteral("Log")));
    // Ctrl+Z goes to the focused widget first: a text field undoes its own typing. The user is
    // back in the contact list after the dialog closes, so the window's Undo is what answers.
    activate();
    contacts()->table()->setFocus();
    QTRY_VERIFY(contacts()->table()->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE(ConversationStore(db).forContact(m_peter)->size(), 0);
    QCOMPARE(FollowUpStore(db).forContact(m_peter)->size(), 0);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(ConversationStore(db).forContact(m_peter)->size(), 1);
}

void TestMainWindow::searchNarrowsTheList()
{
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QLineEdit* search = contacts()->filterBar()->searchField();
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("kova"));
    QTRY_COMPARE(contacts()->model()->rowCount(), 2);
    QTest::keyClicks(search, QStringLiteral(" acme"));
    QTRY_COMPARE(contacts()->model()->rowCount(), 1);
    QCOMPARE(contacts()->model()->idAt(0), m_jana);
    search->clear();
    QTRY_COMPARE(contacts()->model()->rowCount(), 3);
}

void TestMainWindow::bulkAddsToCircle()
{
    contacts()->table()->setFocus();
    QTest::keyClick(contacts()->table(), Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(contacts()->selectedIds().size(), 3);
    test::whenModal<QInputDialog>([](QInputDialog* d) {
        d->setTextValue(QString());
        auto* edit = d->findChild<QLineEdit*>();
        QVERIFY(edit);
        edit->clear();
        QTest::keyClicks(edit, QStringLiteral("Conference 2024"));
        clickOk(d);
    });
    QTest::keyClick(contacts()->table(), Qt::Key_G, Qt::ControlModifier);
    CircleStore circles(m_window->session().db());
    QTRY_VERIFY(circles.idOf(QStringLiteral("Conference 2024")).isOk());
    QTRY_COMPARE(circles.list()->first().memberCount, 3);
    activate();
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(!circles.idOf(QStringLiteral("Conference 2024")).isOk());
}

void TestMainWindow::mergesTwoContactsAndUndoes()
{
    // Rows are sorted by name: "Jana Kovacova", "Jana Kováčová", "Peter Novak".
    selectRows({0, 1});
    QCOMPARE(contacts()->selectedIds().size(), 2);
    test::whenModal<MergeContactsDialog>([](MergeContactsDialog* d) { clickOk(d); });
    QTest::keyClick(contacts()->table(), Qt::Key_M, Qt::ControlModifier);
    QTRY_COMPARE(contacts()->model()->totalCount(), 2);
    activate();
    ContactStore store(m_window->session().db());
    const qint64 kept = contacts()->detailPanel()->contactId();
    QCOMPARE(store.get(kept)->emails.size(), 2);
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE(contacts()->model()->totalCount(), 3);
    QTRY_COMPARE(store.get(kept)->emails.size(), 1);
}

void TestMainWindow::makesTodaysBackupInTheBackground()
{
    // Shortly after the window opens, today's backup is written by a worker thread with its own
    // connection; the window's own connection stays usable.
    const QString path = m_window->session().path();
    QVERIFY(db::BackupManager(path).list().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!db::BackupManager(path).list().isEmpty(), 15000);
    const auto backups = db::BackupManager(path).list();
    QVERIFY(db::verifyBackupFile(backups.first().path));
    QCOMPARE(contacts()->model()->rowCount(), 3);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
