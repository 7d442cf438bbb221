// File › Export and File › Import History as a user meets them: the export writes the chosen
// contacts in the chosen format; the history lists an import, answers its questions and undoes it.
#include "TestDb.h"
#include "db/SqlQuery.h"
#include "dialogs/ExportDialog.h"
#include "dialogs/ImportHistoryDialog.h"
#include "importers/ImportService.h"
#include "services/Session.h"
#include "store/CircleStore.h"
#include "widgets/MessageBox.h"

#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardItemModel>
#include <QTableView>

using namespace rapport;
using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

int count(db::Database& db, const char* sql)
{
    return db::scalar(db, QString::fromLatin1(sql)).toInt();
}

} // namespace

class TestFileDialogs : public QObject
{
    Q_OBJECT
private slots:
    void exportsACircleAsCsv();
    void exportsTheSelectionAsVCard();
    void exportsEverythingAsJson();
    void historyListsAnswersAndUndoes();
};

void TestFileDialogs::exportsACircleAsCsv()
{
    QTemporaryDir dir;
    auto db = test::openTempDb(dir);
    const qint64 ada = test::addContact(*db, u"Ada"_s, u"Lovelace"_s, u"=HYPERLINK(\"x\")"_s);
    test::addContact(*db, u"Bob"_s, u"Builder"_s);
    auto circle = CircleStore(*db).ensure(u"Berlin"_s);
    QVERIFY(circle);
    QVERIFY(CircleStore(*db).addMembers(circle.value(), {ada}));

    ExportDialog dialog(*db, {});
    QVERIFY(!dialog.selectionScope()->isEnabled());
    dialog.formatBox()->setCurrentIndex(dialog.formatBox()->findData(int(exporters::ExportFormat::Csv)));
    QVERIFY(dialog.fileField()->text().endsWith(u".csv"_s));
    dialog.circleScope()->setChecked(true);
    QVERIFY(dialog.circleBox()->isEnabled());
    const QString path = dir.filePath(u"berlin.csv"_s);
    dialog.fileField()->setText(path);
    const exporters::ExportReport report = dialog.exportNow();
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(report.contacts, 1);
    const QByteArray csv = readAll(path);
    QVERIFY(csv.contains("Lovelace"));
    QVERIFY(!csv.contains("Builder"));
    QVERIFY(!csv.contains(",=HYPERLINK")); // neutralised
}

void TestFileDialogs::exportsTheSelectionAsVCard()
{
    QTemporaryDir dir;
    auto db = test::openTempDb(dir);
    const qint64 a = test::addContact(*db, u"Jana"_s, u"Kováčová"_s, u"Acme"_s, u"jana@acme.example"_s);
    const qint64 b = test::addContact(*db, u"Peter"_s, u"Novák 🚀"_s);
    test::addContact(*db, u"Not"_s, u"Selected"_s);
    ExportDialog dialog(*db, {a, b});
    QVERIFY(dialog.selectionScope()->isChecked()); // a selection is what the user meant
    QVERIFY(dialog.fileField()->text().endsWith(u".vcf"_s));
    const QString path = dir.filePath(u"two.vcf"_s);
    dialog.fileField()->setText(path);
    const exporters::ExportReport report = dialog.exportNow();
    QVERIFY2(report.ok(), qPrintable(report.error));
    const QByteArray vcf = readAll(path);
    QCOMPARE(vcf.count("BEGIN:VCARD"), 2);
    QVERIFY(vcf.contains("VERSION:4.0"));
    QVERIFY(vcf.contains(QStringLiteral("Kováčová").toUtf8()));
    QVERIFY(!vcf.contains("Selected"));
}

void TestFileDialogs::exportsEverythingAsJson()
{
    QTemporaryDir dir;
    auto db = test::openTempDb(dir);
    test::addContact(*db, u"Ada"_s, u"Lovelace"_s);
    ExportDialog dialog(*db, {});
    dialog.formatBox()->setCurrentIndex(dialog.formatBox()->findData(int(exporters::ExportFormat::Json)));
    const QString path = dir.filePath(u"all.json"_s);
    dialog.fileField()->setText(path);
    // A file that cannot be written is refused with a message, and nothing is reported written.
    dialog.fileField()->setText(dir.filePath(u"missing-folder/all.json"_s));
    QVERIFY(!dialog.exportNow().ok());
    dialog.fileField()->setText(path);
    const exporters::ExportReport report = dialog.exportNow();
    QVERIFY2(report.ok(), qPrintable(report.error));
    QVERIFY(readAll(path).contains("\"contacts\""));
}

void TestFileDialogs::historyListsAnswersAndUndoes()
{
    QTemporaryDir dir;
    auto db = test::openTempDb(dir);
    importers::ImportOptions o;
    o.backup = false;
    const QString connections = QStringLiteral(RAPPORT_TEST_DATA_DIR "/import/linkedin/Connections.csv");
    const importers::ImportReport first = importers::ImportService(*db).run({connections}, o);
    QVERIFY2(first.ok(), qPrintable(first.error));
    const int contacts = count(*db, "SELECT COUNT(*) FROM contacts");
    QVERIFY(contacts > 0);

    // Edit one imported contact's company by hand, then make a file that changes it.
    const qint64 id =
        db::scalar(*db, u"SELECT id FROM contacts WHERE company <> '' ORDER BY id LIMIT 1"_s).toLongLong();
    auto c = ContactStore(*db).get(id);
    QVERIFY(c);
    Contact edited = c.value();
    const QString fileCompany = edited.company;
    edited.company = u"My Own Company"_s;
    QVERIFY(ContactStore(*db).update(edited, {u"company"_s}));
    QByteArray csv = readAll(connections);
    QVERIFY(csv.contains(fileCompany.toUtf8()));
    csv.replace(fileCompany.toUtf8(), "Renamed Company Ltd");
    const QString changed = dir.filePath(u"Connections.csv"_s);
    QFile out(changed);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(csv);
    out.close();
    const importers::ImportReport second = importers::ImportService(*db).run({changed}, o);
    QVERIFY2(second.ok(), qPrintable(second.error));

    Session session(std::move(db));
    ImportHistoryDialog dialog(session);
    QCOMPARE(dialog.batchesModel()->rowCount(), 2);
    QVERIFY(dialog.conflictsModel()->rowCount() >= 1);
    int row = -1;
    for (int r = 0; r < dialog.conflictsModel()->rowCount(); ++r) {
        if (dialog.conflictsModel()->index(r, 2).data().toString() == u"My Own Company"_s) {
            row = r;
        }
    }
    QVERIFY(row >= 0);
    QCOMPARE(dialog.conflictsModel()->index(row, 3).data().toString(), u"Renamed Company Ltd"_s);
    dialog.conflictsTable()->selectRow(row);
    const int open = dialog.conflictsModel()->rowCount();
    dialog.useImported();
    QCOMPARE(dialog.conflictsModel()->rowCount(), open - 1);
    QCOMPARE(ContactStore(session.db()).get(id)->company, u"Renamed Company Ltd"_s);

    // Undo the newest import after confirming: the hand-edited value it replaced comes back.
    dialog.batchesTable()->selectRow(0);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QVERIFY(dialog.undoSelectedBatch());
    QCOMPARE(ContactStore(session.db()).get(id)->company, u"My Own Company"_s);
    QCOMPARE(count(session.db(), "SELECT COUNT(*) FROM contacts"), contacts);
    QCOMPARE(dialog.batchesModel()->rowCount(), 2);
    // An undone import cannot be undone twice.
    dialog.batchesTable()->selectRow(0);
    QVERIFY(!dialog.findChild<QPushButton*>(u"undoImport"_s)->isEnabled());
}

QTEST_MAIN(TestFileDialogs)
#include "tst_filedialogs.moc"
