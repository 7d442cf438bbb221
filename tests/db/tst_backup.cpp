// Online backups, verification, restore and the rolling backup policy.
#include "db/Backup.h"
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "store/ContactStore.h"
#include "util/Clock.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace rapport;

class TestBackup : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { Clock::setFixed({}); }
    void backupIsPrivateVerifiedAndComplete();
    void restoreBringsBackTheCopy();
    void restoreRefusesDamagedFileAndKeepsData_data();
    void restoreRefusesDamagedFileAndKeepsData();
    void rollingBackupsKeepTheNewest();
    void dailyBackupOncePerDay();
    void quickVerifyOfAFreshCopyStillCatchesDamagedPages();
    void dailyBackupIsCheckedFullyEventBackupQuickly();

private:
    static qint64 addContact(db::Database& db, const QString& name)
    {
        Contact c;
        c.displayName = name;
        auto id = ContactStore(db).add(c);
        return id ? id.value() : 0;
    }
    QTemporaryDir m_dir;
};

void TestBackup::backupIsPrivateVerifiedAndComplete()
{
    auto db = db::Database::open(m_dir.filePath(QStringLiteral("live.sqlite")));
    QVERIFY(db);
    QVERIFY(addContact(*db.value(), QStringLiteral("Ondrej Horváth")) > 0);
    const QString target = m_dir.filePath(QStringLiteral("copy.sqlite"));
    QVERIFY(db::backupTo(*db.value(), target));
    struct stat st
    {
    };
    QCOMPARE(::stat(QFile::encodeName(target).constData(), &st), 0);
    QCOMPARE(st.st_mode & 0777, 0600u);
    int version = 0;
    QVERIFY(db::verifyBackupFile(target, &version));
    auto copy = db::Database::open(target);
    QVERIFY(copy);
    QCOMPARE(ContactStore(*copy.value()).count(), 1);
}

void TestBackup::restoreBringsBackTheCopy()
{
    auto db = db::Database::open(m_dir.filePath(QStringLiteral("restore.sqlite")));
    QVERIFY(db);
    addContact(*db.value(), QStringLiteral("Before"));
    const QString target = m_dir.filePath(QStringLiteral("restore-copy.sqlite"));
    QVERIFY(db::backupTo(*db.value(), target));
    addContact(*db.value(), QStringLiteral("After"));
    QCOMPARE(ContactStore(*db.value()).count(), 2);
    QSignalSpy spy(db.value().get(), &db::Database::changed);
    QVERIFY(db::restoreFrom(*db.value(), target));
    QCOMPARE(ContactStore(*db.value()).count(), 1);
    QVERIFY(!spy.isEmpty());
    QVERIFY(db.value()->integrityProblems().isEmpty());
}

void TestBackup::restoreRefusesDamagedFileAndKeepsData_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addRow("text file") << QByteArray("not a database at all\n");
    QTest::addRow("empty file") << QByteArray();
    QByteArray header("SQLite format 3");
    header.append('\0');
    header.append(QByteArray(4080, 'x'));
    QTest::addRow("sqlite header then garbage") << header;
}

void TestBackup::restoreRefusesDamagedFileAndKeepsData()
{
    QFETCH(QByteArray, content);
    auto db = db::Database::open(m_dir.filePath(QStringLiteral("keep.sqlite")));
    QVERIFY(db);
    if (ContactStore(*db.value()).count() == 0) {
        addContact(*db.value(), QStringLiteral("Keep me"));
    }
    const QString bad = m_dir.filePath(QStringLiteral("bad.sqlite"));
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(content);
    f.close();
    auto s = db::restoreFrom(*db.value(), bad);
    QVERIFY(!s);
    QVERIFY2(s.error().contains(QLatin1String("Nothing was restored")), qPrintable(s.error()));
    QCOMPARE(ContactStore(*db.value()).count(), 1);
}

void TestBackup::quickVerifyOfAFreshCopyStillCatchesDamagedPages()
{
    // backupTo() checks its own fresh copy with quick_check: that must still refuse a copy whose
    // table pages came out garbled, at both depths.
    auto db = db::Database::open(m_dir.filePath(QStringLiteral("pages.sqlite")));
    QVERIFY(db);
    for (int i = 0; i < 400; ++i) {
        QVERIFY(addContact(*db.value(), QStringLiteral("Contact %1 with a name long enough to fill pages").arg(i)));
    }
    const QString copy = m_dir.filePath(QStringLiteral("pages-copy.sqlite"));
    QVERIFY(db::backupTo(*db.value(), copy));
    QVERIFY(db::verifyBackupFile(copy, nullptr, db::Verify::JustWritten));
    const int root =
        db::scalar(*db.value(), QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name='contacts'")).toInt();
    const int pageSize = db::scalar(*db.value(), QStringLiteral("PRAGMA page_size")).toInt();
    QVERIFY(root > 1 && pageSize > 0);
    QFile f(copy);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.seek(qint64(root - 1) * pageSize));
    QCOMPARE(f.write(QByteArray(pageSize / 2, '\xab')), qint64(pageSize / 2));
    f.close();
    const Status quick = db::verifyBackupFile(copy, nullptr, db::Verify::JustWritten);
    QVERIFY(!quick);
    QVERIFY2(quick.error().contains(QLatin1String("damaged")), qPrintable(quick.error()));
    QVERIFY(!db::verifyBackupFile(copy));
}

void TestBackup::dailyBackupIsCheckedFullyEventBackupQuickly()
{
    // An index that disagrees with its table passes quick_check but not integrity_check: the
    // daily backup (and `rapport-cli backup`) must notice it, so the user hears of it while good
    // copies remain; the safety copy before an import, taken while the user waits, does not.
    auto db = db::Database::open(m_dir.filePath(QStringLiteral("lying-index.sqlite")));
    QVERIFY(db);
    for (const char* name : {"Ana", "Bob", "Cyril"}) {
        QVERIFY(addContact(*db.value(), QString::fromLatin1(name)) > 0);
    }
    // What a damaged file can look like: the index claims another column than it holds.
    QVERIFY(db::exec(*db.value(), QStringLiteral("PRAGMA writable_schema=ON")));
    QVERIFY(db::exec(*db.value(), QStringLiteral("UPDATE sqlite_master SET sql='CREATE INDEX contacts_name_key ON "
                                                 "contacts(uid)' WHERE name='contacts_name_key'")));
    QVERIFY(db::exec(*db.value(), QStringLiteral("PRAGMA writable_schema=OFF")));

    const QString full = m_dir.filePath(QStringLiteral("lying-full.sqlite"));
    const Status fully = db::backupTo(*db.value(), full);
    QVERIFY(!fully);
    QVERIFY2(fully.error().contains(QLatin1String("damaged")), qPrintable(fully.error()));
    QVERIFY(!QFile::exists(full));
    QVERIFY(db::backupTo(*db.value(), m_dir.filePath(QStringLiteral("lying-quick.sqlite")), db::Verify::JustWritten));
}

void TestBackup::rollingBackupsKeepTheNewest()
{
    const QString path = m_dir.filePath(QStringLiteral("rolling/db.sqlite"));
    auto db = db::Database::open(path);
    QVERIFY(db);
    db::BackupManager m(path);
    QDateTime t(QDate(2026, 11, 1), QTime(8, 0));
    QStringList made;
    for (int i = 0; i < 8; ++i) {
        Clock::setFixed(t.addSecs(i * 60));
        auto b = m.eventBackup(*db.value(), QStringLiteral("pre-import"));
        QVERIFY2(b, qPrintable(b.error()));
        made << b.value();
    }
    const auto list = m.list();
    QCOMPARE(list.size(), db::BackupManager::keepPerEvent);
    for (int i = 0; i < 3; ++i) {
        QVERIFY(!QFile::exists(made.at(i)));
    }
    for (int i = 3; i < 8; ++i) {
        QVERIFY(QFile::exists(made.at(i)));
    }
}

void TestBackup::dailyBackupOncePerDay()
{
    const QString path = m_dir.filePath(QStringLiteral("daily/db.sqlite"));
    auto db = db::Database::open(path);
    QVERIFY(db);
    db::BackupManager m(path);
    for (int day = 1; day <= 10; ++day) {
        Clock::setFixed(QDateTime(QDate(2026, 11, day), QTime(9, 0)));
        auto first = m.dailyBackupIfDue(*db.value());
        QVERIFY(first);
        QVERIFY(!first->isEmpty());
        auto second = m.dailyBackupIfDue(*db.value());
        QVERIFY(second);
        QVERIFY(second->isEmpty());
    }
    int daily = 0;
    for (const auto& b : m.list()) {
        daily += b.kind == QLatin1String("daily") ? 1 : 0;
    }
    QCOMPARE(daily, db::BackupManager::keepDaily);
}

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
