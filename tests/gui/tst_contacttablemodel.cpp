// ContactTableModel: paging, filters and change tracking, headless.
#include "TestDb.h"
#include "models/ContactTableModel.h"
#include "store/CircleStore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace rapport;

class TestContactTableModel : public QObject
{
    Q_OBJECT
private slots:
    void fetchesPageByPage();
    void searchFiltersWithPrefixes();
    void circleFilterShowsMembersOnly();
    void reloadsOnceAfterChanges();
};

void TestContactTableModel::fetchesPageByPage()
{
    QTemporaryDir dir;
    auto db = test::openTempDb(dir);
    db->begin();
    for (int i = 0; i < 600; ++i) {
        test::addContact(*db, QStringLiteral("Person%1").arg(i, 4, 10, QLatin1Char('0')), QStringLiteral("Test"));
    }
    QVERIFY(db->commit());
    ContactTableModel model(*db);
    QCOMPARE(model.totalCount(), 600);
    QCOMPARE(model.rowCount(), ContactTableModel::pageSize);
    QVERIFY(model.canFetchMore({}));
    // The tester fetches everything it can while checking the model.
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    while (model.canFetchMore({})) {
        model.fetchMore({});
    }
    QCOMPARE(model.rowCount(), 600);
    QCOMPARE(model.index(0, ContactTableModel::Name).data().toString(), QStringLiteral("Person0000 Test"));
}

void TestContactTableModel::searchFiltersWithPrefixes()
{
    QTemporaryDir dir;
    auto db = test::openTempDb(dir);
    test::addContact(*db, QStringLiteral("Jana"), QStringLiteral("Kováčová"), QStringLiteral("Acme"));
    test::addContact(*db, QStringLiteral("Peter"), QStringLiteral("Novak"), QStringLiteral("Globex"));
    ContactTableModel model(*db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ContactFilter f;
    f.search = QStringLiteral("kova");
    model.setFilter(f);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Jana Kováčová"));
    f.search = QStringLiteral("glob");
    model.setFilter(f);
    QCOMPARE(model.rowCount(), 1);
    f.search.clear();
    f.company = QStringLiteral("acme");
    model.setFilter(f);
    QCOMPARE(model.rowCount(), 1);
}

void TestContactTableModel::circleFilterShowsMembersOnly()
{
    QTemporaryDir dir;
    auto db = test::openTempDb(dir);
    const qint64 a = test::addContact(*db, QStringLiteral("Ann"), QStringLiteral("A"));
    test::addContact(*db, QStringLiteral("Bob"), QStringLiteral("B"));
    CircleStore circles(*db);
    const qint64 circle = circles.ensure(QStringLiteral("Berlin")).value();
    QVERIFY(circles.addMembers(circle, {a}).isOk());
    ContactTableModel model(*db);
    ContactFilter f;
    f.circleId = circle;
    model.setFilter(f);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.idAt(0), a);
}

void TestContactTableModel::reloadsOnceAfterChanges()
{
    QTemporaryDir dir;
    auto db = test::openTempDb(dir);
    test::addContact(*db, QStringLiteral("Ann"), QStringLiteral("A"));
    ContactTableModel model(*db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    db->notifyChanged(db::Entity::Conversation);
    db->notifyChanged(db::Entity::FollowUp);
    db->notifyChanged(db::Entity::Everything);
    QTRY_COMPARE(resets.size(), 1);
    QTest::qWait(20);
    QCOMPARE(resets.size(), 1);
}

QTEST_GUILESS_MAIN(TestContactTableModel)
#include "tst_contacttablemodel.moc"
