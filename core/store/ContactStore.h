#pragma once

#include "model/Contact.h"
#include "util/Result.h"

namespace rapport::db {
class Database;
}

namespace rapport {

/// Reads and writes contacts with their e-mails, phones, web addresses, circles and tags.
/// Every write announces itself on Database::changed.
class ContactStore
{
public:
    explicit ContactStore(db::Database& db);

    /// Inserts a new contact (id and uid are filled in). Empty names are refused.
    Result<qint64> add(Contact& contact);
    Result<Contact> get(qint64 id);
    Result<Contact> getByUid(const QString& uid);
    /// Saves every field. Fields listed in markEdited are added to editedFields (user edits).
    Status update(const Contact& contact, const QStringList& markEdited = {});
    /// Changes one field by its key (see fieldKeys()); records it as edited by the user.
    Status setField(qint64 id, const QString& field, const QString& value);
    QString field(qint64 id, const QString& field);
    static QStringList fieldKeys();

    /// Moves to the Trash (restorable); purge() removes for good.
    Status moveToTrash(const QList<qint64>& ids);
    Status restoreFromTrash(const QList<qint64>& ids);
    Status purge(const QList<qint64>& ids);
    /// Purges what has been in the Trash longer than the given number of days.
    Result<int> purgeTrashOlderThan(int days);
    Status setArchived(const QList<qint64>& ids, bool archived);
    Status setCadence(const QList<qint64>& ids, int idealDays, int maxDays);
    Status setChampionStage(qint64 id, ChampionStage stage);

    qint64 count(bool includeArchived = true);

private:
    Status writeChildren(const Contact& c);
    void loadChildren(Contact& c);
    db::Database& m_db;
};

} // namespace rapport
