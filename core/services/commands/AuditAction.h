#pragma once

#include "UndoCommand.h"
#include "scoring/NetworkAudit.h"

namespace rapport {

/// One answer in the network audit ("Do you know them?"): keep, give context, archive or delete
/// (to the Trash). Undo reverts exactly what the answer changed, which puts the contact back in
/// the audit queue.
class AuditAction : public UndoCommand
{
public:
    using Action = scoring::AuditChange::Action;

    /// Keep, archive or delete; `name` is only for the command's text in the undo history.
    AuditAction(Action action, qint64 contactId, const QString& name);
    /// Give context: what they do and how the user met them (empty values are left alone).
    AuditAction(qint64 contactId, const QString& name, const QString& position, const QString& company,
                const QString& howMet);

    Action action() const { return m_action; }
    qint64 contactId() const { return m_contactId; }

protected:
    Status doUndo() override;
    Status doRedo() override;

private:
    static QString textFor(Action action, const QString& name);
    Result<scoring::AuditChange> apply();

    Action m_action;
    qint64 m_contactId;
    QString m_position;
    QString m_company;
    QString m_howMet;
    scoring::AuditChange m_change;
};

} // namespace rapport
