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

namespace rapport {

/// The number of ids as the int a "%n contact(s)" message wants. It lives outside bulk:: and
/// holds the cast because lupdate silently skips a translate() call whose count argument
/// contains "::" or a template such as static_cast<int>.
inline int idCount(const QList<qint64>& ids)
{
    return static_cast<int>(ids.size());
}

} // namespace rapport
