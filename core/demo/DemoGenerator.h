#pragma once

#include "util/Result.h"

namespace rapport::db {
class Database;
}

namespace rapport::demo {

struct DemoOptions
{
    int contacts = 150;
    quint32 seed = 42;
    /// Average conversations per contact that has any (benchmarks raise it).
    double conversationsPerContact = 6.0;
};

struct DemoStats
{
    qint64 batchId = 0;
    int contacts = 0;
    int conversations = 0;
    int followUps = 0;
    int introductions = 0;
    int invitations = 0;
};

/// Fills the database with a deterministic sample network (same seed and clock, same data):
/// champions, an inner circle, active, dormant and merely collected connections, with
/// conversations over several years, follow-ups, introductions and invitations. Everything is
/// recorded under one import batch (format "demo") so it can be removed again.
Result<DemoStats> generate(db::Database& db, const DemoOptions& options);

/// Removes everything the demo generator added (and nothing else).
Status removeSampleData(db::Database& db);
bool hasSampleData(db::Database& db);

} // namespace rapport::demo
