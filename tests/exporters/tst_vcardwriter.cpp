// vCard content lines: escaping, folding at 75 octets without splitting UTF-8, CRLF.
#include "exporters/VCardWriter.h"
#include "importers/VCardProperty.h"

#include <QTest>

using namespace rapport::exporters;

class TestVCardWriter : public QObject
{
    Q_OBJECT

private slots:
    void escapesTextSpecials_data();
    void escapesTextSpecials();
    void escapedTextUnescapesToTheSame();
    void shortLineIsOneLineWithCrlf();
    void foldsAt75Octets();
    void foldingNeverSplitsUtf8_data();
    void foldingNeverSplitsUtf8();
    void structuredAndListValuesEscapeEachPart();
    void groupAndParameters();
};

void TestVCardWriter::escapesTextSpecials_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    QTest::addRow("plain") << QStringLiteral("Jana") << QStringLiteral("Jana");
    QTest::addRow("comma") << QStringLiteral("Smith, PhD") << QStringLiteral("Smith\\, PhD");
    QTest::addRow("semicolon") << QStringLiteral("a;b") << QStringLiteral("a\\;b");
    QTest::addRow("backslash") << QStringLiteral("C:\\dir") << QStringLiteral("C:\\\\dir");
    QTest::addRow("LF") << QStringLiteral("one\ntwo") << QStringLiteral("one\\ntwo");
    QTest::addRow("CRLF is one break") << QStringLiteral("one\r\ntwo") << QStringLiteral("one\\ntwo");
    QTest::addRow("lone CR") << QStringLiteral("one\rtwo") << QStringLiteral("one\\ntwo");
    QTest::addRow("control dropped") << QStringLiteral("a\x01"
                                                       "b\tc")
                                     << QStringLiteral("ab\tc");
    QTest::addRow("colon kept") << QStringLiteral("http://x") << QStringLiteral("http://x");
}

void TestVCardWriter::escapesTextSpecials()
{
    QFETCH(QString, in);
    QFETCH(QString, out);
    QCOMPARE(escapeVCardText(in), out);
}

void TestVCardWriter::escapedTextUnescapesToTheSame()
{
    const QString text = QStringLiteral("Ďakujem, \"priateľ\"; \\ 王伟 😀\nnext line");
    VCardLineWriter w;
    w.text(QStringLiteral("NOTE"), text);
    rapport::importers::VCardProperty prop;
    QByteArray line = w.data();
    line.chop(2);
    QVERIFY(rapport::importers::parseVCardLine(line, true, prop));
    QCOMPARE(prop.text(), text);
}

void TestVCardWriter::shortLineIsOneLineWithCrlf()
{
    QCOMPARE(foldVCardLine("FN:Jana"), QByteArray("FN:Jana\r\n"));
    const QByteArray exactly75(75, 'x');
    QCOMPARE(foldVCardLine(exactly75), exactly75 + "\r\n");
}

void TestVCardWriter::foldsAt75Octets()
{
    const QByteArray line = "NOTE:" + QByteArray(300, 'a');
    const QByteArray folded = foldVCardLine(line);
    QVERIFY(folded.endsWith("\r\n"));
    const QList<QByteArray> physical = folded.chopped(2).split('\n');
    QVERIFY(physical.size() > 4);
    for (qsizetype i = 0; i < physical.size(); ++i) {
        QByteArray l = physical.at(i);
        if (i + 1 < physical.size()) {
            QVERIFY2(l.endsWith('\r'), "every line break is CRLF");
            l.chop(1);
        }
        QVERIFY2(l.size() <= 75, l.constData());
        if (i > 0) {
            QVERIFY(l.startsWith(' '));
        }
    }
    // Unfolding (remove CRLF + one space) gives the line back.
    QByteArray unfolded = folded.chopped(2);
    unfolded.replace("\r\n ", "");
    QCOMPARE(unfolded, line);
}

void TestVCardWriter::foldingNeverSplitsUtf8_data()
{
    QTest::addColumn<QString>("value");
    QTest::addRow("slovak 2-byte") << QStringLiteral("ľščťžýáíéúäôň").repeated(12);
    QTest::addRow("chinese 3-byte") << QStringLiteral("王伟中国北京").repeated(12);
    QTest::addRow("emoji 4-byte") << QStringLiteral("😀🎉👩‍💻").repeated(15);
    QTest::addRow("mixed offsets") << (QStringLiteral("a") + QStringLiteral("ü😀王").repeated(20));
}

void TestVCardWriter::foldingNeverSplitsUtf8()
{
    QFETCH(QString, value);
    for (int prefix = 0; prefix < 4; ++prefix) { // shift the character boundaries against the fold points
        const QByteArray line = "NOTE:" + QByteArray(prefix, 'x') + value.toUtf8();
        const QByteArray folded = foldVCardLine(line);
        for (const QByteArray& physical : folded.split('\n')) {
            QByteArray l = physical;
            if (l.endsWith('\r')) {
                l.chop(1);
            }
            QVERIFY(l.size() <= 75);
            // Each physical line on its own is valid UTF-8: no sequence was cut.
            QCOMPARE(QString::fromUtf8(l).toUtf8(), l);
            QVERIFY(!QString::fromUtf8(l).contains(QChar::ReplacementCharacter));
        }
        QByteArray unfolded = folded.chopped(2);
        unfolded.replace("\r\n ", "");
        QCOMPARE(unfolded, line);
    }
}

void TestVCardWriter::structuredAndListValuesEscapeEachPart()
{
    VCardLineWriter w;
    w.structured(QStringLiteral("N"), {QStringLiteral("Lambert, PhD"), QStringLiteral("A;B"), QString()});
    w.list(QStringLiteral("CATEGORIES"), {QStringLiteral("Berlin, Mitte"), QStringLiteral("VIP")});
    QCOMPARE(w.data(), QByteArray("N:Lambert\\, PhD;A\\;B;\r\nCATEGORIES:Berlin\\, Mitte,VIP\r\n"));
}

void TestVCardWriter::groupAndParameters()
{
    VCardLineWriter w;
    w.text(QStringLiteral("EMAIL"), QStringLiteral("a@b.example"),
           {{QStringLiteral("TYPE"), QStringLiteral("work")}, {QStringLiteral("PREF"), QStringLiteral("1")}},
           QStringLiteral("item1"));
    w.raw(QStringLiteral("X-TEST"), QStringLiteral("v"), {{QStringLiteral("X-P"), QStringLiteral("a:b\"c")}});
    QCOMPARE(w.take(), QByteArray("item1.EMAIL;TYPE=work;PREF=1:a@b.example\r\nX-TEST;X-P=\"a:bc\":v\r\n"));
    QVERIFY(w.data().isEmpty());
}

QTEST_GUILESS_MAIN(TestVCardWriter)
#include "tst_vcardwriter.moc"
