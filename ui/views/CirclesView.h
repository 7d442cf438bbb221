#pragma once

#include "navigation/View.h"

class QListView;

namespace rapport {

class CircleListModel;

/// The circles with their member counts: open one to list its members in Contacts, rename
/// in place (F2), delete (members stay).
class CirclesView : public View
{
    Q_OBJECT
public:
    explicit CirclesView(AppContext& context, QWidget* parent = nullptr);
    void activated() override;
    QListView* list() const { return m_list; }

private:
    CircleListModel* m_model = nullptr;
    QListView* m_list = nullptr;
};

} // namespace rapport
