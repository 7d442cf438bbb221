#pragma once

#include "db/SqlQuery.h"

#include <QJsonObject>
#include <QString>

namespace rapport::db {
class Database;
}

namespace rapport::importers {

/// Writes import_changes rows so an import can be undone exactly:
/// an UPDATE keeps the row's previous values; an INSERT into a table without batch_id (e-mails,
/// phones, messages added to an existing contact or conversation, circles, settings) is marked so
/// undo deletes it. Rows of tables with batch_id need no entry: undo deletes by batch_id.
class ChangeLog
{
public:
    ChangeLog(db::Database& db, qint64 batchId);

    bool recordUpdate(const QString& table, qint64 rowId, const QJsonObject& before);
    bool recordInsert(const QString& table, qint64 rowId);
    /// For WITHOUT ROWID tables: the key columns identify the row.
    bool recordKeyInsert(const QString& table, const QJsonObject& key);
    QString error() const { return m_insert.error(); }

    static constexpr const char* opKey = "$op";
    static constexpr const char* keyKey = "$key";

private:
    bool write(const QString& table, qint64 rowId, const QJsonObject& json);
    qint64 m_batchId;
    db::SqlQuery m_insert;
};

} // namespace rapport::importers
