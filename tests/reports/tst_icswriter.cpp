// IcsWriter: RFC 5545 text escaping, line folding at 75 octets without splitting UTF-8, CRLF.
#include "reports/IcsWriter.h"

#include <QTest>

using namespace rapport::ics;

class TestIcsWriter : public QObject
{
    Q_OBJECT
private slots:
    void escapes_data();
    void escapes();
    void foldsAt75OctetsWithoutSplittingUtf8_data();
    void foldsAt75OctetsWithoutSplittingUtf8();
    void writesComponentsWithCrlf();
    void quotesParameterValues();
    void formatsDates();
};

void TestIcsWriter::escapes_data()
{
    QTest::addColumn<QString>("plain");
    QTest::addColumn<QString>("escaped");
    QTest::newRow("plain") << "Call Jana"
                           << "Call Jana";
    QTest::newRow("comma and semicolon") << "roles (backend, data, QA); 2 CVs"
                                         << "roles (backend\\, data\\, QA)\\; 2 CVs";
    QTest::newRow("backslash") << "C:\\temp\\x"
                               << "C:\\\\temp\\\\x";
    QTest::newRow("newline") << "one\ntwo"
                             << "one\\ntwo";
    QTest::newRow("crlf") << "one\r\ntwo"
                          << "one\\ntwo";
    QTest::newRow("backslash before n") << "a\\nb"
                                        << "a\\\\nb";
    QTest::newRow("colon stays") << "Agenda: 1"
                                 << "Agenda: 1";
    QTest::newRow("unicode") << "Ľubomír Šťastný, 王伟"
                             << "Ľubomír Šťastný\\, 王伟";
}

void TestIcsWriter::escapes()
{
    QFETCH(QString, plain);
    QFETCH(QString, escaped);
    QCOMPARE(escapeText(plain), escaped);
    QString roundTrip = plain;
    roundTrip.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    QCOMPARE(unescapeText(escaped), roundTrip);
}

void TestIcsWriter::foldsAt75OctetsWithoutSplittingUtf8_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("short") << "Short";
    QTest::newRow("ascii, exactly 75") << QString(75 - 12, QLatin1Char('x'));
    QTest::newRow("ascii, long") << QString(400, QLatin1Char('a'));
    QTest::newRow("two-byte") << QStringLiteral("Kováčová ").repeated(40);
    QTest::newRow("three-byte") << QStringLiteral("王伟").repeated(80);
    QTest::newRow("four-byte") << QStringLiteral("🙂x").repeated(60);
    QTest::newRow("mixed with escapes") << QStringLiteral("a, b; c\\ d\ne ").repeated(30);
}

void TestIcsWriter::foldsAt75OctetsWithoutSplittingUtf8()
{
    QFETCH(QString, value);
    IcsWriter w;
    w.text(QStringLiteral("DESCRIPTION"), value);
    const QByteArray data = w.data();
    QVERIFY(data.endsWith("\r\n"));
    const QList<QByteArray> lines = data.chopped(2).split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QByteArray l = lines.at(i);
        QVERIFY2(l.endsWith('\r') || i == lines.size() - 1, "every line ends with CRLF");
        if (l.endsWith('\r')) {
            l.chop(1);
        }
        QVERIFY2(l.size() <= 75, l.constData());
        QVERIFY(!l.contains('\r'));
        if (i > 0) {
            QVERIFY(l.startsWith(' '));
        }
        // Each physical line is valid UTF-8 on its own: no sequence was cut.
        const QString decoded = QString::fromUtf8(l);
        QVERIFY2(!decoded.contains(QChar::ReplacementCharacter), l.constData());
        QCOMPARE(decoded.toUtf8(), l);
    }
    const QByteArray unfolded = unfold(data);
    QVERIFY(unfolded.startsWith("DESCRIPTION:"));
    QVERIFY(unfolded.endsWith("\r\n"));
    QCOMPARE(unescapeText(QString::fromUtf8(unfolded.mid(12).chopped(2))), value);
}

void TestIcsWriter::writesComponentsWithCrlf()
{
    IcsWriter w;
    w.begin(QStringLiteral("VTODO"));
    w.text(QStringLiteral("SUMMARY"), QStringLiteral("Hi"));
    w.end(QStringLiteral("VTODO"));
    QCOMPARE(w.data(), QByteArray("BEGIN:VTODO\r\nSUMMARY:Hi\r\nEND:VTODO\r\n"));
    QVERIFY(!QByteArray(w.data()).replace("\r\n", "").contains('\n'));
}

void TestIcsWriter::quotesParameterValues()
{
    IcsWriter w;
    w.text(
        QStringLiteral("CONTACT"), QStringLiteral("Jana, Nordlicht"),
        {{QStringLiteral("ALTREP"), QStringLiteral("urn:uuid:3d8d")}, {QStringLiteral("X-A"), QStringLiteral("a\"b")}});
    QCOMPARE(w.data(), QByteArray("CONTACT;ALTREP=\"urn:uuid:3d8d\";X-A=ab:Jana\\, Nordlicht\r\n"));
}

void TestIcsWriter::formatsDates()
{
    IcsWriter w;
    w.date(QStringLiteral("DUE"), QDate(2026, 12, 1));
    w.utc(QStringLiteral("DTSTAMP"), QDateTime(QDate(2026, 11, 25), QTime(8, 30), Qt::UTC));
    QCOMPARE(w.data(), QByteArray("DUE;VALUE=DATE:20261201\r\nDTSTAMP:20261125T083000Z\r\n"));
}

QTEST_GUILESS_MAIN(TestIcsWriter)
#include "tst_icswriter.moc"
