#include "JsonExport.h"

#include "ExportJob.h"
#include "JsonStreamWriter.h"
#include "db/Database.h"
#include "db/SqlQuery.h"
#include "model/Json.h"
#include "store/CircleStore.h"
#include "store/ContactStore.h"
#include "store/ConversationStore.h"
#include "store/FollowUpStore.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace rapport::exporters {

namespace {

/// A nullable column: JSON null for SQL NULL, else the value as stored.
QJsonValue column(const db::SqlQuery& q, int i)
{
    const QVariant v = q.value(i);
    if (v.isNull()) {
        return QJsonValue::Null;
    }
    return QJsonValue::fromVariant(v);
}

/// Cancelled or a failed write ends the export; the caller turns that into the report.
class Exporter
{
public:
    Exporter(db::Database& db, const QList<qint64>& ids, bool everything, QIODevice& out, ExportJob& job)
        : m_db(db), m_ids(ids), m_everything(everything), m_w(out), m_job(job), m_report(job.report())
    {
        m_selected = QSet<qint64>(ids.cbegin(), ids.cend());
    }

    Status run();

private:
    bool involves(qint64 contactId) const { return m_everything || m_selected.contains(contactId); }
    bool writeCircles();
    bool writeBatches();
    bool writeContacts();
    bool writeConversations();
    bool writeFollowUps();
    bool writeIntroductions();
    bool writeInvitations();
    bool stopped() const { return m_failed || !m_w.ok() || m_job.cancelled(); }
    bool fail(const QString& message)
    {
        m_error = message;
        m_failed = true;
        return false;
    }
    QList<qint64> idsOf(const QString& sql);
    qint64 count(const char* table) const
    {
        return db::scalar(m_db, QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table)).toLongLong();
    }

    db::Database& m_db;
    const QList<qint64>& m_ids;
    QSet<qint64> m_selected;
    bool m_everything;
    JsonStreamWriter m_w;
    ExportJob& m_job;
    ExportReport& m_report;
    QString m_error;
    bool m_failed = false;
};

QList<qint64> Exporter::idsOf(const QString& sql)
{
    QList<qint64> out;
    db::SqlQuery q(m_db, sql);
    if (!q.exec()) {
        fail(QCoreApplication::translate("Export", "Cannot read the database: %1").arg(q.error()));
        return out;
    }
    while (q.next()) {
        out.append(q.int64(0));
    }
    return out;
}

Status Exporter::run()
{
    // Everything the bar moves over; with a filter it is an upper bound and simply finishes early.
    m_job.setTotal(m_ids.size() + count("conversations") + count("followups") + count("introductions") +
                   count("invitations"));
    m_w.beginDocument();
    m_w.member(QLatin1StringView("format"), QStringLiteral("rapport-export"));
    m_w.member(QLatin1StringView("version"), 1);
    m_w.member(QLatin1StringView("application"), QStringLiteral("Rapport " RAPPORT_VERSION));
    m_w.member(QLatin1StringView("schemaVersion"), m_db.schemaVersion());
    m_w.member(QLatin1StringView("exportedAt"), Clock::isoNow());
    m_w.member(QLatin1StringView("scope"), m_everything ? QStringLiteral("all") : QStringLiteral("selection"));
    const bool done = writeCircles() && writeBatches() && writeContacts() && writeConversations() && writeFollowUps() &&
                      writeIntroductions() && writeInvitations();
    if (done) {
        const QJsonObject counts{{QStringLiteral("contacts"), m_report.contacts},
                                 {QStringLiteral("conversations"), m_report.conversations},
                                 {QStringLiteral("messages"), m_report.messages},
                                 {QStringLiteral("followUps"), m_report.followUps},
                                 {QStringLiteral("introductions"), m_report.introductions},
                                 {QStringLiteral("invitations"), m_report.invitations},
                                 {QStringLiteral("circles"), m_report.circles},
                                 {QStringLiteral("importBatches"), m_report.importBatches}};
        m_w.member(QLatin1StringView("counts"), counts);
        m_w.endDocument();
    }
    m_report.bytes = m_w.bytesWritten();
    if (m_failed) {
        return Status::fail(m_error);
    }
    if (m_job.cancelled()) {
        return Status::fail(QCoreApplication::translate("Export", "The export was cancelled."));
    }
    if (!m_w.ok()) {
        return Status::fail(QCoreApplication::translate("Export", "Writing the file failed (is the disk full?)."));
    }
    return Status::ok();
}

bool Exporter::writeCircles()
{
    auto circles = CircleStore(m_db).list();
    if (!circles) {
        return fail(circles.error());
    }
    m_w.beginArray(QLatin1StringView("circles"));
    for (const Circle& c : circles.value()) {
        m_w.element({{QStringLiteral("id"), c.id},
                     {QStringLiteral("name"), c.name},
                     {QStringLiteral("color"), c.color},
                     {QStringLiteral("memberCount"), c.memberCount}});
        ++m_report.circles;
    }
    m_w.endArray();
    return !stopped();
}

bool Exporter::writeBatches()
{
    db::SqlQuery q(m_db, QStringLiteral("SELECT id, started_at, finished_at, source_path, format, status, added, "
                                        "updated, merged, unchanged, skipped, errors, summary, undone_at "
                                        "FROM import_batches ORDER BY id"));
    if (!q.exec()) {
        return fail(QCoreApplication::translate("Export", "Cannot read the import history: %1").arg(q.error()));
    }
    static const char* const keys[] = {"id",      "startedAt", "finishedAt", "sourcePath", "format",
                                       "status",  "added",     "updated",    "merged",     "unchanged",
                                       "skipped", "errors",    "summary",    "undoneAt"};
    m_w.beginArray(QLatin1StringView("importBatches"));
    while (q.next() && !stopped()) {
        QJsonObject o;
        for (int i = 0; i < int(std::size(keys)); ++i) {
            o.insert(QLatin1String(keys[i]), column(q, i));
        }
        m_w.element(o);
        ++m_report.importBatches;
    }
    m_w.endArray();
    return !stopped();
}

bool Exporter::writeContacts()
{
    ContactStore store(m_db);
    m_w.beginArray(QLatin1StringView("contacts"));
    for (const qint64 id : m_ids) {
        auto c = store.get(id);
        if (!c) {
            return fail(c.error());
        }
        // The shared JSON form plus what only a full export needs to restore a contact exactly.
        QJsonObject o = json::fromContact(c.value());
        o.insert(QStringLiteral("displayName"), c->displayName);
        o.insert(QStringLiteral("deletedAt"), c->deletedAt.isEmpty() ? QJsonValue() : QJsonValue(c->deletedAt));
        o.insert(QStringLiteral("editedFields"), QJsonArray::fromStringList(c->editedFields));
        o.insert(QStringLiteral("batchId"), c->batchId > 0 ? QJsonValue(c->batchId) : QJsonValue());
        m_w.element(o);
        ++m_report.contacts;
        if (!m_job.step()) {
            return false;
        }
    }
    m_w.endArray();
    return !stopped();
}

bool Exporter::writeConversations()
{
    ConversationStore store(m_db);
    const QList<qint64> ids = idsOf(QStringLiteral("SELECT id FROM conversations ORDER BY happened_at, id"));
    QSqlQuery messages(m_db.sql());
    messages.prepare(QStringLiteral("SELECT id, sent_at, from_me, sender_name, sender_url, subject, content, folder, "
                                    "external_key FROM messages WHERE conversation_id=? ORDER BY sent_at, id"));
    m_w.beginArray(QLatin1StringView("conversations"));
    for (const qint64 id : ids) {
        if (stopped()) {
            return false;
        }
        auto c = store.get(id);
        if (!c) {
            return fail(c.error());
        }
        const bool wanted = m_everything || std::any_of(c->contactIds.cbegin(), c->contactIds.cend(),
                                                        [this](qint64 cid) { return involves(cid); });
        if (!wanted) {
            m_job.step();
            continue;
        }
        QJsonObject o = json::fromConversation(c.value());
        o.insert(QStringLiteral("externalId"), c->externalId.isEmpty() ? QJsonValue() : QJsonValue(c->externalId));
        o.insert(QStringLiteral("messageCount"), c->messageCount);
        o.insert(QStringLiteral("batchId"), c->batchId > 0 ? QJsonValue(c->batchId) : QJsonValue());
        QJsonArray list;
        messages.bindValue(0, id);
        if (!messages.exec()) {
            return fail(
                QCoreApplication::translate("Export", "Cannot read the messages: %1").arg(messages.lastError().text()));
        }
        while (messages.next()) {
            list.append(QJsonObject{{QStringLiteral("id"), messages.value(0).toLongLong()},
                                    {QStringLiteral("sentAt"), messages.value(1).toString()},
                                    {QStringLiteral("fromMe"), messages.value(2).toInt() != 0},
                                    {QStringLiteral("senderName"), messages.value(3).toString()},
                                    {QStringLiteral("senderUrl"), messages.value(4).toString()},
                                    {QStringLiteral("subject"), messages.value(5).toString()},
                                    {QStringLiteral("content"), messages.value(6).toString()},
                                    {QStringLiteral("folder"), messages.value(7).toString()},
                                    {QStringLiteral("externalKey"), messages.value(8).toString()}});
        }
        m_report.messages += int(list.size());
        o.insert(QStringLiteral("messages"), list);
        m_w.element(o);
        ++m_report.conversations;
        if (!m_job.step()) {
            return false;
        }
    }
    m_w.endArray();
    return !stopped();
}

bool Exporter::writeFollowUps()
{
    FollowUpStore store(m_db);
    const QList<qint64> ids = idsOf(QStringLiteral("SELECT id FROM followups ORDER BY id"));
    m_w.beginArray(QLatin1StringView("followUps"));
    for (const qint64 id : ids) {
        if (stopped()) {
            return false;
        }
        auto f = store.get(id);
        if (!f) {
            return fail(f.error());
        }
        if (involves(f->contactId)) {
            QJsonObject o = json::fromFollowUp(f.value());
            o.insert(QStringLiteral("conversationId"),
                     f->conversationId > 0 ? QJsonValue(f->conversationId) : QJsonValue());
            o.insert(QStringLiteral("doneAt"), f->doneAt.isEmpty() ? QJsonValue() : QJsonValue(f->doneAt));
            o.insert(QStringLiteral("batchId"), f->batchId > 0 ? QJsonValue(f->batchId) : QJsonValue());
            m_w.element(o);
            ++m_report.followUps;
        }
        if (!m_job.step()) {
            return false;
        }
    }
    m_w.endArray();
    return !stopped();
}

bool Exporter::writeIntroductions()
{
    db::SqlQuery q(m_db, QStringLiteral("SELECT id, kind, introducer_id, introduced_id, target_id, direction, "
                                        "happened_at, outcome, notes, batch_id, created_at "
                                        "FROM introductions ORDER BY id"));
    if (!q.exec()) {
        return fail(QCoreApplication::translate("Export", "Cannot read the introductions: %1").arg(q.error()));
    }
    static const char* const keys[] = {"id",         "kind",    "introducerId", "introducedId", "targetId", "direction",
                                       "happenedAt", "outcome", "notes",        "batchId",      "createdAt"};
    m_w.beginArray(QLatin1StringView("introductions"));
    while (q.next() && !stopped()) {
        const bool wanted = involves(q.int64(2)) || involves(q.int64(3)) || involves(q.int64(4));
        if (wanted) {
            QJsonObject o;
            for (int i = 0; i < int(std::size(keys)); ++i) {
                o.insert(QLatin1String(keys[i]), column(q, i));
            }
            m_w.element(o);
            ++m_report.introductions;
        }
        if (!m_job.step()) {
            return false;
        }
    }
    m_w.endArray();
    return !stopped();
}

bool Exporter::writeInvitations()
{
    db::SqlQuery q(m_db, QStringLiteral("SELECT id, direction, from_name, from_headline, from_url, to_name, to_url, "
                                        "message, sent_at, mutual_connections, sender_connection_count, contact_id, "
                                        "status, verdict, score, reasons, user_decision, decided_at, external_key, "
                                        "batch_id, created_at FROM invitations ORDER BY id"));
    if (!q.exec()) {
        return fail(QCoreApplication::translate("Export", "Cannot read the invitations: %1").arg(q.error()));
    }
    static const char* const keys[] = {"id",
                                       "direction",
                                       "fromName",
                                       "fromHeadline",
                                       "fromUrl",
                                       "toName",
                                       "toUrl",
                                       "message",
                                       "sentAt",
                                       "mutualConnections",
                                       "senderConnectionCount",
                                       "contactId",
                                       "status",
                                       "verdict",
                                       "score",
                                       "reasons",
                                       "userDecision",
                                       "decidedAt",
                                       "externalKey",
                                       "batchId",
                                       "createdAt"};
    constexpr int kContactId = 11;
    constexpr int kReasons = 15;
    m_w.beginArray(QLatin1StringView("invitations"));
    while (q.next() && !stopped()) {
        if (involves(q.int64(kContactId))) {
            QJsonObject o;
            for (int i = 0; i < int(std::size(keys)); ++i) {
                o.insert(QLatin1String(keys[i]), column(q, i));
            }
            // The triage reasons are stored as a JSON array: keep them as one, not as a string.
            const QJsonDocument reasons = QJsonDocument::fromJson(q.string(kReasons).toUtf8());
            if (reasons.isArray()) {
                o.insert(QStringLiteral("reasons"), reasons.array());
            } else if (q.string(kReasons).isEmpty()) {
                o.insert(QStringLiteral("reasons"), QJsonArray());
            }
            m_w.element(o);
            ++m_report.invitations;
        }
        if (!m_job.step()) {
            return false;
        }
    }
    m_w.endArray();
    return !stopped();
}

} // namespace

Status writeJsonExport(db::Database& db, const QList<qint64>& contactIds, bool everything, QIODevice& out,
                       ExportJob& job)
{
    return Exporter(db, contactIds, everything, out, job).run();
}

} // namespace rapport::exporters
