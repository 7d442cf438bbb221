// rapport-cli import end to end: text and JSON output, exit codes, --dry-run, --list, --undo.
#include "ImportTestData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCmdImport : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    int cli(const QStringList& args, QByteArray* out = nullptr)
    {
        QProcess p;
        p.setProgram(QStringLiteral(RAPPORT_CLI_PATH));
        p.setArguments(QStringList{QStringLiteral("--db"), m_dir.filePath(QStringLiteral("cli.sqlite"))} + args);
        p.start();
        if (!p.waitForFinished(60000)) {
            return -1;
        }
        if (out) {
            *out = p.readAllStandardOutput();
        }
        return p.exitCode();
    }

private slots:
    void importListUndo()
    {
        QByteArray out;
        QCOMPARE(
            cli({QStringLiteral("import"), QStringLiteral("--dry-run"), importData("linkedin/Connections.csv")}, &out),
            0);
        QVERIFY(out.contains("Dry run"));
        QCOMPARE(
            cli({QStringLiteral("--json"), QStringLiteral("import"), importData("linkedin/Connections.csv")}, &out), 0);
        const QJsonObject report = QJsonDocument::fromJson(out).object();
        QCOMPARE(report.value(QStringLiteral("batch")).toInteger(), 1);
        const QJsonObject file = report.value(QStringLiteral("files")).toArray().first().toObject();
        QCOMPARE(file.value(QStringLiteral("format")).toString(), QStringLiteral("linkedin-connections"));
        QCOMPARE(file.value(QStringLiteral("added")).toInt(), 23);
        QCOMPARE(file.value(QStringLiteral("merged")).toInt(), 1);
        QCOMPARE(file.value(QStringLiteral("skipped")).toInt(), 2);

        QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("--list")}, &out), 0);
        QVERIFY(out.contains("#1"));
        QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("--undo"), QStringLiteral("1")}, &out), 0);
        QCOMPARE(cli({QStringLiteral("--json"), QStringLiteral("import"), QStringLiteral("--list")}, &out), 0);
        QCOMPARE(QJsonDocument::fromJson(out).array().first().toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("undone"));
    }

    void badInputAndUsage()
    {
        QByteArray out;
        QCOMPARE(cli({QStringLiteral("import"), importData("broken/truncated-quote.csv")}, &out), 1);
        QVERIFY(out.contains("line 3"));
        QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("--skip-bad-rows"),
                      importData("broken/bad-date-connections.csv")},
                     &out),
                 0);
        QVERIFY(out.contains("line 3"));
        QCOMPARE(cli({QStringLiteral("import")}), 2);
        QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("--undo"), QStringLiteral("x")}), 2);
        QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("--undo"), QStringLiteral("999")}), 1);
    }
};

QTEST_GUILESS_MAIN(TestCmdImport)
#include "tst_cmdimport.moc"
