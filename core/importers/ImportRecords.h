#pragma once

#include "model/Contact.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
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
    QString industry;
    QString howMet; ///< how the user met them (Rapport's own vCards carry it)
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

/// Values that repeat across many messages (thread ids, names, URLs, folders) stored once and
/// referred to by index: a 200,000-message export holds only a few thousand distinct ones.
class StringTable
{
public:
    StringTable();
    /// Index of the string (0 for the empty string).
    int intern(const QString& s);
    /// Index of a list of strings (0 for the empty list); `key` identifies it (the raw joined text).
    int internList(const QString& key, const QStringList& list);
    const QString& at(int index) const { return m_strings.at(index); }
    int size() const { return int(m_strings.size()); }
    const QStringList& listAt(int index) const { return m_lists.at(index); }
    /// Index if present, -1 otherwise (for lists, by key).
    int findList(const QString& key) const { return m_listIndex.value(key, -1); }

private:
    QStringList m_strings;
    QHash<QString, int> m_index;
    QList<QStringList> m_lists;
    QHash<QString, int> m_listIndex;
};

/// One message as read from messages.csv, before it is grouped into conversations. Kept compact
/// (indices into the file's StringTable, UTF-8 content) so a large export fits in little memory.
struct MessageRecord
{
    qint64 line = 0;
    qint64 sentAtSecs = 0; ///< seconds since the epoch; UTC when `utc`, else a zone-less local time
    bool utc = true;
    qint8 legacyDirection = 0; ///< 2018/2020 eras: +1 outgoing, -1 incoming, 0 unknown
    int threadKey = 0;         ///< CONVERSATION ID, or a key derived from the participants in eras without one
    int title = 0;
    int fromName = 0;
    int fromUrl = 0;       ///< normalised
    int toNames = 0;       ///< raw "A, B" (names may contain ", ")
    int recipientUrls = 0; ///< list index; normalised URLs
    int subject = 0;
    int folder = 0;
    QByteArray content; ///< UTF-8, HTML entities decoded

    QDateTime sentAt() const;
};

/// All messages of one file and the strings they share.
struct MessageBatch
{
    StringTable strings;
    std::vector<MessageRecord> rows;

    const QString& s(int index) const { return strings.at(index); }
    const QStringList& list(int index) const { return strings.listAt(index); }
    bool empty() const { return rows.empty(); }
    size_t size() const { return rows.size(); }
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
