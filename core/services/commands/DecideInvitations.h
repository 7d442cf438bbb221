#pragma once

#include "UndoCommand.h"
#include "triage/InvitationTriage.h"

#include <QList>

namespace rapport {

/// The user's decision on one or many incoming invitations (Accept, Ignore, Flag Was Wrong) as a
/// single undo step: a bulk Accept of 40 requests is undone with one Ctrl+Z. Accept creates or
/// links each sender's contact (source "invitation"); undo puts every invitation back as it was
/// and removes the contacts Accept created.
class DecideInvitations : public UndoCommand
{
public:
    enum class Decision { Accept, Ignore, FlagWrong };

    DecideInvitations(const QList<qint64>& invitationIds, Decision decision);

    /// The `user_decision` value: "accepted", "ignored" or "flag_wrong".
    static QString decisionKey(Decision decision);

    Decision decision() const { return m_decision; }
    qsizetype count() const { return m_ids.size(); }
    /// After redo: the contacts Accept created (the others were linked to existing contacts).
    QList<qint64> createdContactIds() const;

protected:
    Status doUndo() override;
    Status doRedo() override;

private:
    QList<qint64> m_ids;
    Decision m_decision;
    QList<triage::DecisionUndo> m_undos;
};

} // namespace rapport
