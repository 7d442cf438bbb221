#include "ContactSync.h"

#include "DavXml.h"
#include "RequestQueue.h"
#include "SyncHash.h"
#include "util/Logging.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRegularExpression>

#include <optional>

namespace rapport::sync {

namespace {

constexpr int kParallel = 4;
constexpr qsizetype kMultigetBatch = 50;
const QByteArray kVCardType = QByteArrayLiteral("text/vcard; charset=utf-8");

} // namespace

ContactSync::ContactSync(db::Database& db, DavClient& client, SyncStateStore& state, SyncAccount& account,
                         SyncSummary& summary, QObject* parent)
    : SyncJob(client, kParallel, parent), m_db(db), m_state(state), m_account(account), m_summary(summary),
      m_local(db, state, account.id)
{
    connect(m_queue, &RequestQueue::drained, this, &ContactSync::done);
}

ContactSync::~ContactSync() = default;

void ContactSync::start()
{
    if (auto s = m_local.load(); !s) {
        fail(NetError::None, s.error());
        return;
    }
    emit phaseChanged(SyncState::Pulling);
    listChanges(true);
}

QString ContactSync::hrefKey(const QString& href) const
{
    return m_account.addressbookUrl.resolved(QUrl(href)).path(QUrl::FullyDecoded);
}

QUrl ContactSync::urlFor(const QString& key) const
{
    QUrl u = m_account.addressbookUrl;
    u.setPath(key, QUrl::DecodedMode);
    return u;
}

QString ContactSync::newHrefFor(const QString& uid) const
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9._@-]{1,120}$"));
    QString name = uid;
    if (!safe.match(uid).hasMatch()) {
        name = QString::fromLatin1(QCryptographicHash::hash(uid.toUtf8(), QCryptographicHash::Sha1).toHex());
    }
    QString dir = m_account.addressbookUrl.path(QUrl::FullyDecoded);
    if (!dir.endsWith(QLatin1Char('/'))) {
        dir += QLatin1Char('/');
    }
    return dir + name + QStringLiteral(".vcf");
}

void ContactSync::listChanges(bool allowToken)
{
    const QString token = allowToken ? m_account.addressbookToken : QString();
    DavRequest r;
    r.verb = "REPORT";
    r.url = m_account.addressbookUrl;
    r.body = dav::syncCollection(token);
    m_client.send(r, [this, token](const DavResult& res) {
        if (fatal(res)) {
            return;
        }
        const dav::MultiStatus ms = res.status == 207 ? dav::parseMultiStatus(res.body) : dav::MultiStatus();
        if (!ms.ok) {
            if (!token.isEmpty() &&
                (res.status == 403 || res.status == 409 || res.status == 400 || res.status == 412)) {
                qCInfo(lcSync) << "sync-token no longer valid; reading the whole address book";
                listChanges(false);
            } else {
                qCInfo(lcSync) << "no sync-collection (HTTP" << res.status << "); comparing ETags";
                listByEtag();
            }
            return;
        }
        const QString self = m_account.addressbookUrl.path(QUrl::FullyDecoded);
        QHash<QString, QString> etags;
        QStringList removed;
        bool truncated = false;
        for (const auto& e : ms.entries) {
            const QString key = hrefKey(e.href);
            if (e.status == 507) {
                truncated = true;
                continue;
            }
            if (key == self || key.endsWith(QLatin1Char('/'))) {
                continue;
            }
            if (e.status == 404) {
                removed << key;
            } else {
                etags.insert(key, e.etag);
            }
        }
        // A truncated first listing cannot tell what is missing from the server.
        listed(etags, removed, token.isEmpty() && !truncated, ms.syncToken);
    });
}

void ContactSync::listByEtag()
{
    DavRequest r;
    r.verb = "PROPFIND";
    r.url = m_account.addressbookUrl;
    r.depth = 1;
    r.body = dav::etagQuery();
    m_client.send(r, [this](const DavResult& res) {
        if (fatal(res)) {
            return;
        }
        const dav::MultiStatus ms = res.status == 207 ? dav::parseMultiStatus(res.body) : dav::MultiStatus();
        if (!ms.ok) {
            if (res.status == 404) {
                // Found again by discovery next time.
                m_account.addressbookUrl = QUrl();
                m_account.addressbookToken.clear();
                (void)m_state.saveAccount(m_account);
                fail(NetError::None, QCoreApplication::translate(
                                         "Sync", "The address book is gone from the server; the next sync looks for it "
                                                 "again."));
            } else {
                fail(NetError::None,
                     QCoreApplication::translate("Sync", "The server refused to list the address book (HTTP %1).")
                         .arg(res.status));
            }
            return;
        }
        const QString self = m_account.addressbookUrl.path(QUrl::FullyDecoded);
        QHash<QString, QString> etags;
        for (const auto& e : ms.entries) {
            const QString key = hrefKey(e.href);
            if (key != self && !key.endsWith(QLatin1Char('/')) && !e.isCollection) {
                etags.insert(key, e.etag);
            }
        }
        listed(etags, {}, true, QString());
    });
}

void ContactSync::listed(const QHash<QString, QString>& etags, const QStringList& removed, bool full,
                         const QString& token)
{
    m_newToken = token;
    m_removed = removed;
    if (full) {
        for (const QString& uid : m_local.uids() + m_local.tombstones()) {
            const SyncItem* item = m_local.item(uid);
            if (item != nullptr && !etags.contains(item->href) && !m_removed.contains(item->href)) {
                m_removed << item->href;
            }
        }
    }
    for (auto it = etags.cbegin(); it != etags.cend(); ++it) {
        const QString uid = m_local.uidForHref(it.key());
        const SyncItem* item = uid.isEmpty() ? nullptr : m_local.item(uid);
        if (item == nullptr || item->etag != it.value() || it.value().isEmpty()) {
            m_changedEtags.insert(it.key(), it.value());
        }
    }
    m_toFetch = m_changedEtags.keys();
    m_toFetch.sort();
    // Server copies of locally edited cards: their unknown lines go back with our change.
    for (const QString& uid : m_local.uids()) {
        const SyncItem* item = m_local.item(uid);
        if (item != nullptr && m_local.isChanged(uid) && !m_changedEtags.contains(item->href) &&
            !m_removed.contains(item->href)) {
            m_toFetch << item->href;
        }
    }
    qCInfo(lcSync) << "server:" << m_changedEtags.size() << "changed," << m_removed.size() << "removed;"
                   << (full ? "full listing" : "by sync-token");
    fetchNext();
}

void ContactSync::fetchNext()
{
    if (m_finished) {
        return;
    }
    if (m_fetchPos >= m_toFetch.size()) {
        reconcile();
        return;
    }
    const QStringList batch = m_toFetch.mid(m_fetchPos, kMultigetBatch);
    QStringList encoded;
    for (const QString& key : batch) {
        encoded << urlFor(key).path(QUrl::FullyEncoded);
    }
    DavRequest r;
    r.verb = "REPORT";
    r.url = m_account.addressbookUrl;
    r.depth = 1;
    r.body = dav::addressbookMultiget(encoded);
    m_client.send(r, [this, batch](const DavResult& res) {
        if (fatal(res)) {
            return;
        }
        const dav::MultiStatus ms = res.status == 207 ? dav::parseMultiStatus(res.body) : dav::MultiStatus();
        if (!ms.ok) {
            fail(NetError::None,
                 QCoreApplication::translate("Sync", "The server refused to send the contacts (HTTP %1).")
                     .arg(res.status));
            return;
        }
        for (const auto& e : ms.entries) {
            const QString key = hrefKey(e.href);
            if (e.status == 404 || e.data.isEmpty()) {
                // Deleted between the listing and now.
                if (m_changedEtags.remove(key) > 0 && m_local.uidForHref(key).size() > 0) {
                    m_removed << key;
                }
                continue;
            }
            m_fetched.insert(key, ServerCard{e.etag, e.data});
        }
        m_fetchPos += batch.size();
        emit progress(static_cast<int>(m_fetchPos), static_cast<int>(m_toFetch.size()));
        fetchNext();
    });
}

void ContactSync::reconcile()
{
    for (const QString& href : std::as_const(m_removed)) {
        handleRemoved(href);
    }
    QStringList changed = m_changedEtags.keys();
    changed.sort();
    for (const QString& href : std::as_const(changed)) {
        const auto it = m_fetched.constFind(href);
        if (it != m_fetched.cend()) {
            handleServerCard(href, *it);
        }
    }
    planLocal();
    emit phaseChanged(SyncState::Pushing);
    m_queue->start();
}

void ContactSync::handleRemoved(const QString& href)
{
    const QString uid = m_local.uidForHref(href);
    if (uid.isEmpty()) {
        return;
    }
    m_handled << uid;
    Status s = Status::ok();
    if (!m_local.exists(uid) || m_local.isTrashed(uid)) {
        s = m_local.forget(uid); // deleted on both sides
    } else if (m_local.isChanged(uid)) {
        // Edited here, deleted there: the edit wins and is pushed again as a new card.
        s = m_local.recordConflict(uid, m_local.encode(uid, nullptr), QByteArray(), kResolutionEditBeatsDelete);
        if (s) {
            s = m_local.forget(uid);
        }
        ++m_summary.conflicts;
        m_handled.remove(uid);
    } else {
        s = m_local.trashFromServer(uid);
        if (s) {
            ++m_summary.pulledDeleted;
        }
    }
    if (!s) {
        itemFailed(uid, s.error());
    }
}

void ContactSync::handleServerCard(const QString& href, const ServerCard& card)
{
    auto decoded = VCardCodec::decode(card.data);
    if (!decoded) {
        itemFailed(href, decoded.error());
        return;
    }
    DecodedCard d = std::move(decoded).value();
    QString uid = d.contact.uid;
    if (uid.isEmpty()) {
        uid = m_local.uidForHref(href);
    }
    if (uid.isEmpty()) {
        uid = href.section(QLatin1Char('/'), -1).section(QLatin1Char('.'), 0, 0);
    }
    d.contact.uid = uid;
    const SyncItem* item = m_local.item(uid);
    if (item != nullptr && item->href != href) {
        qCWarning(lcSync) << "two cards with UID" << uid << "; keeping" << item->href << "ignoring" << href;
        return;
    }
    if (m_handled.contains(uid) || (item != nullptr && item->etag == card.etag && !card.etag.isEmpty())) {
        return; // decided already, or what we wrote ourselves
    }
    m_handled << uid;
    Status s = Status::ok();
    if (!m_local.exists(uid)) {
        const bool purgedHere = item != nullptr && m_local.isTombstoned(uid);
        if (purgedHere) {
            ++m_summary.conflicts;
            s = m_local.recordConflict(uid, QByteArray(), card.data, kResolutionEditBeatsDelete);
        } else {
            ++m_summary.pulledNew;
        }
        if (s) {
            s = m_local.applyRemote(href, card.etag, d, purgedHere);
        }
    } else if (m_local.isTrashed(uid)) {
        if (item == nullptr) {
            return; // trashed before it was ever synced: left alone on both sides
        }
        ++m_summary.conflicts;
        s = m_local.recordConflict(uid, m_local.encode(uid, nullptr), card.data, kResolutionEditBeatsDelete);
        if (s) {
            s = m_local.applyRemote(href, card.etag, d, true);
        }
    } else if (!m_local.isChanged(uid)) {
        ++m_summary.pulledUpdated;
        s = m_local.applyRemote(href, card.etag, d, false);
    } else if (hash::contact(d.contact) == m_local.hash(uid)) {
        s = m_local.link(uid, href, card.etag, m_local.hash(uid)); // same change on both sides
    } else {
        // Both changed: the most recent edit wins (a tie goes to the server, which others already saw).
        const QDateTime localRev = QDateTime::fromString(m_local.contact(uid)->updatedAt, Qt::ISODate).toUTC();
        const bool serverWins = d.revision.isValid() && (!localRev.isValid() || d.revision >= localRev);
        ++m_summary.conflicts;
        s = m_local.recordConflict(uid, m_local.encode(uid, nullptr), card.data,
                                   serverWins ? kResolutionServerWon : kResolutionLocalWon);
        qCInfo(lcSync) << "conflict on" << uid << (serverWins ? "server wins" : "local wins");
        if (s && serverWins) {
            s = m_local.applyRemote(href, card.etag, d, false);
        } else if (s) {
            putCard(uid, href, card.etag, &d);
        }
    }
    if (!s) {
        itemFailed(uid, s.error());
    }
}

void ContactSync::planLocal()
{
    QStringList uids = m_local.uids();
    uids.sort();
    for (const QString& uid : std::as_const(uids)) {
        if (m_handled.contains(uid)) {
            continue;
        }
        const SyncItem* item = m_local.item(uid);
        if (m_local.isTrashed(uid)) {
            if (item != nullptr) {
                deleteCard(uid, *item);
            }
        } else if (item == nullptr) {
            putCard(uid, newHrefFor(uid), QString(), nullptr);
        } else if (m_local.isChanged(uid)) {
            const auto server = m_fetched.constFind(item->href);
            std::optional<DecodedCard> base;
            if (server != m_fetched.cend() && server->etag == item->etag) {
                if (auto d = VCardCodec::decode(server->data)) {
                    base = std::move(d).value();
                }
            }
            putCard(uid, item->href, item->etag, base ? &*base : nullptr);
        }
    }
    for (const QString& uid : m_local.tombstones()) {
        if (m_local.exists(uid) || m_handled.contains(uid)) {
            continue;
        }
        if (const SyncItem* item = m_local.item(uid)) {
            deleteCard(uid, *item);
        } else if (auto s = m_state.dropTombstoneIfDone(kContactsCollection, uid); !s) {
            itemFailed(uid, s.error());
        }
    }
}

void ContactSync::putCard(const QString& uid, const QString& href, const QString& ifMatch, const DecodedCard* base)
{
    const QByteArray data = m_local.encode(uid, base);
    const QString hash = m_local.hash(uid);
    m_queue->add([this, uid, href, ifMatch, data, hash](RequestQueue::Done done) {
        DavRequest r;
        r.verb = "PUT";
        r.url = urlFor(href);
        r.body = data;
        r.contentType = kVCardType;
        r.ifMatch = ifMatch;
        r.ifNoneMatchAny = ifMatch.isEmpty();
        m_client.send(r, [this, uid, href, ifMatch, hash, done](const DavResult& res) {
            if (fatal(res)) {
                return;
            }
            if (res.isSuccess()) {
                if (auto s = m_local.link(uid, href, res.etag, hash); !s) {
                    itemFailed(uid, s.error());
                } else if (ifMatch.isEmpty()) {
                    ++m_summary.pushedNew;
                } else {
                    ++m_summary.pushedUpdated;
                }
            } else if (res.status == 412 || (res.status == 404 && !ifMatch.isEmpty())) {
                refetchAfterConflict(uid, href);
            } else {
                itemFailed(
                    uid, QCoreApplication::translate("Sync", "The server refused the card (HTTP %1).").arg(res.status));
            }
            done();
        });
    });
}

void ContactSync::deleteCard(const QString& uid, const SyncItem& item)
{
    m_queue->add([this, uid, item](RequestQueue::Done done) {
        DavRequest r;
        r.verb = "DELETE";
        r.url = urlFor(item.href);
        r.ifMatch = item.etag;
        m_client.send(r, [this, uid, item, done](const DavResult& res) {
            if (fatal(res)) {
                return;
            }
            if (res.isSuccess() || res.status == 404 || res.status == 410) {
                if (auto s = m_local.forget(uid); !s) {
                    itemFailed(uid, s.error());
                } else {
                    ++m_summary.pushedDeleted;
                }
            } else if (res.status == 412) {
                refetchAfterConflict(uid, item.href);
            } else {
                itemFailed(uid, QCoreApplication::translate("Sync", "The server refused to delete the card (HTTP %1).")
                                    .arg(res.status));
            }
            done();
        });
    });
}

void ContactSync::refetchAfterConflict(const QString& uid, const QString& href)
{
    if (m_retried.contains(uid)) {
        itemFailed(uid, QCoreApplication::translate(
                            "Sync", "The card kept changing on the server; it is tried again next time."));
        return;
    }
    m_retried << uid;
    m_queue->add([this, uid, href](RequestQueue::Done done) {
        DavRequest r;
        r.verb = "GET";
        r.url = urlFor(href);
        m_client.send(r, [this, uid, href, done](const DavResult& res) {
            if (fatal(res)) {
                return;
            }
            m_handled.remove(uid);
            if (res.isSuccess()) {
                handleServerCard(href, ServerCard{res.etag, res.body});
            } else if (res.status == 404) {
                m_handled << uid;
                Status s = m_local.forget(uid);
                if (s && m_local.exists(uid) && !m_local.isTrashed(uid)) {
                    putCard(uid, href, QString(), nullptr); // gone there, still wanted here
                }
                if (!s) {
                    itemFailed(uid, s.error());
                }
            } else {
                itemFailed(uid, QCoreApplication::translate("Sync", "The server refused to send the card (HTTP %1).")
                                    .arg(res.status));
            }
            done();
        });
    });
}

void ContactSync::done()
{
    if (m_finished) {
        return;
    }
    if (m_failedHere == 0) {
        // Only a complete run moves the token on; otherwise the next run repeats these changes.
        m_account.addressbookToken = m_newToken;
    }
    const Status saved = m_state.saveAccount(m_account);
    finish(NetError::None, saved ? QString() : saved.error());
}

void ContactSync::itemFailed(const QString& uid, const QString& why)
{
    ++m_failedHere;
    ++m_summary.failed;
    qCWarning(lcSync) << "contact" << uid << "not synced:" << why;
}

} // namespace rapport::sync
