// db::NativeStatement: prepared statements on the connection's own SQLite handle, sharing its
// transactions with QSqlQuery, and failing with a message that names the statement.
#include "db/Database.h"
#include "db/NativeStatement.h"
#include "db/SqlQuery.h"
#include "db/Transaction.h"

#include <QTemporaryDir>
#include <QTest>

using namespace rapport;

class TestNativeStatement : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_db.reset(); }
    void bindsAndReadsEveryType();
    void nullViewsBindEmptyTextAndNullIsExplicit();
    void changesAndLastInsertId();
    void badSqlIsInvalidWithAReason();
    void stepErrorIsReported();
    void sharesTheConnectionsTransaction();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<db::Database> m_db;
};

void TestNativeStatement::init()
{
    db::Database::Options o;
    o.backupBeforeMigration = false;
    auto opened = db::Database::open(m_dir.filePath(QStringLiteral("n.sqlite")), o);
    QVERIFY2(opened, qPrintable(opened.error()));
    m_db = std::move(opened).value();
    QVERIFY(db::exec(*m_db, QStringLiteral("DROP TABLE IF EXISTS t")));
    QVERIFY(db::exec(*m_db, QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, i INTEGER, r REAL, "
                                           "s TEXT, u TEXT UNIQUE)")));
}

void TestNativeStatement::bindsAndReadsEveryType()
{
    db::NativeStatement insert(*m_db, "INSERT INTO t (i, r, s, u) VALUES (?, ?, ?, ?)");
    QVERIFY2(insert.isValid(), qPrintable(insert.error()));
    insert.bind(1, qint64(1) << 40);
    insert.bind(2, 2.5);
    insert.bind(3, QStringLiteral("Ľubomír 🚀 \"quoted\""));
    insert.bind(4, QByteArray("k1"));
    QVERIFY2(insert.exec(), qPrintable(insert.error()));

    db::NativeStatement read(*m_db, "SELECT i, r, s, u, NULL FROM t");
    QVERIFY(read.next());
    QCOMPARE(read.int64(0), qint64(1) << 40);
    QCOMPARE(read.real(1), 2.5);
    QCOMPARE(read.string(2), QStringLiteral("Ľubomír 🚀 \"quoted\""));
    QCOMPARE(read.text(3), QByteArrayView("k1"));
    QVERIFY(read.isNull(4));
    QVERIFY(!read.isNull(0));
    QVERIFY(!read.next());
    QVERIFY(read.error().isEmpty());
    // The same rows through Qt's driver: one database, whichever way it is read.
    QCOMPARE(db::scalar(*m_db, QStringLiteral("SELECT s FROM t")).toString(), QStringLiteral("Ľubomír 🚀 \"quoted\""));
}

void TestNativeStatement::nullViewsBindEmptyTextAndNullIsExplicit()
{
    db::NativeStatement insert(*m_db, "INSERT INTO t (s, u) VALUES (?, ?)");
    insert.bind(1, QByteArrayView());
    insert.bindNull(2);
    QVERIFY(insert.exec());
    QCOMPARE(db::scalar(*m_db, QStringLiteral("SELECT count(*) FROM t WHERE s = '' AND u IS NULL")).toInt(), 1);
}

void TestNativeStatement::changesAndLastInsertId()
{
    db::NativeStatement insert(*m_db, "INSERT OR IGNORE INTO t (u) VALUES (?)");
    insert.bind(1, QByteArray("same"));
    QVERIFY(insert.exec());
    QCOMPARE(insert.changes(), 1);
    const qint64 id = insert.lastInsertId();
    QVERIFY(id > 0);
    // Reset after exec: the same binds run again, and the ignored row changes nothing.
    QVERIFY(insert.exec());
    QCOMPARE(insert.changes(), 0);
    QCOMPARE(db::scalar(*m_db, QStringLiteral("SELECT id FROM t WHERE u = 'same'")).toLongLong(), id);
}

void TestNativeStatement::badSqlIsInvalidWithAReason()
{
    db::NativeStatement bad(*m_db, "SELECT nonsense FROM nowhere");
    QVERIFY(!bad.isValid());
    QVERIFY2(bad.error().contains(QLatin1String("nowhere")), qPrintable(bad.error()));
    QVERIFY2(bad.error().contains(QLatin1String("SELECT nonsense")), qPrintable(bad.error()));
    // Using an invalid statement is harmless.
    bad.bind(1, 1);
    QVERIFY(!bad.next());
    QVERIFY(!bad.exec());
}

void TestNativeStatement::stepErrorIsReported()
{
    db::NativeStatement insert(*m_db, "INSERT INTO t (u) VALUES (?)");
    insert.bind(1, QByteArray("dup"));
    QVERIFY(insert.exec());
    QVERIFY(!insert.exec());
    QVERIFY2(insert.error().contains(QLatin1String("UNIQUE")), qPrintable(insert.error()));
    QVERIFY2(insert.error().contains(QLatin1String("INSERT INTO t")), qPrintable(insert.error()));
}

void TestNativeStatement::sharesTheConnectionsTransaction()
{
    {
        db::Transaction tx(*m_db);
        QVERIFY(tx.isActive());
        db::NativeStatement insert(*m_db, "INSERT INTO t (u) VALUES ('rolled back')");
        QVERIFY(insert.exec());
        QCOMPARE(db::scalar(*m_db, QStringLiteral("SELECT count(*) FROM t")).toInt(), 1);
        // no commit: the transaction rolls back and takes the native insert with it
    }
    QCOMPARE(db::scalar(*m_db, QStringLiteral("SELECT count(*) FROM t")).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestNativeStatement)
#include "tst_nativestatement.moc"
