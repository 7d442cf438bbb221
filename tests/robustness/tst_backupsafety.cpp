// Backups keep people's data: the database, its -wal/-shm and every backup are private (0600) even
// under a permissive umask; `backup` and `restore` verify what they write and read, so a truncated
// or damaged copy is refused and the live database stays as it was; an import backs up first.
#include "RobustnessUtil.h"

#include "db/Backup.h"
#include "db/Database.h"
#include "model/Contact.h"
#include "store/ContactStore.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace rapport;
using namespace robustness;

class TestBackupSafety : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    mode_t m_umask = 022;

    QString backupsOf(const QString& dbPath)
    {
        return QFileInfo(dbPath).absoluteDir().filePath(QStringLiteral("backups"));
    }
    static QStringList liveState(const QString& dbPath)
    {
        Connection c(dbPath);
        QStringList s = contactDump(c.db());
        s << QStringLiteral("integrity=") + c.integrity();
        s << QStringLiteral("batches=%1").arg(c.count(QStringLiteral("SELECT count(*) FROM import_batches")));
        return s;
    }

private slots:
    void initTestCase()
    {
        // Nothing may rely on the user's umask to keep the file private.
        m_umask = ::umask(0);
    }
    void cleanupTestCase() { ::umask(m_umask); }

    void databaseAndItsWalAndShmArePrivate()
    {
        const QString path = m_dir.filePath(QStringLiteral("private/rapport.sqlite"));
        auto db = db::Database::open(path);
        QVERIFY2(db, qPrintable(db.error()));
        Contact c;
        c.displayName = QStringLiteral("Jana Kováčová");
        QVERIFY(ContactStore(*db.value()).add(c));
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            QCOMPARE(fileMode(path + suffix), 0600);
        }
    }

    void importBacksUpFirstAndEveryBackupIsPrivate()
    {
        const QString db = m_dir.filePath(QStringLiteral("auto/rapport.sqlite"));
        CliRun r = cli(db, {QStringLiteral("import"), importData("linkedin/Connections.csv")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const qint64 afterFirst = Connection(db).count(QStringLiteral("SELECT count(*) FROM contacts"));
        QVERIFY(afterFirst > 0);
        r = cli(db, {QStringLiteral("import"), importData("google_contacts.csv")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(fileMode(db), 0600);

        const QDir backups(backupsOf(db));
        QStringList pre = backups.entryList({QStringLiteral("rapport.pre-import.*.sqlite")}, QDir::Files, QDir::Name);
        QCOMPARE(pre.size(), 2);
        const qint64 expectedContacts[] = {0, afterFirst}; // the state before each import
        for (int i = 0; i < 2; ++i) {
            const QString file = backups.filePath(pre[i]);
            QCOMPARE(fileMode(file), 0600);
            QVERIFY(db::verifyBackupFile(file));
            Connection c(file);
            QCOMPARE(c.count(QStringLiteral("SELECT count(*) FROM contacts")), expectedContacts[i]);
        }
        for (const QString& f : backups.entryList(QDir::Files)) {
            QCOMPARE(fileMode(backups.filePath(f)), 0600);
        }
        QVERIFY(backups.entryList({QStringLiteral("*.part-*")}, QDir::Files).isEmpty());
        qInfo("backups folder mode: %o (the files in it are 0600)", fileMode(backups.path()));
    }

    void cliBackupIsPrivateAndVerified()
    {
        const QString db = m_dir.filePath(QStringLiteral("manual/rapport.sqlite"));
        QCOMPARE(cli(db, {QStringLiteral("import"), importData("linkedin/Connections.csv")}).exitCode, 0);
        const QString copy = m_dir.filePath(QStringLiteral("manual/copy.sqlite"));
        const CliRun r = cli(db, {QStringLiteral("backup"), copy});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("verified"));
        QCOMPARE(fileMode(copy), 0600);
        QVERIFY(db::verifyBackupFile(copy));
        QCOMPARE(liveState(copy), liveState(db));

        // A backup that cannot be written fails cleanly and leaves nothing behind.
        const QString notADir = m_dir.filePath(QStringLiteral("manual/plain-file"));
        QVERIFY(writeFile(notADir, "x"));
        const CliRun bad = cli(db, {QStringLiteral("backup"), notADir + QStringLiteral("/copy.sqlite")});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY(!bad.err.isEmpty());
        // The database itself is never the target.
        QCOMPARE(cli(db, {QStringLiteral("backup"), db}).exitCode, 1);
        QVERIFY(QDir(m_dir.filePath(QStringLiteral("manual")))
                    .entryList({QStringLiteral("*.part-*")}, QDir::Files)
                    .isEmpty());
    }

    void damagedBackupIsRefusedAndLiveDatabaseKept_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("truncated to half") << QStringLiteral("half");
        QTest::newRow("truncated by one byte") << QStringLiteral("minus1");
        QTest::newRow("header only") << QStringLiteral("header");
        QTest::newRow("empty") << QStringLiteral("empty");
        QTest::newRow("last pages zeroed") << QStringLiteral("zeroed");
        QTest::newRow("not a database") << QStringLiteral("text");
    }
    void damagedBackupIsRefusedAndLiveDatabaseKept()
    {
        QFETCH(QString, damage);
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("rapport.sqlite"));
        QCOMPARE(cli(db, {QStringLiteral("import"), importData("linkedin/Connections.csv")}).exitCode, 0);
        const QString good = dir.filePath(QStringLiteral("good.sqlite"));
        QCOMPARE(cli(db, {QStringLiteral("backup"), good}).exitCode, 0);
        // The live database moves on after the backup, so a wrong restore would show.
        QCOMPARE(cli(db, {QStringLiteral("import"), importData("google_contacts.csv")}).exitCode, 0);
        const QStringList before = liveState(db);

        QByteArray bytes = readFile(good);
        QVERIFY(bytes.size() > 8192);
        if (damage == QLatin1String("half")) {
            bytes.truncate(bytes.size() / 2);
        } else if (damage == QLatin1String("minus1")) {
            bytes.chop(1);
        } else if (damage == QLatin1String("header")) {
            bytes.truncate(100);
        } else if (damage == QLatin1String("empty")) {
            bytes.clear();
        } else if (damage == QLatin1String("zeroed")) {
            const qsizetype from = bytes.size() / 2;
            bytes.replace(from, bytes.size() - from, QByteArray(bytes.size() - from, '\0'));
        } else {
            bytes = "Jana,Kováčová\n";
        }
        const QString damaged = dir.filePath(QStringLiteral("damaged.sqlite"));
        QVERIFY(writeFile(damaged, bytes));
        const CliRun r = cli(db, {QStringLiteral("restore"), damaged});
        qInfo("%s: exit %d: %s", qPrintable(damage), r.exitCode, r.err.trimmed().constData());
        // A copy missing even one byte is refused: verifyBackupFile() checks the size against the
        // page count, since SQLite would read a short last page as zeros.
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("Nothing was restored"), r.err.constData());
        QCOMPARE(liveState(db), before);

        // The good copy still restores.
        const CliRun ok = cli(db, {QStringLiteral("restore"), good});
        QVERIFY2(ok.exitCode == 0, ok.err.constData());
        QCOMPARE(liveState(db), liveState(good));
        QCOMPARE(fileMode(db), 0600);
    }
};

QTEST_GUILESS_MAIN(TestBackupSafety)
#include "tst_backupsafety.moc"
