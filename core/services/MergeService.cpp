#include "MergeService.h"

#include "commands/BulkHelpers.h"
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "db/Transaction.h"
#include "store/ContactStore.h"
#include "util/Clock.h"

#include <QCoreApplication>

#include <algorithm>

namespace rapport {

namespace {

const QStringList kIntroColumns = {QStringLiteral("introducer_id"), QStringLiteral("introduced_id"),
                                   QStringLiteral("target_id")};

template <typename T> QList<T> united(QList<T> a, const QList<T>& b)
{
    for (const T& v : b) {
        if (!a.contains(v)) {
            a << v;
        }
    }
    return a;
}

QList<LabeledValue> unitedValues(QList<LabeledValue> a, const QList<LabeledValue>& b)
{
    for (const LabeledValue& v : b) {
        const bool known = std::any_of(a.cbegin(), a.cend(), [&](const LabeledValue& x) {
            return x.value.trimmed().compare(v.value.trimmed(), Qt::CaseInsensitive) == 0;
        });
        if (!known) {
            a << v;
        }
    }
    return a;
}

} // namespace

MergeService::MergeService(db::Database& db) : m_db(db) {}

QStringList MergeService::choosableFields()
{
    return ContactStore::fieldKeys();
}

namespace {
// Field key (as in ContactStore::fieldKeys()) → member; the merge dialog offers each one.
const QList<QPair<QString, QString Contact::*>>& fieldMembers()
{
    static const QList<QPair<QString, QString Contact::*>> map = {
        {QStringLiteral("firstName"), &Contact::firstName},
        {QStringLiteral("lastName"), &Contact::lastName},
        {QStringLiteral("displayName"), &Contact::displayName},
        {QStringLiteral("headline"), &Contact::headline},
        {QStringLiteral("position"), &Contact::position},
        {QStringLiteral("company"), &Contact::company},
        {QStringLiteral("industry"), &Contact::industry},
        {QStringLiteral("location"), &Contact::location},
        {QStringLiteral("linkedinUrl"), &Contact::linkedinUrl},
        {QStringLiteral("howMet"), &Contact::howMet},
        {QStringLiteral("notes"), &Contact::notes},
        {QStringLiteral("birthday"), &Contact::birthday},
    };
    return map;
}
} // namespace

QString MergeService::fieldValue(const Contact& c, const QString& field)
{
    for (const auto& [key, member] : fieldMembers()) {
        if (key == field) {
            return c.*member;
        }
    }
    return {};
}

void MergeService::setFieldValue(Contact& c, const QString& field, const QString& value)
{
    for (const auto& [key, member] : fieldMembers()) {
        if (key == field) {
            c.*member = value;
            return;
        }
    }
}

Contact MergeService::proposal(const Contact& kept, const Contact& removed)
{
    Contact m = kept;
    for (const QString& f : choosableFields()) {
        if (fieldValue(m, f).trimmed().isEmpty()) {
            setFieldValue(m, f, fieldValue(removed, f));
        }
    }
    m.emails = unitedValues(kept.emails, removed.emails);
    m.phones = unitedValues(kept.phones, removed.phones);
    m.urls = unitedValues(kept.urls, removed.urls);
    m.circles = united(kept.circles, removed.circles);
    m.tags = united(kept.tags, removed.tags);
    m.championStage = std::max(kept.championStage, removed.championStage);
    if (m.cadenceIdealDays == 0) {
        m.cadenceIdealDays = removed.cadenceIdealDays;
        m.cadenceMaxDays = removed.cadenceMaxDays;
    }
    if (!m.connectedOn.isValid() || (removed.connectedOn.isValid() && removed.connectedOn < m.connectedOn)) {
        m.connectedOn = removed.connectedOn;
    }
    return m;
}

Result<MergeRecord> MergeService::merge(qint64 keptId, qint64 removedId, const Contact& merged)
{
    using R = Result<MergeRecord>;
    if (keptId == removedId || keptId <= 0 || removedId <= 0 || merged.id != keptId) {
        return R::fail(QCoreApplication::translate("MergeService", "Choose two different contacts to merge."));
    }
    ContactStore contacts(m_db);
    auto kept = contacts.get(keptId);
    auto removed = contacts.get(removedId);
    if (!kept || !removed) {
        return R::fail(kept ? removed.error() : kept.error());
    }
    MergeRecord rec;
    rec.keptId = keptId;
    rec.removedId = removedId;
    rec.keptBefore = kept.value();
    rec.removedLinkedInUrl = removed->linkedinUrl;

    db::Transaction tx(m_db);
    auto convs = db::ids(m_db, QStringLiteral("SELECT conversation_id FROM conversation_contacts WHERE contact_id=?"),
                         {removedId});
    auto shared = db::ids(m_db,
                          QStringLiteral("SELECT conversation_id FROM conversation_contacts WHERE contact_id=? AND "
                                         "conversation_id IN (SELECT conversation_id FROM conversation_contacts "
                                         "WHERE contact_id=?)"),
                          {removedId, keptId});
    auto followUps = db::ids(m_db, QStringLiteral("SELECT id FROM followups WHERE contact_id=?"), {removedId});
    auto invitations = db::ids(m_db, QStringLiteral("SELECT id FROM invitations WHERE contact_id=?"), {removedId});
    if (!convs || !shared || !followUps || !invitations) {
        return R::fail(QCoreApplication::translate("MergeService", "Cannot read what to merge from the database."));
    }
    rec.conversationsShared = shared.value();
    for (const qint64 id : convs.value()) {
        if (!rec.conversationsShared.contains(id)) {
            rec.conversationsMoved << id;
        }
    }
    rec.followUpsMoved = followUps.value();
    rec.invitationsMoved = invitations.value();
    for (const QString& col : kIntroColumns) {
        // The column name comes from the fixed list above.
        auto naming = db::ids(m_db, QStringLiteral("SELECT id FROM introductions WHERE %1=?").arg(col), {removedId});
        if (!naming) {
            return R::fail(naming.error());
        }
        for (const qint64 id : naming.value()) {
            rec.introductionsMoved.append({id, col});
        }
    }

    const QString now = Clock::isoNow();
    const QList<std::pair<QString, QList<QVariant>>> steps = {
        {QStringLiteral("INSERT OR IGNORE INTO conversation_contacts SELECT conversation_id, ? FROM "
                        "conversation_contacts WHERE contact_id=?"),
         {keptId, removedId}},
        {QStringLiteral("DELETE FROM conversation_contacts WHERE contact_id=?"), {removedId}},
        {QStringLiteral("UPDATE followups SET contact_id=?, updated_at=? WHERE contact_id=?"),
         {keptId, now, removedId}},
        {QStringLiteral("UPDATE invitations SET contact_id=? WHERE contact_id=?"), {keptId, removedId}},
        {QStringLiteral("UPDATE introductions SET introducer_id=? WHERE introducer_id=?"), {keptId, removedId}},
        {QStringLiteral("UPDATE introductions SET introduced_id=? WHERE introduced_id=?"), {keptId, removedId}},
        {QStringLiteral("UPDATE introductions SET target_id=? WHERE target_id=?"), {keptId, removedId}},
        // The LinkedIn URL is unique: free it so the kept contact can take it.
        {QStringLiteral("UPDATE contacts SET linkedin_url=NULL, deleted_at=?, updated_at=? WHERE id=?"),
         {now, now, removedId}},
    };
    for (const auto& [sql, binds] : steps) {
        db::SqlQuery q(m_db, sql);
        for (const QVariant& b : binds) {
            q.bind(b);
        }
        if (!q.exec()) {
            return R::fail(QCoreApplication::translate("MergeService", "Cannot merge: %1").arg(q.error()));
        }
    }
    QStringList edited;
    for (const QString& f : choosableFields()) {
        if (fieldValue(merged, f) != fieldValue(rec.keptBefore, f)) {
            edited << f;
        }
    }
    if (auto s = contacts.update(merged, edited); !s) {
        return R::fail(s.error());
    }
    if (!tx.commit()) {
        return R::fail(QCoreApplication::translate("MergeService", "Cannot merge: the database refused the change."));
    }
    m_db.notifyChanged(db::Entity::Everything);
    return R::ok(std::move(rec));
}

Status MergeService::undo(const MergeRecord& rec)
{
    db::Transaction tx(m_db);
    if (auto s = ContactStore(m_db).update(rec.keptBefore); !s) {
        return s;
    }
    auto run = [this](const QString& sql, std::initializer_list<QVariant> binds) { return db::exec(m_db, sql, binds); };
    if (auto s = run(QStringLiteral("UPDATE contacts SET deleted_at=NULL, linkedin_url=?, updated_at=? WHERE id=?"),
                     {db::nullIfEmpty(rec.removedLinkedInUrl), Clock::isoNow(), rec.removedId});
        !s) {
        return s;
    }
    const QString moved = bulk::idList(rec.conversationsMoved);
    const QString all = bulk::idList(rec.conversationsMoved + rec.conversationsShared);
    if (auto s = run(QStringLiteral("INSERT OR IGNORE INTO conversation_contacts SELECT id, ? FROM conversations WHERE "
                                    "id IN (%1)")
                         .arg(all),
                     {rec.removedId});
        !s) {
        return s;
    }
    if (auto s = run(QStringLiteral("DELETE FROM conversation_contacts WHERE contact_id=? AND conversation_id IN (%1)")
                         .arg(moved),
                     {rec.keptId});
        !s) {
        return s;
    }
    if (auto s = run(
            QStringLiteral("UPDATE followups SET contact_id=? WHERE id IN (%1)").arg(bulk::idList(rec.followUpsMoved)),
            {rec.removedId});
        !s) {
        return s;
    }
    if (auto s = run(QStringLiteral("UPDATE invitations SET contact_id=? WHERE id IN (%1)")
                         .arg(bulk::idList(rec.invitationsMoved)),
                     {rec.removedId});
        !s) {
        return s;
    }
    for (const auto& [id, column] : rec.introductionsMoved) {
        if (!kIntroColumns.contains(column)) {
            continue;
        }
        if (auto s = run(QStringLiteral("UPDATE introductions SET %1=? WHERE id=?").arg(column), {rec.removedId, id});
            !s) {
            return s;
        }
    }
    if (!tx.commit()) {
        return Status::fail(
            QCoreApplication::translate("MergeService", "Cannot undo the merge: the database refused the change."));
    }
    m_db.notifyChanged(db::Entity::Everything);
    return Status::ok();
}

} // namespace rapport
