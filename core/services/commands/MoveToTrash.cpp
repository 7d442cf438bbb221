#include "MoveToTrash.h"

#include "BulkHelpers.h"
#include "db/SqlQuery.h"
#include "store/ContactStore.h"

#include <QCoreApplication>

namespace rapport {

MoveToTrash::MoveToTrash(const QList<qint64>& contactIds, bool restore)
    : UndoCommand(
          restore ? QCoreApplication::translate("MoveToTrash", "Restore %n contact(s)", nullptr, idCount(contactIds))
                  : QCoreApplication::translate("MoveToTrash", "Delete %n contact(s)", nullptr, idCount(contactIds))),
      m_ids(contactIds), m_restore(restore)
{}

Status MoveToTrash::move(const QList<qint64>& ids, bool toTrash)
{
    ContactStore store(database());
    return toTrash ? store.moveToTrash(ids) : store.restoreFromTrash(ids);
}

Status MoveToTrash::doRedo()
{
    m_moved.clear();
    db::SqlQuery q(
        database(),
        QStringLiteral("SELECT id FROM contacts WHERE (deleted_at IS NULL)=? AND id IN (%1)").arg(bulk::idList(m_ids)));
    q.bind(m_restore ? 0 : 1);
    if (!q.exec()) {
        return Status::fail(q.error());
    }
    while (q.next()) {
        m_moved << q.int64(0);
    }
    return move(m_moved, !m_restore);
}

Status MoveToTrash::doUndo()
{
    return move(m_moved, m_restore);
}

} // namespace rapport
