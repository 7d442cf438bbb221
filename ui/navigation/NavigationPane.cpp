#include "NavigationPane.h"

#include "View.h"

#include <QListWidget>
#include <QStackedWidget>

namespace rapport {

NavigationPane::NavigationPane(QListWidget* list, QStackedWidget* stack, QObject* parent)
    : QObject(parent), m_list(list), m_stack(stack)
{
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row >= m_views.size()) {
            return;
        }
        m_stack->setCurrentWidget(m_views.at(row));
        m_views.at(row)->activated();
        emit currentViewChanged(m_ids.at(row));
    });
}

void NavigationPane::addView(const QString& id, const QString& title, const QIcon& icon, View* view)
{
    auto* item = new QListWidgetItem(icon, title, m_list);
    item->setData(Qt::UserRole, id);
    item->setData(Qt::AccessibleTextRole, title);
    item->setToolTip(tr("%1 (Ctrl+%2)").arg(title).arg(m_ids.size() + 1));
    m_ids << id;
    m_views << view;
    m_stack->addWidget(view);
}

void NavigationPane::clear()
{
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (View* v : std::as_const(m_views)) {
        m_stack->removeWidget(v);
        delete v;
    }
    m_views.clear();
    m_ids.clear();
}

bool NavigationPane::setCurrentView(const QString& id)
{
    const int row = static_cast<int>(m_ids.indexOf(id));
    if (row < 0) {
        return false;
    }
    if (m_list->currentRow() == row) {
        m_views.at(row)->activated();
    } else {
        m_list->setCurrentRow(row);
    }
    return true;
}

QString NavigationPane::currentViewId() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : QString();
}

View* NavigationPane::currentView() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_views.size() ? m_views.at(row) : nullptr;
}

View* NavigationPane::view(const QString& id) const
{
    const int row = static_cast<int>(m_ids.indexOf(id));
    return row >= 0 ? m_views.at(row) : nullptr;
}

} // namespace rapport
