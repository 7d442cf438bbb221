#include "FollowUpPublisher.h"

#include "RequestQueue.h"
#include "SyncHash.h"
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "reports/FollowUpCalendar.h"
#include "util/Clock.h"
#include "util/Logging.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRegularExpression>

namespace rapport::sync {

namespace {

QByteArray calendarFor(const reports::CalendarFollowUp& item)
{
    ics::IcsWriter w;
    w.begin(QStringLiteral("VCALENDAR"));
    w.raw(QStringLiteral("VERSION"), QStringLiteral("2.0"));
    w.text(QStringLiteral("PRODID"), reports::calendar::productId());
    reports::calendar::writeVTodo(w, item, Clock::now());
    w.end(QStringLiteral("VCALENDAR"));
    return w.data();
}

} // namespace

FollowUpPublisher::FollowUpPublisher(db::Database& db, DavClient& client, SyncStateStore& state,
                                     const SyncAccount& account, SyncSummary& summary, QObject* parent)
    : SyncJob(client, 4, parent), m_db(db), m_state(state), m_account(account), m_summary(summary)
{
    connect(m_queue, &RequestQueue::drained, this, [this]() { finish(NetError::None, QString()); });
}

QUrl FollowUpPublisher::urlFor(const QString& key) const
{
    QUrl u = m_account.calendarUrl;
    u.setPath(key, QUrl::DecodedMode);
    return u;
}

void FollowUpPublisher::start()
{
    auto items = m_state.items(m_account.id, kFollowUpsCollection);
    if (!items) {
        fail(NetError::None, items.error());
        return;
    }
    db::SqlQuery q(m_db, QStringLiteral("SELECT f.uid, f.due_date, f.reason, f.status, f.snoozed_until, f.done_at, "
                                        "c.display_name, c.uid FROM followups f JOIN contacts c ON c.id=f.contact_id "
                                        "WHERE c.deleted_at IS NULL ORDER BY f.id"));
    if (!q.exec()) {
        fail(NetError::None, QCoreApplication::translate("Sync", "Cannot read the follow-ups: %1").arg(q.error()));
        return;
    }
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9._@-]{1,120}$"));
    QString dir = m_account.calendarUrl.path(QUrl::FullyDecoded);
    if (!dir.endsWith(QLatin1Char('/'))) {
        dir += QLatin1Char('/');
    }
    QSet<QString> live;
    while (q.next()) {
        reports::CalendarFollowUp item;
        FollowUp& f = item.followUp;
        f.uid = q.string(0);
        f.due = QDate::fromString(q.string(1), Qt::ISODate);
        f.reason = q.string(2);
        f.status = followUpStatusFromKey(q.string(3));
        f.snoozedUntil = QDate::fromString(q.string(4), Qt::ISODate);
        f.doneAt = q.string(5);
        item.contactName = q.string(6);
        item.contactUid = q.string(7);
        if (f.uid.isEmpty() || !f.due.isValid()) {
            continue;
        }
        live << f.uid;
        const Todo todo{f.uid, calendarFor(item), hash::followUp(f, item.contactName)};
        const auto known = items->constFind(f.uid);
        if (known == items->cend()) {
            const QString name =
                safe.match(f.uid).hasMatch()
                    ? f.uid
                    : QString::fromLatin1(QCryptographicHash::hash(f.uid.toUtf8(), QCryptographicHash::Sha1).toHex());
            put(todo, dir + name + QStringLiteral(".ics"), QString());
        } else if (known->localHash != todo.hash) {
            put(todo, known->href, known->etag);
        }
    }
    for (const SyncItem& item : std::as_const(items.value())) {
        if (!live.contains(item.localUid)) {
            remove(item);
        }
    }
    m_queue->start();
}

void FollowUpPublisher::put(const Todo& todo, const QString& href, const QString& ifMatch)
{
    m_queue->add([this, todo, href, ifMatch](RequestQueue::Done done) {
        DavRequest r;
        r.verb = "PUT";
        r.url = urlFor(href);
        r.body = todo.ics;
        r.contentType = "text/calendar; charset=utf-8";
        r.ifMatch = ifMatch;
        r.ifNoneMatchAny = ifMatch.isEmpty();
        m_client.send(r, [this, todo, href, done](const DavResult& res) {
            if (fatal(res)) {
                return;
            }
            if (res.isSuccess()) {
                if (auto s = m_state.putItem(m_account.id, kFollowUpsCollection,
                                             SyncItem{todo.uid, href, res.etag, todo.hash});
                    !s) {
                    ++m_summary.failed;
                    qCWarning(lcSync) << "follow-up" << todo.uid << s.error();
                } else {
                    ++m_summary.todosPublished;
                }
            } else if (res.status == 412) {
                refetchAndOverwrite(todo, href);
            } else {
                ++m_summary.failed;
                qCWarning(lcSync) << "follow-up" << todo.uid << "refused: HTTP" << res.status;
            }
            done();
        });
    });
}

void FollowUpPublisher::refetchAndOverwrite(const Todo& todo, const QString& href)
{
    if (m_retried.contains(todo.uid)) {
        ++m_summary.failed;
        return;
    }
    m_retried << todo.uid;
    m_queue->add([this, todo, href](RequestQueue::Done done) {
        DavRequest r;
        r.verb = "GET";
        r.url = urlFor(href);
        m_client.send(r, [this, todo, href, done](const DavResult& res) {
            if (fatal(res)) {
                return;
            }
            if (res.isSuccess()) {
                ++m_summary.conflicts;
                (void)m_state.recordConflict(m_account.id, todo.uid, QString::fromUtf8(todo.ics),
                                             QString::fromUtf8(res.body), kResolutionLocalWon);
                put(todo, href, res.etag);
            } else if (res.status == 404) {
                put(todo, href, QString());
            } else {
                ++m_summary.failed;
            }
            done();
        });
    });
}

void FollowUpPublisher::remove(const SyncItem& item)
{
    m_queue->add([this, item](RequestQueue::Done done) {
        DavRequest r;
        r.verb = "DELETE";
        r.url = urlFor(item.href);
        r.ifMatch = item.etag;
        m_client.send(r, [this, item, done](const DavResult& res) {
            if (fatal(res)) {
                return;
            }
            // 412: edited in a calendar app after Rapport last wrote it. The follow-up is gone here,
            // but the user's edit is not thrown away: the to-do stays there, Rapport stops managing it.
            if (res.isSuccess() || res.status == 404 || res.status == 410 || res.status == 412) {
                if (auto s = m_state.removeItem(m_account.id, kFollowUpsCollection, item.localUid); s) {
                    ++m_summary.todosDeleted;
                }
            } else {
                ++m_summary.failed;
            }
            done();
        });
    });
}

} // namespace rapport::sync
