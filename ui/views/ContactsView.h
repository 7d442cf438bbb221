#pragma once

#include "navigation/View.h"

class QAction;
class QLabel;
class QSplitter;
class QStackedWidget;
class QTableView;

namespace rapport {

class CircleListModel;
class ContactDetailPanel;
class ContactFilterBar;
class ContactTableModel;
class WelcomeWidget;

/// The contact list: search and filters, the SQL-paged table, the detail panel of the current
/// contact, and the bulk actions on the selection. An empty database shows the welcome page.
class ContactsView : public View
{
    Q_OBJECT
public:
    explicit ContactsView(AppContext& context, QWidget* parent = nullptr);

    void activated() override;
    QList<QAction*> viewActions() const override;
    QString viewMenuTitle() const override { return tr("&Contact"); }

    ContactTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    ContactFilterBar* filterBar() const { return m_filters; }
    ContactDetailPanel* detailPanel() const { return m_detail; }
    QSplitter* splitter() const { return m_splitter; }
    QList<qint64> selectedIds() const;
    /// Selects and shows a contact (clearing filters that hide it).
    void showContact(qint64 contactId);
    void focusSearch();

    void addToCircle();
    void setCadence();
    void archive();
    void moveToTrash();
    void merge();

private:
    void updateActions();
    void updatePage();
    void onCurrentChanged();

    CircleListModel* m_circles = nullptr;
    ContactTableModel* m_model = nullptr;
    ContactFilterBar* m_filters = nullptr;
    QStackedWidget* m_pages = nullptr;
    QTableView* m_table = nullptr;
    QSplitter* m_splitter = nullptr;
    ContactDetailPanel* m_detail = nullptr;
    WelcomeWidget* m_welcome = nullptr;
    QAction* m_logAction = nullptr;
    QAction* m_circleAction = nullptr;
    QAction* m_cadenceAction = nullptr;
    QAction* m_archiveAction = nullptr;
    QAction* m_trashAction = nullptr;
    QAction* m_mergeAction = nullptr;
    qint64 m_currentId = 0;
};

} // namespace rapport
