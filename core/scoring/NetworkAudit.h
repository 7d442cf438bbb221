#pragma once

#include "ScoreTier.h"
#include "util/Result.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QStringList>

namespace rapport::db {
class Database;
}

namespace rapport::scoring {

struct ScoredNetwork;

/// A contact in the "Do you know them?" queue: never a real conversation, no context noted.
struct AuditEntry
{
    qint64 contactId = 0;
    QString name;
    QString headline;
    QString position;
    QString company;
    QDate connectedOn;
    bool collector = false;     ///< their invitation was flagged as a collector's
    int unansweredOutreach = 0; ///< messages the user sent that were never answered
};

/// What an audit action changed, so the UI's undo command can put it back (NetworkAudit::revert).
struct AuditChange
{
    enum class Action { Keep, GiveContext, Archive, Delete };
    Action action = Action::Keep;
    qint64 contactId = 0;
    QHash<QString, QString> previousFields; ///< GiveContext: field key → value before
    bool markedKept = false;                ///< GiveContext: it also left the queue (kept) on this call
};

/// One of Dunbar's layers, filled by score rank among contacts with real conversations.
struct DunbarLayer
{
    int capacity = 0;        ///< cumulative: 5, 15, 50, 150
    int count = 0;           ///< contacts in this band (e.g. ranks 6-15 for the 15 layer)
    double lowestScore = -1; ///< score of the last contact in the band; -1 when empty
};

struct AuditSummary
{
    int contacts = 0;          ///< not archived, not in the Trash
    int realRelationships = 0; ///< at least one two-way conversation
    int connectionsOnly = 0;   ///< never a two-way conversation
    int beyondLayers = 0;      ///< real relationships ranked past 150
    int tierCounts[5] = {};    ///< indexed by ScoreTier
    QList<DunbarLayer> layers; ///< 5, 15, 50, 150
    QStringList warnings;      ///< translated
};

/// The network audit: works through contacts the user has never talked to (keep, give context,
/// archive, delete) and sums up the network against Dunbar's layers (5/15/50/150), warning when
/// the inner tiers hold more people than those layers can.
class NetworkAudit
{
public:
    explicit NetworkAudit(db::Database& db);

    /// Never talked to and no "how we met" noted, not kept before. Most recently connected first
    /// (the easiest to remember), then those without a date; limit < 0 for all.
    Result<QList<AuditEntry>> queue(int limit = -1);

    /// "Yes, I know them": leaves the queue without changing the contact.
    Result<AuditChange> keep(qint64 contactId);
    /// Notes what they do and how the user met them (empty values are left alone); leaves the queue.
    Result<AuditChange> giveContext(qint64 contactId, const QString& position, const QString& company,
                                    const QString& howMet);
    Result<AuditChange> archive(qint64 contactId);
    /// Moves to the Trash (restorable).
    Result<AuditChange> remove(qint64 contactId);
    /// Undoes what an action changed.
    Status revert(const AuditChange& change);

    Result<AuditSummary> summary();
    /// The summary of an already scored network (pure; archived contacts are left out).
    static AuditSummary summarize(const ScoredNetwork& network);

    static QString keptSettingsKey() { return QStringLiteral("audit.kept"); }

private:
    QList<qint64> keptIds();
    Status setKept(qint64 contactId, bool kept);
    db::Database& m_db;
};

} // namespace rapport::scoring
