#include "FieldConflicts.h"

#include "ChangeLog.h"
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "db/Transaction.h"
#include "util/Clock.h"
#include "util/Text.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace rapport::importers {

namespace {

/// Every field ContactWriter records a conflict for, with the contacts column it lives in. The SQL
/// identifiers come from this table only, never from the stored field name.
struct FieldSpec
{
    const char* field;  ///< ContactWriter's name (snake_case)
    const char* alias;  ///< ContactStore's key for the same field (camelCase)
    const char* column; ///< contacts column
    const char* label;
};

constexpr FieldSpec kFields[] = {
    {"first_name", "firstName", "first_name", QT_TRANSLATE_NOOP("FieldConflicts", "First name")},
    {"last_name", "lastName", "last_name", QT_TRANSLATE_NOOP("FieldConflicts", "Last name")},
    {"display_name", "displayName", "display_name", QT_TRANSLATE_NOOP("FieldConflicts", "Display name")},
    {"company", "company", "company", QT_TRANSLATE_NOOP("FieldConflicts", "Company")},
    {"position", "position", "position", QT_TRANSLATE_NOOP("FieldConflicts", "Position")},
    {"headline", "headline", "headline", QT_TRANSLATE_NOOP("FieldConflicts", "Headline")},
    {"location", "location", "location", QT_TRANSLATE_NOOP("FieldConflicts", "Location")},
    {"birthday", "birthday", "birthday", QT_TRANSLATE_NOOP("FieldConflicts", "Birthday")},
    {"notes", "notes", "notes", QT_TRANSLATE_NOOP("FieldConflicts", "Notes")},
    {"industry", "industry", "industry", QT_TRANSLATE_NOOP("FieldConflicts", "Industry")},
    {"how_met", "howMet", "how_met", QT_TRANSLATE_NOOP("FieldConflicts", "How you met")},
    {"linkedin_url", "linkedinUrl", "linkedin_url", QT_TRANSLATE_NOOP("FieldConflicts", "LinkedIn")},
    {"connected_on", "connectedOn", "connected_on", QT_TRANSLATE_NOOP("FieldConflicts", "Connected on")},
};

const FieldSpec* specFor(const QString& field)
{
    for (const FieldSpec& s : kFields) {
        if (field == QLatin1String(s.field) || field == QLatin1String(s.alias)) {
            return &s;
        }
    }
    return nullptr;
}

bool isNameColumn(const FieldSpec& s)
{
    const QLatin1String c(s.column);
    return c == QLatin1String("first_name") || c == QLatin1String("last_name") || c == QLatin1String("display_name");
}

/// NULL-able columns keep NULL for "none" (linkedin_url is UNIQUE among non-NULL values).
QVariant columnValue(const FieldSpec& s, const QString& value)
{
    const QLatin1String c(s.column);
    if (c == QLatin1String("linkedin_url")) {
        const QString normalized = text::normalizedLinkedInUrl(value);
        return db::nullIfEmpty(normalized.isEmpty() ? value.trimmed() : normalized);
    }
    if (c == QLatin1String("connected_on")) {
        return db::nullIfEmpty(value);
    }
    return value;
}

QJsonValue jsonOf(const QVariant& v)
{
    return v.isNull() ? QJsonValue() : QJsonValue(v.toString());
}

} // namespace

FieldConflicts::FieldConflicts(db::Database& db) : m_db(db) {}

QString FieldConflicts::fieldLabel(const QString& field)
{
    const FieldSpec* s = specFor(field);
    return s ? QCoreApplication::translate("FieldConflicts", s->label) : field;
}

Result<QList<FieldConflict>> FieldConflicts::open(qint64 batchId)
{
    using R = Result<QList<FieldConflict>>;
    // Every column a conflict can be about, so the live value is picked in C++ from the fixed table.
    QStringList columns;
    for (const FieldSpec& s : kFields) {
        columns.append(QStringLiteral("COALESCE(c.%1, '')").arg(QLatin1String(s.column)));
    }
    db::SqlQuery q(m_db, QStringLiteral("SELECT fc.id, fc.contact_id, c.display_name, fc.field, fc.current_value, "
                                        "fc.imported_value, COALESCE(fc.batch_id, 0), fc.created_at, %1 "
                                        "FROM field_conflicts fc JOIN contacts c ON c.id = fc.contact_id "
                                        "WHERE fc.resolved_at IS NULL AND c.deleted_at IS NULL "
                                        "AND (? = 0 OR fc.batch_id = ?) "
                                        "ORDER BY c.display_name COLLATE NOCASE, fc.contact_id, fc.id")
                             .arg(columns.join(QLatin1String(", "))));
    q.bindAll({batchId, batchId});
    if (!q.exec()) {
        return R::fail(
            QCoreApplication::translate("FieldConflicts", "Cannot read the import conflicts: %1").arg(q.error()));
    }
    constexpr int firstColumn = 8;
    QList<FieldConflict> out;
    while (q.next()) {
        FieldConflict c;
        c.id = q.int64(0);
        c.contactId = q.int64(1);
        c.contactName = q.string(2);
        c.field = q.string(3);
        c.fieldLabel = fieldLabel(c.field);
        c.recordedValue = q.string(4);
        c.importedValue = q.string(5);
        c.batchId = q.int64(6);
        c.createdAt = q.string(7);
        c.currentValue = c.recordedValue;
        if (const FieldSpec* s = specFor(c.field)) {
            c.currentValue = q.string(firstColumn + int(s - kFields));
        }
        out.append(c);
    }
    return R::ok(out);
}

Status FieldConflicts::resolve(qint64 conflictId, Resolution resolution)
{
    db::Transaction tx(m_db);
    if (!tx.isActive()) {
        return Status::fail(QCoreApplication::translate("FieldConflicts", "Cannot start writing to the database."));
    }
    db::SqlQuery find(m_db, QStringLiteral("SELECT fc.contact_id, fc.field, fc.imported_value, "
                                           "COALESCE(fc.batch_id, 0), fc.resolved_at IS NOT NULL, "
                                           "COALESCE(b.status, '') FROM field_conflicts fc "
                                           "LEFT JOIN import_batches b ON b.id = fc.batch_id WHERE fc.id = ?"));
    find.bind(conflictId);
    if (!find.exec()) {
        return Status::fail(find.error());
    }
    if (!find.next()) {
        return Status::fail(
            QCoreApplication::translate("FieldConflicts", "There is no import conflict #%1.").arg(conflictId));
    }
    const qint64 contactId = find.int64(0);
    const QString field = find.string(1);
    const QString imported = find.string(2);
    const qint64 batchId = find.int64(3);
    const bool resolved = find.value(4).toBool();
    const QString batchStatus = find.string(5);
    if (resolved) {
        return Status::fail(QCoreApplication::translate("FieldConflicts", "This conflict was already resolved."));
    }

    if (resolution == Resolution::UseImported) {
        const FieldSpec* s = specFor(field);
        if (!s) {
            return Status::fail(
                QCoreApplication::translate("FieldConflicts", "The import conflict is about an unknown field: %1")
                    .arg(field));
        }
        const QString column = QLatin1String(s->column);
        db::SqlQuery before(m_db, QStringLiteral("SELECT %1, display_name, name_key, updated_at FROM contacts "
                                                 "WHERE id = ?")
                                      .arg(column));
        before.bind(contactId);
        if (!before.exec() || !before.next()) {
            return Status::fail(
                QCoreApplication::translate("FieldConflicts", "The contact of this conflict no longer exists."));
        }
        QJsonObject previous{{column, jsonOf(before.value(0))}, {QStringLiteral("updated_at"), before.string(3)}};
        if (isNameColumn(*s)) {
            previous.insert(QStringLiteral("display_name"), before.string(1));
            previous.insert(QStringLiteral("name_key"), before.string(2));
        }
        const QString now = Clock::isoNow();
        db::SqlQuery write(m_db, QStringLiteral("UPDATE contacts SET %1 = ?, updated_at = ? WHERE id = ?").arg(column));
        write.bindAll({columnValue(*s, imported), now, contactId});
        if (!write.exec()) {
            return Status::fail(
                QCoreApplication::translate("FieldConflicts", "Cannot use the imported value: %1").arg(write.error()));
        }
        if (isNameColumn(*s)) {
            // The same derivation as ContactStore::setField: an empty display name comes from the parts.
            if (const Status derived =
                    db::exec(m_db,
                             QStringLiteral("UPDATE contacts SET display_name = CASE WHEN display_name = '' THEN "
                                            "trim(first_name || ' ' || last_name) ELSE display_name END WHERE id = ?"),
                             {contactId});
                !derived) {
                return derived;
            }
            const QString display =
                db::scalar(m_db, QStringLiteral("SELECT display_name FROM contacts WHERE id = ?"), {contactId})
                    .toString();
            if (const Status keyed = db::exec(m_db, QStringLiteral("UPDATE contacts SET name_key = ? WHERE id = ?"),
                                              {text::normalizedName(display), contactId});
                !keyed) {
                return keyed;
            }
        }
        // Part of what that import did: undoing it puts the user's value back.
        if (batchId > 0 && batchStatus == QLatin1String("done")) {
            ChangeLog changes(m_db, batchId);
            if (!changes.recordUpdate(QStringLiteral("contacts"), contactId, previous)) {
                return Status::fail(changes.error());
            }
        }
    }

    const char* key = resolution == Resolution::UseImported ? usedImportedKey : keptMineKey;
    if (const Status s = db::exec(m_db,
                                  QStringLiteral("UPDATE field_conflicts SET resolved_at = ?, resolution = ? "
                                                 "WHERE id = ?"),
                                  {Clock::isoNow(), QString::fromLatin1(key), conflictId});
        !s) {
        return s;
    }
    if (!tx.commit()) {
        return Status::fail(
            QCoreApplication::translate("FieldConflicts", "Cannot save the answer: the database refused the change."));
    }
    m_db.notifyChanged(db::Entity::Contact, {contactId});
    return Status::ok();
}

} // namespace rapport::importers
