#include "ChangeContactField.h"

#include "CommandIds.h"
#include "store/ContactStore.h"

#include <QCoreApplication>

namespace rapport {

ChangeContactField::ChangeContactField(qint64 contactId, const QString& field, const QString& oldValue,
                                       const QString& newValue)
    : UndoCommand(QCoreApplication::translate("ChangeContactField", "Edit %1").arg(field)), m_contactId(contactId),
      m_field(field), m_old(oldValue), m_new(newValue)
{}

int ChangeContactField::id() const
{
    return ChangeContactFieldId;
}

bool ChangeContactField::mergeWith(const QUndoCommand* other)
{
    const auto* o = static_cast<const ChangeContactField*>(other);
    if (o->m_contactId != m_contactId || o->m_field != m_field) {
        return false;
    }
    m_new = o->m_new;
    setObsolete(m_new == m_old);
    return true;
}

Status ChangeContactField::doUndo()
{
    return ContactStore(database()).setField(m_contactId, m_field, m_old);
}

Status ChangeContactField::doRedo()
{
    return ContactStore(database()).setField(m_contactId, m_field, m_new);
}

} // namespace rapport
