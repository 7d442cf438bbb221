// Sync in the desktop app (issue #7), against a real Radicale where it matters: the account
// dialog starts a run through the controller, the status widget shows progress and then the
// one-line summary, Cancel stops at once, offline is information, an untrusted certificate is
// shown and trusted only on an explicit Yes, conflicts are listed and dismissed, and the
// password never reaches a settings file or the database.
#include "../sync/RadicaleServer.h"
#include "TestDb.h"
#include "db/SqlQuery.h"
#include "sync/SyncController.h"
#include "sync/SyncDialog.h"
#include "sync/SyncStatusWidget.h"
#include "widgets/MessageBox.h"

#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QToolButton>

using namespace rapport;
using sync::SyncState;

namespace {

constexpr int kSyncTimeoutMs = 120000;
const QByteArray kPasswordVariable = QByteArrayLiteral("RAPPORT_SYNC_PASSWORD");

quint16 closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close(); // nobody listens there now: connection refused
    return port;
}

/// Answers every request with 401 and closes: a server that wants a password we do not have.
/// With a certificate and key it speaks TLS (QSslServer), for the certificate question.
class RefusingServer : public QObject
{
public:
    bool listen(const QSslCertificate& certificate = QSslCertificate(), const QSslKey& key = QSslKey())
    {
        if (certificate.isNull()) {
            m_server = new QTcpServer(this);
        } else {
            auto* tls = new QSslServer(this);
            QSslConfiguration config = QSslConfiguration::defaultConfiguration();
            config.setLocalCertificate(certificate);
            config.setPrivateKey(key);
            config.setPeerVerifyMode(QSslSocket::VerifyNone);
            tls->setSslConfiguration(config);
            m_server = tls;
        }
        connect(m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket* socket = m_server->nextPendingConnection()) {
                auto buffer = std::make_shared<QByteArray>();
                connect(socket, &QTcpSocket::readyRead, socket, [socket, buffer] {
                    *buffer += socket->readAll();
                    if (buffer->contains("\r\n\r\n")) {
                        socket->write("HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Basic realm=\"test\"\r\n"
                                      "Content-Length: 0\r\nConnection: close\r\n\r\n");
                        socket->disconnectFromHost();
                    }
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        return m_server->listen(QHostAddress::LocalHost, 0);
    }
    quint16 port() const { return m_server->serverPort(); }

private:
    QTcpServer* m_server = nullptr;
};

/// Closes any modal dialog that opens and remembers that one did: the runs that use it must
/// never need a dialog (a real one would block the test).
class ModalWatch
{
public:
    ModalWatch()
    {
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            if (QWidget* modal = QApplication::activeModalWidget()) {
                m_seen << modal->windowTitle();
                modal->close();
            }
        });
        m_timer.start(20);
    }
    QStringList seen() const { return m_seen; }

private:
    QTimer m_timer;
    QStringList m_seen;
};

bool fileContains(const QString& path, const QByteArray& needle)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) && f.readAll().contains(needle);
}

} // namespace

class TestSyncUi : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void summaryLineSaysWhatHappened();
    void dialogStartsASyncAndTheStatusShowsProgressThenTheSummary();
    void cancelStopsAtOnceAndKeepsTheDatabaseConsistent();
    void offlineIsInformationNotAnError();
    void passwordStaysOutOfSettingsAndTheDatabase();
    void environmentPasswordWins();
    void keychainFailureIsReportedInsteadOfHanging();
    void untrustedCertificateNeedsAnExplicitYes();
    void conflictsAreListedAndDismissed();
    void periodicSyncNeedsAnAccountAndStaysQuietOffline();

private:
    static SyncController::Account accountFor(const QUrl& server)
    {
        return SyncController::Account{server, QStringLiteral("ada"), false};
    }
};

void TestSyncUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("RapportTest"));
    QApplication::setApplicationName(QStringLiteral("tst_syncui"));
    QSettings().clear();
}

void TestSyncUi::init()
{
    qunsetenv(kPasswordVariable.constData());
    MessageBox::setNextAnswer(QMessageBox::NoButton);
}

void TestSyncUi::summaryLineSaysWhatHappened()
{
    sync::SyncSummary s;
    s.state = SyncState::Done;
    s.pulledNew = 2;
    s.pulledUpdated = 1;
    s.pushedNew = 1;
    s.pulledDeleted = 1;
    s.pushedDeleted = 1;
    QVERIFY2(SyncController::summaryLine(s).startsWith(QStringLiteral("Synced: 3 pulled, 1 pushed, 2 deleted, 0 ")),
             qPrintable(SyncController::summaryLine(s)));
    s.state = SyncState::Offline;
    QCOMPARE(SyncController::summaryLine(s), QStringLiteral("Offline — will try again later"));
    s.state = SyncState::AuthFailed;
    s.message = QStringLiteral("The server refused the user name or password for dav.example.org.");
    QCOMPARE(SyncController::summaryLine(s), s.message);
}

void TestSyncUi::dialogStartsASyncAndTheStatusShowsProgressThenTheSummary()
{
    if (!RadicaleServer::isInstalled()) {
        QSKIP("radicale is not installed (apt install radicale); the CardDAV sync tests need a real server.");
    }
    RadicaleServer server;
    QVERIFY2(server.start(), qPrintable(server.log()));
    qputenv(kPasswordVariable.constData(), "pw");
    QTemporaryDir dir;
    auto db = test::openTempDb(dir);
    test::addContact(*db, QStringLiteral("Ada"), QStringLiteral("Lovelace"), QStringLiteral("Analytical"),
                     QStringLiteral("ada@example.org"));
    test::addContact(*db, QStringLiteral("Grace"), QStringLiteral("Hopper"), QStringLiteral("Navy"));
    test::addContact(*db, QStringLiteral("Jana"), QStringLiteral("Kováčová"), QStringLiteral("Acme"));

    QMainWindow window;
    auto* status = new SyncStatusWidget;
    window.statusBar()->addPermanentWidget(status);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    SyncController controller(*db, &window);
    status->setController(&controller);
    QVERIFY(status->isHidden());

    SyncDialog dialog(controller, &window);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.rememberBox()->isChecked());
    QCOMPARE(dialog.passwordField()->echoMode(), QLineEdit::Password);
    for (QWidget* w : {static_cast<QWidget*>(dialog.serverField()), static_cast<QWidget*>(dialog.userField()),
                       static_cast<QWidget*>(dialog.passwordField()), static_cast<QWidget*>(dialog.conflictsView())}) {
        QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
    }
    QTest::keyClicks(dialog.serverField(), server.url().toString());
    QTest::keyClicks(dialog.userField(), QStringLiteral("ada"));

    QSignalSpy progress(&controller, &SyncController::progress);
    QSignalSpy finished(&controller, &SyncController::finished);
    bool barShownWithProgress = false;
    connect(&controller, &SyncController::progress, status,
            [&] { barShownWithProgress = barShownWithProgress || !status->progressBar()->isHidden(); });
    QTest::mouseClick(dialog.syncButton(), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.isHidden());
    QVERIFY(controller.isRunning());
    QVERIFY(!status->isHidden());
    QVERIFY(!status->progressBar()->isHidden());
    QVERIFY(!status->cancelButton()->isHidden());
    QVERIFY(!status->cancelButton()->accessibleName().isEmpty());

    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kSyncTimeoutMs);
    const sync::SyncSummary s = controller.lastSummary();
    QVERIFY2(s.isOk(), qPrintable(s.message));
    QCOMPARE(s.pushedNew, 3);
    QCOMPARE(controller.passwordSource(), SyncController::PasswordSource::Environment);
    QVERIFY(!progress.isEmpty());
    QVERIFY(barShownWithProgress);
    // The summary stays in the status bar; the bar and Cancel are gone.
    QCOMPARE(status->label()->text(), SyncController::summaryLine(s));
    QVERIFY2(status->label()->text().startsWith(QStringLiteral("Synced: 0 pulled, 3 pushed, 0 deleted, 0 ")),
             qPrintable(status->label()->text()));
    QVERIFY(!status->isHidden());
    QVERIFY(status->progressBar()->isHidden());
    QVERIFY(status->cancelButton()->isHidden());
    QVERIFY(status->label()->toolTip().contains(QStringLiteral("Pushed: 3 new")));
    QCOMPARE(controller.account().server, server.url());

    // The contacts are on the server: a fresh database synced from it has them.
    QTemporaryDir dir2;
    auto second = test::openTempDb(dir2);
    SyncController other(*second, nullptr);
    QVERIFY(other.saveAccount(controller.account()));
    QSignalSpy changed(second.get(), &db::Database::changed);
    QSignalSpy otherFinished(&other, &SyncController::finished);
    other.syncNow();
    QTRY_COMPARE_WITH_TIMEOUT(otherFinished.size(), 1, kSyncTimeoutMs);
    QVERIFY2(other.lastSummary().isOk(), qPrintable(other.lastSummary().message));
    QCOMPARE(other.lastSummary().pulledNew, 3);
    QCOMPARE(ContactStore(*second).count(), 3);
    // ... and the views are told, as after an import.
    QVERIFY(!changed.isEmpty());
    QCOMPARE(changed.last().first().value<db::Entity>(), db::Entity::Everything);

    // A second look at the dialog shows the account and the last run, never the password.
    SyncDialog again(controller);
    QCOMPARE(again.serverField()->text(), server.url().toString());
    QCOMPARE(again.userField()->text(), QStringLiteral("ada"));
    QVERIFY(again.passwordField()->text().isEmpty());
    QVERIFY(again.lastRunLabel()->text().contains(SyncController::summaryLine(s)));
}

void TestSyncUi::cancelStopsAtOnceAndKeepsTheDatabaseConsistent()
{
    if (!RadicaleServer::isInstalled()) {
        QSKIP("radicale is not installed (apt install radicale); the CardDAV sync tests need a real server.");
    }
    RadicaleServer server;
    QVERIFY2(server.start(), qPrintable(server.log()));
    qputenv(kPasswordVariable.constData(), "pw");
    QTemporaryDir dir;
    auto db = test::openTempDb(dir);
    for (int i = 0; i < 20; ++i) {
        test::addContact(*db, QStringLiteral("Person"), QString::number(i));
    }
    QMainWindow window;
    auto* status = new SyncStatusWidget;
    window.statusBar()->addPermanentWidget(status);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    SyncController controller(*db, &window);
    status->setController(&controller);
    QVERIFY(controller.saveAccount(accountFor(server.url())));

    QSignalSpy finished(&controller, &SyncController::finished);
    controller.syncNow();
    QVERIFY(controller.isRunning());
    QTest::mouseClick(status->cancelButton(), Qt::LeftButton);
    QCOMPARE(finished.size(), 1);
    QVERIFY(!controller.isRunning());
    QCOMPARE(controller.state(), SyncState::Cancelled);
    QCOMPARE(status->label()->text(), sync::stateText(SyncState::Cancelled));
    QVERIFY(status->cancelButton()->isHidden());
    QCOMPARE(ContactStore(*db).count(), 20);
    QVERIFY(db->integrityProblems().isEmpty());

    // Cancelling again, or with nothing running, is harmless; the next run does the whole job.
    controller.cancel();
    QCOMPARE(finished.size(), 1);
    controller.syncNow();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, kSyncTimeoutMs);
    QVERIFY2(controller.lastSummary().isOk(), qPrintable(controller.lastSummary().message));
    QCOMPARE(controller.lastSummary().pushedNew, 20);

    // Cancelled while still waiting for the keychain: no run starts, nothing hangs.
    qunsetenv(kPasswordVariable.constData());
    controller.syncNow();
    QVERIFY(controller.isRunning());
    controller.cancel();
    QCOMPARE(finished.size(), 3);
    QCOMPARE(controller.state(), SyncState::Cancelled);
    QTest::qWait(200); // a late keychain answer is ignored
    QVERIFY(!controller.isRunning());
    QCOMPARE(finished.size(), 3);
}

void TestSyncUi::offlineIsInformationNotAnError()
{
    QTemporaryDir dir;
    auto db = test::openTempDb(dir);
    test::addContact(*db, QStringLiteral("Ada"), QStringLiteral("Lovelace"));
    qputenv(kPasswordVariable.constData(), "pw");
    SyncController controller(*db, nullptr);
    SyncStatusWidget status;
    status.setController(&controller);
    QVERIFY(controller.saveAccount(accountFor(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(closedPort())))));

    ModalWatch modals;
    QSignalSpy info(&controller, &SyncController::infoMessage);
    QSignalSpy errors(&controller, &SyncController::errorMessage);
    QSignalSpy finished(&controller, &SyncController::finished);
    controller.syncNow();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    QCOMPARE(controller.state(), SyncState::Offline);
    QCOMPARE(controller.lastSummaryText(), QStringLiteral("Offline — will try again later"));
    QCOMPARE(status.label()->text(), QStringLiteral("Offline — will try again later"));
    QCOMPARE(info.size(), 1);
    QCOMPARE(info.first().first().toString(), QStringLiteral("Offline — will try again later"));
    QVERIFY2(errors.isEmpty(), qPrintable(errors.isEmpty() ? QString() : errors.first().first().toString()));
    QVERIFY2(modals.seen().isEmpty(), qPrintable(modals.seen().join(u',')));
    QCOMPARE(ContactStore(*db).count(), 1);
}

void TestSyncUi::passwordStaysOutOfSettingsAndTheDatabase()
{
    const QString sentinel = QStringLiteral("Sentinel-Pa55-%1").arg(QRandomGenerator::global()->generate());
    QTemporaryDir dir;
    auto db = test::openTempDb(dir);
    SyncController controller(*db, nullptr);
    controller.setKeychainTimeout(5000);
    SyncDialog dialog(controller);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QUrl server(QStringLiteral("http://127.0.0.1:%1/").arg(closedPort()));
    QTest::keyClicks(dialog.serverField(), server.toString());
    QTest::keyClicks(dialog.userField(), QStringLiteral("ada"));
    QTest::keyClicks(dialog.passwordField(), sentinel);
    QVERIFY(dialog.rememberBox()->isChecked());
    dialog.publishBox()->setChecked(true);
    QSignalSpy finished(&controller, &SyncController::finished);
    QTest::mouseClick(dialog.syncButton(), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.passwordField()->text().isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    // What was typed is used for this session (the keychain write may fail offscreen).
    QCOMPARE(controller.passwordSource(), SyncController::PasswordSource::Session);
    QCOMPARE(controller.state(), SyncState::Offline);
    const SyncController::Account account = controller.account();
    QCOMPARE(account.server, server);
    QCOMPARE(account.user, QStringLiteral("ada"));
    QVERIFY(account.publishFollowUps);
    QTest::qWait(300); // let an answer from the keychain arrive

    QSettings settings;
    settings.sync();
    for (const QString& key : settings.allKeys()) {
        QVERIFY2(!settings.value(key).toString().contains(sentinel), qPrintable(key));
    }
    QVERIFY(!fileContains(settings.fileName(), sentinel.toUtf8()));
    db::SqlQuery q(*db, QStringLiteral("SELECT key, value FROM settings"));
    QVERIFY(q.exec());
    while (q.next()) {
        QVERIFY2(!q.string(1).contains(sentinel), qPrintable(q.string(0)));
    }
    QVERIFY(db::exec(*db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    const QString path = db->path();
    QVERIFY(!fileContains(path, sentinel.toUtf8()));
    QVERIFY(!fileContains(path + QStringLiteral("-wal"), sentinel.toUtf8()));

    // Forgetting the account clears it; the contacts and the sync bookkeeping stay.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    SyncDialog again(controller);
    QVERIFY(again.forgetButton()->isEnabled());
    QTest::mouseClick(again.forgetButton(), Qt::LeftButton);
    QVERIFY(!controller.account().isValid());
    QVERIFY(again.serverField()->text().isEmpty());
    QVERIFY(!again.forgetButton()->isEnabled());
}

void TestSyncUi::environmentPasswordWins()
{
    QTemporaryDir dir;
    auto db = test::openTempDb(dir);
    SyncController controller(*db, nullptr);
    QVERIFY(controller.saveAccount(accountFor(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(closedPort())))));
    controller.setSessionPassword(QStringLiteral("typed"));
    qputenv(kPasswordVariable.constData(), "from-the-environment");
    QSignalSpy finished(&controller, &SyncController::finished);
    controller.syncNow();
    QCOMPARE(controller.passwordSource(), SyncController::PasswordSource::Environment);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);

    qunsetenv(kPasswordVariable.constData());
    controller.syncNow();
    QCOMPARE(controller.passwordSource(), SyncController::PasswordSource::Session);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 60000);

    // A password typed for one account is never sent to another.
    QVERIFY(controller.saveAccount(accountFor(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(closedPort())))));
    controller.syncNow();
    QCOMPARE(controller.passwordSource(), SyncController::PasswordSource::Keychain);
    controller.cancel();
}

void TestSyncUi::keychainFailureIsReportedInsteadOfHanging()
{
    // No RAPPORT_SYNC_PASSWORD and nothing typed: the keychain is asked. Offscreen it has no
    // backend (or no entry, or does not answer in time); either way the run goes on without a
    // password and the refusal says why there was none.
    RefusingServer server;
    QVERIFY(server.listen());
    QTemporaryDir dir;
    auto db = test::openTempDb(dir);
    SyncController controller(*db, nullptr);
    controller.setKeychainTimeout(5000);
    QVERIFY(controller.saveAccount(accountFor(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(server.port())))));
    QSignalSpy errors(&controller, &SyncController::errorMessage);
    QSignalSpy finished(&controller, &SyncController::finished);
    controller.syncNow();
    QCOMPARE(controller.passwordSource(), SyncController::PasswordSource::Keychain);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    QCOMPARE(controller.state(), SyncState::AuthFailed);
    QVERIFY(!controller.lastKeychainError().isEmpty());
    QCOMPARE(errors.size(), 1);
    const QString message = errors.first().first().toString();
    QVERIFY2(message.contains(QStringLiteral("keychain")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("File › Sync…")), qPrintable(message));
}

void TestSyncUi::untrustedCertificateNeedsAnExplicitYes()
{
    if (!QSslSocket::supportsSsl()) {
        QSKIP("no TLS backend");
    }
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty()) {
        QSKIP("openssl is not installed (needed to make a self-signed certificate)");
    }
    QTemporaryDir dir;
    QProcess make;
    make.start(openssl, {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                         QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                         dir.filePath(QStringLiteral("key.pem")), QStringLiteral("-out"),
                         dir.filePath(QStringLiteral("cert.pem")), QStringLiteral("-days"), QStringLiteral("2"),
                         QStringLiteral("-subj"), QStringLiteral("/CN=rapport-test.invalid/O=Rapport Tests")});
    QVERIFY(make.waitForFinished(60000));
    QCOMPARE(make.exitCode(), 0);
    const QList<QSslCertificate> certs = QSslCertificate::fromPath(dir.filePath(QStringLiteral("cert.pem")));
    QCOMPARE(certs.size(), 1);
    QFile keyFile(dir.filePath(QStringLiteral("key.pem")));
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    const QSslKey key(keyFile.readAll(), QSsl::Rsa, QSsl::Pem);
    QVERIFY(!key.isNull());
    RefusingServer server;
    QVERIFY(server.listen(certs.first(), key));

    qputenv(kPasswordVariable.constData(), "pw");
    auto db = test::openTempDb(dir);
    SyncController controller(*db, nullptr);
    QVERIFY(controller.saveAccount(accountFor(QUrl(QStringLiteral("https://127.0.0.1:%1/").arg(server.port())))));
    QSignalSpy errors(&controller, &SyncController::errorMessage);
    QSignalSpy finished(&controller, &SyncController::finished);

    // Anything but Yes: not trusted, said clearly, nothing synced.
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    controller.syncNow();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    QCOMPARE(controller.state(), SyncState::CertificateError);
    const QString asked = MessageBox::lastText();
    const QString fingerprint =
        QString::fromLatin1(certs.first().digest(QCryptographicHash::Sha256).toHex(':')).toUpper();
    QVERIFY2(asked.contains(fingerprint), qPrintable(asked));
    QVERIFY2(asked.contains(QStringLiteral("Subject: rapport-test.invalid")), qPrintable(asked));
    QVERIFY2(asked.contains(QStringLiteral("Issuer: rapport-test.invalid")), qPrintable(asked));
    QVERIFY2(asked.contains(QStringLiteral("self-signed")), qPrintable(asked));
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().first().toString().contains(QStringLiteral("not trusted")),
             qPrintable(errors.first().first().toString()));
    QVERIFY(controller.lastSummaryText().contains(QStringLiteral("not trusted")));

    // Yes: exactly this certificate is accepted and the run starts again; the TLS connection now
    // works and the server's own answer (a refused password) is what stops it.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    controller.syncNow();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 60000);
    QCOMPARE(controller.state(), SyncState::AuthFailed);
}

void TestSyncUi::conflictsAreListedAndDismissed()
{
    if (!RadicaleServer::isInstalled()) {
        QSKIP("radicale is not installed (apt install radicale); the CardDAV sync tests need a real server.");
    }
    RadicaleServer server;
    QVERIFY2(server.start(), qPrintable(server.log()));
    qputenv(kPasswordVariable.constData(), "pw");
    QTemporaryDir dirA;
    QTemporaryDir dirB;
    auto a = test::openTempDb(dirA);
    auto b = test::openTempDb(dirB);
    const qint64 adaA =
        test::addContact(*a, QStringLiteral("Ada"), QStringLiteral("Lovelace"), QStringLiteral("Start"));
    SyncController here(*a, nullptr);
    SyncController there(*b, nullptr);
    QVERIFY(here.saveAccount(accountFor(server.url())));
    QVERIFY(there.saveAccount(accountFor(server.url())));
    QSignalSpy hereDone(&here, &SyncController::finished);
    QSignalSpy thereDone(&there, &SyncController::finished);

    here.syncNow();
    QTRY_COMPARE_WITH_TIMEOUT(hereDone.size(), 1, kSyncTimeoutMs);
    QVERIFY2(here.lastSummary().isOk(), qPrintable(here.lastSummary().message));
    there.syncNow();
    QTRY_COMPARE_WITH_TIMEOUT(thereDone.size(), 1, kSyncTimeoutMs);
    QCOMPARE(there.lastSummary().pulledNew, 1);

    // Both sides change the company.
    const qint64 adaB = ContactStore(*b).getByUid(ContactStore(*a).get(adaA)->uid)->id;
    QVERIFY(ContactStore(*b).setField(adaB, QStringLiteral("company"), QStringLiteral("Beta Works")));
    there.syncNow();
    QTRY_COMPARE_WITH_TIMEOUT(thereDone.size(), 2, kSyncTimeoutMs);
    QCOMPARE(there.lastSummary().pushedUpdated, 1);
    QVERIFY(ContactStore(*a).setField(adaA, QStringLiteral("company"), QStringLiteral("Alpha Labs")));
    QSignalSpy info(&here, &SyncController::infoMessage);
    here.syncNow();
    QTRY_COMPARE_WITH_TIMEOUT(hereDone.size(), 2, kSyncTimeoutMs);
    QCOMPARE(here.lastSummary().conflicts, 1);
    QVERIFY(here.lastSummaryText().contains(QStringLiteral("1 conflict")));
    QCOMPARE(info.size(), 1); // kept, and said so

    SyncDialog dialog(here);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QAbstractItemModel* model = dialog.conflictsView()->model();
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("Ada Lovelace"));
    QCOMPARE(model->index(0, 1).data().toString(), QStringLiteral("Company"));
    const QString tip = model->index(0, 1).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("Alpha Labs")) && tip.contains(QStringLiteral("Beta Works")), qPrintable(tip));
    QVERIFY(!model->index(0, 2).data().toString().isEmpty()); // which side the rule kept
    QVERIFY(!model->index(0, 3).data().toString().isEmpty());

    QVERIFY(!dialog.dismissButton()->isEnabled());
    dialog.conflictsView()->setFocus();
    dialog.conflictsView()->selectRow(0);
    QVERIFY(dialog.dismissButton()->isEnabled());
    QTest::keyClick(dialog.conflictsView(), Qt::Key_Delete);
    QCOMPARE(model->rowCount(), 0);
    QVERIFY(here.conflicts()->isEmpty());
}

void TestSyncUi::periodicSyncNeedsAnAccountAndStaysQuietOffline()
{
    QTemporaryDir dir;
    auto db = test::openTempDb(dir);
    SyncController controller(*db, nullptr);
    QCOMPARE(controller.autoSyncInterval(), 30 * 60 * 1000);
    QSignalSpy running(&controller, &SyncController::runningChanged);
    QSignalSpy info(&controller, &SyncController::infoMessage);
    QSignalSpy errors(&controller, &SyncController::errorMessage);
    controller.setAutoSyncInterval(50);
    QTest::qWait(300);
    QVERIFY(running.isEmpty()); // no account, no runs, no nagging
    QVERIFY(errors.isEmpty());

    qputenv(kPasswordVariable.constData(), "pw");
    QSignalSpy finished(&controller, &SyncController::finished);
    QVERIFY(controller.saveAccount(accountFor(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(closedPort())))));
    QTRY_VERIFY_WITH_TIMEOUT(finished.size() >= 2, 60000);
    controller.setAutoSyncInterval(0);
    QTRY_VERIFY_WITH_TIMEOUT(!controller.isRunning(), 60000);
    QCOMPARE(controller.state(), SyncState::Offline);
    QVERIFY(info.isEmpty()); // the status bar says it; a periodic run does not add messages
    QVERIFY(errors.isEmpty());
}

QTEST_MAIN(TestSyncUi)
#include "tst_syncui.moc"
