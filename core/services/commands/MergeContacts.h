#pragma once

#include "UndoCommand.h"
#include "services/MergeService.h"

namespace rapport {

/// Merges one contact into another through MergeService; undo restores every moved row.
class MergeContacts : public UndoCommand
{
public:
    MergeContacts(qint64 keptId, qint64 removedId, const Contact& merged);

protected:
    Status doUndo() override;
    Status doRedo() override;

private:
    qint64 m_keptId;
    qint64 m_removedId;
    Contact m_merged;
    MergeRecord m_record;
};

} // namespace rapport
