#include "ScoringService.h"

#include "SignalLoader.h"
#include "db/Database.h"
#include "db/NativeStatement.h"
#include "db/SqlQuery.h"
#include "db/Transaction.h"
#include "store/SettingsStore.h"
#include "util/Clock.h"
#include "util/Logging.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>

namespace rapport::scoring {

namespace {

// One prepared single-row INSERT on SQLite's own handle, run 100,000 times in a full rescore:
// measured faster than Qt's multi-row INSERTs, whose cost was boxing half a million QVariants.
Status writeScores(db::Database& db, const QList<ScoreResult>& results, const QString& computedAt)
{
    db::NativeStatement insert(db, "INSERT OR REPLACE INTO contact_scores (contact_id, score, tier, reasons, "
                                   "computed_at) VALUES (?,?,?,?,?)");
    if (!insert.isValid()) {
        return Status::fail(insert.error());
    }
    const QByteArray at = computedAt.toUtf8();
    ReasonJsonCache wording;
    for (const ScoreResult& r : results) {
        insert.bind(1, r.contactId);
        insert.bind(2, r.score);
        insert.bind(3, QByteArrayView(tierKey(r.tier).toUtf8()));
        insert.bind(4, QByteArrayView(reasonsToJsonUtf8(r.reasons, wording)));
        insert.bind(5, QByteArrayView(at));
        if (!insert.exec()) {
            return Status::fail(insert.error());
        }
    }
    return Status::ok();
}

const QString kStoredSelect = QStringLiteral(
    "SELECT s.contact_id, c.display_name, s.score, s.tier, s.reasons, s.computed_at FROM contact_scores s "
    "JOIN contacts c ON c.id=s.contact_id ");

StoredScore storedFromRow(const db::SqlQuery& q)
{
    StoredScore s;
    s.contactId = q.int64(0);
    s.name = q.string(1);
    s.score = q.value(2).toDouble();
    s.tier = tierFromKey(q.string(3));
    s.reasons = reasonsFromJson(q.string(4));
    s.computedAt = q.string(5);
    return s;
}

} // namespace

ScoringService::ScoringService(db::Database& db) : m_db(db) {}

ScoreWeights ScoringService::weights()
{
    SettingsStore settings(m_db);
    return ScoreWeights::load(settings);
}

Status ScoringService::setWeights(const ScoreWeights& weights)
{
    SettingsStore settings(m_db);
    return weights.save(settings);
}

Result<ScoredNetwork> ScoringService::computeAll()
{
    SignalLoader loader(m_db);
    auto loaded = loader.loadAll();
    if (!loaded) {
        return Result<ScoredNetwork>::fail(loaded.error());
    }
    const ScoreEngine engine(weights());
    ScoredNetwork net;
    net.contacts = std::move(loaded).value();
    net.results.reserve(net.contacts.size());
    for (const ContactSignals& s : std::as_const(net.contacts)) {
        net.results.append(engine.score(s));
    }
    return Result<ScoredNetwork>::ok(std::move(net));
}

Result<RescoreSummary> ScoringService::rescoreAll()
{
    using R = Result<RescoreSummary>;
    QElapsedTimer timer;
    timer.start();
    auto net = computeAll();
    if (!net) {
        return R::fail(net.error());
    }
    const qint64 computed = timer.elapsed();
    db::Transaction tx(m_db);
    if (!tx.isActive()) {
        return R::fail(QCoreApplication::translate("Scoring", "Cannot update the scores: the database is busy."));
    }
    // Replace rows in place, then drop the scores of contacts no longer scored (in the Trash):
    // measured about three times cheaper than emptying the table and filling it again.
    if (auto s = writeScores(m_db, net->results, Clock::isoNow()); !s) {
        return R::fail(QCoreApplication::translate("Scoring", "Cannot update the scores: %1").arg(s.error()));
    }
    if (auto s = db::exec(m_db, QStringLiteral("DELETE FROM contact_scores WHERE contact_id NOT IN (SELECT id FROM "
                                               "contacts WHERE deleted_at IS NULL)"));
        !s) {
        return R::fail(QCoreApplication::translate("Scoring", "Cannot update the scores: %1").arg(s.error()));
    }
    if (!tx.commit()) {
        return R::fail(
            QCoreApplication::translate("Scoring", "Cannot update the scores: the database refused the change."));
    }
    RescoreSummary summary;
    summary.contacts = static_cast<int>(net->results.size());
    for (const ScoreResult& r : std::as_const(net->results)) {
        ++summary.perTier[static_cast<int>(r.tier)];
    }
    summary.elapsedMs = timer.elapsed();
    qCInfo(lcScoring) << "rescored" << summary.contacts << "contacts in" << summary.elapsedMs << "ms (computing"
                      << computed << "ms)";
    m_db.notifyChanged(db::Entity::Contact);
    return R::ok(summary);
}

Result<ScoreResult> ScoringService::rescoreContact(qint64 contactId)
{
    using R = Result<ScoreResult>;
    SignalLoader loader(m_db);
    auto loaded = loader.load(contactId);
    if (!loaded) {
        return R::fail(loaded.error());
    }
    const ScoreResult result = ScoreEngine(weights()).score(loaded.value());
    if (auto s = writeScores(m_db, {result}, Clock::isoNow()); !s) {
        return R::fail(QCoreApplication::translate("Scoring", "Cannot update the score: %1").arg(s.error()));
    }
    m_db.notifyChanged(db::Entity::Contact, {contactId});
    return R::ok(result);
}

qint64 ScoringService::unscoredCount()
{
    return db::scalar(m_db, QStringLiteral("SELECT count(*) FROM contacts c WHERE c.deleted_at IS NULL AND NOT EXISTS "
                                           "(SELECT 1 FROM contact_scores s WHERE s.contact_id=c.id)"))
        .toLongLong();
}

Result<StoredScore> ScoringService::stored(qint64 contactId)
{
    db::SqlQuery q(m_db, kStoredSelect + QStringLiteral("WHERE s.contact_id=?"));
    q.bind(contactId);
    if (!q.exec()) {
        return Result<StoredScore>::fail(
            QCoreApplication::translate("Scoring", "Cannot read the score: %1").arg(q.error()));
    }
    if (!q.next()) {
        return Result<StoredScore>::fail(
            QCoreApplication::translate("Scoring", "Contact %1 has no score yet.").arg(contactId));
    }
    return Result<StoredScore>::ok(storedFromRow(q));
}

Result<QList<StoredScore>> ScoringService::ranked(int limit, bool includeArchived)
{
    db::SqlQuery q(m_db,
                   kStoredSelect + QStringLiteral("WHERE c.deleted_at IS NULL AND (?=1 OR c.archived=0) "
                                                  "ORDER BY s.score DESC, c.display_name COLLATE NOCASE, s.contact_id "
                                                  "LIMIT ?"));
    q.bindAll({includeArchived ? 1 : 0, limit < 0 ? -1 : limit});
    if (!q.exec()) {
        return Result<QList<StoredScore>>::fail(
            QCoreApplication::translate("Scoring", "Cannot read the scores: %1").arg(q.error()));
    }
    QList<StoredScore> out;
    while (q.next()) {
        out.append(storedFromRow(q));
    }
    return Result<QList<StoredScore>>::ok(std::move(out));
}

} // namespace rapport::scoring
