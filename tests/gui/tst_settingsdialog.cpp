// Settings: the score's weights are visible and adjustable (and can be reset), cadence defaults
// per tier are saved, and saving announces the change so scores and views follow.
#include "TestDb.h"
#include "followups/CadencePolicy.h"
#include "scoring/ScoringService.h"
#include "settings/SettingsDialog.h"

#include <QDoubleSpinBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>

using namespace rapport;

class TestSettingsDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void weightsAreShownSavedAndReset();
};

void TestSettingsDialog::weightsAreShownSavedAndReset()
{
    QTemporaryDir dir;
    auto db = test::openTempDb(dir);
    SettingsDialog dialog(*db);
    QStringList tabs;
    for (int i = 0; i < dialog.tabs()->count(); ++i) {
        tabs << dialog.tabs()->tabText(i).remove(QLatin1Char('&'));
    }
    QVERIFY2(tabs.contains(QStringLiteral("Scoring")), qPrintable(tabs.join(u',')));
    // Every knob of the score is on the page with its current value.
    const scoring::ScoreWeights defaults;
    for (const scoring::ScoreWeights::Field& f : scoring::ScoreWeights::fields()) {
        auto* box = dialog.findChild<QDoubleSpinBox*>(QStringLiteral("weight.") + f.key);
        QVERIFY2(box, qPrintable(f.key));
        QCOMPARE(box->value(), defaults.*(f.member));
        QVERIFY(!box->accessibleName().isEmpty());
    }
    auto* recency = dialog.findChild<QDoubleSpinBox*>(QStringLiteral("weight.recency"));
    recency->setValue(3);
    QSignalSpy changed(db.get(), &db::Database::changed);
    QVERIFY(dialog.save());
    QCOMPARE(scoring::ScoringService(*db).weights().recency, 3.0);
    QVERIFY(!changed.isEmpty());
    QCOMPARE(changed.last().first().value<db::Entity>(), db::Entity::Settings);

    // A new dialog shows the saved value; Restore Defaults puts the defaults back when saved.
    SettingsDialog again(*db);
    auto* recency2 = again.findChild<QDoubleSpinBox*>(QStringLiteral("weight.recency"));
    QCOMPARE(recency2->value(), 3.0);
    again.findChild<QPushButton*>(QStringLiteral("weightDefaults"))->click();
    QCOMPARE(recency2->value(), defaults.recency);
    QVERIFY(again.save());
    QCOMPARE(scoring::ScoringService(*db).weights(), defaults);
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
