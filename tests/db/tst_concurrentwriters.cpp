// The app and the CLI open one database at once: no corruption and no lost writes.
// The app side is simulated in-process through the same stores the GUI uses; the CLI side is
// real rapport-cli processes writing at the same time.
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "store/ContactStore.h"
#include "store/ConversationStore.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace rapport;

class TestConcurrentWriters : public QObject
{
    Q_OBJECT

private slots:
    void appAndCliWriteAtOnce();
    void readerSeesConsistentSnapshotsWhileWriting();
};

void TestConcurrentWriters::appAndCliWriteAtOnce()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.sqlite"));
    auto opened = db::Database::open(path);
    QVERIFY(opened);
    db::Database& db = *opened.value();

    constexpr int kProcesses = 3;
    constexpr int kPerProcess = 40;
    constexpr int kInProcess = 150;
    QList<QProcess*> procs;
    for (int p = 0; p < kProcesses; ++p) {
        auto* proc = new QProcess(this);
        // Each CLI process adds its contacts one command at a time, like a user's script would.
        QString script = QStringLiteral("set -e; for i in $(seq 1 %1); do \"%2\" --db \"%3\" contacts add --name "
                                        "\"cli-%4-$i\" >/dev/null; done")
                             .arg(kPerProcess)
                             .arg(QStringLiteral(RAPPORT_CLI_PATH), path)
                             .arg(p);
        proc->start(QStringLiteral("bash"), {QStringLiteral("-c"), script});
        procs << proc;
    }
    ContactStore store(db);
    for (int i = 0; i < kInProcess; ++i) {
        Contact c;
        c.displayName = QStringLiteral("app-%1").arg(i);
        auto id = store.add(c);
        QVERIFY2(id, qPrintable(id.error()));
        Conversation talk;
        talk.contactIds = {id.value()};
        talk.happenedAt = QDateTime(QDate(2026, 11, 1), QTime(10, 0));
        QVERIFY2(ConversationStore(db).add(talk), "conversation write failed while the CLI was writing");
    }
    for (QProcess* proc : procs) {
        QVERIFY(proc->waitForFinished(240000));
        QCOMPARE(proc->exitStatus(), QProcess::NormalExit);
        QVERIFY2(proc->exitCode() == 0, proc->readAllStandardError().constData());
    }
    QCOMPARE(store.count(), kProcesses * kPerProcess + kInProcess);
    QCOMPARE(db::scalar(db, QStringLiteral("SELECT count(*) FROM conversations")).toInt(), kInProcess);
    QVERIFY(db.integrityProblems().isEmpty());
    for (int p = 0; p < kProcesses; ++p) {
        QCOMPARE(db::scalar(db, QStringLiteral("SELECT count(*) FROM contacts WHERE display_name LIKE ?"),
                            {QStringLiteral("cli-%1-%").arg(p)})
                     .toInt(),
                 kPerProcess);
    }
}

void TestConcurrentWriters::readerSeesConsistentSnapshotsWhileWriting()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("snap.sqlite"));
    auto writer = db::Database::open(path);
    QVERIFY(writer);
    auto reader = writer.value()->openAnother();
    QVERIFY(reader);
    // A writer adds contacts with two e-mails each in one transaction; a reader in another
    // connection must never see a contact with only one of them.
    ContactStore store(*writer.value());
    for (int i = 0; i < 200; ++i) {
        Contact c;
        c.displayName = QStringLiteral("pair-%1").arg(i);
        c.emails = {{QString(), QStringLiteral("a%1@example.com").arg(i)},
                    {QString(), QStringLiteral("b%1@example.com").arg(i)}};
        QVERIFY(store.add(c));
        if (i % 10 == 0) {
            const int odd = db::scalar(*reader.value(),
                                       QStringLiteral("SELECT count(*) FROM (SELECT contact_id FROM contact_emails "
                                                      "GROUP BY contact_id HAVING count(*) <> 2)"))
                                .toInt();
            QCOMPARE(odd, 0);
        }
    }
}

QTEST_GUILESS_MAIN(TestConcurrentWriters)
#include "tst_concurrentwriters.moc"
