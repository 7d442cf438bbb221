// Contact store round trips, edits, trash and purge.
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "store/ContactStore.h"
#include "util/Clock.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace rapport;

class TestContactStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void roundTripKeepsEveryField_data();
    void roundTripKeepsEveryField();
    void refusesNameless();
    void setFieldRecordsUserEdit();
    void linkedInUrlIsNormalisedAndUnique();
    void trashRestoreAndPurge();
    void purgeTrashAfterThirtyDays();
    void writesAnnounceChanges();
    void hugeValuesStoredIntact();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<db::Database> m_db;
    int m_n = 0;
};

void TestContactStore::init()
{
    auto db = db::Database::open(m_dir.filePath(QStringLiteral("s%1.sqlite").arg(++m_n)));
    QVERIFY2(db, qPrintable(db.error()));
    m_db = std::move(db).value();
}

void TestContactStore::cleanup()
{
    m_db.reset();
    Clock::setFixed({});
}

void TestContactStore::roundTripKeepsEveryField_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("last");
    QTest::addColumn<QString>("company");
    QTest::addRow("slovak") << QStringLiteral("Ľubomír") << QStringLiteral("Šťastný") << QStringLiteral("Žilina, a.s.");
    QTest::addRow("chinese") << QStringLiteral("伟") << QStringLiteral("王") << QStringLiteral("华为技术");
    QTest::addRow("arabic") << QStringLiteral("ليلى") << QStringLiteral("حداد") << QStringLiteral("مركز دبي | Dubai");
    QTest::addRow("emoji") << QStringLiteral("🚀 Maya") << QStringLiteral("Lee 🌸") << QStringLiteral("Rocket 🚀 Inc");
    QTest::addRow("quotes and markup") << QStringLiteral("Marek \"Maro\"") << QStringLiteral("<img src=x>")
                                       << QStringLiteral("O'Brien & Sons; DROP TABLE contacts;--");
}

void TestContactStore::roundTripKeepsEveryField()
{
    QFETCH(QString, first);
    QFETCH(QString, last);
    QFETCH(QString, company);
    Contact c;
    c.firstName = first;
    c.lastName = last;
    c.company = company;
    c.position = QStringLiteral("Head of Data, EMEA");
    c.headline = QStringLiteral("Data | ML");
    c.location = QStringLiteral("Bratislava");
    c.linkedinUrl = QStringLiteral("https://www.linkedin.com/in/%C4%BEubo-%C5%A1/");
    c.howMet = QStringLiteral("PyCon SK 2024, the pandas workshop");
    c.notes = QStringLiteral("Line one\nLine two");
    c.birthday = QStringLiteral("--03-14");
    c.connectedOn = QDate(2021, 2, 8);
    c.championStage = ChampionStage::Relationship;
    c.cadenceIdealDays = 30;
    c.cadenceMaxDays = 60;
    c.emails = {{QStringLiteral("work"), QStringLiteral("Lubo@Example.com")}, {QString(), QStringLiteral("l@ex.sk")}};
    c.phones = {{QStringLiteral("mobile"), QStringLiteral("+421 905 123 456")}};
    c.urls = {{QStringLiteral("blog"), QStringLiteral("https://example.org")}};
    c.circles = {QStringLiteral("Mentors"), QStringLiteral("Bratislava")};
    c.tags = {QStringLiteral("python")};
    ContactStore store(*m_db);
    auto id = store.add(c);
    QVERIFY2(id, qPrintable(id.error()));
    auto back = store.get(id.value());
    QVERIFY(back);
    QCOMPARE(back->firstName, first);
    QCOMPARE(back->lastName, last);
    QCOMPARE(back->displayName, first + QLatin1Char(' ') + last);
    QCOMPARE(back->company, company);
    QCOMPARE(back->position, c.position);
    QCOMPARE(back->linkedinUrl, QStringLiteral("https://www.linkedin.com/in/ľubo-š"));
    QCOMPARE(back->notes, c.notes);
    QCOMPARE(back->birthday, c.birthday);
    QCOMPARE(back->connectedOn, c.connectedOn);
    QCOMPARE(back->championStage, ChampionStage::Relationship);
    QCOMPARE(back->cadenceIdealDays, 30);
    QCOMPARE(back->cadenceMaxDays, 60);
    QCOMPARE(back->emails, c.emails);
    QCOMPARE(back->phones, c.phones);
    QCOMPARE(back->urls, c.urls);
    QCOMPARE(back->circles, (QStringList{QStringLiteral("Bratislava"), QStringLiteral("Mentors")}));
    QCOMPARE(back->tags, c.tags);
    QVERIFY(!back->uid.isEmpty());
    // The stored e-mail is normalised for matching, the shown one kept as typed.
    QCOMPARE(db::scalar(*m_db, QStringLiteral("SELECT normalized FROM contact_emails WHERE address='Lubo@Example.com'"))
                 .toString(),
             QStringLiteral("lubo@example.com"));
}

void TestContactStore::refusesNameless()
{
    Contact c;
    auto id = ContactStore(*m_db).add(c);
    QVERIFY(!id);
    QVERIFY(id.error().contains(QLatin1String("name")));
    QCOMPARE(ContactStore(*m_db).count(), 0);
}

void TestContactStore::setFieldRecordsUserEdit()
{
    Contact c;
    c.displayName = QStringLiteral("Jana Nováková");
    ContactStore store(*m_db);
    auto id = store.add(c);
    QVERIFY(id);
    QVERIFY(store.setField(id.value(), QStringLiteral("company"), QStringLiteral("Tatra")));
    QVERIFY(store.setField(id.value(), QStringLiteral("displayName"), QStringLiteral("Jana Kováčová")));
    auto back = store.get(id.value());
    QCOMPARE(back->company, QStringLiteral("Tatra"));
    QVERIFY(back->editedFields.contains(QStringLiteral("company")));
    QVERIFY(back->editedFields.contains(QStringLiteral("displayName")));
    QCOMPARE(db::scalar(*m_db, QStringLiteral("SELECT name_key FROM contacts WHERE id=?"), {id.value()}).toString(),
             QStringLiteral("jana kovacova"));
    QVERIFY(!store.setField(id.value(), QStringLiteral("id; DROP TABLE contacts"), QStringLiteral("x")));
    QCOMPARE(store.count(), 1);
}

void TestContactStore::linkedInUrlIsNormalisedAndUnique()
{
    ContactStore store(*m_db);
    Contact a;
    a.displayName = QStringLiteral("A");
    a.linkedinUrl = QStringLiteral("linkedin.com/in/J%C3%BCrgen-M");
    QVERIFY(store.add(a));
    Contact b;
    b.displayName = QStringLiteral("B");
    b.linkedinUrl = QStringLiteral("https://www.linkedin.com/in/jürgen-m/?trk=x");
    auto second = store.add(b);
    QVERIFY(!second);
    QVERIFY2(second.error().contains(QLatin1String("LinkedIn")), qPrintable(second.error()));
}

void TestContactStore::trashRestoreAndPurge()
{
    ContactStore store(*m_db);
    Contact c;
    c.displayName = QStringLiteral("Temp");
    auto id = store.add(c);
    QVERIFY(id);
    QVERIFY(store.moveToTrash({id.value()}));
    QCOMPARE(store.count(), 0);
    QVERIFY(!store.get(id.value())->deletedAt.isEmpty());
    QVERIFY(store.restoreFromTrash({id.value()}));
    QCOMPARE(store.count(), 1);
    QVERIFY(store.purge({id.value()}));
    QVERIFY(!store.get(id.value()));
    QCOMPARE(db::scalar(*m_db, QStringLiteral("SELECT count(*) FROM sync_tombstones")).toInt(), 1);
}

void TestContactStore::purgeTrashAfterThirtyDays()
{
    ContactStore store(*m_db);
    Clock::setFixed(QDateTime(QDate(2026, 10, 1), QTime(12, 0)));
    Contact old;
    old.displayName = QStringLiteral("Old");
    QVERIFY(store.add(old));
    QVERIFY(store.moveToTrash({old.id}));
    Clock::setFixed(QDateTime(QDate(2026, 10, 20), QTime(12, 0)));
    Contact recent;
    recent.displayName = QStringLiteral("Recent");
    QVERIFY(store.add(recent));
    QVERIFY(store.moveToTrash({recent.id}));
    Clock::setFixed(QDateTime(QDate(2026, 11, 5), QTime(12, 0)));
    auto purged = store.purgeTrashOlderThan(30);
    QVERIFY(purged);
    QCOMPARE(purged.value(), 1);
    QVERIFY(!store.get(old.id));
    QVERIFY(store.get(recent.id));
}

void TestContactStore::writesAnnounceChanges()
{
    QSignalSpy spy(m_db.get(), &db::Database::changed);
    Contact c;
    c.displayName = QStringLiteral("Signal");
    ContactStore store(*m_db);
    QVERIFY(store.add(c));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<db::Entity>(), db::Entity::Contact);
    QVERIFY(store.setArchived({c.id}, true));
    QCOMPARE(spy.count(), 2);
}

void TestContactStore::hugeValuesStoredIntact()
{
    Contact c;
    c.displayName = QString(100'000, QChar(u'Ж'));
    c.notes = QString(10 * 1024 * 1024, QLatin1Char('n'));
    ContactStore store(*m_db);
    QVERIFY(store.add(c));
    auto back = store.get(c.id);
    QCOMPARE(back->displayName.size(), 100'000);
    QCOMPARE(back->notes.size(), 10 * 1024 * 1024);
}

QTEST_GUILESS_MAIN(TestContactStore)
#include "tst_contactstore.moc"
