#include "ImportRecords.h"

#include <QTimeZone>

namespace rapport::importers {

StringTable::StringTable() : m_strings{QString()}, m_lists{QStringList()} {}

int StringTable::intern(const QString& s)
{
    if (s.isEmpty()) {
        return 0;
    }
    const auto it = m_index.constFind(s);
    if (it != m_index.constEnd()) {
        return *it;
    }
    const int i = int(m_strings.size());
    m_strings.append(s);
    m_index.insert(s, i);
    return i;
}

int StringTable::internList(const QString& key, const QStringList& list)
{
    if (list.isEmpty()) {
        return 0;
    }
    const auto it = m_listIndex.constFind(key);
    if (it != m_listIndex.constEnd()) {
        return *it;
    }
    const int i = int(m_lists.size());
    m_lists.append(list);
    m_listIndex.insert(key, i);
    return i;
}

QDateTime MessageRecord::sentAt() const
{
    // Zone-less export times are stored as if they were UTC and come back as the same wall-clock time.
    const QDateTime asUtc = QDateTime::fromSecsSinceEpoch(sentAtSecs, QTimeZone::utc());
    return utc ? asUtc : QDateTime(asUtc.date(), asUtc.time());
}

} // namespace rapport::importers
