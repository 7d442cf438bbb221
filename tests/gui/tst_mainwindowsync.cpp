// The main window wired to sync: File › Sync…, Sync Now (F9) and Cancel Sync, the status-bar widget,
// a database switch in the middle of a run, and "offline" as information rather than an error.
#include "MainWindow.h"
#include "TestDb.h"
#include "services/Session.h"
#include "sync/SyncController.h"
#include "sync/SyncDialog.h"
#include "sync/SyncStatusWidget.h"
#include "widgets/MessageBar.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTimer>
#include <QToolButton>

using namespace rapport;

class TestMainWindowSync : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("RapportTest"));
        QApplication::setApplicationName(QStringLiteral("tst_mainwindowsync"));
    }
    void syncMenuAndStatusBar()
    {
        QTemporaryDir dir;
        auto db = test::openTempDb(dir);
        test::addContact(*db, QStringLiteral("Ada"), QStringLiteral("Lovelace"));
        MainWindow w(std::make_unique<Session>(std::move(db)));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.action(QStringLiteral("sync")));
        QCOMPARE(w.action(QStringLiteral("syncNow"))->shortcut(), QKeySequence(Qt::Key_F9));
        QVERIFY(!w.action(QStringLiteral("cancelSync"))->isEnabled());
        // Sync Now without an account opens the dialog.
        bool opened = false;
        QTimer::singleShot(200, [&] {
            if (auto* d = qobject_cast<SyncDialog*>(QApplication::activeModalWidget())) {
                opened = true;
                d->reject();
            }
        });
        w.activateWindow();
        QTRY_COMPARE(QApplication::activeWindow(), &w);
        QTest::keyClick(&w, Qt::Key_F9);
        QVERIFY(opened);

        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        qputenv("RAPPORT_SYNC_PASSWORD", "pw");
        SyncController* c = w.syncController();
        QVERIFY(c->saveAccount(
            {QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(silent.serverPort())), QStringLiteral("ada"), false}));
        w.action(QStringLiteral("syncNow"))->trigger();
        QVERIFY(c->isRunning());
        QVERIFY(!w.action(QStringLiteral("syncNow"))->isEnabled());
        QVERIFY(w.action(QStringLiteral("cancelSync"))->isEnabled());
        QVERIFY(w.syncStatus()->isVisible());
        QTest::qWait(200);
        w.action(QStringLiteral("cancelSync"))->trigger();
        QVERIFY(!c->isRunning());
        QVERIFY(w.action(QStringLiteral("syncNow"))->isEnabled());
        QCOMPARE(w.syncStatus()->label()->text(), QStringLiteral("Sync cancelled"));

        // Another database while a run is going: the run stops with the old session, no crash.
        w.action(QStringLiteral("syncNow"))->trigger();
        QVERIFY(c->isRunning());
        QTemporaryDir dir2;
        w.setSession(std::make_unique<Session>(test::openTempDb(dir2)));
        QVERIFY(w.syncController() != nullptr);
        QVERIFY(!w.syncController()->isRunning());
        QVERIFY(!w.syncController()->account().isValid());
        QVERIFY(w.syncStatus()->isHidden());
        QVERIFY(w.action(QStringLiteral("syncNow"))->isEnabled());

        // Offline: information on the message bar.
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        const quint16 port = probe.serverPort();
        probe.close();
        QVERIFY(w.syncController()->saveAccount(
            {QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port)), QStringLiteral("ada"), false}));
        QSignalSpy done(w.syncController(), &SyncController::finished);
        w.action(QStringLiteral("syncNow"))->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 60000);
        QCOMPARE(w.messageBar()->kind(), MessageBar::Kind::Info);
        QCOMPARE(w.messageBar()->text(), QStringLiteral("Offline — will try again later"));
    }
};

QTEST_MAIN(TestMainWindowSync)
#include "tst_mainwindowsync.moc"
