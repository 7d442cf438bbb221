#pragma once

#include "UndoCommand.h"

namespace rapport {

/// Moves contacts to the Trash, or (restore = true) takes them out of it. Either way the undo
/// is the opposite move, limited to the contacts that actually moved.
class MoveToTrash : public UndoCommand
{
public:
    MoveToTrash(const QList<qint64>& contactIds, bool restore = false);

protected:
    Status doUndo() override;
    Status doRedo() override;

private:
    Status move(const QList<qint64>& ids, bool toTrash);
    QList<qint64> m_ids;
    QList<qint64> m_moved;
    bool m_restore;
};

} // namespace rapport
