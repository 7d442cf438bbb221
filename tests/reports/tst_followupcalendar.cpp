// calendar::*: follow-ups as an iCalendar file of VTODOs.
#include "reports/FollowUpCalendar.h"

#include <QTest>

using namespace rapport;
using namespace rapport::reports;

namespace {

CalendarFollowUp item(const QString& uid, FollowUp::Status status)
{
    CalendarFollowUp c;
    c.followUp.id = 1;
    c.followUp.uid = uid;
    c.followUp.due = QDate(2026, 12, 1);
    c.followUp.reason = QStringLiteral("Send the deck; and the CVs, please");
    c.followUp.status = status;
    c.followUp.doneAt = QStringLiteral("2026-11-24T10:00:00");
    c.contactName = QStringLiteral("Jana Kováčová");
    c.contactUid = QStringLiteral("contact-uid");
    c.description = QStringLiteral("You agreed to send the deck by Tuesday.\nPhone: +421 905 123 456");
    return c;
}

QStringList unfoldedLines(const QByteArray& ics)
{
    return QString::fromUtf8(ics::unfold(ics)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
}

} // namespace

class TestFollowUpCalendar : public QObject
{
    Q_OBJECT
private slots:
    void writesACalendarOfTodos();
    void marksStatus();
    void skipsProjectedItems();
    void buildsFromTheWeeklyList();
};

void TestFollowUpCalendar::writesACalendarOfTodos()
{
    const QDateTime stamp(QDate(2026, 11, 25), QTime(8, 0), Qt::UTC);
    const QByteArray ics = calendar::toIcs({item(QStringLiteral("a-1"), FollowUp::Status::Open)}, stamp);
    QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Rapport//Follow-ups "));
    QVERIFY(ics.endsWith("END:VCALENDAR\r\n"));
    QVERIFY(!QByteArray(ics).replace("\r\n", "").contains('\n')); // CRLF only
    const QStringList lines = unfoldedLines(ics);
    QVERIFY(lines.contains(QStringLiteral("BEGIN:VTODO")));
    QVERIFY(lines.contains(QStringLiteral("UID:a-1")));
    QVERIFY(lines.contains(QStringLiteral("DTSTAMP:20261125T080000Z")));
    QVERIFY(lines.contains(QStringLiteral("DUE;VALUE=DATE:20261201")));
    QVERIFY(lines.contains(QStringLiteral("SUMMARY:Jana Kováčová: Send the deck\\; and the CVs\\, please")));
    QVERIFY(lines.contains(
        QStringLiteral("DESCRIPTION:You agreed to send the deck by Tuesday.\\nPhone: +421 905 123 456")));
    QVERIFY(lines.contains(QStringLiteral("STATUS:NEEDS-ACTION")));
    QVERIFY(lines.contains(QStringLiteral("X-RAPPORT-CONTACT-UID:contact-uid")));
    QCOMPARE(lines.count(QStringLiteral("BEGIN:VTODO")), lines.count(QStringLiteral("END:VTODO")));
    for (const QByteArray& physical : ics.split('\n')) {
        QVERIFY(physical.size() <= 76); // 75 octets + CR
    }
}

void TestFollowUpCalendar::marksStatus()
{
    const QDateTime stamp(QDate(2026, 11, 25), QTime(8, 0), Qt::UTC);
    const QStringList done = unfoldedLines(calendar::toIcs({item(QStringLiteral("d"), FollowUp::Status::Done)}, stamp));
    QVERIFY(done.contains(QStringLiteral("STATUS:COMPLETED")));
    QVERIFY(std::any_of(done.cbegin(), done.cend(), [](const QString& l) { return l.startsWith(u"COMPLETED:2026"); }));
    const QStringList cancelled =
        unfoldedLines(calendar::toIcs({item(QStringLiteral("c"), FollowUp::Status::Cancelled)}, stamp));
    QVERIFY(cancelled.contains(QStringLiteral("STATUS:CANCELLED")));
}

void TestFollowUpCalendar::skipsProjectedItems()
{
    const QByteArray ics = calendar::toIcs({item(QString(), FollowUp::Status::Open)}, QDateTime::currentDateTimeUtc());
    QVERIFY(!ics.contains("BEGIN:VTODO"));
    QVERIFY(ics.contains("BEGIN:VCALENDAR"));
}

void TestFollowUpCalendar::buildsFromTheWeeklyList()
{
    WeeklyList list;
    list.week = followups::IsoWeek(2026, 48);
    WeeklyEntry e;
    e.item.followUp.uid = QStringLiteral("w-1");
    e.item.followUp.due = QDate(2026, 11, 26);
    e.item.contactName = QStringLiteral("<b>Jana</b>");
    e.item.company = QStringLiteral("Nordlicht");
    e.item.whyNow = QStringLiteral("No conversation in 4 months.");
    e.phone = QStringLiteral("+421 905");
    e.opener = QStringLiteral("Ask how the hiring went.");
    list.entries << e;
    WeeklyEntry projected = e;
    projected.item.followUp.uid.clear();
    list.entries << projected;
    list.entries[0].item.followUp.id = 7;
    const auto items = calendar::fromWeeklyList(list);
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.first().description, QStringLiteral("No conversation in 4 months.\nCompany: Nordlicht\nPhone: +421 "
                                                       "905\nOpener: Ask how the hiring went."));
    const QStringList lines = unfoldedLines(calendar::toIcs(items, QDateTime::currentDateTimeUtc()));
    QVERIFY(lines.contains(QStringLiteral("SUMMARY:Follow up with <b>Jana</b>"))); // text, not markup, in iCalendar
}

QTEST_GUILESS_MAIN(TestFollowUpCalendar)
#include "tst_followupcalendar.moc"
