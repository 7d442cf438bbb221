#include "Session.h"

#include "commands/UndoCommand.h"
#include "db/Database.h"

#include <QUndoStack>

namespace rapport {

Result<std::unique_ptr<Session>> Session::open(const QString& path)
{
    auto db = db::Database::open(path);
    if (!db) {
        return Result<std::unique_ptr<Session>>::fail(db.error());
    }
    return Result<std::unique_ptr<Session>>::ok(std::make_unique<Session>(std::move(db).value()));
}

Session::Session(std::unique_ptr<db::Database> db, QObject* parent)
    : QObject(parent), m_db(std::move(db)), m_undo(new QUndoStack(this))
{}

Session::~Session()
{
    // Commands refer to the database; drop them before it closes.
    m_undo->clear();
}

QString Session::path() const
{
    return m_db->path();
}

Status Session::push(UndoCommand* command)
{
    m_failed = false;
    m_lastError.clear();
    command->setSession(this);
    // QUndoStack deletes a command that marked itself obsolete during its first redo().
    m_undo->push(command);
    if (m_failed) {
        return Status::fail(m_lastError);
    }
    return Status::ok();
}

void Session::reportError(const QString& message)
{
    m_failed = true;
    m_lastError = message;
    emit errorOccurred(message);
}

} // namespace rapport
