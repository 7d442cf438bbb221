#pragma once

#include <QObject>

namespace rapport {

namespace db {
class Database;
}
class Session;
class UndoCommand;
class MessageBar;

/// What every view gets from the window: the open database's session (with its undo stack),
/// the message bar, and requests that cross views ("show this contact", "log a conversation").
class AppContext : public QObject
{
    Q_OBJECT
public:
    AppContext(Session& session, MessageBar* messageBar, QWidget* window, QObject* parent = nullptr);

    Session& session() const { return m_session; }
    db::Database& db() const;
    QWidget* window() const { return m_window; }

    /// Runs an undoable command; a failure is shown in the message bar. Returns success.
    bool run(UndoCommand* command);
    void showError(const QString& message) const;
    void showInfo(const QString& message) const;
    /// A confirmation with an Undo button on the bar (for deletes, merges and bulk changes).
    void showUndoable(const QString& message) const;

signals:
    void openContactRequested(qint64 contactId);
    void logConversationRequested(const QList<qint64>& contactIds);
    void showViewRequested(const QString& viewId);
    void openCircleRequested(qint64 circleId);
    /// Window-level actions a view may ask for (the first-run page offers them as buttons).
    void newContactRequested();
    void importRequested();
    void sampleDataRequested();

private:
    Session& m_session;
    MessageBar* m_bar;
    QWidget* m_window;
};

} // namespace rapport
