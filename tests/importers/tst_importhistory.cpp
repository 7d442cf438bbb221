// listBatches and undoBatch: an undo restores the exact state before the import.
#include "ImportTestData.h"
#include "ImportTestDb.h"
#include "db/SqlQuery.h"
#include "importers/ImportHistory.h"
#include "importers/ImportService.h"

#include <QTest>

using namespace rapport;
using namespace rapport::importers;

namespace {
ImportOptions quiet()
{
    ImportOptions o;
    o.backup = false;
    return o;
}
} // namespace

class TestImportHistory : public QObject
{
    Q_OBJECT
private slots:
    void undoRestoresTheExactPreviousState()
    {
        ImportTestDb t;
        // A first import, then hand edits, then a second import that adds, updates, links and conflicts.
        const ImportReport first = ImportService(*t.db).run({importData("linkedin/Connections.csv")}, quiet());
        QVERIFY(first.ok());
        QVERIFY(db::exec(*t.db, QStringLiteral("UPDATE contacts SET position = 'Old title', notes = '', "
                                               "edited_fields = 'company' WHERE display_name = 'Anna Novak'")));
        const QStringList before = t.snapshot();
        const ImportReport second = ImportService(*t.db).run(
            {importData("linkedin"), importData("google_contacts.csv"), importData("contacts_v3.vcf")}, quiet());
        QVERIFY2(second.ok(), qPrintable(second.error));
        QVERIFY(second.totals().updated > 0);
        QVERIFY(t.snapshot() != before);

        QVERIFY(!undoBatch(*t.db, first.batchId)); // newer imports first
        const Status s = undoBatch(*t.db, second.batchId);
        QVERIFY2(s, qPrintable(s.error()));
        QCOMPARE(t.snapshot(), before);
        QCOMPARE(db::scalar(*t.db, QStringLiteral("SELECT status FROM import_batches WHERE id = ?"), {second.batchId})
                     .toString(),
                 QStringLiteral("undone"));
        QVERIFY(!undoBatch(*t.db, second.batchId)); // not twice

        QVERIFY(undoBatch(*t.db, first.batchId));
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM contacts")), 0);
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM contacts_fts WHERE contacts_fts MATCH 'jana'")), 0);
    }

    void listBatchesNewestFirst()
    {
        ImportTestDb t;
        QVERIFY(ImportService(*t.db).run({importData("linkedin/Connections.csv")}, quiet()).ok());
        QVERIFY(ImportService(*t.db).run({importData("contacts_v4.vcf")}, quiet()).ok());
        const auto batches = listBatches(*t.db);
        QVERIFY(batches);
        QCOMPARE(batches->size(), 2);
        QCOMPARE(batches->first().format, QStringLiteral("vcard"));
        QCOMPARE(batches->last().added, 23);
        QCOMPARE(batches->last().status, QStringLiteral("done"));
        QVERIFY(!batches->last().finishedAt.isEmpty());
    }

    void undoUnknownBatchFails()
    {
        ImportTestDb t;
        const Status s = undoBatch(*t.db, 42);
        QVERIFY(!s);
        QVERIFY(s.error().contains(QLatin1String("42")));
    }
};

QTEST_GUILESS_MAIN(TestImportHistory)
#include "tst_importhistory.moc"
