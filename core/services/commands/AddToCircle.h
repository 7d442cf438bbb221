#pragma once

#include "UndoCommand.h"

namespace rapport {

/// Adds contacts to a circle (creating the circle by name when needed); undo takes out only
/// those that were not members before, and removes the circle again if this command made it.
class AddToCircle : public UndoCommand
{
public:
    AddToCircle(const QString& circleName, const QList<qint64>& contactIds);

protected:
    Status doUndo() override;
    Status doRedo() override;

private:
    QString m_name;
    QList<qint64> m_contactIds;
    QList<qint64> m_added;
    qint64 m_circleId = 0;
    bool m_createdCircle = false;
};

} // namespace rapport
