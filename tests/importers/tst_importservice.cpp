// ImportService: counts, dedupe and merge, idempotent re-import, conflicts, dry run, cancel,
// all-or-nothing on bad rows, messages into conversations and invitations.
#include "ImportTestData.h"
#include "ImportTestDb.h"
#include "db/SqlQuery.h"
#include "importers/ImportHistory.h"
#include "importers/ImportService.h"
#include "util/Clock.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>
#include <atomic>

using namespace rapport;
using namespace rapport::importers;

namespace {

ImportOptions quiet()
{
    ImportOptions o;
    o.backup = false;
    return o;
}

const FileReport* reportFor(const ImportReport& r, const char* fileSuffix)
{
    for (const FileReport& f : r.files) {
        if (f.file.endsWith(QLatin1String(fileSuffix))) {
            return &f;
        }
    }
    return nullptr;
}

} // namespace

class TestImportService : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { Clock::setFixed(QDateTime(QDate(2026, 5, 1), QTime(9, 0))); }

    void connectionsGive23DistinctPeople()
    {
        ImportTestDb t;
        QVERIFY(t.db);
        QSignalSpy changed(t.db.get(), &db::Database::changed);
        const ImportReport r = ImportService(*t.db).run({importData("linkedin/Connections.csv")}, quiet());
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY(r.committed);
        QCOMPARE(r.files.size(), 1);
        const FileReport& f = r.files.first();
        QCOMPARE(f.format, QStringLiteral("linkedin-connections"));
        QCOMPARE(f.added, 23);
        QCOMPARE(f.merged, 1);  // the exact duplicate row
        QCOMPARE(f.skipped, 2); // hidden profiles
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM contacts")), 23);
        // the two Jana Kováčová stay two
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM contacts WHERE display_name = 'Jana Kováčová'")), 2);
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM contacts WHERE batch_id = %1").arg(r.batchId)), 23);
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM contacts WHERE source = 'linkedin' AND uid <> '' AND "
                                        "name_key <> '' AND created_at = '2026-05-01T09:00:00'")),
                 23);
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM contact_emails")), 4); // Anna's duplicate row adds none
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM contacts_fts WHERE contacts_fts MATCH 'nordlicht'")), 1);
        QCOMPARE(
            t.count(
                QStringLiteral("SELECT added FROM import_batches WHERE id = %1 AND status = 'done'").arg(r.batchId)),
            23);
        QCOMPARE(changed.size(), 1);
    }

    void importTwiceAddsNothing()
    {
        ImportTestDb t;
        const QStringList all = {importData("linkedin"), importData("contacts_v3.vcf"),
                                 importData("google_contacts.csv")};
        const ImportReport first = ImportService(*t.db).run(all, quiet());
        QVERIFY2(first.ok(), qPrintable(first.error));
        const QStringList before = t.snapshot();
        const ImportReport second = ImportService(*t.db).run(all, quiet());
        QVERIFY2(second.ok(), qPrintable(second.error));
        const FileReport totals = second.totals();
        QCOMPARE(totals.added, 0);
        QCOMPARE(totals.updated, 0);
        QVERIFY(totals.unchanged > 100);
        QCOMPARE(t.snapshot(), before);
    }

    void newerExportUpdatesChangedFields()
    {
        ImportTestDb t;
        QVERIFY(ImportService(*t.db).run({importData("linkedin/Connections.csv")}, quiet()).ok());
        QTemporaryDir dir;
        QFile newer(dir.filePath(QStringLiteral("Connections.csv")));
        QVERIFY(newer.open(QIODevice::WriteOnly));
        newer.write("First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
                    "Jana,Kováčová,https://www.linkedin.com/in/jana-kovacova-3f9a21,,Nordlicht Analytics,Head of "
                    "Talent,12 Mar 2024\n"
                    "New,Person,https://www.linkedin.com/in/new-person,,Acme,Engineer,01 Apr 2026\n");
        newer.close();
        const ImportReport r = ImportService(*t.db).run({newer.fileName()}, quiet());
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.files.first().added, 1);
        QCOMPARE(r.files.first().updated, 1);
        QCOMPARE(db::scalar(*t.db, QStringLiteral("SELECT position FROM contacts WHERE linkedin_url = ?"),
                            {QStringLiteral("https://www.linkedin.com/in/jana-kovacova-3f9a21")})
                     .toString(),
                 QStringLiteral("Head of Talent"));
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM import_changes WHERE table_name = 'contacts'")), 1);
    }

    void editedFieldBecomesConflictNotOverwrite()
    {
        ImportTestDb t;
        QVERIFY(ImportService(*t.db).run({importData("linkedin/Connections.csv")}, quiet()).ok());
        QVERIFY(db::exec(*t.db,
                         QStringLiteral("UPDATE contacts SET company = 'My own words', edited_fields = 'company' "
                                        "WHERE linkedin_url = ?"),
                         {QStringLiteral("https://www.linkedin.com/in/jana-kovacova-3f9a21")}));
        const ImportReport r = ImportService(*t.db).run({importData("linkedin/Connections.csv")}, quiet());
        QVERIFY(r.ok());
        QCOMPARE(r.files.first().conflicts, 1);
        QCOMPARE(db::scalar(*t.db, QStringLiteral("SELECT company FROM contacts WHERE linkedin_url = ?"),
                            {QStringLiteral("https://www.linkedin.com/in/jana-kovacova-3f9a21")})
                     .toString(),
                 QStringLiteral("My own words"));
        QCOMPARE(db::scalar(*t.db, QStringLiteral("SELECT imported_value FROM field_conflicts WHERE field = 'company'"))
                     .toString(),
                 QStringLiteral("Nordlicht Analytics, s.r.o."));
        // asking again does not pile up the same question
        QVERIFY(ImportService(*t.db).run({importData("linkedin/Connections.csv")}, quiet()).ok());
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM field_conflicts")), 1);
    }

    void rapportVCardPropertiesReachTheContact()
    {
        // A vCard written by another Rapport brings headline, industry and how you met; a later
        // card fills how-met only when empty, updates the industry, and an industry the user
        // edited becomes a question instead; undoing the import restores the old values.
        ImportTestDb t;
        const QString card = t.dir.filePath(QStringLiteral("rapport.vcf"));
        const auto write = [&](const QByteArray& industry, const QByteArray& howMet) {
            QFile f(card);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write("BEGIN:VCARD\r\nVERSION:4.0\r\nUID:urn:uuid:3b1c9a6e-7f00-4c61-9a1e-5d2f1a0b7c11\r\n"
                    "FN:Jana Kováčová\r\nN:Kováčová;Jana;;;\r\nX-RAPPORT-HEADLINE:Helping teams sell 🚀\r\n"
                    "X-RAPPORT-INDUSTRY:" +
                    industry + "\r\nX-RAPPORT-HOW-MET:" + howMet +
                    "\r\nX-RAPPORT-CONNECTED-ON:2024-03-12\r\nEND:VCARD\r\n");
        };
        const auto value = [&](const char* column) {
            return db::scalar(*t.db, QStringLiteral("SELECT %1 FROM contacts").arg(QLatin1String(column))).toString();
        };
        write("Software", "Web Summit 2019\\, Lisbon");
        QVERIFY(ImportService(*t.db).run({card}, quiet()).ok());
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM contacts")), 1);
        QCOMPARE(value("headline"), QStringLiteral("Helping teams sell 🚀"));
        QCOMPARE(value("industry"), QStringLiteral("Software"));
        QCOMPARE(value("how_met"), QStringLiteral("Web Summit 2019, Lisbon"));
        QCOMPARE(value("connected_on"), QStringLiteral("2024-03-12"));

        write("Staffing", "Somewhere else");
        const ImportReport second = ImportService(*t.db).run({card}, quiet());
        QVERIFY(second.ok());
        QCOMPARE(value("industry"), QStringLiteral("Staffing"));
        QCOMPARE(value("how_met"), QStringLiteral("Web Summit 2019, Lisbon")); // the user's history stays
        QVERIFY(undoBatch(*t.db, second.batchId));
        QCOMPARE(value("industry"), QStringLiteral("Software"));

        QVERIFY(
            db::exec(*t.db, QStringLiteral("UPDATE contacts SET industry = 'Recruiting', edited_fields = 'industry'")));
        const ImportReport third = ImportService(*t.db).run({card}, quiet());
        QVERIFY(third.ok());
        QCOMPARE(third.files.first().conflicts, 1);
        QCOMPARE(value("industry"), QStringLiteral("Recruiting"));
        QCOMPARE(
            db::scalar(*t.db, QStringLiteral("SELECT imported_value FROM field_conflicts WHERE field = 'industry'"))
                .toString(),
            QStringLiteral("Staffing"));
    }

    void dryRunWritesNothing()
    {
        ImportTestDb t;
        const QStringList before = t.snapshot();
        ImportOptions o = quiet();
        o.dryRun = true;
        const ImportReport r = ImportService(*t.db).run({importData("linkedin")}, o);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY(!r.committed);
        QCOMPARE(r.batchId, 0);
        QCOMPARE(reportFor(r, "Connections.csv")->added, 23);
        QCOMPARE(t.snapshot(), before);
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM import_batches")), 0);
    }

    void cancelRollsBack()
    {
        ImportTestDb t;
        std::atomic<bool> cancel{false};
        ImportOptions o = quiet();
        o.cancel = &cancel;
        int calls = 0;
        o.progress = [&](qint64, qint64) { cancel = ++calls >= 1; };
        // enough rows for the progress callback (every 256 records) to fire
        QTemporaryDir dir;
        QFile big(dir.filePath(QStringLiteral("Connections.csv")));
        QVERIFY(big.open(QIODevice::WriteOnly));
        big.write("First Name,Last Name,URL,Email Address,Company,Position,Connected On\n");
        for (int i = 0; i < 2000; ++i) {
            big.write(QStringLiteral("P%1,Q,https://www.linkedin.com/in/p-%1,,Co,Job,01 Jan 2024\n").arg(i).toUtf8());
        }
        big.close();
        const ImportReport r = ImportService(*t.db).run({big.fileName()}, o);
        QVERIFY(!r.ok());
        QVERIFY(r.cancelled);
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM contacts")), 0);
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM import_batches")), 0);
    }

    void badRowStopsEverythingByDefault()
    {
        ImportTestDb t;
        const ImportReport r = ImportService(*t.db).run(
            {importData("linkedin/Connections.csv"), importData("broken/bad-date-connections.csv")}, quiet());
        QVERIFY(!r.ok());
        QVERIFY(!r.committed);
        const FileReport* bad = reportFor(r, "bad-date-connections.csv");
        QVERIFY(bad);
        QCOMPARE(bad->errors.size(), 1);
        QCOMPARE(bad->errors.first().line, 3);
        QVERIFY(bad->errors.first().reason.contains(QLatin1String("the day after Christmas")));
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM contacts")), 0);
    }

    void skipBadRowsImportsTheRest()
    {
        ImportTestDb t;
        ImportOptions o = quiet();
        o.skipBadRows = true;
        const ImportReport r = ImportService(*t.db).run({importData("broken/bad-date-connections.csv")}, o);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.files.first().added, 2);
        QCOMPARE(r.files.first().errors.size(), 1);
        QCOMPARE(t.count(QStringLiteral("SELECT errors FROM import_batches")), 1);
    }

    void brokenFilesAreRefusedWithAReason_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("binary") << "broken/binary.csv";
        QTest::newRow("unknown header") << "broken/unknown-header.csv";
        QTest::newRow("truncated quote") << "broken/truncated-quote.csv";
        QTest::newRow("missing") << "broken/does-not-exist.csv";
    }
    void brokenFilesAreRefusedWithAReason()
    {
        QFETCH(QString, file);
        ImportTestDb t;
        const ImportReport r = ImportService(*t.db).run({importData(file.toUtf8().constData())}, quiet());
        QVERIFY(!r.ok());
        QVERIFY(!r.totals().errors.isEmpty());
        QVERIFY(!r.totals().errors.first().reason.isEmpty());
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM contacts")), 0);
    }

    void linkedInFolderLinksMessagesAndInvitations()
    {
        ImportTestDb t;
        const ImportReport r = ImportService(*t.db).run({importData("linkedin")}, quiet());
        QVERIFY2(r.ok(), qPrintable(r.error));
        const FileReport* messages = reportFor(r, "/messages.csv");
        QCOMPARE(messages->added, 19);
        QCOMPARE(messages->skipped, 4); // draft, SPAM, sponsored, system notice
        QCOMPARE(reportFor(r, "/Invitations.csv")->added, 17);
        QCOMPARE(reportFor(r, "/Invitations.csv")->merged, 1); // the duplicate row
        QVERIFY(reportFor(r, "Positions.csv")->notes.size() == 1);
        // the owner was learned: Profile.csv's name, the URL from the messages
        QCOMPARE(db::scalar(*t.db, QStringLiteral("SELECT value FROM settings WHERE key = 'profile.linkedin_url'"))
                     .toString(),
                 QStringLiteral("https://www.linkedin.com/in/katarina-mrazova-4c21d8"));
        // Ľubomír's thread: he is linked through a raw-Unicode URL against a %-encoded one
        const QString lubomir = QStringLiteral("https://www.linkedin.com/in/ľubomír-šťastný-b7c2e0");
        QCOMPARE(db::scalar(*t.db,
                            QStringLiteral("SELECT c.two_way || c.initiated_by || c.message_count FROM conversations c "
                                           "JOIN conversation_contacts cc ON cc.conversation_id = c.id "
                                           "JOIN contacts p ON p.id = cc.contact_id WHERE p.linkedin_url = ? "
                                           "AND c.external_id LIKE '2-ZTlk%'"),
                            {lubomir})
                     .toString(),
                 QStringLiteral("1me2"));
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM messages WHERE from_me = 1 AND sender_name <> "
                                        "'Katarína Mrázová'")),
                 0);
        // the Jana thread (Nov 2025) and its earlier exports are separate conversations: gaps > 14 days
        QVERIFY(t.count(QStringLiteral("SELECT count(*) FROM conversations WHERE external_id LIKE "
                                       "'2-ODZmN2U0MzctZmFhNS1hN2ZjLWUxNWQtMWRkY2I5ZWFlYWVhXzAxMA==#%'")) >= 5);
        // "LinkedIn Member" is linked to nobody
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM conversation_contacts cc JOIN conversations c ON "
                                        "c.id = cc.conversation_id WHERE c.external_id LIKE '2-M2Mz%'")),
                 0);
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM messages WHERE content LIKE '%&amp;%'")), 0);
        // an invitation to someone now in Connections was accepted; Ines is not a connection
        QCOMPARE(
            db::scalar(*t.db, QStringLiteral("SELECT status FROM invitations WHERE to_name = 'Ines \"Nessa\" Okafor'"))
                .toString(),
            QStringLiteral("pending"));
        QCOMPARE(
            db::scalar(*t.db, QStringLiteral("SELECT status FROM invitations WHERE to_name = 'Sophie Lambert, PhD' "
                                             "AND to_url <> ''"))
                .toString(),
            QStringLiteral("accepted"));
    }

    void sessionsSplitOnLongGaps()
    {
        ImportTestDb t;
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("messages.csv")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,"
                "CONTENT,FOLDER\n"
                "T1,,Me,https://www.linkedin.com/in/me,You,https://www.linkedin.com/in/you,2025-03-01 10:00:00 "
                "UTC,,c,INBOX\n"
                "T1,,You,https://www.linkedin.com/in/you,Me,https://www.linkedin.com/in/me,2025-01-02 10:00:00 "
                "UTC,,b,INBOX\n"
                "T1,,Me,https://www.linkedin.com/in/me,You,https://www.linkedin.com/in/you,2025-01-01 10:00:00 "
                "UTC,,a,INBOX\n");
        f.close();
        QVERIFY(db::exec(*t.db, QStringLiteral("INSERT INTO settings (key, value) VALUES ('profile.linkedin_url', "
                                               "'https://www.linkedin.com/in/me')")));
        const ImportReport r = ImportService(*t.db).run({f.fileName()}, quiet());
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM conversations")), 2);
        QCOMPARE(db::scalar(*t.db, QStringLiteral("SELECT initiated_by || two_way || message_count FROM conversations "
                                                  "ORDER BY happened_at LIMIT 1"))
                     .toString(),
                 QStringLiteral("me12"));
        QCOMPARE(db::scalar(*t.db, QStringLiteral("SELECT initiated_by || two_way || message_count FROM conversations "
                                                  "ORDER BY happened_at DESC LIMIT 1"))
                     .toString(),
                 QStringLiteral("me01"));
    }

    void addressBooksMergeWithConnections()
    {
        ImportTestDb t;
        const ImportReport r =
            ImportService(*t.db).run({importData("linkedin/Connections.csv"), importData("google_contacts.csv"),
                                      importData("outlook.csv"), importData("contacts_v21_qp.vcf")},
                                     quiet());
        QVERIFY2(r.ok(), qPrintable(r.error));
        // Google's Jana joins the LinkedIn Jana through the URL and brings her e-mail and phones
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM contact_phones p JOIN contacts c ON c.id = p.contact_id "
                                        "WHERE c.linkedin_url = 'https://www.linkedin.com/in/jana-kovacova-3f9a21'")),
                 3);
        // Outlook's lossy "Ková?ová" does not overwrite the real name
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM contacts WHERE last_name LIKE '%?%'")), 0);
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM circles WHERE name = 'LinkedIn import'")), 1);
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM contacts WHERE display_name = 'Jana Kováčová'")), 2);
        const FileReport* vcf = reportFor(r, "contacts_v21_qp.vcf");
        QVERIFY(vcf->merged + vcf->updated + vcf->unchanged >= 2); // the duplicate card 11 and LinkedIn people
    }

    void largeImportRebuildsTheSearchIndexOnce()
    {
        // 3,000 people into an empty database: the row-by-row FTS triggers are dropped for the
        // transaction and the index rebuilt once. Search must work as if row by row, the triggers
        // must be back afterwards, and a cancelled large import must leave them in place.
        ImportTestDb t;
        const QString csv = t.dir.filePath(QStringLiteral("big/Connections.csv"));
        QVERIFY(QDir().mkpath(QFileInfo(csv).absolutePath()));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("First Name,Last Name,URL,Email Address,Company,Position,Connected On\n");
        for (int i = 0; i < 3000; ++i) {
            f.write(QStringLiteral("Person%1,Zed%1,https://www.linkedin.com/in/p-%1,,Firma %2,Analyst,01 Jan 2024\n")
                        .arg(i)
                        .arg(i % 7 == 0 ? QStringLiteral("Nordlicht") : QStringLiteral("Acme"))
                        .toUtf8());
        }
        f.close();
        const auto triggers = [&t] {
            return t.count(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name IN ('contacts_fts_ai', "
                                          "'contacts_fts_au', 'contacts_fts_ad', 'contacts_name_key', "
                                          "'contacts_display', 'contacts_batch')"));
        };
        const QStringList schemaBefore = t.schemaSql();
        QCOMPARE(triggers(), 6);

        std::atomic<bool> cancel{false};
        ImportOptions o = quiet();
        o.cancel = &cancel;
        o.progress = [&cancel](qint64 done, qint64) {
            if (done > 1000) {
                cancel = true;
            }
        };
        const ImportReport cancelled = ImportService(*t.db).run({csv}, o);
        QVERIFY(cancelled.cancelled);
        QCOMPARE(triggers(), 6);
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM contacts")), 0);

        const ImportReport r = ImportService(*t.db).run({csv}, quiet());
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM contacts")), 3000);
        QCOMPARE(triggers(), 6);
        QSqlQuery check(t.db->sql());
        QVERIFY2(check.exec(QStringLiteral("INSERT INTO contacts_fts(contacts_fts) VALUES ('integrity-check')")),
                 qPrintable(check.lastError().text()));
        // Triggers and indexes are back exactly as the migrations made them.
        QCOMPARE(t.schemaSql(), schemaBefore);
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM pragma_integrity_check WHERE integrity_check <> 'ok'")),
                 0);
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM contacts_fts WHERE contacts_fts MATCH 'nordlicht'")),
                 429);
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM contacts_fts WHERE contacts_fts MATCH 'person2999'")), 1);
        // The triggers work again: an edit after the import is searchable at once.
        QVERIFY(check.exec(QStringLiteral("UPDATE contacts SET company = 'Quillbridge' WHERE display_name = "
                                          "'Person7 Zed7'")));
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM contacts_fts WHERE contacts_fts MATCH 'quillbridge'")),
                 1);
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM contacts_fts WHERE contacts_fts MATCH 'nordlicht'")),
                 428);
        QVERIFY2(check.exec(QStringLiteral("INSERT INTO contacts_fts(contacts_fts) VALUES ('integrity-check')")),
                 qPrintable(check.lastError().text()));
    }

    void largeMessageImportBuildsItsIndexesOnce()
    {
        // 12,000 messages in 600 threads: the message indexes are dropped for the transaction and
        // built once; afterwards the schema is exactly as migrated and the data is all there.
        ImportTestDb t;
        const QStringList schemaBefore = t.schemaSql();
        const QString csv = t.dir.filePath(QStringLiteral("big/messages.csv"));
        QVERIFY(QDir().mkpath(QFileInfo(csv).absolutePath()));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,"
                "CONTENT,FOLDER,ATTACHMENTS,IS MESSAGE DRAFT\n");
        const QString me = QStringLiteral("Katarína Mrázová,https://www.linkedin.com/in/katarina-mrazova-4c21d8");
        for (int i = 0; i < 12000; ++i) {
            const int thread = i / 20;
            const QString other = QStringLiteral("Person%1 Zed,https://www.linkedin.com/in/p-%1").arg(thread);
            const QString when = QDateTime(QDate(2025, 1, 1), QTime(8, 0), QTimeZone::utc())
                                     .addSecs(qint64(thread) * 86400 * 3 + (i % 20) * 600)
                                     .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
            const bool mine = i % 2 == 0;
            f.write(QStringLiteral("2-thread-%1,,%2,%3,%4,,Message %5,INBOX,,No\n")
                        .arg(thread)
                        .arg(mine ? me : other, mine ? other : me, when)
                        .arg(i)
                        .toUtf8());
        }
        f.close();
        const ImportReport r = ImportService(*t.db).run({csv}, quiet());
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM messages")), 12000);
        QVERIFY(t.count(QStringLiteral("SELECT count(*) FROM conversations")) >= 600);
        QCOMPARE(t.schemaSql(), schemaBefore);
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM pragma_integrity_check WHERE integrity_check <> 'ok'")),
                 0);
        // The rebuilt index answers a thread's messages in order.
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM messages INDEXED BY messages_conversation WHERE "
                                        "conversation_id = (SELECT MIN(id) FROM conversations)")),
                 20);

        // Again, with 100 new messages and 50 lines repeated inside the file: the bulk path (no
        // unique index meanwhile) must still store each message once.
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray original = f.readAll();
        f.close();
        QByteArray again = original;
        for (int i = 0; i < 100; ++i) {
            again += QStringLiteral("2-thread-new,,Person1 Zed,https://www.linkedin.com/in/p-1,%1,2026-01-0%2 "
                                    "10:%3:00 UTC,,New message %4,INBOX,,No\n")
                         .arg(me)
                         .arg(1 + i / 50)
                         .arg(i % 50, 2, 10, QLatin1Char('0'))
                         .arg(i)
                         .toUtf8();
        }
        const QList<QByteArray> lines = original.split('\n');
        for (int i = 1; i <= 50; ++i) {
            again += lines.at(i) + '\n';
        }
        const QString csv2 = t.dir.filePath(QStringLiteral("big2/messages.csv"));
        QVERIFY(QDir().mkpath(QFileInfo(csv2).absolutePath()));
        QFile f2(csv2);
        QVERIFY(f2.open(QIODevice::WriteOnly));
        f2.write(again);
        f2.close();
        // Cancelled half-way through the messages: nothing changes, the dropped indexes are back.
        std::atomic<bool> cancel{false};
        ImportOptions stopping = quiet();
        stopping.cancel = &cancel;
        int calls = 0;
        stopping.progress = [&](qint64, qint64) { cancel = ++calls >= 20; };
        const ImportReport cancelled = ImportService(*t.db).run({csv2}, stopping);
        QVERIFY(cancelled.cancelled);
        QVERIFY(calls >= 20);
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM messages")), 12000);
        QCOMPARE(t.schemaSql(), schemaBefore);

        const ImportReport r2 = ImportService(*t.db).run({csv2}, quiet());
        QVERIFY2(r2.ok(), qPrintable(r2.error));
        QCOMPARE(r2.totals().added, 100);
        QCOMPARE(r2.totals().unchanged, 12050);
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM messages")), 12100);
        QCOMPARE(t.count(QStringLiteral("SELECT count(DISTINCT external_key) FROM messages")), 12100);
        QCOMPARE(t.schemaSql(), schemaBefore);
        // The unique index is back and enforced.
        QSqlQuery dup(t.db->sql());
        QVERIFY(
            !dup.exec(QStringLiteral("INSERT INTO messages (conversation_id, sent_at, from_me, external_key) "
                                     "SELECT conversation_id, sent_at, from_me, external_key FROM messages LIMIT 1")));
        // Undoing the second import removes exactly its 100 messages.
        QVERIFY(undoBatch(*t.db, r2.batchId));
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM messages")), 12000);
    }
};

QTEST_GUILESS_MAIN(TestImportService)
#include "tst_importservice.moc"
