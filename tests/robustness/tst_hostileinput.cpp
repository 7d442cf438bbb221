// Hostile and extreme input: huge values kept intact but shortened for display, zip archives that
// climb out of their folder or inflate to a gigabyte, a full disk, a read-only database, markup in
// names and messages, and spreadsheet formulas in exported cells.
#include "RobustnessUtil.h"

#include "db/Database.h"
#include "exporters/CsvWriter.h"
#include "importers/ImportService.h"
#include "reports/WeeklyListHtml.h"
#include "store/ContactStore.h"
#include "util/Text.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <grp.h>
#include <unistd.h>
#include <zip.h>

#include <memory>

using namespace rapport;
using namespace rapport::importers;
using namespace robustness;

namespace {

/// A fresh database file; the connection the import uses is db->sql().
struct TestDb
{
    QTemporaryDir dir;
    std::unique_ptr<db::Database> db;
    TestDb()
    {
        db::Database::Options o;
        o.backupBeforeMigration = false;
        if (auto opened = db::Database::open(dir.filePath(QStringLiteral("hostile.sqlite")), o)) {
            db = std::move(opened).value();
        }
    }
    QStringList column(const QString& sql)
    {
        QStringList v;
        QSqlQuery q(db->sql());
        q.exec(sql);
        while (q.next()) {
            v << q.value(0).toString();
        }
        return v;
    }
    qint64 count(const QString& sql) { return column(sql).value(0, QStringLiteral("-1")).toLongLong(); }
    /// Every table's row count plus the contacts themselves: equal before and after means "unchanged".
    QStringList state()
    {
        QStringList s = contactDump(db->sql());
        for (const QString& t :
             column(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND "
                                   "name NOT LIKE 'sqlite_%' AND name NOT LIKE '%fts%' ORDER BY name"))) {
            s << t + QLatin1Char('=') + QString::number(count(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(t)));
        }
        return s;
    }
};

ImportOptions noBackup()
{
    ImportOptions o;
    o.backup = false;
    return o;
}

QString allErrors(const ImportReport& r)
{
    QStringList all{r.error};
    for (const RowError& e : r.totals().errors) {
        all << e.file + QStringLiteral(" line ") + QString::number(e.line) + QStringLiteral(": ") + e.reason;
    }
    return all.join(QLatin1Char('\n'));
}

bool addEntry(zip_t* z, const QString& name, zip_source_t* src)
{
    if (src == nullptr) {
        return false;
    }
    const zip_int64_t index = zip_file_add(z, name.toUtf8().constData(), src, ZIP_FL_ENC_UTF_8);
    if (index < 0) {
        zip_source_free(src);
        return false;
    }
    return zip_set_file_compression(z, zip_uint64_t(index), ZIP_CM_DEFLATE, 1) == 0;
}

bool addBytes(zip_t* z, const QString& name, const QByteArray& content)
{
    void* copy = malloc(size_t(content.size()));
    memcpy(copy, content.constData(), size_t(content.size()));
    return addEntry(z, name, zip_source_buffer(z, copy, zip_uint64_t(content.size()), 1));
}

/// A zip source of `size` zero bytes produced on the fly, so a 1 GB member needs no 1 GB buffer.
struct Zeros
{
    zip_uint64_t size = 0;
    zip_uint64_t pos = 0;
    zip_error_t error{};
};

zip_int64_t zerosCallback(void* state, void* data, zip_uint64_t len, zip_source_cmd_t cmd)
{
    auto* z = static_cast<Zeros*>(state);
    switch (cmd) {
    case ZIP_SOURCE_OPEN:
        z->pos = 0;
        return 0;
    case ZIP_SOURCE_READ: {
        const zip_uint64_t n = std::min(len, z->size - z->pos);
        memset(data, 0, size_t(n));
        z->pos += n;
        return zip_int64_t(n);
    }
    case ZIP_SOURCE_CLOSE:
        return 0;
    case ZIP_SOURCE_STAT: {
        auto* st = static_cast<zip_stat_t*>(data);
        zip_stat_init(st);
        st->size = z->size;
        st->valid |= ZIP_STAT_SIZE;
        return sizeof(zip_stat_t);
    }
    case ZIP_SOURCE_ERROR:
        return zip_error_to_data(&z->error, data, len);
    case ZIP_SOURCE_FREE:
        zip_error_fini(&z->error);
        delete z;
        return 0;
    case ZIP_SOURCE_SUPPORTS:
        return zip_source_make_command_bitmap(ZIP_SOURCE_OPEN, ZIP_SOURCE_READ, ZIP_SOURCE_CLOSE, ZIP_SOURCE_STAT,
                                              ZIP_SOURCE_ERROR, ZIP_SOURCE_FREE, -1);
    default:
        zip_error_set(&z->error, ZIP_ER_INVAL, 0);
        return -1;
    }
}

zip_source_t* zeros(zip_t* archive, zip_uint64_t size)
{
    auto* state = new Zeros;
    state->size = size;
    zip_error_init(&state->error);
    zip_source_t* src = zip_source_function(archive, zerosCallback, state);
    if (src == nullptr) {
        zip_error_fini(&state->error);
        delete state;
    }
    return src;
}

/// LinkedIn's messages.csv (12 columns) with one message from Jana to the owner.
QByteArray messagesCsv(const QByteArray& content)
{
    QByteArray quoted = content;
    quoted.replace('"', "\"\"");
    return "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,"
           "FOLDER,ATTACHMENTS,IS MESSAGE DRAFT\n"
           "2-aG9zdGlsZQ==,,Jana Kováčová,https://www.linkedin.com/in/jana-kovacova-3f9a21,Katarína Mrázová,"
           "https://www.linkedin.com/in/katarina-mrazova-4c21d8,2025-11-04 08:12:40 UTC,,\"" +
           quoted + "\",INBOX,,No\n";
}

const QStringList kHostile = {
    QStringLiteral("<script>alert(1)</script>"),
    QStringLiteral("<img src=x onerror=alert(document.cookie)>"),
    QStringLiteral("<a href=\"javascript:alert(1)\">click me</a>"),
    QStringLiteral("https://evil.example/?q=<b>bold</b>&x=\"y\""),
};

} // namespace

class TestHostileInput : public QObject
{
    Q_OBJECT
private slots:
    void tenMegabyteMessageIsStoredIntactAndShortenedForDisplay();
    void hundredThousandCharacterNameRoundTrips();
    void zipClimbingOutOfItsFolderIsRefused_data();
    void zipClimbingOutOfItsFolderIsRefused();
    void zipMemberInflatingToOneGigabyteIsRefused();
    void fullDiskFailsTheImportWithoutPartialState();
    void readOnlyDatabaseGivesAClearError();
    void markupInNamesAndMessagesStaysText();
    void exportedCellsNeverRunAsFormulas();
};

void TestHostileInput::tenMegabyteMessageIsStoredIntactAndShortenedForDisplay()
{
    QByteArray content;
    const QByteArray line = "Hello, \"Jana\" — a 10 MB message: ťžšč 🚀 0123456789 lorem ipsum dolor sit amet\n";
    while (content.size() < 10 * 1024 * 1024) {
        content += line;
    }
    content += "the end";
    TestDb t;
    QVERIFY(t.db);
    const QString file = t.dir.filePath(QStringLiteral("messages.csv"));
    QVERIFY(writeFile(file, messagesCsv(content)));
    const ImportReport r = ImportService(*t.db).run({file}, noBackup());
    QVERIFY2(r.ok(), qPrintable(allErrors(r)));
    const QStringList stored = t.column(QStringLiteral("SELECT content FROM messages"));
    QCOMPARE(stored.size(), 1);
    const QString expected = QString::fromUtf8(content);
    QCOMPARE(stored.first().size(), expected.size());
    QVERIFY(stored.first() == expected); // QCOMPARE would print 10 MB on failure
    // Display: what the models and lists use; the conversation summary is shortened when it is written.
    QCOMPARE(text::elide(stored.first(), 140).size(), 141);
    for (const QString& summary : t.column(QStringLiteral("SELECT summary FROM conversations"))) {
        QVERIFY2(summary.size() <= 1000, qPrintable(QString::number(summary.size())));
    }
}

void TestHostileInput::hundredThousandCharacterNameRoundTrips()
{
    QString name;
    while (name.size() < 100000) {
        name += QStringLiteral("Jana Kováčová-Ľubomírová 伟 ");
    }
    name.truncate(100000);
    TestDb t;
    QVERIFY(t.db);
    Contact c;
    c.displayName = name;
    c.firstName = name;
    c.company = name;
    const auto id = ContactStore(*t.db).add(c);
    QVERIFY2(id, qPrintable(id.error()));
    const auto back = ContactStore(*t.db).get(id.value());
    QVERIFY(back);
    QVERIFY(back->displayName == name);
    QVERIFY(back->firstName == name);
    QVERIFY(back->company == name);
    QCOMPARE(text::elide(back->displayName, 80).size(), 81);

    // Through an import as well: a 100,000-character first name in Connections.csv.
    const QString csv = t.dir.filePath(QStringLiteral("Connections.csv"));
    QByteArray bytes = connectionsCsv(1);
    bytes.replace("Jana,", name.toUtf8() + ',');
    QVERIFY(writeFile(csv, bytes));
    const ImportReport r = ImportService(*t.db).run({csv}, noBackup());
    QVERIFY2(r.ok(), qPrintable(allErrors(r)));
    const QStringList firstNames =
        t.column(QStringLiteral("SELECT first_name FROM contacts WHERE linkedin_url LIKE '%person-0-%'"));
    QCOMPARE(firstNames.size(), 1);
    QCOMPARE(firstNames.first().size(), name.size());
    QVERIFY(firstNames.first() == name);

    // The printed weekly list shortens it (maxNameChars) and never carries the whole name.
    reports::WeeklyEntry e;
    e.item.contactName = name;
    e.item.company = name;
    e.item.due = QDate(2026, 11, 25);
    e.item.listedOn = e.item.due;
    e.lastSummary = name;
    const QString html = reports::html::entry(e, QDate(2026, 11, 25), {});
    QVERIFY2(html.size() < 5000, qPrintable(QString::number(html.size())));
}

void TestHostileInput::zipClimbingOutOfItsFolderIsRefused_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("../") << QStringLiteral("../Connections.csv");
    QTest::newRow("a/../../") << QStringLiteral("export/../../../Connections.csv");
    QTest::newRow("absolute") << QStringLiteral("/tmp/rapport-evil-Connections.csv");
}

void TestHostileInput::zipClimbingOutOfItsFolderIsRefused()
{
    QFETCH(QString, name);
    TestDb t;
    QVERIFY(t.db);
    QVERIFY(ImportService(*t.db).run({importData("linkedin/Connections.csv")}, noBackup()).ok());
    const QStringList before = t.state();

    const QString inner = t.dir.filePath(QStringLiteral("deep/inside"));
    QVERIFY(QDir().mkpath(inner));
    const QString zipPath = QDir(inner).filePath(QStringLiteral("evil.zip"));
    int err = 0;
    zip_t* z = zip_open(QFile::encodeName(zipPath).constData(), ZIP_CREATE | ZIP_TRUNCATE, &err);
    QVERIFY(z);
    QVERIFY(addBytes(z, QStringLiteral("messages.csv"), readFile(importData("linkedin/messages.csv"))));
    QVERIFY(addBytes(z, name, connectionsCsv(3)));
    QCOMPARE(zip_close(z), 0);

    ImportOptions o = noBackup();
    o.skipBadRows = true; // even then the whole archive is refused
    const ImportReport r = ImportService(*t.db).run({zipPath}, o);
    const QString errors = allErrors(r);
    QVERIFY2(!r.totals().errors.isEmpty(), qPrintable(errors));
    QVERIFY2(errors.contains(QLatin1String("evil.zip")), qPrintable(errors));
    QVERIFY2(errors.contains(QLatin1String("unsafe path")) && errors.contains(name), qPrintable(errors));
    QCOMPARE(t.state(), before);
    QVERIFY(!QFile::exists(t.dir.filePath(QStringLiteral("deep/Connections.csv"))));
    QVERIFY(!QFile::exists(QStringLiteral("/tmp/rapport-evil-Connections.csv")));
}

void TestHostileInput::zipMemberInflatingToOneGigabyteIsRefused()
{
    TestDb t;
    QVERIFY(t.db);
    QVERIFY(ImportService(*t.db).run({importData("linkedin/Connections.csv")}, noBackup()).ok());
    const QStringList before = t.state();

    const QString zipPath = t.dir.filePath(QStringLiteral("Basic_LinkedInDataExport_bomb.zip"));
    int err = 0;
    zip_t* z = zip_open(QFile::encodeName(zipPath).constData(), ZIP_CREATE | ZIP_TRUNCATE, &err);
    QVERIFY(z);
    QVERIFY(addBytes(z, QStringLiteral("Invitations.csv"), readFile(importData("linkedin/Invitations.csv"))));
    QVERIFY(addEntry(z, QStringLiteral("messages.csv"), zeros(z, 1024ULL * 1024 * 1024)));
    QCOMPARE(zip_close(z), 0);
    const qint64 zipSize = QFileInfo(zipPath).size();
    QVERIFY2(zipSize < 8 * 1024 * 1024, qPrintable(QString::number(zipSize))); // deflate level 1: ~230:1

    QElapsedTimer clock;
    clock.start();
    ImportOptions o;
    o.skipBadRows = true; // a bomb is refused even when bad rows may be skipped
    const ImportReport r = ImportService(*t.db).run({zipPath}, o);
    const QString errors = allErrors(r);
    qInfo("1 GB member (%lld-byte zip) refused in %lld ms: %s", zipSize, clock.elapsed(), qPrintable(errors));
    QVERIFY2(!r.totals().errors.isEmpty() || !r.ok(), qPrintable(errors));
    QVERIFY2(errors.contains(QLatin1String("Basic_LinkedInDataExport_bomb.zip")), qPrintable(errors));
    QVERIFY2(errors.contains(QLatin1String("zip bomb")) || errors.contains(QLatin1String("inflates")),
             qPrintable(errors));
    QCOMPARE(t.state(), before);
}

void TestHostileInput::fullDiskFailsTheImportWithoutPartialState()
{
    TestDb t;
    QVERIFY(t.db);
    QVERIFY(ImportService(*t.db).run({importData("linkedin/Connections.csv")}, noBackup()).ok());
    const QStringList before = t.state();
    const QString csv = t.dir.filePath(QStringLiteral("big/Connections.csv"));
    QVERIFY(QDir().mkpath(QFileInfo(csv).absolutePath()));
    QVERIFY(writeFile(csv, connectionsCsv(5000)));

    // The "disk" ends a few pages past what the database holds now, on the import's own connection.
    const qint64 pages = t.count(QStringLiteral("PRAGMA page_count"));
    QSqlQuery q(t.db->sql());
    QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 16)));
    const ImportReport r = ImportService(*t.db).run({csv}, noBackup());
    QVERIFY(!r.ok());
    QVERIFY2(r.error.contains(QLatin1String("full"), Qt::CaseInsensitive), qPrintable(r.error));
    QVERIFY2(r.error.contains(QLatin1String("nothing was imported"), Qt::CaseInsensitive), qPrintable(r.error));
    QCOMPARE(t.db->transactionDepth(), 0);
    QCOMPARE(t.column(QStringLiteral("PRAGMA integrity_check")), QStringList{QStringLiteral("ok")});
    QCOMPARE(t.state(), before);

    // Room again: the same import goes through, so nothing was left half-done.
    QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = 1073741823")));
    const ImportReport again = ImportService(*t.db).run({csv}, noBackup());
    QVERIFY2(again.ok(), qPrintable(allErrors(again)));
    QCOMPARE(again.totals().added, 5000);
}

void TestHostileInput::readOnlyDatabaseGivesAClearError()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("readonly.sqlite"));
    {
        auto opened = db::Database::open(path);
        QVERIFY(opened);
        QVERIFY(ImportService(*opened.value()).run({importData("linkedin/Connections.csv")}, noBackup()).ok());
    } // closed: the WAL is folded back in, only the main file remains
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner));
    const QByteArray hashBefore = QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha256);

    CliRun run;
    if (::geteuid() != 0) {
        auto opened = db::Database::open(path);
        QVERIFY(!opened);
        QVERIFY2(opened.error().contains(QLatin1String("read-only")) && opened.error().contains(path),
                 qPrintable(opened.error()));
        run = cli(path, {QStringLiteral("import"), importData("linkedin/Invitations.csv")});
    } else {
        // Root writes through permission bits; run the CLI as "nobody" on a file nobody owns read-only.
        constexpr uid_t nobody = 65534;
        if (::chown(QFile::encodeName(path).constData(), nobody, nobody) != 0 ||
            ::chown(QFile::encodeName(dir.path()).constData(), nobody, nobody) != 0) {
            QSKIP("running as root and cannot hand the file to nobody; permission bits would not stop writes");
        }
        QProcess p;
        p.setProgram(QStringLiteral(RAPPORT_CLI_PATH));
        p.setArguments(
            {QStringLiteral("--db"), path, QStringLiteral("import"), importData("linkedin/Invitations.csv")});
        p.setChildProcessModifier([] {
            if (::setgroups(0, nullptr) != 0 || ::setgid(nobody) != 0 || ::setuid(nobody) != 0) {
                ::_exit(99);
            }
        });
        p.start();
        QVERIFY(p.waitForFinished(60000));
        if (p.exitCode() == 99) {
            QSKIP("running as root and cannot switch to nobody; permission bits would not stop writes");
        }
        run.exitCode = p.exitCode();
        run.err = p.readAllStandardError();
        run.out = p.readAllStandardOutput();
    }
    const QString message = QString::fromUtf8(run.err + run.out);
    qInfo("read-only database: exit %d: %s", run.exitCode, qPrintable(message.trimmed()));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(message.contains(QLatin1String("read-only")) && message.contains(path), qPrintable(message));
    QCOMPARE(QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha256), hashBefore);
}

void TestHostileInput::markupInNamesAndMessagesStaysText()
{
    // Stored verbatim through an import...
    TestDb t;
    QVERIFY(t.db);
    QByteArray csv = connectionsCsv(kHostile.size());
    for (int i = 0; i < kHostile.size(); ++i) {
        QByteArray quoted = kHostile[i].toUtf8();
        quoted.replace('"', "\"\"");
        csv.replace(",Nováková-" + QByteArray::number(i) + ",", ",\"" + quoted + "\",");
    }
    const QString file = t.dir.filePath(QStringLiteral("Connections.csv"));
    QVERIFY(writeFile(file, csv));
    const ImportReport r = ImportService(*t.db).run({file}, noBackup());
    QVERIFY2(r.ok(), qPrintable(allErrors(r)));
    const QStringList lastNames = t.column(QStringLiteral("SELECT last_name FROM contacts"));
    for (const QString& h : kHostile) {
        QVERIFY2(lastNames.contains(h), qPrintable(h));
    }

    // ...and printed as text by the core's HTML (the weekly list).
    for (const QString& h : kHostile) {
        reports::WeeklyEntry e;
        e.item.contactName = h;
        e.item.company = h;
        e.item.whyNow = h;
        e.item.due = QDate(2026, 11, 25);
        e.item.listedOn = e.item.due;
        e.phone = h;
        e.email = h;
        e.lastSummary = h;
        e.howMet = h;
        e.opener = h;
        const QString html = reports::html::entry(e, QDate(2026, 11, 25), {});
        for (const char* tag : {"<script", "<img", "<a ", "<b>bold", "onerror=\"", "href=\"javascript"}) {
            QVERIFY2(!html.contains(QLatin1String(tag)),
                     qPrintable(QLatin1String(tag) + QStringLiteral(" in ") + html));
        }
        QVERIFY2(html.contains(h.left(20).toHtmlEscaped()), qPrintable(html));
    }
}

void TestHostileInput::exportedCellsNeverRunAsFormulas()
{
    const QStringList cells = {QStringLiteral("=HYPERLINK(\"http://evil.example\",\"x\")"),
                               QStringLiteral("+SUM(A1:A9)"),
                               QStringLiteral("-2+3"),
                               QStringLiteral("@SUM(1)"),
                               QStringLiteral("  =1+1"),
                               QStringLiteral("\t=1"),
                               QStringLiteral("\r=1")};
    const QString record = QString::fromUtf8(exporters::csvRecord(cells));
    for (const QString& c : cells) {
        const QString n = exporters::neutralizeFormula(c);
        QVERIFY2(n.startsWith(QLatin1Char('\'')), qPrintable(c));
        QVERIFY2(n.mid(1) == c, qPrintable(c)); // the text itself is kept
    }
    for (const QString& field : record.trimmed().split(QLatin1Char(','))) {
        const QString bare = field.startsWith(QLatin1Char('"')) ? field.mid(1) : field;
        QVERIFY2(!bare.startsWith(QLatin1Char('=')) && !bare.startsWith(QLatin1Char('+')) &&
                     !bare.startsWith(QLatin1Char('-')) && !bare.startsWith(QLatin1Char('@')),
                 qPrintable(record));
    }
    Contact c;
    c.displayName = QStringLiteral("=cmd|' /C calc'!A0");
    c.company = QStringLiteral("@SUM(1+1)");
    c.position = QStringLiteral("+1");
    c.notes = QStringLiteral("-1");
    const QString exported = QString::fromUtf8(exporters::csvRecord(exporters::contactCsvCells(c)));
    for (const QString& bad :
         {QStringLiteral("=cmd"), QStringLiteral("@SUM"), QStringLiteral("+1"), QStringLiteral("-1")}) {
        // Each appears only behind the apostrophe (possibly inside quotes).
        QVERIFY2(exported.contains(QLatin1Char('\'') + bad), qPrintable(exported));
        QVERIFY2(!exported.contains(QLatin1Char(',') + bad) && !exported.contains(QStringLiteral(",\"") + bad) &&
                     !exported.startsWith(bad) && !exported.startsWith(QLatin1Char('"') + bad),
                 qPrintable(exported));
    }
}

QTEST_GUILESS_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"
