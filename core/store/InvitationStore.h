#pragma once

#include "model/Invitation.h"
#include "util/Result.h"

namespace rapport::db {
class Database;
}

namespace rapport {

/// Connection requests and their triage: verdicts, reasons and the user's decisions.
class InvitationStore
{
public:
    explicit InvitationStore(db::Database& db);

    /// Inserts, or returns the existing row's id when one with the same external key exists.
    Result<qint64> add(Invitation& invitation);
    Result<Invitation> get(qint64 id);
    /// Incoming or outgoing invitations with the given status ("" = any): collectors last, then newest first.
    Result<QList<Invitation>> list(bool incoming, const QString& status = QString());
    Status setVerdict(qint64 id, const QString& verdict, double score, const QString& reasonsJson);
    /// Records the user's decision: accepted / ignored / flag_wrong (or "" to take it back), and the status.
    Status decide(qint64 id, const QString& decision, const QString& status, qint64 contactId = -1);
    Status remove(qint64 id);

private:
    db::Database& m_db;
};

} // namespace rapport
