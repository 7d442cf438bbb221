#pragma once

#include "UndoCommand.h"
#include "model/Contact.h"

namespace rapport {

/// Creates a contact; undo removes it for good (it never existed as far as the user knows).
class AddContact : public UndoCommand
{
public:
    explicit AddContact(const Contact& contact);
    qint64 contactId() const { return m_contact.id; }

protected:
    Status doUndo() override;
    Status doRedo() override;

private:
    Contact m_contact;
};

} // namespace rapport
