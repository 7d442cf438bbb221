#include "MarkFollowUpDone.h"

#include "db/Transaction.h"
#include "store/FollowUpStore.h"

#include <QCoreApplication>

namespace rapport {

MarkFollowUpDone::MarkFollowUpDone(qint64 followUpId)
    : UndoCommand(QCoreApplication::translate("MarkFollowUpDone", "Mark follow-up done")), m_id(followUpId)
{}

Status MarkFollowUpDone::doRedo()
{
    FollowUpStore store(database());
    auto before = store.get(m_id);
    if (!before) {
        return Status::fail(before.error());
    }
    m_before = before.value();
    auto next = store.markDone(m_id);
    if (!next) {
        return Status::fail(next.error());
    }
    m_nextId = next.value();
    return Status::ok();
}

Status MarkFollowUpDone::doUndo()
{
    FollowUpStore store(database());
    db::Transaction tx(database());
    if (m_nextId > 0) {
        if (auto s = store.remove(m_nextId); !s) {
            return s;
        }
    }
    if (auto s = store.restore(m_before); !s) {
        return s;
    }
    if (!tx.commit()) {
        return Status::fail(QCoreApplication::translate("MarkFollowUpDone", "The database refused the change."));
    }
    return Status::ok();
}

} // namespace rapport
