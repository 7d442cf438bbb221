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

/// Stable keys as stored in the database and written to files.
inline QString followUpOriginKey(FollowUp::Origin origin)
{
    switch (origin) {
    case FollowUp::Origin::Cadence:
        return QStringLiteral("cadence");
    case FollowUp::Origin::NextStep:
        return QStringLiteral("next_step");
    case FollowUp::Origin::Manual:
        break;
    }
    return QStringLiteral("manual");
}

inline QString followUpStatusKey(FollowUp::Status status)
{
    switch (status) {
    case FollowUp::Status::Done:
        return QStringLiteral("done");
    case FollowUp::Status::Cancelled:
        return QStringLiteral("cancelled");
    case FollowUp::Status::Open:
        break;
    }
    return QStringLiteral("open");
}

/// The inverse of followUpOriginKey(); anything unknown reads as Manual.
inline FollowUp::Origin followUpOriginFromKey(const QString& key)
{
    if (key == QLatin1String("cadence")) {
        return FollowUp::Origin::Cadence;
    }
    if (key == QLatin1String("next_step")) {
        return FollowUp::Origin::NextStep;
    }
    return FollowUp::Origin::Manual;
}

/// The inverse of followUpStatusKey(); anything unknown reads as Open.
inline FollowUp::Status followUpStatusFromKey(const QString& key)
{
    if (key == QLatin1String("done")) {
        return FollowUp::Status::Done;
    }
    if (key == QLatin1String("cancelled")) {
        return FollowUp::Status::Cancelled;
    }
    return FollowUp::Status::Open;
}

} // namespace rapport
