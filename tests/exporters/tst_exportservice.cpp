// ExportService over a real database: complete JSON, filters, atomic writes, cancel, progress,
// and a vCard export that imports back into an empty database as the same people.
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "demo/DemoGenerator.h"
#include "exporters/ExportService.h"
#include "importers/CsvReader.h"
#include "importers/ImportService.h"
#include "store/CircleStore.h"
#include "store/ContactStore.h"
#include "util/Clock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace rapport;
using namespace rapport::exporters;

Q_DECLARE_METATYPE(rapport::exporters::ExportFormat)

class TestExportService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase() { Clock::setFixed({}); }
    void jsonExportIsCompleteAndValid();
    void jsonSelectionKeepsOnlyRelatedRecords();
    void vcardTakesCircleMembers();
    void allSkipsTrashButIdsTakeIt();
    void unknownCircleOrIdWritesNothing();
    void unwritableFileFailsAndKeepsOldFile();
    void cancelKeepsOldFile();
    void progressReachesTotal();
    void csvHasBomHeaderAndOneRecordPerContact();
    void vcardImportsBackAsTheSamePeople_data();
    void vcardImportsBackAsTheSamePeople();

private:
    QByteArray read(const QString& path);
    qint64 count(const QString& sql);
    ExportReport exportTo(ExportFormat format, const QString& name, const QString& circle = {},
                          const QList<qint64>& ids = {});
    QTemporaryDir m_dir;
    std::unique_ptr<db::Database> m_db;
};

void TestExportService::initTestCase()
{
    Clock::setFixed(QDateTime(QDate(2026, 11, 23), QTime(8, 0)));
    auto db = db::Database::open(m_dir.filePath(QStringLiteral("demo.sqlite")));
    QVERIFY2(db, qPrintable(db.error()));
    m_db = std::move(db).value();
    demo::DemoOptions options;
    options.contacts = 120;
    auto stats = demo::generate(*m_db, options);
    QVERIFY2(stats, qPrintable(stats.error()));
    QVERIFY(stats->conversations > 0 && stats->followUps > 0 && stats->introductions > 0 && stats->invitations > 0);
}

QByteArray TestExportService::read(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

qint64 TestExportService::count(const QString& sql)
{
    return db::scalar(*m_db, sql).toLongLong();
}

ExportReport TestExportService::exportTo(ExportFormat format, const QString& name, const QString& circle,
                                         const QList<qint64>& ids)
{
    ExportOptions o;
    o.format = format;
    o.filePath = m_dir.filePath(name);
    o.circle = circle;
    o.ids = ids;
    return ExportService(*m_db).run(o);
}

void TestExportService::jsonExportIsCompleteAndValid()
{
    const ExportReport r = exportTo(ExportFormat::Json, QStringLiteral("all.json"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(read(r.filePath), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    const QJsonObject root = doc.object();
    QCOMPARE(root.value(QLatin1String("format")).toString(), QStringLiteral("rapport-export"));
    QCOMPARE(root.value(QLatin1String("version")).toInt(), 1);
    QCOMPARE(root.value(QLatin1String("scope")).toString(), QStringLiteral("all"));
    QCOMPARE(root.value(QLatin1String("schemaVersion")).toInt(), m_db->schemaVersion());

    const struct
    {
        const char* key;
        const char* table;
        int ExportReport::*field;
    } sections[] = {{"contacts", "contacts", &ExportReport::contacts},
                    {"conversations", "conversations", &ExportReport::conversations},
                    {"followUps", "followups", &ExportReport::followUps},
                    {"introductions", "introductions", &ExportReport::introductions},
                    {"invitations", "invitations", &ExportReport::invitations},
                    {"circles", "circles", &ExportReport::circles},
                    {"importBatches", "import_batches", &ExportReport::importBatches}};
    const QJsonObject counts = root.value(QLatin1String("counts")).toObject();
    for (const auto& s : sections) {
        const qint64 inDb = count(QStringLiteral("SELECT count(*) FROM ") + QLatin1String(s.table));
        QVERIFY2(inDb > 0, s.table);
        QCOMPARE(root.value(QLatin1String(s.key)).toArray().size(), inDb);
        QCOMPARE(counts.value(QLatin1String(s.key)).toInteger(), inDb);
        QCOMPARE(qint64(r.*(s.field)), inDb);
    }

    // Children travel with their parents.
    qint64 emails = 0, circleLinks = 0, messages = 0, participants = 0;
    for (const QJsonValue& v : root.value(QLatin1String("contacts")).toArray()) {
        const QJsonObject c = v.toObject();
        QVERIFY(!c.value(QLatin1String("uid")).toString().isEmpty());
        emails += c.value(QLatin1String("emails")).toArray().size();
        circleLinks += c.value(QLatin1String("circles")).toArray().size();
    }
    for (const QJsonValue& v : root.value(QLatin1String("conversations")).toArray()) {
        const QJsonObject c = v.toObject();
        participants += c.value(QLatin1String("contactIds")).toArray().size();
        messages += c.value(QLatin1String("messages")).toArray().size();
    }
    QCOMPARE(emails, count(QStringLiteral("SELECT count(*) FROM contact_emails")));
    QCOMPARE(circleLinks, count(QStringLiteral("SELECT count(*) FROM contact_circles")));
    QCOMPARE(participants, count(QStringLiteral("SELECT count(*) FROM conversation_contacts")));
    QCOMPARE(messages, count(QStringLiteral("SELECT count(*) FROM messages")));
    QCOMPARE(qint64(r.messages), messages);
    QCOMPARE(counts.value(QLatin1String("messages")).toInteger(), messages);

    // Triage travels with the invitations.
    const qint64 judged = count(QStringLiteral("SELECT count(*) FROM invitations WHERE verdict <> ''"));
    qint64 judgedInFile = 0;
    for (const QJsonValue& v : root.value(QLatin1String("invitations")).toArray()) {
        const QJsonObject i = v.toObject();
        QVERIFY(i.value(QLatin1String("reasons")).isArray());
        judgedInFile += i.value(QLatin1String("verdict")).toString().isEmpty() ? 0 : 1;
    }
    QCOMPARE(judgedInFile, judged);
    QCOMPARE(r.bytes, QFileInfo(r.filePath).size());
}

void TestExportService::jsonSelectionKeepsOnlyRelatedRecords()
{
    const QList<qint64> ids = {1, 2, 3};
    const ExportReport r = exportTo(ExportFormat::Json, QStringLiteral("some.json"), {}, ids);
    QVERIFY2(r.ok(), qPrintable(r.error));
    const QJsonObject root = QJsonDocument::fromJson(read(r.filePath)).object();
    QCOMPARE(root.value(QLatin1String("scope")).toString(), QStringLiteral("selection"));
    QCOMPARE(r.contacts, 3);
    const QSet<qint64> wanted(ids.cbegin(), ids.cend());
    for (const QJsonValue& v : root.value(QLatin1String("contacts")).toArray()) {
        QVERIFY(wanted.contains(v.toObject().value(QLatin1String("id")).toInteger()));
    }
    const qint64 conversations =
        count(QStringLiteral("SELECT count(DISTINCT conversation_id) FROM conversation_contacts WHERE contact_id IN "
                             "(1,2,3)"));
    QCOMPARE(qint64(r.conversations), conversations);
    for (const QJsonValue& v : root.value(QLatin1String("conversations")).toArray()) {
        bool involved = false;
        for (const QJsonValue& id : v.toObject().value(QLatin1String("contactIds")).toArray()) {
            involved = involved || wanted.contains(id.toInteger());
        }
        QVERIFY(involved);
    }
    QCOMPARE(qint64(r.followUps), count(QStringLiteral("SELECT count(*) FROM followups WHERE contact_id IN (1,2,3)")));
}

void TestExportService::vcardTakesCircleMembers()
{
    auto circles = CircleStore(*m_db).list();
    QVERIFY(circles && !circles->isEmpty());
    const Circle circle = circles->first();
    const qint64 members =
        db::scalar(*m_db,
                   QStringLiteral("SELECT count(*) FROM contact_circles cc JOIN contacts c ON "
                                  "c.id=cc.contact_id WHERE cc.circle_id=? AND c.deleted_at IS NULL"),
                   {circle.id})
            .toLongLong();
    QVERIFY(members > 0);
    // Circle names compare case-insensitively, as in the app.
    const ExportReport r = exportTo(ExportFormat::VCard4, QStringLiteral("circle.vcf"), circle.name.toUpper());
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(qint64(r.contacts), members);
    const QByteArray data = read(r.filePath);
    QCOMPARE(qint64(data.count("BEGIN:VCARD\r\n")), members);
    QCOMPARE(qint64(data.count("\r\nVERSION:4.0\r\n")), members);

    // A circle and ids together: the selected members only.
    const qint64 member = db::scalar(*m_db,
                                     QStringLiteral("SELECT contact_id FROM contact_circles WHERE circle_id=? "
                                                    "ORDER BY contact_id LIMIT 1"),
                                     {circle.id})
                              .toLongLong();
    const qint64 outsider = db::scalar(*m_db,
                                       QStringLiteral("SELECT id FROM contacts WHERE id NOT IN (SELECT "
                                                      "contact_id FROM contact_circles WHERE circle_id=?) "
                                                      "LIMIT 1"),
                                       {circle.id})
                                .toLongLong();
    const ExportReport both =
        exportTo(ExportFormat::VCard3, QStringLiteral("both.vcf"), circle.name, {member, outsider});
    QVERIFY2(both.ok(), qPrintable(both.error));
    QCOMPARE(both.contacts, 1);
}

void TestExportService::allSkipsTrashButIdsTakeIt()
{
    auto db = db::Database::open(m_dir.filePath(QStringLiteral("trash.sqlite")));
    QVERIFY(db);
    ContactStore store(*db.value());
    Contact a;
    a.displayName = QStringLiteral("Kept");
    Contact b;
    b.displayName = QStringLiteral("Trashed");
    QVERIFY(store.add(a));
    QVERIFY(store.add(b));
    QVERIFY(store.moveToTrash({b.id}));
    ExportOptions o;
    o.filePath = m_dir.filePath(QStringLiteral("trash.vcf"));
    ExportReport r = ExportService(*db.value()).run(o);
    QVERIFY(r.ok());
    QCOMPARE(r.contacts, 1);
    QVERIFY(!read(o.filePath).contains("Trashed"));
    o.ids = {b.id};
    r = ExportService(*db.value()).run(o);
    QCOMPARE(r.contacts, 1);
    QVERIFY(read(o.filePath).contains("FN:Trashed"));
    // The full JSON export keeps the Trash too, marked as such.
    o.ids.clear();
    o.format = ExportFormat::Json;
    o.filePath = m_dir.filePath(QStringLiteral("trash.json"));
    r = ExportService(*db.value()).run(o);
    QCOMPARE(r.contacts, 2);
    const QJsonArray contacts =
        QJsonDocument::fromJson(read(o.filePath)).object().value(QLatin1String("contacts")).toArray();
    QCOMPARE(contacts.at(1).toObject().value(QLatin1String("inTrash")).toBool(), true);
}

void TestExportService::unknownCircleOrIdWritesNothing()
{
    ExportReport r = exportTo(ExportFormat::VCard4, QStringLiteral("nope.vcf"), QStringLiteral("No such circle"));
    QVERIFY(!r.ok());
    QVERIFY2(r.error.contains(QLatin1String("No such circle")), qPrintable(r.error));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("nope.vcf"))));
    r = exportTo(ExportFormat::Csv, QStringLiteral("nope.csv"), {}, {1, 999999});
    QVERIFY(!r.ok());
    QVERIFY2(r.error.contains(QLatin1String("999999")), qPrintable(r.error));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("nope.csv"))));
}

void TestExportService::unwritableFileFailsAndKeepsOldFile()
{
    ExportReport r = exportTo(ExportFormat::Csv, QStringLiteral("missing/dir/out.csv"));
    QVERIFY(!r.ok());
    QVERIFY(r.error.contains(QLatin1String("out.csv")));
    r = exportTo(ExportFormat::Csv, QString()); // the temporary folder itself
    QVERIFY(!r.ok());

    if (::geteuid() == 0) {
        QSKIP("root writes into read-only folders");
    }
    const QString dir = m_dir.filePath(QStringLiteral("readonly"));
    QVERIFY(QDir().mkpath(dir));
    QFile old(dir + QStringLiteral("/out.csv"));
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("old");
    old.close();
    QVERIFY(::chmod(QFile::encodeName(dir).constData(), 0555) == 0);
    r = exportTo(ExportFormat::Csv, QStringLiteral("readonly/out.csv"));
    ::chmod(QFile::encodeName(dir).constData(), 0755);
    QVERIFY(!r.ok());
    QCOMPARE(read(old.fileName()), QByteArray("old"));
}

void TestExportService::cancelKeepsOldFile()
{
    for (const ExportFormat format : {ExportFormat::VCard4, ExportFormat::Json}) {
        const QString path = m_dir.filePath(QStringLiteral("cancel.") + exportFileSuffix(format));
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old");
        old.close();
        std::atomic<bool> cancel{false};
        ExportOptions o;
        o.format = format;
        o.filePath = path;
        o.cancel = &cancel;
        o.progress = [&](qint64 done, qint64) {
            if (done > 30) {
                cancel.store(true);
            }
        };
        const ExportReport r = ExportService(*m_db).run(o);
        QVERIFY(!r.ok());
        QVERIFY(r.cancelled);
        QCOMPARE(r.contacts, 0);
        QCOMPARE(read(path), QByteArray("old"));
    }
}

void TestExportService::progressReachesTotal()
{
    qint64 lastDone = -1;
    qint64 lastTotal = -1;
    bool monotonic = true;
    ExportOptions o;
    o.format = ExportFormat::Json;
    o.filePath = m_dir.filePath(QStringLiteral("progress.json"));
    o.progress = [&](qint64 done, qint64 total) {
        monotonic = monotonic && done >= lastDone && done <= total;
        lastDone = done;
        lastTotal = total;
    };
    QVERIFY(ExportService(*m_db).run(o).ok());
    QVERIFY(monotonic);
    QVERIFY(lastTotal > 0);
    QCOMPARE(lastDone, lastTotal);
}

void TestExportService::csvHasBomHeaderAndOneRecordPerContact()
{
    const ExportReport r = exportTo(ExportFormat::Csv, QStringLiteral("all.csv"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    const QByteArray data = read(r.filePath);
    QVERIFY(data.startsWith("\xEF\xBB\xBF"));
    QFile f(r.filePath);
    QVERIFY(f.open(QIODevice::ReadOnly));
    importers::CsvReader reader(f);
    QVERIFY(reader.open());
    importers::CsvRecord rec;
    QList<QStringList> rows;
    while (reader.next(rec) == importers::CsvReader::Next::Record) {
        rows.append(rec.fields);
    }
    QCOMPARE(rows.size(), 1 + count(QStringLiteral("SELECT count(*) FROM contacts WHERE deleted_at IS NULL")));
    QCOMPARE(rows.first().first(), QStringLiteral("Name"));
    for (const QStringList& row : rows) {
        QCOMPARE(row.size(), rows.first().size());
    }
}

void TestExportService::vcardImportsBackAsTheSamePeople_data()
{
    QTest::addColumn<ExportFormat>("format");
    QTest::addRow("4.0") << ExportFormat::VCard4;
    QTest::addRow("3.0") << ExportFormat::VCard3;
}

void TestExportService::vcardImportsBackAsTheSamePeople()
{
    QFETCH(ExportFormat, format);
    const ExportReport r = exportTo(format, QStringLiteral("roundtrip.vcf"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    auto copy = db::Database::open(m_dir.filePath(QStringLiteral("copy%1.sqlite").arg(int(format))));
    QVERIFY(copy);
    importers::ImportOptions io;
    io.backup = false;
    const importers::ImportReport imported = importers::ImportService(*copy.value()).run({r.filePath}, io);
    QVERIFY2(imported.ok(), qPrintable(imported.error));
    QCOMPARE(imported.totals().added, r.contacts);

    ContactStore before(*m_db);
    ContactStore after(*copy.value());
    db::SqlQuery q(*m_db, QStringLiteral("SELECT uid FROM contacts WHERE deleted_at IS NULL"));
    QVERIFY(q.exec());
    int compared = 0;
    while (q.next()) {
        const auto a = before.getByUid(q.string(0));
        const auto b = after.getByUid(q.string(0));
        QVERIFY2(b, qPrintable(q.string(0)));
        QCOMPARE(b->displayName, a->displayName);
        QCOMPARE(b->firstName, a->firstName);
        QCOMPARE(b->lastName, a->lastName);
        QCOMPARE(b->company, a->company);
        QCOMPARE(b->position, a->position);
        QCOMPARE(b->location, a->location);
        QCOMPARE(b->linkedinUrl, a->linkedinUrl);
        QCOMPARE(b->notes, a->notes);
        QCOMPARE(b->emails, a->emails);
        QCOMPARE(b->phones, a->phones);
        QCOMPARE(b->urls, a->urls);
        QCOMPARE(QSet<QString>(b->circles.cbegin(), b->circles.cend()),
                 QSet<QString>(a->circles.cbegin(), a->circles.cend()));
        QCOMPARE(b->connectedOn, a->connectedOn);
        if (!(format == ExportFormat::VCard3 && a->birthday.startsWith(QLatin1String("--")))) {
            QCOMPARE(b->birthday, a->birthday); // 3.0 year-less: see tst_contactvcard
        }
        ++compared;
    }
    QCOMPARE(compared, r.contacts);
}

QTEST_GUILESS_MAIN(TestExportService)
#include "tst_exportservice.moc"
