#pragma once

#include "UndoCommand.h"
#include "model/FollowUp.h"

namespace rapport {

/// Snoozes or reschedules a follow-up; undo puts the previous dates back.
class ChangeFollowUpDate : public UndoCommand
{
public:
    enum class Kind { Snooze, Reschedule };
    ChangeFollowUpDate(qint64 followUpId, Kind kind, const QDate& date);

protected:
    Status doUndo() override;
    Status doRedo() override;

private:
    qint64 m_id;
    Kind m_kind;
    QDate m_date;
    FollowUp m_before;
};

} // namespace rapport
