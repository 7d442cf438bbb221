#include "AppContext.h"

#include "services/Session.h"
#include "widgets/MessageBar.h"

#include <QUndoStack>

namespace rapport {

AppContext::AppContext(Session& session, MessageBar* messageBar, QWidget* window, QObject* parent)
    : QObject(parent), m_session(session), m_bar(messageBar), m_window(window)
{}

db::Database& AppContext::db() const
{
    return m_session.db();
}

bool AppContext::run(UndoCommand* command)
{
    // Session::push reports failures through errorOccurred, which the window shows.
    return m_session.push(command).isOk();
}

void AppContext::showError(const QString& message) const
{
    m_bar->showMessage(message, MessageBar::Kind::Error);
}

void AppContext::showInfo(const QString& message) const
{
    m_bar->showMessage(message, MessageBar::Kind::Info);
}

void AppContext::showUndoable(const QString& message) const
{
    m_bar->showMessage(message, MessageBar::Kind::Info, tr("Undo"));
}

} // namespace rapport
