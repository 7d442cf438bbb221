#pragma once

namespace rapport {

/// Ids for QUndoCommand::id(), so QUndoStack can merge repeated edits (typing in one field
/// becomes one undo step). Commands that never merge return -1 and are not listed.
enum CommandId {
    ChangeContactFieldId = 1,
};

} // namespace rapport
