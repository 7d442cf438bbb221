// rapport-cli followup end to end: a real process on a temporary database.
#include "TestNetwork.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace rapport;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
};

} // namespace

class TestFollowUpCli : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup() { m_t.reset(); }

    void addsListsAndCompletes();
    void snoozesAndReschedules();
    void refusesBadInput_data();
    void refusesBadInput();
    void repeatingFollowUpComesBack();
    void worksWithContactsAddedByTheCli();

private:
    Run cli(const QStringList& args) const;

    std::unique_ptr<testing::TestDb> m_t;
    qint64 m_jana = 0;
};

void TestFollowUpCli::init()
{
    m_t = std::make_unique<testing::TestDb>();
    QVERIFY(m_t->isOpen());
    m_jana = testing::addContact(m_t->db(), {.name = QStringLiteral("Jana Kováčová"),
                                             .company = QStringLiteral("Nordlicht"),
                                             .tier = QStringLiteral("champion")});
    testing::addConversation(m_t->db(), m_jana, Clock::now().addDays(-40), QStringLiteral("Hiring"));
    m_t->close(); // the CLI opens the file itself
}

Run TestFollowUpCli::cli(const QStringList& args) const
{
    QProcess p;
    p.start(QStringLiteral(RAPPORT_CLI_PATH), QStringList{QStringLiteral("--db"), m_t->path()} + args);
    Run r;
    if (!p.waitForFinished(60000)) {
        p.kill();
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

void TestFollowUpCli::addsListsAndCompletes()
{
    const QDate due = Clock::today().addDays(5);
    Run r = cli({QStringLiteral("followup"), QStringLiteral("add"), QStringLiteral("--contact"),
                 QString::number(m_jana), QStringLiteral("--due"), due.toString(Qt::ISODate),
                 QStringLiteral("--reason"), QStringLiteral("Send the deck"), QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    const qint64 id = r.json().object().value(QStringLiteral("id")).toInteger();
    QVERIFY(id > 0);

    r = cli({QStringLiteral("followup"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    const QJsonArray open = r.json().array();
    // The manual one and the keep-in-touch reminder (40 days without a conversation, champion).
    QCOMPARE(open.size(), 2);
    QStringList origins;
    for (const auto& v : open) {
        QCOMPARE(v.toObject().value(QStringLiteral("contactName")).toString(), QStringLiteral("Jana Kováčová"));
        origins << v.toObject().value(QStringLiteral("origin")).toString();
    }
    origins.sort();
    QCOMPARE(origins, (QStringList{QStringLiteral("cadence"), QStringLiteral("manual")}));

    r = cli({QStringLiteral("followup"), QStringLiteral("list")});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QStringLiteral("Jana Kováčová")), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("Send the deck")));

    r = cli({QStringLiteral("followup"), QStringLiteral("done"), QString::number(id)});
    QCOMPARE(r.code, 0);
    r = cli({QStringLiteral("followup"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(r.json().array().size(), 1);
    r = cli({QStringLiteral("--json"), QStringLiteral("followup"), QStringLiteral("list"), QStringLiteral("--all")});
    QCOMPARE(r.code, 0);
    bool sawDone = false;
    for (const auto& v : r.json().array()) {
        if (v.toObject().value(QStringLiteral("id")).toInteger() == id) {
            sawDone = v.toObject().value(QStringLiteral("status")).toString() == QLatin1String("done");
        }
    }
    QVERIFY(sawDone);
    // Done twice is an error a person can read.
    r = cli({QStringLiteral("followup"), QStringLiteral("done"), QString::number(id)});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("not open")), qPrintable(r.err));
}

void TestFollowUpCli::snoozesAndReschedules()
{
    Run r = cli({QStringLiteral("followup"), QStringLiteral("add"), QStringLiteral("--contact"),
                 QString::number(m_jana), QStringLiteral("--due"), QStringLiteral("today"), QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    const QString id = QString::number(r.json().object().value(QStringLiteral("id")).toInteger());

    r = cli({QStringLiteral("followup"), QStringLiteral("snooze"), id, QStringLiteral("--days"), QStringLiteral("3"),
             QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.json().object().value(QStringLiteral("snoozedUntil")).toString(),
             Clock::today().addDays(3).toString(Qt::ISODate));

    const QString until = Clock::today().addDays(9).toString(Qt::ISODate);
    r = cli({QStringLiteral("followup"), QStringLiteral("snooze"), id, QStringLiteral("--until"), until});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(until));

    const QString due = Clock::today().addDays(20).toString(Qt::ISODate);
    r = cli({QStringLiteral("followup"), QStringLiteral("reschedule"), id, QStringLiteral("--due"), due});
    QCOMPARE(r.code, 0);
    r = cli({QStringLiteral("followup"), QStringLiteral("list"), QStringLiteral("--json")});
    bool found = false;
    for (const auto& v : r.json().array()) {
        const QJsonObject o = v.toObject();
        if (QString::number(o.value(QStringLiteral("id")).toInteger()) == id) {
            found = true;
            QCOMPARE(o.value(QStringLiteral("due")).toString(), due);
            QVERIFY(o.value(QStringLiteral("snoozedUntil")).isNull());
        }
    }
    QVERIFY(found);
}

void TestFollowUpCli::refusesBadInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    const QString add = QStringLiteral("add");
    QTest::newRow("unknown contact") << QStringList{add, "--contact", "4242", "--due", "2030-01-01"} << 1
                                     << "no contact with id 4242";
    QTest::newRow("contact not a number")
        << QStringList{add, "--contact", "jana", "--due", "2030-01-01"} << 1 << "not a contact id";
    QTest::newRow("bad date") << QStringList{add, "--contact", "1", "--due", "2030-02-31"} << 1 << "not a date";
    QTest::newRow("bad repeat") << QStringList{add, "--contact", "1", "--due", "today", "--repeat", "0"} << 1
                                << "--repeat";
    QTest::newRow("missing due") << QStringList{add, "--contact", "1"} << 2 << "--due";
    QTest::newRow("no action") << QStringList{} << 2 << "Say what to do";
    QTest::newRow("unknown action") << QStringList{"frobnicate"} << 2 << "Unknown action";
    QTest::newRow("done without id") << QStringList{"done"} << 2 << "exactly one";
    QTest::newRow("done unknown id") << QStringList{"done", "999"} << 1 << "no follow-up with id 999";
    QTest::newRow("snooze both") << QStringList{"snooze", "1", "--days", "1", "--until", "2030-01-01"} << 2 << "either";
    QTest::newRow("snooze into the past") << QStringList{"snooze", "1", "--until", "2001-01-01"} << 1 << "after today";
    QTest::newRow("reschedule without due") << QStringList{"reschedule", "1"} << 2 << "--due";
    QTest::newRow("unknown option") << QStringList{"list", "--colour"} << 2 << "colour";
}

void TestFollowUpCli::refusesBadInput()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, message);
    // Make follow-up 1 exist for the snooze cases.
    QCOMPARE(cli({QStringLiteral("followup"), QStringLiteral("add"), QStringLiteral("--contact"),
                  QString::number(m_jana), QStringLiteral("--due"), QStringLiteral("+1")})
                 .code,
             0);
    const Run r = cli(QStringList{QStringLiteral("followup")} + args);
    QCOMPARE(r.code, code);
    QVERIFY2(r.err.contains(message, Qt::CaseInsensitive), qPrintable(r.err));
}

void TestFollowUpCli::repeatingFollowUpComesBack()
{
    Run r =
        cli({QStringLiteral("followup"), QStringLiteral("add"), QStringLiteral("--contact"), QString::number(m_jana),
             QStringLiteral("--due"), QStringLiteral("today"), QStringLiteral("--repeat"), QStringLiteral("14"),
             QStringLiteral("--reason"), QStringLiteral("Monthly check-in"), QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    const QString id = QString::number(r.json().object().value(QStringLiteral("id")).toInteger());
    r = cli({QStringLiteral("followup"), QStringLiteral("done"), id, QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.json().object().value(QStringLiteral("next")).toInteger() > 0);
    QCOMPARE(r.json().object().value(QStringLiteral("nextDue")).toString(),
             Clock::today().addDays(14).toString(Qt::ISODate));
}

void TestFollowUpCli::worksWithContactsAddedByTheCli()
{
    Run r = cli({QStringLiteral("contacts"), QStringLiteral("add"), QStringLiteral("--name"),
                 QStringLiteral("Ľubomír Šťastný"), QStringLiteral("--json")});
    if (r.code != 0) {
        QSKIP("rapport-cli contacts add is not available in this build");
    }
    const qint64 id = r.json().object().value(QStringLiteral("id")).toInteger();
    QVERIFY(id > 0);
    r = cli({QStringLiteral("followup"), QStringLiteral("add"), QStringLiteral("--contact"), QString::number(id),
             QStringLiteral("--due"), QStringLiteral("tomorrow")});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QStringLiteral("Ľubomír Šťastný")), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("tomorrow")));
}

QTEST_GUILESS_MAIN(TestFollowUpCli)
#include "tst_followupcli.moc"
