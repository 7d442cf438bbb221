#include "FollowUpListModel.h"

#include "db/Database.h"
#include "store/FollowUpStore.h"
#include "util/Clock.h"

#include <QLocale>
#include <QTimer>

#include <algorithm>

namespace rapport {

FollowUpListModel::FollowUpListModel(db::Database& db, QObject* parent) : QAbstractListModel(parent), m_db(db)
{
    connect(&m_db, &db::Database::changed, this, [this](db::Entity e, const QList<qint64>&) {
        if ((e == db::Entity::FollowUp || e == db::Entity::Everything) && m_contactId > 0 && !m_pending) {
            m_pending = true;
            QTimer::singleShot(0, this, &FollowUpListModel::reload);
        }
    });
}

void FollowUpListModel::setContactId(qint64 contactId)
{
    m_contactId = contactId;
    reload();
}

int FollowUpListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant FollowUpListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const FollowUp& f = m_rows.at(index.row());
    const QDate due = f.effectiveDue();
    const bool overdue = due < Clock::today();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: {
        const QString date = QLocale().toString(due, QLocale::ShortFormat);
        const QString reason = f.reason.isEmpty() ? tr("Keep in touch") : f.reason;
        if (overdue) {
            return tr("%1 — %2 (overdue)").arg(date, reason);
        }
        if (f.snoozedUntil.isValid() && f.snoozedUntil > f.due) {
            return tr("%1 — %2 (snoozed)").arg(date, reason);
        }
        return tr("%1 — %2").arg(date, reason);
    }
    case Qt::ToolTipRole:
        return f.reason;
    case IdRole:
        return f.id;
    case DueRole:
        return due;
    case OverdueRole:
        return overdue;
    case ReasonRole:
        return f.reason;
    default:
        return {};
    }
}

qint64 FollowUpListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

void FollowUpListModel::reload()
{
    m_pending = false;
    QList<FollowUp> rows;
    if (m_contactId > 0) {
        auto list = FollowUpStore(m_db).forContact(m_contactId, true);
        if (list) {
            rows = list.value();
        }
    }
    std::stable_sort(rows.begin(), rows.end(),
                     [](const FollowUp& a, const FollowUp& b) { return a.effectiveDue() < b.effectiveDue(); });
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

} // namespace rapport
