// File › Import driven like a user: a path typed or dropped, the preview and dry run read on a worker,
// the import run with progress and Cancel, the conflicts with hand edits answered from the summary.
// Also previewImport and FieldConflicts on their own.
#include "TestDb.h"
#include "db/SqlQuery.h"
#include "dialogs/ImportWizard.h"
#include "dialogs/ImportWizardPages.h"
#include "importers/FieldConflicts.h"
#include "importers/ImportHistory.h"
#include "importers/ImportPreview.h"
#include "importers/ImportService.h"
#include "store/ContactStore.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QUrl>

using namespace rapport;
using namespace rapport::importers;

namespace {

constexpr int kWorkerTimeout = 60000; // a loaded CI machine: reading and writing happen on a worker

QString importData(const char* relative)
{
    return QStringLiteral(RAPPORT_TEST_DATA_DIR "/import/") + QString::fromUtf8(relative);
}

qint64 count(db::Database& db, const char* sql)
{
    return db::scalar(db, QString::fromLatin1(sql)).toLongLong();
}

QString cell(const QTableWidget* table, int row, int column)
{
    const QTableWidgetItem* item = table ? table->item(row, column) : nullptr;
    return item ? item->text() : QString();
}

template <typename T> T* child(const QObject& parent, const char* name)
{
    T* found = parent.findChild<T*>(QString::fromLatin1(name));
    if (!found) {
        qWarning("no child named %s", name);
    }
    return found;
}

/// A Connections.csv of the current era with the given rows ("First,Last,url-slug,Company").
QString writeConnections(const QTemporaryDir& dir, const QString& name, const QStringList& rows)
{
    QFile f(dir.filePath(name));
    if (!f.open(QIODevice::WriteOnly)) {
        return {};
    }
    f.write("First Name,Last Name,URL,Email Address,Company,Position,Connected On\n");
    for (const QString& row : rows) {
        const QStringList p = row.split(QLatin1Char(','));
        f.write(QStringLiteral("%1,%2,https://www.linkedin.com/in/%3,,%4,Engineer,10 Dec 2023\n")
                    .arg(p.value(0), p.value(1), p.value(2), p.value(3))
                    .toUtf8());
    }
    return f.fileName();
}

ImportOptions quiet()
{
    ImportOptions o;
    o.backup = false;
    return o;
}

qint64 contactId(db::Database& db, const QString& displayName)
{
    return db::scalar(db, QStringLiteral("SELECT id FROM contacts WHERE display_name = ?"), {displayName}).toLongLong();
}

/// Changes the company the way the detail panel does: a user edit, remembered in edited_fields.
void editCompany(db::Database& db, qint64 id, const QString& company)
{
    ContactStore store(db);
    auto c = store.get(id);
    QVERIFY2(c, qPrintable(c.error()));
    Contact edited = c.value();
    edited.company = company;
    const Status s = store.update(edited, {QStringLiteral("company")});
    QVERIFY2(s, qPrintable(s.error()));
}

/// Waits until the preview and its dry run have finished.
bool previewReady(const ImportWizard& w)
{
    return QTest::qWaitFor(
        [&] { return w.currentId() == int(ImportWizard::PreviewPageId) && w.previewPage()->isReady(); },
        kWorkerTimeout);
}

} // namespace

class TestImportWizard : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void previewShowsFormatCountAndFirstRows();
    void previewListsBadRowsWithTheirLines();
    void previewSkipsExportFilesWithoutContacts();
    void previewSamplesMessages();
    void conflictUseImportedIsUndoneWithItsImport();

    void droppedFolderBecomesThePath();
    void importsAndSummaryMatchesTheDatabase();
    void badRowsBlockUntilSkipped();
    void cancelLeavesTheDatabaseUnchanged();
    void conflictsAreAnsweredFromTheSummary();
    void closingMidImportRollsBack();
    void importsIntoAnInMemoryDatabase();

private:
    /// Opens the wizard on these paths; it moves to the preview by itself.
    std::unique_ptr<ImportWizard> openAt(const QStringList& paths);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<db::Database> m_db;
};

void TestImportWizard::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = test::openTempDb(*m_dir);
}

void TestImportWizard::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

std::unique_ptr<ImportWizard> TestImportWizard::openAt(const QStringList& paths)
{
    auto w = std::make_unique<ImportWizard>(*m_db, paths);
    w->setBackupBeforeImport(false);
    w->show();
    return w;
}

// ---- previewImport and FieldConflicts, no widgets -------------------------------------------------

void TestImportWizard::previewShowsFormatCountAndFirstRows()
{
    const auto preview = previewImport({importData("linkedin/Connections.csv")}, 3);
    QVERIFY2(preview, qPrintable(preview.error()));
    QCOMPARE(preview->size(), 1);
    const FilePreview& f = preview->first();
    QCOMPARE(f.format, ImportFormat::LinkedInConnections);
    QCOMPARE(f.formatKey, QStringLiteral("linkedin-connections"));
    QCOMPARE(f.formatName, QStringLiteral("LinkedIn connections"));
    QCOMPARE(f.records, 26);
    QCOMPARE(f.items, 24); // with the exact duplicate; the writer merges it
    QCOMPARE(f.skipped, 2);
    QVERIFY(f.errors.isEmpty());
    QVERIFY(f.willImport);
    QCOMPARE(f.sample.columns.size(), 4);
    QCOMPARE(f.sample.rows.size(), 3);
    QCOMPARE(f.sample.rows.first(),
             (QStringList{QStringLiteral("Jana Kováčová"), QStringLiteral("Nordlicht Analytics, s.r.o."),
                          QStringLiteral("Senior Recruiter"), QString()}));
}

void TestImportWizard::previewListsBadRowsWithTheirLines()
{
    const QString missing = m_dir->filePath(QStringLiteral("no-such-file.csv"));
    const auto preview = previewImport({importData("broken/bad-date-connections.csv"), missing});
    QVERIFY2(preview, qPrintable(preview.error()));
    QCOMPARE(preview->size(), 2);
    const FilePreview& missingFile = preview->at(0); // file problems first, as the import reports them
    QCOMPARE(missingFile.displayName, missing);
    QVERIFY(!missingFile.willImport);
    QCOMPARE(missingFile.errors.size(), 1);
    const FilePreview& bad = preview->at(1);
    QCOMPARE(bad.format, ImportFormat::LinkedInConnections);
    QCOMPARE(bad.items, 2);
    QCOMPARE(bad.errors.size(), 1);
    QVERIFY(bad.errors.first().file.endsWith(QLatin1String("bad-date-connections.csv")));
    QCOMPARE(bad.errors.first().line, 3);
    QVERIFY(bad.errors.first().reason.contains(QLatin1String("the day after Christmas")));
    QVERIFY(!previewImport({}));
}

void TestImportWizard::previewSkipsExportFilesWithoutContacts()
{
    const auto preview = previewImport({importData("linkedin")});
    QVERIFY2(preview, qPrintable(preview.error()));
    bool sawPositions = false;
    for (const FilePreview& f : *preview) {
        if (f.displayName.endsWith(QLatin1String("Positions.csv"))) {
            sawPositions = true;
            QVERIFY(!f.willImport);
            QCOMPARE(f.format, ImportFormat::LinkedInOther);
            QCOMPARE(f.notes.size(), 1);
            QVERIFY(f.errors.isEmpty());
        }
        if (f.displayName.endsWith(QLatin1String("/Connections.csv"))) {
            QVERIFY(f.willImport);
        }
    }
    QVERIFY(sawPositions);
}

void TestImportWizard::previewSamplesMessages()
{
    const auto preview = previewImport({importData("linkedin/messages.csv")});
    QVERIFY2(preview, qPrintable(preview.error()));
    const FilePreview& f = preview->first();
    QCOMPARE(f.formatName, QStringLiteral("LinkedIn messages"));
    QCOMPARE(f.sample.columns.size(), 4);
    QCOMPARE(f.sample.rows.size(), 5);
    for (const QStringList& row : f.sample.rows) {
        QCOMPARE(row.size(), 4);
        QVERIFY(!row.at(0).isEmpty()); // the date
        QVERIFY(row.at(3).size() <= 81);
    }
}

void TestImportWizard::conflictUseImportedIsUndoneWithItsImport()
{
    const QString first =
        writeConnections(*m_dir, QStringLiteral("first.csv"), {QStringLiteral("Ada,Lovelace,ada,Analytical Engines")});
    const QString second =
        writeConnections(*m_dir, QStringLiteral("second.csv"), {QStringLiteral("Ada,Lovelace,ada,Babbage & Co")});
    QVERIFY(ImportService(*m_db).run({first}, quiet()).ok());
    const qint64 ada = contactId(*m_db, QStringLiteral("Ada Lovelace"));
    editCompany(*m_db, ada, QStringLiteral("My own words"));
    const ImportReport r = ImportService(*m_db).run({second}, quiet());
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.totals().conflicts, 1);

    FieldConflicts conflicts(*m_db);
    auto open = conflicts.open(r.batchId);
    QVERIFY2(open, qPrintable(open.error()));
    QCOMPARE(open->size(), 1);
    const FieldConflict c = open->first();
    QCOMPARE(c.contactName, QStringLiteral("Ada Lovelace"));
    QCOMPARE(c.field, QStringLiteral("company"));
    QCOMPARE(c.fieldLabel, QStringLiteral("Company"));
    QCOMPARE(c.currentValue, QStringLiteral("My own words"));
    QCOMPARE(c.importedValue, QStringLiteral("Babbage & Co"));
    QCOMPARE(conflicts.open(r.batchId + 1)->size(), 0);
    QCOMPARE(FieldConflicts::fieldLabel(QStringLiteral("firstName")), QStringLiteral("First name"));

    QSignalSpy changed(m_db.get(), &db::Database::changed);
    QVERIFY(conflicts.resolve(c.id, FieldConflicts::Resolution::UseImported));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(ContactStore(*m_db).get(ada)->company, QStringLiteral("Babbage & Co"));
    QVERIFY(ContactStore(*m_db).get(ada)->editedFields.contains(QStringLiteral("company")));
    QVERIFY(!conflicts.resolve(c.id, FieldConflicts::Resolution::KeepMine)); // answered already
    QVERIFY(conflicts.open()->isEmpty());

    // Undoing the import that asked puts the user's own value back.
    QVERIFY(undoBatch(*m_db, r.batchId));
    QCOMPARE(ContactStore(*m_db).get(ada)->company, QStringLiteral("My own words"));
}

// ---- The wizard ------------------------------------------------------------------------------------

void TestImportWizard::droppedFolderBecomesThePath()
{
    ImportWizard w(*m_db);
    w.show();
    QCOMPARE(w.currentId(), int(ImportWizard::PickPageId));
    QVERIFY(!w.button(QWizard::NextButton)->isEnabled());

    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(importData("linkedin"))});
    QDragEnterEvent enter(QPoint(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(w.pickPage(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(w.pickPage(), &drop);
    QCOMPARE(w.paths(), QStringList{importData("linkedin")});
    QVERIFY(w.button(QWizard::NextButton)->isEnabled());

    // A path that does not exist is named, and Next stays off.
    auto* edit = child<QLineEdit>(w, "importPaths");
    QVERIFY(edit);
    edit->clear();
    QTest::keyClicks(edit, m_dir->filePath(QStringLiteral("gone.zip")));
    QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
    QVERIFY(child<QLabel>(w, "pickProblem")->text().contains(QLatin1String("gone.zip")));
}

void TestImportWizard::importsAndSummaryMatchesTheDatabase()
{
    ImportWizard w(*m_db);
    w.setBackupBeforeImport(false);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    auto* edit = child<QLineEdit>(w, "importPaths");
    QVERIFY(edit);
    QTest::keyClicks(edit, importData("linkedin/Connections.csv"));
    QVERIFY(w.button(QWizard::NextButton)->isEnabled());
    QTest::mouseClick(w.button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(w.currentId(), int(ImportWizard::PreviewPageId));
    QVERIFY(!w.button(QWizard::CommitButton)->isEnabled()); // still reading
    QTRY_VERIFY_WITH_TIMEOUT(w.previewPage()->isReady(), kWorkerTimeout);

    const auto* files = child<QTableWidget>(w, "previewFiles");
    QCOMPARE(files->rowCount(), 1);
    QCOMPARE(cell(files, 0, 1), QStringLiteral("LinkedIn connections"));
    QCOMPARE(cell(files, 0, 2), QStringLiteral("26")); // rows read
    QCOMPARE(cell(files, 0, 3), QStringLiteral("23")); // would be added
    QCOMPARE(cell(files, 0, 5), QStringLiteral("1"));  // the duplicate row, merged
    QCOMPARE(cell(files, 0, 7), QStringLiteral("2"));  // hidden profiles
    QCOMPARE(cell(child<QTableWidget>(w, "previewSample"), 0, 0), QStringLiteral("Jana Kováčová"));
    QVERIFY(child<QLabel>(w, "previewVerdict")->text().startsWith(QLatin1String("Ready to import")));
    QVERIFY(!child<QCheckBox>(w, "skipBadRows")->isVisible());
    QCOMPARE(count(*m_db, "SELECT count(*) FROM contacts"), 0); // a dry run writes nothing

    QSignalSpy changed(m_db.get(), &db::Database::changed);
    QSignalSpy imported(&w, &ImportWizard::imported);
    QVERIFY(w.button(QWizard::CommitButton)->isEnabled());
    QTest::mouseClick(w.button(QWizard::CommitButton), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(w.currentId(), int(ImportWizard::SummaryPageId), kWorkerTimeout);

    QVERIFY(w.report().committed);
    QVERIFY(w.batchId() > 0);
    QCOMPARE(imported.count(), 1);
    QCOMPARE(imported.first().first().toLongLong(), w.batchId());
    QCOMPARE(changed.count(), 1); // on the caller's connection, so the contact list reloads
    QCOMPARE(changed.first().first().value<db::Entity>(), db::Entity::Everything);
    const qint64 contacts = count(*m_db, "SELECT count(*) FROM contacts");
    QCOMPARE(contacts, 23);
    QCOMPARE(qint64(w.report().totals().added), contacts);
    const auto* summary = child<QTableWidget>(w, "summaryFiles");
    QCOMPARE(summary->rowCount(), 1);
    QCOMPARE(cell(summary, 0, 2), QString::number(contacts));
    QVERIFY(child<QLabel>(w, "summaryHeadline")->text().contains(QStringLiteral("#%1").arg(w.batchId())));
    QVERIFY(child<QLabel>(w, "summaryConflictsTitle")->text().contains(QLatin1String("No conflicts")));
    QVERIFY(!child<QTableWidget>(w, "summaryConflicts")->isVisible());

    QTest::mouseClick(w.button(QWizard::FinishButton), Qt::LeftButton);
    QCOMPARE(w.result(), int(QDialog::Accepted));
}

void TestImportWizard::badRowsBlockUntilSkipped()
{
    auto w = openAt({importData("broken/bad-date-connections.csv")});
    QVERIFY(previewReady(*w));
    const auto* problems = child<QTableWidget>(*w, "previewProblems");
    QCOMPARE(problems->rowCount(), 1);
    QVERIFY(cell(problems, 0, 0).endsWith(QLatin1String("bad-date-connections.csv")));
    QCOMPARE(cell(problems, 0, 1), QStringLiteral("3"));
    QVERIFY(cell(problems, 0, 2).contains(QLatin1String("the day after Christmas")));
    auto* skip = child<QCheckBox>(*w, "skipBadRows");
    QVERIFY(skip->isVisible());
    QVERIFY(!skip->isChecked()); // all or nothing unless the user says otherwise
    QVERIFY(!w->button(QWizard::CommitButton)->isEnabled());
    QVERIFY(child<QLabel>(*w, "previewVerdict")->text().contains(QLatin1String("Nothing will be imported")));

    skip->setFocus();
    QTest::keyClick(skip, Qt::Key_Space);
    QVERIFY(skip->isChecked());
    QVERIFY(w->button(QWizard::CommitButton)->isEnabled());
    QTest::mouseClick(w->button(QWizard::CommitButton), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(w->currentId(), int(ImportWizard::SummaryPageId), kWorkerTimeout);
    QCOMPARE(w->report().totals().added, 2);
    QCOMPARE(count(*m_db, "SELECT count(*) FROM contacts"), 2);
    const auto* notes = child<QTableWidget>(*w, "summaryNotes");
    bool listed = false;
    for (int row = 0; row < notes->rowCount(); ++row) {
        listed = listed || (cell(notes, row, 1) == QLatin1String("3") &&
                            cell(notes, row, 2).contains(QLatin1String("the day after Christmas")));
    }
    QVERIFY(listed);
}

void TestImportWizard::cancelLeavesTheDatabaseUnchanged()
{
    QVERIFY(ImportService(*m_db).run({importData("linkedin/Connections.csv")}, quiet()).ok());
    const qint64 contactsBefore = count(*m_db, "SELECT count(*) FROM contacts");
    const qint64 batchesBefore = count(*m_db, "SELECT count(*) FROM import_batches");
    QFile big(m_dir->filePath(QStringLiteral("Connections.csv")));
    QVERIFY(big.open(QIODevice::WriteOnly));
    big.write("First Name,Last Name,URL,Email Address,Company,Position,Connected On\n");
    for (int i = 0; i < 20000; ++i) {
        big.write(QStringLiteral("P%1,Q,https://www.linkedin.com/in/p-%1,,Co,Job,01 Jan 2024\n").arg(i).toUtf8());
    }
    big.close();

    auto w = openAt({big.fileName()});
    QVERIFY(previewReady(*w));
    QCOMPARE(child<QTableWidget>(*w, "previewFiles")->item(0, 3)->text(), QLocale().toString(20000));
    QTest::mouseClick(w->button(QWizard::CommitButton), Qt::LeftButton);
    QCOMPARE(w->currentId(), int(ImportWizard::ImportPageId));
    QVERIFY(w->runPage()->isRunning());
    // The wizard's own Cancel stops the import; the wizard stays to say what happened.
    QTest::mouseClick(w->button(QWizard::CancelButton), Qt::LeftButton);
    QVERIFY(w->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!w->runPage()->isRunning(), kWorkerTimeout);
    QVERIFY(w->runPage()->wasCancelled());
    QVERIFY(w->report().cancelled);
    QCOMPARE(child<QLabel>(*w, "importStatus")->text(), QStringLiteral("Cancelled: nothing was imported."));
    QVERIFY(!w->button(QWizard::NextButton)->isEnabled());
    QCOMPARE(count(*m_db, "SELECT count(*) FROM contacts"), contactsBefore);
    QCOMPARE(count(*m_db, "SELECT count(*) FROM import_batches"), batchesBefore);
    QCOMPARE(count(*m_db, "SELECT count(*) FROM import_changes"), 0);

    // Start Over keeps the chosen file; the import can be tried again.
    QTest::mouseClick(child<QPushButton>(*w, "restartImportButton"), Qt::LeftButton);
    QCOMPARE(w->currentId(), int(ImportWizard::PickPageId));
    QCOMPARE(w->paths(), QStringList{big.fileName()});
    QCOMPARE(w->button(QWizard::CancelButton)->text(), QStringLiteral("Cancel"));
    QTest::mouseClick(w->button(QWizard::CancelButton), Qt::LeftButton);
    QVERIFY(!w->isVisible());
    QCOMPARE(w->result(), int(QDialog::Rejected));
}

void TestImportWizard::conflictsAreAnsweredFromTheSummary()
{
    const QString first = writeConnections(
        *m_dir, QStringLiteral("first.csv"),
        {QStringLiteral("Ada,Lovelace,ada,Analytical Engines"), QStringLiteral("Alan,Turing,alan,Bletchley Park")});
    QVERIFY(ImportService(*m_db).run({first}, quiet()).ok());
    const qint64 ada = contactId(*m_db, QStringLiteral("Ada Lovelace"));
    const qint64 alan = contactId(*m_db, QStringLiteral("Alan Turing"));
    editCompany(*m_db, ada, QStringLiteral("Ada's own company"));
    editCompany(*m_db, alan, QStringLiteral("Alan's own company"));
    const QString second =
        writeConnections(*m_dir, QStringLiteral("second.csv"),
                         {QStringLiteral("Ada,Lovelace,ada,Babbage & Co"), QStringLiteral("Alan,Turing,alan,NPL")});

    auto w = openAt({second});
    QVERIFY(previewReady(*w));
    QCOMPARE(cell(child<QTableWidget>(*w, "previewFiles"), 0, 8), QStringLiteral("2")); // conflicts ahead
    QTest::mouseClick(w->button(QWizard::CommitButton), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(w->currentId(), int(ImportWizard::SummaryPageId), kWorkerTimeout);

    auto* table = child<QTableWidget>(*w, "summaryConflicts");
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(cell(table, 0, 0), QStringLiteral("Ada Lovelace"));
    QCOMPARE(cell(table, 0, 1), QStringLiteral("Company"));
    QCOMPARE(cell(table, 0, 2), QStringLiteral("Ada's own company"));
    QCOMPARE(cell(table, 0, 3), QStringLiteral("Babbage & Co"));

    table->selectRow(0);
    QTest::mouseClick(child<QPushButton>(*w, "useImportedButton"), Qt::LeftButton);
    QCOMPARE(ContactStore(*m_db).get(ada)->company, QStringLiteral("Babbage & Co"));
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(cell(table, 0, 0), QStringLiteral("Alan Turing"));

    table->selectRow(0);
    QTest::mouseClick(child<QPushButton>(*w, "keepMineButton"), Qt::LeftButton);
    QCOMPARE(ContactStore(*m_db).get(alan)->company, QStringLiteral("Alan's own company"));
    QCOMPARE(table->rowCount(), 0);
    QVERIFY(child<QLabel>(*w, "summaryConflictsTitle")->text().contains(QLatin1String("No conflicts")));
    QCOMPARE(count(*m_db, "SELECT count(*) FROM field_conflicts WHERE resolution = 'imported'"), 1);
    QCOMPARE(count(*m_db, "SELECT count(*) FROM field_conflicts WHERE resolution = 'mine'"), 1);
    QCOMPARE(count(*m_db, "SELECT count(*) FROM field_conflicts WHERE resolved_at IS NULL"), 0);
}

void TestImportWizard::closingMidImportRollsBack()
{
    QFile big(m_dir->filePath(QStringLiteral("Connections.csv")));
    QVERIFY(big.open(QIODevice::WriteOnly));
    big.write("First Name,Last Name,URL,Email Address,Company,Position,Connected On\n");
    for (int i = 0; i < 20000; ++i) {
        big.write(QStringLiteral("P%1,Q,https://www.linkedin.com/in/p-%1,,Co,Job,01 Jan 2024\n").arg(i).toUtf8());
    }
    big.close();

    // Destroyed while the preview reads: the worker is stopped and waited for.
    openAt({big.fileName()}).reset();

    // Destroyed while the import writes: cancelled and rolled back before the wizard goes.
    auto w = openAt({big.fileName()});
    QVERIFY(previewReady(*w));
    QTest::mouseClick(w->button(QWizard::CommitButton), Qt::LeftButton);
    QVERIFY(w->runPage()->isRunning());
    w.reset();
    QCOMPARE(count(*m_db, "SELECT count(*) FROM contacts"), 0);
    QCOMPARE(count(*m_db, "SELECT count(*) FROM import_batches"), 0);
}

void TestImportWizard::importsIntoAnInMemoryDatabase()
{
    // No second connection can see an in-memory database: the wizard works on the caller's, blocking.
    db::Database::Options o;
    o.backupBeforeMigration = false;
    auto memory = db::Database::open(QStringLiteral(":memory:"), o);
    QVERIFY2(memory, qPrintable(memory.error()));
    db::Database& db = *memory.value();
    ImportWizard w(db, {importData("linkedin/Connections.csv")});
    w.show();
    QVERIFY(QTest::qWaitFor([&] { return w.previewPage()->isReady(); }, kWorkerTimeout));
    QCOMPARE(cell(child<QTableWidget>(w, "previewFiles"), 0, 3), QStringLiteral("23"));
    QTest::mouseClick(w.button(QWizard::CommitButton), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(w.currentId(), int(ImportWizard::SummaryPageId), kWorkerTimeout);
    QCOMPARE(count(db, "SELECT count(*) FROM contacts"), 23);
}

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
