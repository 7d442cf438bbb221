// SIGKILL at random moments of `rapport-cli import` (30,000 LinkedIn connections): after every kill
// the database is intact and holds all of the import or none of it, and importing again afterwards
// ends exactly where a clean import into a fresh database ends.
#include "RobustnessUtil.h"

#include "db/Backup.h"

#include <QDir>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/types.h>

using namespace robustness;

class TestKillImport : public QObject
{
    Q_OBJECT
private:
    static constexpr int kRows = 30000;
    static constexpr int kKills = 50;
    static constexpr quint32 kSeed = 20261122;

    QTemporaryDir m_dir;
    QString m_csv;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_csv = m_dir.filePath(QStringLiteral("Connections.csv"));
        QVERIFY(writeFile(m_csv, connectionsCsv(kRows)));
    }

    void killedImportLeavesAllOrNothing()
    {
        // 1. One clean run into a fresh database: its duration spreads the kills, its result is the reference.
        const QString freshDb = m_dir.filePath(QStringLiteral("fresh/rapport.sqlite"));
        QElapsedTimer clock;
        clock.start();
        const CliRun clean = cli(freshDb, {QStringLiteral("import"), m_csv});
        const qint64 durationMs = clock.elapsed();
        QVERIFY2(clean.exitCode == 0, clean.err.constData());
        QStringList reference;
        {
            Connection c(freshDb);
            QVERIFY(c.isOpen());
            reference = contactDump(c.db());
        }
        QCOMPARE(reference.size(), kRows);
        qInfo("clean import of %d rows: %lld ms", kRows, durationMs);

        // 2. The database the kills hit: created (and migrated) first, so every kill lands in an import.
        const QString dbPath = m_dir.filePath(QStringLiteral("killed/rapport.sqlite"));
        QCOMPARE(cli(dbPath, {QStringLiteral("import"), QStringLiteral("--list")}).exitCode, 0);

        QRandomGenerator rng(kSeed);
        const int maxDelay = int(durationMs * 12 / 10);
        int kills = 0;
        int completed = 0;
        int sawNone = 0;
        int sawAll = 0;
        for (int attempt = 0; kills < kKills && attempt < kKills * 3; ++attempt) {
            const int delay = int(rng.bounded(maxDelay + 1));
            QProcess p;
            p.setProgram(QStringLiteral(RAPPORT_CLI_PATH));
            p.setArguments({QStringLiteral("--db"), dbPath, QStringLiteral("import"), m_csv});
            p.start();
            QVERIFY(p.waitForStarted());
            if (p.waitForFinished(delay)) {
                ++completed;
                QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
            } else {
                QCOMPARE(::kill(pid_t(p.processId()), SIGKILL), 0);
                QVERIFY(p.waitForFinished(30000));
                ++kills;
            }

            Connection c(dbPath);
            QVERIFY(c.isOpen());
            const QString integrity = c.integrity();
            QVERIFY2(integrity == QLatin1String("ok"),
                     qPrintable(
                         QStringLiteral("after attempt %1 (delay %2 ms): %3").arg(attempt).arg(delay).arg(integrity)));
            const qint64 contacts = c.count(QStringLiteral("SELECT count(*) FROM contacts"));
            const qint64 done = c.count(QStringLiteral("SELECT count(*) FROM import_batches WHERE status = 'done'"));
            const qint64 unfinished =
                c.count(QStringLiteral("SELECT count(*) FROM import_batches WHERE status IN ('running', 'failed')"));
            QVERIFY2(contacts == 0 || contacts == kRows,
                     qPrintable(
                         QStringLiteral("partial import after a kill at %1 ms: %2 contacts").arg(delay).arg(contacts)));
            QCOMPARE(done, contacts == kRows ? 1 : 0);
            QCOMPARE(unfinished, 0);
            if (contacts == kRows) {
                ++sawAll;
                QCOMPARE(contactDump(c.db()), reference);
                // Undo it, so the next kill again meets a full 30,000-row import rather than a re-import.
                const QString batch =
                    c.column(QStringLiteral("SELECT id FROM import_batches WHERE status = 'done'")).value(0);
                const CliRun undo = cli(dbPath, {QStringLiteral("import"), QStringLiteral("--undo"), batch});
                QVERIFY2(undo.exitCode == 0, undo.err.constData());
                QCOMPARE(c.count(QStringLiteral("SELECT count(*) FROM contacts")), 0);
            } else {
                ++sawNone;
            }
        }
        qInfo("kills survived: %d (plus %d runs that finished before their kill time); states after a run: "
              "none %d, all %d; delays seeded with %u in [0, %d] ms",
              kills, completed, sawNone, sawAll, kSeed, maxDelay);
        QVERIFY2(kills >= kKills, qPrintable(QStringLiteral("only %1 kills landed").arg(kills)));

        // 3. The automatic backups that were finished are whole; half-written ones never took the real name.
        const QDir backups(QFileInfo(dbPath).absoluteDir().filePath(QStringLiteral("backups")));
        const QStringList complete = backups.entryList({QStringLiteral("*.sqlite")}, QDir::Files);
        for (const QString& f : complete) {
            const auto v = rapport::db::verifyBackupFile(backups.filePath(f));
            QVERIFY2(v, qPrintable(f + QStringLiteral(": ") + v.error()));
        }
        qInfo("backups: %lld complete, %lld half-written temporaries left by kills", qint64(complete.size()),
              qint64(backups.entryList({QStringLiteral("*.part-*")}, QDir::Files).size()));

        // 4. Importing again after all that ends exactly where the clean run ended.
        const CliRun again = cli(dbPath, {QStringLiteral("import"), m_csv});
        QVERIFY2(again.exitCode == 0, again.err.constData());
        Connection c(dbPath);
        QCOMPARE(c.integrity(), QStringLiteral("ok"));
        QCOMPARE(contactDump(c.db()), reference);
        QCOMPARE(c.count(QStringLiteral("SELECT count(*) FROM import_batches WHERE status = 'done'")), 1);
    }
};

QTEST_GUILESS_MAIN(TestKillImport)
#include "tst_killimport.moc"
