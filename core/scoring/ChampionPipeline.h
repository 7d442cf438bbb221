#pragma once

#include "ContactSignals.h"
#include "util/Result.h"

#include <QList>

#include <optional>

namespace rapport::db {
class Database;
}

namespace rapport::scoring {

/// A stage the contact has earned but is not at yet.
struct StageSuggestion
{
    qint64 contactId = 0;
    QString name;
    ChampionStage current = ChampionStage::Connection;
    ChampionStage suggested = ChampionStage::Connection;
    QString reason; ///< translated, e.g. "2 two-way conversations over time"
};

/// Someone worth developing next: already talking, and they reach out too.
struct DevelopSuggestion
{
    qint64 contactId = 0;
    QString name;
    ChampionStage stage = ChampionStage::Connection; ///< the stage they are at or have earned
    double score = 0;
    QString reason; ///< the score's strongest reasons, translated
};

/// Introductions, referrals and help each way with one contact.
struct HelpBalance
{
    qint64 contactId = 0;
    QString name;
    int given = 0;    ///< the user gave them
    int received = 0; ///< they gave the user
    int balance() const { return received - given; }
};

struct PipelineOverview
{
    int stageCounts[4] = {}; ///< contacts (not archived) per stored stage, indexed by ChampionStage
    QList<StageSuggestion> promotions;
    QList<DevelopSuggestion> developNext;
    QList<HelpBalance> balances; ///< contacts with any help either way, most exchanged first
    int totalGiven = 0;          ///< every row of the introductions table, with or without a contact
    int totalReceived = 0;
};

/// What moves a contact along the pipeline, and whom to suggest developing.
struct PipelineRules
{
    int relationshipConversations = 2; ///< two-way conversations for Relationship...
    double relationshipSpanDays = 14;  ///< ...spread over at least this many days ("over time")
    double developWithinDays = 180;    ///< last two-way conversation this recent to suggest developing
    double developMinScore = 20;
};

/// The champions pipeline, Connection → Conversation → Relationship → Champion: which stage each
/// contact has earned, what to promote, whom to develop next, and the give/receive balance.
/// Suggestions only ever move a contact forward; a stage the user set is never lowered.
class ChampionPipeline
{
public:
    explicit ChampionPipeline(db::Database& db);

    /// The stage the evidence supports: an introduction or referral made for the user →
    /// Champion; 2+ two-way conversations over time → Relationship; 1+ → Conversation.
    static ChampionStage earnedStage(const ContactSignals& contact, const PipelineRules& rules = PipelineRules());
    /// A promotion when the earned stage is above the current one; nothing otherwise.
    static std::optional<StageSuggestion> suggestion(const ContactSignals& contact,
                                                     const PipelineRules& rules = PipelineRules());

    Result<PipelineOverview> overview(int developLimit = 10);
    /// Sets the stage (the user accepted a suggestion); returns the previous stage for undo.
    Result<ChampionStage> apply(qint64 contactId, ChampionStage stage);

private:
    db::Database& m_db;
    PipelineRules m_rules;
};

} // namespace rapport::scoring
