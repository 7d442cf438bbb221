#pragma once

#include "ContactSignals.h"
#include "ScoreEngine.h"
#include "util/Result.h"

#include <QList>

namespace rapport::db {
class Database;
}

namespace rapport::scoring {

/// A score as stored in contact_scores, with the contact's name for listings.
struct StoredScore
{
    qint64 contactId = 0;
    QString name;
    double score = 0;
    ScoreTier tier = ScoreTier::Collected;
    QList<ScoreReason> reasons;
    QString computedAt;
};

/// Every contact's signals and score, computed in memory (index i of both lists is one contact).
struct ScoredNetwork
{
    QList<ContactSignals> contacts;
    QList<ScoreResult> results;
};

struct RescoreSummary
{
    int contacts = 0;
    qint64 elapsedMs = 0;
    int perTier[5] = {}; ///< indexed by ScoreTier
};

/// Computes relationship scores and keeps contact_scores up to date: a full rescore in one
/// transaction, or one contact after a change. Weights live in the settings table.
class ScoringService
{
public:
    explicit ScoringService(db::Database& db);

    ScoreWeights weights();
    /// Saves new weights; scores are not recomputed until rescoreAll().
    Status setWeights(const ScoreWeights& weights);

    /// Scores everyone without writing (for the pipeline, the audit and previews of new weights).
    Result<ScoredNetwork> computeAll();
    /// Rescores everyone and replaces contact_scores in one transaction.
    Result<RescoreSummary> rescoreAll();
    /// Rescores one contact (after logging a conversation, say) and stores it.
    Result<ScoreResult> rescoreContact(qint64 contactId);

    /// Contacts without a stored score (not counting the Trash).
    qint64 unscoredCount();
    Result<StoredScore> stored(qint64 contactId);
    /// Stored scores, best first; limit < 0 for all. Archived contacts only when asked.
    Result<QList<StoredScore>> ranked(int limit = -1, bool includeArchived = false);

private:
    db::Database& m_db;
};

} // namespace rapport::scoring
