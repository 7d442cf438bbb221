// LinkedIn Connections, messages, Invitations and Profile files of every era, read through parseFile.
#include "ImportTestData.h"
#include "importers/FileParser.h"

#include <QTest>
#include <QTimeZone>

using namespace rapport::importers;

class TestLinkedInParsers : public QObject
{
    Q_OBJECT
private slots:
    void connectionsCurrentEraWithPreamble()
    {
        const ParsedFile f = parseFile(importData("linkedin/Connections.csv"), QString());
        QCOMPARE(f.format, ImportFormat::LinkedInConnections);
        QVERIFY2(f.errors.isEmpty(), qPrintable(f.errors.value(0).reason));
        QCOMPARE(f.records, 26);
        QCOMPARE(f.skipped, 2);             // hidden profiles
        QCOMPARE(int(f.people.size()), 24); // includes the exact duplicate; the writer merges it
        const PersonRecord& first = f.people.front();
        QCOMPARE(first.line, 5);
        QCOMPARE(first.company, QStringLiteral("Nordlicht Analytics, s.r.o."));
        QCOMPARE(first.connectedOn, QDate(2024, 3, 12));
        // %-encoded slug decoded so it joins with the raw Unicode URLs in messages.csv
        QCOMPARE(f.people[1].linkedinUrl, QStringLiteral("https://www.linkedin.com/in/ľubomír-šťastný-b7c2e0"));
        QCOMPARE(f.people[5].firstName, QStringLiteral("Marek \"Maro\""));
        QCOMPARE(f.people[6].lastName, QStringLiteral("Lambert, PhD"));
        QCOMPARE(f.people.back().company, QStringLiteral("Brandt & Söhne KG")); // the 8-field row
    }

    void connectionsEras_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("people");
        QTest::addColumn<int>("hidden");
        QTest::addColumn<QDate>("firstDate");
        QTest::newRow("2018 no preamble, M/D/YY h:mm")
            << "linkedin/Connections_2018.csv" << 12 << 0 << QDate(2018, 3, 12);
        QTest::newRow("2021-2023 no URL") << "linkedin/Connections_2021-2023_no-url.csv" << 13 << 2 << QDate();
        QTest::newRow("Excel re-save BOM CRLF d-Mon-yy")
            << "linkedin/Connections_excel-resaved.csv" << 9 << 1 << QDate(2024, 3, 12);
    }
    void connectionsEras()
    {
        QFETCH(QString, file);
        QFETCH(int, people);
        QFETCH(int, hidden);
        QFETCH(QDate, firstDate);
        const ParsedFile f = parseFile(importData(file.toUtf8().constData()), QString());
        QCOMPARE(f.format, ImportFormat::LinkedInConnections);
        QVERIFY(f.errors.isEmpty());
        QCOMPARE(int(f.people.size()), people);
        QCOMPARE(f.skipped, hidden);
        if (firstDate.isValid()) {
            QCOMPARE(f.people.front().connectedOn, firstDate);
        }
        QVERIFY(f.people.front().connectedOn.isValid());
    }

    void messagesCurrentEra()
    {
        const ParsedFile f = parseFile(importData("linkedin/messages.csv"), QString());
        QCOMPARE(f.format, ImportFormat::LinkedInMessages);
        QVERIFY(f.errors.isEmpty());
        // 23 rows: draft, SPAM, sponsored and a system notice are left out
        QCOMPARE(f.records, 23);
        QCOMPARE(f.skipped, 4);
        QCOMPARE(int(f.messages.size()), 19);
        const MessageBatch& b = f.messages;
        const MessageRecord& amp = b.rows[1];
        QVERIFY(amp.content.contains("QA) & budget"));
        QCOMPARE(amp.sentAt(), QDateTime(QDate(2025, 11, 3), QTime(17, 45, 2), QTimeZone::utc()));
        QCOMPARE(b.s(b.rows[3].fromUrl), QStringLiteral("https://www.linkedin.com/in/ľubomír-šťastný-b7c2e0"));
        QCOMPARE(b.list(b.rows[5].recipientUrls).size(), 3);
        QCOMPARE(QString::fromUtf8(b.rows.back().content),
                 QStringLiteral(" Congrats on the new fund! ")); // not trimmed
        bool member = false;
        for (const MessageRecord& m : b.rows) {
            member = member || (b.s(m.fromName) == QLatin1String("LinkedIn Member") && m.fromUrl == 0);
        }
        QVERIFY(member);
    }

    void messagesEras_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("kept");
        QTest::addColumn<int>("skipped");
        QTest::newRow("2018 7 columns") << "linkedin/Messages_2018.csv" << 4 << 0;
        QTest::newRow("2020 ISO no zone") << "linkedin/messages_2019-2020_iso.csv" << 2 << 0;
        QTest::newRow("9 columns") << "linkedin/messages_2021-2023_9col.csv" << 6 << 1;
        QTest::newRow("10 columns") << "linkedin/messages_2023-2025_10col.csv" << 3 << 2;
        QTest::newRow("12 columns with drafts") << "linkedin/messages_2024_12col-drafts.csv" << 2 << 2;
        QTest::newRow("2026 all quoted, multi-line") << "linkedin/messages_2026_all-quoted.csv" << 3 << 1;
    }
    void messagesEras()
    {
        QFETCH(QString, file);
        QFETCH(int, kept);
        QFETCH(int, skipped);
        const ParsedFile f = parseFile(importData(file.toUtf8().constData()), QString());
        QCOMPARE(f.format, ImportFormat::LinkedInMessages);
        QVERIFY(f.errors.isEmpty());
        QCOMPARE(int(f.messages.size()), kept);
        QCOMPARE(f.skipped, skipped);
    }

    void messages2018DecodesEntitiesAndDirection()
    {
        const ParsedFile f = parseFile(importData("linkedin/Messages_2018.csv"), QString());
        const auto& rows = f.messages.rows;
        QCOMPARE(QString::fromUtf8(rows[0].content), QStringLiteral("Hi Katarína, we’re hiring 3 engineers & a QA."));
        QCOMPARE(rows[1].legacyDirection, 1);
        QCOMPARE(rows[0].legacyDirection, -1);
        QCOMPARE(QString::fromUtf8(rows[2].content), QStringLiteral("Danke, passt."));
        QCOMPARE(rows[0].sentAt(), QDateTime(QDate(2018, 3, 12), QTime(9, 5))); // zone-less: wall-clock time
    }

    void messages2026KeepsLineBreaks()
    {
        const ParsedFile f = parseFile(importData("linkedin/messages_2026_all-quoted.csv"), QString());
        QVERIFY(f.messages.rows[0].content.contains("\n- send 2 CVs\n"));
        QCOMPARE(f.messages.rows[1].line, 8);
        QVERIFY(f.messages.rows[1].content.contains("\"next steps\""));
    }

    void invitationsEras_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("rows");
        QTest::newRow("7 columns with URLs") << "linkedin/Invitations.csv" << 18;
        QTest::newRow("5 columns") << "linkedin/Invitations_2018-2023.csv" << 4;
        QTest::newRow("URN variant") << "linkedin/Invitations_2024-01_urn.csv" << 2;
    }
    void invitationsEras()
    {
        QFETCH(QString, file);
        QFETCH(int, rows);
        const ParsedFile f = parseFile(importData(file.toUtf8().constData()), QString());
        QCOMPARE(f.format, ImportFormat::LinkedInInvitations);
        QVERIFY(f.errors.isEmpty());
        QCOMPARE(int(f.invitations.size()), rows);
    }

    void invitationTimesAndUrls()
    {
        const ParsedFile f = parseFile(importData("linkedin/Invitations.csv"), QString());
        QCOMPARE(f.invitations[0].sentAt, QDateTime(QDate(2025, 7, 29), QTime(18, 15)));
        QVERIFY(!f.invitations[0].incoming);
        QVERIFY(f.invitations[1].incoming);
        QCOMPARE(f.invitations[1].fromUrl, QStringLiteral("https://www.linkedin.com/in/ľubomír-šťastný-b7c2e0"));
        QCOMPARE(f.invitations[2].toName, QStringLiteral("Sophie Lambert, PhD"));
        QCOMPARE(f.invitations[5].sentAt.time(), QTime(12, 0)); // 12 PM
        QCOMPARE(f.invitations[6].sentAt.time().hour(), 0);     // 12 AM
        const ParsedFile urn = parseFile(importData("linkedin/Invitations_2024-01_urn.csv"), QString());
        QCOMPARE(urn.invitations[0].toUrl, QStringLiteral("urn:li:member:502776431"));
    }

    void profileNamesTheOwner()
    {
        const ParsedFile f = parseFile(importData("linkedin/Profile.csv"), QString());
        QCOMPARE(f.format, ImportFormat::LinkedInProfile);
        QVERIFY(f.owner.has_value());
        QCOMPARE(f.owner->name, QStringLiteral("Katarína Mrázová"));
    }

    void otherArchiveFilesAreRecognised()
    {
        for (const char* name : {"linkedin/Positions.csv", "linkedin/Email Addresses.csv", "linkedin/Rich_Media.csv",
                                 "linkedin/Endorsement_Received_Info.csv", "linkedin/Recommendations_Received.csv"}) {
            QCOMPARE(parseFile(importData(name), QString()).format, ImportFormat::LinkedInOther);
        }
    }

    void brokenFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<qint64>("line");
        QTest::addColumn<QString>("reason");
        QTest::newRow("truncated quote") << "broken/truncated-quote.csv" << qint64(3) << "quote";
        QTest::newRow("binary") << "broken/binary.csv" << qint64(0) << "binary";
        QTest::newRow("unknown header") << "broken/unknown-header.csv" << qint64(0) << "Unknown file";
        QTest::newRow("bad date") << "broken/bad-date-connections.csv" << qint64(3) << "not a date";
    }
    void brokenFiles()
    {
        QFETCH(QString, file);
        QFETCH(qint64, line);
        QFETCH(QString, reason);
        const ParsedFile f = parseFile(importData(file.toUtf8().constData()), QString());
        QVERIFY(!f.errors.isEmpty());
        QCOMPARE(f.errors.first().line, line);
        QVERIFY2(f.errors.first().reason.contains(reason), qPrintable(f.errors.first().reason));
        QVERIFY(f.errors.first().file.endsWith(file));
    }

    void wrongEncodingFallsBackToWindows1252()
    {
        const ParsedFile f = parseFile(importData("broken/wrong-encoding-cp1252.csv"), QString());
        QVERIFY(f.errors.isEmpty());
        QCOMPARE(f.encoding, TextEncoding::Windows1252);
        QCOMPARE(f.people[0].lastName, QStringLiteral("Nováková"));
        QCOMPARE(f.people[0].company, QStringLiteral("Café € Bar"));
        QCOMPARE(f.people[0].position, QStringLiteral("Barista – Lead"));
    }

    void utf16TabSeparatedConnections()
    {
        const ParsedFile f = parseFile(importData("broken/connections-utf16le-tab.csv"), QString());
        QCOMPARE(f.format, ImportFormat::LinkedInConnections);
        QCOMPARE(int(f.people.size()), 1);
        QCOMPARE(f.people[0].displayName, QStringLiteral("Grace Hopper"));
    }
};

QTEST_GUILESS_MAIN(TestLinkedInParsers)
#include "tst_linkedinparsers.moc"
