// CsvReader: RFC 4180 edge cases, encodings, line numbers and the limits that keep memory bounded.
#include "importers/CsvReader.h"

#include <QBuffer>
#include <QTemporaryFile>
#include <QTest>

using namespace rapport::importers;

namespace {

struct Read
{
    QList<CsvRecord> records;
    QString error;
    qint64 errorLine = 0;
    bool opened = true;
};

Read readAll(const QByteArray& bytes, CsvReader::Options options = {})
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer, options);
    Read r;
    if (!reader.open()) {
        r.opened = false;
        r.error = reader.error();
        return r;
    }
    CsvRecord rec;
    for (;;) {
        const auto next = reader.next(rec);
        if (next == CsvReader::Next::End) {
            break;
        }
        if (next == CsvReader::Next::Error) {
            r.error = reader.error();
            r.errorLine = reader.errorLine();
            if (!reader.canContinue()) {
                break;
            }
            continue;
        }
        r.records.append(rec);
    }
    return r;
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT
private slots:
    void quotedFieldsWithCommasQuotesAndLineBreaks()
    {
        const auto r = readAll("a,b,c\n\"x, y\",\"say \"\"hi\"\"\",\"line1\r\nline2\nline3\"\nlast,row,here");
        QCOMPARE(r.records.size(), 3);
        QCOMPARE(r.records[1].fields, (QStringList{QStringLiteral("x, y"), QStringLiteral("say \"hi\""),
                                                   QStringLiteral("line1\r\nline2\nline3")}));
        QCOMPARE(r.records[1].line, 2);
        QCOMPARE(r.records[2].line, 5); // the quoted field spanned three physical lines
        QCOMPARE(r.records[2].fields.last(), QStringLiteral("here"));
    }

    void raggedRowsAndEmptyFields()
    {
        const auto r = readAll("a,b,c\r\n1\r\n1,2,3,4\r\n,,\r\n");
        QCOMPARE(r.records.size(), 4);
        QCOMPARE(r.records[1].fields.size(), 1);
        QCOMPARE(r.records[2].fields.size(), 4);
        QVERIFY(r.records[3].isBlank());
    }

    void spacesAreKept()
    {
        const auto r = readAll(" lead,trail \n");
        QCOMPARE(r.records[0].fields, (QStringList{QStringLiteral(" lead"), QStringLiteral("trail ")}));
    }

    void utf8BomIsStripped()
    {
        const auto r = readAll("\xEF\xBB\xBF"
                               "First Name,Last\n");
        QCOMPARE(r.records[0].fields.first(), QStringLiteral("First Name"));
    }

    void utf16WithBomAndTabs_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QString text = QStringLiteral("Name\tCity\nŽofia\t北京\n");
        QByteArray le("\xFF\xFE", 2);
        QByteArray be("\xFE\xFF", 2);
        for (const QChar c : text) {
            le.append(char(c.unicode() & 0xFF)).append(char(c.unicode() >> 8));
            be.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xFF));
        }
        QTest::newRow("utf-16le") << le;
        QTest::newRow("utf-16be") << be;
    }
    void utf16WithBomAndTabs()
    {
        QFETCH(QByteArray, bytes);
        const auto r = readAll(bytes);
        QVERIFY(r.opened);
        QCOMPARE(r.records.size(), 2);
        QCOMPARE(r.records[1].fields, (QStringList{QStringLiteral("Žofia"), QStringLiteral("北京")}));
    }

    void windows1252IsDecoded()
    {
        const auto r = readAll("name,company\nM\xfcller,Caf\xe9 \x80 \x96 Ltd\n");
        QCOMPARE(r.records[1].fields, (QStringList{QStringLiteral("Müller"), QStringLiteral("Café € – Ltd")}));
    }

    void invalidUtf8LateInAFileSwitchesTheWholeFile()
    {
        // The sniffer reads the whole file, so a stray byte after the first megabyte is still caught.
        QTemporaryFile f;
        QVERIFY(f.open());
        QByteArray body = "name\n";
        while (body.size() < 3 * 1024 * 1024) {
            body += "plain ascii line\n";
        }
        body += "Ren\xe9\n";
        f.write(body);
        f.seek(0);
        CsvReader reader(f);
        QVERIFY(reader.open());
        QCOMPARE(reader.encoding(), TextEncoding::Windows1252);
    }

    void truncatedQuoteReportsWhereTheRecordStarts()
    {
        const auto r = readAll("a,b\n1,2\n3,\"never closed\n4,5\n6,7\n");
        QCOMPARE(r.records.size(), 2);
        QCOMPARE(r.errorLine, 3);
        QVERIFY(r.error.contains(QLatin1String("quote")));
    }

    void binaryFileIsRefused()
    {
        const auto r = readAll(QByteArray("PK\x03\x04\x00\x00"
                                          "binary\x00"
                                          "stuff",
                                          18));
        QVERIFY(!r.opened);
        QVERIFY(r.error.contains(QLatin1String("binary")));
    }

    void oversizedFieldIsReportedAndSkipped()
    {
        // A 50 MB single field, generated here rather than committed: the reader must refuse it
        // without buffering it, report its line, and carry on with the next record.
        QTemporaryFile f;
        QVERIFY(f.open());
        f.write("a,b\n1,\"");
        const QByteArray chunk(1024 * 1024, 'x');
        for (int i = 0; i < 50; ++i) {
            f.write(chunk);
        }
        f.write("\"\n2,ok\n");
        f.seek(0);
        CsvReader reader(f);
        QVERIFY(reader.open());
        CsvRecord rec;
        QCOMPARE(reader.next(rec), CsvReader::Next::Record);
        QCOMPARE(reader.next(rec), CsvReader::Next::Error);
        QCOMPARE(reader.errorLine(), 2);
        QVERIFY(reader.canContinue());
        QVERIFY(reader.error().contains(QLatin1String("16 MB")));
        QCOMPARE(reader.next(rec), CsvReader::Next::Record);
        QCOMPARE(rec.fields, (QStringList{QStringLiteral("2"), QStringLiteral("ok")}));
        QCOMPARE(rec.line, 3);
    }

    void fieldsAcrossChunkBoundaries()
    {
        // Records straddle the reader's 256 KB chunks, including a doubled quote split in two.
        QByteArray bytes;
        int rows = 0;
        while (bytes.size() < 1024 * 1024) {
            bytes += "\"v" + QByteArray::number(rows) + " \"\"q\"\", é\"," + QByteArray::number(rows) + "\n";
            ++rows;
        }
        const auto r = readAll(bytes);
        QCOMPARE(r.records.size(), rows);
        for (int i = 0; i < rows; i += 997) {
            QCOMPARE(r.records[i].fields[0], QStringLiteral("v%1 \"q\", é").arg(i));
            QCOMPARE(r.records[i].line, i + 1);
        }
    }

    void loneCarriageReturnEndsARecord()
    {
        const auto r = readAll("a\rb\rc");
        QCOMPARE(r.records.size(), 3);
        QCOMPARE(r.records[2].line, 3);
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
