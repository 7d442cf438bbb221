#pragma once

#include "TriageLearner.h"
#include "util/Result.h"

#include <QStringList>

namespace rapport::db {
class Database;
}

namespace rapport::triage {

/// Glue between the database and the learner: reads the user's decisions on incoming
/// invitations (with Rapport's own context for each sender) and stores the retrained weights.
class TriageTraining
{
public:
    /// Incoming invitations with a user decision. recipientKeywords is the user's own profile,
    /// as the detector was given it when the verdicts were shown.
    static Result<QList<UserDecision>> loadDecisions(db::Database& db, const QStringList& recipientKeywords = {});

    /// Loads decisions, trains from the defaults and saves; returns the new weights.
    static Result<TriageWeights> relearn(db::Database& db, const QString& updatedAt,
                                         const QStringList& recipientKeywords = {});
};

} // namespace rapport::triage
