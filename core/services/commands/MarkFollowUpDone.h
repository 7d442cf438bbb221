#pragma once

#include "UndoCommand.h"
#include "model/FollowUp.h"

namespace rapport {

/// Marks a follow-up done; undo reopens it and removes the next occurrence of a recurring one.
class MarkFollowUpDone : public UndoCommand
{
public:
    explicit MarkFollowUpDone(qint64 followUpId);

protected:
    Status doUndo() override;
    Status doRedo() override;

private:
    qint64 m_id;
    FollowUp m_before;
    qint64 m_nextId = 0;
};

} // namespace rapport
