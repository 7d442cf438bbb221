#include "sync/SyncHash.h"
#include "sync/VCardCodec.h"

#include <QTest>

using namespace rapport;
using namespace rapport::sync;

class TestVCardCodec : public QObject
{
    Q_OBJECT

private:
    static Contact fullContact()
    {
        Contact c;
        c.uid = QStringLiteral("0f7c5a7e-1111-4222-8333-944445555666");
        c.firstName = QStringLiteral("Jana");
        c.lastName = QStringLiteral("Kováčová");
        c.displayName = QStringLiteral("Jana Kováčová");
        c.headline = QStringLiteral("Builds payment rails; ex-bank, now fintech");
        c.position = QStringLiteral("CTO");
        c.company = QStringLiteral("Platby, s.r.o.");
        c.industry = QStringLiteral("Financial Services");
        c.location = QStringLiteral("Bratislava, Slovakia");
        c.linkedinUrl = QStringLiteral("https://www.linkedin.com/in/jana-kovacova");
        c.howMet = QStringLiteral("Met at DevFest; she asked about\nour CRM, then; coffee");
        c.notes = QStringLiteral("Likes \\ backslashes, commas, semicolons;\r\nand two lines");
        c.birthday = QStringLiteral("1984-03-07");
        c.source = QStringLiteral("linkedin");
        c.connectedOn = QDate(2021, 5, 4);
        c.championStage = ChampionStage::Champion;
        c.cadenceIdealDays = 30;
        c.cadenceMaxDays = 90;
        c.archived = true;
        c.emails = {{QStringLiteral("work"), QStringLiteral("jana@platby.sk")},
                    {QString(), QStringLiteral("jana@example.org")}};
        c.phones = {{QStringLiteral("mobile"), QStringLiteral("+421 905 123 456")}};
        c.urls = {{QStringLiteral("blog"), QStringLiteral("https://jana.example.org/a,b?x=1;y=2")}};
        c.circles = {QStringLiteral("Fintech"), QStringLiteral("Bratislava")};
        c.tags = {QStringLiteral("speaker"), QStringLiteral("a,b")};
        c.updatedAt = QStringLiteral("2026-11-20T10:11:12");
        return c;
    }

    static void compareSynced(const Contact& a, const Contact& b)
    {
        QCOMPARE(a.uid, b.uid);
        QCOMPARE(a.firstName, b.firstName);
        QCOMPARE(a.lastName, b.lastName);
        QCOMPARE(a.displayName, b.displayName);
        QCOMPARE(a.headline, b.headline);
        QCOMPARE(a.position, b.position);
        QCOMPARE(a.company, b.company);
        QCOMPARE(a.industry, b.industry);
        QCOMPARE(a.location, b.location);
        QCOMPARE(a.linkedinUrl, b.linkedinUrl);
        QCOMPARE(a.howMet, b.howMet);
        QCOMPARE(a.birthday, b.birthday);
        QCOMPARE(a.connectedOn, b.connectedOn);
        QCOMPARE(a.championStage, b.championStage);
        QCOMPARE(a.cadenceIdealDays, b.cadenceIdealDays);
        QCOMPARE(a.cadenceMaxDays, b.cadenceMaxDays);
        QCOMPARE(a.archived, b.archived);
        QCOMPARE(a.emails, b.emails);
        QCOMPARE(a.phones, b.phones);
        QCOMPARE(a.urls, b.urls);
        QCOMPARE(hash::contact(a), hash::contact(b));
    }

private slots:
    void escapesTextValues_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("plain") << QStringLiteral("Jana") << QStringLiteral("Jana");
        QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("a\\,b");
        QTest::newRow("semicolon") << QStringLiteral("a;b") << QStringLiteral("a\\;b");
        QTest::newRow("backslash") << QStringLiteral("a\\b") << QStringLiteral("a\\\\b");
        QTest::newRow("LF") << QStringLiteral("a\nb") << QStringLiteral("a\\nb");
        QTest::newRow("CRLF is one break") << QStringLiteral("a\r\nb") << QStringLiteral("a\\nb");
    }
    void escapesTextValues()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(VCardCodec::escapeText(in), out);
    }

    void quotesParameterValues()
    {
        QCOMPARE(VCardCodec::paramValue(QStringLiteral("work")), QStringLiteral("work"));
        QCOMPARE(VCardCodec::paramValue(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
        QCOMPARE(VCardCodec::paramValue(QStringLiteral("say \"hi\"")), QStringLiteral("\"say ^'hi^'\""));
    }

    void foldsAt75OctetsWithoutSplittingUtf8()
    {
        // Two-byte (č) and four-byte (emoji) sequences at every alignment.
        const QString value = QString(QStringLiteral("čx")).repeated(60) + QString::fromUtf8("😀").repeated(30);
        const QByteArray logical = (QStringLiteral("NOTE:") + value).toUtf8();
        const QByteArray folded = VCardCodec::foldLine(logical);
        QVERIFY(folded.endsWith("\r\n"));
        const QList<QByteArray> physical = folded.chopped(2).split('\n');
        QVERIFY(physical.size() > 3);
        QByteArray joined;
        for (qsizetype i = 0; i < physical.size(); ++i) {
            QByteArray line = physical.at(i);
            if (line.endsWith('\r')) {
                line.chop(1);
            }
            QVERIFY2(line.size() <= 75, line.constData());
            if (i > 0) {
                QVERIFY(line.startsWith(' '));
                line = line.mid(1);
            }
            // Each physical line on its own is whole UTF-8.
            QCOMPARE(QString::fromUtf8(line).toUtf8(), line);
            QVERIFY(!QString::fromUtf8(line).contains(QChar::ReplacementCharacter));
            joined += line;
        }
        QCOMPARE(joined, logical);
    }

    void roundTripsRapportData()
    {
        const Contact c = fullContact();
        CardExtras extras;
        extras.hasScore = true;
        extras.score = 73.5;
        extras.tier = QStringLiteral("inner");
        extras.scoredAt = QStringLiteral("2026-11-19T08:00:00");
        const QByteArray card = VCardCodec::encode(c, extras);
        QVERIFY(card.startsWith("BEGIN:VCARD\r\nVERSION:3.0\r\n"));
        QVERIFY(card.contains("X-RAPPORT-CHAMPION-STAGE:champion\r\n"));
        QVERIFY(card.contains("X-RAPPORT-CADENCE-IDEAL:30\r\n"));
        QVERIFY(card.contains("REV:20261120T"));
        auto decoded = VCardCodec::decode(card);
        QVERIFY2(decoded, qPrintable(decoded.error()));
        compareSynced(decoded->contact, c);
        QCOMPARE(decoded->contact.notes, QStringLiteral("Likes \\ backslashes, commas, semicolons;\nand two lines"));
        QCOMPARE(decoded->contact.source, QStringLiteral("linkedin"));
        QCOMPARE(decoded->extras.hasScore, true);
        QCOMPARE(decoded->extras.score, 73.5);
        QCOMPARE(decoded->extras.tier, QStringLiteral("inner"));
        QVERIFY(decoded->revision.isValid());
        QVERIFY(decoded->unknownLines.isEmpty());
        QCOMPARE(QSet<QString>(decoded->contact.tags.begin(), decoded->contact.tags.end()),
                 QSet<QString>(c.tags.begin(), c.tags.end()));
    }

    void writesVersion4()
    {
        Contact c = fullContact();
        c.birthday = QStringLiteral("--03-07");
        const QByteArray card = VCardCodec::encode(c, {}, VCardVersion::V4);
        QVERIFY(card.contains("VERSION:4.0\r\n"));
        QVERIFY(card.contains("BDAY:--0307\r\n"));
        auto decoded = VCardCodec::decode(card);
        QVERIFY(decoded);
        QCOMPARE(decoded->version, VCardVersion::V4);
        QCOMPARE(decoded->contact.birthday, QStringLiteral("--03-07"));
        compareSynced(decoded->contact, c);
    }

    void keepsPropertiesOfOtherClients()
    {
        const QByteArray foreign =
            "BEGIN:VCARD\r\n"
            "VERSION:3.0\r\n"
            "PRODID:-//Apple Inc.//iOS 17//EN\r\n"
            "UID:abc-1\r\n"
            "FN:Peter Novak\r\n"
            "N:Novak;Peter;;;\r\n"
            "EMAIL;TYPE=INTERNET,WORK:peter@example.org\r\n"
            "TEL;TYPE=CELL:+421 900 000 000\r\n"
            "item1.X-ABLabel:_$!<Anniversary>!$_\r\n"
            "X-ANDROID-CUSTOM:vnd.android.cursor.item/nickname;Pete;1;;;;;;;;;;;;;\r\n"
            "IMPP;X-SERVICE-TYPE=Skype:skype:peter.novak\r\n"
            "PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAMCAgICAgMCAgIDAwMDBAYE\r\n"
            " BQQEBAQFBQUGBgcHBwcGBgcICQkJCAgJ\r\n"
            "END:VCARD\r\n";
        auto decoded = VCardCodec::decode(foreign);
        QVERIFY(decoded);
        QCOMPARE(decoded->contact.firstName, QStringLiteral("Peter"));
        QCOMPARE(decoded->contact.emails.value(0).value, QStringLiteral("peter@example.org"));
        QCOMPARE(decoded->contact.emails.value(0).label, QStringLiteral("WORK"));
        QCOMPARE(decoded->contact.phones.value(0).label, QStringLiteral("CELL"));
        QCOMPARE(decoded->unknownLines.size(), 4);

        Contact edited = decoded->contact;
        edited.company = QStringLiteral("Novak Consulting");
        const QByteArray back = VCardCodec::encode(edited, {}, decoded->version, decoded->unknownLines);
        QVERIFY(back.contains("item1.X-ABLabel:_$!<Anniversary>!$_\r\n"));
        QVERIFY(back.contains("IMPP;X-SERVICE-TYPE=Skype:skype:peter.novak\r\n"));
        QVERIFY(back.contains("ORG:Novak Consulting\r\n"));
        auto again = VCardCodec::decode(back);
        QVERIFY(again);
        QCOMPARE(again->unknownLines, decoded->unknownLines);
        QCOMPARE(again->contact.company, QStringLiteral("Novak Consulting"));
    }

    void refusesWhatIsNotACard()
    {
        QVERIFY(!VCardCodec::decode("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"));
        QVERIFY(!VCardCodec::decode("BEGIN:VCARD\r\nFN:cut off"));
    }
};

QTEST_GUILESS_MAIN(TestVCardCodec)
#include "tst_vcardcodec.moc"
