#pragma once

#include "model/FollowUp.h"
#include "util/Result.h"

namespace rapport::db {
class Database;
class SqlQuery;
} // namespace rapport::db

namespace rapport {

/// Follow-ups: add, list by date range, done (a recurring one schedules its next), snooze, reschedule.
class FollowUpStore
{
public:
    explicit FollowUpStore(db::Database& db);

    /// The followups columns fromRow() reads, in its order, each prefixed (e.g. "f.") for joins.
    static QString columns(const QString& tablePrefix = QString());
    /// A follow-up from the current row of a query that selected columns() first.
    static FollowUp fromRow(const db::SqlQuery& q);

    Result<qint64> add(FollowUp& followUp);
    Result<FollowUp> get(qint64 id);
    /// Open follow-ups whose effective date is on or before `until` (and on/after `from` if valid), soonest first.
    Result<QList<FollowUp>> open(const QDate& from, const QDate& until);
    Result<QList<FollowUp>> forContact(qint64 contactId, bool openOnly = true);
    /// Marks done; a recurring follow-up gets its next occurrence. Returns the new one's id or 0.
    Result<qint64> markDone(qint64 id);
    Status snooze(qint64 id, const QDate& until);
    Status reschedule(qint64 id, const QDate& due);
    /// Puts a follow-up back exactly as it was (undo of done/snooze/reschedule).
    Status restore(const FollowUp& previous);
    Status remove(qint64 id);
    Status reassign(qint64 fromContactId, qint64 toContactId);

private:
    db::Database& m_db;
};

} // namespace rapport
