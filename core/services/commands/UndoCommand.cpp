#include "UndoCommand.h"

#include "services/Session.h"

namespace rapport {

void UndoCommand::undo()
{
    const Status s = doUndo();
    if (!s) {
        setObsolete(true);
        m_session->reportError(s.error());
    }
}

void UndoCommand::redo()
{
    const Status s = doRedo();
    if (!s) {
        setObsolete(true);
        m_session->reportError(s.error());
    }
}

db::Database& UndoCommand::database() const
{
    return m_session->db();
}

} // namespace rapport
