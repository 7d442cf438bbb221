// The sample network: deterministic, complete and removable.
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "demo/DemoGenerator.h"
#include "store/ContactStore.h"
#include "util/Clock.h"

#include <QCryptographicHash>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace rapport;

class TestDemoGenerator : public QObject
{
    Q_OBJECT

private slots:
    void init() { Clock::setFixed(QDateTime(QDate(2026, 11, 23), QTime(8, 0))); }
    void cleanup() { Clock::setFixed({}); }
    void sameSeedSameNetwork();
    void coversEveryKindOfData();
    void removeLeavesUserDataAlone();

private:
    QByteArray fingerprint(db::Database& db);
    std::unique_ptr<db::Database> open(const QString& name);
    QTemporaryDir m_dir;
};

std::unique_ptr<db::Database> TestDemoGenerator::open(const QString& name)
{
    auto db = db::Database::open(m_dir.filePath(name));
    return db ? std::move(db).value() : nullptr;
}

QByteArray TestDemoGenerator::fingerprint(db::Database& db)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    const QStringList queries = {
        QStringLiteral(
            "SELECT uid, display_name, company, position, connected_on, champion_stage FROM contacts ORDER BY id"),
        QStringLiteral("SELECT uid, happened_at, kind, summary, two_way FROM conversations ORDER BY id"),
        QStringLiteral("SELECT contact_id, due_date, reason FROM followups ORDER BY id"),
        QStringLiteral("SELECT kind, introducer_id, introduced_id, happened_at FROM introductions ORDER BY id"),
        QStringLiteral("SELECT from_name, message, sent_at FROM invitations ORDER BY id")};
    for (const QString& sql : queries) {
        db::SqlQuery q(db, sql);
        if (!q.exec()) {
            return {};
        }
        while (q.next()) {
            for (int i = 0; i < q.raw().record().count(); ++i) {
                h.addData(q.string(i).toUtf8());
                h.addData("|");
            }
        }
    }
    return h.result();
}

void TestDemoGenerator::sameSeedSameNetwork()
{
    auto a = open(QStringLiteral("a.sqlite"));
    auto b = open(QStringLiteral("b.sqlite"));
    auto c = open(QStringLiteral("c.sqlite"));
    QVERIFY(a && b && c);
    QVERIFY(demo::generate(*a, {300, 7}));
    QVERIFY(demo::generate(*b, {300, 7}));
    QVERIFY(demo::generate(*c, {300, 8}));
    QCOMPARE(fingerprint(*a), fingerprint(*b));
    QVERIFY(fingerprint(*a) != fingerprint(*c));
}

void TestDemoGenerator::coversEveryKindOfData()
{
    auto d = open(QStringLiteral("cover.sqlite"));
    QVERIFY(d);
    auto stats = demo::generate(*d, {400, 42});
    QVERIFY2(stats, qPrintable(stats.error()));
    QCOMPARE(stats->contacts, 400);
    QVERIFY(stats->conversations > 400);
    QVERIFY(stats->followUps > 0);
    QVERIFY(stats->introductions > 0);
    QVERIFY(stats->invitations >= 40);
    auto& db = *d;
    // Several years of history, champions, never-talked connections, one-way outreach.
    QVERIFY(db::scalar(db, QStringLiteral("SELECT min(happened_at) FROM conversations")).toString() <
            QStringLiteral("2024"));
    QVERIFY(db::scalar(db, QStringLiteral("SELECT count(*) FROM contacts WHERE champion_stage=3")).toInt() > 0);
    QVERIFY(db::scalar(db, QStringLiteral("SELECT count(*) FROM contacts c WHERE NOT EXISTS (SELECT 1 FROM "
                                          "conversation_contacts cc WHERE cc.contact_id=c.id)"))
                .toInt() > 50);
    QVERIFY(db::scalar(db, QStringLiteral("SELECT count(*) FROM conversations WHERE two_way=0")).toInt() > 0);
    QVERIFY(db.integrityProblems().isEmpty());
    QVERIFY(demo::hasSampleData(db));
}

void TestDemoGenerator::removeLeavesUserDataAlone()
{
    auto d = open(QStringLiteral("remove.sqlite"));
    QVERIFY(d);
    Contact mine;
    mine.displayName = QStringLiteral("My own contact");
    mine.circles = {QStringLiteral("Mentors")};
    QVERIFY(ContactStore(*d).add(mine));
    QVERIFY(demo::generate(*d, {200, 1}));
    QCOMPARE(ContactStore(*d).count(), 201);
    QVERIFY(demo::removeSampleData(*d));
    QCOMPARE(ContactStore(*d).count(), 1);
    QVERIFY(!demo::hasSampleData(*d));
    for (const char* table : {"conversations", "followups", "introductions", "invitations"}) {
        QCOMPARE(db::scalar(*d, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))).toInt(), 0);
    }
    // The user's circle survives even though the sample used the same name.
    QCOMPARE(ContactStore(*d).get(mine.id)->circles, QStringList{QStringLiteral("Mentors")});
    QVERIFY(d->integrityProblems().isEmpty());
}

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "tst_demogenerator.moc"
