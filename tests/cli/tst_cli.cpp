// rapport-cli end to end through a temporary database: every command of the foundation.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void helpOnEveryCommand();
    void usageErrorsExitTwo_data();
    void usageErrorsExitTwo();
    void addShowEditDeleteContact();
    void listSearchesInJson();
    void logConversationCreatesFollowUp();
    void demoIsDeterministicAndRemovable();
    void checkBackupRestore();
    void restoreRefusesBadFileAndKeepsDatabase();
    void databaseFromEnvironment();
    void refusesNewerSchemaWithMessage();

private:
    struct Run
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
        QJsonDocument json() const { return QJsonDocument::fromJson(out); }
    };
    Run cli(const QStringList& args, const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment());
    QTemporaryDir m_dir;
    QString m_db;
    int m_n = 0;
};

TestCli::Run TestCli::cli(const QStringList& args, const QProcessEnvironment& env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(RAPPORT_CLI_PATH), QStringList{QStringLiteral("--db"), m_db} + args);
    p.waitForFinished(60000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

void TestCli::init()
{
    m_db = m_dir.filePath(QStringLiteral("cli%1.sqlite").arg(++m_n));
}

void TestCli::helpOnEveryCommand()
{
    const auto top = cli({QStringLiteral("--help")});
    QCOMPARE(top.code, 0);
    for (const char* cmd : {"contacts", "log", "demo", "check", "backup", "restore"}) {
        QVERIFY2(top.out.contains(cmd), cmd);
        const auto r = cli({QString::fromLatin1(cmd), QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("--json"), cmd);
    }
}

void TestCli::usageErrorsExitTwo_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addRow("no command") << QStringList{};
    QTest::addRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
    QTest::addRow("unknown option") << QStringList{QStringLiteral("contacts"), QStringLiteral("--bogus")};
    QTest::addRow("unknown action") << QStringList{QStringLiteral("contacts"), QStringLiteral("explode")};
    QTest::addRow("show without id") << QStringList{QStringLiteral("contacts"), QStringLiteral("show")};
    QTest::addRow("log without contact") << QStringList{QStringLiteral("log"), QStringLiteral("--kind"),
                                                        QStringLiteral("call")};
    QTest::addRow("log bad kind") << QStringList{QStringLiteral("log"), QStringLiteral("--contact"),
                                                 QStringLiteral("1"), QStringLiteral("--kind"),
                                                 QStringLiteral("telepathy")};
    QTest::addRow("backup without file") << QStringList{QStringLiteral("backup")};
}

void TestCli::usageErrorsExitTwo()
{
    QFETCH(QStringList, args);
    const auto r = cli(args);
    QCOMPARE(r.code, 2);
    QVERIFY(!r.err.isEmpty());
}

void TestCli::addShowEditDeleteContact()
{
    auto add =
        cli({QStringLiteral("--json"), QStringLiteral("contacts"), QStringLiteral("add"), QStringLiteral("--name"),
             QStringLiteral("Katarína Ľubová 🚀"), QStringLiteral("--company"), QStringLiteral("Tatra, s.r.o."),
             QStringLiteral("--email"), QStringLiteral("work:k@example.sk"), QStringLiteral("--phone"),
             QStringLiteral("+421 905 123 456"), QStringLiteral("--circle"), QStringLiteral("Mentors")});
    QCOMPARE(add.code, 0);
    const QJsonObject o = add.json().object();
    const int id = o.value(QStringLiteral("id")).toInt();
    QVERIFY(id > 0);
    QCOMPARE(o.value(QStringLiteral("name")).toString(), QStringLiteral("Katarína Ľubová 🚀"));
    QCOMPARE(o.value(QStringLiteral("emails")).toArray().first().toObject().value(QStringLiteral("label")).toString(),
             QStringLiteral("work"));

    const auto show = cli({QStringLiteral("contacts"), QStringLiteral("show"), QString::number(id)});
    QCOMPARE(show.code, 0);
    QVERIFY(QString::fromUtf8(show.out).contains(QStringLiteral("Tatra, s.r.o.")));

    const auto edit = cli({QStringLiteral("--json"), QStringLiteral("contacts"), QStringLiteral("edit"),
                           QString::number(id), QStringLiteral("--position"), QStringLiteral("CTO")});
    QCOMPARE(edit.code, 0);
    QCOMPARE(edit.json().object().value(QStringLiteral("position")).toString(), QStringLiteral("CTO"));
    QCOMPARE(edit.json().object().value(QStringLiteral("company")).toString(), QStringLiteral("Tatra, s.r.o."));

    QCOMPARE(cli({QStringLiteral("contacts"), QStringLiteral("delete"), QString::number(id)}).code, 0);
    QVERIFY(cli({QStringLiteral("contacts"), QStringLiteral("list")}).out.trimmed().isEmpty());
    QVERIFY(cli({QStringLiteral("contacts"), QStringLiteral("list"), QStringLiteral("--trash")}).out.contains("Tatra"));
    const auto missing = cli({QStringLiteral("contacts"), QStringLiteral("show"), QStringLiteral("999")});
    QCOMPARE(missing.code, 1);
    QVERIFY(missing.err.contains("999"));
}

void TestCli::listSearchesInJson()
{
    for (const char* name : {"Jürgen Weiß", "Jana Kováčová", "王伟"}) {
        QCOMPARE(
            cli({QStringLiteral("contacts"), QStringLiteral("add"), QStringLiteral("--name"), QString::fromUtf8(name)})
                .code,
            0);
    }
    const auto r = cli({QStringLiteral("--json"), QStringLiteral("contacts"), QStringLiteral("list"),
                        QStringLiteral("--search"), QStringLiteral("kovac")});
    QCOMPARE(r.code, 0);
    const QJsonArray a = r.json().array();
    QCOMPARE(a.size(), 1);
    QCOMPARE(a.first().toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Jana Kováčová"));
    QVERIFY(a.first().toObject().value(QStringLiteral("id")).toInt() > 0);
}

void TestCli::logConversationCreatesFollowUp()
{
    QCOMPARE(cli({QStringLiteral("contacts"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Amara")})
                 .code,
             0);
    const auto r =
        cli({QStringLiteral("--json"), QStringLiteral("log"), QStringLiteral("--contact"), QStringLiteral("1"),
             QStringLiteral("--kind"), QStringLiteral("call"), QStringLiteral("--date"), QStringLiteral("2026-11-20"),
             QStringLiteral("--summary"), QStringLiteral("Talked pricing"), QStringLiteral("--next-step"),
             QStringLiteral("Send the deck"), QStringLiteral("--next-due"), QStringLiteral("2026-11-27")});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.json().object().value(QStringLiteral("kind")).toString(), QStringLiteral("call"));
    const auto list = cli({QStringLiteral("--json"), QStringLiteral("contacts"), QStringLiteral("list")});
    const QJsonObject row = list.json().array().first().toObject();
    QCOMPARE(row.value(QStringLiteral("nextFollowUp")).toString(), QStringLiteral("2026-11-27"));
    QVERIFY(row.value(QStringLiteral("lastConversation")).toString().startsWith(QLatin1String("2026-11-20")));
    const auto unknown = cli({QStringLiteral("log"), QStringLiteral("--contact"), QStringLiteral("77")});
    QCOMPARE(unknown.code, 1);
}

void TestCli::demoIsDeterministicAndRemovable()
{
    const auto r =
        cli({QStringLiteral("--json"), QStringLiteral("demo"), QStringLiteral("--contacts"), QStringLiteral("120")});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.json().object().value(QStringLiteral("contacts")).toInt(), 120);
    const auto list = cli({QStringLiteral("--json"), QStringLiteral("contacts"), QStringLiteral("list")});
    QCOMPARE(list.json().array().size(), 120);
    QCOMPARE(cli({QStringLiteral("demo"), QStringLiteral("--remove")}).code, 0);
    QCOMPARE(cli({QStringLiteral("--json"), QStringLiteral("contacts"), QStringLiteral("list")}).json().array().size(),
             0);
}

void TestCli::checkBackupRestore()
{
    QCOMPARE(
        cli({QStringLiteral("contacts"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Keep")}).code,
        0);
    const auto check = cli({QStringLiteral("--json"), QStringLiteral("check")});
    QCOMPARE(check.code, 0);
    QCOMPARE(check.json().object().value(QStringLiteral("ok")).toBool(), true);
    const QString backup = m_dir.filePath(QStringLiteral("backup-%1.sqlite").arg(m_n));
    QCOMPARE(cli({QStringLiteral("backup"), backup}).code, 0);
    struct stat st
    {
    };
    QCOMPARE(::stat(QFile::encodeName(backup).constData(), &st), 0);
    QCOMPARE(st.st_mode & 0777, 0600u);
    QCOMPARE(cli({QStringLiteral("contacts"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Later")})
                 .code,
             0);
    QCOMPARE(cli({QStringLiteral("restore"), backup}).code, 0);
    const auto list = cli({QStringLiteral("--json"), QStringLiteral("contacts"), QStringLiteral("list")});
    QCOMPARE(list.json().array().size(), 1);
    QCOMPARE(list.json().array().first().toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Keep"));
}

void TestCli::restoreRefusesBadFileAndKeepsDatabase()
{
    QCOMPARE(
        cli({QStringLiteral("contacts"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Keep")}).code,
        0);
    const QString bad = m_dir.filePath(QStringLiteral("bad.sqlite"));
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("garbage, not a backup");
    f.close();
    const auto r = cli({QStringLiteral("restore"), bad});
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains("Nothing was restored"));
    QCOMPARE(cli({QStringLiteral("--json"), QStringLiteral("contacts"), QStringLiteral("list")}).json().array().size(),
             1);
}

void TestCli::databaseFromEnvironment()
{
    auto env = QProcessEnvironment::systemEnvironment();
    const QString other = m_dir.filePath(QStringLiteral("from-env.sqlite"));
    env.insert(QStringLiteral("RAPPORT_DB"), other);
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(RAPPORT_CLI_PATH),
            {QStringLiteral("contacts"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Env")});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
    QVERIFY(QFile::exists(other));
}

void TestCli::refusesNewerSchemaWithMessage()
{
    QCOMPARE(cli({QStringLiteral("check")}).code, 0);
    QProcess sqlite;
    sqlite.start(QStringLiteral("sqlite3"), {m_db, QStringLiteral("PRAGMA user_version=42;")});
    if (!sqlite.waitForFinished(10000) || sqlite.exitCode() != 0) {
        QSKIP("sqlite3 command-line tool not available");
    }
    const auto r = cli({QStringLiteral("contacts"), QStringLiteral("list")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("newer version"), r.err.constData());
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
