// vCard 2.1 / 3.0 / 4.0: folding, quoted-printable, charsets, escaping, labels, duplicates and group cards.
#include "ImportTestData.h"
#include "importers/FileParser.h"
#include "importers/VCardParser.h"

#include <QTest>

using namespace rapport::importers;

namespace {

const PersonRecord* byName(const ParsedFile& f, const QString& name, int nth = 0)
{
    for (const PersonRecord& p : f.people) {
        if (p.displayName == name && nth-- == 0) {
            return &p;
        }
    }
    return nullptr;
}

ParsedFile parse(const QByteArray& bytes)
{
    ParsedFile f;
    f.displayName = QStringLiteral("inline.vcf");
    parseVCards(bytes, f);
    return f;
}

} // namespace

class TestVCardParser : public QObject
{
    Q_OBJECT
private slots:
    void version3()
    {
        const ParsedFile f = parseFile(importData("contacts_v3.vcf"), QString());
        QCOMPARE(f.format, ImportFormat::VCard);
        QVERIFY(f.errors.isEmpty());
        QCOMPARE(f.records, 15);
        QCOMPARE(f.skipped, 2); // the older copy of a UID and the Apple group card
        QCOMPARE(int(f.people.size()), 13);

        const PersonRecord* jana = byName(f, QStringLiteral("Jana Kováčová"));
        QVERIFY(jana);
        QCOMPARE(jana->company, QStringLiteral("Nordlicht Analytics, s.r.o."));
        QCOMPARE(jana->notes, QStringLiteral("Met at DevFest Bratislava 2024.\nFollow up re: Q3 roles, salary bands; "
                                             "see LinkedIn thread."));
        QCOMPARE(jana->emails.first().value, QStringLiteral("jana.kovacova@example.com")); // pref first
        QCOMPARE(jana->phones.size(), 2);
        QCOMPARE(jana->circles, (QStringList{QStringLiteral("LinkedIn"), QStringLiteral("Recruiting 2024")}));
        QCOMPARE(jana->linkedinUrl, QStringLiteral("https://www.linkedin.com/in/jana-kovacova-3f9a21"));
        QCOMPARE(jana->birthday, QStringLiteral("1988-04-23"));
        QCOMPARE(jana->connectedOn, QDate(2024, 3, 12));
        QCOMPARE(jana->location, QStringLiteral("Bratislava, Slovakia"));

        const PersonRecord* jurgen = byName(f, QStringLiteral("Dr. Jürgen Groß"));
        QVERIFY(jurgen);
        QCOMPARE(jurgen->emails.size(), 2);
        QCOMPARE(jurgen->emails[1].label, QStringLiteral("Other")); // Apple item1.X-ABLabel
        QCOMPARE(jurgen->phones[1].label, QStringLiteral("Büro"));
        QCOMPARE(jurgen->urls.first().value, QStringLiteral("http://example.de/jgross")); // "http\:" unescaped
        QCOMPARE(jurgen->linkedinUrl, QStringLiteral("https://www.linkedin.com/in/jürgen-groß-51d0aa"));

        const PersonRecord* wei = byName(f, QStringLiteral("王伟"));
        QVERIFY(wei);
        QVERIFY(
            wei->notes.startsWith(QStringLiteral("在深圳的技术大会上认识的，对远程职位感兴趣；希望下季度再联系。")));
        QVERIFY(wei->circles.isEmpty()); // "myContacts" is Google's, not the user's

        QVERIFY(byName(f, QStringLiteral("Dr. Sophie Lambert, PhD")));
        const PersonRecord* maro = byName(f, QStringLiteral("Marek \"Maro\" Horváth"));
        QVERIFY(maro);
        QCOMPARE(maro->notes,
                 QStringLiteral("Path: C:\\Users\\maro\\cv.pdf; prefers \"Maro\"; call after 17:00, not before."));
        QCOMPARE(maro->emails.size(), 4);
        QCOMPARE(maro->phones.size(), 4);

        const PersonRecord* hana = byName(f, QStringLiteral("Hana Dvořáková"));
        QVERIFY(hana);
        QCOMPARE(hana->notes, QStringLiteral("Editor-in-Chief. Introduced by Jana K. at the Prague meetup; interested "
                                             "in data-journalism hires next spring.")); // TAB fold
        // The newer of the two cards with Jana's UID survived.
        int janas = 0;
        for (const PersonRecord& p : f.people) {
            janas += p.externalUid == QLatin1String("urn:uuid:3d8da008-0f33-5111-b056-39dc6a26aa06");
        }
        QCOMPARE(janas, 1);
        const PersonRecord* peter = byName(f, QStringLiteral("Peter Baláž"));
        QVERIFY(peter); // lower-case property names
        QCOMPARE(peter->circles.size(), 3);
        // FN is an e-mail address: no name, but a contact with that address
        bool anna = false;
        for (const PersonRecord& p : f.people) {
            anna =
                anna || (p.displayName.isEmpty() && p.emails.value(0).value == QLatin1String("anna.novak@example.com"));
        }
        QVERIFY(anna);
    }

    void version4()
    {
        const ParsedFile f = parseFile(importData("contacts_v4.vcf"), QString());
        QVERIFY(f.errors.isEmpty());
        QCOMPARE(f.records, 12);
        QCOMPARE(f.skipped, 2); // KIND:org and KIND:group
        QCOMPARE(int(f.people.size()), 10);
        const PersonRecord* jana = byName(f, QStringLiteral("Jana Kováčová"));
        QCOMPARE(jana->phones.first().value, QStringLiteral("+421-905-123-456"));
        QCOMPARE(jana->phones[1].value, QStringLiteral("+421-2-1234-5678 ext. 89"));
        QCOMPARE(jana->birthday, QStringLiteral("1988-04-23"));
        QVERIFY(byName(f, QStringLiteral("王伟"))); // ALTID: one person, one name
        QVERIFY(!byName(f, QStringLiteral("Wei Wang")));
        QCOMPARE(byName(f, QStringLiteral("Jürgen Groß"))->birthday, QStringLiteral("--09-01"));
        QCOMPARE(byName(f, QStringLiteral("Ľubomír Šťastný"))->position, QStringLiteral("Head of Talent, EMEA"));
        const PersonRecord* hana = byName(f, QStringLiteral("Hana Dvořáková"));
        QCOMPARE(hana->emails.size(), 3);
        QCOMPARE(hana->emails.first().value, QStringLiteral("hana.dvorakova@example.net"));
        QCOMPARE(byName(f, QStringLiteral("Tomás Reyes 🚀"))->linkedinUrl,
                 QStringLiteral("https://www.linkedin.com/in/tomasreyes-andes"));
        QCOMPARE(byName(f, QStringLiteral("Peter Baláž"))->phones.first().value, QStringLiteral("0905 111 222"));
    }

    void version21QuotedPrintable()
    {
        const ParsedFile f = parseFile(importData("contacts_v21_qp.vcf"), QString());
        QVERIFY(f.errors.isEmpty());
        QCOMPARE(f.records, 11);
        QCOMPARE(int(f.people.size()), 11);
        const PersonRecord* jana = byName(f, QStringLiteral("Jana Kováčová"));
        QCOMPARE(jana->company, QStringLiteral("Nordlicht Analytics, s.r.o.")); // QP soft break inside ORG
        QCOMPARE(jana->notes, QStringLiteral("Met at DevFest Bratislava 2024.\r\nFollow up re: Q3 roles."));
        QCOMPARE(jana->phones.size(), 2);
        // soft breaks joined before unfolding: the continuation's leading space is data
        QVERIFY(byName(f, QStringLiteral("Ľubomír Šťastný — Head of Talent, EMEA, Tatra Softworks a.s. "
                                         "(Bratislava / Košice)")));
        QVERIFY(byName(f, QStringLiteral("王伟")));
        QVERIFY(byName(f, QStringLiteral("ليلى حداد")));
        QVERIFY(byName(f, QStringLiteral("Dr. Jürgen Groß"))); // CHARSET=ISO-8859-1
        QVERIFY(byName(f, QStringLiteral("Peter Baláž")));     // QP without CHARSET
        QCOMPARE(byName(f, QStringLiteral("Hana Dvořáková"))->location, QStringLiteral("Praha, Česká republika"));
        QVERIFY(byName(f, QStringLiteral("Tomás Reyes 🚀")));
        // dangling "=" before the next property: TEL is not glued onto FN
        const PersonRecord* marek = byName(f, QStringLiteral("Marek \"Maro\" Horváth"));
        QVERIFY(marek);
        QCOMPARE(marek->phones.first().value, QStringLiteral("+421944000000"));
    }

    void photoDoesNotBreakTheCard()
    {
        const ParsedFile f = parse("BEGIN:VCARD\r\nVERSION:2.1\r\nN:Doe;Jo\r\nPHOTO;ENCODING=BASE64;JPEG:AAAA\r\n"
                                   "BBBBCCCC\r\nDDDD\r\n\r\nEMAIL:jo@example.com\r\nEND:VCARD\r\n");
        QCOMPARE(int(f.people.size()), 1);
        QCOMPARE(f.people[0].emails.first().value, QStringLiteral("jo@example.com"));
    }

    void unclosedCardIsAnError()
    {
        const ParsedFile f = parse("BEGIN:VCARD\nVERSION:3.0\nFN:A\nEND:VCARD\nBEGIN:VCARD\nVERSION:3.0\nFN:B\n");
        QCOMPARE(int(f.people.size()), 1);
        QCOMPARE(f.errors.size(), 1);
        QCOMPARE(f.errors.first().line, 5);
    }
};

QTEST_GUILESS_MAIN(TestVCardParser)
#include "tst_vcardparser.moc"
