#pragma once

#include "util/Result.h"

#include <QList>
#include <QString>

namespace rapport::db {
class Database;
}

namespace rapport {

struct Circle
{
    qint64 id = 0;
    QString name;
    QString color;
    int memberCount = 0;
};

/// Named groups of contacts ("Former colleagues", "Berlin", ...), many-to-many.
class CircleStore
{
public:
    explicit CircleStore(db::Database& db);

    /// The circle's id, creating it when it does not exist (names compare case-insensitively).
    Result<qint64> ensure(const QString& name);
    Result<QList<Circle>> list();
    Result<qint64> idOf(const QString& name);
    Status rename(qint64 id, const QString& name);
    Status remove(qint64 id);
    /// Returns the ids that were not members before (so an undo removes only those).
    Result<QList<qint64>> addMembers(qint64 circleId, const QList<qint64>& contactIds);
    Status removeMembers(qint64 circleId, const QList<qint64>& contactIds);

private:
    db::Database& m_db;
};

} // namespace rapport
