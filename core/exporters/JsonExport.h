#pragma once

#include "util/Result.h"

#include <QList>

class QIODevice;

namespace rapport::db {
class Database;
}

namespace rapport::exporters {

class ExportJob;

/// Writes the Rapport JSON export: {"format": "rapport-export", "version": 1, ...} with circles,
/// import batches, contacts (with e-mails, phones, web addresses, circles, tags), conversations (with
/// participants and messages), follow-ups, introductions and invitations (with their triage), and
/// the counts at the end. Streamed object by object, so memory does not grow with the database.
///
/// `contactIds` are the contacts to write; when `everything` is false, the other sections keep only
/// the records that involve one of them.
Status writeJsonExport(db::Database& db, const QList<qint64>& contactIds, bool everything, QIODevice& out,
                       ExportJob& job);

} // namespace rapport::exporters
