#include "SetCadence.h"

#include "BulkHelpers.h"
#include "db/SqlQuery.h"
#include "db/Transaction.h"
#include "store/ContactStore.h"

#include <QCoreApplication>
#include <QMap>

namespace rapport {

SetCadence::SetCadence(const QList<qint64>& contactIds, int idealDays, int maxDays)
    : UndoCommand(
          QCoreApplication::translate("SetCadence", "Set cadence of %n contact(s)", nullptr, idCount(contactIds))),
      m_ids(contactIds), m_ideal(idealDays), m_max(maxDays)
{}

Status SetCadence::doRedo()
{
    m_before.clear();
    db::SqlQuery q(database(),
                   QStringLiteral("SELECT id, coalesce(cadence_ideal_days, 0), coalesce(cadence_max_days, 0) "
                                  "FROM contacts WHERE id IN (%1)")
                       .arg(bulk::idList(m_ids)));
    if (!q.exec()) {
        return Status::fail(q.error());
    }
    while (q.next()) {
        m_before.insert(q.int64(0), {q.value(1).toInt(), q.value(2).toInt()});
    }
    return ContactStore(database()).setCadence(m_ids, m_ideal, m_max);
}

Status SetCadence::doUndo()
{
    // Group by previous value so a thousand contacts with the default take one statement.
    QMap<QPair<int, int>, QList<qint64>> groups;
    for (auto it = m_before.cbegin(); it != m_before.cend(); ++it) {
        groups[it.value()] << it.key();
    }
    ContactStore store(database());
    db::Transaction tx(database());
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        if (auto s = store.setCadence(it.value(), it.key().first, it.key().second); !s) {
            return s;
        }
    }
    if (!tx.commit()) {
        return Status::fail(QCoreApplication::translate("SetCadence", "The database refused the change."));
    }
    return Status::ok();
}

} // namespace rapport
