#pragma once

#include "util/Result.h"

#include <QUndoCommand>

namespace rapport {

namespace db {
class Database;
}
class Session;

/// Base of every undoable change: knows its session (for the database and for reporting
/// failures) and turns a failed Status into an error message plus an obsolete command.
class UndoCommand : public QUndoCommand
{
public:
    explicit UndoCommand(const QString& text, QUndoCommand* parent = nullptr) : QUndoCommand(text, parent) {}

    void setSession(Session* session) { m_session = session; }

    void undo() final;
    void redo() final;

protected:
    virtual Status doUndo() = 0;
    virtual Status doRedo() = 0;
    db::Database& database() const;
    Session* session() const { return m_session; }

private:
    Session* m_session = nullptr;
};

} // namespace rapport
