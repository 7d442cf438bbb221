#pragma once

#include "store/CircleStore.h"

#include <QAbstractListModel>

namespace rapport {

namespace db {
class Database;
}

/// The circles with their member counts, kept current through Database::changed.
class CircleListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1, NameRole, CountRole };

    explicit CircleListModel(db::Database& db, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    qint64 idAt(int row) const;
    int rowOf(qint64 id) const;
    QString lastError() const { return m_error; }

public slots:
    void reload();

signals:
    /// The user renamed a circle in place; the view turns this into an undoable command.
    void renameRequested(qint64 id, const QString& newName);

private:
    db::Database& m_db;
    QList<Circle> m_rows;
    QString m_error;
    bool m_pending = false;
};

} // namespace rapport
