#pragma once

#include "TriageWeights.h"
#include "util/Result.h"

namespace rapport::db {
class Database;
}

namespace rapport::triage {

/// Persists learned weights in `triage_weights` (one row per feature plus "bias"). Rows that
/// are missing fall back to the defaults, so a fresh database simply means "not learned yet".
class TriageWeightStore
{
public:
    explicit TriageWeightStore(db::Database& db);

    Result<TriageWeights> load() const;
    /// Replaces every stored weight in one transaction; updatedAt is an ISO timestamp (Clock).
    Status save(const TriageWeights& weights, const QString& updatedAt);
    /// Forgets what was learned: back to the defaults.
    Status reset();

private:
    db::Database& m_db;
};

} // namespace rapport::triage
