#include "FollowUpCalendar.h"

#include <QCoreApplication>

namespace rapport::reports::calendar {

QString productId()
{
    return QStringLiteral("-//Rapport//Follow-ups %1//EN").arg(QStringLiteral(RAPPORT_VERSION));
}

void writeVTodo(ics::IcsWriter& w, const CalendarFollowUp& item, const QDateTime& stamp)
{
    const FollowUp& f = item.followUp;
    w.begin(QStringLiteral("VTODO"));
    w.text(QStringLiteral("UID"), f.uid);
    w.utc(QStringLiteral("DTSTAMP"), stamp);
    w.date(QStringLiteral("DUE"), f.effectiveDue());
    const QString reason = f.reason.simplified();
    w.text(QStringLiteral("SUMMARY"),
           reason.isEmpty() ? QCoreApplication::translate("Reports", "Follow up with %1").arg(item.contactName)
                            : QStringLiteral("%1: %2").arg(item.contactName, reason));
    if (!item.description.isEmpty()) {
        w.text(QStringLiteral("DESCRIPTION"), item.description);
    }
    switch (f.status) {
    case FollowUp::Status::Open:
        w.raw(QStringLiteral("STATUS"), QStringLiteral("NEEDS-ACTION"));
        break;
    case FollowUp::Status::Done: {
        w.raw(QStringLiteral("STATUS"), QStringLiteral("COMPLETED"));
        const QDateTime done = QDateTime::fromString(f.doneAt, Qt::ISODate);
        if (done.isValid()) {
            w.utc(QStringLiteral("COMPLETED"), done);
        }
        w.raw(QStringLiteral("PERCENT-COMPLETE"), QStringLiteral("100"));
        break;
    }
    case FollowUp::Status::Cancelled:
        w.raw(QStringLiteral("STATUS"), QStringLiteral("CANCELLED"));
        break;
    }
    if (!item.contactUid.isEmpty()) {
        w.text(QStringLiteral("X-RAPPORT-CONTACT-UID"), item.contactUid);
    }
    w.end(QStringLiteral("VTODO"));
}

QByteArray toIcs(const QList<CalendarFollowUp>& items, const QDateTime& stamp)
{
    ics::IcsWriter w;
    w.begin(QStringLiteral("VCALENDAR"));
    w.raw(QStringLiteral("VERSION"), QStringLiteral("2.0"));
    w.text(QStringLiteral("PRODID"), productId());
    w.raw(QStringLiteral("CALSCALE"), QStringLiteral("GREGORIAN"));
    for (const auto& item : items) {
        if (!item.followUp.uid.isEmpty()) {
            writeVTodo(w, item, stamp);
        }
    }
    w.end(QStringLiteral("VCALENDAR"));
    return w.data();
}

QList<CalendarFollowUp> fromWeeklyList(const WeeklyList& list)
{
    QList<CalendarFollowUp> out;
    for (const auto& e : list.entries) {
        if (e.item.isProjected()) {
            continue;
        }
        CalendarFollowUp c;
        c.followUp = e.item.followUp;
        c.contactName = e.item.contactName;
        c.contactUid = e.item.contactUid;
        QStringList lines{e.item.whyNow};
        if (!e.item.company.isEmpty()) {
            lines << QCoreApplication::translate("Reports", "Company: %1").arg(e.item.company);
        }
        if (!e.phone.isEmpty()) {
            lines << QCoreApplication::translate("Reports", "Phone: %1").arg(e.phone);
        }
        if (!e.email.isEmpty()) {
            lines << QCoreApplication::translate("Reports", "E-mail: %1").arg(e.email);
        }
        if (!e.opener.isEmpty()) {
            lines << QCoreApplication::translate("Reports", "Opener: %1").arg(e.opener);
        }
        c.description = lines.join(QLatin1Char('\n'));
        out << c;
    }
    return out;
}

} // namespace rapport::reports::calendar
