#pragma once

#include "UndoCommand.h"

#include <QHash>
#include <QPair>

namespace rapport {

/// Sets the keep-in-touch cadence (ideal and maximum days) of several contacts; undo restores
/// each contact's own previous cadence.
class SetCadence : public UndoCommand
{
public:
    SetCadence(const QList<qint64>& contactIds, int idealDays, int maxDays);

protected:
    Status doUndo() override;
    Status doRedo() override;

private:
    QList<qint64> m_ids;
    int m_ideal;
    int m_max;
    QHash<qint64, QPair<int, int>> m_before;
};

} // namespace rapport
