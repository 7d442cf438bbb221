// CircleListModel, FollowUpListModel and TimelineModel, headless, under QAbstractItemModelTester.
#include "TestDb.h"
#include "model/Conversation.h"
#include "models/CircleListModel.h"
#include "models/FollowUpListModel.h"
#include "models/TimelineModel.h"
#include "store/CircleStore.h"
#include "store/ConversationStore.h"

#include <QAbstractItemModelTester>

using namespace rapport;

class TestDetailModels : public QObject
{
    Q_OBJECT
private slots:
    void circlesCountMembers();
    void timelineAndFollowUpsFollowConversations();
};

void TestDetailModels::circlesCountMembers()
{
    QTemporaryDir dir;
    auto db = test::openTempDb(dir);
    const qint64 a = test::addContact(*db, QStringLiteral("Ann"), QStringLiteral("A"));
    CircleListModel model(*db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    CircleStore circles(*db);
    const qint64 id = circles.ensure(QStringLiteral("Friends")).value();
    QVERIFY(circles.addMembers(id, {a}).isOk());
    QTRY_COMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0).data(CircleListModel::CountRole).toInt(), 1);
    QCOMPARE(model.index(0).data(CircleListModel::NameRole).toString(), QStringLiteral("Friends"));
}

void TestDetailModels::timelineAndFollowUpsFollowConversations()
{
    QTemporaryDir dir;
    auto db = test::openTempDb(dir);
    const qint64 a = test::addContact(*db, QStringLiteral("Ann"), QStringLiteral("A"));
    TimelineModel timeline(*db);
    FollowUpListModel followUps(*db);
    QAbstractItemModelTester t1(&timeline, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(&followUps, QAbstractItemModelTester::FailureReportingMode::QtTest);
    timeline.setContactId(a);
    followUps.setContactId(a);
    QCOMPARE(timeline.rowCount(), 0);
    Conversation c;
    c.contactIds = {a};
    c.happenedAt = QDateTime(QDate(2024, 5, 1), QTime(10, 0));
    c.kind = ConversationKind::Call;
    c.summary = QStringLiteral("Talked about the offsite");
    c.nextStep = QStringLiteral("Send the agenda");
    c.nextStepDue = QDate(2024, 5, 8);
    QVERIFY(ConversationStore(*db).add(c).isOk());
    QTRY_COMPARE(timeline.rowCount(), 1);
    QVERIFY(timeline.index(0).data().toString().contains(QStringLiteral("offsite")));
    QTRY_COMPARE(followUps.rowCount(), 1);
    QCOMPARE(followUps.index(0).data(FollowUpListModel::ReasonRole).toString(), QStringLiteral("Send the agenda"));
}

QTEST_GUILESS_MAIN(TestDetailModels)
#include "tst_detailmodels.moc"
