#include "MergeContacts.h"

#include <QCoreApplication>

namespace rapport {

MergeContacts::MergeContacts(qint64 keptId, qint64 removedId, const Contact& merged)
    : UndoCommand(QCoreApplication::translate("MergeContacts", "Merge into %1").arg(merged.name())), m_keptId(keptId),
      m_removedId(removedId), m_merged(merged)
{}

Status MergeContacts::doRedo()
{
    auto rec = MergeService(database()).merge(m_keptId, m_removedId, m_merged);
    if (!rec) {
        return Status::fail(rec.error());
    }
    m_record = rec.value();
    return Status::ok();
}

Status MergeContacts::doUndo()
{
    return MergeService(database()).undo(m_record);
}

} // namespace rapport
