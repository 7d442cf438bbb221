// CadencePolicy and evaluateCadence: when a keep-in-touch reminder is due and overdue, which
// cadence applies to a contact, and the editable per-tier defaults.
#include "TestNetwork.h"
#include "followups/CadencePolicy.h"
#include "store/SettingsStore.h"

#include <QTest>

using namespace rapport;
using namespace rapport::followups;

class TestCadencePolicy : public QObject
{
    Q_OBJECT
private slots:
    void evaluatesDueAndOverdue_data();
    void evaluatesDueAndOverdue();
    void noCadenceIsNeverDue();
    void resolvesContactOverTier_data();
    void resolvesContactOverTier();
    void builtInDefaultsMatchTheTiers();
    void storedDefaultsOverrideBuiltIns();
    void refusesInvalidDefaults();
    void corruptStoredDefaultsFallBack();
};

using State = CadenceStatus::State;
Q_DECLARE_METATYPE(CadenceStatus::State)

void TestCadencePolicy::evaluatesDueAndOverdue_data()
{
    QTest::addColumn<int>("ideal");
    QTest::addColumn<int>("max");
    QTest::addColumn<int>("daysSince");
    QTest::addColumn<State>("expected");

    QTest::newRow("champion, a week after") << 30 << 60 << 7 << State::NotYet;
    QTest::newRow("champion, day before ideal") << 30 << 60 << 29 << State::NotYet;
    QTest::newRow("champion, at ideal") << 30 << 60 << 30 << State::Due;
    QTest::newRow("champion, between") << 30 << 60 << 59 << State::Due;
    QTest::newRow("champion, at max") << 30 << 60 << 60 << State::Overdue;
    QTest::newRow("champion, long past max") << 30 << 60 << 400 << State::Overdue;
    QTest::newRow("dormant, half a year") << 180 << 365 << 180 << State::Due;
    QTest::newRow("dormant, a year") << 180 << 365 << 365 << State::Overdue;
    QTest::newRow("max shorter than ideal counts as ideal") << 30 << 10 << 30 << State::Overdue;
    QTest::newRow("max unset: overdue at ideal") << 30 << 0 << 30 << State::Overdue;
    QTest::newRow("same day") << 30 << 60 << 0 << State::NotYet;
}

void TestCadencePolicy::evaluatesDueAndOverdue()
{
    QFETCH(int, ideal);
    QFETCH(int, max);
    QFETCH(int, daysSince);
    QFETCH(State, expected);
    const QDate anchor(2026, 2, 27); // across the end of February on purpose
    const QDate day = anchor.addDays(daysSince);
    const CadenceStatus s = evaluateCadence({ideal, max}, anchor, day);
    QCOMPARE(s.state, expected);
    QCOMPARE(s.daysSince, daysSince);
    QCOMPARE(s.dueOn, anchor.addDays(ideal));
    QCOMPARE(s.overdueOn, anchor.addDays(std::max(ideal, max)));
}

void TestCadencePolicy::noCadenceIsNeverDue()
{
    QCOMPARE(evaluateCadence({0, 0}, QDate(2020, 1, 1), QDate(2026, 1, 1)).state, State::None);
    QCOMPARE(evaluateCadence({30, 60}, QDate(), QDate(2026, 1, 1)).state, State::None);
}

void TestCadencePolicy::resolvesContactOverTier_data()
{
    QTest::addColumn<QString>("tier");
    QTest::addColumn<int>("ownIdeal");
    QTest::addColumn<int>("ownMax");
    QTest::addColumn<int>("ideal");
    QTest::addColumn<int>("max");

    QTest::newRow("tier default") << "inner" << 0 << 0 << 45 << 90;
    QTest::newRow("own both") << "inner" << 10 << 20 << 10 << 20;
    QTest::newRow("own ideal keeps the tier's ratio") << "active" << 60 << 0 << 60 << 120;
    QTest::newRow("own max only") << "champion" << 0 << 20 << 20 << 20;
    QTest::newRow("collected has none") << "collected" << 0 << 0 << 0 << 0;
    QTest::newRow("collected with own cadence") << "collected" << 90 << 0 << 90 << 180;
    QTest::newRow("not scored yet has none") << "" << 0 << 0 << 0 << 0;
    QTest::newRow("not scored, own max only") << "" << 0 << 40 << 20 << 40;
    QTest::newRow("unknown tier") << "vip" << 0 << 0 << 0 << 0;
}

void TestCadencePolicy::resolvesContactOverTier()
{
    QFETCH(QString, tier);
    QFETCH(int, ownIdeal);
    QFETCH(int, ownMax);
    QFETCH(int, ideal);
    QFETCH(int, max);
    const CadencePolicy policy(CadencePolicy::builtInDefaults());
    const Cadence c = policy.resolve(tier, ownIdeal, ownMax);
    QCOMPARE(c.idealDays, ideal);
    QCOMPARE(c.maxDays, max);
}

void TestCadencePolicy::builtInDefaultsMatchTheTiers()
{
    const auto d = CadencePolicy::builtInDefaults();
    for (const QString& tier : CadencePolicy::tierKeys()) {
        QVERIFY2(d.contains(tier), qPrintable(tier));
        QVERIFY(CadencePolicy::validate(d.value(tier)));
        QVERIFY(!CadencePolicy::tierName(tier).isEmpty());
    }
    QCOMPARE(d.value(QStringLiteral("champion")), (Cadence{30, 60}));
    QVERIFY(!d.value(QStringLiteral("collected")).isSet());
}

void TestCadencePolicy::storedDefaultsOverrideBuiltIns()
{
    testing::TestDb t;
    QVERIFY(t.isOpen());
    CadencePolicy policy(t.db());
    QCOMPARE(policy.defaultFor(QStringLiteral("inner")), (Cadence{45, 90}));
    QVERIFY(policy.setDefaults(t.db(), {{QStringLiteral("inner"), {21, 42}}}));
    QCOMPARE(policy.defaultFor(QStringLiteral("inner")), (Cadence{21, 42}));

    const CadencePolicy reread(t.db());
    QCOMPARE(reread.defaultFor(QStringLiteral("inner")), (Cadence{21, 42}));
    QCOMPARE(reread.defaultFor(QStringLiteral("champion")), (Cadence{30, 60}));
    const QJsonObject stored = SettingsStore(t.db()).json(CadencePolicy::settingsKey());
    QCOMPARE(stored.value(QStringLiteral("inner")).toObject().value(QStringLiteral("ideal")).toInt(), 21);

    CadencePolicy reset(t.db());
    QVERIFY(reset.resetToBuiltIn(t.db()));
    QCOMPARE(CadencePolicy(t.db()).defaultFor(QStringLiteral("inner")), (Cadence{45, 90}));
}

void TestCadencePolicy::refusesInvalidDefaults()
{
    testing::TestDb t;
    QVERIFY(t.isOpen());
    CadencePolicy policy(t.db());
    QVERIFY(!policy.setDefaults(t.db(), {{QStringLiteral("inner"), {60, 30}}}));
    QVERIFY(!policy.setDefaults(t.db(), {{QStringLiteral("inner"), {-1, 30}}}));
    QVERIFY(!policy.setDefaults(t.db(), {{QStringLiteral("nobody"), {10, 20}}}));
    QCOMPARE(policy.defaultFor(QStringLiteral("inner")), (Cadence{45, 90}));
}

void TestCadencePolicy::corruptStoredDefaultsFallBack()
{
    testing::TestDb t;
    QVERIFY(t.isOpen());
    SettingsStore settings(t.db());
    QVERIFY(settings.setValue(CadencePolicy::settingsKey(), QStringLiteral("{not json")));
    QCOMPARE(CadencePolicy(t.db()).defaultFor(QStringLiteral("active")), (Cadence{90, 180}));
    QVERIFY(
        settings.setValue(CadencePolicy::settingsKey(),
                          QStringLiteral(R"({"active":{"ideal":100,"max":10},"dormant":{"ideal":200,"max":400}})")));
    const CadencePolicy p(t.db());
    QCOMPARE(p.defaultFor(QStringLiteral("active")), (Cadence{90, 180})); // invalid entry ignored
    QCOMPARE(p.defaultFor(QStringLiteral("dormant")), (Cadence{200, 400}));
}

QTEST_GUILESS_MAIN(TestCadencePolicy)
#include "tst_cadencepolicy.moc"
