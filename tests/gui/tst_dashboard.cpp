// The dashboard: its numbers counted exactly from a known network, the charts drawn from them, and
// the "Do you know them?" audit driven from the keyboard with undo.
#include "AppContext.h"
#include "TestDb.h"
#include "db/SqlQuery.h"
#include "dialogs/AuditDialog.h"
#include "model/Conversation.h"
#include "reports/DashboardStats.h"
#include "scoring/NetworkAudit.h"
#include "scoring/ScoreTier.h"
#include "services/Session.h"
#include "store/ConversationStore.h"
#include "util/Clock.h"
#include "views/DashboardView.h"
#include "widgets/MessageBar.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QPieSeries>
#include <QPieSlice>
#include <QPushButton>
#include <QStandardPaths>
#include <QTimer>
#include <QUndoStack>

#include <tuple>

using namespace rapport;

namespace {

// A Wednesday: this ISO week began on Monday 3 March, the 52 weeks on Monday 11 March 2024, and
// the 90-day follow-up window on 6 December 2024.
const QDate kToday(2025, 3, 5);

QDateTime at(int year, int month, int day, int hour = 10)
{
    return QDateTime(QDate(year, month, day), QTime(hour, 0));
}

qint64 person(db::Database& db, const QString& name, int connectedDaysAgo = -1)
{
    Contact c;
    c.displayName = name;
    if (connectedDaysAgo >= 0) {
        c.connectedOn = kToday.addDays(-connectedDaysAgo);
    }
    auto id = ContactStore(db).add(c);
    if (!id) {
        qFatal("cannot add a contact: %s", qPrintable(id.error()));
    }
    return id.value();
}

void talk(db::Database& db, const QList<qint64>& contacts, const QDateTime& when, Initiator who, bool twoWay)
{
    Conversation c;
    c.contactIds = contacts;
    c.happenedAt = when;
    c.kind = ConversationKind::Message;
    c.initiatedBy = who;
    c.twoWay = twoWay;
    if (auto id = ConversationStore(db).add(c); !id) {
        qFatal("cannot add a conversation: %s", qPrintable(id.error()));
    }
}

void followUp(db::Database& db, qint64 contact, const QString& due, const QString& status, const QString& doneAt = {},
              const QString& snoozedUntil = {})
{
    static int n = 0;
    const Status s = db::exec(db,
                              QStringLiteral("INSERT INTO followups (uid, contact_id, due_date, status, snoozed_until, "
                                             "done_at, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?)"),
                              {QStringLiteral("fu-%1").arg(++n), contact, due, status, db::nullIfEmpty(snoozedUntil),
                               db::nullIfEmpty(doneAt), Clock::isoNow(), Clock::isoNow()});
    if (!s) {
        qFatal("cannot add a follow-up: %s", qPrintable(s.error()));
    }
}

QList<qint64> queueIds(db::Database& db)
{
    QList<qint64> ids;
    const auto queue = scoring::NetworkAudit(db).queue();
    if (!queue) {
        qFatal("cannot read the audit queue: %s", qPrintable(queue.error()));
    }
    for (const auto& e : queue.value()) {
        ids << e.contactId;
    }
    return ids;
}

QString column(db::Database& db, qint64 contact, const QString& name)
{
    // The column name is one of this file's literals, never input.
    return db::scalar(db, QStringLiteral("SELECT coalesce(%1, '') FROM contacts WHERE id=?").arg(name), {contact})
        .toString();
}

} // namespace

class TestDashboard : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void statsCountWeeksFollowUpsAndReplies();
    void chartsShowTheStats();
    void chartsFollowChangesAndPalette();
    void auditAnswersByKeyAndUndoes();
    void auditFromTheDashboardRefreshesItOnClose();

private:
    db::Database& db() const { return m_session->db(); }
    template <typename T> T* series(const DashboardView& view, const QString& chart, int i = 0) const
    {
        auto* v = view.findChild<QChartView*>(chart);
        return v != nullptr && v->chart()->series().size() > i ? qobject_cast<T*>(v->chart()->series().at(i)) : nullptr;
    }
    /// One bar set's values by category name, read from the chart's category axis.
    static QMap<QString, qreal> bars(const DashboardView& view, const QString& chart, int set)
    {
        QMap<QString, qreal> out;
        auto* v = view.findChild<QChartView*>(chart);
        auto* series = v != nullptr ? qobject_cast<QAbstractBarSeries*>(v->chart()->series().value(0)) : nullptr;
        if (series == nullptr || series->count() <= set) {
            return out;
        }
        for (QAbstractAxis* axis : series->attachedAxes()) {
            if (auto* categories = qobject_cast<QBarCategoryAxis*>(axis)) {
                for (int i = 0; i < categories->count(); ++i) {
                    out.insert(categories->at(i), series->barSets().at(set)->at(i));
                }
            }
        }
        return out;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<QWidget> m_window;
    std::unique_ptr<AppContext> m_context;
    MessageBar* m_bar = nullptr;
    qint64 m_ann = 0, m_ben = 0, m_cy = 0, m_dan = 0, m_eve = 0, m_fay = 0, m_gus = 0, m_hal = 0, m_ivy = 0;
};

void TestDashboard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("RapportTest"));
    QApplication::setApplicationName(QStringLiteral("tst_dashboard"));
    Clock::setFixed(QDateTime(kToday, QTime(12, 0)));
}

void TestDashboard::cleanupTestCase()
{
    Clock::setFixed(QDateTime());
}

void TestDashboard::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto owned = test::openTempDb(*m_dir);
    db::Database& d = *owned;
    m_ann = person(d, QStringLiteral("Ann"), 400);
    m_ben = person(d, QStringLiteral("Ben"), 300);
    m_cy = person(d, QStringLiteral("Cy"));
    m_dan = person(d, QStringLiteral("Dan"), 10);
    m_eve = person(d, QStringLiteral("Eve"), 20);
    m_fay = person(d, QStringLiteral("Fay"), 30);
    m_gus = person(d, QStringLiteral("Gus"), 40);
    m_hal = person(d, QStringLiteral("Hal"), 5);
    m_ivy = person(d, QStringLiteral("Ivy"), 50);

    // Week index = whole weeks since Monday 11 March 2024.
    talk(d, {m_ann}, at(2025, 3, 3), Initiator::Me, true);          // week 51, answered outreach
    talk(d, {m_ann}, at(2025, 2, 23), Initiator::Them, true);       // week 49 (a Sunday)
    talk(d, {m_ann}, at(2024, 3, 11, 9), Initiator::Unknown, true); // week 0, its first day
    talk(d, {m_ann}, at(2024, 3, 10), Initiator::Me, true);         // the day before: out of range
    talk(d, {m_ben}, at(2025, 2, 3), Initiator::Me, true);          // week 47, answered outreach
    talk(d, {m_ben}, at(2025, 3, 2), Initiator::Me, false);         // week 50, never answered
    talk(d, {m_cy}, at(2024, 1, 30), Initiator::Me, false);         // out of range
    talk(d, {m_dan}, at(2025, 2, 28), Initiator::Me, false);        // week 50, never answered
    talk(d, {m_hal}, at(2025, 3, 4), Initiator::Me, false);         // Hal goes to the Trash: not counted
    talk(d, {m_ann, m_hal}, at(2025, 3, 1), Initiator::Them, true); // week 50: Ann is still here
    talk(d, {m_ivy}, at(2025, 3, 4), Initiator::Them, true);        // week 51: archived people still talked

    // Effective due dates between 6 December 2024 and today.
    followUp(d, m_ann, QStringLiteral("2025-02-20"), QStringLiteral("done"), QStringLiteral("2025-02-19T10:00:00"));
    followUp(d, m_ann, QStringLiteral("2025-02-20"), QStringLiteral("done"), QStringLiteral("2025-02-20T18:00:00"));
    followUp(d, m_ben, QStringLiteral("2025-02-10"), QStringLiteral("done"), QStringLiteral("2025-02-12T09:00:00"));
    // Snoozed to the 15th and done on the 14th: on time.
    followUp(d, m_ben, QStringLiteral("2025-02-01"), QStringLiteral("done"), QStringLiteral("2025-02-14T09:00:00"),
             QStringLiteral("2025-02-15"));
    followUp(d, m_ben, QStringLiteral("2024-12-06"), QStringLiteral("done"), QStringLiteral("2024-12-06T08:00:00"));
    followUp(d, m_ann, QStringLiteral("2025-03-01"), QStringLiteral("open")); // overdue
    followUp(d, m_ann, QStringLiteral("2025-03-05"), QStringLiteral("open")); // due today: not late yet
    followUp(d, m_ben, QStringLiteral("2025-02-25"), QStringLiteral("open"), {}, QStringLiteral("2025-03-10"));
    followUp(d, m_ann, QStringLiteral("2024-10-01"), QStringLiteral("done"), QStringLiteral("2025-01-10T10:00:00"));
    followUp(d, m_ben, QStringLiteral("2024-12-05"), QStringLiteral("done"), QStringLiteral("2024-12-04T10:00:00"));
    followUp(d, m_ann, QStringLiteral("2024-11-01"), QStringLiteral("open")); // before the window
    followUp(d, m_ann, QStringLiteral("2025-02-20"), QStringLiteral("cancelled"));
    followUp(d, m_ivy, QStringLiteral("2025-02-27"), QStringLiteral("open")); // archived: on no list
    followUp(d, m_hal, QStringLiteral("2025-02-20"), QStringLiteral("done"), QStringLiteral("2025-02-25T10:00:00"));

    QVERIFY(ContactStore(d).moveToTrash({m_hal}));
    QVERIFY(ContactStore(d).setArchived({m_ivy}, true));

    m_session = std::make_unique<Session>(std::move(owned));
    m_window = std::make_unique<QWidget>();
    m_bar = new MessageBar(m_window.get());
    m_context = std::make_unique<AppContext>(*m_session, m_bar, m_window.get());
}

void TestDashboard::cleanup()
{
    m_context.reset();
    m_window.reset();
    m_session.reset();
    m_dir.reset();
}

void TestDashboard::statsCountWeeksFollowUpsAndReplies()
{
    auto stats = reports::computeDashboardStats(db());
    QVERIFY2(stats, qPrintable(stats.error()));
    const reports::DashboardStats& s = stats.value();
    QCOMPARE(s.today, kToday);
    QCOMPARE(s.weeks.size(), 52);
    QCOMPARE(s.weeks.first().monday, QDate(2024, 3, 11));
    QCOMPARE(s.weeks.last().monday, QDate(2025, 3, 3));
    const QList<std::tuple<int, int, int>> expected{{0, 1, 0}, {47, 1, 0}, {49, 1, 0}, {50, 1, 2}, {51, 2, 0}};
    for (int w = 0; w < s.weeks.size(); ++w) {
        int twoWay = 0;
        int oneWay = 0;
        for (const auto& [week, t, o] : expected) {
            if (week == w) {
                twoWay = t;
                oneWay = o;
            }
        }
        QVERIFY2(s.weeks.at(w).twoWay == twoWay && s.weeks.at(w).oneWay == oneWay,
                 qPrintable(QStringLiteral("week %1: %2 both ways, %3 one way")
                                .arg(w)
                                .arg(s.weeks.at(w).twoWay)
                                .arg(s.weeks.at(w).oneWay)));
    }
    QCOMPARE(s.twoWayTotal(), 6);
    QCOMPARE(s.oneWayTotal(), 2);

    QCOMPARE(s.outreach.started, 4);
    QCOMPARE(s.outreach.answered, 2);
    QCOMPARE(s.outreach.unanswered(), 2);
    QCOMPARE(s.outreach.rate(), 0.5);

    QCOMPARE(s.followUps.onTime, 4);
    QCOMPARE(s.followUps.late, 1);
    QCOMPARE(s.followUps.overdue, 1);

    // Seven contacts are neither archived nor in the Trash; Ann and Ben had two-way conversations.
    QCOMPARE(s.network.contacts, 7);
    QCOMPARE(s.network.realRelationships, 2);
    QCOMPARE(s.network.connectionsOnly, 5);
    QCOMPARE(s.network.layers.size(), 4);
    QCOMPARE(s.network.layers.at(0).count, 2);
    QCOMPARE(s.network.layers.at(1).count, 0);
    int tiered = 0;
    for (const int n : s.network.tierCounts) {
        tiered += n;
    }
    QCOMPARE(tiered, 7);
    QVERIFY(s.network.warnings.isEmpty());
}

void TestDashboard::chartsShowTheStats()
{
    DashboardView view(*m_context);
    view.resize(1000, 1200);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.activated();
    const reports::DashboardStats& s = view.stats();
    QCOMPARE(s.followUps.onTime, 4);

    // Bars are read by their category, not their position (the closest tier is drawn on top).
    const QMap<QString, qreal> tiers = bars(view, QStringLiteral("tiersChart"), 0);
    QCOMPARE(tiers.size(), 5);
    for (const scoring::ScoreTier tier : scoring::allTiers()) {
        QCOMPARE(tiers.value(scoring::tierName(tier), -1), qreal(s.network.tierCounts[int(tier)]));
    }

    const QMap<QString, qreal> filled = bars(view, QStringLiteral("layersChart"), 0);
    const QMap<QString, qreal> open = bars(view, QStringLiteral("layersChart"), 1);
    QCOMPARE(filled.size(), 4);
    for (const int capacity : {5, 15, 50, 150}) {
        const QString layer = QStringLiteral("Closest %1").arg(capacity);
        QCOMPARE(filled.value(layer, -1), 2.0);
        QCOMPARE(open.value(layer, -1), qreal(capacity - 2));
    }
    QVERIFY(view.findChild<QLabel*>(QStringLiteral("dunbarWarnings"))->isHidden());

    auto* twoWay = series<QLineSeries>(view, QStringLiteral("weeksChart"), 0);
    auto* oneWay = series<QLineSeries>(view, QStringLiteral("weeksChart"), 1);
    QVERIFY(twoWay && oneWay);
    QCOMPARE(twoWay->count(), 52);
    QCOMPARE(twoWay->at(51).y(), 2.0);
    QCOMPARE(twoWay->at(0).y(), 1.0);
    QCOMPARE(oneWay->at(50).y(), 2.0);
    QCOMPARE(oneWay->at(51).y(), 0.0);

    auto* followUps = series<QPieSeries>(view, QStringLiteral("followUpsChart"));
    QVERIFY(followUps);
    QCOMPARE(followUps->count(), 3);
    QCOMPARE(followUps->slices().at(0)->value(), 4.0);
    QCOMPARE(followUps->slices().at(1)->value(), 1.0);
    QCOMPARE(followUps->slices().at(2)->value(), 1.0);

    QCOMPARE(view.findChild<QLabel*>(QStringLiteral("replyRate"))->text(), QStringLiteral("50%"));
    QVERIFY(
        view.findChild<QLabel*>(QStringLiteral("replyRateCaption"))->text().startsWith(QStringLiteral("2 of the 4")));

    // Every chart has a name and says its numbers in words, to the eye and to a screen reader.
    for (const QString& name : {QStringLiteral("tiersChart"), QStringLiteral("layersChart"),
                                QStringLiteral("weeksChart"), QStringLiteral("followUpsChart")}) {
        auto* chart = view.findChild<QChartView*>(name);
        QVERIFY(chart);
        QVERIFY(!chart->accessibleName().isEmpty());
        const QString caption = view.findChild<QLabel*>(name + QStringLiteral("Caption"))->text();
        QVERIFY2(!caption.isEmpty(), qPrintable(name));
        QCOMPARE(chart->accessibleDescription(), caption);
    }
    QVERIFY(view.findChild<QLabel*>(QStringLiteral("followUpsChartCaption"))
                ->text()
                .contains(QStringLiteral("4 done on time, 1 done late, 1 still overdue")));
    QVERIFY(view.findChild<QLabel*>(QStringLiteral("layersChartCaption"))->text().contains(QStringLiteral("2 of 5")));
    QVERIFY(view.findChild<QLabel*>(QStringLiteral("dashboardHeadline"))
                ->text()
                .startsWith(QStringLiteral("2 real relationships among 7 contacts")));
    QVERIFY(view.viewActions().contains(view.auditAction()));
}

void TestDashboard::chartsFollowChangesAndPalette()
{
    DashboardView view(*m_context);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.activated();
    QCOMPARE(series<QLineSeries>(view, QStringLiteral("weeksChart"))->at(51).y(), 2.0);

    talk(db(), {m_ben}, at(2025, 3, 5, 9), Initiator::Me, true);
    QTRY_COMPARE(series<QLineSeries>(view, QStringLiteral("weeksChart"))->at(51).y(), 3.0);
    QCOMPARE(view.stats().outreach.started, 5);

    QPalette dark = view.palette();
    dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::Base, QColor(0x18, 0x18, 0x18));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    view.setPalette(dark);
    QTRY_COMPARE(view.findChild<QChartView*>(QStringLiteral("tiersChart"))->chart()->theme(), QChart::ChartThemeDark);
    QPalette light = dark;
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Text, Qt::black);
    view.setPalette(light);
    QTRY_COMPARE(view.findChild<QChartView*>(QStringLiteral("tiersChart"))->chart()->theme(), QChart::ChartThemeLight);
}

void TestDashboard::auditAnswersByKeyAndUndoes()
{
    QUndoStack* undo = m_session->undoStack();
    AuditDialog dialog(*m_context);
    dialog.show();
    dialog.activateWindow();
    QTRY_COMPARE(QApplication::activeWindow(), &dialog);
    auto* progress = dialog.findChild<QLabel*>(QStringLiteral("auditProgress"));

    // Most recently connected first, the one without a date last; talked-to and archived never.
    QCOMPARE(queueIds(db()), (QList<qint64>{m_dan, m_eve, m_fay, m_gus, m_cy}));
    QCOMPARE(dialog.total(), 5);
    QCOMPARE(dialog.currentContactId(), m_dan);
    QCOMPARE(progress->text(), QStringLiteral("1 of 5"));
    QCOMPARE(dialog.findChild<QLabel*>(QStringLiteral("auditName"))->text(), QStringLiteral("Dan"));
    QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("auditFlags"))->text().contains(QStringLiteral("never got")));
    QVERIFY(dialog.findChild<QPushButton*>(QStringLiteral("keepButton"))->text().contains(QStringLiteral("(K)")));

    QTest::keyClick(&dialog, Qt::Key_K);
    QCOMPARE(dialog.currentContactId(), m_eve);
    QCOMPARE(progress->text(), QStringLiteral("2 of 5"));
    QVERIFY(!queueIds(db()).contains(m_dan));
    QCOMPARE(undo->count(), 1);

    QTest::keyClick(&dialog, Qt::Key_A);
    QCOMPARE(dialog.currentContactId(), m_fay);
    QCOMPARE(column(db(), m_eve, QStringLiteral("archived")), QStringLiteral("1"));

    // C opens the form; Esc only closes the form, not the dialog.
    QTest::keyClick(&dialog, Qt::Key_C);
    QVERIFY(dialog.isGivingContext());
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QVERIFY(!dialog.isGivingContext());
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.currentContactId(), m_fay);

    QTest::keyClick(&dialog, Qt::Key_C);
    QVERIFY(dialog.isGivingContext());
    auto* position = dialog.findChild<QLineEdit*>(QStringLiteral("contextPosition"));
    auto* howMet = dialog.findChild<QLineEdit*>(QStringLiteral("contextHowMet"));
    QTest::keyClicks(position, QStringLiteral("Engineer"));
    QTest::keyClicks(howMet, QStringLiteral("Met at FOSDEM, a talk on Qt"));
    QCOMPARE(howMet->text(), QStringLiteral("Met at FOSDEM, a talk on Qt")); // letters typed, not answered
    QCOMPARE(dialog.currentContactId(), m_fay);
    QTest::keyClick(howMet, Qt::Key_Return);
    QVERIFY(!dialog.isGivingContext());
    QCOMPARE(dialog.currentContactId(), m_gus);
    QCOMPARE(column(db(), m_fay, QStringLiteral("how_met")), QStringLiteral("Met at FOSDEM, a talk on Qt"));
    QCOMPARE(column(db(), m_fay, QStringLiteral("position")), QStringLiteral("Engineer"));

    QTest::keyClick(&dialog, Qt::Key_D);
    QCOMPARE(dialog.currentContactId(), m_cy);
    QCOMPARE(progress->text(), QStringLiteral("5 of 5"));
    QVERIFY(!column(db(), m_gus, QStringLiteral("deleted_at")).isEmpty());
    QCOMPARE(undo->count(), 4);

    // Backspace takes back the delete: Gus is out of the Trash and asked about again.
    QTest::keyClick(&dialog, Qt::Key_Backspace);
    QCOMPARE(dialog.currentContactId(), m_gus);
    QCOMPARE(progress->text(), QStringLiteral("4 of 5"));
    QVERIFY(column(db(), m_gus, QStringLiteral("deleted_at")).isEmpty());

    // Ctrl+Z takes back the context.
    QTest::keyClick(&dialog, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(dialog.currentContactId(), m_fay);
    QCOMPARE(progress->text(), QStringLiteral("3 of 5"));
    QCOMPARE(column(db(), m_fay, QStringLiteral("how_met")), QString());
    QCOMPARE(column(db(), m_fay, QStringLiteral("position")), QString());
    QVERIFY(queueIds(db()).contains(m_fay));
    QCOMPARE(column(db(), m_eve, QStringLiteral("archived")), QStringLiteral("1")); // only the last two
    QCOMPARE(undo->index(), 2);

    // The Delete key deletes too, and the answer stays undoable after the dialog is closed.
    QTest::keyClick(&dialog, Qt::Key_Delete);
    QCOMPARE(dialog.currentContactId(), m_gus);
    QVERIFY(!column(db(), m_fay, QStringLiteral("deleted_at")).isEmpty());
    QCOMPARE(dialog.answeredCount(), 3);
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    undo->undo();
    QVERIFY(column(db(), m_fay, QStringLiteral("deleted_at")).isEmpty());
}

void TestDashboard::auditFromTheDashboardRefreshesItOnClose()
{
    DashboardView view(*m_context);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.activated();
    QCOMPARE(view.stats().network.contacts, 7);

    bool answered = false;
    auto* timer = new QTimer(&view);
    connect(timer, &QTimer::timeout, timer, [timer, &answered] {
        auto* dialog = qobject_cast<AuditDialog*>(QApplication::activeModalWidget());
        if (dialog == nullptr) {
            return;
        }
        dialog->activateWindow();
        if (QApplication::activeWindow() != dialog) {
            return; // keys only reach the dialog's shortcuts once it is the active window
        }
        timer->stop();
        QTest::keyClick(dialog, Qt::Key_A);
        answered = dialog->answeredCount() == 1;
        QTest::keyClick(dialog, Qt::Key_Escape);
    });
    timer->start(10);
    view.auditAction()->trigger(); // returns when the dialog closes
    QVERIFY(answered);
    QCOMPARE(column(db(), m_dan, QStringLiteral("archived")), QStringLiteral("1"));
    QCOMPARE(view.stats().network.contacts, 6);
    m_window->show(); // the message bar reports its text only while it can be seen
    QVERIFY(m_bar->text().contains(QStringLiteral("archived 1")));
}

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
