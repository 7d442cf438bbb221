#pragma once

#include "ContactSignals.h"
#include "util/Result.h"

#include <QList>

namespace rapport::db {
class Database;
}

namespace rapport::scoring {

/// Counts every contact's signals with a handful of whole-table reads (never one query per
/// contact): conversation and message rows are counted in C++ as they stream past, since SQLite's
/// GROUP BY would sort a million rows first. 100,000 contacts with 1,000,000 conversations load in
/// about half a second.
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
