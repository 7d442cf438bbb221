#pragma once

#include "model/FollowUp.h"

#include <QAbstractListModel>

namespace rapport {

namespace db {
class Database;
}

/// One contact's open follow-ups, soonest first, for the detail panel.
class FollowUpListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1, DueRole, OverdueRole, ReasonRole };

    explicit FollowUpListModel(db::Database& db, QObject* parent = nullptr);

    void setContactId(qint64 contactId);
    qint64 contactId() const { return m_contactId; }
    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    qint64 idAt(int row) const;

public slots:
    void reload();

private:
    db::Database& m_db;
    qint64 m_contactId = 0;
    QList<FollowUp> m_rows;
    bool m_pending = false;
};

} // namespace rapport
