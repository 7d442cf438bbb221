// InvitationListModel: order, filters and change tracking, headless.
#include "TestDb.h"
#include "models/InvitationListModel.h"
#include "store/InvitationStore.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>

using namespace rapport;
using namespace Qt::StringLiterals;

namespace {

qint64 addInvitation(db::Database& db, const QString& from, const QString& verdict, double score, const QString& sentAt,
                     const QString& status = u"pending"_s, bool incoming = true)
{
    Invitation i;
    i.incoming = incoming;
    i.fromName = from;
    i.message = u"Hello"_s;
    i.verdict = verdict;
    i.score = score;
    i.sentAt = QDateTime::fromString(sentAt, Qt::ISODate);
    i.status = status;
    auto id = InvitationStore(db).add(i);
    if (!id) {
        qFatal("cannot add invitation: %s", qPrintable(id.error()));
    }
    return id.value();
}

QList<qint64> ids(const InvitationListModel& model)
{
    QList<qint64> out;
    for (int row = 0; row < model.rowCount(); ++row) {
        out << model.idAt(row);
    }
    return out;
}

} // namespace

class TestInvitationListModel : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void readsNothingBeforeTheFirstReload();
    void ordersGenuineFirstThenNewest();
    void filtersByStatusAndVerdict();
    void showsVerdictWithScoreAndStatus();
    void reloadsOnceAfterChanges();
    void loadsTenThousandRows();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<db::Database> m_db;
    qint64 m_collectorOld = 0;
    qint64 m_genuine = 0;
    qint64 m_unclear = 0;
    qint64 m_collectorNew = 0;
    qint64 m_untriaged = 0;
    qint64 m_genuineIgnored = 0;
};

void TestInvitationListModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = test::openTempDb(*m_dir);
    m_collectorOld = addInvitation(*m_db, u"Collector Old"_s, u"collector"_s, 0.87, u"2024-03-10T09:00:00"_s);
    m_genuine = addInvitation(*m_db, u"Genuine"_s, u"genuine"_s, 0.1, u"2024-03-01T09:00:00"_s);
    m_unclear = addInvitation(*m_db, u"Unclear"_s, u"unclear"_s, 0.5, u"2024-03-05T09:00:00"_s);
    m_collectorNew = addInvitation(*m_db, u"Collector New"_s, u"collector"_s, 0.95, u"2024-03-12T09:00:00"_s);
    m_untriaged = addInvitation(*m_db, u"Untriaged"_s, QString(), -1, u"2024-03-20T09:00:00"_s);
    m_genuineIgnored =
        addInvitation(*m_db, u"Genuine Ignored"_s, u"genuine"_s, 0.2, u"2024-03-15T09:00:00"_s, u"ignored"_s);
    addInvitation(*m_db, u"Outgoing"_s, u"genuine"_s, 0.1, u"2024-03-16T09:00:00"_s, u"pending"_s, false);
}

void TestInvitationListModel::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestInvitationListModel::readsNothingBeforeTheFirstReload()
{
    InvitationListModel model(*m_db);
    QVERIFY(!model.isLoaded());
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.untriagedPendingCount(), 1);
    model.reload();
    QVERIFY(model.isLoaded());
    QCOMPARE(model.rowCount(), 5);
}

void TestInvitationListModel::ordersGenuineFirstThenNewest()
{
    InvitationListModel model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    QCOMPARE(ids(model), (QList<qint64>{m_genuine, m_unclear, m_untriaged, m_collectorNew, m_collectorOld}));
    QCOMPARE(model.countWithVerdict(u"collector"_s), 2);
    QCOMPARE(model.countWithVerdict(QString()), 1);
    QCOMPARE(model.rowOf(m_collectorOld), 4);
    QCOMPARE(model.rowOf(m_genuineIgnored), -1);
}

void TestInvitationListModel::filtersByStatusAndVerdict()
{
    InvitationListModel model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    model.setScope(InvitationListModel::Scope::All);
    // Within the genuine group, newest first: the ignored one (15 March) before the pending one (1 March).
    QCOMPARE(ids(model),
             (QList<qint64>{m_genuineIgnored, m_genuine, m_unclear, m_untriaged, m_collectorNew, m_collectorOld}));
    model.setVerdictFilter(u"collector"_s);
    QCOMPARE(ids(model), (QList<qint64>{m_collectorNew, m_collectorOld}));
    model.setScope(InvitationListModel::Scope::Pending);
    model.setVerdictFilter(u"genuine"_s);
    QCOMPARE(ids(model), QList<qint64>{m_genuine});
    model.setVerdictFilter(QString());
    QCOMPARE(model.rowCount(), 5);
}

void TestInvitationListModel::showsVerdictWithScoreAndStatus()
{
    QVERIFY(InvitationStore(*m_db).decide(m_collectorOld, u"flag_wrong"_s, u"pending"_s).isOk());
    InvitationListModel model(*m_db);
    model.reload();
    const int row = model.rowOf(m_collectorOld);
    QCOMPARE(model.index(row, InvitationListModel::VerdictColumn).data().toString(), u"Name collector (87%)"_s);
    // Genuine shows how sure it is of being genuine (score 0.1 → 90%); unclear shows no number.
    QCOMPARE(model.index(model.rowOf(m_genuine), InvitationListModel::VerdictColumn).data().toString(),
             u"Genuine (90%)"_s);
    QCOMPARE(model.index(model.rowOf(m_unclear), InvitationListModel::VerdictColumn).data().toString(), u"Unclear"_s);
    QCOMPARE(model.index(row, InvitationListModel::StatusColumn).data().toString(),
             u"Pending, verdict flagged wrong"_s);
    QCOMPARE(model.index(row, InvitationListModel::ReceivedColumn).data().toString(),
             QLocale().toString(QDate(2024, 3, 10), QLocale::ShortFormat));
    QCOMPARE(model.index(row, 0).data(InvitationListModel::VerdictKeyRole).toString(), u"collector"_s);
    QCOMPARE(model.index(row, 0).data(InvitationListModel::DecisionRole).toString(), u"flag_wrong"_s);
    QCOMPARE(model.index(model.rowOf(m_untriaged), InvitationListModel::VerdictColumn).data().toString(),
             u"Not analysed yet"_s);
}

void TestInvitationListModel::reloadsOnceAfterChanges()
{
    InvitationListModel model(*m_db);
    model.reload();
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    InvitationStore store(*m_db);
    QVERIFY(store.decide(m_collectorOld, u"ignored"_s, u"ignored"_s).isOk());
    QVERIFY(store.decide(m_collectorNew, u"ignored"_s, u"ignored"_s).isOk());
    QCOMPARE(model.rowCount(), 5); // not yet: changes are coalesced
    QTRY_COMPARE(model.rowCount(), 3);
    QCOMPARE(resets.count(), 1);
}

void TestInvitationListModel::loadsTenThousandRows()
{
    QVERIFY(m_db->begin());
    for (int i = 0; i < 10000; ++i) {
        addInvitation(*m_db, u"Sender %1"_s.arg(i), i % 3 ? u"collector"_s : u"genuine"_s, (i % 100) / 100.0,
                      QDateTime(QDate(2020, 1, 1), QTime(9, 0)).addSecs(i * 3600LL).toString(Qt::ISODate));
    }
    QVERIFY(m_db->commit());
    InvitationListModel model(*m_db);
    QElapsedTimer timer;
    timer.start();
    model.reload();
    qInfo("10,000 invitations loaded in %lld ms", static_cast<long long>(timer.elapsed()));
    QCOMPARE(model.rowCount(), 10005);
    QCOMPARE(model.index(0, 0).data(InvitationListModel::VerdictKeyRole).toString(), u"genuine"_s);
    QCOMPARE(model.index(10004, 0).data(InvitationListModel::VerdictKeyRole).toString(), u"collector"_s);
}

QTEST_GUILESS_MAIN(TestInvitationListModel)
#include "tst_invitationlistmodel.moc"
