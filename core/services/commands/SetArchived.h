#pragma once

#include "UndoCommand.h"

namespace rapport {

/// Archives (or un-archives) contacts; undo flips back only those whose state changed.
class SetArchived : public UndoCommand
{
public:
    SetArchived(const QList<qint64>& contactIds, bool archived);

protected:
    Status doUndo() override;
    Status doRedo() override;

private:
    QList<qint64> m_ids;
    QList<qint64> m_changed;
    bool m_archived;
};

} // namespace rapport
