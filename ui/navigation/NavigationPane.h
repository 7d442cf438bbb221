#pragma once

#include <QWidget>

class QListWidget;
class QStackedWidget;

namespace rapport {

class View;

/// The left-hand list of views and the stack showing the current one.
class NavigationPane : public QObject
{
    Q_OBJECT
public:
    NavigationPane(QListWidget* list, QStackedWidget* stack, QObject* parent = nullptr);

    void addView(const QString& id, const QString& title, const QIcon& icon, View* view);
    /// Removes and deletes every view (when another database is opened).
    void clear();
    bool setCurrentView(const QString& id);
    QString currentViewId() const;
    View* currentView() const;
    View* view(const QString& id) const;
    QStringList viewIds() const { return m_ids; }

signals:
    void currentViewChanged(const QString& id);

private:
    QListWidget* m_list;
    QStackedWidget* m_stack;
    QStringList m_ids;
    QList<View*> m_views;
};

} // namespace rapport
