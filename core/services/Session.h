#pragma once

#include "util/Result.h"

#include <QObject>
#include <QString>

#include <memory>

class QUndoStack;

namespace rapport {

namespace db {
class Database;
}
class UndoCommand;

/// One open database and everything that lives exactly as long as it: the undo stack and the
/// channel for errors raised while undoing or redoing. Opening another file means a new Session.
class Session : public QObject
{
    Q_OBJECT
public:
    static Result<std::unique_ptr<Session>> open(const QString& path);
    explicit Session(std::unique_ptr<db::Database> db, QObject* parent = nullptr);
    ~Session() override;

    db::Database& db() { return *m_db; }
    QString path() const;
    QUndoStack* undoStack() const { return m_undo; }

    /// Runs the command and keeps it on the undo stack when it succeeded. On failure the command
    /// is dropped, errorOccurred() is emitted and the message returned.
    Status push(UndoCommand* command);

    /// Called by commands that fail while undoing or redoing; shown to the user by the window.
    void reportError(const QString& message);

signals:
    void errorOccurred(const QString& message);

private:
    std::unique_ptr<db::Database> m_db;
    QUndoStack* m_undo = nullptr;
    QString m_lastError;
    bool m_failed = false;
};

} // namespace rapport
