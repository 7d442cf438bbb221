#include "ContactTableModel.h"

#include "db/Database.h"
#include "scoring/ScoreTier.h"
#include "util/Text.h"

#include <QDateTime>
#include <QLocale>
#include <QTimer>

namespace rapport {

ContactTableModel::ContactTableModel(db::Database& db, QObject* parent)
    : QAbstractTableModel(parent), m_db(db), m_query(db)
{
    connect(&m_db, &db::Database::changed, this,
            [this](db::Entity e, const QList<qint64>& ids) { onDatabaseChanged(static_cast<int>(e), ids); });
    reload();
}

int ContactTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ContactTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContactTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return {};
    }
    const ContactSummary& s = m_rows.at(index.row());
    if (role == IdRole) {
        return s.id;
    }
    if (role == TierRole) {
        return s.tier;
    }
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == SortKeyRole) {
        // Long hostile values are cut for display only; the stored value is intact.
        constexpr qsizetype kMax = 200;
        switch (index.column()) {
        case Name:
            return text::elide(s.displayName, kMax);
        case Company:
            return text::elide(s.company, kMax);
        case Position:
            return text::elide(s.position, kMax);
        case LastConversation:
            if (s.lastConversation.isEmpty()) {
                return role == Qt::DisplayRole ? tr("never") : QVariant();
            }
            return QLocale().toString(QDateTime::fromString(s.lastConversation, Qt::ISODate).date(),
                                      QLocale::ShortFormat);
        case NextFollowUp:
            if (s.nextFollowUp.isEmpty()) {
                return {};
            }
            return QLocale().toString(QDate::fromString(s.nextFollowUp, Qt::ISODate), QLocale::ShortFormat);
        case Score:
            if (s.score < 0) {
                return {};
            }
            return role == SortKeyRole ? QVariant(s.score)
                                       : QVariant(QStringLiteral("%1 · %2").arg(QLocale().toString(qRound(s.score)),
                                                                                scoring::tierNameForKey(s.tier)));
        case Circles:
            return text::elide(s.circles, kMax);
        default:
            break;
        }
    }
    if (role == Qt::AccessibleTextRole && index.column() == Name) {
        return s.displayName;
    }
    if (role == ArchivedRole) {
        return s.archived;
    }
    return {};
}

QVariant ContactTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Name:
        return tr("Name");
    case Company:
        return tr("Company");
    case Position:
        return tr("Position");
    case LastConversation:
        return tr("Last conversation");
    case NextFollowUp:
        return tr("Next follow-up");
    case Score:
        return tr("Score");
    case Circles:
        return tr("Circles");
    default:
        return {};
    }
}

bool ContactTableModel::canFetchMore(const QModelIndex& parent) const
{
    // Views (and QAbstractItemModelTester) may ask from inside the modelReset signal; inserting
    // rows before the reset notification has finished would interleave two changes.
    return !parent.isValid() && !m_resetting && m_rows.size() < m_total;
}

void ContactTableModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_resetting) {
        return;
    }
    auto page = m_query.page(m_filter, static_cast<int>(m_rows.size()), pageSize);
    if (!page) {
        m_error = page.error();
        return;
    }
    if (page->isEmpty()) {
        m_total = m_rows.size();
        return;
    }
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(page->size()) - 1);
    m_rows.append(page.value());
    endInsertRows();
}

void ContactTableModel::sort(int column, Qt::SortOrder order)
{
    static const ContactFilter::Sort map[] = {ContactFilter::Sort::Name,         ContactFilter::Sort::Company,
                                              ContactFilter::Sort::Position,     ContactFilter::Sort::LastConversation,
                                              ContactFilter::Sort::NextFollowUp, ContactFilter::Sort::Score,
                                              ContactFilter::Sort::Name};
    if (column < 0 || column >= ColumnCount) {
        return;
    }
    const bool descending = order == Qt::DescendingOrder;
    if (m_filter.sort == map[column] && m_filter.descending == descending && (m_total == 0 || !m_rows.isEmpty())) {
        return; // views call sort() when sorting is switched on; the rows are already in this order
    }
    m_filter.sort = map[column];
    m_filter.descending = descending;
    reload();
}

void ContactTableModel::setFilter(const ContactFilter& filter)
{
    const auto sort = m_filter.sort;
    const bool desc = m_filter.descending;
    m_filter = filter;
    m_filter.sort = sort;
    m_filter.descending = desc;
    reload();
}

void ContactTableModel::reload()
{
    m_reloadPending = false;
    m_resetting = true;
    beginResetModel();
    m_rows.clear();
    auto total = m_query.count(m_filter);
    m_total = total ? total.value() : 0;
    m_error = total ? QString() : total.error();
    if (m_total > 0) {
        auto page = m_query.page(m_filter, 0, pageSize);
        if (page) {
            m_rows = page.value();
        } else {
            m_error = page.error();
        }
    }
    endResetModel();
    m_resetting = false;
    emit totalCountChanged(m_total);
}

qint64 ContactTableModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int ContactTableModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id) {
            return i;
        }
    }
    return -1;
}

void ContactTableModel::refreshRows(const QList<qint64>& ids)
{
    // Re-read just the changed rows in place, keeping selection and scroll position.
    for (const qint64 id : ids) {
        const int row = rowOf(id);
        if (row < 0) {
            continue;
        }
        ContactFilter one = m_filter;
        auto page = m_query.page(one, row, 1);
        if (page && page->size() == 1 && page->first().id == id) {
            m_rows[row] = page->first();
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        } else {
            reload();
            return;
        }
    }
}

void ContactTableModel::onDatabaseChanged(int entity, const QList<qint64>& ids)
{
    const auto e = static_cast<db::Entity>(entity);
    if (e == db::Entity::Contact && !ids.isEmpty() && ids.size() < 50) {
        // Cheap path: a few rows changed and the membership of the filter may not have.
        auto total = m_query.count(m_filter);
        if (total && total.value() == m_total) {
            refreshRows(ids);
            return;
        }
    }
    if (e == db::Entity::Contact || e == db::Entity::Conversation || e == db::Entity::FollowUp ||
        e == db::Entity::Circle || e == db::Entity::Everything) {
        // One operation announces several entities; re-query once when it is done.
        if (!m_reloadPending) {
            m_reloadPending = true;
            QTimer::singleShot(0, this, &ContactTableModel::reload);
        }
    }
}

} // namespace rapport
