#pragma once

#include "model/ImportBatch.h"
#include "util/Result.h"

#include <QList>

namespace rapport::db {
class Database;
}

namespace rapport::importers {

/// Past imports, newest first.
Result<QList<ImportBatch>> listBatches(db::Database& db);

/// Undoes an import in one transaction: deletes the rows it inserted, restores the previous values
/// of the rows it updated (from import_changes), removes its field conflicts and marks the batch
/// 'undone'. Imports are undone newest first, because a later import may have built on this one.
Status undoBatch(db::Database& db, qint64 batchId);

} // namespace rapport::importers
