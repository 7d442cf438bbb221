// Google Contacts (current and legacy) and Outlook (desktop and Outlook.com) CSV, mapped by header name.
#include "ImportTestData.h"
#include "importers/FileParser.h"

#include <QTest>

using namespace rapport::importers;

namespace {
const PersonRecord* byName(const ParsedFile& f, const QString& name)
{
    for (const PersonRecord& p : f.people) {
        if (p.displayName == name) {
            return &p;
        }
    }
    return nullptr;
}
} // namespace

class TestAddressBookCsvParser : public QObject
{
    Q_OBJECT
private slots:
    void googleCurrent()
    {
        const ParsedFile f = parseFile(importData("google_contacts.csv"), QString());
        QCOMPARE(f.format, ImportFormat::GoogleCsv);
        QVERIFY(f.errors.isEmpty());
        QCOMPARE(int(f.people.size()), 17);
        const PersonRecord& jana = f.people.front();
        QCOMPARE(jana.line, 2);
        QCOMPARE(jana.circles, QStringList{QStringLiteral("LinkedIn import")}); // "* starred" is Google's
        QCOMPARE(jana.emails.first().label, QStringLiteral("Work"));
        QCOMPARE(jana.phones.size(), 3); // two numbers in one " ::: " cell
        QCOMPARE(jana.linkedinUrl, QStringLiteral("https://www.linkedin.com/in/jana-kovacova-3f9a21"));
        QVERIFY(jana.notes.contains(QLatin1String("\"gross\"")));
        QCOMPARE(jana.location, QStringLiteral("Bratislava, Slovakia"));
        QCOMPARE(byName(f, QStringLiteral("Tomás Reyes 🚀"))->birthday, QStringLiteral("--11-14"));
        QCOMPARE(byName(f, QStringLiteral("Sophie Lambert"))->lastName, QStringLiteral("Lambert"));
        QCOMPARE(byName(f, QStringLiteral("Peter Baláž"))->circles, QStringList{QStringLiteral("Recruiting 2024")});
        QCOMPARE(byName(f, QStringLiteral("Hana Dvořáková"))->emails.size(), 3);
        // "Other contacts": no name, an address only; and an address typed into First Name
        int nameless = 0;
        for (const PersonRecord& p : f.people) {
            nameless += p.displayName.isEmpty();
        }
        QCOMPARE(nameless, 2);
    }

    void googleLegacy()
    {
        const ParsedFile f = parseFile(importData("google_contacts_legacy.csv"), QString());
        QCOMPARE(f.format, ImportFormat::GoogleLegacyCsv);
        QCOMPARE(int(f.people.size()), 5);
        const PersonRecord& jana = f.people.front();
        QCOMPARE(jana.company, QStringLiteral("Nordlicht Analytics, s.r.o."));
        QCOMPARE(jana.position, QStringLiteral("Senior Recruiter"));
        QCOMPARE(jana.circles, QStringList{QStringLiteral("Recruiting")});
        QCOMPARE(jana.emails.size(), 2);
        QCOMPARE(byName(f, QStringLiteral("Jürgen Groß"))->circles, QStringList{QStringLiteral("Logistics")});
    }

    void outlookDesktopWindows1252()
    {
        const ParsedFile f = parseFile(importData("outlook.csv"), QString());
        QCOMPARE(f.format, ImportFormat::OutlookCsv);
        QCOMPARE(f.encoding, TextEncoding::Windows1252);
        QVERIFY(f.errors.isEmpty());
        QCOMPARE(f.skipped, 1); // the company card
        QCOMPARE(int(f.people.size()), 7);
        const PersonRecord& jana = f.people.front();
        QCOMPARE(jana.lastName, QStringLiteral("Ková?ová"));
        QCOMPARE(jana.circles, (QStringList{QStringLiteral("LinkedIn"), QStringLiteral("Recruiting")}));
        QCOMPARE(jana.birthday, QStringLiteral("1988-04-23"));
        QVERIFY(jana.notes.contains(QLatin1String("\r\n")) || jana.notes.contains(QLatin1Char('\n')));
        QCOMPARE(byName(f, QStringLiteral("Jürgen Groß"))->birthday, QString()); // 0/0/00 placeholder
        for (const PersonRecord& p : f.people) {
            for (const auto& e : p.emails) {
                QVERIFY2(e.value.contains(QLatin1Char('@')), qPrintable(e.value)); // no X.500 addresses
            }
        }
    }

    void outlookCom()
    {
        const ParsedFile f = parseFile(importData("outlook_com.csv"), QString());
        QCOMPARE(f.format, ImportFormat::OutlookComCsv);
        QVERIFY(f.errors.isEmpty());
        QCOMPARE(int(f.people.size()), 6);
        QCOMPARE(f.people.front().lastName, QStringLiteral("Kováčová"));
        QCOMPARE(f.people.front().emails.size(), 2);
        QCOMPARE(f.people.front().linkedinUrl, QStringLiteral("https://www.linkedin.com/in/jana-kovacova-3f9a21"));
    }
};

QTEST_GUILESS_MAIN(TestAddressBookCsvParser)
#include "tst_addressbookcsvparser.moc"
