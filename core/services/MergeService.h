#pragma once

#include "model/Contact.h"
#include "util/Result.h"

#include <QList>
#include <QPair>

namespace rapport {

namespace db {
class Database;
}

/// Everything a merge changed, so undoing it puts every row back where it was.
struct MergeRecord
{
    qint64 keptId = 0;
    qint64 removedId = 0;
    Contact keptBefore;                ///< the surviving contact as it was (fields, e-mails, phones, circles...)
    QString removedLinkedInUrl;        ///< cleared on the merged-away contact (the column is unique)
    QList<qint64> conversationsMoved;  ///< link moved from the removed contact to the kept one
    QList<qint64> conversationsShared; ///< both took part: only the removed contact's link was dropped
    QList<qint64> followUpsMoved;
    QList<QPair<qint64, QString>> introductionsMoved; ///< (introduction id, column)
    QList<qint64> invitationsMoved;
};

/// Folds one contact into another: the kept contact takes the chosen field values and the
/// union of e-mails, phones, web addresses, circles and tags; conversations, follow-ups,
/// introductions and invitations move over; the other contact goes to the Trash.
class MergeService
{
public:
    explicit MergeService(db::Database& db);

    /// The default choice for every field: the kept contact's value unless it is empty; lists united.
    static Contact proposal(const Contact& kept, const Contact& removed);
    /// Fields offered one by one in the merge dialog (keys of ContactStore::fieldKeys()).
    static QStringList choosableFields();
    static QString fieldValue(const Contact& c, const QString& field);
    static void setFieldValue(Contact& c, const QString& field, const QString& value);

    /// `merged` carries the chosen values; its id must be keptId.
    Result<MergeRecord> merge(qint64 keptId, qint64 removedId, const Contact& merged);
    Status undo(const MergeRecord& record);

private:
    db::Database& m_db;
};

} // namespace rapport
