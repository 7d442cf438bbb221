#include "AuditAction.h"

#include <QCoreApplication>

namespace rapport {

AuditAction::AuditAction(Action action, qint64 contactId, const QString& name)
    : UndoCommand(textFor(action, name)), m_action(action), m_contactId(contactId)
{}

AuditAction::AuditAction(qint64 contactId, const QString& name, const QString& position, const QString& company,
                         const QString& howMet)
    : UndoCommand(textFor(Action::GiveContext, name)), m_action(Action::GiveContext), m_contactId(contactId),
      m_position(position), m_company(company), m_howMet(howMet)
{}

QString AuditAction::textFor(Action action, const QString& name)
{
    switch (action) {
    case Action::Keep:
        return QCoreApplication::translate("AuditAction", "Keep %1").arg(name);
    case Action::GiveContext:
        return QCoreApplication::translate("AuditAction", "Note how you know %1").arg(name);
    case Action::Archive:
        return QCoreApplication::translate("AuditAction", "Archive %1").arg(name);
    case Action::Delete:
        break;
    }
    return QCoreApplication::translate("AuditAction", "Delete %1").arg(name);
}

Result<scoring::AuditChange> AuditAction::apply()
{
    scoring::NetworkAudit audit(database());
    switch (m_action) {
    case Action::Keep:
        return audit.keep(m_contactId);
    case Action::GiveContext:
        // Redo after undo records the values before afresh, so undoing again restores them too.
        return audit.giveContext(m_contactId, m_position, m_company, m_howMet);
    case Action::Archive:
        return audit.archive(m_contactId);
    case Action::Delete:
        break;
    }
    return audit.remove(m_contactId);
}

Status AuditAction::doRedo()
{
    auto change = apply();
    if (!change) {
        return Status::fail(change.error());
    }
    m_change = change.value();
    return Status::ok();
}

Status AuditAction::doUndo()
{
    return scoring::NetworkAudit(database()).revert(m_change);
}

} // namespace rapport
