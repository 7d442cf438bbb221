// `rapport-cli export` end to end: formats, filters, --json summary, and its exit codes.
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCliExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exportsEveryFormat_data();
    void exportsEveryFormat();
    void guessesFormatFromFileName();
    void circleAndIdsFilter();
    void jsonSummary();
    void failuresExitOne_data();
    void failuresExitOne();
    void usageErrorsExitTwo_data();
    void usageErrorsExitTwo();

private:
    struct Run
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };
    Run cli(const QStringList& args);
    QByteArray read(const QString& name);
    QTemporaryDir m_dir;
    QString m_db;
};

TestCliExport::Run TestCliExport::cli(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral(RAPPORT_CLI_PATH), QStringList{QStringLiteral("--db"), m_db} + args);
    p.waitForFinished(60000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

QByteArray TestCliExport::read(const QString& name)
{
    QFile f(m_dir.filePath(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void TestCliExport::initTestCase()
{
    m_db = m_dir.filePath(QStringLiteral("cli.sqlite"));
    const Run demo = cli({QStringLiteral("demo"), QStringLiteral("--contacts"), QStringLiteral("40")});
    QVERIFY2(demo.code == 0, demo.err.constData());
    const Run add = cli({QStringLiteral("contacts"), QStringLiteral("add"), QStringLiteral("--name"),
                         QStringLiteral("Zoë \"=cmd\" O'Brien"), QStringLiteral("--company"), QStringLiteral("=1+1"),
                         QStringLiteral("--circle"), QStringLiteral("Dublin, Ireland"), QStringLiteral("--notes"),
                         QStringLiteral("line one\nline two; three, four")});
    QVERIFY2(add.code == 0, add.err.constData());
}

void TestCliExport::exportsEveryFormat_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("start");
    QTest::addRow("vcard") << QStringLiteral("vcard") << QStringLiteral("a.vcf")
                           << QByteArray("BEGIN:VCARD\r\nVERSION:4.0\r\n");
    QTest::addRow("vcard4") << QStringLiteral("vcard4") << QStringLiteral("b.vcf")
                            << QByteArray("BEGIN:VCARD\r\nVERSION:4.0\r\n");
    QTest::addRow("vcard3") << QStringLiteral("vcard3") << QStringLiteral("c.vcf")
                            << QByteArray("BEGIN:VCARD\r\nVERSION:3.0\r\n");
    QTest::addRow("csv") << QStringLiteral("csv") << QStringLiteral("d.csv") << QByteArray("\xEF\xBB\xBFName,");
    QTest::addRow("json") << QStringLiteral("json") << QStringLiteral("e.json") << QByteArray("{\n  \"format\": ");
}

void TestCliExport::exportsEveryFormat()
{
    QFETCH(QString, format);
    QFETCH(QString, file);
    QFETCH(QByteArray, start);
    const Run r = cli({QStringLiteral("export"), QStringLiteral("--format"), format, m_dir.filePath(file)});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY2(r.out.contains("41 contact"), r.out.constData());
    const QByteArray data = read(file);
    QVERIFY2(data.startsWith(start), data.left(40).constData());
    if (format == QLatin1String("csv")) {
        QVERIFY(data.contains(",'=1+1,"));
        QVERIFY(data.contains("\"Zoë \"\"=cmd\"\" O'Brien\""));
    } else if (format.startsWith(QLatin1String("vcard"))) {
        QCOMPARE(data.count("BEGIN:VCARD"), 41);
        QVERIFY(data.contains("NOTE:line one\\nline two\\; three\\, four\r\n"));
        QVERIFY(data.contains("CATEGORIES:Dublin\\, Ireland\r\n"));
    } else {
        QVERIFY(QJsonDocument::fromJson(data).isObject());
        QVERIFY2(r.out.contains("conversation"), r.out.constData());
    }
}

void TestCliExport::guessesFormatFromFileName()
{
    const Run r = cli({QStringLiteral("export"), m_dir.filePath(QStringLiteral("guess.csv"))});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY(read(QStringLiteral("guess.csv")).startsWith("\xEF\xBB\xBF"));
}

void TestCliExport::circleAndIdsFilter()
{
    Run r = cli({QStringLiteral("export"), QStringLiteral("--circle"), QStringLiteral("dublin, ireland"),
                 m_dir.filePath(QStringLiteral("circle.vcf"))});
    QVERIFY2(r.code == 0, r.err.constData());
    QCOMPARE(read(QStringLiteral("circle.vcf")).count("BEGIN:VCARD"), 1);
    r = cli({QStringLiteral("export"), QStringLiteral("--ids"), QStringLiteral("1, 2"), QStringLiteral("--ids"),
             QStringLiteral("3"), QStringLiteral("--format"), QStringLiteral("vcard3"),
             m_dir.filePath(QStringLiteral("ids.vcf"))});
    QVERIFY2(r.code == 0, r.err.constData());
    QCOMPARE(read(QStringLiteral("ids.vcf")).count("BEGIN:VCARD"), 3);
}

void TestCliExport::jsonSummary()
{
    const Run r = cli({QStringLiteral("--json"), QStringLiteral("export"), QStringLiteral("--format"),
                       QStringLiteral("json"), m_dir.filePath(QStringLiteral("s.json"))});
    QVERIFY2(r.code == 0, r.err.constData());
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QLatin1String("format")).toString(), QStringLiteral("json"));
    QCOMPARE(o.value(QLatin1String("contacts")).toInt(), 41);
    QVERIFY(o.value(QLatin1String("conversations")).toInt() > 0);
    QVERIFY(o.value(QLatin1String("ok")).toBool());
}

void TestCliExport::failuresExitOne_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("message");
    QTest::addRow("unknown circle") << QStringList{QStringLiteral("--circle"), QStringLiteral("Nowhere"),
                                                   QStringLiteral("x.vcf")}
                                    << QByteArray("Nowhere");
    QTest::addRow("unknown id") << QStringList{QStringLiteral("--ids"), QStringLiteral("424242"),
                                               QStringLiteral("x.vcf")}
                                << QByteArray("424242");
    QTest::addRow("unwritable file") << QStringList{QStringLiteral("no/such/dir/x.vcf")} << QByteArray("x.vcf");
}

void TestCliExport::failuresExitOne()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, message);
    args.last() = m_dir.filePath(args.last());
    const Run r = cli(QStringList{QStringLiteral("export")} + args);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("\nrapport-cli: ") || r.err.startsWith("rapport-cli: "), r.err.constData());
    QVERIFY2(r.err.contains(message), r.err.constData());
    QVERIFY(!QFile::exists(args.last()));
    const Run j = cli(QStringList{QStringLiteral("--json"), QStringLiteral("export")} + args);
    QCOMPARE(j.code, 1);
    QVERIFY(QJsonDocument::fromJson(j.out).object().contains(QLatin1String("error")));
}

void TestCliExport::usageErrorsExitTwo_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addRow("no file") << QStringList{QStringLiteral("--format"), QStringLiteral("csv")};
    QTest::addRow("two files") << QStringList{QStringLiteral("a.csv"), QStringLiteral("b.csv")};
    QTest::addRow("unknown format") << QStringList{QStringLiteral("--format"), QStringLiteral("xls"),
                                                   QStringLiteral("a.xls")};
    QTest::addRow("format not guessable") << QStringList{QStringLiteral("contacts.txt")};
    QTest::addRow("bad ids") << QStringList{QStringLiteral("--ids"), QStringLiteral("1,two"), QStringLiteral("a.csv")};
    QTest::addRow("zero id") << QStringList{QStringLiteral("--ids"), QStringLiteral("0"), QStringLiteral("a.csv")};
    QTest::addRow("unknown option") << QStringList{QStringLiteral("--bogus"), QStringLiteral("a.csv")};
}

void TestCliExport::usageErrorsExitTwo()
{
    QFETCH(QStringList, args);
    const Run r = cli(QStringList{QStringLiteral("export")} + args);
    QCOMPARE(r.code, 2);
    QVERIFY(!r.err.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_cliexport.moc"
