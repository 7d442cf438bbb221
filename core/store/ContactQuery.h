#pragma once

#include "model/Contact.h"
#include "util/Result.h"

namespace rapport::db {
class Database;
}

namespace rapport {

/// A filtered, sorted page of the contact list, computed in SQL so 100,000 contacts stay fast.
struct ContactFilter
{
    enum class Scope { Active, Archived, Trash, All };
    enum class Sort { Name, Company, Position, LastConversation, NextFollowUp, Score };

    QString search; ///< words matched as prefixes over name, company, position, headline, notes (FTS5)
    qint64 circleId = 0;
    QString tier;    ///< e.g. "champion"; empty = any
    QString company; ///< exact company (case-insensitive)
    bool neverTalked = false;
    bool overdue = false; ///< has an open follow-up due before today
    Scope scope = Scope::Active;
    Sort sort = Sort::Name;
    bool descending = false;
};

class ContactQuery
{
public:
    explicit ContactQuery(db::Database& db);

    Result<qint64> count(const ContactFilter& filter);
    Result<QList<ContactSummary>> page(const ContactFilter& filter, int offset, int limit);
    /// Only the ids, in order (for selections and bulk actions over a filter).
    Result<QList<qint64>> ids(const ContactFilter& filter);

    /// Turns free text into a safe FTS5 query: each word quoted, matched as a prefix.
    static QString ftsQuery(const QString& text);

private:
    QString whereClause(const ContactFilter& f, QVariantList& binds) const;
    db::Database& m_db;
};

} // namespace rapport
