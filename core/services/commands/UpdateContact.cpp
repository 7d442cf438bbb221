#include "UpdateContact.h"

#include "store/ContactStore.h"

namespace rapport {

UpdateContact::UpdateContact(const Contact& before, const Contact& after, const QString& text)
    : UndoCommand(text), m_before(before), m_after(after)
{}

Status UpdateContact::doUndo()
{
    return ContactStore(database()).update(m_before);
}

Status UpdateContact::doRedo()
{
    return ContactStore(database()).update(m_after);
}

} // namespace rapport
