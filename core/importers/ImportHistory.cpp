#include "ImportHistory.h"

#include "ChangeLog.h"
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "db/Transaction.h"
#include "util/Clock.h"
#include "util/Logging.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace rapport::importers {

namespace {

/// Tables and columns undo may touch. SQL identifiers come from this table only, never from the
/// stored JSON, so a damaged import_changes row cannot steer a statement.
struct TableSpec
{
    const char* table;
    QList<const char*> updatable;
    QList<const char*> keyColumns; ///< empty: the row is identified by id
};

const QList<TableSpec>& specs()
{
    static const QList<TableSpec> list = {
        {"contacts",
         {"first_name", "last_name", "display_name", "name_key", "company", "position", "headline", "location",
          "birthday", "notes", "industry", "how_met", "linkedin_url", "connected_on", "updated_at"},
         {}},
        {"conversations", {"happened_at", "initiated_by", "two_way", "message_count", "updated_at"}, {}},
        {"invitations", {"status", "contact_id"}, {}},
        {"contact_emails", {}, {}},
        {"contact_phones", {}, {}},
        {"contact_urls", {}, {}},
        {"circles", {}, {}},
        {"messages", {}, {}},
        {"contact_circles", {}, {"contact_id", "circle_id"}},
        {"conversation_contacts", {}, {"conversation_id", "contact_id"}},
        {"settings", {}, {"key"}},
    };
    return list;
}

const TableSpec* specFor(const QString& table)
{
    for (const TableSpec& s : specs()) {
        if (table == QLatin1String(s.table)) {
            return &s;
        }
    }
    return nullptr;
}

QVariant toVariant(const QJsonValue& v)
{
    if (v.isNull() || v.isUndefined()) {
        return QVariant(); // NULL: SqlQuery binds a null QString as empty text
    }
    if (v.isDouble()) {
        return QVariant(qint64(v.toDouble()));
    }
    return v.toVariant();
}

Status undoChange(db::Database& db, const QString& table, qint64 rowId, const QJsonObject& json)
{
    const TableSpec* spec = specFor(table);
    if (!spec) {
        return Status::fail(QCoreApplication::translate("Import", "Unknown table in the import log: %1").arg(table));
    }
    const QString name = QLatin1String(spec->table);
    if (json.value(QLatin1String(ChangeLog::opKey)).toString() == QLatin1String("insert")) {
        if (spec->keyColumns.isEmpty()) {
            return db::exec(db, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(name), {rowId});
        }
        const QJsonObject key = json.value(QLatin1String(ChangeLog::keyKey)).toObject();
        QStringList where;
        QList<QVariant> values;
        for (const char* col : spec->keyColumns) {
            where.append(QStringLiteral("%1 = ?").arg(QLatin1String(col)));
            values.append(toVariant(key.value(QLatin1String(col))));
        }
        db::SqlQuery q(db, QStringLiteral("DELETE FROM %1 WHERE %2").arg(name, where.join(QLatin1String(" AND "))));
        for (const QVariant& v : values) {
            q.bind(v);
        }
        return q.exec() ? Status::ok() : Status::fail(q.error());
    }
    QStringList sets;
    QList<QVariant> values;
    for (const char* col : spec->updatable) {
        if (json.contains(QLatin1String(col))) {
            sets.append(QStringLiteral("%1 = ?").arg(QLatin1String(col)));
            values.append(toVariant(json.value(QLatin1String(col))));
        }
    }
    if (sets.isEmpty()) {
        return Status::ok();
    }
    db::SqlQuery q(db, QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(name, sets.join(QLatin1String(", "))));
    for (const QVariant& v : values) {
        q.bind(v);
    }
    q.bind(rowId);
    return q.exec() ? Status::ok() : Status::fail(q.error());
}

} // namespace

Result<QList<ImportBatch>> listBatches(db::Database& db)
{
    db::SqlQuery q(db, QStringLiteral("SELECT id, started_at, COALESCE(finished_at, ''), source_path, format, status, "
                                      "added, updated, merged, unchanged, skipped, errors, summary, "
                                      "COALESCE(undone_at, '') FROM import_batches ORDER BY id DESC"));
    if (!q.exec()) {
        return Result<QList<ImportBatch>>::fail(q.error());
    }
    QList<ImportBatch> out;
    while (q.next()) {
        ImportBatch b;
        b.id = q.int64(0);
        b.startedAt = q.string(1);
        b.finishedAt = q.string(2);
        b.sourcePath = q.string(3);
        b.format = q.string(4);
        b.status = q.string(5);
        b.added = q.value(6).toInt();
        b.updated = q.value(7).toInt();
        b.merged = q.value(8).toInt();
        b.unchanged = q.value(9).toInt();
        b.skipped = q.value(10).toInt();
        b.errors = q.value(11).toInt();
        b.summary = q.string(12);
        b.undoneAt = q.string(13);
        out.append(b);
    }
    return Result<QList<ImportBatch>>::ok(out);
}

Status undoBatch(db::Database& db, qint64 batchId)
{
    const QVariant status = db::scalar(db, QStringLiteral("SELECT status FROM import_batches WHERE id = ?"), {batchId});
    if (!status.isValid()) {
        return Status::fail(QCoreApplication::translate("Import", "There is no import #%1.").arg(batchId));
    }
    if (status.toString() != QLatin1String("done")) {
        return Status::fail(QCoreApplication::translate("Import", "Import #%1 is %2 and cannot be undone.")
                                .arg(batchId)
                                .arg(status.toString()));
    }
    const QVariant newer = db::scalar(
        db, QStringLiteral("SELECT MIN(id) FROM import_batches WHERE id > ? AND status = 'done'"), {batchId});
    if (!newer.isNull() && newer.isValid()) {
        return Status::fail(QCoreApplication::translate("Import", "Import #%1 came later and may build on this one; "
                                                                  "undo it first.")
                                .arg(newer.toLongLong()));
    }
    db::Transaction tx(db);
    if (!tx.isActive()) {
        return Status::fail(QCoreApplication::translate("Import", "Cannot start writing to the database."));
    }
    // Newest change first, so a row changed twice ends at its oldest value.
    db::SqlQuery changes(db, QStringLiteral("SELECT table_name, row_id, before_json FROM import_changes "
                                            "WHERE batch_id = ? ORDER BY id DESC"));
    changes.bind(batchId);
    if (!changes.exec()) {
        return Status::fail(changes.error());
    }
    struct Change
    {
        QString table;
        qint64 rowId;
        QJsonObject json;
    };
    QList<Change> list;
    while (changes.next()) {
        list.append(
            {changes.string(0), changes.int64(1), QJsonDocument::fromJson(changes.string(2).toUtf8()).object()});
    }
    for (const Change& c : std::as_const(list)) {
        if (const Status s = undoChange(db, c.table, c.rowId, c.json); !s) {
            return Status::fail(
                QCoreApplication::translate("Import", "Undo failed and changed nothing: %1").arg(s.error()));
        }
    }
    // Rows the batch inserted carry its id; cascades take their e-mails, messages and links with them.
    static const char* const owned[] = {"field_conflicts", "conversations", "invitations",   "followups",
                                        "introductions",   "contacts",      "import_changes"};
    for (const char* table : owned) {
        if (const Status s =
                db::exec(db, QStringLiteral("DELETE FROM %1 WHERE batch_id = ?").arg(QLatin1String(table)), {batchId});
            !s) {
            return Status::fail(
                QCoreApplication::translate("Import", "Undo failed and changed nothing: %1").arg(s.error()));
        }
    }
    if (const Status s = db::exec(db,
                                  QStringLiteral("UPDATE import_batches SET status = 'undone', undone_at = ? "
                                                 "WHERE id = ?"),
                                  {Clock::isoNow(), batchId});
        !s) {
        return s;
    }
    if (!tx.commit()) {
        return Status::fail(QCoreApplication::translate("Import", "Undo failed at the final commit; nothing changed."));
    }
    qCInfo(lcImport) << "import batch" << batchId << "undone";
    db.notifyChanged(db::Entity::Everything);
    return Status::ok();
}

} // namespace rapport::importers
