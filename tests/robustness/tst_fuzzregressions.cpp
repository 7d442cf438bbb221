// Replays every input the fuzzers (tests/fuzz) ever crashed or hung on, through the same API in the
// normal build: tests/data/fuzz/regressions/<fuzz target>/<file> (and the hand-made seeds in
// tests/data/fuzz/<fuzz target>/). One that crashes again, or runs longer than the fuzzers'
// -timeout, is a regression.
#include "../fuzz/FuzzCommon.h"

#include "db/Database.h"
#include "importers/AddressBookCsvParser.h"
#include "importers/ImportService.h"
#include "importers/LinkedInParsers.h"
#include "importers/VCardParser.h"
#include "importers/ZipArchive.h"
#include "triage/CollectorDetector.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace rapport;
using namespace rapport::importers;

namespace {

const uint8_t* bytesOf(const QByteArray& a)
{
    return reinterpret_cast<const uint8_t*>(a.constData());
}

void replayCsv(const QByteArray& input)
{
    QBuffer device;
    device.setData(input);
    device.open(QIODevice::ReadOnly);
    CsvReader::Options options;
    options.maxRecordChars = 4096;
    CsvReader reader(device, options);
    if (!reader.open()) {
        return;
    }
    CsvRecord record;
    for (;;) {
        const auto next = reader.next(record);
        if (next == CsvReader::Next::End || (next == CsvReader::Next::Error && !reader.canContinue())) {
            return;
        }
    }
}

void replayZip(const QByteArray& input)
{
    QTemporaryDir dir;
    const QString archive = dir.filePath(QStringLiteral("input.zip"));
    QFile f(archive);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(input);
    f.close();
    ZipLimits limits;
    limits.maxMemberBytes = 4 * 1024 * 1024;
    limits.maxTotalBytes = 16 * 1024 * 1024;
    limits.ratioFloorBytes = 1024 * 1024;
    limits.maxEntries = 256;
    QList<ExtractedMember> members;
    QList<RowError> errors;
    QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("out"))));
    extractZip(archive, dir.filePath(QStringLiteral("out")), limits, &members, &errors);
}

void replayTriage(const QByteArray& input)
{
    triage::TriageInput in;
    const QJsonDocument doc = QJsonDocument::fromJson(input);
    if (doc.isObject()) {
        in.message = doc.object().value(QLatin1String("message")).toString();
        in.fromName = doc.object().value(QLatin1String("from_name")).toString();
        in.fromHeadline = doc.object().value(QLatin1String("from_headline")).toString();
    } else {
        in.message = QString::fromUtf8(input);
        in.fromName = in.message.left(40);
        in.recipientKeywords = in.message.mid(40, 80).split(QLatin1Char(' '));
    }
    const triage::TriageResult r = triage::CollectorDetector().analyze(in);
    QVERIFY(r.score >= 0.0 && r.score <= 1.0);
    for (const triage::TriageReason& reason : r.reasons) {
        QVERIFY(reason.start < 0 || reason.start + reason.length <= in.message.size());
    }
}

void replayImport(const QByteArray& input)
{
    QTemporaryDir dir;
    db::Database::Options o;
    o.backupBeforeMigration = false;
    auto db = db::Database::open(dir.filePath(QStringLiteral("replay.sqlite")), o);
    QVERIFY(db);
    const bool zip = input.startsWith("PK\x03\x04");
    const QString path = dir.filePath(zip ? QStringLiteral("input.zip") : QStringLiteral("input.csv"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(input);
    f.close();
    ImportOptions options;
    options.dryRun = true;
    options.skipBadRows = true;
    options.backup = false;
    const ImportReport r = ImportService(*db.value()).run({path}, options);
    (void)r.toJson();
    QCOMPARE(db.value()->transactionDepth(), 0);
}

} // namespace

class TestFuzzRegressions : public QObject
{
    Q_OBJECT
private slots:
    void replays_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("file");
        // The regressions, and the hand-made seeds too: every one must also pass in the normal build.
        const QDir root(QStringLiteral(RAPPORT_FUZZ_DATA_DIR));
        const QDir regressions(root.filePath(QStringLiteral("regressions")));
        for (const QDir& base : {regressions, root}) {
            for (const QString& target : base.entryList({QStringLiteral("fuzz_*")}, QDir::Dirs, QDir::Name)) {
                const QDir d(base.filePath(target));
                for (const QString& file : d.entryList(QDir::Files, QDir::Name)) {
                    const QString kind = base == regressions ? QStringLiteral("regression/") : QStringLiteral("seed/");
                    QTest::newRow(qPrintable(kind + target + QLatin1Char('/') + file)) << target << d.filePath(file);
                }
            }
        }
    }
    void replays()
    {
        QFETCH(QString, target);
        QFETCH(QString, file);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray input = f.readAll();
        const uint8_t* data = bytesOf(input);
        const size_t size = size_t(input.size());
        QElapsedTimer clock;
        clock.start();
        if (target == QLatin1String("fuzz_csvreader")) {
            replayCsv(input);
        } else if (target == QLatin1String("fuzz_vcard")) {
            ParsedFile parsed;
            parseVCards(input, parsed);
        } else if (target == QLatin1String("fuzz_linkedin_connections")) {
            fuzz::runCsvParser(data, size, &parseConnections);
        } else if (target == QLatin1String("fuzz_linkedin_messages")) {
            fuzz::runCsvParser(data, size, &parseMessages);
        } else if (target == QLatin1String("fuzz_linkedin_invitations")) {
            fuzz::runCsvParser(data, size, &parseInvitations);
        } else if (target == QLatin1String("fuzz_google")) {
            fuzz::runCsvParser(data, size, &parseGoogleCsv);
        } else if (target == QLatin1String("fuzz_outlook")) {
            fuzz::runCsvParser(data, size, &parseOutlookCsv);
        } else if (target == QLatin1String("fuzz_zip")) {
            replayZip(input);
        } else if (target == QLatin1String("fuzz_triage")) {
            replayTriage(input);
        } else if (target == QLatin1String("fuzz_importservice")) {
            replayImport(input);
        } else {
            QFAIL(qPrintable(QStringLiteral("unknown fuzz target folder: ") + target));
        }
        // The fuzzers run with -timeout=10; a replay that slow is a hang coming back.
        QVERIFY2(clock.elapsed() < 10000, qPrintable(QStringLiteral("%1 ms").arg(clock.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
