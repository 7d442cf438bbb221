// LinkedIn .zip: imported like the unpacked folder; unsafe paths and zip bombs refused.
#include "ImportTestData.h"
#include "ImportTestDb.h"
#include "importers/ImportService.h"
#include "importers/ZipArchive.h"

#include <QDirIterator>
#include <QTest>

#include <zip.h>

using namespace rapport;
using namespace rapport::importers;

namespace {

/// Writes a zip with libzip; each entry is (name, content).
bool makeZip(const QString& path, const QList<std::pair<QString, QByteArray>>& entries)
{
    int err = 0;
    zip_t* z = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &err);
    if (!z) {
        return false;
    }
    for (const auto& [name, content] : entries) {
        // libzip frees the copy when the archive is written
        void* copy = malloc(size_t(content.size()));
        memcpy(copy, content.constData(), size_t(content.size()));
        zip_source_t* src = zip_source_buffer(z, copy, zip_uint64_t(content.size()), 1);
        if (!src || zip_file_add(z, name.toUtf8().constData(), src, ZIP_FL_ENC_UTF_8) < 0) {
            zip_source_free(src);
            zip_discard(z);
            return false;
        }
    }
    return zip_close(z) == 0;
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}

ImportOptions quiet()
{
    ImportOptions o;
    o.backup = false;
    return o;
}

} // namespace

class TestZipArchive : public QObject
{
    Q_OBJECT
private slots:
    void zipImportsLikeTheFolder()
    {
        QTemporaryDir dir;
        QList<std::pair<QString, QByteArray>> entries;
        QDirIterator it(importData("linkedin"), QDir::Files);
        while (it.hasNext()) {
            const QString file = it.next();
            entries.append({QFileInfo(file).fileName(), readFile(file)});
        }
        entries.append({QStringLiteral("Rich Media/photo.jpg"), QByteArray(1000, '\xff')});
        const QString zipPath = dir.filePath(QStringLiteral("Basic_LinkedInDataExport_05-01-2026.zip"));
        QVERIFY(makeZip(zipPath, entries));

        ImportTestDb fromZip;
        ImportTestDb fromFolder;
        const ImportReport a = ImportService(*fromZip.db).run({zipPath}, quiet());
        QVERIFY2(a.ok(), qPrintable(a.error));
        const ImportReport b = ImportService(*fromFolder.db).run({importData("linkedin")}, quiet());
        QVERIFY(b.ok());
        QCOMPARE(a.totals().added, b.totals().added);
        QCOMPARE(fromZip.count(QStringLiteral("SELECT count(*) FROM contacts")), 24);
        QCOMPARE(fromZip.count(QStringLiteral("SELECT count(*) FROM messages")),
                 fromFolder.count(QStringLiteral("SELECT count(*) FROM messages")));
        bool named = false;
        for (const FileReport& f : a.files) {
            named = named || f.file == QLatin1String("Basic_LinkedInDataExport_05-01-2026.zip:Connections.csv");
        }
        QVERIFY(named);
    }

    void pathTraversalIsRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("dot-dot") << "../evil.csv";
        QTest::newRow("nested dot-dot") << "export/../../evil.csv";
        QTest::newRow("absolute") << "/tmp/evil.csv";
        QTest::newRow("backslash") << "..\\evil.csv";
    }
    void pathTraversalIsRefused()
    {
        QFETCH(QString, name);
        QTemporaryDir dir;
        const QString zipPath = dir.filePath(QStringLiteral("evil.zip"));
        QVERIFY(makeZip(zipPath, {{QStringLiteral("Connections.csv"), readFile(importData("linkedin/Connections.csv"))},
                                  {name, QByteArray("First Name,Connected On\nx,01 Jan 2024\n")}}));
        ImportTestDb t;
        ImportOptions o = quiet();
        o.skipBadRows = true; // even then: an archive with an unsafe path is not read at all
        const ImportReport r = ImportService(*t.db).run({zipPath}, o);
        QVERIFY(!r.totals().errors.isEmpty());
        QVERIFY(r.totals().errors.first().reason.contains(QLatin1String("unsafe path")));
        QCOMPARE(t.count(QStringLiteral("SELECT count(*) FROM contacts")), 0);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("../evil.csv"))));
    }

    void zipBombIsRefused()
    {
        // 64 MB of zeros deflate to ~64 KB: far beyond any CSV's ratio.
        QTemporaryDir dir;
        const QString zipPath = dir.filePath(QStringLiteral("bomb.zip"));
        QVERIFY(makeZip(zipPath, {{QStringLiteral("Connections.csv"), QByteArray(64 * 1024 * 1024, '\0')}}));
        QVERIFY(QFileInfo(zipPath).size() < 1024 * 1024);
        QList<ExtractedMember> members;
        QList<RowError> errors;
        QVERIFY(!extractZip(zipPath, dir.path(), ZipLimits(), &members, &errors));
        QVERIFY(members.isEmpty());
        QVERIFY2(errors.first().reason.contains(QLatin1String("zip bomb")), qPrintable(errors.first().reason));
    }

    void oversizedMemberIsRefused()
    {
        QTemporaryDir dir;
        const QString zipPath = dir.filePath(QStringLiteral("big.zip"));
        QVERIFY(makeZip(zipPath, {{QStringLiteral("Connections.csv"), readFile(importData("linkedin/Connections.csv"))},
                                  {QStringLiteral("messages.csv"), readFile(importData("linkedin/messages.csv"))}}));
        ZipLimits limits;
        limits.maxMemberBytes = 5000; // messages.csv is 7.7 KB
        QList<ExtractedMember> members;
        QList<RowError> errors;
        QVERIFY(!extractZip(zipPath, dir.path(), limits, &members, &errors));
        QCOMPARE(members.size(), 1);
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.first().file.endsWith(QLatin1String("messages.csv")));
    }

    void notAZipIsAClearError()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("broken.zip")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("PK\x03\x04 this is not really a zip");
        f.close();
        QList<ExtractedMember> members;
        QList<RowError> errors;
        QVERIFY(!extractZip(f.fileName(), dir.path(), ZipLimits(), &members, &errors));
        QVERIFY(!errors.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestZipArchive)
#include "tst_ziparchive.moc"
