#pragma once

#include "ContactSignals.h"
#include "util/Result.h"

#include <QList>

namespace rapport::db {
class Database;
}

namespace rapport::scoring {

/// Counts every contact's signals with a handful of aggregate queries (GROUP BY contact_id, never
/// one query per contact), so 100,000 contacts load in well under a second.
///
/// Credit for introductions: a row with direction "received" helped the user and is credited to
/// whoever made it (introducer, else the one contact named); a row with direction "given" helped
/// the contacts named as introduced and target.
class SignalLoader
{
public:
    explicit SignalLoader(db::Database& db);

    /// Every contact not in the Trash (archived ones included), in id order. Ages are relative
    /// to Clock::now().
    Result<QList<ContactSignals>> loadAll();
    /// One contact, with the same queries restricted to it.
    Result<ContactSignals> load(qint64 contactId);

private:
    Result<QList<ContactSignals>> loadImpl(qint64 onlyId);
    db::Database& m_db;
};

} // namespace rapport::scoring
