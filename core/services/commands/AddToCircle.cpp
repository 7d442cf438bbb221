#include "AddToCircle.h"

#include "BulkHelpers.h"
#include "db/Transaction.h"
#include "store/CircleStore.h"

#include <QCoreApplication>

namespace rapport {

AddToCircle::AddToCircle(const QString& circleName, const QList<qint64>& contactIds)
    : UndoCommand(QCoreApplication::translate("AddToCircle", "Add %n contact(s) to %1", nullptr, idCount(contactIds))
                      .arg(circleName)),
      m_name(circleName.trimmed()), m_contactIds(contactIds)
{}

Status AddToCircle::doRedo()
{
    CircleStore circles(database());
    db::Transaction tx(database());
    auto existing = circles.idOf(m_name);
    m_createdCircle = !existing || existing.value() <= 0;
    auto id = circles.ensure(m_name);
    if (!id) {
        return Status::fail(id.error());
    }
    m_circleId = id.value();
    auto added = circles.addMembers(m_circleId, m_contactIds);
    if (!added) {
        return Status::fail(added.error());
    }
    m_added = added.value();
    if (!tx.commit()) {
        return Status::fail(QCoreApplication::translate("AddToCircle", "The database refused the change."));
    }
    return Status::ok();
}

Status AddToCircle::doUndo()
{
    CircleStore circles(database());
    if (m_createdCircle) {
        return circles.remove(m_circleId);
    }
    return circles.removeMembers(m_circleId, m_added);
}

} // namespace rapport
