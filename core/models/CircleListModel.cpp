#include "CircleListModel.h"

#include "db/Database.h"

#include <QTimer>

namespace rapport {

CircleListModel::CircleListModel(db::Database& db, QObject* parent) : QAbstractListModel(parent), m_db(db)
{
    connect(&m_db, &db::Database::changed, this, [this](db::Entity e, const QList<qint64>&) {
        if ((e == db::Entity::Circle || e == db::Entity::Contact || e == db::Entity::Everything) && !m_pending) {
            // Stores announce several changes per operation; read once after they are done.
            m_pending = true;
            QTimer::singleShot(0, this, &CircleListModel::reload);
        }
    });
    reload();
}

int CircleListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant CircleListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Circle& c = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 (%2)").arg(c.name).arg(c.memberCount);
    case Qt::EditRole:
    case NameRole:
        return c.name;
    case Qt::AccessibleTextRole:
        return tr("%1, %n member(s)", nullptr, c.memberCount).arg(c.name);
    case IdRole:
        return c.id;
    case CountRole:
        return c.memberCount;
    default:
        return {};
    }
}

Qt::ItemFlags CircleListModel::flags(const QModelIndex& index) const
{
    return QAbstractListModel::flags(index) | (index.isValid() ? Qt::ItemIsEditable : Qt::NoItemFlags);
}

bool CircleListModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || value.toString().trimmed().isEmpty()) {
        return false;
    }
    emit renameRequested(m_rows.at(index.row()).id, value.toString().trimmed());
    return true;
}

qint64 CircleListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int CircleListModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id) {
            return i;
        }
    }
    return -1;
}

void CircleListModel::reload()
{
    m_pending = false;
    auto list = CircleStore(m_db).list();
    beginResetModel();
    m_rows = list ? list.value() : QList<Circle>();
    m_error = list ? QString() : list.error();
    endResetModel();
}

} // namespace rapport
