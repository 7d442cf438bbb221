#include "PlanItemModel.h"

#include "scoring/ScoreTier.h"

#include <QFont>
#include <QLocale>

namespace rapport {

PlanItemModel::PlanItemModel(QObject* parent) : QAbstractTableModel(parent) {}

void PlanItemModel::setItems(const QList<followups::PlanItem>& items, const QList<std::pair<QString, int>>& headings)
{
    beginResetModel();
    m_items = items;
    m_rows.clear();
    m_rows.reserve(items.size() + headings.size());
    qsizetype nextHeading = 0;
    for (int i = 0; i < items.size(); ++i) {
        while (nextHeading < headings.size() && headings.at(nextHeading).second == i) {
            m_rows.append({-1, headings.at(nextHeading).first});
            ++nextHeading;
        }
        m_rows.append({i, QString()});
    }
    endResetModel();
}

const followups::PlanItem* PlanItemModel::itemAt(int row) const
{
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).item < 0) {
        return nullptr;
    }
    return &m_items.at(m_rows.at(row).item);
}

int PlanItemModel::firstItemRow() const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).item >= 0) {
            return row;
        }
    }
    return -1;
}

int PlanItemModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int PlanItemModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlanItemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case NameColumn:
        return tr("Contact");
    case CompanyColumn:
        return tr("Company");
    case WhyNowColumn:
        return tr("Why now");
    case DueColumn:
        return tr("Due");
    case TierColumn:
        return tr("Tier");
    default:
        return {};
    }
}

Qt::ItemFlags PlanItemModel::flags(const QModelIndex& index) const
{
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    if (m_rows.at(index.row()).item < 0) {
        return Qt::ItemIsEnabled; // a heading: readable, never selected
    }
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QVariant PlanItemModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row& row = m_rows.at(index.row());
    if (row.item < 0) {
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            return index.column() == NameColumn ? row.heading : QVariant();
        case Qt::FontRole: {
            QFont f;
            f.setBold(true);
            return f;
        }
        case HeadingRole:
            return true;
        default:
            return {};
        }
    }
    const followups::PlanItem& item = m_items.at(row.item);
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case NameColumn:
            return item.contactName;
        case CompanyColumn:
            return item.company;
        case WhyNowColumn:
            return item.whyNow;
        case DueColumn: {
            const QString date = locale.toString(item.due, QLocale::ShortFormat);
            if (item.isOverdue()) {
                return tr("%1 (%n day(s) overdue)", nullptr, item.daysOverdue).arg(date);
            }
            return date;
        }
        case TierColumn:
            if (item.tier.isEmpty()) {
                return QString();
            }
            {
                bool known = false;
                const scoring::ScoreTier tier = scoring::tierFromKey(item.tier, &known);
                const QString name = known ? scoring::tierName(tier) : item.tier;
                return item.score >= 0 ? tr("%1 · %2").arg(name, locale.toString(qRound(item.score))) : name;
            }
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == WhyNowColumn || index.column() == NameColumn) {
            QString tip = item.whyNow;
            if (!item.followUp.reason.isEmpty() && item.followUp.reason != item.whyNow) {
                tip += QLatin1Char('\n') + item.followUp.reason;
            }
            return tip;
        }
        return {};
    case Qt::FontRole:
        if (item.isOverdue() && index.column() == DueColumn) {
            QFont f;
            f.setBold(true);
            return f;
        }
        if (item.isProjected()) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        return {};
    case FollowUpIdRole:
        return item.followUp.id;
    case ContactIdRole:
        return item.followUp.contactId;
    case DueRole:
        return item.due;
    case OverdueRole:
        return item.isOverdue();
    case HeadingRole:
        return false;
    case ProjectedRole:
        return item.isProjected();
    default:
        return {};
    }
}

} // namespace rapport
