#pragma once

#include "TriageTypes.h"
#include "util/Result.h"

#include <QList>
#include <QString>

namespace rapport::db {
class Database;
}

namespace rapport::triage {

/// One stored invitation with the verdict just computed for it.
struct TriagedInvitation
{
    qint64 id = 0;
    QString fromName;
    TriageResult result;
};

/// What a decision changed, so the UI can undo it exactly.
struct DecisionUndo
{
    qint64 invitationId = 0;
    QString previousDecision;
    QString previousStatus;
    qint64 previousContactId = 0;
    qint64 createdContactId = 0; ///< a contact Accept created (to remove on undo), else 0
};

/// Triage over the database: analyses stored incoming invitations with what Rapport knows about
/// each sender (earlier conversations, introductions) and the user's own profile, with the
/// weights learned from the user's decisions; records decisions and relearns.
class InvitationTriage
{
public:
    explicit InvitationTriage(db::Database& db);

    /// The user's profile words the detector looks for (name, companies, roles, industries).
    QStringList recipientKeywords();

    /// Analyses incoming invitations (pending only unless all is true) and stores verdict, score
    /// and reasons on each row, in one transaction.
    Result<QList<TriagedInvitation>> triageStored(bool all = false);

    /// Accept (creates or links the contact, source "invitation"), ignore, or say the flag was
    /// wrong; then retrains the user's weights. decision is "accepted", "ignored" or "flag_wrong".
    /// A bulk decision passes retrain = false for each invitation and calls relearn() once: each
    /// retraining replays every decision so far.
    Result<DecisionUndo> decide(qint64 invitationId, const QString& decision, bool retrain = true);
    /// Puts an invitation back as it was before decide() (and removes a contact Accept created).
    Status undo(const DecisionUndo& undo, bool retrain = true);
    /// Retrains the user's weights from every decision recorded so far.
    Status relearn();

    /// A polite reply asking how the sender came across the user, for "Ask for context".
    static QString askForContextReply(const QString& senderName, const QString& userName);

private:
    db::Database& m_db;
};

} // namespace rapport::triage
