#pragma once

#include "followups/FollowUpPlanner.h"

#include <QAbstractTableModel>

namespace rapport {

/// The Today and This week lists as a table: who, why now, when, how good a contact they are.
/// Rows come from FollowUpPlanner (already in their order); an optional heading row per group
/// (a day, or a priority) keeps the printed list's grouping on screen.
class PlanItemModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, CompanyColumn, WhyNowColumn, DueColumn, TierColumn, ColumnCount };
    enum Role {
        FollowUpIdRole = Qt::UserRole + 1, ///< 0 for headings and projected reminders
        ContactIdRole,
        DueRole,
        OverdueRole,
        HeadingRole,   ///< true on a group heading row
        ProjectedRole, ///< a future week's keep-in-touch reminder, not saved yet
    };

    explicit PlanItemModel(QObject* parent = nullptr);

    /// Replaces the rows. headings: one (title, first item index) pair per group, or empty for a
    /// flat list.
    void setItems(const QList<followups::PlanItem>& items, const QList<std::pair<QString, int>>& headings = {});
    const QList<followups::PlanItem>& items() const { return m_items; }

    /// The plan item on a row, or nullptr for a heading row.
    const followups::PlanItem* itemAt(int row) const;
    /// The first row holding a plan item (not a heading), or -1.
    int firstItemRow() const;
    /// Items on screen (headings not counted).
    int itemCount() const { return static_cast<int>(m_items.size()); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    struct Row
    {
        int item = -1; ///< index into m_items, -1 for a heading
        QString heading;
    };
    QList<followups::PlanItem> m_items;
    QList<Row> m_rows;
};

} // namespace rapport
