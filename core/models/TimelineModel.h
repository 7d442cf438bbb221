#pragma once

#include <QAbstractListModel>
#include <QDate>

namespace rapport {

namespace db {
class Database;
}

/// One contact's history, newest first: conversations and introductions in one list.
class TimelineModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { KindRole = Qt::UserRole + 1, DateRole, ItemIdRole };
    enum class ItemKind { Conversation, Introduction };

    explicit TimelineModel(db::Database& db, QObject* parent = nullptr);

    void setContactId(qint64 contactId);
    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

public slots:
    void reload();

private:
    struct Item
    {
        ItemKind kind;
        qint64 id;
        QDateTime when;
        QString title;
        QString detail;
    };

    db::Database& m_db;
    qint64 m_contactId = 0;
    QList<Item> m_rows;
    bool m_pending = false;
};

} // namespace rapport
