// Today, This week and Champions driven through the main window: what is listed, done, snoozed
// and promoted from the keyboard, each step undoable; the weekly list previewed, saved as PDF and
// exported as iCalendar.
#include "GuiTestHelpers.h"
#include "MainWindow.h"
#include "TestDb.h"
#include "db/SqlQuery.h"
#include "dialogs/WriteNoteDialog.h"
#include "model/Conversation.h"
#include "model/FollowUp.h"
#include "models/PlanItemModel.h"
#include "navigation/NavigationPane.h"
#include "services/Session.h"
#include "store/ConversationStore.h"
#include "store/FollowUpStore.h"
#include "util/Clock.h"
#include "views/ChampionsView.h"
#include "views/PlanView.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>

using namespace rapport;

namespace {

// Monday of ISO week 2026-W48.
const QDate kToday(2026, 11, 23);

QStringList names(const PlanItemModel* model)
{
    QStringList out;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (const auto* item = model->itemAt(row)) {
            out << item->contactName;
        }
    }
    out.sort();
    return out;
}

QStringList headings(const PlanItemModel* model)
{
    QStringList out;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(PlanItemModel::HeadingRole).toBool()) {
            out << model->index(row, 0).data().toString();
        }
    }
    return out;
}

QString followUpStatus(db::Database& db, qint64 id)
{
    return db::scalar(db, QStringLiteral("SELECT status FROM followups WHERE id = ?"), {id}).toString();
}

} // namespace

class TestPlanViews : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void todayListsWhatIsDueAndMarksDoneWithUndo();
    void bulkSnoozeIsOneUndoStep();
    void weekGroupsByDayAndPriority();
    void weekExportsPdfAndCalendar();
    void printPreviewShowsPages();
    void championsPromoteAndUndo();

private:
    PlanView* today() const { return m_window->view<PlanView>(QStringLiteral("today")); }
    PlanView* week() const { return m_window->view<PlanView>(QStringLiteral("week")); }
    void show(const QString& id)
    {
        QVERIFY(m_window->navigation()->setCurrentView(id));
        m_window->activateWindow();
        QTRY_COMPARE(QApplication::activeWindow(), m_window.get());
    }
    qint64 addFollowUp(qint64 contact, const QDate& due, const QString& reason)
    {
        FollowUp f;
        f.contactId = contact;
        f.due = due;
        f.reason = reason;
        auto id = FollowUpStore(m_window->session().db()).add(f);
        return id ? id.value() : 0;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_ada = 0, m_bob = 0, m_cyd = 0, m_dan = 0;
    qint64 m_fuAda = 0, m_fuBob = 0, m_fuCyd = 0;
};

void TestPlanViews::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("RapportTest"));
    QApplication::setApplicationName(QStringLiteral("tst_planviews"));
    Clock::setFixed(QDateTime(kToday, QTime(8, 30)));
}

void TestPlanViews::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = test::openTempDb(*m_dir);
    m_ada = test::addContact(*db, QStringLiteral("Ada"), QStringLiteral("Lovelace"), QStringLiteral("Analytical"),
                             QStringLiteral("ada@example.org"));
    m_bob = test::addContact(*db, QStringLiteral("Bob"), QStringLiteral("<b>Builder</b>"), QStringLiteral("Acme"));
    m_cyd = test::addContact(*db, QStringLiteral("Cyd"), QStringLiteral("Charisse"), QStringLiteral("MGM"));
    m_dan = test::addContact(*db, QStringLiteral("Dan"), QStringLiteral("Dare"), QStringLiteral("Eagle"));
    m_window = std::make_unique<MainWindow>(std::make_unique<Session>(std::move(db)));
    m_fuAda = addFollowUp(m_ada, kToday, QStringLiteral("Send the deck"));
    m_fuBob = addFollowUp(m_bob, kToday.addDays(-3), QStringLiteral("Call about the move"));
    m_fuCyd = addFollowUp(m_cyd, kToday.addDays(4), QStringLiteral("Congratulate on the launch"));
    QVERIFY(m_fuAda > 0 && m_fuBob > 0 && m_fuCyd > 0);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestPlanViews::cleanup()
{
    m_window.reset();
    m_dir.reset();
}

void TestPlanViews::todayListsWhatIsDueAndMarksDoneWithUndo()
{
    show(QStringLiteral("today"));
    QCOMPARE(names(today()->model()),
             QStringList({QStringLiteral("Ada Lovelace"), QStringLiteral("Bob <b>Builder</b>")}));
    QVERIFY(today()->findChild<QLabel*>(QStringLiteral("planSummary"))->text().contains(QStringLiteral("1 overdue")));
    // The overdue one says so in its Due column.
    bool sawOverdue = false;
    for (int row = 0; row < today()->model()->rowCount(); ++row) {
        const auto* item = today()->model()->itemAt(row);
        if (item && item->followUp.id == m_fuBob) {
            sawOverdue = true;
            QVERIFY(today()
                        ->model()
                        ->index(row, PlanItemModel::DueColumn)
                        .data()
                        .toString()
                        .contains(QStringLiteral("overdue")));
        }
    }
    QVERIFY(sawOverdue);

    today()->selectFollowUps({m_fuAda});
    today()->table()->setFocus();
    QTRY_VERIFY(today()->table()->hasFocus());
    QTest::keyClick(today()->table(), Qt::Key_D, Qt::ControlModifier);
    db::Database& db = m_window->session().db();
    QTRY_COMPARE(followUpStatus(db, m_fuAda), QStringLiteral("done"));
    QTRY_COMPARE(names(today()->model()), QStringList({QStringLiteral("Bob <b>Builder</b>")}));

    m_window->session().undoStack()->undo();
    QCOMPARE(followUpStatus(db, m_fuAda), QStringLiteral("open"));
    QTRY_COMPARE(today()->model()->itemCount(), 2);

    // The note coach opens for the current contact, so a message before the call is checked too.
    today()->selectFollowUps({m_fuAda});
    WriteNoteDialog* note = today()->writeNote();
    QVERIFY(note);
    auto* recipient = note->findChild<QLineEdit*>(QStringLiteral("noteRecipient"));
    QVERIFY(recipient);
    QCOMPARE(recipient->text(), QStringLiteral("Ada Lovelace"));
    note->close();
}

void TestPlanViews::bulkSnoozeIsOneUndoStep()
{
    show(QStringLiteral("today"));
    QCOMPARE(today()->model()->itemCount(), 2);
    today()->selectFollowUps({m_fuAda, m_fuBob});
    QCOMPARE(today()->selectedFollowUpIds().size(), 2);
    const int depth = m_window->session().undoStack()->count();
    today()->action(QStringLiteral("snoozeWeek"))->trigger();
    QCOMPARE(m_window->session().undoStack()->count(), depth + 1);
    db::Database& db = m_window->session().db();
    const QString snoozed = QStringLiteral("SELECT snoozed_until FROM followups WHERE id = ?");
    QCOMPARE(db::scalar(db, snoozed, {m_fuAda}).toString(), kToday.addDays(7).toString(Qt::ISODate));
    QCOMPARE(db::scalar(db, snoozed, {m_fuBob}).toString(), kToday.addDays(7).toString(Qt::ISODate));
    QTRY_COMPARE(today()->model()->itemCount(), 0);

    m_window->session().undoStack()->undo();
    QVERIFY(db::scalar(db, snoozed, {m_fuAda}).toString().isEmpty());
    QVERIFY(db::scalar(db, snoozed, {m_fuBob}).toString().isEmpty());
    QTRY_COMPARE(today()->model()->itemCount(), 2);
}

void TestPlanViews::weekGroupsByDayAndPriority()
{
    show(QStringLiteral("week"));
    QCOMPARE(week()->week().toString(), QStringLiteral("2026-W48"));
    QCOMPARE(names(week()->model()), QStringList({QStringLiteral("Ada Lovelace"), QStringLiteral("Bob <b>Builder</b>"),
                                                  QStringLiteral("Cyd Charisse")}));
    const QStringList byDay = headings(week()->model());
    QCOMPARE(byDay.size(), 3); // still open from before, Monday, Friday
    QVERIFY2(byDay.first().contains(QStringLiteral("before")), qPrintable(byDay.join(u'|')));
    // Cyd's row sits under the Friday heading.
    QString heading;
    for (int row = 0; row < week()->model()->rowCount(); ++row) {
        const QModelIndex i = week()->model()->index(row, 0);
        if (i.data(PlanItemModel::HeadingRole).toBool()) {
            heading = i.data().toString();
        } else if (week()->model()->itemAt(row)->followUp.id == m_fuCyd) {
            QVERIFY2(heading.contains(QLocale().standaloneDayName(5, QLocale::LongFormat)), qPrintable(heading));
        }
    }
    week()->setGrouping(reports::Grouping::ByPriority);
    const QStringList byPriority = headings(week()->model());
    QVERIFY(byPriority != byDay);
    QCOMPARE(week()->model()->itemCount(), 3);

    // Headings are not selectable; Next Week moves on and back.
    QVERIFY(!(week()->model()->flags(week()->model()->index(0, 0)) & Qt::ItemIsSelectable));
    week()->action(QStringLiteral("nextWeek"))->trigger();
    QCOMPARE(week()->week().toString(), QStringLiteral("2026-W49"));
    week()->action(QStringLiteral("thisWeek"))->trigger();
    QCOMPARE(week()->week().toString(), QStringLiteral("2026-W48"));
}

void TestPlanViews::weekExportsPdfAndCalendar()
{
    show(QStringLiteral("week"));
    const QString pdf = m_dir->filePath(QStringLiteral("week.pdf"));
    QVERIFY(week()->exportPdf(pdf));
    QFile p(pdf);
    QVERIFY(p.open(QIODevice::ReadOnly));
    QVERIFY(p.read(5).startsWith("%PDF-"));
    QVERIFY(p.size() > 1000);

    const QString ics = m_dir->filePath(QStringLiteral("week.ics"));
    QVERIFY(week()->exportCalendar(ics));
    QFile i(ics);
    QVERIFY(i.open(QIODevice::ReadOnly));
    const QByteArray text = i.readAll();
    QCOMPARE(text.count("BEGIN:VTODO"), 3);
    QVERIFY(text.contains("Congratulate on the launch"));
    QVERIFY(text.contains("DUE;VALUE=DATE:20261127"));
}

void TestPlanViews::printPreviewShowsPages()
{
    show(QStringLiteral("week"));
    int pages = -1;
    test::whenModal<QPrintPreviewDialog>([&pages](QPrintPreviewDialog* d) {
        auto* preview = d->findChild<QPrintPreviewWidget*>();
        QVERIFY(preview);
        QTRY_VERIFY(preview->pageCount() > 0);
        pages = preview->pageCount();
        d->reject();
    });
    week()->action(QStringLiteral("printPreview"))->trigger();
    QCOMPARE(pages, 1);
}

void TestPlanViews::championsPromoteAndUndo()
{
    db::Database& db = m_window->session().db();
    // Two real conversations a month apart: Dan has earned "Relationship".
    for (const int daysAgo : {60, 20}) {
        Conversation c;
        c.contactIds = {m_dan};
        c.happenedAt = QDateTime(kToday.addDays(-daysAgo), QTime(12, 0));
        c.kind = ConversationKind::Meeting;
        c.summary = QStringLiteral("Lunch");
        c.twoWay = true;
        QVERIFY(ConversationStore(db).add(c));
    }
    show(QStringLiteral("champions"));
    auto* champions = m_window->view<ChampionsView>(QStringLiteral("champions"));
    QVERIFY(champions);
    QTRY_COMPARE(champions->promotionsModel()->rowCount(), 1);
    QCOMPARE(champions->promotionsModel()->index(0, 0).data().toString(), QStringLiteral("Dan Dare"));
    QCOMPARE(champions->promotionsModel()->index(0, 2).data().toString(),
             championStageName(ChampionStage::Relationship));
    QVERIFY(!champions->promotionsModel()->index(0, 3).data().toString().isEmpty());
    QVERIFY(champions->stagesLabel()->text().contains(championStageName(ChampionStage::Champion)));

    champions->promotionsTable()->selectRow(0);
    champions->promoteSelected();
    const QString stage = QStringLiteral("SELECT champion_stage FROM contacts WHERE id = ?");
    QCOMPARE(db::scalar(db, stage, {m_dan}).toInt(), int(ChampionStage::Relationship));
    QTRY_COMPARE(champions->promotionsModel()->rowCount(), 0);

    m_window->session().undoStack()->undo();
    QCOMPARE(db::scalar(db, stage, {m_dan}).toInt(), int(ChampionStage::Connection));
    QTRY_COMPARE(champions->promotionsModel()->rowCount(), 1);
}

QTEST_MAIN(TestPlanViews)
#include "tst_planviews.moc"
