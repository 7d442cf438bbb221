// Opening, configuring and migrating database files.
#include "db/Database.h"
#include "db/Migrations.h"
#include "db/SqlQuery.h"
#include "store/ContactStore.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace rapport;

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void newFileIsPrivateAndCurrent();
    void pragmasAreSet();
    void rejectsNewerSchema();
    void rejectsFileThatIsNotADatabase();
    void rejectsReadOnlyFile();
    void migratesFixtureOfEveryEarlierVersion_data();
    void migratesFixtureOfEveryEarlierVersion();
    void failedMigrationLeavesFileUnchanged();
    void nestedTransactionsRollBackInner();
    void writeFixtures();

private:
    QTemporaryDir m_dir;
};

void TestDatabase::newFileIsPrivateAndCurrent()
{
    const QString path = m_dir.filePath(QStringLiteral("new/sub/rapport.sqlite"));
    auto db = db::Database::open(path);
    QVERIFY2(db, qPrintable(db.error()));
    QCOMPARE(db.value()->schemaVersion(), db::Migrations::latestVersion);
    struct stat st
    {
    };
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
    QCOMPARE(st.st_mode & 0777, 0600u);
}

void TestDatabase::pragmasAreSet()
{
    auto db = db::Database::open(m_dir.filePath(QStringLiteral("pragmas.sqlite")));
    QVERIFY(db);
    QCOMPARE(db::scalar(*db.value(), QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(db::scalar(*db.value(), QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    QVERIFY(db::scalar(*db.value(), QStringLiteral("PRAGMA busy_timeout")).toInt() >= 5000);
}

void TestDatabase::rejectsNewerSchema()
{
    const QString path = m_dir.filePath(QStringLiteral("newer.sqlite"));
    {
        auto db = db::Database::open(path);
        QVERIFY(db);
        QSqlQuery q(db.value()->sql());
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 99")));
    }
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray before = f.readAll();
    f.close();
    auto db = db::Database::open(path);
    QVERIFY(!db);
    QVERIFY2(db.error().contains(QLatin1String("newer version")), qPrintable(db.error()));
    QVERIFY(db.error().contains(path));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before);
}

void TestDatabase::rejectsFileThatIsNotADatabase()
{
    const QString path = m_dir.filePath(QStringLiteral("notes.txt"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray("These are my notes, not a database.\n").repeated(200));
    f.close();
    auto db = db::Database::open(path);
    QVERIFY(!db);
    QVERIFY2(db.error().contains(QLatin1String("not a Rapport database")), qPrintable(db.error()));
}

void TestDatabase::rejectsReadOnlyFile()
{
    if (::geteuid() == 0) {
        // root may write to any file; the check still runs on the mode bits below.
    }
    const QString path = m_dir.filePath(QStringLiteral("readonly.sqlite"));
    {
        auto db = db::Database::open(path);
        QVERIFY(db);
    }
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner));
    auto db = db::Database::open(path);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    if (::geteuid() == 0 && db) {
        QSKIP("running as root: the file stays writable");
    }
    QVERIFY(!db);
    QVERIFY2(db.error().contains(QLatin1String("read-only")), qPrintable(db.error()));
}

void TestDatabase::migratesFixtureOfEveryEarlierVersion_data()
{
    QTest::addColumn<int>("version");
    for (int v = 1; v < db::Migrations::latestVersion; ++v) {
        QTest::addRow("schema-v%d", v) << v;
    }
}

void TestDatabase::migratesFixtureOfEveryEarlierVersion()
{
    QFETCH(int, version);
    const QString fixture = QStringLiteral(RAPPORT_TEST_DATA_DIR "/db/schema-v%1.sqlite").arg(version);
    QVERIFY2(QFile::exists(fixture), qPrintable(fixture));
    const QString path = m_dir.filePath(QStringLiteral("migrate-v%1.sqlite").arg(version));
    QFile::remove(path);
    QVERIFY(QFile::copy(fixture, path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    QDir(m_dir.filePath(QStringLiteral("backups"))).removeRecursively();

    auto db = db::Database::open(path);
    QVERIFY2(db, qPrintable(db.error()));
    QCOMPARE(db.value()->schemaVersion(), db::Migrations::latestVersion);
    // The data written by the old version survived, with its non-Latin text.
    ContactStore store(*db.value());
    auto c = store.get(1);
    QVERIFY2(c, qPrintable(c.error()));
    QCOMPARE(c->displayName, QStringLiteral("Katarína Ľubová 🚀"));
    QCOMPARE(c->emails.size(), 1);
    QCOMPARE(db::scalar(*db.value(), QStringLiteral("SELECT count(*) FROM conversations")).toInt(), 1);
    // The search index (added in v2) covers rows written before it existed.
    QCOMPARE(db::scalar(*db.value(), QStringLiteral("SELECT count(*) FROM contacts_fts WHERE contacts_fts MATCH "
                                                    "'lubova'"))
                 .toInt(),
             1);
    QVERIFY(db.value()->integrityProblems().isEmpty());
    // Messages came through version 4's rebuild of their table, and a key is still unique.
    QCOMPARE(db::scalar(*db.value(), QStringLiteral("SELECT content FROM messages WHERE external_key="
                                                    "'li:0123456789abcdef0123456789abcdef'"))
                 .toString(),
             QStringLiteral("Ďakujem!"));
    QVERIFY(!db::exec(*db.value(), QStringLiteral("INSERT INTO messages (conversation_id, sent_at, from_me, "
                                                  "external_key) VALUES (1, '2021-01-01T00:00:00', 1, "
                                                  "'li:0123456789abcdef0123456789abcdef')")));
    // A copy was made before the upgrade.
    const auto backups = QDir(m_dir.filePath(QStringLiteral("backups")))
                             .entryList({QStringLiteral("migrate-v%1.pre-migration-v%1.*.sqlite").arg(version)});
    QCOMPARE(backups.size(), 1);
}

void TestDatabase::failedMigrationLeavesFileUnchanged()
{
    const QString path = m_dir.filePath(QStringLiteral("broken-v1.sqlite"));
    {
        db::Database::Options o;
        o.targetVersion = 1;
        auto db = db::Database::open(path, o);
        QVERIFY(db);
        // Something in the way of step 2: a table with the name the FTS index needs.
        QSqlQuery q(db.value()->sql());
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE contacts_fts (x)")));
    }
    auto db = db::Database::open(path);
    QVERIFY(!db);
    QVERIFY2(db.error().contains(QLatin1String("undone")), qPrintable(db.error()));
    db::Database::Options o;
    o.targetVersion = 1;
    auto again = db::Database::open(path, o);
    QVERIFY(again);
    QCOMPARE(again.value()->schemaVersion(), 1);
}

void TestDatabase::nestedTransactionsRollBackInner()
{
    auto db = db::Database::open(m_dir.filePath(QStringLiteral("tx.sqlite")));
    QVERIFY(db);
    auto& d = *db.value();
    QVERIFY(d.begin());
    QVERIFY(db::exec(d, QStringLiteral("INSERT INTO settings VALUES ('a', '1')")));
    QVERIFY(d.begin());
    QVERIFY(db::exec(d, QStringLiteral("INSERT INTO settings VALUES ('b', '2')")));
    d.rollback();
    QVERIFY(d.commit());
    QCOMPARE(db::scalar(d, QStringLiteral("SELECT group_concat(key) FROM settings")).toString(), QStringLiteral("a"));
}

// Writes tests/data/db/schema-vN.sqlite for every earlier version; run once per schema change
// with RAPPORT_WRITE_FIXTURES=1, then commit the files.
void TestDatabase::writeFixtures()
{
    if (qEnvironmentVariableIsEmpty("RAPPORT_WRITE_FIXTURES")) {
        QSKIP("set RAPPORT_WRITE_FIXTURES=1 to regenerate the fixture databases");
    }
    for (int v = 1; v < db::Migrations::latestVersion; ++v) {
        const QString path = QStringLiteral(RAPPORT_TEST_DATA_DIR "/db/schema-v%1.sqlite").arg(v);
        QFile::remove(path);
        db::Database::Options o;
        o.targetVersion = v;
        auto db = db::Database::open(path, o);
        QVERIFY(db);
        auto& d = *db.value();
        QVERIFY(db::exec(d, QStringLiteral("INSERT INTO contacts (uid, first_name, last_name, display_name, name_key, "
                                           "company, created_at, updated_at) VALUES ('u1', 'Katarína', 'Ľubová 🚀', "
                                           "'Katarína Ľubová 🚀', 'katarina lubova', 'Tatra', '2020-01-01T00:00:00', "
                                           "'2020-01-01T00:00:00')")));
        QVERIFY(db::exec(d, QStringLiteral("INSERT INTO contact_emails (contact_id, address, normalized) VALUES (1, "
                                           "'k@example.sk', 'k@example.sk')")));
        QVERIFY(db::exec(d, QStringLiteral("INSERT INTO conversations (uid, happened_at, kind, created_at, updated_at) "
                                           "VALUES ('c1', '2020-02-01T10:00:00', 'call', '2020-02-01T10:00:00', "
                                           "'2020-02-01T10:00:00')")));
        QVERIFY(db::exec(d, QStringLiteral("INSERT INTO conversation_contacts VALUES (1, 1)")));
        QVERIFY(db::exec(d, QStringLiteral("INSERT INTO messages (conversation_id, sent_at, from_me, sender_name, "
                                           "content, external_key) VALUES (1, '2020-02-01T10:00:00', 0, "
                                           "'Katarína Ľubová 🚀', 'Ďakujem!', 'li:0123456789abcdef0123456789abcdef')")));
    }
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
