#include "ChangeLog.h"

#include <QJsonDocument>

namespace rapport::importers {

ChangeLog::ChangeLog(db::Database& db, qint64 batchId)
    : m_batchId(batchId),
      m_insert(db, QStringLiteral("INSERT INTO import_changes (batch_id, table_name, row_id, before_json) "
                                  "VALUES (?, ?, ?, ?)"))
{}

bool ChangeLog::write(const QString& table, qint64 rowId, const QJsonObject& json)
{
    m_insert.bindAll({m_batchId, table, rowId, QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact))});
    return m_insert.exec();
}

bool ChangeLog::recordUpdate(const QString& table, qint64 rowId, const QJsonObject& before)
{
    return write(table, rowId, before);
}

bool ChangeLog::recordInsert(const QString& table, qint64 rowId)
{
    return write(table, rowId, QJsonObject{{QLatin1String(opKey), QStringLiteral("insert")}});
}

bool ChangeLog::recordKeyInsert(const QString& table, const QJsonObject& key)
{
    return write(table, 0, QJsonObject{{QLatin1String(opKey), QStringLiteral("insert")}, {QLatin1String(keyKey), key}});
}

} // namespace rapport::importers
