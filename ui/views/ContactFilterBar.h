#pragma once

#include "store/ContactQuery.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QTimer;

namespace rapport {

class CircleListModel;

/// Search field and filters above the contact table. Typing is debounced so a fast typist
/// triggers one query, not one per key.
class ContactFilterBar : public QWidget
{
    Q_OBJECT
public:
    static constexpr int debounceMs = 150;

    ContactFilterBar(CircleListModel* circles, QWidget* parent = nullptr);

    ContactFilter filter() const;
    QLineEdit* searchField() const { return m_search; }
    bool isFiltering() const;
    void setCircle(qint64 circleId);

signals:
    void filterChanged(const rapport::ContactFilter& filter);

private:
    void emitNow();
    QLineEdit* m_search = nullptr;
    QComboBox* m_circle = nullptr;
    QComboBox* m_tier = nullptr;
    QLineEdit* m_company = nullptr;
    QCheckBox* m_neverTalked = nullptr;
    QCheckBox* m_overdue = nullptr;
    QTimer* m_debounce = nullptr;
    CircleListModel* m_circles = nullptr;
};

} // namespace rapport
