#include "ContactStore.h"

#include "CircleStore.h"
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "db/Transaction.h"
#include "util/Clock.h"
#include "util/Text.h"

#include <QCoreApplication>
#include <QUuid>

namespace rapport {

using db::nullIfEmpty;
using db::SqlQuery;

namespace {

// Field key → column, for the generic one-field edit used by the UI's undo commands and the CLI.
const QList<QPair<QString, QString>>& fieldColumns()
{
    static const QList<QPair<QString, QString>> map = {
        {QStringLiteral("firstName"), QStringLiteral("first_name")},
        {QStringLiteral("lastName"), QStringLiteral("last_name")},
        {QStringLiteral("displayName"), QStringLiteral("display_name")},
        {QStringLiteral("headline"), QStringLiteral("headline")},
        {QStringLiteral("position"), QStringLiteral("position")},
        {QStringLiteral("company"), QStringLiteral("company")},
        {QStringLiteral("industry"), QStringLiteral("industry")},
        {QStringLiteral("location"), QStringLiteral("location")},
        {QStringLiteral("linkedinUrl"), QStringLiteral("linkedin_url")},
        {QStringLiteral("howMet"), QStringLiteral("how_met")},
        {QStringLiteral("notes"), QStringLiteral("notes")},
        {QStringLiteral("birthday"), QStringLiteral("birthday")},
    };
    return map;
}

QString columnFor(const QString& field)
{
    for (const auto& [key, column] : fieldColumns()) {
        if (key == field) {
            return column;
        }
    }
    return {};
}

QString idList(const QList<qint64>& ids)
{
    // Integers we own, joined for an IN (...) list; never user text.
    QStringList parts;
    parts.reserve(ids.size());
    for (const qint64 id : ids) {
        parts << QString::number(id);
    }
    return parts.join(QLatin1Char(','));
}

QString linkedInOrNull(const QString& url)
{
    const QString n = text::normalizedLinkedInUrl(url);
    return n.isEmpty() ? url.trimmed() : n;
}

} // namespace

ContactStore::ContactStore(db::Database& db) : m_db(db) {}

QStringList ContactStore::fieldKeys()
{
    QStringList keys;
    for (const auto& p : fieldColumns()) {
        keys << p.first;
    }
    return keys;
}

Result<qint64> ContactStore::add(Contact& c)
{
    c.deriveDisplayName();
    if (c.displayName.trimmed().isEmpty()) {
        return Result<qint64>::fail(QCoreApplication::translate("ContactStore", "A contact needs a name."));
    }
    if (c.uid.isEmpty()) {
        c.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    }
    const QString now = Clock::isoNow();
    c.createdAt = c.createdAt.isEmpty() ? now : c.createdAt;
    c.updatedAt = now;
    db::Transaction tx(m_db);
    SqlQuery q(
        m_db,
        QStringLiteral("INSERT INTO contacts (uid, first_name, last_name, display_name, name_key, headline, position, "
                       "company, industry, location, linkedin_url, how_met, notes, birthday, source, connected_on, "
                       "champion_stage, cadence_ideal_days, cadence_max_days, archived, edited_fields, batch_id, "
                       "created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    q.bindAll({c.uid,
               c.firstName,
               c.lastName,
               c.displayName,
               text::normalizedName(c.displayName),
               c.headline,
               c.position,
               c.company,
               c.industry,
               c.location,
               nullIfEmpty(linkedInOrNull(c.linkedinUrl)),
               c.howMet,
               c.notes,
               c.birthday,
               c.source,
               nullIfEmpty(c.connectedOn.toString(Qt::ISODate)),
               static_cast<int>(c.championStage),
               c.cadenceIdealDays > 0 ? QVariant(c.cadenceIdealDays) : QVariant(),
               c.cadenceMaxDays > 0 ? QVariant(c.cadenceMaxDays) : QVariant(),
               c.archived ? 1 : 0,
               c.editedFields.join(QLatin1Char(',')),
               db::nullIfZero(c.batchId),
               c.createdAt,
               c.updatedAt});
    if (!q.exec()) {
        if (q.error().contains(QLatin1String("UNIQUE")) && q.error().contains(QLatin1String("linkedin"))) {
            return Result<qint64>::fail(
                QCoreApplication::translate("ContactStore", "Another contact already has the LinkedIn profile %1.")
                    .arg(c.linkedinUrl));
        }
        return Result<qint64>::fail(
            QCoreApplication::translate("ContactStore", "Cannot save the contact: %1").arg(q.error()));
    }
    c.id = q.lastInsertId();
    if (auto s = writeChildren(c); !s) {
        return Result<qint64>::fail(s.error());
    }
    if (!tx.commit()) {
        return Result<qint64>::fail(
            QCoreApplication::translate("ContactStore", "Cannot save the contact: the database refused the change."));
    }
    m_db.notifyChanged(db::Entity::Contact, {c.id});
    return Result<qint64>::ok(c.id);
}

Status ContactStore::writeChildren(const Contact& c)
{
    const QString del[] = {QStringLiteral("DELETE FROM contact_emails WHERE contact_id=?"),
                           QStringLiteral("DELETE FROM contact_phones WHERE contact_id=?"),
                           QStringLiteral("DELETE FROM contact_urls WHERE contact_id=?"),
                           QStringLiteral("DELETE FROM contact_circles WHERE contact_id=?"),
                           QStringLiteral("DELETE FROM contact_tags WHERE contact_id=?")};
    for (const QString& sql : del) {
        if (auto s = db::exec(m_db, sql, {c.id}); !s) {
            return s;
        }
    }
    // E-mails, phones and URLs: a row per non-empty value, in the order given; the first two also
    // store the normalised form duplicates are matched by.
    const auto writeValues = [&](const QList<LabeledValue>& values, const QString& sql,
                                 QString (*normalize)(const QString&)) -> Status {
        int order = 0;
        for (const LabeledValue& v : values) {
            const QString value = v.value.trimmed();
            if (value.isEmpty()) {
                continue;
            }
            const Status s = normalize != nullptr
                                 ? db::exec(m_db, sql, {c.id, v.label, value, normalize(v.value), order++})
                                 : db::exec(m_db, sql, {c.id, v.label, value, order++});
            if (!s) {
                return s;
            }
        }
        return Status::ok();
    };
    if (auto s = writeValues(c.emails,
                             QStringLiteral("INSERT INTO contact_emails (contact_id, label, address, normalized, "
                                            "sort_order) VALUES (?,?,?,?,?)"),
                             &text::normalizedEmail);
        !s) {
        return s;
    }
    if (auto s = writeValues(c.phones,
                             QStringLiteral("INSERT INTO contact_phones (contact_id, label, number, normalized, "
                                            "sort_order) VALUES (?,?,?,?,?)"),
                             &text::normalizedPhone);
        !s) {
        return s;
    }
    if (auto s = writeValues(
            c.urls, QStringLiteral("INSERT INTO contact_urls (contact_id, label, url, sort_order) VALUES (?,?,?,?)"),
            nullptr);
        !s) {
        return s;
    }
    CircleStore circles(m_db);
    for (const QString& name : c.circles) {
        auto id = circles.ensure(name);
        if (!id) {
            return Status::fail(id.error());
        }
        if (auto s = db::exec(m_db, QStringLiteral("INSERT OR IGNORE INTO contact_circles VALUES (?,?)"),
                              {c.id, id.value()});
            !s) {
            return s;
        }
    }
    for (const QString& tag : c.tags) {
        if (tag.trimmed().isEmpty()) {
            continue;
        }
        if (auto s = db::exec(m_db, QStringLiteral("INSERT OR IGNORE INTO tags (name) VALUES (?)"), {tag.trimmed()});
            !s) {
            return s;
        }
        if (auto s =
                db::exec(m_db, QStringLiteral("INSERT OR IGNORE INTO contact_tags SELECT ?, id FROM tags WHERE name=?"),
                         {c.id, tag.trimmed()});
            !s) {
            return s;
        }
    }
    return Status::ok();
}

namespace {
const QString kSelect = QStringLiteral(
    "SELECT id, uid, first_name, last_name, display_name, headline, position, company, industry, location, "
    "linkedin_url, how_met, notes, birthday, source, connected_on, champion_stage, cadence_ideal_days, "
    "cadence_max_days, archived, deleted_at, edited_fields, batch_id, created_at, updated_at FROM contacts ");

Contact fromRow(SqlQuery& q)
{
    Contact c;
    c.id = q.int64(0);
    c.uid = q.string(1);
    c.firstName = q.string(2);
    c.lastName = q.string(3);
    c.displayName = q.string(4);
    c.headline = q.string(5);
    c.position = q.string(6);
    c.company = q.string(7);
    c.industry = q.string(8);
    c.location = q.string(9);
    c.linkedinUrl = q.string(10);
    c.howMet = q.string(11);
    c.notes = q.string(12);
    c.birthday = q.string(13);
    c.source = q.string(14);
    c.connectedOn = QDate::fromString(q.string(15), Qt::ISODate);
    c.championStage = static_cast<ChampionStage>(qBound(0, q.value(16).toInt(), 3));
    c.cadenceIdealDays = q.value(17).toInt();
    c.cadenceMaxDays = q.value(18).toInt();
    c.archived = q.value(19).toInt() != 0;
    c.deletedAt = q.string(20);
    c.editedFields = q.string(21).split(QLatin1Char(','), Qt::SkipEmptyParts);
    c.batchId = q.int64(22);
    c.createdAt = q.string(23);
    c.updatedAt = q.string(24);
    return c;
}
} // namespace

void ContactStore::loadChildren(Contact& c)
{
    SqlQuery e(m_db,
               QStringLiteral("SELECT label, address FROM contact_emails WHERE contact_id=? ORDER BY sort_order"));
    e.bind(c.id);
    if (e.exec()) {
        while (e.next()) {
            c.emails.append({e.string(0), e.string(1)});
        }
    }
    SqlQuery p(m_db, QStringLiteral("SELECT label, number FROM contact_phones WHERE contact_id=? ORDER BY sort_order"));
    p.bind(c.id);
    if (p.exec()) {
        while (p.next()) {
            c.phones.append({p.string(0), p.string(1)});
        }
    }
    SqlQuery u(m_db, QStringLiteral("SELECT label, url FROM contact_urls WHERE contact_id=? ORDER BY sort_order"));
    u.bind(c.id);
    if (u.exec()) {
        while (u.next()) {
            c.urls.append({u.string(0), u.string(1)});
        }
    }
    SqlQuery ci(m_db, QStringLiteral("SELECT c.name FROM circles c JOIN contact_circles cc ON cc.circle_id=c.id "
                                     "WHERE cc.contact_id=? ORDER BY c.name COLLATE NOCASE"));
    ci.bind(c.id);
    if (ci.exec()) {
        while (ci.next()) {
            c.circles << ci.string(0);
        }
    }
    SqlQuery t(m_db, QStringLiteral("SELECT t.name FROM tags t JOIN contact_tags ct ON ct.tag_id=t.id "
                                    "WHERE ct.contact_id=? ORDER BY t.name COLLATE NOCASE"));
    t.bind(c.id);
    if (t.exec()) {
        while (t.next()) {
            c.tags << t.string(0);
        }
    }
}

Result<Contact> ContactStore::get(qint64 id)
{
    SqlQuery q(m_db, kSelect + QStringLiteral("WHERE id=?"));
    q.bind(id);
    if (!q.exec()) {
        return Result<Contact>::fail(
            QCoreApplication::translate("ContactStore", "Cannot read contact %1: %2").arg(id).arg(q.error()));
    }
    if (!q.next()) {
        return Result<Contact>::fail(
            QCoreApplication::translate("ContactStore", "There is no contact with id %1.").arg(id));
    }
    Contact c = fromRow(q);
    loadChildren(c);
    return Result<Contact>::ok(std::move(c));
}

Result<Contact> ContactStore::getByUid(const QString& uid)
{
    const QVariant id = db::scalar(m_db, QStringLiteral("SELECT id FROM contacts WHERE uid=?"), {uid});
    if (!id.isValid()) {
        return Result<Contact>::fail(
            QCoreApplication::translate("ContactStore", "There is no contact with uid %1.").arg(uid));
    }
    return get(id.toLongLong());
}

Status ContactStore::update(const Contact& in, const QStringList& markEdited)
{
    Contact c = in;
    c.deriveDisplayName();
    if (c.displayName.trimmed().isEmpty()) {
        return Status::fail(QCoreApplication::translate("ContactStore", "A contact needs a name."));
    }
    QStringList edited = c.editedFields;
    for (const QString& f : markEdited) {
        if (!edited.contains(f)) {
            edited << f;
        }
    }
    db::Transaction tx(m_db);
    SqlQuery q(
        m_db, QStringLiteral("UPDATE contacts SET first_name=?, last_name=?, display_name=?, name_key=?, headline=?, "
                             "position=?, company=?, industry=?, location=?, linkedin_url=?, how_met=?, notes=?, "
                             "birthday=?, source=?, connected_on=?, champion_stage=?, cadence_ideal_days=?, "
                             "cadence_max_days=?, archived=?, deleted_at=?, edited_fields=?, updated_at=? WHERE id=?"));
    q.bindAll({c.firstName,
               c.lastName,
               c.displayName,
               text::normalizedName(c.displayName),
               c.headline,
               c.position,
               c.company,
               c.industry,
               c.location,
               nullIfEmpty(linkedInOrNull(c.linkedinUrl)),
               c.howMet,
               c.notes,
               c.birthday,
               c.source,
               nullIfEmpty(c.connectedOn.toString(Qt::ISODate)),
               static_cast<int>(c.championStage),
               c.cadenceIdealDays > 0 ? QVariant(c.cadenceIdealDays) : QVariant(),
               c.cadenceMaxDays > 0 ? QVariant(c.cadenceMaxDays) : QVariant(),
               c.archived ? 1 : 0,
               nullIfEmpty(c.deletedAt),
               edited.join(QLatin1Char(',')),
               Clock::isoNow(),
               c.id});
    if (!q.exec()) {
        return Status::fail(QCoreApplication::translate("ContactStore", "Cannot save the contact: %1").arg(q.error()));
    }
    if (q.numRowsAffected() == 0) {
        return Status::fail(QCoreApplication::translate("ContactStore", "There is no contact with id %1.").arg(c.id));
    }
    if (auto s = writeChildren(c); !s) {
        return s;
    }
    if (!tx.commit()) {
        return Status::fail(
            QCoreApplication::translate("ContactStore", "Cannot save the contact: the database refused the change."));
    }
    m_db.notifyChanged(db::Entity::Contact, {c.id});
    return Status::ok();
}

Status ContactStore::setField(qint64 id, const QString& field, const QString& value)
{
    const QString column = columnFor(field);
    if (column.isEmpty()) {
        return Status::fail(QCoreApplication::translate("ContactStore", "Unknown contact field %1.").arg(field));
    }
    auto c = get(id);
    if (!c) {
        return Status::fail(c.error());
    }
    Contact changed = c.value();
    // The column name comes from the fixed table above, never from the caller's text.
    SqlQuery q(m_db, QStringLiteral("UPDATE contacts SET %1=?, updated_at=? WHERE id=?").arg(column));
    QVariant v = value;
    if (column == QLatin1String("linkedin_url")) {
        v = nullIfEmpty(linkedInOrNull(value));
    }
    db::Transaction tx(m_db);
    q.bindAll({v, Clock::isoNow(), id});
    if (!q.exec()) {
        return Status::fail(QCoreApplication::translate("ContactStore", "Cannot change %1: %2").arg(field, q.error()));
    }
    if (column == QLatin1String("display_name") || column == QLatin1String("first_name") ||
        column == QLatin1String("last_name")) {
        const Status derived =
            db::exec(m_db,
                     QStringLiteral("UPDATE contacts SET display_name = CASE WHEN display_name='' THEN "
                                    "trim(first_name || ' ' || last_name) ELSE display_name END WHERE id=?"),
                     {id});
        const QString display =
            db::scalar(m_db, QStringLiteral("SELECT display_name FROM contacts WHERE id=?"), {id}).toString();
        const Status keyed = db::exec(m_db, QStringLiteral("UPDATE contacts SET name_key=? WHERE id=?"),
                                      {text::normalizedName(display), id});
        if (!derived || !keyed) {
            return Status::fail(QCoreApplication::translate("ContactStore", "Cannot change %1: %2")
                                    .arg(field, derived ? keyed.error() : derived.error()));
        }
    }
    QStringList edited = changed.editedFields;
    if (!edited.contains(field)) {
        edited << field;
        if (auto s = db::exec(m_db, QStringLiteral("UPDATE contacts SET edited_fields=? WHERE id=?"),
                              {edited.join(QLatin1Char(',')), id});
            !s) {
            return s;
        }
    }
    if (!tx.commit()) {
        return Status::fail(
            QCoreApplication::translate("ContactStore", "Cannot change %1: the database refused the change.")
                .arg(field));
    }
    m_db.notifyChanged(db::Entity::Contact, {id});
    return Status::ok();
}

QString ContactStore::field(qint64 id, const QString& field)
{
    const QString column = columnFor(field);
    if (column.isEmpty()) {
        return {};
    }
    return db::scalar(m_db, QStringLiteral("SELECT %1 FROM contacts WHERE id=?").arg(column), {id}).toString();
}

Status ContactStore::moveToTrash(const QList<qint64>& ids)
{
    if (ids.isEmpty()) {
        return Status::ok();
    }
    auto s = db::exec(
        m_db, QStringLiteral("UPDATE contacts SET deleted_at=?, updated_at=? WHERE id IN (%1)").arg(idList(ids)),
        {Clock::isoNow(), Clock::isoNow()});
    if (s) {
        m_db.notifyChanged(db::Entity::Contact, ids);
    }
    return s;
}

Status ContactStore::restoreFromTrash(const QList<qint64>& ids)
{
    if (ids.isEmpty()) {
        return Status::ok();
    }
    auto s = db::exec(
        m_db, QStringLiteral("UPDATE contacts SET deleted_at=NULL, updated_at=? WHERE id IN (%1)").arg(idList(ids)),
        {Clock::isoNow()});
    if (s) {
        m_db.notifyChanged(db::Entity::Contact, ids);
    }
    return s;
}

Status ContactStore::purge(const QList<qint64>& ids)
{
    if (ids.isEmpty()) {
        return Status::ok();
    }
    db::Transaction tx(m_db);
    // Tombstones let sync delete the card on the server too.
    if (auto s =
            db::exec(m_db,
                     QStringLiteral("INSERT OR REPLACE INTO sync_tombstones SELECT 'contacts', uid, ? FROM contacts "
                                    "WHERE id IN (%1)")
                         .arg(idList(ids)),
                     {Clock::isoNow()});
        !s) {
        return s;
    }
    if (auto s = db::exec(m_db, QStringLiteral("DELETE FROM contacts WHERE id IN (%1)").arg(idList(ids))); !s) {
        return s;
    }
    // Conversations left with nobody in them go too.
    if (auto s = db::exec(m_db, QStringLiteral("DELETE FROM conversations WHERE id NOT IN (SELECT conversation_id "
                                               "FROM conversation_contacts)"));
        !s) {
        return s;
    }
    if (!tx.commit()) {
        return Status::fail(
            QCoreApplication::translate("ContactStore", "Cannot delete: the database refused the change."));
    }
    m_db.notifyChanged(db::Entity::Contact, ids);
    return Status::ok();
}

Result<int> ContactStore::purgeTrashOlderThan(int days)
{
    const QString cutoff = Clock::now().addDays(-days).toString(Qt::ISODate);
    QList<qint64> ids;
    SqlQuery q(m_db, QStringLiteral("SELECT id FROM contacts WHERE deleted_at IS NOT NULL AND deleted_at < ?"));
    q.bind(cutoff);
    if (!q.exec()) {
        return Result<int>::fail(q.error());
    }
    while (q.next()) {
        ids << q.int64(0);
    }
    if (auto s = purge(ids); !s) {
        return Result<int>::fail(s.error());
    }
    return Result<int>::ok(static_cast<int>(ids.size()));
}

Status ContactStore::setArchived(const QList<qint64>& ids, bool archived)
{
    if (ids.isEmpty()) {
        return Status::ok();
    }
    auto s =
        db::exec(m_db, QStringLiteral("UPDATE contacts SET archived=?, updated_at=? WHERE id IN (%1)").arg(idList(ids)),
                 {archived ? 1 : 0, Clock::isoNow()});
    if (s) {
        m_db.notifyChanged(db::Entity::Contact, ids);
    }
    return s;
}

Status ContactStore::setCadence(const QList<qint64>& ids, int idealDays, int maxDays)
{
    if (ids.isEmpty()) {
        return Status::ok();
    }
    if (idealDays > 0 && maxDays > 0 && maxDays < idealDays) {
        return Status::fail(
            QCoreApplication::translate("ContactStore", "The maximum interval cannot be shorter than the ideal one."));
    }
    auto s = db::exec(m_db,
                      QStringLiteral("UPDATE contacts SET cadence_ideal_days=?, cadence_max_days=?, updated_at=? "
                                     "WHERE id IN (%1)")
                          .arg(idList(ids)),
                      {idealDays > 0 ? QVariant(idealDays) : QVariant(), maxDays > 0 ? QVariant(maxDays) : QVariant(),
                       Clock::isoNow()});
    if (s) {
        m_db.notifyChanged(db::Entity::Contact, ids);
    }
    return s;
}

Status ContactStore::setChampionStage(qint64 id, ChampionStage stage)
{
    auto s = db::exec(m_db, QStringLiteral("UPDATE contacts SET champion_stage=?, updated_at=? WHERE id=?"),
                      {static_cast<int>(stage), Clock::isoNow(), id});
    if (s) {
        m_db.notifyChanged(db::Entity::Contact, {id});
    }
    return s;
}

qint64 ContactStore::count(bool includeArchived)
{
    return db::scalar(m_db, includeArchived ? QStringLiteral("SELECT count(*) FROM contacts WHERE deleted_at IS NULL")
                                            : QStringLiteral("SELECT count(*) FROM contacts WHERE deleted_at IS NULL "
                                                             "AND archived=0"))
        .toLongLong();
}

} // namespace rapport
