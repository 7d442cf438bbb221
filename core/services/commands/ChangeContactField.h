#pragma once

#include "UndoCommand.h"

namespace rapport {

/// The generic one-field edit (Tiled's ChangeValue): sets a contact field by its key
/// (ContactStore::fieldKeys()) and puts the old value back on undo. Consecutive edits of the
/// same field of the same contact merge into one undo step.
class ChangeContactField : public UndoCommand
{
public:
    ChangeContactField(qint64 contactId, const QString& field, const QString& oldValue, const QString& newValue);

    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

protected:
    Status doUndo() override;
    Status doRedo() override;

private:
    qint64 m_contactId;
    QString m_field;
    QString m_old;
    QString m_new;
};

} // namespace rapport
