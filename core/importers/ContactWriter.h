#pragma once

#include "ImportRecords.h"
#include "db/NativeStatement.h"
#include "db/SqlQuery.h"

#include <QHash>
#include <QSet>
#include <QString>

#include <vector>

namespace rapport::db {
class Database;
}

namespace rapport::importers {

class ChangeLog;

/// Matches imported people against the contacts already in the database and inserts or updates
/// them. Every existing key (LinkedIn URL, e-mail, phone, vCard uid, name + company) is loaded into
/// hash maps once, so a 30,000-row import runs without a SELECT per row; statements are prepared once.
///
/// Matching, strongest first: vCard UID, LinkedIn URL, e-mail, phone, then the normalised name with
/// the same company. A candidate whose LinkedIn URL differs from the record's is a different person
/// whatever else agrees (two "Jana Kováčová" stay two). Fields named in contacts.edited_fields are
/// never overwritten: a field_conflicts row records the imported value instead.
class ContactWriter
{
public:
    enum class Outcome { Added, Updated, Merged, Unchanged, Failed };

    /// Field conflicts written so far (edited fields the import did not overwrite).
    int conflicts() const { return m_conflictCount; }

    ContactWriter(db::Database& db, qint64 batchId, ChangeLog& changes);

    bool load();
    /// Room for this many more contacts, so the row table does not regrow during a large import.
    void reserve(size_t more) { m_rows.reserve(m_rows.size() + more); }
    Outcome write(const PersonRecord& person, const QString& source);
    const QString& error() const { return m_error; }

    /// For linking messages and invitations: 0 when unknown (or, for names, ambiguous).
    qint64 idForUrl(const QString& normalizedUrl) const;
    qint64 idForName(const QString& exactDisplayName) const;

private:
    struct Row
    {
        qint64 id = 0;
        QString uid;
        QString firstName, lastName, displayName, nameKey, company, position, headline, location, birthday, notes;
        QString industry, howMet;
        QString companyKey; ///< folded company, cached: folding is the costly part of matching
        QString linkedinUrl;
        QString connectedOn;
        QString updatedAt;
        QSet<QString> edited;
        bool insertedByBatch = false;
        bool touched = false; ///< a record of this import already wrote it: later ones only fill gaps
    };

    int findMatch(const PersonRecord& p) const;
    bool compatible(const Row& row, const PersonRecord& p) const;
    int insert(const PersonRecord& p, const QString& source);
    bool addDetails(Row& row, const PersonRecord& p, bool* changed);
    void index(int rowIndex, bool isNew);
    bool conflict(Row& row, const char* field, const QString& current, const QString& imported);
    bool fail(const db::SqlQuery& q);

    db::Database& m_db;
    qint64 m_batchId;
    ChangeLog& m_changes;
    QString m_now;
    QByteArray m_nowUtf8;
    QString m_error;
    int m_conflictCount = 0;

    std::vector<Row> m_rows;
    QHash<qint64, int> m_byId;
    QHash<QString, int> m_byUid;
    QHash<QString, int> m_byUrl;
    QHash<QString, qint64> m_byEmail; ///< normalised address → contact id
    QHash<QString, qint64> m_byPhone;
    QHash<QString, QList<int>> m_byNameCompany;
    /// The same, for rows without a LinkedIn URL: the only name matches a record with a URL may take.
    QHash<QString, QList<int>> m_byNameCompanyNoUrl;
    QHash<QString, QList<int>> m_byDisplayName;
    QHash<qint64, int> m_detailCount; ///< next sort_order per contact
    QHash<QString, qint64> m_circles; ///< lower-case name → id
    QSet<QString> m_openConflicts;    ///< contact|field|imported value
    QSet<QString> m_urls;             ///< contact|url already stored

    db::NativeStatement m_insertContact;
    db::SqlQuery m_updateContact;
    db::SqlQuery m_insertEmail;
    db::SqlQuery m_insertPhone;
    db::SqlQuery m_insertUrl;
    db::SqlQuery m_insertCircle;
    db::SqlQuery m_linkCircle;
    db::SqlQuery m_insertConflict;
};

} // namespace rapport::importers
