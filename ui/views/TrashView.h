#pragma once

#include "navigation/View.h"

class QTableView;

namespace rapport {

class ContactTableModel;

/// Deleted contacts: restore them (undoable) or delete them for good after confirming.
/// Contacts older than 30 days are purged when the app starts.
class TrashView : public View
{
    Q_OBJECT
public:
    explicit TrashView(AppContext& context, QWidget* parent = nullptr);
    void activated() override;
    QList<QAction*> viewActions() const override { return m_actions; }
    QString viewMenuTitle() const override { return tr("&Trash"); }
    QTableView* table() const { return m_table; }

    void restoreSelected();
    void purgeSelected();
    void emptyTrash();

private:
    QList<qint64> selectedIds() const;
    ContactTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QList<QAction*> m_actions;
};

} // namespace rapport
