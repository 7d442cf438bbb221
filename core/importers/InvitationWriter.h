#pragma once

#include "ImportRecords.h"
#include "db/SqlQuery.h"

#include <QHash>

namespace rapport::db {
class Database;
}

namespace rapport::importers {

class ChangeLog;
class ContactWriter;

/// Writes connection requests into `invitations`, linked to the other person's contact when the
/// profile URL (or an unambiguous name) is known. An invitation whose other party is a connection
/// counts as accepted. Rows are deduplicated by a key built from direction, people, time and message.
class InvitationWriter
{
public:
    enum class Outcome { Added, Updated, Merged, Unchanged, Failed };

    InvitationWriter(db::Database& db, qint64 batchId, ChangeLog& changes, const ContactWriter& contacts);
    bool load();
    Outcome write(const InvitationRecord& invitation);
    const QString& error() const { return m_error; }

    static QString externalKey(const InvitationRecord& invitation);

private:
    struct Existing
    {
        qint64 id = 0;
        QString status;
        qint64 contactId = 0;
        bool insertedByBatch = false;
    };

    db::Database& m_db;
    qint64 m_batchId;
    ChangeLog& m_changes;
    const ContactWriter& m_contacts;
    QString m_now;
    QString m_error;
    QHash<QString, Existing> m_existing;
    db::SqlQuery m_insert;
    db::SqlQuery m_update;
};

} // namespace rapport::importers
