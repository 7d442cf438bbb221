// Two-way sync against a real Radicale server started by the test (127.0.0.1, temporary storage).
#include "RadicaleServer.h"
#include "SyncTestDb.h"
#include "db/Transaction.h"
#include "reports/IcsWriter.h"
#include "store/FollowUpStore.h"
#include "sync/DavXml.h"
#include "sync/SyncStateStore.h"
#include "sync/VCardCodec.h"
#include "util/Clock.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimeZone>

using namespace rapport;
using namespace rapport::sync;

namespace {

struct Http
{
    int status = 0;
    QByteArray body;
    QByteArray etag;
};

QNetworkAccessManager* g_nam = nullptr;

/// A plain request, as another client would make it.
Http http(const QByteArray& verb, const QUrl& url, const QByteArray& body = {},
          const QList<QPair<QByteArray, QByteArray>>& headers = {})
{
    QNetworkAccessManager& nam = *g_nam;
    QNetworkRequest req(url);
    req.setRawHeader("Authorization", "Basic " + QByteArray("alice:x").toBase64());
    for (const auto& [k, v] : headers) {
        req.setRawHeader(k, v);
    }
    QNetworkReply* reply = nam.sendCustomRequest(req, verb, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Http h{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(),
           reply->rawHeader("ETag")};
    reply->deleteLater();
    return h;
}

/// Card hrefs in a collection (decoded paths).
QStringList listing(const QUrl& collection)
{
    const Http h = http("PROPFIND", collection, dav::etagQuery(), {{"Depth", "1"}});
    QStringList out;
    for (const auto& e : dav::parseMultiStatus(h.body).entries) {
        const QString path = collection.resolved(QUrl(e.href)).path(QUrl::FullyDecoded);
        if (!path.endsWith(QLatin1Char('/'))) {
            out << path;
        }
    }
    return out;
}

bool isSuccess(const Http& h)
{
    return h.status >= 200 && h.status < 300;
}

QUrl cardUrl(const QUrl& collection, const QString& uid)
{
    return collection.resolved(QUrl(uid + QStringLiteral(".vcf")));
}

/// Rewrites one property line of the card on the server, as another client would (If-Match).
Http editOnServer(const QUrl& url, const QByteArray& property, const QByteArray& value, const QDateTime& rev,
                  const QByteArray& extraLine = {})
{
    const Http got = http("GET", url);
    QList<QByteArray> lines = got.body.split('\n');
    QByteArray out;
    bool replaced = false;
    for (QByteArray line : lines) {
        if (line.isEmpty()) {
            continue;
        }
        if (line.startsWith(property + ':')) {
            line = property + ':' + value + '\r';
            replaced = true;
        } else if (line.startsWith("REV:")) {
            line = "REV:" + rev.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1() + '\r';
        } else if (line.startsWith("END:VCARD")) {
            if (!replaced) {
                out += property + ':' + value + "\r\n";
            }
            if (!extraLine.isEmpty()) {
                out += extraLine + "\r\n";
            }
        }
        out += line + '\n';
    }
    return http("PUT", url, out, {{"If-Match", got.etag}, {"Content-Type", "text/vcard; charset=utf-8"}});
}

void addContacts(db::Database& db, int n, int offset = 0)
{
    db::Transaction tx(db);
    ContactStore store(db);
    for (int i = 0; i < n; ++i) {
        Contact c;
        c.uid = QStringLiteral("c-%1").arg(offset + i, 5, 10, QLatin1Char('0'));
        c.firstName = QStringLiteral("Person%1").arg(offset + i);
        c.lastName = QStringLiteral("Nováková");
        c.company = QStringLiteral("Company %1, s.r.o.").arg(i % 37);
        c.position = QStringLiteral("Engineer");
        c.location = QStringLiteral("Košice, Slovakia");
        c.emails = {{QStringLiteral("work"), QStringLiteral("p%1@example.org").arg(offset + i)}};
        c.phones = {{QStringLiteral("mobile"), QStringLiteral("+421 900 %1").arg(offset + i, 6, 10, QLatin1Char('0'))}};
        c.howMet = QStringLiteral("Conference %1; hallway chat").arg(i % 5);
        c.championStage = static_cast<ChampionStage>(i % 4);
        c.cadenceIdealDays = i % 3 == 0 ? 30 : 0;
        c.cadenceMaxDays = i % 3 == 0 ? 60 : 0;
        c.tags = {QStringLiteral("t%1").arg(i % 4)};
        c.circles = {QStringLiteral("Circle %1").arg(i % 3)};
        QVERIFY(store.add(c));
    }
    QVERIFY(tx.commit());
}

} // namespace

class TestSyncEngine : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<RadicaleServer> m_server;
    QTemporaryDir m_dir;

    SyncOptions options(bool calendar = false) const
    {
        return SyncOptions{m_server->url(), QStringLiteral("alice"), QStringLiteral("x"), calendar};
    }
    static SyncAccount accountOf(db::Database& db)
    {
        auto all = SyncStateStore(db).accounts();
        return all && !all->isEmpty() ? all->first() : SyncAccount();
    }

private slots:
    void initTestCase()
    {
        if (!RadicaleServer::isInstalled()) {
            QSKIP("radicale is not installed (apt install radicale); the CardDAV sync tests need a real server.");
        }
        g_nam = new QNetworkAccessManager(this);
    }

    void init()
    {
        m_server = std::make_unique<RadicaleServer>();
        QVERIFY2(m_server->start(), "radicale did not start");
    }

    void cleanup() { m_server.reset(); }

    void firstSyncOfAThousandContactsAndASecondDatabase()
    {
        auto a = test::openSyncDb(m_dir, QStringLiteral("thousand-a.sqlite"));
        addContacts(*a, 1000);
        // A cached score travels too.
        const qint64 scored = ContactStore(*a).getByUid(QStringLiteral("c-00003"))->id;
        QVERIFY(db::exec(*a, QStringLiteral("INSERT INTO contact_scores VALUES (?, 81.25, 'inner', '', ?)"),
                         {scored, QStringLiteral("2026-11-01T09:00:00")}));

        SyncEngine engine(*a);
        QSignalSpy progress(&engine, &SyncEngine::progress);
        const SyncSummary first = test::runSync(engine, options());
        QVERIFY2(first.isOk(), qPrintable(first.message));
        qInfo("first sync of 1000 contacts: %.1f s", double(first.elapsedMs) / 1000.0);
        QCOMPARE(first.pushedNew, 1000);
        QCOMPARE(first.failed, 0);
        QVERIFY(progress.size() > 10);
        const SyncAccount acc = accountOf(*a);
        QVERIFY(!acc.addressbookToken.isEmpty());
        QCOMPARE(listing(acc.addressbookUrl).size(), 1000);
        QCOMPARE(test::count(*a, QStringLiteral("SELECT count(*) FROM sync_items WHERE etag<>''")), 1000);

        const SyncSummary again = test::runSync(engine, options());
        QVERIFY(again.isOk());
        QCOMPARE(again.pushedNew + again.pushedUpdated + again.pulledNew + again.pulledUpdated, 0);
        qInfo("second sync, nothing changed: %.1f s", double(again.elapsedMs) / 1000.0);

        auto b = test::openSyncDb(m_dir, QStringLiteral("thousand-b.sqlite"));
        SyncEngine engineB(*b);
        const SyncSummary pulled = test::runSync(engineB, options());
        QVERIFY2(pulled.isOk(), qPrintable(pulled.message));
        qInfo("second database pulling 1000 contacts: %.1f s", double(pulled.elapsedMs) / 1000.0);
        QCOMPARE(pulled.pulledNew, 1000);
        QCOMPARE(pulled.pushedNew + pulled.pushedUpdated, 0);
        QCOMPARE(ContactStore(*b).count(), 1000);

        for (const QString& uid : {QStringLiteral("c-00000"), QStringLiteral("c-00003"), QStringLiteral("c-00999")}) {
            const Contact x = ContactStore(*a).getByUid(uid).value();
            const Contact y = ContactStore(*b).getByUid(uid).value();
            QCOMPARE(y.displayName, x.displayName);
            QCOMPARE(y.company, x.company);
            QCOMPARE(y.location, x.location);
            QCOMPARE(y.howMet, x.howMet);
            QCOMPARE(y.championStage, x.championStage);
            QCOMPARE(y.cadenceIdealDays, x.cadenceIdealDays);
            QCOMPARE(y.cadenceMaxDays, x.cadenceMaxDays);
            QCOMPARE(y.emails, x.emails);
            QCOMPARE(y.phones, x.phones);
            QCOMPARE(y.circles, x.circles);
            QCOMPARE(y.tags, x.tags);
        }
        const Contact three = ContactStore(*b).getByUid(QStringLiteral("c-00003")).value();
        QCOMPARE(three.championStage, ChampionStage::Champion);
        QCOMPARE(test::count(*b,
                             QStringLiteral("SELECT count(*) FROM contact_scores WHERE contact_id=? AND "
                                            "tier='inner' AND abs(score-81.25)<0.01"),
                             {three.id}),
                 1);

        // And B's next sync finds nothing to do either.
        const SyncSummary quiet = test::runSync(engineB, options());
        QVERIFY(quiet.isOk());
        QCOMPARE(quiet.pushedNew + quiet.pushedUpdated + quiet.pulledNew + quiet.pulledUpdated, 0);
    }

    void editsAndDeletionsTravelBothWays()
    {
        auto a = test::openSyncDb(m_dir, QStringLiteral("edits.sqlite"));
        addContacts(*a, 20);
        SyncEngine engine(*a);
        QVERIFY(test::runSync(engine, options()).isOk());
        const QUrl book = accountOf(*a).addressbookUrl;
        ContactStore store(*a);

        // Local edit -> server.
        const qint64 one = store.getByUid(QStringLiteral("c-00001"))->id;
        QVERIFY(store.setField(one, QStringLiteral("company"), QStringLiteral("Edited Here Ltd")));
        SyncSummary s = test::runSync(engine, options());
        QVERIFY(s.isOk());
        QCOMPARE(s.pushedUpdated, 1);
        QVERIFY(http("GET", cardUrl(book, QStringLiteral("c-00001"))).body.contains("ORG:Edited Here Ltd"));

        // Server edit (with a property Rapport does not know) -> local.
        const QUrl two = cardUrl(book, QStringLiteral("c-00002"));
        QVERIFY(isSuccess(editOnServer(two, "ORG", "Edited There Inc", QDateTime::currentDateTimeUtc(),
                                       "X-OTHER-CLIENT;X-P=1:keep me")));
        s = test::runSync(engine, options());
        QVERIFY(s.isOk());
        QCOMPARE(s.pulledUpdated, 1);
        QCOMPARE(store.getByUid(QStringLiteral("c-00002"))->company, QStringLiteral("Edited There Inc"));
        // A later local edit keeps the other client's property on the server.
        QVERIFY(store.setField(store.getByUid(QStringLiteral("c-00002"))->id, QStringLiteral("notes"),
                               QStringLiteral("called back")));
        s = test::runSync(engine, options());
        QCOMPARE(s.pushedUpdated, 1);
        const QByteArray twoNow = http("GET", two).body;
        QVERIFY(twoNow.contains("NOTE:called back"));
        QVERIFY(twoNow.contains("X-OTHER-CLIENT;X-P=1:keep me"));

        // Server deletion -> local Trash.
        const QUrl three = cardUrl(book, QStringLiteral("c-00003"));
        QVERIFY(isSuccess(http("DELETE", three)));
        s = test::runSync(engine, options());
        QVERIFY(s.isOk());
        QCOMPARE(s.pulledDeleted, 1);
        QVERIFY(!store.getByUid(QStringLiteral("c-00003"))->deletedAt.isEmpty());

        // Local purge -> DELETE on the server, tombstone done.
        const qint64 four = store.getByUid(QStringLiteral("c-00004"))->id;
        QVERIFY(store.purge({four}));
        QCOMPARE(test::count(*a, QStringLiteral("SELECT count(*) FROM sync_tombstones")), 1);
        // Local Trash -> deleted on the server too (restorable here).
        QVERIFY(store.moveToTrash({store.getByUid(QStringLiteral("c-00005"))->id}));
        s = test::runSync(engine, options());
        QVERIFY(s.isOk());
        QCOMPARE(s.pushedDeleted, 2);
        QCOMPARE(http("GET", cardUrl(book, QStringLiteral("c-00004"))).status, 404);
        QCOMPARE(http("GET", cardUrl(book, QStringLiteral("c-00005"))).status, 404);
        QCOMPARE(test::count(*a, QStringLiteral("SELECT count(*) FROM sync_tombstones")), 0);
        QCOMPARE(listing(book).size(), 17);

        // Restoring from the Trash sends it again.
        QVERIFY(store.restoreFromTrash({store.getByUid(QStringLiteral("c-00005"))->id}));
        s = test::runSync(engine, options());
        QCOMPARE(s.pushedNew, 1);
        QCOMPARE(http("GET", cardUrl(book, QStringLiteral("c-00005"))).status, 200);
        QCOMPARE(test::count(*a, QStringLiteral("SELECT count(*) FROM sync_conflicts")), 0);
    }

    void conflictsGoToTheNewerSideAndAreRecorded()
    {
        auto a = test::openSyncDb(m_dir, QStringLiteral("conflict.sqlite"));
        addContacts(*a, 5);
        SyncEngine engine(*a);
        QVERIFY(test::runSync(engine, options()).isOk());
        const QUrl book = accountOf(*a).addressbookUrl;
        ContactStore store(*a);

        // Both edited; the server's edit is newer: the server wins, the local version is kept aside.
        const qint64 one = store.getByUid(QStringLiteral("c-00001"))->id;
        QVERIFY(store.setField(one, QStringLiteral("company"), QStringLiteral("Local Older")));
        QVERIFY(isSuccess(editOnServer(cardUrl(book, QStringLiteral("c-00001")), "ORG", "Server Newer",
                                       QDateTime::currentDateTimeUtc().addSecs(3600))));
        // Both edited; the local edit is newer: it is pushed over the server's.
        const qint64 two = store.getByUid(QStringLiteral("c-00002"))->id;
        QVERIFY(store.setField(two, QStringLiteral("company"), QStringLiteral("Local Newer")));
        QVERIFY(isSuccess(editOnServer(cardUrl(book, QStringLiteral("c-00002")), "ORG", "Server Older",
                                       QDateTime(QDate(2020, 1, 1), QTime(12, 0), QTimeZone::utc()))));

        const SyncSummary s = test::runSync(engine, options());
        QVERIFY2(s.isOk(), qPrintable(s.message));
        QCOMPARE(s.conflicts, 2);
        QCOMPARE(store.get(one)->company, QStringLiteral("Server Newer"));
        QCOMPARE(store.get(two)->company, QStringLiteral("Local Newer"));
        QVERIFY(http("GET", cardUrl(book, QStringLiteral("c-00002"))).body.contains("ORG:Local Newer"));
        QVERIFY(http("GET", cardUrl(book, QStringLiteral("c-00001"))).body.contains("ORG:Server Newer"));

        auto conflicts = engine.conflicts();
        QVERIFY(conflicts);
        QCOMPARE(conflicts->size(), 2);
        bool sawServerWon = false, sawLocalWon = false;
        for (const SyncConflict& c : conflicts.value()) {
            if (c.localUid == QLatin1String("c-00001")) {
                QCOMPARE(c.resolution, QString::fromLatin1(kResolutionServerWon));
                QVERIFY(c.localData.contains(QStringLiteral("ORG:Local Older"))); // the loser is kept
                sawServerWon = true;
            } else if (c.localUid == QLatin1String("c-00002")) {
                QCOMPARE(c.resolution, QString::fromLatin1(kResolutionLocalWon));
                QVERIFY(c.remoteData.contains(QStringLiteral("ORG:Server Older")));
                sawLocalWon = true;
            }
        }
        QVERIFY(sawServerWon && sawLocalWon);

        // Settled: the next sync has nothing to do.
        const SyncSummary quiet = test::runSync(engine, options());
        QCOMPARE(quiet.conflicts + quiet.pushedUpdated + quiet.pulledUpdated, 0);
    }

    void serverRestartMidSyncLosesNothing()
    {
        auto a = test::openSyncDb(m_dir, QStringLiteral("restart.sqlite"));
        addContacts(*a, 600);
        SyncEngine engine(*a);
        QSignalSpy done(&engine, &SyncEngine::finished);
        bool killed = false;
        connect(&engine, &SyncEngine::progress, this, [&](int n, int) {
            if (!killed && engine.state() == SyncState::Pushing && n >= 150) {
                killed = true;
                m_server->kill();
            }
        });
        engine.start(options());
        QVERIFY(done.wait(300000));
        QVERIFY(killed);
        QCOMPARE(engine.summary().state, SyncState::Offline);
        QVERIFY(engine.summary().pushedNew < 600);
        qInfo("interrupted after %d of 600 cards", engine.summary().pushedNew);
        // Nothing changed locally; what was recorded is what the server confirmed.
        QCOMPARE(ContactStore(*a).count(), 600);
        QCOMPARE(test::count(*a, QStringLiteral("SELECT count(*) FROM contacts WHERE deleted_at IS NOT NULL")), 0);
        QCOMPARE(test::count(*a, QStringLiteral("SELECT count(*) FROM sync_items")), engine.summary().pushedNew);
        QVERIFY(accountOf(*a).addressbookToken.isEmpty()); // not moved on

        QVERIFY2(m_server->start(), "radicale did not restart");
        const SyncSummary s = test::runSync(engine, options());
        QVERIFY2(s.isOk(), qPrintable(s.message));
        QCOMPARE(s.conflicts, 0);
        QCOMPARE(s.pulledNew + s.pulledDeleted, 0);
        const QUrl book = accountOf(*a).addressbookUrl;
        QCOMPARE(listing(book).size(), 600);
        QCOMPARE(test::count(*a, QStringLiteral("SELECT count(*) FROM sync_items WHERE etag<>''")), 600);
        QCOMPARE(ContactStore(*a).count(), 600);
    }

    void followUpsArePublishedAsTodos()
    {
        auto a = test::openSyncDb(m_dir, QStringLiteral("todos.sqlite"));
        Contact c;
        c.firstName = QStringLiteral("Zuzana");
        c.lastName = QStringLiteral("Horváthová");
        QVERIFY(ContactStore(*a).add(c));
        FollowUpStore followUps(*a);
        FollowUp f;
        f.contactId = c.id;
        f.due = QDate(2026, 12, 3);
        f.reason = QStringLiteral("Send the intro, as promised");
        QVERIFY(followUps.add(f));
        QVERIFY(!f.uid.isEmpty());

        SyncEngine engine(*a);
        SyncSummary s = test::runSync(engine, options(true));
        QVERIFY2(s.isOk(), qPrintable(s.message));
        QCOMPARE(s.todosPublished, 1);
        const QUrl calendar = accountOf(*a).calendarUrl;
        QVERIFY(calendar.path().endsWith(QLatin1String("/rapport-followups/")));
        const QStringList todos = listing(calendar);
        QCOMPARE(todos.size(), 1);
        QUrl todoUrl = calendar;
        todoUrl.setPath(todos.first(), QUrl::DecodedMode);
        QByteArray ics = ics::unfold(http("GET", todoUrl).body);
        QVERIFY(ics.contains("BEGIN:VTODO"));
        QVERIFY(ics.contains("UID:" + f.uid.toUtf8()));
        QVERIFY(ics.contains("DUE;VALUE=DATE:20261203"));
        QVERIFY(ics.contains(QStringLiteral("SUMMARY:Zuzana Horváthová: Send the intro\\, as promised").toUtf8()));
        QVERIFY(ics.contains("STATUS:NEEDS-ACTION"));

        QVERIFY(followUps.markDone(f.id));
        s = test::runSync(engine, options(true));
        QCOMPARE(s.todosPublished, 1);
        ics = ics::unfold(http("GET", todoUrl).body);
        QVERIFY(ics.contains("STATUS:COMPLETED"));
        QVERIFY(ics.contains("COMPLETED:"));

        QVERIFY(followUps.remove(f.id));
        s = test::runSync(engine, options(true));
        QCOMPARE(s.todosDeleted, 1);
        QCOMPARE(http("GET", todoUrl).status, 404);
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
