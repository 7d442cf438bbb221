#pragma once

#include "util/Result.h"

#include <QList>
#include <QString>

namespace rapport::db {
class Database;
}

namespace rapport::exporters {

/// Which contacts an export takes.
struct ContactSelection
{
    QString circle;    ///< only members of this circle (case-insensitive); empty: any
    QList<qint64> ids; ///< only these; empty: any
    bool includeTrash = false;
    bool orderByName = true; ///< by name as the list shows them; by id otherwise
};

/// The contact ids to export, in order. Fails with a message a person can act on when the circle
/// does not exist or an id names no contact. Contacts chosen by id are taken even from the Trash.
Result<QList<qint64>> selectContacts(db::Database& db, const ContactSelection& selection);

} // namespace rapport::exporters
