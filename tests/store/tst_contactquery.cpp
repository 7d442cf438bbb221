// The SQL-side contact list: search, filters, sorting, paging; and its table model.
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "models/ContactTableModel.h"
#include "store/CircleStore.h"
#include "store/ContactQuery.h"
#include "store/ContactStore.h"
#include "store/ConversationStore.h"
#include "store/FollowUpStore.h"
#include "util/Clock.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

using namespace rapport;

class TestContactQuery : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void searchMatchesPrefixesWithoutAccents_data();
    void searchMatchesPrefixesWithoutAccents();
    void searchTextIsNeverFtsSyntax();
    void filtersCombine();
    void pagingCoversEveryRowOnce();
    void modelFetchesLazilyAndPassesTester();
    void modelFollowsDatabaseChanges();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<db::Database> m_db;
    qint64 m_mentors = 0;
};

void TestContactQuery::initTestCase()
{
    Clock::setFixed(QDateTime(QDate(2026, 11, 23), QTime(8, 0)));
    auto db = db::Database::open(m_dir.filePath(QStringLiteral("q.sqlite")));
    QVERIFY(db);
    m_db = std::move(db).value();
    ContactStore store(*m_db);
    struct Row
    {
        const char16_t* name;
        const char16_t* company;
        const char16_t* position;
        const char16_t* notes;
    };
    const Row rows[] = {
        {u"Katarína Kováčová", u"Tatra Analytics", u"Data Engineer", u"Met at PyCon"},
        {u"Jürgen Weiß", u"Fjord Energy", u"CFO", u""},
        {u"王伟", u"华为", u"工程师", u""},
        {u"Amara Okafor", u"Tatra Analytics", u"Product Manager", u"loves kayaking"},
        {u"Zuzana Kováčová", u"Kestrel Robotics", u"Recruiter", u""},
    };
    for (const Row& r : rows) {
        Contact c;
        c.displayName = QString::fromUtf16(r.name);
        c.company = QString::fromUtf16(r.company);
        c.position = QString::fromUtf16(r.position);
        c.notes = QString::fromUtf16(r.notes);
        QVERIFY(store.add(c));
    }
    // Many more for paging.
    for (int i = 0; i < 700; ++i) {
        Contact c;
        c.displayName = QStringLiteral("Filler %1").arg(i, 4, 10, QLatin1Char('0'));
        QVERIFY(store.add(c));
    }
    auto circle = CircleStore(*m_db).ensure(QStringLiteral("Mentors"));
    QVERIFY(circle);
    m_mentors = circle.value();
    QVERIFY(CircleStore(*m_db).addMembers(m_mentors, {1, 2}));
    Conversation talk;
    talk.contactIds = {1};
    talk.happenedAt = Clock::now().addDays(-3);
    QVERIFY(ConversationStore(*m_db).add(talk));
    FollowUp late;
    late.contactId = 2;
    late.due = QDate(2026, 11, 1);
    QVERIFY(FollowUpStore(*m_db).add(late));
}

void TestContactQuery::cleanupTestCase()
{
    m_db.reset();
    Clock::setFixed({});
}

void TestContactQuery::searchMatchesPrefixesWithoutAccents_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expected");
    QTest::addRow("accent-free prefix") << QStringLiteral("kovac") << 2;
    QTest::addRow("two words") << QStringLiteral("kovac tatra") << 1;
    QTest::addRow("company") << QStringLiteral("Tatra") << 2;
    QTest::addRow("position") << QStringLiteral("recruit") << 1;
    QTest::addRow("notes") << QStringLiteral("kayak") << 1;
    QTest::addRow("sharp s") << QStringLiteral("Weiß") << 1;
    QTest::addRow("chinese") << QStringLiteral("王伟") << 1;
    QTest::addRow("nothing") << QStringLiteral("zzzz") << 0;
}

void TestContactQuery::searchMatchesPrefixesWithoutAccents()
{
    QFETCH(QString, text);
    QFETCH(int, expected);
    ContactFilter f;
    f.search = text;
    auto n = ContactQuery(*m_db).count(f);
    QVERIFY2(n, qPrintable(n.error()));
    QCOMPARE(n.value(), expected);
}

void TestContactQuery::searchTextIsNeverFtsSyntax()
{
    const QStringList hostile = {QStringLiteral("\"unbalanced"),
                                 QStringLiteral("a OR b NOT c"),
                                 QStringLiteral("NEAR(a b)"),
                                 QStringLiteral("*"),
                                 QStringLiteral("col:val"),
                                 QStringLiteral("'; DROP TABLE contacts; --"),
                                 QStringLiteral("^x")};
    for (const QString& s : hostile) {
        ContactFilter f;
        f.search = s;
        auto n = ContactQuery(*m_db).count(f);
        QVERIFY2(n, qPrintable(s + QStringLiteral(": ") + n.error()));
    }
    QCOMPARE(ContactStore(*m_db).count(), 705);
}

void TestContactQuery::filtersCombine()
{
    ContactQuery q(*m_db);
    ContactFilter f;
    f.circleId = m_mentors;
    QCOMPARE(q.count(f).value(), 2);
    f.neverTalked = true;
    QCOMPARE(q.count(f).value(), 1);
    ContactFilter o;
    o.overdue = true;
    QCOMPARE(q.count(o).value(), 1);
    ContactFilter c;
    c.company = QStringLiteral("tatra analytics");
    QCOMPARE(q.count(c).value(), 2);
}

void TestContactQuery::pagingCoversEveryRowOnce()
{
    ContactQuery q(*m_db);
    ContactFilter f;
    f.sort = ContactFilter::Sort::Name;
    QSet<qint64> seen;
    for (int offset = 0; offset < 800; offset += 100) {
        auto page = q.page(f, offset, 100);
        QVERIFY(page);
        for (const auto& s : page.value()) {
            QVERIFY(!seen.contains(s.id));
            seen.insert(s.id);
        }
    }
    QCOMPARE(seen.size(), 705);
    auto first = q.page(f, 0, 1);
    QCOMPARE(first->first().displayName, QStringLiteral("Amara Okafor"));
}

void TestContactQuery::modelFetchesLazilyAndPassesTester()
{
    {
        // Only the first page is read until a view asks for more.
        ContactTableModel lazy(*m_db);
        QCOMPARE(lazy.totalCount(), 705);
        QCOMPARE(lazy.rowCount(), ContactTableModel::pageSize);
        QVERIFY(lazy.canFetchMore({}));
        lazy.fetchMore({});
        QCOMPARE(lazy.rowCount(), 2 * ContactTableModel::pageSize);
    }
    ContactTableModel model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    while (model.canFetchMore({})) {
        model.fetchMore({});
    }
    QCOMPARE(model.rowCount(), 705);
    model.sort(ContactTableModel::Company, Qt::DescendingOrder);
    QCOMPARE(model.index(0, ContactTableModel::Company).data().toString(), QStringLiteral("华为"));
    ContactFilter f;
    f.search = QStringLiteral("kovac");
    model.setFilter(f);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, ContactTableModel::LastConversation).data().toString().isEmpty(), false);
}

void TestContactQuery::modelFollowsDatabaseChanges()
{
    ContactTableModel model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ContactFilter f;
    f.search = QStringLiteral("Okafor");
    model.setFilter(f);
    QCOMPARE(model.rowCount(), 1);
    const qint64 id = model.idAt(0);
    QVERIFY(ContactStore(*m_db).setField(id, QStringLiteral("position"), QStringLiteral("VP Product")));
    QTRY_COMPARE(model.index(0, ContactTableModel::Position).data().toString(), QStringLiteral("VP Product"));
    Contact c;
    c.displayName = QStringLiteral("Ngozi Okafor");
    QVERIFY(ContactStore(*m_db).add(c));
    // Reloads after writes may be coalesced and run from the event loop.
    QTRY_COMPARE(model.rowCount(), 2);
    QVERIFY(ContactStore(*m_db).moveToTrash({c.id}));
    QTRY_COMPARE(model.rowCount(), 1);
}

QTEST_GUILESS_MAIN(TestContactQuery)
#include "tst_contactquery.moc"
