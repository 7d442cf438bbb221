#include "AddContact.h"

#include "store/ContactStore.h"

#include <QCoreApplication>

namespace rapport {

AddContact::AddContact(const Contact& contact)
    : UndoCommand(QCoreApplication::translate("AddContact", "Add %1").arg(contact.name())), m_contact(contact)
{}

Status AddContact::doUndo()
{
    return ContactStore(database()).purge({m_contact.id});
}

Status AddContact::doRedo()
{
    // Same uid on redo, so anything that remembered it still finds the contact.
    m_contact.id = 0;
    return Status::from(ContactStore(database()).add(m_contact));
}

} // namespace rapport
