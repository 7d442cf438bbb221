// rapport-cli score / champions / audit end to end, through the real binary on a temporary database.
#include "ScoringFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace rapport;
using rapport::scoring::test::Fixture;

namespace {

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

Run cli(const QString& db, const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral(RAPPORT_CLI_PATH), QStringList{QStringLiteral("--db"), db} + args);
    p.waitForFinished(60000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

} // namespace

class tst_ScoringCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void scoreListsEveryoneBestFirstAsJson();
    void scoreTopAndContact();
    void scoreTextShowsReasons();
    void scoreRejectsBadArguments_data();
    void scoreRejectsBadArguments();
    void championsShowsPipeline();
    void auditShowsLayersAndQueue();
    void helpExitsZero();

private:
    std::unique_ptr<Fixture> m_f;
    qint64 m_ana = 0;
    qint64 m_bob = 0;
    qint64 m_cid = 0;
};

void tst_ScoringCli::initTestCase()
{
    m_f = std::make_unique<Fixture>();
    m_ana = m_f->contact(QStringLiteral("Ana Kováčová"), QStringLiteral("school"));
    m_bob = m_f->contact(QStringLiteral("Bob"));
    m_cid = m_f->contact(QStringLiteral("Cid"), {}, {}, 60);
    m_f->talk(m_ana, 3, ConversationKind::Meeting, Initiator::Them);
    m_f->talk(m_ana, 40, ConversationKind::Call, Initiator::Me);
    m_f->talk(m_ana, 100, ConversationKind::Call, Initiator::Them);
    m_f->introducedMe(m_ana);
    m_f->introducedMe(m_ana);
    m_f->talk(m_bob, 30, ConversationKind::Message, Initiator::Them);
    m_f->talk(m_cid, 20, ConversationKind::Message, Initiator::Me, false);
    m_f->talk(m_cid, 10, ConversationKind::Message, Initiator::Me, false);
    // The CLI runs on the real clock, so nothing below depends on how long ago the data is.
    Clock::setFixed(QDateTime());
}

void tst_ScoringCli::cleanupTestCase()
{
    m_f.reset();
}

void tst_ScoringCli::scoreListsEveryoneBestFirstAsJson()
{
    const Run r = cli(m_f->path(), {QStringLiteral("score"), QStringLiteral("--json"), QStringLiteral("--rescore")});
    QCOMPARE(r.code, 0);
    const QJsonArray a = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(a.size(), 3);
    const QJsonObject first = a.at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("id")).toInteger(), m_ana);
    QCOMPARE(first.value(QStringLiteral("name")).toString(), QStringLiteral("Ana Kováčová"));
    QVERIFY(first.value(QStringLiteral("score")).toDouble() >
            a.at(1).toObject().value(QStringLiteral("score")).toDouble());
    QVERIFY(!first.value(QStringLiteral("tier")).toString().isEmpty());
    QStringList texts;
    for (const auto& v : first.value(QStringLiteral("reasons")).toArray()) {
        texts << v.toObject().value(QStringLiteral("text")).toString();
    }
    QVERIFY2(texts.contains(QStringLiteral("introduced you to 2 people")), qPrintable(texts.join(u'|')));
    const QJsonObject last = a.at(2).toObject();
    QCOMPARE(last.value(QStringLiteral("id")).toInteger(), m_cid);
    QCOMPARE(last.value(QStringLiteral("tier")).toString(), QStringLiteral("collected"));
}

void tst_ScoringCli::scoreTopAndContact()
{
    Run r = cli(m_f->path(),
                {QStringLiteral("score"), QStringLiteral("--json"), QStringLiteral("--top"), QStringLiteral("1")});
    QCOMPARE(r.code, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 1);
    r = cli(m_f->path(),
            {QStringLiteral("--json"), QStringLiteral("score"), QStringLiteral("--contact"), QString::number(m_cid)});
    QCOMPARE(r.code, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QStringLiteral("id")).toInteger(), m_cid);
    bool neverReplied = false;
    for (const auto& v : o.value(QStringLiteral("reasons")).toArray()) {
        neverReplied |=
            v.toObject().value(QStringLiteral("text")).toString() == QLatin1String("never replied to your 2 messages");
    }
    QVERIFY(neverReplied);
    r = cli(m_f->path(), {QStringLiteral("score"), QStringLiteral("--contact"), QStringLiteral("999")});
    QCOMPARE(r.code, 1);
}

void tst_ScoringCli::scoreTextShowsReasons()
{
    const Run r = cli(m_f->path(), {QStringLiteral("score"), QStringLiteral("--top"), QStringLiteral("1")});
    QCOMPARE(r.code, 0);
    const QString out = QString::fromUtf8(r.out);
    QVERIFY(out.contains(QStringLiteral("Ana Kováčová")));
    QVERIFY(out.contains(QStringLiteral("introduced you to 2 people")));
}

void tst_ScoringCli::scoreRejectsBadArguments_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("top zero") << QStringList{QStringLiteral("score"), QStringLiteral("--top"), QStringLiteral("0")};
    QTest::newRow("contact text") << QStringList{QStringLiteral("score"), QStringLiteral("--contact"),
                                                 QStringLiteral("ana")};
    QTest::newRow("unknown option") << QStringList{QStringLiteral("score"), QStringLiteral("--bogus")};
    QTest::newRow("champions limit") << QStringList{QStringLiteral("champions"), QStringLiteral("--limit"),
                                                    QStringLiteral("x")};
    QTest::newRow("audit stray") << QStringList{QStringLiteral("audit"), QStringLiteral("extra")};
}

void tst_ScoringCli::scoreRejectsBadArguments()
{
    QFETCH(QStringList, args);
    QCOMPARE(cli(m_f->path(), args).code, 2);
}

void tst_ScoringCli::championsShowsPipeline()
{
    Run r = cli(m_f->path(), {QStringLiteral("champions"), QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QStringLiteral("stages")).toObject().value(QStringLiteral("connection")).toInt(), 3);
    const QJsonArray promotions = o.value(QStringLiteral("promotions")).toArray();
    QVERIFY(!promotions.isEmpty());
    QCOMPARE(promotions.at(0).toObject().value(QStringLiteral("id")).toInteger(), m_ana);
    QCOMPARE(promotions.at(0).toObject().value(QStringLiteral("suggested")).toString(), QStringLiteral("champion"));
    QCOMPARE(o.value(QStringLiteral("balance")).toObject().value(QStringLiteral("received")).toInt(), 2);
    r = cli(m_f->path(), {QStringLiteral("champions")});
    QCOMPARE(r.code, 0);
    QVERIFY(QString::fromUtf8(r.out).contains(QStringLiteral("Ana Kováčová")));
}

void tst_ScoringCli::auditShowsLayersAndQueue()
{
    Run r = cli(m_f->path(),
                {QStringLiteral("audit"), QStringLiteral("--json"), QStringLiteral("--queue"), QStringLiteral("5")});
    QCOMPARE(r.code, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QStringLiteral("contacts")).toInt(), 3);
    QCOMPARE(o.value(QStringLiteral("realRelationships")).toInt(), 2);
    QCOMPARE(o.value(QStringLiteral("layers")).toArray().size(), 4);
    QCOMPARE(o.value(QStringLiteral("layers")).toArray().at(0).toObject().value(QStringLiteral("count")).toInt(), 2);
    QCOMPARE(o.value(QStringLiteral("neverTalked")).toInt(), 1);
    QCOMPARE(o.value(QStringLiteral("queue")).toArray().at(0).toObject().value(QStringLiteral("id")).toInteger(),
             m_cid);
    QVERIFY(o.value(QStringLiteral("warnings")).toArray().isEmpty());
    r = cli(m_f->path(), {QStringLiteral("audit")});
    QCOMPARE(r.code, 0);
    QVERIFY(QString::fromUtf8(r.out).contains(QStringLiteral("Dunbar")));
}

void tst_ScoringCli::helpExitsZero()
{
    for (const char* cmd : {"score", "champions", "audit"}) {
        const Run r = cli(m_f->path(), {QString::fromLatin1(cmd), QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("--json"));
    }
}

QTEST_GUILESS_MAIN(tst_ScoringCli)
#include "tst_scoringcli.moc"
