#pragma once

#include <QString>
#include <QStringList>

namespace rapport {

namespace db {
class Database;
}

/// A contact's cached score (table contact_scores, written by the scoring engine), for display.
struct ContactScore
{
    bool present = false;
    double score = 0;
    QString tier;
    QStringList reasons; ///< one sentence each
    QString computedAt;

    /// Reads the row if there is one. Reasons may be stored as strings or as objects with a
    /// "reason"/"text" and optional "points"/"weight"; both read as sentences.
    static ContactScore read(db::Database& db, qint64 contactId);
    static QStringList parseReasons(const QString& json);
};

} // namespace rapport
