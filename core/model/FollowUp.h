#pragma once

#include <QDate>
#include <QString>

namespace rapport {

/// Something to do about a contact by a date: a keep-in-touch reminder, an agreed next step.
struct FollowUp
{
    enum class Origin { Manual, Cadence, NextStep };
    enum class Status { Open, Done, Cancelled };

    qint64 id = 0;
    QString uid;
    qint64 contactId = 0;
    QDate due;
    QString reason;
    Origin origin = Origin::Manual;
    qint64 conversationId = 0;
    Status status = Status::Open;
    QDate snoozedUntil;
    QString doneAt;
    int recurrenceDays = 0; ///< 0: does not repeat
    qint64 batchId = 0;

    /// The date it shows up on: the snooze date when snoozed, else the due date.
    QDate effectiveDue() const { return snoozedUntil.isValid() && snoozedUntil > due ? snoozedUntil : due; }
};

} // namespace rapport
