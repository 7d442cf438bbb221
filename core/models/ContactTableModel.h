#pragma once

#include "model/Contact.h"
#include "store/ContactQuery.h"

#include <QAbstractTableModel>

namespace rapport::db {
class Database;
}

namespace rapport {

/// The contact list as a table, fetched page by page from SQL so 100,000 contacts open instantly.
/// Filtering and sorting happen in SQL (ContactFilter); the model only holds the rows fetched so far.
class ContactTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Company, Position, LastConversation, NextFollowUp, Score, Circles, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, TierRole, SortKeyRole, ArchivedRole };
    static constexpr int pageSize = 256;

    explicit ContactTableModel(db::Database& db, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    const ContactFilter& filter() const { return m_filter; }
    void setFilter(const ContactFilter& filter);
    /// Total rows matching the filter (not only those fetched).
    qint64 totalCount() const { return m_total; }
    qint64 idAt(int row) const;
    /// Row of a contact among the fetched rows, or -1.
    int rowOf(qint64 id) const;
    QString lastError() const { return m_error; }

public slots:
    /// Re-runs the query keeping the filter (after imports, merges, ...). Changes announced on
    /// Database::changed are coalesced and re-queried once on the next event-loop turn.
    void reload();

signals:
    void totalCountChanged(qint64 total);

private:
    void onDatabaseChanged(int entity, const QList<qint64>& ids);
    void refreshRows(const QList<qint64>& ids);

    db::Database& m_db;
    ContactQuery m_query;
    ContactFilter m_filter;
    QList<ContactSummary> m_rows;
    qint64 m_total = 0;
    bool m_resetting = false;
    QString m_error;
    bool m_reloadPending = false;
};

} // namespace rapport
