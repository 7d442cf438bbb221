#pragma once

#include "UndoCommand.h"
#include "model/Contact.h"

namespace rapport {

/// Saves a whole contact (e-mails, phones, circles, cadence, champion stage...) and puts the
/// previous version back on undo. For edits that are not a single text field.
class UpdateContact : public UndoCommand
{
public:
    UpdateContact(const Contact& before, const Contact& after, const QString& text);

protected:
    Status doUndo() override;
    Status doRedo() override;

private:
    Contact m_before;
    Contact m_after;
};

} // namespace rapport
