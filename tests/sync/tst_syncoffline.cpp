#include "SyncTestDb.h"
#include "sync/SyncStateStore.h"

#include <QTcpServer>

using namespace rapport;
using namespace rapport::sync;

class TestSyncOffline : public QObject
{
    Q_OBJECT

private:
    static quint16 closedPort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        const quint16 port = probe.serverPort();
        probe.close(); // nobody listens there now: connection refused
        return port;
    }

private slots:
    void bareHostMeansHttps_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("url");
        QTest::newRow("bare host") << QStringLiteral("dav.example.org") << QStringLiteral("https://dav.example.org");
        QTest::newRow("host and path") << QStringLiteral("dav.example.org/remote.php/dav")
                                       << QStringLiteral("https://dav.example.org/remote.php/dav");
        QTest::newRow("typed http stays")
            << QStringLiteral("http://127.0.0.1:5232/") << QStringLiteral("http://127.0.0.1:5232/");
        QTest::newRow("typed https") << QStringLiteral(" https://dav.example.org ")
                                     << QStringLiteral("https://dav.example.org");
        QTest::newRow("other scheme") << QStringLiteral("ftp://dav.example.org") << QString();
        QTest::newRow("empty") << QString() << QString();
    }
    void bareHostMeansHttps()
    {
        QFETCH(QString, typed);
        QFETCH(QString, url);
        QCOMPARE(SyncEngine::serverUrlFromInput(typed).toString(), url);
    }

    void connectionRefusedIsOfflineAndChangesNothing()
    {
        QTemporaryDir dir;
        auto db = test::openSyncDb(dir, QStringLiteral("offline.sqlite"));
        Contact c;
        c.firstName = QStringLiteral("Ada");
        c.lastName = QStringLiteral("Lovelace");
        QVERIFY(ContactStore(*db).add(c));
        const QString before = ContactStore(*db).get(c.id)->updatedAt;

        SyncEngine engine(*db);
        QSignalSpy states(&engine, &SyncEngine::stateChanged);
        const QUrl server(QStringLiteral("http://127.0.0.1:%1/").arg(closedPort()));
        const SyncSummary s = test::runSync(engine, SyncOptions{server, QStringLiteral("ada"), QString(), true}, 60000);
        QCOMPARE(s.state, SyncState::Offline);
        QVERIFY2(s.message.contains(QStringLiteral("Offline, will sync later")), qPrintable(s.message));
        QCOMPARE(stateText(SyncState::Offline), QStringLiteral("Offline, will sync later"));
        QVERIFY(!states.isEmpty());
        QCOMPARE(states.last().at(0).value<SyncState>(), SyncState::Offline);
        QCOMPARE(test::count(*db, QStringLiteral("SELECT count(*) FROM sync_items")), 0);
        QCOMPARE(ContactStore(*db).count(), 1);
        QCOMPARE(ContactStore(*db).get(c.id)->updatedAt, before);
        QVERIFY(!engine.isRunning());
    }

    void offlineAfterDiscoveryKeepsTheToken()
    {
        QTemporaryDir dir;
        auto db = test::openSyncDb(dir, QStringLiteral("offline2.sqlite"));
        const QUrl server(QStringLiteral("http://127.0.0.1:%1/").arg(closedPort()));
        SyncStateStore state(*db);
        auto account = state.account(server, QStringLiteral("ada"));
        QVERIFY(account);
        SyncAccount a = account.value();
        a.addressbookUrl = server.resolved(QUrl(QStringLiteral("/ada/contacts/")));
        a.addressbookToken = QStringLiteral("http://example.org/ns/sync/42");
        QVERIFY(state.saveAccount(a));

        SyncEngine engine(*db);
        const SyncSummary s =
            test::runSync(engine, SyncOptions{server, QStringLiteral("ada"), QString(), false}, 60000);
        QCOMPARE(s.state, SyncState::Offline);
        auto after = state.account(server, QStringLiteral("ada"));
        QCOMPARE(after->addressbookToken, a.addressbookToken);
        QCOMPARE(after->addressbookUrl, a.addressbookUrl);
    }

    void cancelStopsAtOnce()
    {
        QTemporaryDir dir;
        auto db = test::openSyncDb(dir, QStringLiteral("cancel.sqlite"));
        SyncEngine engine(*db);
        QSignalSpy done(&engine, &SyncEngine::finished);
        // A listening socket that never answers: the request hangs until cancelled.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        engine.start(SyncOptions{QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(silent.serverPort())),
                                 QStringLiteral("ada"), QString(), false});
        QVERIFY(engine.isRunning());
        QTest::qWait(200);
        engine.cancel();
        QCOMPARE(done.size(), 1);
        QCOMPARE(engine.state(), SyncState::Cancelled);
        QVERIFY(!engine.isRunning());
    }
};

QTEST_GUILESS_MAIN(TestSyncOffline)
#include "tst_syncoffline.moc"
