#pragma once

#include <QWidget>

namespace rapport {

class AppContext;

/// A page of the main window, reached from the navigation list (Contacts, Circles, Trash,
/// and later Today, This week, Champions, Invitations, Dashboard).
class View : public QWidget
{
    Q_OBJECT
public:
    explicit View(AppContext& context, QWidget* parent = nullptr) : QWidget(parent), m_context(context) {}

    /// Called each time the view is shown; put keyboard focus where typing starts.
    virtual void activated() {}
    /// Actions that act on this view's selection; the window lists them in its menu bar while
    /// the view is current (shortcuts shown in the menu).
    virtual QList<QAction*> viewActions() const { return {}; }
    /// The title of that menu, e.g. "&Contact".
    virtual QString viewMenuTitle() const { return {}; }

signals:
    /// One short line for the status bar ("1,204 contacts").
    void statusTextChanged(const QString& text);

protected:
    AppContext& context() const { return m_context; }

private:
    AppContext& m_context;
};

} // namespace rapport
