#pragma once

#include "ContactSignals.h"
#include "ScoreReason.h"
#include "ScoreTier.h"
#include "ScoreWeights.h"

namespace rapport::scoring {

/// A contact's relationship score (0-100), tier and the reasons, most weighty first.
struct ScoreResult
{
    qint64 contactId = 0;
    double score = 0; ///< rounded to one decimal, so equal inputs give byte-equal output
    ScoreTier tier = ScoreTier::Collected;
    QList<ScoreReason> reasons;
};

/// Turns a contact's signals into a score: a pure function of the signals and the weights (no
/// database, no clock), after tie-strength research. Gilbert & Karahalios (2009) found recency,
/// intensity, duration, reciprocity and intimacy predict tie strength; each is a capped component
/// here, so no single signal (say, 500 messages) can carry a contact alone.
class ScoreEngine
{
public:
    explicit ScoreEngine(const ScoreWeights& weights = ScoreWeights());

    ScoreResult score(const ContactSignals& contact) const;

    /// The tier for a contact with this score.
    ///
    /// Tiers come from thresholds, not from a rank cut at Dunbar's 5/15/50/150: a contact's tier
    /// should only change when something about that contact changes, not because someone else was
    /// logged. The thresholds are set so a typical network falls inside Dunbar's layers, and the
    /// NetworkAudit warns when it does not (more than ~5 champions, ~15 champion+inner). Champion
    /// additionally needs evidence of advocacy (an introduction, referral or help received, or the
    /// user's own Champion stage), which keeps that tier small without a hard cap.
    ScoreTier tierFor(const ContactSignals& contact, double score) const;

    const ScoreWeights& weights() const { return m_w; }

private:
    ScoreWeights m_w;
};

} // namespace rapport::scoring
