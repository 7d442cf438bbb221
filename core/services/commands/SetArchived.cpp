#include "SetArchived.h"

#include "BulkHelpers.h"
#include "db/SqlQuery.h"
#include "store/ContactStore.h"

#include <QCoreApplication>

namespace rapport {

SetArchived::SetArchived(const QList<qint64>& contactIds, bool archived)
    : UndoCommand(
          archived
              ? QCoreApplication::translate("SetArchived", "Archive %n contact(s)", nullptr, idCount(contactIds))
              : QCoreApplication::translate("SetArchived", "Unarchive %n contact(s)", nullptr, idCount(contactIds))),
      m_ids(contactIds), m_archived(archived)
{}

Status SetArchived::doRedo()
{
    m_changed.clear();
    db::SqlQuery q(database(),
                   QStringLiteral("SELECT id FROM contacts WHERE archived<>? AND id IN (%1)").arg(bulk::idList(m_ids)));
    q.bind(m_archived ? 1 : 0);
    if (!q.exec()) {
        return Status::fail(q.error());
    }
    while (q.next()) {
        m_changed << q.int64(0);
    }
    return ContactStore(database()).setArchived(m_changed, m_archived);
}

Status SetArchived::doUndo()
{
    return ContactStore(database()).setArchived(m_changed, !m_archived);
}

} // namespace rapport
