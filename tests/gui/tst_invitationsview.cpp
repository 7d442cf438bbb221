// The Invitations view and the "Write a note" box driven like a user: a temporary database with
// a default-template collector, a genuine note and a sales pitch, the real widgets offscreen.
#include "AppContext.h"
#include "TestDb.h"
#include "db/SqlQuery.h"
#include "dialogs/WriteNoteDialog.h"
#include "models/InvitationListModel.h"
#include "services/Session.h"
#include "store/InvitationStore.h"
#include "store/SettingsStore.h"
#include "triage/InvitationTriage.h"
#include "util/Text.h"
#include "views/InvitationsView.h"
#include "widgets/Icons.h"
#include "widgets/MessageBar.h"
#include "widgets/TriageStyle.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTableView>
#include <QTextBrowser>
#include <QTextCursor>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace rapport;
using namespace Qt::StringLiterals;

namespace {

const QString kTemplate = u"I'd like to add you to my professional network on LinkedIn."_s;
const QString kGenuine = u"Hi Jana, we met at the Košice Data Meetup on Tuesday — your talk on the ETL pipeline for "
                         u"the city buses was great. Could I ask how you handled late GPS data? Happy to share our "
                         u"scripts."_s;
const QString kPitch = u"Hi Jana, we help data teams cut cloud costs by 30%. Can we schedule a quick call?"_s;
const QString kMarekUrl = u"https://www.linkedin.com/in/marek-horvath-data"_s;

qint64 addInvitation(db::Database& db, const QString& from, const QString& message, int mutual, int network,
                     const QString& sentAt, const QString& url = {}, const QString& status = u"pending"_s)
{
    Invitation i;
    i.fromName = from;
    i.fromHeadline = u"Data engineer"_s;
    i.fromUrl = url;
    i.toName = u"Jana Novak"_s;
    i.message = message;
    i.mutualConnections = mutual;
    i.senderConnectionCount = network;
    i.sentAt = QDateTime::fromString(sentAt, Qt::ISODate);
    i.status = status;
    auto id = InvitationStore(db).add(i);
    if (!id) {
        qFatal("cannot add invitation: %s", qPrintable(id.error()));
    }
    return id.value();
}

int contactCount(db::Database& db)
{
    return db::scalar(db, u"SELECT COUNT(*) FROM contacts"_s).toInt();
}

} // namespace

class TestInvitationsView : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void triagesOnFirstShowAndSortsGenuineFirst();
    void filtersByStatusAndVerdict();
    void highlightsTheCollectorsEvidence();
    void acceptsTwoAsOneUndoStep();
    void askForContextCopiesAPoliteReply();
    void writeNoteOpensForTheCurrentSender();
    void noteBoxJudgesTheDraftLive();
    void noteCounterWarnsPastTheLimit();

private:
    db::Database& db() const { return m_session->db(); }
    void select(const QList<qint64>& ids);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<QWidget> m_window;
    MessageBar* m_bar = nullptr;
    InvitationsView* m_view = nullptr;
    qint64 m_template = 0;
    qint64 m_genuine = 0;
    qint64 m_pitch = 0;
    qint64 m_ignored = 0;
    qint64 m_marek = 0;
};

void TestInvitationsView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    icons::initResources();
}

void TestInvitationsView::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto database = test::openTempDb(*m_dir);
    UserProfile me;
    me.name = u"Jana Novak"_s;
    QVERIFY(SettingsStore(*database).setProfile(me).isOk());
    // Marek is already a contact: accepting his request links him instead of adding a duplicate.
    Contact marek;
    marek.firstName = u"Marek"_s;
    marek.lastName = u"Horváth"_s;
    marek.linkedinUrl = text::normalizedLinkedInUrl(kMarekUrl);
    m_marek = ContactStore(*database).add(marek).value();
    m_template = addInvitation(*database, u"Tom Reach"_s, kTemplate, 1, 800, u"2024-03-10T09:00:00"_s);
    m_genuine = addInvitation(*database, u"Marek Horváth"_s, kGenuine, 12, 400, u"2024-03-01T18:30:00"_s, kMarekUrl);
    m_pitch = addInvitation(*database, u"Cloud Sales"_s, kPitch, 0, 5000, u"2024-03-12T07:15:00"_s);
    m_ignored = addInvitation(*database, u"Old Request"_s, kTemplate, 0, 300, u"2023-12-01T10:00:00"_s, QString(),
                              u"ignored"_s);

    m_session = std::make_unique<Session>(std::move(database));
    m_window = std::make_unique<QWidget>();
    auto* layout = new QVBoxLayout(m_window.get());
    m_bar = new MessageBar(m_window.get());
    auto* context = new AppContext(*m_session, m_bar, m_window.get(), m_window.get());
    m_view = new InvitationsView(*context, m_window.get());
    layout->addWidget(m_bar);
    layout->addWidget(m_view, 1);
    m_window->resize(1100, 700);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(!m_view->model()->isLoaded());
    m_view->activated();
}

void TestInvitationsView::cleanup()
{
    m_window.reset();
    m_session.reset();
    m_dir.reset();
}

void TestInvitationsView::select(const QList<qint64>& ids)
{
    QTableView* table = m_view->table();
    table->setFocus();
    table->clearSelection();
    for (const qint64 id : ids) {
        const int row = m_view->model()->rowOf(id);
        QVERIFY(row >= 0);
        table->selectionModel()->select(m_view->model()->index(row, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    table->selectionModel()->setCurrentIndex(m_view->model()->index(m_view->model()->rowOf(ids.first()), 0),
                                             QItemSelectionModel::NoUpdate);
}

void TestInvitationsView::triagesOnFirstShowAndSortsGenuineFirst()
{
    InvitationStore store(db());
    QCOMPARE(store.get(m_template)->verdict, u"collector"_s);
    QCOMPARE(store.get(m_genuine)->verdict, u"genuine"_s);
    QVERIFY(!store.get(m_pitch)->verdict.isEmpty());
    QVERIFY(m_bar->text().contains(u"Analysed 3 new"_s));

    // Genuine first; then, newest first, the rest: the pitch (12 March) before the template (10 March).
    InvitationListModel* model = m_view->model();
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(model->idAt(0), m_genuine);
    QCOMPARE(model->idAt(1), m_pitch);
    QCOMPARE(model->idAt(2), m_template);
    QCOMPARE(model->index(2, InvitationListModel::VerdictColumn).data().toString().left(14), u"Name collector"_s);
    // The first request is open for reading straight away.
    QCOMPARE(m_view->table()->currentIndex().row(), 0);
    QCOMPARE(m_view->messageView()->toPlainText(), kGenuine);
}

void TestInvitationsView::filtersByStatusAndVerdict()
{
    auto* scope = m_view->findChild<QComboBox*>(u"invitationScope"_s);
    auto* verdict = m_view->findChild<QComboBox*>(u"invitationVerdictFilter"_s);
    QVERIFY(scope && verdict);
    scope->setCurrentIndex(scope->findData(static_cast<int>(InvitationListModel::Scope::All)));
    QCOMPARE(m_view->model()->rowCount(), 4);
    verdict->setCurrentIndex(verdict->findData(u"collector"_s));
    QVERIFY(m_view->model()->rowCount() >= 2);
    for (int row = 0; row < m_view->model()->rowCount(); ++row) {
        QCOMPARE(m_view->model()->index(row, 0).data(InvitationListModel::VerdictKeyRole).toString(), u"collector"_s);
    }
    QVERIFY(m_view->model()->rowOf(m_genuine) < 0);
}

void TestInvitationsView::highlightsTheCollectorsEvidence()
{
    select({m_template});
    const int row = m_view->model()->rowOf(m_template);
    QCOMPARE(m_view->messageView()->toPlainText(), kTemplate);
    QTextDocument* doc = m_view->messageView()->document();

    const QList<triage::TriageReason> reasons = m_view->model()->reasonsAt(row);
    QVERIFY(!reasons.isEmpty());
    QCOMPARE(m_view->reasonsList()->count(), reasons.size());
    const auto evidence = std::find_if(reasons.cbegin(), reasons.cend(), [](const triage::TriageReason& r) {
        return r.start >= 0 && r.length > 0 && r.contribution() > 0;
    });
    QVERIFY2(evidence != reasons.cend(), "the default template should be evidence in the message");

    // A cursor's char format is that of the character before its position.
    QTextCursor cursor(doc);
    for (const int pos : {evidence->start + 1, evidence->start + evidence->length}) {
        cursor.setPosition(pos);
        const QTextCharFormat f = cursor.charFormat();
        QCOMPARE(f.property(triagestyle::EvidenceDirectionProperty).toInt(),
                 static_cast<int>(triagestyle::Direction::TowardsCollector));
        QVERIFY(f.background().style() != Qt::NoBrush);
        QCOMPARE(f.underlineStyle(), QTextCharFormat::WaveUnderline);
    }
    QVERIFY(m_view->reasonsList()->item(0)->text().startsWith(u"Points to"_s));
}

void TestInvitationsView::acceptsTwoAsOneUndoStep()
{
    QUndoStack* undo = m_session->undoStack();
    const int contactsBefore = contactCount(db());
    select({m_genuine, m_pitch});
    QCOMPARE(m_view->selectedIds().size(), 2);
    // The shortcut, as a user would: window shortcuts fire only in the active window.
    m_window->activateWindow();
    QTRY_COMPARE(QApplication::activeWindow(), m_window.get());
    QTest::keyClick(m_view->table(), Qt::Key_Return, Qt::ControlModifier);

    InvitationStore store(db());
    QCOMPARE(store.get(m_genuine)->status, u"accepted"_s);
    QCOMPARE(store.get(m_genuine)->contactId, m_marek);
    const qint64 created = store.get(m_pitch)->contactId;
    QVERIFY(created > 0 && created != m_marek);
    QCOMPARE(ContactStore(db()).get(created)->source, u"invitation"_s);
    QCOMPARE(contactCount(db()), contactsBefore + 1);
    QCOMPARE(undo->count(), 1);
    QVERIFY(undo->undoText().startsWith(u"Accept 2 invitation"_s));
    QVERIFY(m_bar->text().startsWith(u"Accepted 2"_s));
    // Both left the Pending list; the request that moved into their place is selected.
    QTRY_COMPARE(m_view->model()->rowCount(), 1);
    QCOMPARE(m_view->selectedIds(), QList<qint64>{m_template});

    undo->undo();
    QCOMPARE(store.get(m_genuine)->status, u"pending"_s);
    QCOMPARE(store.get(m_genuine)->contactId, 0);
    QCOMPARE(store.get(m_pitch)->status, u"pending"_s);
    QCOMPARE(store.get(m_pitch)->userDecision, QString());
    QVERIFY(!ContactStore(db()).get(created).isOk());
    QVERIFY(ContactStore(db()).get(m_marek).isOk());
    QCOMPARE(contactCount(db()), contactsBefore);
    QTRY_COMPARE(m_view->model()->rowCount(), 3);

    undo->redo();
    QCOMPARE(store.get(m_pitch)->status, u"accepted"_s);
    QCOMPARE(contactCount(db()), contactsBefore + 1);
}

void TestInvitationsView::askForContextCopiesAPoliteReply()
{
    QGuiApplication::clipboard()->clear();
    select({m_template});
    m_window->activateWindow();
    QTRY_COMPARE(QApplication::activeWindow(), m_window.get());
    QTest::keyClick(m_view->table(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    const QString reply = QGuiApplication::clipboard()->text();
    QCOMPARE(reply, triage::InvitationTriage::askForContextReply(u"Tom Reach"_s, u"Jana Novak"_s));
    QVERIFY(reply.startsWith(u"Hi Tom"_s));
    QVERIFY(reply.contains(u"how you came across me"_s));
    QVERIFY(reply.endsWith(u"Jana Novak"_s));
    QVERIFY(m_bar->text().contains(u"Copied"_s));
    // Nothing was decided: the request is still pending and there is nothing to undo.
    QCOMPARE(InvitationStore(db()).get(m_template)->status, u"pending"_s);
    QCOMPARE(m_session->undoStack()->count(), 0);
}

void TestInvitationsView::writeNoteOpensForTheCurrentSender()
{
    select({m_genuine});
    QPointer<WriteNoteDialog> dialog = m_view->writeNote();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->recipientName(), u"Marek Horváth"_s);
    dialog->close();
    QTRY_VERIFY(!dialog);
}

void TestInvitationsView::noteBoxJudgesTheDraftLive()
{
    WriteNoteDialog dialog(u"Jana Novak"_s);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.verdictLabel()->text(), u"Nothing written yet"_s);
    QVERIFY(dialog.suggestionsList()->count() >= 3);

    // LinkedIn's default text: DraftCoach leaves metadata out for a draft, and the default text
    // alone scores just under the collector threshold, so it is not judged genuine.
    QTest::keyClicks(dialog.noteField(), u"I'd like to add you to my professional network on LinkedIn"_s);
    QCOMPARE(dialog.counterLabel()->text(), u"58 / 300"_s);
    // The analysis waits for a pause in typing.
    QTRY_VERIFY(dialog.verdictLabel()->text() != u"Nothing written yet"_s);
    QCOMPARE(dialog.advice().result.verdict, triage::Verdict::Collector);
    QVERIFY(dialog.verdictLabel()->text() != u"Reads as a personal note"_s);
    QVERIFY(dialog.reasonsList()->count() > 0);
    QVERIFY(!dialog.noteField()->extraSelections().isEmpty());
    QVERIFY(dialog.suggestionsList()->count() >= 3);
    const double templateScore = dialog.advice().result.score;

    dialog.noteField()->clear();
    QTest::keyClicks(dialog.noteField(), kPitch);
    // The default text already reads as a collector's, so wait for the pitch's own advice.
    QTRY_VERIFY(dialog.advice().suggestions.join(u' ').contains(u"pitch"_s));
    QCOMPARE(dialog.verdictLabel()->text(), u"Reads like a name collector's note"_s);
    QCOMPARE(dialog.advice().result.verdict, triage::Verdict::Collector);

    // QTest types ASCII only, hence "Kosice" and a plain dash.
    const QString specific = u"Hi Jana, we met at the Kosice Data Meetup on Tuesday - your talk on the ETL pipeline "
                             u"for the city buses was great. Could I ask how you handled late GPS data? Happy to "
                             u"share our scripts."_s;
    dialog.noteField()->clear();
    QTest::keyClicks(dialog.noteField(), specific);
    QCOMPARE(dialog.counterLabel()->text(), u"185 / 300"_s);
    QTRY_COMPARE(dialog.verdictLabel()->text(), u"Reads as a personal note"_s);
    QVERIFY(dialog.advice().result.score < templateScore);
    QVERIFY(dialog.advice().suggestions.isEmpty());
    QCOMPARE(dialog.suggestionsList()->count(), 1); // "Nothing to add"

    dialog.copyToClipboard();
    QCOMPARE(QGuiApplication::clipboard()->text(), specific);
}

void TestInvitationsView::noteCounterWarnsPastTheLimit()
{
    WriteNoteDialog dialog(u"Jana Novak"_s, QString(310, u'x'));
    QVERIFY(dialog.counterLabel()->text().startsWith(u"310 / 300"_s));
    QVERIFY(dialog.counterLabel()->text().contains(u"10 character"_s));
    QVERIFY(dialog.counterLabel()->font().bold());
    dialog.analyzeNow();
    QVERIFY(dialog.advice().suggestions.join(u' ').contains(u"310"_s));
}

QTEST_MAIN(TestInvitationsView)
#include "tst_invitationsview.moc"
