#include "ContactWriter.h"

#include "ChangeLog.h"
#include "db/Database.h"
#include "util/Clock.h"
#include "util/Text.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace rapport::importers {

namespace {

const QString kSep = QStringLiteral("\x1f");

QString companyKey(const QString& company)
{
    return text::foldForSearch(company).simplified();
}

bool looksLikeEmail(const QString& s)
{
    return s.contains(QLatin1Char('@')) && !s.contains(QLatin1Char(' '));
}

/// Outlook's ANSI export turns "č" into "?": such a copy is not news, and must not replace the original.
bool sameOrLossy(const QString& current, const QString& incoming)
{
    if (current == incoming) {
        return true;
    }
    if (current.size() != incoming.size() || !incoming.contains(QLatin1Char('?'))) {
        return false;
    }
    for (qsizetype i = 0; i < current.size(); ++i) {
        if (current.at(i) != incoming.at(i) && incoming.at(i) != QLatin1Char('?')) {
            return false;
        }
    }
    return true;
}

/// A vCard UID becomes the contact's uid: itself when it is a UUID, else a name-based UUID of it,
/// so importing the same card again finds the same contact.
QString uidFor(const QString& externalUid)
{
    QString u = externalUid.trimmed();
    if (u.startsWith(QLatin1String("urn:uuid:"), Qt::CaseInsensitive)) {
        u = u.mid(9);
    }
    const QUuid parsed = QUuid::fromString(u);
    if (!parsed.isNull()) {
        return parsed.toString(QUuid::WithoutBraces).toLower();
    }
    static const QUuid ns = QUuid::fromString(QLatin1String("6c4f5f0e-7c55-4c8e-9a43-2f1d0a7e5b31"));
    return QUuid::createUuidV5(ns, u).toString(QUuid::WithoutBraces);
}

/// ContactStore and the dialogs record user edits by field key ("firstName"), the writer by column
/// ("first_name"): either spelling protects the field.
bool isEdited(const QSet<QString>& edited, const char* column)
{
    QString key = QLatin1String(column);
    if (edited.contains(key)) {
        return true;
    }
    for (qsizetype i = key.indexOf(QLatin1Char('_')); i >= 0 && i + 1 < key.size(); i = key.indexOf(QLatin1Char('_'))) {
        key.replace(i, 2, key.at(i + 1).toUpper());
    }
    return edited.contains(key);
}

QVariant nullable(const QString& s)
{
    return db::nullIfEmpty(s);
}

} // namespace

ContactWriter::ContactWriter(db::Database& db, qint64 batchId, ChangeLog& changes)
    : m_db(db), m_batchId(batchId), m_changes(changes), m_now(Clock::isoNow()), m_nowUtf8(m_now.toUtf8()),
      m_insertContact(db, "INSERT INTO contacts (uid, first_name, last_name, display_name, name_key, company, "
                          "position, headline, location, birthday, notes, industry, how_met, linkedin_url, "
                          "connected_on, source, batch_id, created_at, updated_at) VALUES "
                          "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
      m_updateContact(db, QStringLiteral("UPDATE contacts SET first_name=?, last_name=?, display_name=?, name_key=?, "
                                         "company=?, position=?, headline=?, location=?, birthday=?, notes=?, "
                                         "industry=?, how_met=?, linkedin_url=?, connected_on=?, updated_at=? WHERE "
                                         "id=?")),
      m_insertEmail(db,
                    QStringLiteral("INSERT INTO contact_emails (contact_id, label, address, normalized, sort_order) "
                                   "VALUES (?,?,?,?,?)")),
      m_insertPhone(db, QStringLiteral("INSERT INTO contact_phones (contact_id, label, number, normalized, sort_order) "
                                       "VALUES (?,?,?,?,?)")),
      m_insertUrl(db, QStringLiteral("INSERT INTO contact_urls (contact_id, label, url, sort_order) VALUES (?,?,?,?)")),
      m_insertCircle(db, QStringLiteral("INSERT INTO circles (name, created_at) VALUES (?, ?)")),
      m_linkCircle(db, QStringLiteral("INSERT OR IGNORE INTO contact_circles (contact_id, circle_id) VALUES (?, ?)")),
      m_insertConflict(db, QStringLiteral("INSERT INTO field_conflicts (contact_id, field, current_value, "
                                          "imported_value, batch_id, created_at) VALUES (?,?,?,?,?,?)"))
{}

bool ContactWriter::fail(const db::SqlQuery& q)
{
    m_error = q.error();
    return false;
}

bool ContactWriter::load()
{
    // Every contact, read on SQLite's own handle (30,000 rows × 16 columns without a QVariant each).
    db::NativeStatement rows(m_db, "SELECT id, uid, first_name, last_name, display_name, name_key, company, "
                                   "position, headline, location, birthday, notes, COALESCE(linkedin_url, ''), "
                                   "COALESCE(connected_on, ''), updated_at, edited_fields, industry, how_met "
                                   "FROM contacts");
    while (rows.next()) {
        Row r;
        r.id = rows.int64(0);
        r.uid = rows.string(1);
        r.firstName = rows.string(2);
        r.lastName = rows.string(3);
        r.displayName = rows.string(4);
        r.nameKey = rows.string(5);
        r.company = rows.string(6);
        r.position = rows.string(7);
        r.headline = rows.string(8);
        r.location = rows.string(9);
        r.birthday = rows.string(10);
        r.notes = rows.string(11);
        r.linkedinUrl = rows.string(12);
        r.connectedOn = rows.string(13);
        r.updatedAt = rows.string(14);
        r.industry = rows.string(16);
        r.howMet = rows.string(17);
        if (!rows.text(15).isEmpty()) {
            for (const QString& f : rows.string(15).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                r.edited.insert(f.trimmed());
            }
        }
        r.companyKey = companyKey(r.company);
        m_rows.push_back(std::move(r));
        index(int(m_rows.size() - 1), true);
    }
    if (!rows.isValid() || !rows.error().isEmpty()) {
        m_error = rows.error();
        return false;
    }
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    const auto loadKeys = [&](const QString& sql, QHash<QString, qint64>& into) {
        if (!q.exec(sql)) {
            m_error = q.lastError().text();
            return false;
        }
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            into.insert(q.value(1).toString(), id);
            ++m_detailCount[id];
        }
        return true;
    };
    if (!loadKeys(QStringLiteral("SELECT contact_id, normalized FROM contact_emails"), m_byEmail) ||
        !loadKeys(QStringLiteral("SELECT contact_id, normalized FROM contact_phones"), m_byPhone)) {
        return false;
    }
    if (!q.exec(QStringLiteral("SELECT contact_id, url FROM contact_urls"))) {
        m_error = q.lastError().text();
        return false;
    }
    while (q.next()) {
        m_urls.insert(q.value(0).toString() + kSep + q.value(1).toString());
        ++m_detailCount[q.value(0).toLongLong()];
    }
    if (!q.exec(QStringLiteral("SELECT id, name FROM circles"))) {
        m_error = q.lastError().text();
        return false;
    }
    while (q.next()) {
        m_circles.insert(q.value(1).toString().toLower(), q.value(0).toLongLong());
    }
    if (!q.exec(QStringLiteral(
            "SELECT contact_id, field, imported_value FROM field_conflicts WHERE resolved_at IS NULL"))) {
        m_error = q.lastError().text();
        return false;
    }
    while (q.next()) {
        m_openConflicts.insert(q.value(0).toString() + kSep + q.value(1).toString() + kSep + q.value(2).toString());
    }
    return true;
}

void ContactWriter::index(int i, bool isNew)
{
    const Row& r = m_rows[size_t(i)];
    m_byId.insert(r.id, i);
    if (!r.uid.isEmpty()) {
        m_byUid.insert(r.uid.toLower(), i);
    }
    if (!r.linkedinUrl.isEmpty()) {
        m_byUrl.insert(r.linkedinUrl, i);
    }
    if (!r.nameKey.isEmpty()) {
        const QString key = r.nameKey + kSep + r.companyKey;
        QList<int>& list = m_byNameCompany[key];
        if (isNew || !list.contains(i)) {
            list.append(i);
        }
        if (r.linkedinUrl.isEmpty()) {
            QList<int>& noUrl = m_byNameCompanyNoUrl[key];
            if (isNew || !noUrl.contains(i)) {
                noUrl.append(i);
            }
        }
    }
    if (!r.displayName.isEmpty()) {
        QList<int>& list = m_byDisplayName[r.displayName];
        if (isNew || !list.contains(i)) {
            list.append(i);
        }
    }
}

bool ContactWriter::compatible(const Row& row, const PersonRecord& p) const
{
    return p.linkedinUrl.isEmpty() || row.linkedinUrl.isEmpty() || row.linkedinUrl == p.linkedinUrl;
}

int ContactWriter::findMatch(const PersonRecord& p) const
{
    if (!p.externalUid.isEmpty()) {
        const int i = m_byUid.value(uidFor(p.externalUid), -1);
        if (i >= 0 && compatible(m_rows[size_t(i)], p)) {
            return i;
        }
    }
    if (!p.linkedinUrl.isEmpty()) {
        const int i = m_byUrl.value(p.linkedinUrl, -1);
        if (i >= 0) {
            return i;
        }
    }
    const auto byKey = [&](const QHash<QString, qint64>& map, const QString& key) {
        if (key.isEmpty()) {
            return -1;
        }
        const int i = m_byId.value(map.value(key, 0), -1);
        return i >= 0 && compatible(m_rows[size_t(i)], p) ? i : -1;
    };
    for (const LabeledValue& e : p.emails) {
        if (const int i = byKey(m_byEmail, text::normalizedEmail(e.value)); i >= 0) {
            return i;
        }
    }
    for (const LabeledValue& t : p.phones) {
        if (const int i = byKey(m_byPhone, text::normalizedPhone(t.value)); i >= 0) {
            return i;
        }
    }
    if (!p.displayName.isEmpty() && !looksLikeEmail(p.displayName)) {
        const QString nameKey = text::normalizedName(p.displayName);
        const QString company = companyKey(p.company);
        const auto& index = p.linkedinUrl.isEmpty() ? m_byNameCompany : m_byNameCompanyNoUrl;
        for (const int i : index.value(nameKey + kSep + company)) {
            const Row& r = m_rows[size_t(i)];
            // The index keeps old keys after an update; only a row that still has this name and company counts.
            if (r.nameKey == nameKey && r.companyKey == company && compatible(r, p)) {
                return i;
            }
        }
    }
    return -1;
}

int ContactWriter::insert(const PersonRecord& p, const QString& source)
{
    Row r;
    r.uid = p.externalUid.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : uidFor(p.externalUid);
    if (m_byUid.contains(r.uid)) {
        r.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    }
    r.firstName = p.firstName;
    r.lastName = p.lastName;
    r.displayName = p.displayName;
    if (r.displayName.isEmpty()) {
        r.displayName = !p.emails.isEmpty() ? p.emails.first().value : p.phones.value(0).value;
    }
    r.nameKey = text::normalizedName(r.displayName);
    r.company = p.company;
    r.companyKey = companyKey(p.company);
    r.position = p.position;
    r.headline = p.headline;
    r.location = p.location;
    r.birthday = p.birthday;
    r.notes = p.notes;
    r.industry = p.industry;
    r.howMet = p.howMet;
    r.linkedinUrl = p.linkedinUrl;
    r.connectedOn = p.connectedOn.isValid() ? p.connectedOn.toString(Qt::ISODate) : QString();
    r.updatedAt = m_now;
    r.insertedByBatch = true;
    r.touched = true;
    // Bound on SQLite's own handle: 17 values per row through QVariant were a third of a
    // 30,000-connection import.
    int pos = 0;
    for (const QString* v : {&r.uid, &r.firstName, &r.lastName, &r.displayName, &r.nameKey, &r.company, &r.position,
                             &r.headline, &r.location, &r.birthday, &r.notes, &r.industry, &r.howMet}) {
        m_insertContact.bind(++pos, *v);
    }
    for (const QString* v : {&r.linkedinUrl, &r.connectedOn}) {
        if (v->isEmpty()) {
            m_insertContact.bindNull(++pos);
        } else {
            m_insertContact.bind(++pos, *v);
        }
    }
    m_insertContact.bind(++pos, source);
    m_insertContact.bind(++pos, m_batchId);
    m_insertContact.bind(++pos, m_nowUtf8);
    m_insertContact.bind(++pos, m_nowUtf8);
    if (!m_insertContact.exec()) {
        m_error = m_insertContact.error();
        return -1;
    }
    r.id = m_insertContact.lastInsertId();
    m_rows.push_back(std::move(r));
    const int i = int(m_rows.size() - 1);
    index(i, true);
    return i;
}

bool ContactWriter::conflict(Row& row, const char* field, const QString& current, const QString& imported)
{
    const QString key = QString::number(row.id) + kSep + QLatin1String(field) + kSep + imported;
    if (m_openConflicts.contains(key)) {
        return true; // the same question is already waiting for the user
    }
    m_insertConflict.bindAll({row.id, QLatin1String(field), current, imported, m_batchId, m_now});
    if (!m_insertConflict.exec()) {
        return fail(m_insertConflict);
    }
    m_openConflicts.insert(key);
    ++m_conflictCount;
    return true;
}

bool ContactWriter::addDetails(Row& row, const PersonRecord& p, bool* changed)
{
    const bool logInserts = !row.insertedByBatch;
    const auto addKeyed = [&](const QList<LabeledValue>& values, QHash<QString, qint64>& index, db::SqlQuery& q,
                              const QString& table, QString (*normalize)(const QString&)) {
        for (const LabeledValue& v : values) {
            const QString norm = normalize(v.value);
            if (norm.isEmpty() || index.contains(norm)) {
                continue; // already on this contact, or on someone else: one address, one owner
            }
            q.bindAll({row.id, v.label, v.value, norm, m_detailCount[row.id]++});
            if (!q.exec() || (logInserts && !m_changes.recordInsert(table, q.lastInsertId()))) {
                return fail(q);
            }
            index.insert(norm, row.id);
            *changed = true;
        }
        return true;
    };
    if (!addKeyed(p.emails, m_byEmail, m_insertEmail, QStringLiteral("contact_emails"), &text::normalizedEmail) ||
        !addKeyed(p.phones, m_byPhone, m_insertPhone, QStringLiteral("contact_phones"), &text::normalizedPhone)) {
        return false;
    }
    for (const LabeledValue& u : p.urls) {
        const QString key = QString::number(row.id) + kSep + u.value;
        if (m_urls.contains(key)) {
            continue;
        }
        m_insertUrl.bindAll({row.id, u.label, u.value, m_detailCount[row.id]++});
        if (!m_insertUrl.exec() ||
            (logInserts && !m_changes.recordInsert(QStringLiteral("contact_urls"), m_insertUrl.lastInsertId()))) {
            return fail(m_insertUrl);
        }
        m_urls.insert(key);
        *changed = true;
    }
    for (const QString& name : p.circles) {
        qint64 circleId = m_circles.value(name.toLower(), 0);
        if (circleId == 0) {
            m_insertCircle.bindAll({name, m_now});
            if (!m_insertCircle.exec()) {
                return fail(m_insertCircle);
            }
            circleId = m_insertCircle.lastInsertId();
            // circles has no batch_id: undo needs to know this one is new.
            if (!m_changes.recordInsert(QStringLiteral("circles"), circleId)) {
                return false;
            }
            m_circles.insert(name.toLower(), circleId);
        }
        m_linkCircle.bindAll({row.id, circleId});
        if (!m_linkCircle.exec()) {
            return fail(m_linkCircle);
        }
        if (m_linkCircle.numRowsAffected() > 0) {
            *changed = true;
            if (logInserts && !m_changes.recordKeyInsert(QStringLiteral("contact_circles"),
                                                         QJsonObject{{QStringLiteral("contact_id"), row.id},
                                                                     {QStringLiteral("circle_id"), circleId}})) {
                return false;
            }
        }
    }
    return true;
}

ContactWriter::Outcome ContactWriter::write(const PersonRecord& p, const QString& source)
{
    int i = findMatch(p);
    if (i < 0) {
        i = insert(p, source);
        if (i < 0) {
            return Outcome::Failed;
        }
        bool ignored = false;
        return addDetails(m_rows[size_t(i)], p, &ignored) ? Outcome::Added : Outcome::Failed;
    }
    Row& r = m_rows[size_t(i)];
    const QJsonObject before{
        {QStringLiteral("first_name"), r.firstName},
        {QStringLiteral("last_name"), r.lastName},
        {QStringLiteral("display_name"), r.displayName},
        {QStringLiteral("name_key"), r.nameKey},
        {QStringLiteral("company"), r.company},
        {QStringLiteral("position"), r.position},
        {QStringLiteral("headline"), r.headline},
        {QStringLiteral("location"), r.location},
        {QStringLiteral("birthday"), r.birthday},
        {QStringLiteral("notes"), r.notes},
        {QStringLiteral("industry"), r.industry},
        {QStringLiteral("how_met"), r.howMet},
        {QStringLiteral("linkedin_url"), r.linkedinUrl.isEmpty() ? QJsonValue() : QJsonValue(r.linkedinUrl)},
        {QStringLiteral("connected_on"), r.connectedOn.isEmpty() ? QJsonValue() : QJsonValue(r.connectedOn)},
        {QStringLiteral("updated_at"), r.updatedAt},
    };
    bool changed = false;
    bool ok = true;
    // The first record of an import to reach a contact sets its fields; later ones (other eras, other
    // address books) only fill gaps. Sources that disagree therefore cannot flip a field back and forth,
    // and importing the same set again changes nothing.
    const bool fillOnly = r.touched;
    r.touched = true;
    const auto apply = [&](const char* field, QString& current, const QString& incoming, bool onlyIfEmpty) {
        onlyIfEmpty = onlyIfEmpty || fillOnly;
        if (incoming.isEmpty() || sameOrLossy(current, incoming) || (onlyIfEmpty && !current.isEmpty())) {
            return;
        }
        if (isEdited(r.edited, field)) {
            ok = ok && conflict(r, field, current, incoming);
            return;
        }
        current = incoming;
        changed = true;
    };
    const QString oldUrl = r.linkedinUrl;
    if (!p.displayName.isEmpty() && !looksLikeEmail(p.displayName)) {
        apply("first_name", r.firstName, p.firstName, false);
        apply("last_name", r.lastName, p.lastName, false);
        apply("display_name", r.displayName, p.displayName, false);
    }
    apply("company", r.company, p.company, false);
    apply("position", r.position, p.position, false);
    apply("headline", r.headline, p.headline, false);
    apply("location", r.location, p.location, false);
    apply("birthday", r.birthday, p.birthday, false);
    apply("industry", r.industry, p.industry, false);
    // Notes, the profile URL and the connection date are filled, never replaced: they are the user's
    // history, and another source's version is no newer truth.
    apply("notes", r.notes, p.notes, true);
    apply("how_met", r.howMet, p.howMet, true);
    apply("linkedin_url", r.linkedinUrl, p.linkedinUrl, true);
    apply("connected_on", r.connectedOn, p.connectedOn.isValid() ? p.connectedOn.toString(Qt::ISODate) : QString(),
          true);
    if (!ok) {
        return Outcome::Failed;
    }
    if (changed) {
        if (!r.insertedByBatch && !m_changes.recordUpdate(QStringLiteral("contacts"), r.id, before)) {
            m_error = m_changes.error();
            return Outcome::Failed;
        }
        r.nameKey = text::normalizedName(r.displayName);
        r.companyKey = companyKey(r.company);
        r.updatedAt = m_now;
        m_updateContact.bindAll({r.firstName, r.lastName, r.displayName, r.nameKey, r.company, r.position, r.headline,
                                 r.location, r.birthday, r.notes, r.industry, r.howMet, nullable(r.linkedinUrl),
                                 nullable(r.connectedOn), r.updatedAt, r.id});
        if (!m_updateContact.exec()) {
            fail(m_updateContact);
            return Outcome::Failed;
        }
        if (oldUrl != r.linkedinUrl) {
            m_byUrl.insert(r.linkedinUrl, i);
        }
        index(i, false);
    }
    bool detailsChanged = false;
    if (!addDetails(r, p, &detailsChanged)) {
        return Outcome::Failed;
    }
    if (r.insertedByBatch) {
        return Outcome::Merged;
    }
    return changed || detailsChanged ? Outcome::Updated : Outcome::Unchanged;
}

qint64 ContactWriter::idForUrl(const QString& normalizedUrl) const
{
    const int i = normalizedUrl.isEmpty() ? -1 : m_byUrl.value(normalizedUrl, -1);
    return i >= 0 ? m_rows[size_t(i)].id : 0;
}

qint64 ContactWriter::idForName(const QString& exactDisplayName) const
{
    const QList<int> list = m_byDisplayName.value(exactDisplayName);
    qint64 found = 0;
    for (const int i : list) {
        const Row& r = m_rows[size_t(i)];
        if (r.displayName != exactDisplayName) {
            continue;
        }
        if (found != 0 && found != r.id) {
            return 0; // two people share the name: linking either would be a guess
        }
        found = r.id;
    }
    return found;
}

} // namespace rapport::importers
