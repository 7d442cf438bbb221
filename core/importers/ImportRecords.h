#pragma once

#include "model/Contact.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace rapport::importers {

/// A row or card that could not be used, named so a person can find and fix it.
struct RowError
{
    QString file;
    qint64 line = 0; ///< physical line where the record starts; 0 for the whole file
    QString reason;
};

/// A person as read from any source, before it is matched against the database.
struct PersonRecord
{
    qint64 line = 0;
    QString firstName;
    QString lastName;
    QString displayName;
    QString company;
    QString position;
    QString headline;
    QString notes;
    QString birthday; ///< ISO date or "--MM-DD"
    QString location;
    QString linkedinUrl; ///< normalised (percent-decoded) profile URL, empty if none
    QDate connectedOn;
    QList<LabeledValue> emails; ///< preferred first
    QList<LabeledValue> phones;
    QList<LabeledValue> urls;
    QStringList circles;
    QString externalUid; ///< vCard UID, for a stable contact uid across re-imports
};

/// One message as read from messages.csv, before it is grouped into conversations.
struct MessageRecord
{
    qint64 line = 0;
    QString threadKey; ///< CONVERSATION ID, or a key derived from the participants in eras without one
    QString title;
    QString fromName;
    QString fromUrl;           ///< normalised
    QString toNames;           ///< raw "A, B" (names may contain ", ")
    QStringList recipientUrls; ///< normalised
    QDateTime sentAt;          ///< UTC when the file says so
    QString subject;
    QString content; ///< HTML entities decoded
    QString folder;
    int legacyDirection = 0; ///< 2018/2020 eras: +1 outgoing, -1 incoming, 0 unknown
};

/// One connection request from Invitations.csv.
struct InvitationRecord
{
    qint64 line = 0;
    bool incoming = true;
    QString fromName;
    QString toName;
    QString fromUrl; ///< normalised, or a member URN kept verbatim (cannot be joined)
    QString toUrl;
    QString message;
    QDateTime sentAt;
};

/// Who owns the export (from Profile.csv), so their own messages can be told from others'.
struct OwnerRecord
{
    QString name;
    QString linkedinUrl;
    QString headline;
};

} // namespace rapport::importers
