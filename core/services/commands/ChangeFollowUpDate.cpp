#include "ChangeFollowUpDate.h"

#include "store/FollowUpStore.h"

#include <QCoreApplication>
#include <QLocale>

namespace rapport {

ChangeFollowUpDate::ChangeFollowUpDate(qint64 followUpId, Kind kind, const QDate& date)
    : UndoCommand(kind == Kind::Snooze ? QCoreApplication::translate("ChangeFollowUpDate", "Snooze until %1")
                                             .arg(QLocale().toString(date, QLocale::ShortFormat))
                                       : QCoreApplication::translate("ChangeFollowUpDate", "Reschedule to %1")
                                             .arg(QLocale().toString(date, QLocale::ShortFormat))),
      m_id(followUpId), m_kind(kind), m_date(date)
{}

Status ChangeFollowUpDate::doRedo()
{
    FollowUpStore store(database());
    auto before = store.get(m_id);
    if (!before) {
        return Status::fail(before.error());
    }
    m_before = before.value();
    return m_kind == Kind::Snooze ? store.snooze(m_id, m_date) : store.reschedule(m_id, m_date);
}

Status ChangeFollowUpDate::doUndo()
{
    return FollowUpStore(database()).restore(m_before);
}

} // namespace rapport
