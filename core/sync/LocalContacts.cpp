#include "LocalContacts.h"

#include "SyncHash.h"
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "db/Transaction.h"
#include "services/ContactScore.h"
#include "store/ContactStore.h"

#include <QCoreApplication>

namespace rapport::sync {

namespace {

/// Copies what travels in a card onto a local contact, keeping local-only bookkeeping.
void copySynced(const Contact& from, Contact& to)
{
    to.firstName = from.firstName;
    to.lastName = from.lastName;
    to.displayName = from.displayName;
    to.headline = from.headline;
    to.position = from.position;
    to.company = from.company;
    to.industry = from.industry;
    to.location = from.location;
    to.linkedinUrl = from.linkedinUrl;
    to.howMet = from.howMet;
    to.notes = from.notes;
    to.birthday = from.birthday;
    to.connectedOn = from.connectedOn;
    to.championStage = from.championStage;
    to.cadenceIdealDays = from.cadenceIdealDays;
    to.cadenceMaxDays = from.cadenceMaxDays;
    to.archived = from.archived;
    to.emails = from.emails;
    to.phones = from.phones;
    to.urls = from.urls;
    to.circles = from.circles;
    to.tags = from.tags;
}

} // namespace

LocalContacts::LocalContacts(db::Database& db, SyncStateStore& state, qint64 accountId)
    : m_db(db), m_state(state), m_accountId(accountId)
{}

Status LocalContacts::load()
{
    m_contacts.clear();
    m_hashes.clear();
    db::SqlQuery q(m_db, QStringLiteral("SELECT id FROM contacts"));
    if (!q.exec()) {
        return Status::fail(QCoreApplication::translate("Sync", "Cannot read the contacts: %1").arg(q.error()));
    }
    QList<qint64> ids;
    while (q.next()) {
        ids << q.int64(0);
    }
    ContactStore store(m_db);
    for (const qint64 id : ids) {
        auto c = store.get(id);
        if (!c) {
            return Status::fail(c.error());
        }
        m_hashes.insert(c->uid, hash::contact(c.value()));
        m_contacts.insert(c->uid, c.value());
    }
    auto items = m_state.items(m_accountId, kContactsCollection);
    if (!items) {
        return Status::fail(items.error());
    }
    m_items = items.value();
    m_byHref.clear();
    for (const auto& item : std::as_const(m_items)) {
        m_byHref.insert(item.href, item.localUid);
    }
    auto tombs = m_state.tombstones(kContactsCollection);
    if (!tombs) {
        return Status::fail(tombs.error());
    }
    m_tombstones = QSet<QString>(tombs->begin(), tombs->end());
    return Status::ok();
}

bool LocalContacts::isTrashed(const QString& uid) const
{
    const auto it = m_contacts.constFind(uid);
    return it != m_contacts.cend() && !it->deletedAt.isEmpty();
}

bool LocalContacts::isChanged(const QString& uid) const
{
    if (!exists(uid) || isTrashed(uid)) {
        return false;
    }
    const SyncItem* i = item(uid);
    return i == nullptr || i->localHash != m_hashes.value(uid);
}

const Contact* LocalContacts::contact(const QString& uid) const
{
    const auto it = m_contacts.constFind(uid);
    return it == m_contacts.cend() ? nullptr : &*it;
}

const SyncItem* LocalContacts::item(const QString& uid) const
{
    const auto it = m_items.constFind(uid);
    return it == m_items.cend() ? nullptr : &*it;
}

QByteArray LocalContacts::encode(const QString& uid, const DecodedCard* serverCard) const
{
    const Contact* c = contact(uid);
    if (c == nullptr) {
        return {};
    }
    CardExtras extras;
    const ContactScore score = ContactScore::read(m_db, c->id);
    if (score.present) {
        extras.hasScore = true;
        extras.score = score.score;
        extras.tier = score.tier;
        extras.scoredAt = score.computedAt;
    }
    return VCardCodec::encode(*c, extras, serverCard ? serverCard->version : VCardVersion::V3,
                              serverCard ? serverCard->unknownLines : QList<QByteArray>());
}

Status LocalContacts::applyRemote(const QString& href, const QString& etag, const DecodedCard& card, bool restore)
{
    const QString uid = card.contact.uid;
    ContactStore store(m_db);
    db::Transaction tx(m_db);
    qint64 id = 0;
    if (const Contact* existing = contact(uid)) {
        Contact updated = *existing;
        copySynced(card.contact, updated);
        if (restore) {
            updated.deletedAt.clear();
        }
        if (auto s = store.update(updated); !s) {
            return s;
        }
        id = existing->id;
    } else {
        Contact created = card.contact;
        created.id = 0;
        auto added = store.add(created);
        if (!added) {
            return Status::fail(added.error());
        }
        id = added.value();
    }
    if (auto s = writeScore(id, card.extras); !s) {
        return s;
    }
    auto fresh = store.get(id);
    if (!fresh) {
        return Status::fail(fresh.error());
    }
    const SyncItem item{uid, href, etag, hash::contact(fresh.value())};
    if (auto s = m_state.putItem(m_accountId, kContactsCollection, item); !s) {
        return s;
    }
    if (restore) {
        if (auto s = m_state.dropTombstone(kContactsCollection, uid); !s) {
            return s;
        }
    }
    if (!tx.commit()) {
        return Status::fail(
            QCoreApplication::translate("Sync", "Cannot save the synced contact: the database refused the change."));
    }
    m_tombstones.remove(uid);
    m_contacts.insert(uid, fresh.value());
    m_hashes.insert(uid, item.localHash);
    if (const auto old = m_items.constFind(uid); old != m_items.cend()) {
        m_byHref.remove(old->href);
    }
    m_items.insert(uid, item);
    m_byHref.insert(href, uid);
    return Status::ok();
}

Status LocalContacts::writeScore(qint64 contactId, const CardExtras& extras)
{
    if (!extras.hasScore) {
        return Status::ok();
    }
    // A score computed here later than the card's is kept: it saw more local history.
    const QString mine =
        db::scalar(m_db, QStringLiteral("SELECT computed_at FROM contact_scores WHERE contact_id=?"), {contactId})
            .toString();
    if (!mine.isEmpty() && mine >= extras.scoredAt) {
        return Status::ok();
    }
    return db::exec(m_db,
                    QStringLiteral("INSERT OR REPLACE INTO contact_scores (contact_id, score, tier, reasons, "
                                   "computed_at) VALUES (?,?,?,'',?)"),
                    {contactId, extras.score, extras.tier, extras.scoredAt});
}

Status LocalContacts::trashFromServer(const QString& uid)
{
    const Contact* c = contact(uid);
    db::Transaction tx(m_db);
    if (c != nullptr && c->deletedAt.isEmpty()) {
        if (auto s = ContactStore(m_db).moveToTrash({c->id}); !s) {
            return s;
        }
    }
    if (auto s = m_state.removeItem(m_accountId, kContactsCollection, uid); !s) {
        return s;
    }
    if (!tx.commit()) {
        return Status::fail(QCoreApplication::translate(
            "Sync", "Cannot move the contact to the Trash: the database refused the change."));
    }
    if (c != nullptr) {
        return reload(uid);
    }
    return Status::ok();
}

Status LocalContacts::reload(const QString& uid)
{
    const Contact* c = contact(uid);
    if (c == nullptr) {
        return Status::ok();
    }
    auto fresh = ContactStore(m_db).get(c->id);
    if (!fresh) {
        return Status::fail(fresh.error());
    }
    m_contacts.insert(uid, fresh.value());
    if (const auto it = m_items.constFind(uid); it != m_items.cend()) {
        m_byHref.remove(it->href);
        m_items.remove(uid);
    }
    return Status::ok();
}

Status LocalContacts::link(const QString& uid, const QString& href, const QString& etag, const QString& hash)
{
    const SyncItem item{uid, href, etag, hash};
    if (auto s = m_state.putItem(m_accountId, kContactsCollection, item); !s) {
        return s;
    }
    if (const auto old = m_items.constFind(uid); old != m_items.cend()) {
        m_byHref.remove(old->href);
    }
    m_items.insert(uid, item);
    m_byHref.insert(href, uid);
    return Status::ok();
}

Status LocalContacts::forget(const QString& uid)
{
    if (auto s = m_state.removeItem(m_accountId, kContactsCollection, uid); !s) {
        return s;
    }
    if (auto s = m_state.dropTombstoneIfDone(kContactsCollection, uid); !s) {
        return s;
    }
    if (const auto it = m_items.constFind(uid); it != m_items.cend()) {
        m_byHref.remove(it->href);
        m_items.remove(uid);
    }
    if (!exists(uid)) {
        m_tombstones.remove(uid);
    }
    return Status::ok();
}

Status LocalContacts::recordConflict(const QString& uid, const QByteArray& localCard, const QByteArray& remoteCard,
                                     const char* resolution)
{
    return m_state.recordConflict(m_accountId, uid, QString::fromUtf8(localCard), QString::fromUtf8(remoteCard),
                                  resolution);
}

} // namespace rapport::sync
