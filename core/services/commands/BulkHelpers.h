#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace rapport::bulk {

/// Integer ids joined for an SQL IN (...) list. Only ever ids we read from the database,
/// never text from the user.
inline QString idList(const QList<qint64>& ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (const qint64 id : ids) {
        parts << QString::number(id);
    }
    return parts.isEmpty() ? QStringLiteral("NULL") : parts.join(QLatin1Char(','));
}

} // namespace rapport::bulk
